"""Dialogs of a collection case: owner and stage, a settlement offer, and the handover to a lawyer, agency or
court. Each checks its input as it is typed and saves with one service call."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from arledger.domain import fields
from arledger.domain.cases import CaseStage, stage_title
from arledger.domain.errors import UserError
from arledger.domain.settlements import settlement_terms
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.base import ValidatedDialog, date_edit
from arledger.services import cases, settlements
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger

# Marked for lupdate; stage_text translates them in the CaseStage context.
_STAGE_TEXTS: dict[CaseStage, str] = {
    CaseStage.MONITORING: str(QT_TRANSLATE_NOOP("CaseStage", "Monitoring")),
    CaseStage.ACTIVE: str(QT_TRANSLATE_NOOP("CaseStage", "Active")),
    CaseStage.PROMISE: str(QT_TRANSLATE_NOOP("CaseStage", "Promise")),
    CaseStage.PLAN: str(QT_TRANSLATE_NOOP("CaseStage", "Instalment plan")),
    CaseStage.DISPUTE: str(QT_TRANSLATE_NOOP("CaseStage", "Dispute")),
    CaseStage.LAWYER: str(QT_TRANSLATE_NOOP("CaseStage", "Handed over: lawyer")),
    CaseStage.AGENCY: str(QT_TRANSLATE_NOOP("CaseStage", "Handed over: agency")),
    CaseStage.COURT: str(QT_TRANSLATE_NOOP("CaseStage", "Handed over: court")),
    CaseStage.PAID: str(QT_TRANSLATE_NOOP("CaseStage", "Closed: paid")),
    CaseStage.SETTLED: str(QT_TRANSLATE_NOOP("CaseStage", "Closed: settled")),
    CaseStage.WRITTEN_OFF: str(QT_TRANSLATE_NOOP("CaseStage", "Closed: written off")),
}


def stage_text(stage: CaseStage) -> str:
    """The stage's name in the UI language."""
    return QCoreApplication.translate("CaseStage", _STAGE_TEXTS.get(stage, stage_title(stage)))


