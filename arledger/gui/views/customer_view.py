"""One customer: balances, risk (with its reasons) and flags, warnings, limitation warnings; tabs for open items,
the evidence timeline, promises and plans, disputes, letters sent, the editable details and the collection case
(owner, stage and history, settlement offers, the handover).

Opened from any list (double-click), the dashboard or the queue; Back (Alt+Left) returns to where it came from.
The timeline is a keyset model: the newest page loads first, older events arrive as the view scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arledger.domain import record_words
from arledger.gui import formatting as fmt
from arledger.gui.icons import icon
from arledger.gui.layouts import clear_layout
from arledger.gui.models.collections import (
    DisputeTableModel,
    PromiseTableModel,
    SentLetterTableModel,
    TimelineTableModel,
    plan_status_title,
)
from arledger.gui.models.invoices import InvoiceTableModel
from arledger.gui.operations import Reads
from arledger.gui.style import DANGER, WARNING
from arledger.gui.views.case_panel import CasePanel
from arledger.gui.views.page import LedgerPage, hbox
from arledger.gui.views.tables import LedgerTableView
from arledger.services import customer_list, customer_record, kpis
from arledger.services.changes import Changes
from arledger.services.customer_record import CustomerHeader, PlanRow
from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus
from arledger.services.ledger import Ledger

TIER_COLOURS = {"A": "#1a7f37", "B": "#9a6700", "C": "#b3261e"}


def _header_read(ledger: Ledger, code: str) -> tuple[CustomerHeader, kpis.StoredRisk]:
    """What the view's header shows, read on a worker's connection (13-46 ms on a 5,000-invoice customer)."""
    header = customer_record.customer_header(ledger, code)
    return header, kpis.stored_risk(ledger, header.customer)


def _badge(text: str, colour: str, name: str = "badge") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet(f"QLabel {{ background: {colour}; color: white; border-radius: 9px; padding: 2px 10px;"
                        " font-weight: 600; }")
    return label


class CustomerViewPage(LedgerPage):
    icon_name = "customers"
    back_requested = Signal()
    ledger_changed = Signal(str)  # a write made here (case, settlement, handover), with its status sentence
    open_letter_requested = Signal(object)  # Path of an archived PDF

    def __init__(self, ledger: Ledger, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.actions_by_name = actions
        self.code = ""
        self.header: CustomerHeader | None = None
        self.reads = Reads(self)

        back = QToolButton()
        back.setObjectName("customerBack")
        back.setIcon(icon("back"))
        back.setAutoRaise(True)
        back.setToolTip(self.tr("Back (Alt+Left)"))
        back.clicked.connect(self.back_requested.emit)
        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("pageSubtitle")
        title_row = QHBoxLayout()
        title_row.addWidget(back)
        title_row.addWidget(self.name_label)
        title_row.addLayout(self.badges)
        title_row.addStretch(1)

        self.tiles = QHBoxLayout()
        self.tiles.setSpacing(12)
        self.warnings = QLabel()
        self.warnings.setObjectName("limitationWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.hide()

        self.action_buttons = []
        for name, text in (("log_contact", self.tr("Log contact")), ("record_promise", self.tr("Promise")),
                           ("record_plan", self.tr("Plan")), ("open_dispute", self.tr("Dispute")),
                           ("preview_letter", self.tr("Letter")), ("statement", self.tr("Statement")),
                           ("refund", self.tr("Refund")), ("edit_customer", self.tr("Edit"))):
            b = QPushButton(actions[name].icon(), text)
            b.setObjectName(f"customer_{name}")
            b.setToolTip(actions[name].text().replace("&", "").rstrip("…") + "  ("
                         + actions[name].shortcut().toString() + ")")
            b.clicked.connect(actions[name].trigger)
            self.action_buttons.append(b)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.setDocumentMode(True)
        # open items
        self.items_model = InvoiceTableModel(ledger, self)
        self.items_table = LedgerTableView()
        self.items_table.setObjectName("customerItems")
        self.items_table.set_keyset_model(self.items_model)
        self.items_table.setColumnHidden(1, True)
        self.items_table.setColumnHidden(2, True)
        # With the customer columns hidden, the reference takes the room the name had.
        self.items_table.horizontalHeader().setSectionResizeMode(
            self.items_model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        # activated: a double click or Enter (a modal view must not open twice, so not doubleClicked too)
        self.items_table.activated.connect(lambda _i: self._open_invoice())
        self.tabs.addTab(self.items_table, icon("invoices"), self.tr("Open items"))
        # timeline
        self.timeline_model = TimelineTableModel(ledger, self)
        self.timeline = LedgerTableView()
        self.timeline.setObjectName("timeline")
        self.timeline.set_keyset_model(self.timeline_model)
        self.timeline.setSortingEnabled(False)
        self.timeline.horizontalHeader().setSortIndicatorShown(False)
        self.timeline_empty = QLabel(self.tr("Nothing recorded for this customer yet. Log a call or an email "
                                             "(Ctrl+L), record a promise, or send a letter: each one appears here "
                                             "with its time and its place in the evidence log."))
        self.timeline_empty.setObjectName("hint")
        self.timeline_empty.setWordWrap(True)
        self.timeline_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timeline_empty.hide()
        self.timeline_model.modelReset.connect(self._show_timeline_empty)
        self.timeline_model.rowsInserted.connect(self._show_timeline_empty)
        timeline_tab = QWidget()
        tl_lay = QVBoxLayout(timeline_tab)
        tl_lay.setContentsMargins(0, 0, 0, 0)
        tl_lay.addWidget(self.timeline, 1)
        tl_lay.addWidget(self.timeline_empty, 1)
        self.tabs.addTab(timeline_tab, icon("note"), self.tr("Timeline"))
        # promises and plans
        self.promise_model = PromiseTableModel(self)
        self.promises = LedgerTableView()
        self.promises.setObjectName("promises")
        self.promises.set_keyset_model(self.promise_model)
        self.plans_label = QLabel()
        self.plans_label.setObjectName("hint")
        self.plans_label.setWordWrap(True)
        self.dispute_model = DisputeTableModel(self)
        self.disputes = LedgerTableView()
        self.disputes.setObjectName("disputes")
        self.disputes.set_keyset_model(self.dispute_model)
        self.disputes.setMaximumHeight(160)
        # activated: a double click or Enter (a modal view must not open twice, so not doubleClicked too)
        self.disputes.activated.connect(lambda _i: self._open_invoice())
        resolve = QPushButton(self.tr("Resolve dispute…"))
        resolve.clicked.connect(actions["resolve_dispute"].trigger)
        promise_tab = QWidget()
        pl = QVBoxLayout(promise_tab)
        pl.setContentsMargins(0, 8, 0, 0)
        pl.addWidget(self.plans_label)
        pl.addWidget(self.promises, 3)
        disputes_title = QLabel(self.tr("Disputes"))
        disputes_title.setObjectName("sectionTitle")
        pl.addLayout(hbox(disputes_title, resolve, stretch_at=1))
        pl.addWidget(self.disputes, 1)
        self.tabs.addTab(promise_tab, icon("promise"), self.tr("Promises and plans"))
        # letters sent
        self.letter_model = SentLetterTableModel(self)
        self.letters = LedgerTableView()
        self.letters.setObjectName("lettersSent")
        self.letters.set_keyset_model(self.letter_model)
        self.letters.doubleClicked.connect(lambda _i: self.open_selected_letter())
        self.letters.activated.connect(lambda _i: self.open_selected_letter())
        open_letter = QPushButton(icon("letter"), self.tr("Open letter"))
        open_letter.clicked.connect(self.open_selected_letter)
        letters_tab = QWidget()
        ll = QVBoxLayout(letters_tab)
        ll.setContentsMargins(0, 8, 0, 0)
        ll.addLayout(hbox(open_letter, stretch_at=1))
        ll.addWidget(self.letters, 1)
        self.tabs.addTab(letters_tab, icon("letters"), self.tr("Letters sent"))
        # details
        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.details_form.setHorizontalSpacing(16)
        edit = QPushButton(self.tr("Edit details…"))
        edit.clicked.connect(actions["edit_customer"].trigger)
        details_tab = QWidget()
        dl = QVBoxLayout(details_tab)
        dl.setContentsMargins(4, 10, 4, 4)
        dl.addWidget(self.details)
        dl.addLayout(hbox(edit, stretch_at=1))
        dl.addStretch(1)
        self.tabs.addTab(details_tab, icon("customers"), self.tr("Details"))
        # collection case: owner, stage, risk reasons, warnings, settlement offers, handover
        self.case_panel = CasePanel(ledger)
        self.case_panel.changed.connect(self._case_changed)
        self.tabs.addTab(self.case_panel, icon("escalation"), self.tr("Case"))
        handover_button = QPushButton(icon("escalation"), self.tr("Hand over"))
        handover_button.setObjectName("customer_handover")
        handover_button.setToolTip(self.tr("Write the pack for a lawyer, agency or court and record the handover"))
        handover_button.clicked.connect(self.case_panel.hand_over)
        self.action_buttons.insert(len(self.action_buttons) - 1, handover_button)
        self._loaded_tabs: set[int] = set()
        self.tabs.currentChanged.connect(self._load_tab)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 12, 20, 12)
        lay.setSpacing(10)
        lay.addLayout(title_row)
        lay.addWidget(self.detail_label)
        lay.addLayout(self.tiles)
        lay.addWidget(self.warnings)
        lay.addLayout(hbox(*self.action_buttons, stretch_at=len(self.action_buttons)))
        lay.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Customer")

    def set_ledger(self, ledger: Ledger) -> None:
        super().set_ledger(ledger)
        self.items_model.ledger = ledger
        self.timeline_model.ledger = ledger
        self.case_panel.set_ledger(ledger)
        self.code = ""

    def _case_changed(self, message: str) -> None:
        # the window marks every page stale and re-reads this one
        self.ledger_changed.emit(message)

    def show_customer(self, code: str) -> None:
        self.code = code
        self.case_panel.code = code
        self.stale = True
        self.refresh()

    def selected_customer_code(self) -> str:
        return self.code

    def selected_invoice_number(self) -> str:
        if self.tabs.currentWidget() is self.items_table:
            index = self.items_table.currentIndex()
            row = self.items_model.row_at(index.row()) if index.isValid() else None
            return row.number if row else ""
        index = self.disputes.currentIndex()
        d = self.dispute_model.row_at(index.row()) if index.isValid() else None
        return d.invoice_number if d else ""

    # -- loading ---------------------------------------------------------------------------------------
    def affected_by(self, changes: Changes) -> bool:
        return bool(self.code) and (changes.touches_customer(self.code) or changes.invoice_list)

    def refresh(self) -> None:
        """Read the header (customer, balances, limitation, promises, stored risk) off the GUI thread; the page
        keeps showing what it shows, selection and scroll included, until the read is in."""
        super().refresh()
        if not self.code:
            return
        code = self.code
        self.reads.start("header", self.ledger.path, lambda led: _header_read(led, code), self._header_read,
                         self._header_failed)

    def is_loading(self) -> bool:
        return self.reads.busy()

    def _header_read(self, read: tuple[CustomerHeader, kpis.StoredRisk]) -> None:
        header, risk = read
        if header.customer.code != self.code:
            return
        same = self.header is not None and self.header.customer.code == header.customer.code
        self.header = header
        self._show_header(header, risk)
        self._loaded_tabs.clear()
        keep = same and self.tabs.currentWidget() is self.items_table
        number, scroll = self.selected_invoice_number(), self.items_table.verticalScrollBar().value()
        self._load_tab(self.tabs.currentIndex())
        if keep:
            self._keep_place(number, scroll)

    def _keep_place(self, number: str, scroll: int) -> None:
        """Select the same invoice and scroll back to where the user was once the open items are read again."""
        model, table = self.items_model, self.items_table

        def restore() -> None:
            if model.loading:
                return
            if waiting:
                model.page_loaded.disconnect(restore)
            for row in range(model.rowCount()):
                found = model.row_at(row)
                if number and found is not None and found.number == number:
                    table.selectRow(row)
                    break
            table.verticalScrollBar().setValue(scroll)

        waiting = model.loading  # pages read off the GUI thread arrive later; else the first page is in already
        if waiting:
            model.page_loaded.connect(restore)
        else:
            restore()

    def _header_failed(self, message: str) -> None:
        self.header = None
        self.name_label.setText(message)

    def _load_tab(self, index: int) -> None:
        """Only the visible tab reads the ledger; the others wait until they are opened. Each takes the customer
        (and the promises) the header read, so the view reads the customer once per refresh."""
        h = self.header
        if index in self._loaded_tabs or not self.code or h is None or h.customer.code != self.code:
            return
        self._loaded_tabs.add(index)
        widget = self.tabs.widget(index)
        c = h.customer
        if widget is self.items_table:
            self.items_model.filter = InvoiceFilter(status=InvoiceStatus.OPEN, customer_code=c.code, customer_id=c.id)
            self.items_model.reload()
        elif widget is self.timeline.parentWidget():
            self.timeline_model.show_customer(c)
            self._show_timeline_empty()
        elif index == 2:
            promises, plans = customer_record.customer_promises(self.ledger, c, h.as_of,
                                                                statuses=h.promise_statuses)
            self.promise_model.set_rows(promises)
            self.plans_label.setText(self._plans_text(plans) if plans else self.tr(
                "Promises are evaluated from payments: kept when paid in full by the date plus the grace days."))
            self.dispute_model.set_rows(customer_record.customer_disputes(self.ledger, c))
        elif index == 3:
            self.letter_model.set_rows(customer_record.customer_letters(self.ledger, c))
        elif index == 4:
            self._fill_details()
        elif widget is self.case_panel:
            self.case_panel.show_customer(c, h)

    def _plans_text(self, plans: tuple[PlanRow, ...]) -> str:
        lines = []
        for p in plans:
            lines.append(self.tr("Plan %1: %2 · %3 instalments · %4 promised, %5 paid — %6")
                         .replace("%1", str(p.plan_id)).replace("%2", plan_status_title(p.status))
                         .replace("%3", str(p.instalments)).replace("%4", fmt.money(p.promised, p.currency))
                         .replace("%5", fmt.money(p.paid, p.currency))
                         .replace("%6", fmt.message_text(p.reason)))
        return "\n".join(lines)

    def _show_header(self, h: CustomerHeader, risk: kpis.StoredRisk) -> None:
        c = h.customer
        self.name_label.setText(f"{c.name}")
        clear_layout(self.badges)
        self.badges.addWidget(_badge(c.code, "#6b7280", "codeBadge"))
        if c.risk_tier is not None:
            tier = c.risk_tier.value
            b = _badge(self.tr("Risk %1").replace("%1", tier), TIER_COLOURS.get(tier, "#6b7280"), "riskBadge")
            b.setToolTip("\n".join([self.tr("Risk tier from average days late, broken promises, overdue share and "
                                             "credit use"), *(f"• {fmt.message_text(r)}" for r in risk.reasons)]))
            self.badges.addWidget(b)
        if risk.warnings:
            w = _badge(self.tr("%n warning(s)", "", len(risk.warnings)), DANGER, "warningBadge")
            w.setToolTip("\n".join(fmt.message_text(m) for _c, m in risk.warnings))
            self.badges.addWidget(w)
        for flag, text in ((c.do_not_contact, self.tr("Do not contact")), (c.attorney_on_record,
                           self.tr("Attorney on record")), (c.on_hold, self.tr("On hold"))):
            if flag:
                self.badges.addWidget(_badge(text, DANGER, "flagBadge"))
        if h.open_disputes:
            self.badges.addWidget(_badge(self.tr("%n open dispute(s)", "", h.open_disputes), WARNING, "disputeBadge"))
        if h.pending_promises:
            self.badges.addWidget(_badge(self.tr("%n pending promise(s)", "", h.pending_promises), "#1a7f37",
                                         "promiseBadge"))
        details = [fmt.title_word(record_words.customer_kind_word(c.kind.value)),
                   self.tr("%1-day terms").replace("%1", str(c.payment_terms_days))]
        if c.credit_limit is not None:
            details.append(self.tr("credit limit %1").replace("%1", fmt.money(c.credit_limit, c.currency)))
        if c.phone:
            details.append(c.phone)
        if c.email:
            details.append(c.email)
        details.append(c.timezone)
        self.detail_label.setText(" · ".join(details))

        clear_layout(self.tiles)
        for balance in h.balances or (customer_list.Balance(c.currency, 0, 0, 0, None),):
            tile = QFrame()
            tile.setObjectName("tile")
            tl = QVBoxLayout(tile)
            tl.setContentsMargins(14, 10, 14, 10)
            tl.setSpacing(2)
            cap = QLabel(self.tr("Open · %1").replace("%1", balance.currency))
            cap.setObjectName("tileCaption")
            val = QLabel(fmt.money(balance.open_amount, balance.currency))
            val.setObjectName("tileValue")
            over = QLabel(self.tr("Overdue %1").replace("%1", fmt.money(balance.overdue_amount, balance.currency)))
            over.setObjectName("tileOverdue" if balance.overdue_amount else "tileDetail")
            detail = QLabel(self.tr("%Ln open invoice(s) · oldest due %1", "", balance.open_invoices)
                            .replace("%1", fmt.day(balance.oldest_due) or "—"))
            detail.setObjectName("tileDetail")
            for w in (cap, val, over, detail):
                tl.addWidget(w)
            self.tiles.addWidget(tile)
        self.tiles.addStretch(1)

        if h.limitation:
            items = []
            for lw in h.limitation[:4]:
                when = self.tr("time-barred since %1") if lw.time_barred else self.tr("time-barred on %1 (%2 days)")
                items.append(f"<b>{lw.invoice_number}</b> " + when.replace("%1", fmt.day(lw.limitation_date))
                             .replace("%2", fmt.count(lw.days_left)))
            more = len(h.limitation) - 4
            text = "; ".join(items) + (self.tr("; and %1 more").replace("%1", str(more)) if more > 0 else "")
            self.warnings.setText(f"<span style='color:{WARNING}'>⧗ <b>{self.tr('Limitation')}</b>: {text}. "
                                  + self.tr("Obtain a signed acknowledgment or a part payment, or start proceedings.")
                                  + "</span>")
            self.warnings.setToolTip(fmt.message_text(h.limitation[0].basis))
        self.warnings.setVisible(bool(h.limitation))

    def _fill_details(self) -> None:
        h = self.header
        if h is None:
            return
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        c = h.customer
        rows = [(self.tr("Code"), c.code), (self.tr("Name"), c.name), (self.tr("Email"), c.email),
                (self.tr("Phone"), c.phone), (self.tr("Address"), c.address), (self.tr("Country"), c.country),
                (self.tr("Jurisdiction"), c.jurisdiction.value.upper()), (self.tr("Letter language"),
                                                                         c.language.value),
                (self.tr("Time zone"), c.timezone), (self.tr("Currency"), c.currency),
                (self.tr("Payment terms"), self.tr("%n day(s)", "", c.payment_terms_days)),
                (self.tr("Credit limit"), fmt.money(c.credit_limit, c.currency) if c.credit_limit is not None
                 else self.tr("No limit"))]
        for p in c.contacts:
            rows.append((self.tr("Contact"), " · ".join(x for x in (p.name, p.role, p.phone, p.email) if x)))
        if c.notes:
            rows.append((self.tr("Notes"), c.notes))
        for label, value in rows:
            v = QLabel(value or "—")
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setWordWrap(True)
            self.details_form.addRow(label, v)

    def open_selected_letter(self) -> None:
        index = self.letters.currentIndex()
        row = self.letter_model.row_at(index.row()) if index.isValid() else None
        if row is not None and row.path is not None:
            self.open_letter_requested.emit(row.path)

    def _show_timeline_empty(self, *_args: object) -> None:
        empty = self.timeline_model.rowCount() == 0 and bool(self.code)
        self.timeline.setVisible(not empty)
        self.timeline_empty.setVisible(empty)

    def _open_invoice(self) -> None:
        number = self.selected_invoice_number()
        if number:
            self.open_invoice_requested.emit(number)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
