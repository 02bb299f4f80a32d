"""Collections dialogs: log a contact (guards checked before saving, talk tracks beside), record a promise,
agree an instalment plan, open or resolve a dispute. Each saves with one service call, one transaction."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from arledger.domain import fields, record_words
from arledger.domain.compliance import GuardViolation
from arledger.domain.errors import UserError
from arledger.domain.model import (
    DISPUTE_REJECTED,
    DISPUTE_UPHELD,
    Channel,
    ContactEvent,
    Direction,
    Dispute,
    DisputeReason,
    ExcuseReason,
    Outcome,
    Promise,
)
from arledger.domain.money import format_amount
from arledger.gui import formatting as fmt
from arledger.gui import talk_tracks
from arledger.gui.dialogs.base import (
    CustomerPickerEdit,
    InvoiceField,
    Pending,
    ValidatedDialog,
    date_edit,
    invoice_changes,
)
from arledger.gui.icons import icon
from arledger.gui.latest_read import LatestRead
from arledger.gui.models.collections import ScheduleTableModel, channel_title, dispute_reason_title
from arledger.gui.qdates import from_date, to_date, to_local_datetime
from arledger.services import contacts, customer_list, customer_record, disputes, invoice_list, promises
from arledger.services.changes import Changes
from arledger.services.customer_record import CustomerHeader
from arledger.services.invoice_list import InvoiceRow
from arledger.services.ledger import Ledger


def _ui_language() -> str:
    return fmt.language()


def _combo(items: list[tuple[str, object]], name: str = "") -> QComboBox:
    box = QComboBox()
    if name:
        box.setObjectName(name)
    for text, value in items:
        box.addItem(text, value)
    return box


def _customer_facts(ledger: Ledger, code: str) -> tuple[CustomerHeader, list[InvoiceRow]] | None:
    """A customer dialog's read: the header line's facts and up to 200 open invoices, or None (no such code)."""
    choice = customer_list.customer_choice(ledger, code)
    if choice is None:
        return None
    return (customer_record.customer_header(ledger, choice.code),
            invoice_list.open_invoices_of(ledger, choice.code, limit=200))


class InvoiceChecklist(QListWidget):
    """The customer's open invoices with a check box each (none checked: the contact is about the account)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceChecklist")
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._wanted: tuple[str, ...] = ()

    def fill(self, rows: list[InvoiceRow]) -> None:
        """List these invoices, ticking the ones set_checked() named (they may be named before the rows are read)."""
        checked = self._wanted
        self.clear()
        for r in rows:
            late = self.tr(", %1 days late").replace("%1", fmt.count(r.days_overdue)) if r.days_overdue else ""
            item = QListWidgetItem(self.tr("%1 — open %2, due %3%4").replace("%1", r.number)
                                   .replace("%2", fmt.money(r.open_amount, r.currency))
                                   .replace("%3", fmt.day(r.due_date)).replace("%4", late))
            item.setData(Qt.ItemDataRole.UserRole, r.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.number in checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        # Room for up to four whole rows (check boxes are taller than a line of text), then a scroll bar.
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 8) if self.count() else \
            self.fontMetrics().height() + 8
        self.setFixedHeight(row * max(1, min(self.count(), 4)) + 2 * self.frameWidth() + 4)

    def checked(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, numbers: tuple[str, ...]) -> None:
        self._wanted = numbers
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in numbers
                               else Qt.CheckState.Unchecked)