class CaseDialog(ValidatedDialog):
    """Give the case an owner and/or move it to another stage (each change an evidence event)."""

    def __init__(self, ledger: Ledger, code: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Case of %1").replace("%1", code), parent)
        self.setObjectName("caseDialog")
        self.ledger = ledger
        self.code = code
        self.state = cases.case_state(ledger, ledger.customer(code))
        self.owner = QComboBox()
        self.owner.setObjectName("caseOwner")
        self.owner.setEditable(True)
        self.owner.addItems(cases.owners(ledger))
        self.owner.setCurrentText(self.state.owner)
        self.stage = QComboBox()
        self.stage.setObjectName("caseStage")
        for s in CaseStage:
            if s not in (CaseStage.LAWYER, CaseStage.AGENCY, CaseStage.COURT):  # the handover records those
                self.stage.addItem(stage_text(s), s)
        self.stage.setCurrentIndex(max(0, self.stage.findData(self.state.stage)))
        self.note = QLineEdit()
        self.note.setObjectName("caseNote")
        self.form.addRow(self.tr("&Owner"), self.owner)
        self.form.addRow(self.tr("&Stage"), self.stage)
        self.form.addRow(self.tr("&Note"), self.note)
        self.setMinimumWidth(460)
        self.set_ok_text(self.tr("Save"))
        self.watch(self.owner, self.stage, self.note)
        self.changed_parts: list[str] = []
        self.revalidate()

    def check(self) -> None:
        owner = self.owner.currentText().strip()
        stage = CaseStage(self.stage.currentData())
        if owner == self.state.owner and (self.state.recorded and stage == self.state.stage):
            raise UserError(self.tr("Change the owner or the stage."))
        if not owner and not self.state.recorded and stage == self.state.stage:
            raise UserError(self.tr("Name an owner or choose a stage."))

    def prepare(self) -> None:
        owner = self.owner.currentText().strip()
        stage = CaseStage(self.stage.currentData())
        self._wanted = (owner, stage, self.note.text())
        self.changed_parts.clear()
        if owner and owner != self.state.owner:
            self.changed_parts.append(self.tr("owner %1").replace("%1", owner))
        if stage != self.state.stage or (not self.state.recorded and not owner):
            self.changed_parts.append(self.tr("stage %1").replace("%1", stage_text(stage)))

    def write(self, ledger: Ledger) -> Changes:
        owner, stage, note = self._wanted
        if owner and owner != self.state.owner:
            cases.set_owner(ledger, self.code, owner, note=note)
        if stage != self.state.stage or (not self.state.recorded and not owner):
            cases.set_stage(ledger, self.code, stage, note=note, owner=owner)
        return Changes.of([self.code], events=True)

    def summary(self) -> str:
        return self.tr("Case of %1: %2.").replace("%1", self.code).replace("%2", ", ".join(self.changed_parts))


class SettlementDialog(ValidatedDialog):
    """A settlement offer on the customer's overdue invoices: discount and/or waivers, deadline, approval."""

    def __init__(self, ledger: Ledger, code: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settlement offer to %1").replace("%1", code), parent)
        self.setObjectName("settlementDialog")
        self.ledger = ledger
        self.code = code
        self.claim = settlements.claim_of(ledger, code, ledger.today())
        cur, principal, interest, comp, numbers = self.claim
        self.deadline = date_edit(QDate.currentDate().addDays(14))
        self.deadline.setObjectName("settlementDeadline")
        self.discount = QLineEdit()
        self.discount.setObjectName("settlementDiscount")
        self.discount.setPlaceholderText(self.tr("amount off the principal, e.g. 500.00"))
        self.waive_interest = QCheckBox(self.tr("Waive interest (%1)").replace("%1", fmt.money(interest, cur)))
        self.waive_interest.setObjectName("waiveInterest")
        self.waive_comp = QCheckBox(self.tr("Waive compensation (%1)").replace("%1", fmt.money(comp, cur)))
        self.waive_comp.setObjectName("waiveCompensation")
        self.approver = QLineEdit()
        self.approver.setObjectName("settlementApprover")
        self.reason = QLineEdit()
        self.reason.setObjectName("settlementReason")
        threshold = settlements.approval_threshold(ledger)
        self.form.addRow(self.tr("Claim"), _label(self.tr("%1 principal on %2 overdue invoices")
                                                  .replace("%1", fmt.money(principal, cur))
                                                  .replace("%2", fmt.count(len(numbers)))))
        self.form.addRow(self.tr("&Deadline"), self.deadline)
        self.form.addRow(self.tr("D&iscount"), self.discount)
        self.form.addRow("", self.waive_interest)
        self.form.addRow("", self.waive_comp)
        self.form.addRow(self.tr("&Approved by"), self.approver)
        self.form.addRow(self.tr("&Reason"), self.reason)
        if threshold is not None:
            self.form.addRow("", _label(self.tr("Concessions of %1 or more need the approver and a reason before "
                                                "the letter is released.").replace("%1", fmt.money(threshold, cur))))
        self.setMinimumWidth(520)
        self.set_ok_text(self.tr("Record offer"))
        self.watch(self.deadline, self.discount, self.waive_interest, self.waive_comp, self.approver, self.reason)
        self.result_: settlements.OfferResult | None = None
        self.revalidate()

    def check(self) -> None:
        cur, principal, interest, comp, _n = self.claim
        text = self.discount.text().strip()
        discount = fields.parse_money(text, cur, self.tr("discount")) if text else 0
        settlement_terms(cur, principal, interest, comp, discount=discount,
                         waive_interest=self.waive_interest.isChecked(), waive_compensation=self.waive_comp.isChecked())
        if _day(self.deadline.date()) < date.today():
            raise UserError(self.tr("The deadline is in the past."))
        self._discount = discount

    def prepare(self) -> None:
        self._wanted = (_day(self.deadline.date()), self.waive_interest.isChecked(), self.waive_comp.isChecked(),
                        self.approver.text(), self.reason.text())

    def write(self, ledger: Ledger) -> Changes:
        cur, _p, _i, _c, numbers = self.claim
        deadline, waive_interest, waive_compensation, approver, reason = self._wanted
        self.result_ = settlements.make_offer(
            ledger, self.code, deadline, discount=self._discount, waive_interest=waive_interest,
            waive_compensation=waive_compensation, approver=approver, reason=reason, invoices=numbers,
            currency=cur)
        return Changes.of([self.code], numbers, events=True)

    def summary(self) -> str:
        r = self.result_
        if r is None:
            return ""
        t = r.offer.terms
        text = self.tr("Settlement offer %1: %2 by %3.").replace("%1", str(r.offer.id)) \
            .replace("%2", fmt.money(t.amount_due, t.currency)).replace("%3", fmt.day(r.offer.deadline))
        return text + " " + (self.tr("Letter archived.") if r.letter or r.held_back is None
                             else fmt.message_text(r.held_back))


class HandoverDialog(ValidatedDialog):
    """Where the pack goes and to whom; the pack itself is written off the GUI thread by the caller."""

    def __init__(self, ledger: Ledger, code: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hand over %1").replace("%1", code), parent)
        self.setObjectName("handoverDialog")
        self.ledger = ledger
        self.code = code
        self.to = QComboBox()
        self.to.setObjectName("handoverTo")
        for key, text in (("lawyer", self.tr("Lawyer")), ("agency", self.tr("Collection agency")),
                          ("court", self.tr("Court"))):
            self.to.addItem(text, key)
        self.folder = QLineEdit(str(Path.home() / "Documents" / f"{code}-handover"))
        self.folder.setObjectName("handoverFolder")
        browse_button = QPushButton(self.tr("Browse…"))
        browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse_button)
        self.note = QLineEdit()
        self.note.setObjectName("handoverNote")
        self.form.addRow(self.tr("Hand over &to"), self.to)
        self.add_row(self.tr("&Folder"), row, self.folder)
        self.form.addRow(self.tr("&Note"), self.note)
        self.form.addRow("", _label(self.tr(
            "Writes one indexed PDF (claim summary, statement, invoices and their documents, letters with dispatch "
            "records, the evidence log with its chain head, disputes, limitation) and a zip of the same data as "
            "CSV/JSON. The case moves to the handed-over stage and the ledger sends no more letters for it.")))
        self.setMinimumWidth(560)
        self.set_ok_text(self.tr("Write pack and hand over"))
        self.watch(self.folder, self.to)
        self.revalidate()

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the pack"), self.folder.text())
        if path:
            self.folder.setText(path)

    def check(self) -> None:
        fields.required(self.folder.text(), self.tr("folder"))

    writes = False  # the caller runs the handover as an operation once the dialog is accepted

    def values(self) -> tuple[str, Path, str]:
        return self.to.currentData(), Path(self.folder.text().strip()).expanduser(), self.note.text()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _label(text: str) -> QLabel:
    w = QLabel(text)
    w.setObjectName("hint")
    w.setWordWrap(True)
    return w
