"""Settings: the UI language (this computer) and the ledger's own settings: aging buckets, company profile
and letterhead, bank details, letter page size, the escalation ladder and the contact guards.

Every ledger value is checked while typing with the same checks services.settings.set_setting applies, and
stored through set_setting; a UserError it raises is shown in the dialog's message line.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.aging import parse_boundaries
from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.choices import jurisdiction_choices
from arledger.gui.dialogs.base import ValidatedDialog
from arledger.gui.preferences import FORMAT_REGIONS, system_locale_name, ui_language_for
from arledger.services import policy
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger
from arledger.services.settings import set_setting

COMPANY_FIELDS = ("name", "registration", "email", "phone", "contact_person", "website", "country")
BANK_FIELDS = ("account_name", "iban", "bic", "bank_name")
LANGUAGE_NAMES = (("English", "en"), ("简体中文", "zh_CN"), ("Deutsch", "de_DE"))


class AmountEdit(QLineEdit):
    """An amount typed as a person writes it (50.00) and kept in minor units (5000); value() raises UserError."""

    def __init__(self, minor: int) -> None:
        super().__init__(f"{Decimal(minor) / 100:.2f}")
        self.setMaximumWidth(140)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> int:
        text = self.text().strip().replace(",", "") or "0"
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise UserError(QCoreApplication.translate(
                "SettingsDialog", "The minimum amount per letter must be a number such as 50.00.")) from None
        if amount < 0 or amount != amount.quantize(Decimal("0.01")):
            raise UserError(QCoreApplication.translate(
                "SettingsDialog", "The minimum amount per letter must be 0 or more, with at most two decimals."))
        return int(amount * 100)

    def setValue(self, minor: int) -> None:
        self.setText(f"{Decimal(minor) / 100:.2f}")


def _spin(value: int, maximum: int = 3650, suffix: str = "") -> QSpinBox:
    s = QSpinBox()
    s.setRange(0, maximum)
    s.setValue(value)
    if suffix:
        s.setSuffix(suffix)
    return s


def _page(form: QFormLayout) -> QWidget:
    w = QWidget()
    lay = QVBoxLayout(w)
    lay.setContentsMargins(12, 12, 12, 12)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    lay.addLayout(form)
    lay.addStretch(1)
    return w


class SettingsDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, language: str, parent: QWidget | None = None, *, region: str = "") -> None:
        super().__init__(self.tr("Settings"), parent)
        self.setObjectName("settingsDialog")
        self.ledger = ledger
        self.changed_keys: list[str] = []
        self._pending: dict[str, Any] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._general(language, region), self.tr("General"))
        self.tabs.addTab(self._company(), self.tr("Company"))
        self.tabs.addTab(self._letters(), self.tr("Letters"))
        self.tabs.addTab(self._guards(), self.tr("Contact rules"))
        self.body.removeItem(self.form)
        self.body.insertWidget(0, self.tabs, 1)
        self.setMinimumSize(720, 560)
        self.revalidate()

    # -- pages ---------------------------------------------------------------------------------------------
    def _general(self, language: str, region: str) -> QWidget:
        system = system_locale_name()
        self.language_box = QComboBox()
        self.language_box.setObjectName("language")
        self.language_box.addItem(self.tr("As the system (%1)").replace(
            "%1", dict((c, n) for n, c in LANGUAGE_NAMES)[ui_language_for(system)]), "")
        for name, code in LANGUAGE_NAMES:  # each language in its own name, so anyone can find theirs
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.region_box = QComboBox()
        self.region_box.setObjectName("formatRegion")
        today = date.today()
        self.region_box.addItem(self.tr("As the system (%1)").replace(
            "%1", fmt.example(system, today) if system else self.tr("as the language")), "")
        for code in FORMAT_REGIONS:
            place = QLocale(code)
            self.region_box.addItem(f"{place.nativeLanguageName()} ({place.nativeTerritoryName()}) — "
                                    f"{fmt.example(code, today)}", code)
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(region)))
        note = QLabel(self.tr("The window is redrawn in the new language at once."))
        note.setObjectName("hint")
        self.buckets = QLineEdit(",".join(map(str, self.ledger.bucket_scheme().boundaries)))
        self.buckets.setObjectName("buckets")
        self.buckets.setToolTip(self.tr("Day boundaries between aging buckets, for example 30,90,180"))
        self.user_name = QLineEdit(str(self.ledger.setting("user.name", "") or ""))
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(self.ledger.actor())
        self.grace = _spin(policy.grace_days(self.ledger), 60, self.tr(" days"))
        self.grace.setObjectName("graceDays")
        self.jurisdiction = QComboBox()
        self.jurisdiction.setObjectName("defaultJurisdiction")
        for text, value in jurisdiction_choices():
            self.jurisdiction.addItem(text, value.value)
        self.jurisdiction.setCurrentIndex(
            max(0, self.jurisdiction.findData(policy.default_jurisdiction(self.ledger).value)))
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language_box)
        form.addRow(self.tr("&Formats"), self.region_box)
        form.addRow("", note)
        form.addRow(self.tr("Aging &buckets (days)"), self.buckets)
        form.addRow(self.tr("Your &name in the log"), self.user_name)
        form.addRow(self.tr("Promise &grace"), self.grace)
        form.addRow(self.tr("Default &jurisdiction"), self.jurisdiction)
        self.watch(self.language_box, self.region_box, self.buckets, self.user_name, self.grace, self.jurisdiction)
        return _page(form)

    def _company(self) -> QWidget:
        company = self.ledger.setting("company") or {}
        company = company if isinstance(company, dict) else {}
        bank = company.get("bank") or {}
        titles = {"name": self.tr("Company &name"), "registration": self.tr("&Registration"),
                  "email": self.tr("&Email"), "phone": self.tr("&Phone"), "contact_person": self.tr("&Contact person"),
                  "website": self.tr("&Website"), "country": self.tr("Countr&y")}
        form = QFormLayout()
        self.company: dict[str, QLineEdit] = {}
        for key in COMPANY_FIELDS:
            edit = QLineEdit(str(company.get(key) or ""))
            edit.setObjectName(f"company_{key}")
            self.company[key] = edit
            form.addRow(titles[key], edit)
            if key == "name":
                address = company.get("address") or ""
                self.address = QPlainTextEdit("\n".join(address) if isinstance(address, list) else str(address))
                self.address.setObjectName("company_address")
                self.address.setTabChangesFocus(True)
                self.address.setFixedHeight(self.fontMetrics().height() * 3 + 14)
                form.addRow(self.tr("&Address"), self.address)
        self.company["country"].setMaxLength(2)
        self.company["country"].setPlaceholderText("GB")
        self.logo = QLineEdit(str(company.get("logo") or ""))
        self.logo.setObjectName("company_logo")
        self.logo.setPlaceholderText(self.tr("PNG or JPEG; a path relative to the ledger's folder also works"))
        browse_logo = QPushButton(self.tr("Browse…"))
        browse_logo.clicked.connect(self._browse_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse_logo)
        label = QLabel(self.tr("&Logo"))
        label.setBuddy(self.logo)
        form.addRow(label, logo_row)
        bank_title = QLabel(self.tr("Bank details (printed on letters)"))
        bank_title.setObjectName("sectionTitle")
        form.addRow(bank_title)
        bank_titles = {"account_name": self.tr("Account &holder"), "iban": self.tr("&IBAN"), "bic": self.tr("BI&C"),
                       "bank_name": self.tr("&Bank")}
        self.bank: dict[str, QLineEdit] = {}
        for key in BANK_FIELDS:
            edit = QLineEdit(str(bank.get(key) or ""))
            edit.setObjectName(f"bank_{key}")
            self.bank[key] = edit
            form.addRow(bank_titles[key], edit)
        self._company_extra = {k: v for k, v in company.items()
                               if k not in (*COMPANY_FIELDS, "address", "logo", "bank")}
        self._bank_extra = {k: v for k, v in bank.items() if k not in BANK_FIELDS}
        self.watch(*self.company.values(), self.address, self.logo, *self.bank.values())
        return _page(form)

    def _browse_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Letterhead logo"), str(self.ledger.path.parent),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def _letters(self) -> QWidget:
        pol = policy.escalation_policy(self.ledger)
        self.page_size = QComboBox()
        self.page_size.setObjectName("pageSize")
        self.page_size.addItems(["A4", "Letter"])
        current = str(self.ledger.setting("letters.page_size", "A4") or "A4")
        self.page_size.setCurrentIndex(max(0, self.page_size.findText(current)))
        self.levels = QTableWidget(0, 5)
        self.levels.setObjectName("escalationLevels")
        self.levels.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Name"), self.tr("Days after due"),
                                               self.tr("Reply days"), self.tr("Reply days (individual, E&W)")])
        self.levels.verticalHeader().hide()
        hh = self.levels.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.levels.setMinimumWidth(560)
        self.levels.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.levels.setMinimumHeight(170)
        for lv in pol.levels:
            self._add_level([lv.level, lv.name, lv.days_after_due, lv.reply_days,
                             "" if lv.reply_days_individual_ew is None else lv.reply_days_individual_ew])
        add = QPushButton(self.tr("Add level"))
        add.clicked.connect(self._new_level)
        remove = QPushButton(self.tr("Remove level"))
        remove.clicked.connect(lambda: self.levels.removeRow(self.levels.currentRow()))
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.levels, 1)
        row.addLayout(buttons)
        self.min_gap = _spin(pol.min_gap_days, 365, self.tr(" days"))
        self.min_gap.setObjectName("minGap")
        self.min_amount = AmountEdit(pol.min_amount)
        self.min_amount.setObjectName("minAmount")
        self.min_amount.setToolTip(self.tr("No letter for less than this, in each currency's own units: 50.00 "
                                           "means £50.00 for a GBP customer and €50.00 for a EUR one"))
        self.escalation_grace = _spin(pol.escalation_grace_days, 365, self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("&Page size"), self.page_size)
        label = QLabel(self.tr("&Escalation levels"))
        label.setBuddy(self.levels)
        form.addRow(label, row)
        form.addRow(self.tr("Days between &letters"), self.min_gap)
        form.addRow(self.tr("&Minimum amount per letter"), self.min_amount)
        form.addRow(self.tr("Escalate &after the last level"), self.escalation_grace)
        self.watch(self.page_size, self.min_gap, self.min_amount, self.escalation_grace)
        self.levels.itemChanged.connect(self._changed)
        self.levels.model().rowsRemoved.connect(self._changed)
        return _page(form)

    def _add_level(self, values: list[Any]) -> None:
        r = self.levels.rowCount()
        self.levels.insertRow(r)
        for c, v in enumerate(values):
            self.levels.setItem(r, c, QTableWidgetItem(str(v)))

    def _new_level(self) -> None:
        n = self.levels.rowCount() + 1
        self._add_level([n, self.tr("Level %1").replace("%1", str(n)), 30 * n, 14, ""])
        self._changed()

    def _guards(self) -> QWidget:
        cp = policy.contact_policy(self.ledger)
        self.hours_start = QTimeEdit(QTime(cp.hours_start.hour, cp.hours_start.minute))
        self.hours_start.setObjectName("hoursStart")
        self.hours_end = QTimeEdit(QTime(cp.hours_end.hour, cp.hours_end.minute))
        self.hours_end.setObjectName("hoursEnd")
        for t in (self.hours_start, self.hours_end):
            t.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        hours.addWidget(self.hours_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.hours_end)
        hours.addWidget(QLabel(self.tr("in the debtor's time zone")), 1)
        self.max_calls = _spin(cp.max_calls, 100)
        self.max_calls.setObjectName("maxCalls")
        self.call_window = _spin(cp.call_window_days, 90, self.tr(" days"))
        self.call_window.setObjectName("callWindow")
        self.conversation_pause = _spin(cp.conversation_pause_days, 90, self.tr(" days"))
        self.conversation_pause.setObjectName("conversationPause")
        form = QFormLayout()
        label = QLabel(self.tr("Contact &hours"))
        label.setBuddy(self.hours_start)
        form.addRow(label, hours)
        calls = QHBoxLayout()
        calls.addWidget(self.max_calls)
        calls.addWidget(QLabel(self.tr("calls at most in")))
        calls.addWidget(self.call_window)
        calls.addStretch(1)
        label = QLabel(self.tr("Call &cap"))
        label.setBuddy(self.max_calls)
        form.addRow(label, calls)
        form.addRow(self.tr("&Pause after a conversation (individuals)"), self.conversation_pause)
        note = QLabel(self.tr("Disputes, do-not-contact and attorney-on-record always pause contact. A guarded "
                              "contact can still be logged with an override reason, which goes into the log."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow("", note)
        self.watch(self.hours_start, self.hours_end, self.max_calls, self.call_window, self.conversation_pause)
        for w in (self.hours_start, self.hours_end):
            w.timeChanged.connect(self._changed)
        return _page(form)

    # -- values ----------------------------------------------------------------------------------------------
    def language(self) -> str:
        """The chosen UI language; "" follows the system."""
        return str(self.language_box.currentData())

    def region(self) -> str:
        """The chosen region for number and date formats; "" follows the system."""
        return str(self.region_box.currentData())

    def _levels(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.levels.rowCount()):
            cells = [item.text().strip() if (item := self.levels.item(r, c)) is not None else "" for c in range(5)]
            try:
                level = {"level": int(cells[0]), "name": cells[1], "days_after_due": int(cells[2]),
                         "reply_days": int(cells[3])}
                if cells[4]:
                    level["reply_days_individual_ew"] = int(cells[4])
            except ValueError:
                raise UserError(self.tr("Escalation level row %1: level, days after due and reply days are whole "
                                        "numbers.").replace("%1", str(r + 1))) from None
            if not cells[1]:
                raise UserError(self.tr("Escalation level row %1 needs a name.").replace("%1", str(r + 1)))
            out.append(level)
        if not out:
            raise UserError(self.tr("The escalation policy needs at least one level."))
        return out

    def check(self) -> None:
        boundaries = parse_boundaries(self.buckets.text())
        company: dict[str, Any] = dict(self._company_extra)
        for key, edit in self.company.items():
            if edit.text().strip():
                company[key] = edit.text().strip()
        country = company.get("country", "")
        if country and (len(country) != 2 or not country.isalpha()):
            raise UserError(self.tr("The company country is a two-letter code such as GB, DE or CN."))
        if country:
            company["country"] = country.upper()
        address = [ln.strip() for ln in self.address.toPlainText().splitlines() if ln.strip()]
        if address:
            company["address"] = address if len(address) > 1 else address[0]
        logo = self.logo.text().strip()
        if logo:
            path = Path(logo).expanduser()
            if not path.is_absolute():
                path = self.ledger.path.parent / path
            if not path.is_file():
                raise UserError(self.tr("There is no logo file at %1.").replace("%1", str(path)))
            company["logo"] = logo
        bank = dict(self._bank_extra)
        for key, edit in self.bank.items():
            if edit.text().strip():
                bank[key] = edit.text().strip()
        if bank:
            company["bank"] = bank
        escalation = {"levels": self._levels(), "min_gap_days": self.min_gap.value(),
                      "min_amount": self.min_amount.value(), "escalation_grace_days": self.escalation_grace.value()}
        policy.escalation_policy_from(escalation)
        contact = {"hours_start": self.hours_start.time().toString("HH:mm"),
                   "hours_end": self.hours_end.time().toString("HH:mm"), "max_calls": self.max_calls.value(),
                   "call_window_days": self.call_window.value(),
                   "conversation_pause_days": self.conversation_pause.value()}
        if self.hours_end.time() <= self.hours_start.time():
            raise UserError(self.tr("Contact hours must end after they start."))
        policy.contact_policy_from(contact)
        self._pending = {"aging.boundaries": list(boundaries), "company": company,
                         "letters.page_size": self.page_size.currentText(), "escalation_policy": escalation,
                         "contact_policy": contact, "promise_grace_days": self.grace.value(),
                         "default_jurisdiction": self.jurisdiction.currentData()}
        if self.user_name.text().strip() or self.ledger.setting("user.name"):
            self._pending["user.name"] = self.user_name.text().strip()

    def _current(self, key: str) -> Any:
        if key == "default_jurisdiction":
            return policy.default_jurisdiction(self.ledger).value
        if key == "aging.boundaries":
            return list(self.ledger.bucket_scheme().boundaries)
        if key == "escalation_policy":
            pol = policy.escalation_policy(self.ledger)
            return {"levels": [{"level": lv.level, "name": lv.name, "days_after_due": lv.days_after_due,
                                "reply_days": lv.reply_days,
                                **({"reply_days_individual_ew": lv.reply_days_individual_ew}
                                   if lv.reply_days_individual_ew is not None else {})} for lv in pol.levels],
                    "min_gap_days": pol.min_gap_days, "min_amount": pol.min_amount,
                    "escalation_grace_days": pol.escalation_grace_days}
        if key == "contact_policy":
            cp = policy.contact_policy(self.ledger)
            return {"hours_start": cp.hours_start.strftime("%H:%M"), "hours_end": cp.hours_end.strftime("%H:%M"),
                    "max_calls": cp.max_calls, "call_window_days": cp.call_window_days,
                    "conversation_pause_days": cp.conversation_pause_days}
        if key == "promise_grace_days":
            return policy.grace_days(self.ledger)
        if key == "letters.page_size":
            return str(self.ledger.setting(key, "A4") or "A4")
        return self.ledger.setting(key)

    def prepare(self) -> None:
        self._to_store = [(key, value) for key, value in self._pending.items()
                          if not (value == self._current(key)
                                  or (key == "company" and not value and not self._current(key)))]

    def write(self, ledger: Ledger) -> Changes:
        """Store every ledger setting that changed, each checked by services.settings.set_setting."""
        self.changed_keys = []
        with ledger.database.atomic():
            for key, value in self._to_store:
                set_setting(ledger, key, json.dumps(value, ensure_ascii=False))
                self.changed_keys.append(key)
        return Changes(settings=bool(self.changed_keys))

    def save_ledger_settings(self) -> bool:
        """True if the ledger settings changed (the dialog stored them when OK was pressed)."""
        return bool(self.changed_keys)