class _CustomerDialog(ValidatedDialog):
    """A dialog about one customer: a picker (preset when opened from a customer) and a line of facts."""

    def __init__(self, title: str, ledger: Ledger, code: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.ledger = ledger
        self.header: CustomerHeader | None = None
        self.customer = CustomerPickerEdit(ledger)
        self.customer.setObjectName("customer")
        self.customer_info = QLabel()
        self.customer_info.setObjectName("hint")
        self.invoices = InvoiceChecklist()
        # The customer's header and open invoices are read off the GUI thread (a customer may have thousands).
        self.facts_read = LatestRead(lambda: self.ledger.path, self)
        self.facts_read.arrived.connect(self._facts_arrived)
        self._shown_key = ""  # the code (upper case) whose facts the form shows or waits for
        self.customer.textChanged.connect(self._customer_changed)
        if code:
            self.customer.setText(code)

    def _customer_changed(self, *_a: object) -> None:
        key = self.customer.code().upper()
        if key == self._shown_key:
            return
        self._shown_key = key
        self.header = None  # never another customer's facts under this code, not even for a moment
        self.invoices.fill([])
        self.customer_info.setText("")
        self.customer_loaded()
        if key:
            code = self.customer.code()
            self.facts_read.request(key, lambda led: _customer_facts(led, code))
        else:
            self.facts_read.clear()

    def _facts_arrived(self) -> None:
        got = self.facts_read.result(self._shown_key)
        if got is None:
            return
        if got.value is not None:
            with self.filled_by_read():  # a promise's amount is filled in from the overdue balance
                self.header, rows = got.value
                self.invoices.fill(rows)
                self.customer_info.setText(self._facts_line())
                self.customer_loaded()
        self.revalidate()

    def customer_loaded(self) -> None:
        """Subclasses refresh what depends on the customer."""

    def _facts_line(self) -> str:
        h = self.header
        if h is None:
            return ""
        parts = [h.customer.name]
        for b in h.balances:
            parts.append(self.tr("open %1, overdue %2").replace("%1", fmt.money(b.open_amount, b.currency))
                         .replace("%2", fmt.money(b.overdue_amount, b.currency)))
        if not h.balances:
            parts.append(self.tr("nothing open"))
        return " · ".join(parts)

    def code(self) -> str:
        """The customer's code once its facts are in; Pending while they are read, UserError if there is none."""
        code = fields.required(self.customer.code(), self.tr("customer"))
        self._customer_changed()
        got = self.facts_read.result(code.upper())
        if got is None:
            raise Pending(QCoreApplication.translate("AccountRead", "Reading the account…"))
        if got.error:
            raise UserError(got.error)
        if got.value is None:
            raise UserError(self.tr("There is no customer with code '%1'.").replace("%1", code))
        header: CustomerHeader = got.value[0]
        return header.customer.code


class LogContactDialog(_CustomerDialog):
    """Log a call, email, letter, visit, SMS or chat; the contact guards are checked as the form changes."""

    def __init__(self, ledger: Ledger, code: str = "", parent: QWidget | None = None, *,
                 channel: Channel = Channel.PHONE, invoices: tuple[str, ...] = ()) -> None:
        self._violations: list[GuardViolation] = []
        self._guard_key: tuple[object, ...] | None = None
        self.saved: ContactEvent | None = None
        self._values: dict[str, Any] | None = None
        super().__init__(self.tr("Log Contact"), ledger, code, parent)
        self.setObjectName("logContactDialog")
        self.channel = _combo([(channel_title(c.value), c) for c in Channel], "channel")
        self.channel.setCurrentIndex(self.channel.findData(channel))
        for i in range(self.channel.count()):
            self.channel.setItemIcon(i, icon(Channel(self.channel.itemData(i)).value))
        self.direction = _combo([(self.tr("Outgoing (we contacted them)"), Direction.OUT),
                                 (self.tr("Incoming (they contacted us)"), Direction.IN)], "direction")
        self.person = QComboBox()
        self.person.setObjectName("person")
        self.person.setEditable(True)
        person_line = self.person.lineEdit()  # there is one: the box was made editable just above
        if person_line is not None:
            person_line.setPlaceholderText(self.tr("Who you spoke to"))
        self.outcome = _combo([(self.tr("Reached"), Outcome.REACHED), (self.tr("Promise to pay"), Outcome.PROMISE),
                               (self.tr("No answer"), Outcome.NO_ANSWER), (self.tr("Dispute raised"), Outcome.DISPUTE),
                               (self.tr("Refused"), Outcome.REFUSED), (self.tr("Wrong number"), Outcome.WRONG_NUMBER)],
                              "outcome")
        self.reason = _combo([(self.tr("No reason given"), None),
                              (self.tr("Financial difficulty"), ExcuseReason.FINANCIAL),
                              (self.tr("Deliberate delay"), ExcuseReason.DELAY),
                              (self.tr("Quality dispute"), ExcuseReason.QUALITY),
                              (self.tr("Process / approval"), ExcuseReason.PROCESS),
                              (self.tr("Contact person changed"), ExcuseReason.CONTACT_CHANGED),
                              (self.tr("Other"), ExcuseReason.OTHER)], "reason")
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setObjectName("summary")
        self.summary_edit.setPlaceholderText(self.tr("What was said or sent, in a sentence or two"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().height() * 4 + 14)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(f"{fmt.qt_date_format()} HH:mm")
        self.local_time = QLabel()
        self.local_time.setObjectName("hint")

        self.guard_box = QFrame()
        self.guard_box.setObjectName("guardBox")
        self.guard_box.setStyleSheet("QFrame#guardBox { background: #fdf3e7; border: 1px solid #e8c58f;"
                                     " border-radius: 6px; }")
        guard_lay = QVBoxLayout(self.guard_box)
        guard_lay.setContentsMargins(10, 8, 10, 8)
        self.guard_text = QLabel()
        self.guard_text.setObjectName("guardText")
        self.guard_text.setWordWrap(True)
        self.guard_text.setTextFormat(Qt.TextFormat.RichText)
        self.override = QLineEdit()
        self.override.setObjectName("override")
        self.override.setPlaceholderText(self.tr("Why this contact is justified anyway (recorded in the evidence log)"))
        override_label = QLabel(self.tr("Override &reason"))
        override_label.setBuddy(self.override)
        row = QHBoxLayout()
        row.addWidget(override_label)
        row.addWidget(self.override, 1)
        guard_lay.addWidget(self.guard_text)
        guard_lay.addLayout(row)
        self.guard_box.hide()

        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.local_time, 1)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.form.addRow("", self.customer_info)
        self.form.addRow(self.tr("C&hannel"), self.channel)
        self.form.addRow(self.tr("&Direction"), self.direction)
        self.add_row(self.tr("&When"), when_row, self.when)
        self.form.addRow(self.tr("&Person"), self.person)
        self.form.addRow(self.tr("&Outcome"), self.outcome)
        self.form.addRow(self.tr("Reaso&n given"), self.reason)
        self.form.addRow(self.tr("&Invoices"), self.invoices)
        self.form.addRow(self.tr("&Summary"), self.summary_edit)
        self.body.insertWidget(1, self.guard_box)

        # Talk tracks beside the form.
        self.tracks = QTextBrowser()
        self.tracks.setObjectName("talkTracks")
        self.tracks.setOpenLinks(False)
        self.tracks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tracks.setStyleSheet("QTextBrowser { background: #f7f9fc; border: 1px solid #d9dee6;"
                                  " border-radius: 6px; padding: 6px; }")
        self.tracks_situation = _combo([(self.tr("All situations"), None)], "tracksSituation")
        for key in talk_tracks.SITUATION_KEYS:
            self.tracks_situation.addItem(talk_tracks.excuse_title(_ui_language(), key, self.ledger), key)
        edit_tracks = QPushButton(self.tr("Edit…"))
        edit_tracks.setObjectName("editTalkTracks")
        edit_tracks.setToolTip(self.tr("Edit this ledger's talk tracks"))
        edit_tracks.clicked.connect(self._edit_tracks)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_title = QLabel(self.tr("Talk tracks"))
        side_title.setObjectName("sectionTitle")
        head = QHBoxLayout()
        head.addWidget(side_title)
        head.addStretch(1)
        head.addWidget(self.tracks_situation)
        head.addWidget(edit_tracks)
        side_lay.addLayout(head)
        side_lay.addWidget(self.tracks, 1)
        side.setMinimumWidth(380)
        form_box = QWidget()
        form_box.setMinimumWidth(600)
        for w in (self.person, self.direction, self.outcome, self.reason):
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        form_lay = QVBoxLayout(form_box)
        form_lay.setContentsMargins(0, 0, 0, 0)
        self.body.removeItem(self.form)
        form_lay.addLayout(self.form)
        form_lay.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(form_box, 3)
        columns.addWidget(side, 2)
        self.body.insertLayout(0, columns, 1)
        self.resize(1040, 640)

        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.tracks_situation.currentIndexChanged.connect(self._show_tracks)
        self.when.dateTimeChanged.connect(self._update_local_time)
        self.set_ok_text(self.tr("Log Contact"))
        self.watch(self.customer, self.channel, self.direction, self.outcome, self.summary_edit, self.when,
                   self.override)
        self.watch(self.person)
        self.person.editTextChanged.connect(lambda _t: self._show_tracks())  # the tracks name whom you speak to
        self.customer_loaded()
        if invoices:
            self.invoices.set_checked(invoices)
        self.revalidate()
        (self.summary_edit if code else self.customer).setFocus()

    # -- customer facts, talk tracks, local time ---------------------------------------------------------
    def customer_loaded(self) -> None:
        if not hasattr(self, "person"):
            return  # called by the base class before the form exists
        h = self.header
        self.person.clear()
        if h is not None:
            for p in h.customer.contacts:
                self.person.addItem(f"{p.name} ({p.role})" if p.role else p.name)
        self.person.setCurrentText("")
        self._update_local_time()
        self._show_tracks()

    def _reason_changed(self) -> None:
        reason = self.reason.currentData()
        i = self.tracks_situation.findData(str(reason)) if reason else 0
        self.tracks_situation.setCurrentIndex(max(0, i))

    def facts(self) -> dict[str, str]:
        h = self.header
        company = self.ledger.setting("company") or {}
        facts = {"company": str(company.get("name", "")) if isinstance(company, dict) else "",
                 "me": self.ledger.actor(),
                 "person": self.person.currentText().split(" (")[0].strip()
                 or self.tr("the person who handles payments")}
        if h is not None:
            facts["customer"] = h.customer.name
            overdue = [b for b in h.balances if b.overdue_amount]
            if overdue:
                facts["amount"] = ", ".join(fmt.money(b.overdue_amount, b.currency) for b in overdue)
                oldest = min(b.oldest_due for b in overdue if b.oldest_due)
                facts["oldest_due"] = fmt.day(oldest)
                facts["days"] = fmt.count((h.as_of - oldest).days)
        return facts

    def _show_tracks(self) -> None:
        self.tracks.setHtml(talk_tracks.render(_ui_language(), self.tracks_situation.currentData(), self.facts(),
                                               self.ledger))

    def _edit_tracks(self) -> None:
        if talk_tracks.TalkTrackEditorDialog(self.ledger, _ui_language(), self).exec():
            self._show_tracks()

    def _moment(self) -> datetime:
        return to_local_datetime(self.when.dateTime())

    def _update_local_time(self) -> None:
        h = self.header
        if h is None:
            self.local_time.setText("")
            return
        try:
            zone = ZoneInfo(h.customer.timezone or "UTC")
        except Exception:  # an unknown zone name: the guard falls back the same way
            zone = ZoneInfo("UTC")
        there = self._moment().astimezone(zone)
        self.local_time.setText(self.tr("%1 for the customer (%2)").replace("%1", f"{there:%H:%M}")
                                .replace("%2", h.customer.timezone or "UTC"))

    # -- checking -------------------------------------------------------------------------------------------
    def violations(self) -> list[GuardViolation]:
        return list(self._violations)

    def _check_guards(self, code: str, channel: Channel, direction: Direction, at: datetime) -> None:
        key = (code, channel, direction, at.replace(second=0, microsecond=0))
        if key == self._guard_key:
            return
        self._guard_key = key
        self._violations = contacts.check_contact(self.ledger, code, channel, at) \
            if direction is Direction.OUT else []
        if self._violations:
            items = "".join(f"<li>{_escape(fmt.message_text(v.message))}</li>" for v in self._violations)
            heading = self.tr("A contact rule applies:")  # lupdate cannot see a tr() inside an f-string
            self.guard_text.setText(f"<b style='color:#9a6700'>{_escape(heading)}</b>"
                                    f"<ul style='margin:2px 0 0 -20px'>{items}</ul>")
        self.guard_box.setVisible(bool(self._violations))

    def check(self) -> None:
        code = self.code()
        channel = Channel(self.channel.currentData())
        direction = Direction(self.direction.currentData())
        at = self._moment()
        self._check_guards(code, channel, direction, at)
        if at > datetime.now().astimezone() + timedelta(minutes=5):
            raise UserError(self.tr("The contact time is in the future."))
        summary = fields.required(self.summary_edit.toPlainText(), self.tr("summary"))
        override = self.override.text().strip()
        if self._violations and not override:
            raise UserError(self.tr("This contact breaks a contact rule (see above); give an override reason to "
                                    "record it anyway."))
        reason = self.reason.currentData()
        self._values = dict(code=code, channel=channel, direction=direction, summary=summary,
                            person=self.person.currentText().strip(), outcome=Outcome(self.outcome.currentData()),
                            reason=ExcuseReason(reason) if reason else None, invoices=self.invoices.checked(), at=at,
                            override=override if self._violations else "")

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        self.saved = contacts.log_contact(
            ledger, v["code"], v["channel"], v["direction"], v["summary"], person=v["person"],
            outcome=v["outcome"], reason=v["reason"], invoices=v["invoices"], at=v["at"], override=v["override"])
        return Changes.of([v["code"]], v["invoices"], events=True)

    @property
    def promised(self) -> bool:
        return self.saved is not None and self.saved.outcome is Outcome.PROMISE

    def summary(self) -> str:
        if self.saved is None or self._values is None:
            return ""
        text = self.tr("Logged a %1 contact with %2.").replace(
            "%1", fmt.message_text(record_words.channel_word(self._values["channel"].value))) \
            .replace("%2", self._values["code"])
        if self.saved.override_reason:
            text += " " + self.tr("The override was recorded in the evidence log.")
        return text


def _escape(text: str) -> str:
    return html.escape(text)


class PromiseDialog(_CustomerDialog):
    """A promise to pay an amount by a date, for some invoices or the account."""

    def __init__(self, ledger: Ledger, code: str = "", parent: QWidget | None = None, *, made_by: str = "",
                 channel: str = "phone", invoices: tuple[str, ...] = ()) -> None:
        self.saved: Promise | None = None
        self._values: dict[str, Any] | None = None
        super().__init__(self.tr("Record Promise"), ledger, code, parent)
        self.setObjectName("promiseDialog")
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("0.00")
        self.currency = QLabel()
        self.due = date_edit(QDate.currentDate().addDays(7))
        self.due.setObjectName("due")
        self.made_by = QLineEdit(made_by)
        self.made_by.setObjectName("madeBy")
        self.made_by.setPlaceholderText(self.tr("Who promised"))
        self.channel = _combo([(channel_title(c.value), c.value) for c in Channel], "channel")
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.currency)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.form.addRow("", self.customer_info)
        self.add_row(self.tr("&Amount"), amount_row, self.amount)
        self.form.addRow(self.tr("&Pay by"), self.due)
        self.form.addRow(self.tr("&Invoices"), self.invoices)
        self.form.addRow(self.tr("&Made by"), self.made_by)
        self.form.addRow(self.tr("C&hannel"), self.channel)
        hint = QLabel(self.tr("Escalation of these invoices pauses until the date plus the grace days; "
                              "confirm the promise in writing and follow up the day after."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.setMinimumWidth(600)
        self.set_ok_text(self.tr("Record Promise"))
        self.watch(self.customer, self.amount, self.due, self.made_by)
        self.invoices.itemChanged.connect(self._changed)
        self.customer_loaded()
        if invoices:
            self.invoices.set_checked(invoices)
        self.revalidate()
        (self.amount if code else self.customer).setFocus()

    def customer_loaded(self) -> None:
        if not hasattr(self, "amount"):
            return
        h = self.header
        self.currency.setText(h.customer.currency if h else "")
        if h is not None and not self.amount.text():
            own = [b for b in h.balances if b.currency == h.customer.currency and b.overdue_amount]
            if own:
                self.amount.setText(format_amount(own[0].overdue_amount, own[0].currency))

    def check(self) -> None:
        code = self.code()
        assert self.header is not None
        numbers = self.invoices.checked()
        currency = self.header.customer.currency
        if numbers:
            currency = invoice_list.invoice_row(self.ledger, numbers[0]).currency
        self.currency.setText(currency)
        amount = fields.parse_money(self.amount.text(), currency, self.tr("amount"))
        due: date = to_date(self.due.date())
        if due < date.today():
            raise UserError(self.tr("The promised date is in the past."))
        self._values = dict(code=code, amount=amount, due=due, invoices=numbers, made_by=self.made_by.text().strip(),
                            channel=self.channel.currentData(), currency=currency)

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        self.saved = promises.add_promise(ledger, v["code"], v["amount"], v["due"], invoices=v["invoices"],
                                             channel=v["channel"], made_by=v["made_by"], currency=v["currency"])
        return Changes.of([v["code"]], v["invoices"], events=True)
        return Changes.of([v["code"]], v["invoices"], events=True)

    def summary(self) -> str:
        p = self.saved
        if p is None or self._values is None:
            return ""
        return self.tr("Recorded a promise of %1 by %2 from %3.").replace("%1", fmt.money(p.amount, p.currency)) \
            .replace("%2", fmt.day(p.due_date)).replace("%3", self._values["code"])


_Index = QModelIndex | QPersistentModelIndex


class _DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        return date_edit(parent=parent)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit) and isinstance(value, date):
            editor.setDate(from_date(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, to_date(editor.date()), Qt.ItemDataRole.EditRole)


class PlanDialog(_CustomerDialog):
    """An instalment plan: an editable schedule of dated amounts; a missed instalment breaks the plan."""

    def __init__(self, ledger: Ledger, code: str = "", parent: QWidget | None = None, *, made_by: str = "") -> None:
        self.saved: tuple[int, list[Promise]] | None = None
        self._values: dict[str, Any] | None = None
        super().__init__(self.tr("Instalment Plan"), ledger, code, parent)
        self.setObjectName("planDialog")
        self.schedule = ScheduleTableModel(self)
        today = date.today()
        self.schedule.set_rows([(today + timedelta(days=30 * n), "") for n in range(1, 4)])
        self.table = QTableView()
        self.table.setObjectName("schedule")
        self.table.setModel(self.schedule)
        self.table.setItemDelegateForColumn(0, _DateDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setMinimumHeight(170)
        add = QPushButton(self.tr("&Add instalment"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        sched_row = QHBoxLayout()
        sched_row.addWidget(self.table, 1)
        sched_row.addLayout(buttons)
        self.currency = QLabel()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("e.g. three monthly instalments agreed by phone"))
        self.made_by = QLineEdit(made_by)
        self.made_by.setObjectName("madeBy")
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.form.addRow("", self.customer_info)
        self.add_row(self.tr("&Schedule"), sched_row, self.table)
        self.form.addRow(self.tr("Currency"), self.currency)
        self.form.addRow(self.tr("&Invoices"), self.invoices)
        self.form.addRow(self.tr("&Note"), self.note)
        self.form.addRow(self.tr("&Made by"), self.made_by)
        self.setMinimumWidth(640)
        self.set_ok_text(self.tr("Agree Plan"))
        self.watch(self.customer, self.note)
        self.schedule.dataChanged.connect(self._changed)
        self.schedule.rowsInserted.connect(self._changed)
        self.schedule.rowsRemoved.connect(self._changed)
        self.customer_loaded()
        self.revalidate()

    def customer_loaded(self) -> None:
        if hasattr(self, "currency"):
            self.currency.setText(self.header.customer.currency if self.header else "")

    def _add(self) -> None:
        last = self.schedule.rows[-1][0] if self.schedule.rows else date.today()
        self.schedule.add_row(last + timedelta(days=30))
        self.table.setCurrentIndex(self.schedule.index(self.schedule.rowCount() - 1, 1))

    def _remove(self) -> None:
        self.schedule.remove_row(self.table.currentIndex().row())

    def check(self) -> None:
        code = self.code()
        assert self.header is not None
        numbers = self.invoices.checked()
        currency = (invoice_list.invoice_row(self.ledger, numbers[0]).currency if numbers
                    else self.header.customer.currency)
        if not self.schedule.rows:
            raise UserError(self.tr("An instalment plan needs at least one dated amount."))
        schedule = []
        for n, (day, text) in enumerate(self.schedule.rows, start=1):
            amount = fields.parse_money(text, currency, self.tr("instalment %1").replace("%1", str(n)))
            schedule.append((day, amount))
        dates = [d for d, _ in schedule]
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            raise UserError(self.tr("Instalment dates must be in order, one instalment a day at most."))
        if dates[0] < date.today():
            raise UserError(self.tr("The first instalment is in the past."))
        self._values = dict(code=code, schedule=schedule, invoices=numbers, note=self.note.text().strip(),
                            made_by=self.made_by.text().strip(), currency=currency)

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        self.saved = promises.add_plan(ledger, v["code"], v["schedule"], invoices=v["invoices"], note=v["note"],
                                          made_by=v["made_by"], currency=v["currency"])
        return Changes.of([v["code"]], v["invoices"], events=True)

    def summary(self) -> str:
        if self.saved is None or self._values is None:
            return ""
        return self.tr("Agreed a plan of %1 instalments with %2.").replace("%1", str(len(self.saved[1]))) \
            .replace("%2", self._values["code"])


class DisputeDialog(ValidatedDialog):
    """Open a dispute on an invoice (or part of it), or resolve the open one."""

    def __init__(self, ledger: Ledger, invoice_number: str = "", parent: QWidget | None = None, *,
                 resolve: bool = False) -> None:
        super().__init__(self.tr("Resolve Dispute") if resolve else self.tr("Open Dispute"), parent)
        self.setObjectName("disputeDialog")
        self.ledger = ledger
        self.resolving = resolve
        self.saved: Dispute | None = None
        self._values: dict[str, Any] | None = None
        self._row = None
        self.invoice_field = InvoiceField(ledger, invoice_number)
        self.invoice, self.info = self.invoice_field.edit, self.invoice_field.info
        self.on = date_edit()
        self.on.setObjectName("on")
        self.form.addRow(self.tr("&Invoice"), self.invoice)
        self.form.addRow("", self.info)
        self.form.addRow(self.tr("&Date"), self.on)
        if resolve:
            self.resolution = QLineEdit()
            self.resolution.setObjectName("resolution")
            self.resolution.setPlaceholderText(self.tr("e.g. credit note issued for the damaged items"))
            self.form.addRow(self.tr("&Resolution"), self.resolution)
            self.outcome = _combo([
                (self.tr("Not stated: the disputed part bears interest again from this date"), ""),
                (self.tr("Upheld: the customer was right; the disputed part bears no interest"), DISPUTE_UPHELD),
                (self.tr("Rejected: we were right; the disputed part bears interest from the due date"),
                 DISPUTE_REJECTED)], "outcome")
            self.form.addRow(self.tr("&Outcome"), self.outcome)
            self.watch(self.invoice, self.on, self.resolution, self.outcome)
            self.set_ok_text(self.tr("Resolve Dispute"))
        else:
            self.reason = _combo([(dispute_reason_title(r.value), r) for r in DisputeReason], "reason")
            self.amount = QLineEdit()
            self.amount.setObjectName("amount")
            self.amount.setPlaceholderText(self.tr("the whole open amount"))
            self.note = QLineEdit()
            self.note.setObjectName("note")
            self.note.setPlaceholderText(self.tr("What the customer says is wrong"))
            self.form.addRow(self.tr("R&eason"), self.reason)
            self.form.addRow(self.tr("&Amount"), self.amount)
            self.form.addRow(self.tr("&Note"), self.note)
            hint = QLabel(self.tr("The disputed amount leaves escalation until the dispute is resolved and bears no "
                                  "interest from its due date; letters may still claim the undisputed part."))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            self.form.addRow("", hint)
            self.watch(self.invoice, self.on, self.reason, self.amount, self.note)
            self.set_ok_text(self.tr("Open Dispute"))
        self.setMinimumWidth(540)
        self.revalidate()
        (self.invoice if not invoice_number else self.resolution if resolve else self.note).setFocus()

    def check(self) -> None:
        row = self.invoice_field.row()
        on: date = to_date(self.on.date())
        if self.resolving:
            resolution = fields.required(self.resolution.text(), self.tr("resolution"))
            self._values = dict(number=row.number, resolution=resolution, on=on, outcome=self.outcome.currentData())
            return
        text = self.amount.text().strip()
        amount = fields.parse_money(text, row.currency, self.tr("amount")) if text else None
        if amount is not None and amount > row.open_amount:
            raise UserError(self.tr("That is more than the %1 still open.").replace(
                "%1", fmt.money(row.open_amount, row.currency)))
        self._values = dict(number=row.number, reason=DisputeReason(self.reason.currentData()), amount=amount,
                            note=self.note.text().strip(), on=on)

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        if self.resolving:
            self.saved = disputes.resolve_dispute(ledger, v["number"], v["resolution"], on=v["on"],
                                                     outcome=v["outcome"])
        else:
            self.saved = disputes.open_dispute(ledger, v["number"], v["reason"], amount=v["amount"],
                                                  note=v["note"], on=v["on"])
        return invoice_changes(ledger, [v["number"]], events=True)

    def summary(self) -> str:
        if self.saved is None or self._values is None:
            return ""
        text = self.tr("Resolved the dispute on %1.") if self.resolving else self.tr("Opened a dispute on %1.")
        return text.replace("%1", self._values["number"])


class StatementDialog(ValidatedDialog):
    """Choose the customer and period of a statement of account; the caller shows it in the viewer."""

    def __init__(self, ledger: Ledger, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Statement of Account"), parent)
        self.setObjectName("statementDialog")
        self.ledger = ledger
        self.customer = CustomerPickerEdit(ledger)
        self.customer.setObjectName("customer")
        self.customer.setText(code)
        self.from_start = QCheckBox(self.tr("From the first entry"))
        self.from_start.setChecked(False)
        self.start = date_edit(QDate.currentDate().addMonths(-3))
        self.start.setObjectName("start")
        self.end = date_edit()
        self.end.setObjectName("end")
        self.from_start.toggled.connect(lambda on: self.start.setEnabled(not on))
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.from_start)
        start_row.addStretch(1)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.add_row(self.tr("&From"), start_row, self.start)
        self.form.addRow(self.tr("&To"), self.end)
        self.set_ok_text(self.tr("Preview"))
        self.setMinimumWidth(480)
        self.values: tuple[str, date | None, date] | None = None
        self.watch(self.customer, self.start, self.end, self.from_start)
        self.revalidate()

    def check(self) -> None:
        c = self.customer.choice()
        if c is None:
            code = fields.required(self.customer.code(), self.tr("customer"))
            raise UserError(self.tr("There is no customer with code '%1'.").replace("%1", code))
        start = None if self.from_start.isChecked() else to_date(self.start.date())
        end = to_date(self.end.date())
        if start is not None and start > end:
            raise UserError(self.tr("The period starts after it ends."))
        self.values = (c.code, start, end)

    writes = False  # the statement is shown, and saved only if the user chooses Save As
