"""The customer view's Case tab: owner and stage with their history, the risk tier with its reasons and the
early warnings, the customer's own promise-kept rate and average days late, and settlement offers; buttons to
change the case, make a settlement offer and hand the case over (the pack is written off the GUI thread)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.errors import UserError
from arledger.domain.model import Customer
from arledger.domain.settlements import outcome_word
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.cases import CaseDialog, HandoverDialog, SettlementDialog, stage_text
from arledger.gui.icons import icon
from arledger.gui.operations import LedgerOp, Progress
from arledger.gui.style import DANGER, MUTED, WARNING
from arledger.services import cases, handover, settlements
from arledger.services.cases import CaseSummary
from arledger.services.changes import Changes
from arledger.services.customer_record import CustomerHeader
from arledger.services.ledger import Ledger

TIER_COLOURS = {"A": "#1a7f37", "B": "#9a6700", "C": "#b3261e"}


def _table(name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class CasePanel(QWidget):
    changed = Signal(str)  # a status-bar sentence after a write

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePanel")
        self.ledger = ledger
        self.code = ""
        self.summary: CaseSummary | None = None
        self.job: LedgerOp | None = None
        self.last_pack: handover.HandoverPack | None = None
        self.last_error = ""

        self.stage_label = QLabel()
        self.stage_label.setObjectName("caseStageLabel")
        self.stage_label.setTextFormat(Qt.TextFormat.RichText)
        self.owner_label = QLabel()
        self.owner_label.setObjectName("caseOwnerLabel")
        self.record_label = QLabel()
        self.record_label.setObjectName("casePaymentRecord")
        self.risk_label = QLabel()
        self.risk_label.setObjectName("caseRisk")
        self.risk_label.setTextFormat(Qt.TextFormat.RichText)
        self.risk_label.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("caseWarnings")
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setWordWrap(True)

        self.case_button = QPushButton(icon("customers"), self.tr("Owner and stage…"))
        self.case_button.setObjectName("caseEdit")
        self.case_button.clicked.connect(self.edit_case)
        self.settle_button = QPushButton(icon("payment"), self.tr("Settlement offer…"))
        self.settle_button.setObjectName("caseSettle")
        self.settle_button.clicked.connect(self.offer_settlement)
        self.handover_button = QPushButton(icon("escalation"), self.tr("Hand over…"))
        self.handover_button.setObjectName("caseHandover")
        self.handover_button.setToolTip(self.tr("Write the pack for a lawyer, agency or court and record the "
                                                "handover"))
        self.handover_button.clicked.connect(self.hand_over)

        self.history = _table("caseHistory", [self.tr("Date"), self.tr("Stage"), self.tr("Owner"),
                                              self.tr("Event"), self.tr("Note")])
        self.offers = _table("caseOffers", [self.tr("No."), self.tr("Offered"), self.tr("Deadline"),
                                            self.tr("To pay"), self.tr("Given up"), self.tr("Outcome"),
                                            self.tr("Letter"), self.tr("Status")])

        facts = QGridLayout()
        facts.setHorizontalSpacing(18)
        facts.setVerticalSpacing(4)
        facts.addWidget(self.stage_label, 0, 0)
        facts.addWidget(self.owner_label, 0, 1)
        facts.addWidget(self.record_label, 0, 2)
        facts.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        for b in (self.case_button, self.settle_button, self.handover_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 10, 4, 4)
        lay.setSpacing(8)
        lay.addLayout(facts)
        lay.addWidget(self.risk_label)
        lay.addWidget(self.warnings_label)
        lay.addLayout(buttons)
        history_title = QLabel(self.tr("Stage history"))
        history_title.setObjectName("sectionTitle")
        lay.addWidget(history_title)
        lay.addWidget(self.history, 2)
        offers_title = QLabel(self.tr("Settlement offers"))
        offers_title.setObjectName("sectionTitle")
        lay.addWidget(offers_title)
        lay.addWidget(self.offers, 1)

    def set_ledger(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.code = ""

    # -- showing ---------------------------------------------------------------------------------------
    def show_customer(self, customer: Customer | str, header: CustomerHeader | None = None) -> None:
        """The customer's case: the customer as the view read it (with the promises its header evaluated, on
        the header's date), or its code."""
        self.code = customer if isinstance(customer, str) else customer.code
        settlements.review(self.ledger)
        s = self.summary = (cases.case_summary(self.ledger, customer, header.as_of,
                                               evaluated=header.promise_statuses[0]) if header else
                            cases.case_summary(self.ledger, customer))
        since = fmt.day(s.state.since) if s.state.since else self.tr("not recorded")
        self.stage_label.setText(self.tr("Stage: <b>%1</b> (%2)").replace("%1", html.escape(stage_text(s.state.stage)))
                                 .replace("%2", html.escape(since)))
        self.owner_label.setText(self.tr("Owner: %1").replace("%1", s.state.owner or self.tr("nobody yet")))
        r = s.record
        rate = fmt.percent_points(r.promise_kept_rate) if r.promise_kept_rate is not None else "—"
        days = fmt.decimal(r.average_days_late) if r.average_days_late is not None else "—"
        self.record_label.setText(self.tr("Promises kept: %1 (%2 of %3) · Average days late: %4")
                                  .replace("%1", rate).replace("%2", fmt.count(r.promises_kept))
                                  .replace("%3", fmt.count(r.promises_evaluated)).replace("%4", days))
        if s.tier:
            reasons = "".join(f"<li>{html.escape(fmt.message_text(x))}</li>" for x in s.tier_reasons) or \
                f"<li>{html.escape(self.tr('No risk factor reaches its watch level.'))}</li>"
            self.risk_label.setText(f"<span style='color:{TIER_COLOURS.get(s.tier, MUTED)}'><b>"
                                    + html.escape(self.tr("Risk tier %1").replace("%1", s.tier))
                                    + f"</b></span><ul style='margin:2px 0 0 -20px'>{reasons}</ul>")
        else:
            self.risk_label.setText(html.escape(self.tr("No risk tier yet: it is worked out when something is open.")))
        if s.warnings:
            self.warnings_label.setText("".join(
                f"<div style='color:{WARNING if code_ != 'broken-promise' else DANGER}'>⚑ "
                f"{html.escape(fmt.message_text(m))}</div>"
                for code_, m in s.warnings))
        self.warnings_label.setVisible(bool(s.warnings))
        _fill(self.history, [[fmt.day(h.on), stage_text(h.stage), h.owner, str(h.evidence_seq),
                              fmt.message_text(h.note)]
                             for h in reversed(s.history)])
        rows = []
        today = self.ledger.today()
        for o in reversed(settlements.offers(self.ledger, customer)):
            t = o.terms
            # a decided offer's sentence as on the day it was decided, a pending one's as of today
            status = settlements.evaluate(self.ledger, o, o.outcome_on or today).reason
            rows.append([str(o.id), fmt.day(o.offered_on), fmt.day(o.deadline), fmt.money(t.amount_due, t.currency),
                         fmt.money(t.concession, t.currency), fmt.message_text(outcome_word(o.outcome)),
                         self.tr("archived") if o.letter_path else self.tr("held back: approval needed"),
                         fmt.message_text(status)])
        _fill(self.offers, rows)

    # -- actions ---------------------------------------------------------------------------------------
    def _after(self, message: str) -> None:
        self.changed.emit(message)

    def edit_case(self) -> None:
        dialog = CaseDialog(self.ledger, self.code, self)
        if dialog.exec():
            self._after(dialog.summary())

    def offer_settlement(self) -> None:
        try:
            dialog = SettlementDialog(self.ledger, self.code, self)
        except UserError as exc:
            QMessageBox.information(self, self.tr("Settlement offer"), fmt.error_text(exc))
            return
        if dialog.exec():
            self._after(dialog.summary())

    def hand_over(self) -> None:
        dialog = HandoverDialog(self.ledger, self.code, self)
        if not dialog.exec():
            return
        to, folder, note = dialog.values()
        code = self.code
        def run(ledger: Ledger, _progress: Progress, _cancelled: Callable[[], bool]) -> handover.HandoverPack:
            return handover.build_handover(ledger, code, folder, to=to, note=note)

        self.job = LedgerOp(self.window(), self.ledger.path, run, on_done=self._handed_over,
                            on_error=self._handover_failed, title=self.tr("Handover"),
                            progress=self.tr("Writing the handover pack…"), busy=True, cancellable=False,
                            changes=Changes.of([code], events=True))

    def _handed_over(self, pack: handover.HandoverPack) -> None:
        self.last_pack = pack
        self._after(self.tr("Handed over: %1 (%2 pages) and %3 written.").replace("%1", pack.pdf.name)
                    .replace("%2", fmt.count(pack.pages)).replace("%3", pack.bundle.name))

    def _handover_failed(self, message: str) -> None:
        self.last_error = message
        self.changed.emit(self.tr("The handover pack was not written: %1").replace("%1", message))
