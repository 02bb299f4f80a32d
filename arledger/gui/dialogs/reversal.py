"""Reverse a payment, credit note or write-off, or void an invoice: nothing is deleted, a reversing entry
with a reason is recorded, after a confirmation that shows what will be open again."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.model import SettlementKind
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.base import ValidatedDialog, date_edit
from arledger.gui.dialogs.confirm import confirm_change
from arledger.gui.qdates import to_date
from arledger.services import entries, reversals
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger


class ReversalDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, kind: str = "payment", ref: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reverse or Void"), parent)
        self.setObjectName("reversalDialog")
        self.ledger = ledger
        self.result_: reversals.ReversalResult | None = None
        self._values: dict[str, Any] | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Reverse a payment (by its id)"), "payment")
        self.kind.addItem(self.tr("Reverse a credit note (by its number)"), "credit_note")
        self.kind.addItem(self.tr("Reverse a write-off (by its id)"), "write_off")
        self.kind.addItem(self.tr("Reverse a refund (by its id)"), "refund")
        self.kind.addItem(self.tr("Void an invoice (by its number)"), "invoice")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.entry = QLineEdit(ref)
        self.entry.setObjectName("entry")
        self.entry.setPlaceholderText(self.tr("the id shown in the customer's entries, or the number"))
        self.on = date_edit()
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. entered twice; bounced; recorded for the wrong customer"))
        self.info = QLabel()
        self.info.setObjectName("hint")
        self.info.setWordWrap(True)
        self.form.addRow(self.tr("&What"), self.kind)
        self.form.addRow(self.tr("&Entry"), self.entry)
        self.form.addRow("", self.info)
        self.form.addRow(self.tr("&From"), self.on)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.setMinimumWidth(560)
        self.set_ok_text(self.tr("Reverse…"))
        self.watch(self.kind, self.entry, self.on, self.reason)
        self.revalidate()
        (self.reason if ref else self.entry).setFocus()

    def check(self) -> None:
        kind = self.kind.currentData()
        ref = fields.required(self.entry.text(), self.tr("entry"))
        on = to_date(self.on.date())
        try:
            summary = entries.reversal_summary(self.ledger, kind, ref, on)
        except UserError:
            self.info.setText("")
            raise
        self.info.setText("\n".join(fmt.message_text(line) for line in summary.lines))
        reason = fields.required(self.reason.text(), self.tr("reason"))
        self._values = dict(kind=kind, ref=ref, on=on, reason=reason, summary=summary)

    def accept(self) -> None:
        self._touched = True
        if not self.revalidate():
            return
        assert self._values is not None
        if not confirm_change(self, self._values["summary"], self.tr("Void") if self._values["kind"] == "invoice"
                              else self.tr("Reverse")):
            return
        super().accept()

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        if v["kind"] == "invoice":
            r = reversals.void_invoice(ledger, v["ref"], v["on"], v["reason"])
        elif v["kind"] == "refund":
            r = reversals.reverse_refund(ledger, v["ref"], v["on"], v["reason"])
        else:
            r = reversals.reverse_entry(ledger, SettlementKind(v["kind"]), v["ref"], v["on"], v["reason"])
        self.result_ = r
        # the customer's balance or credit and the invoices open again; a voided invoice leaves the lists
        return Changes.of([r.customer_code], r.invoices, invoice_list=r.kind == "invoice")

    def summary(self) -> str:
        r = self.result_
        if r is None:
            return ""
        if r.kind == "invoice":
            return self.tr("Voided invoice %1.").replace("%1", r.label)
        if r.kind == "refund":
            return self.tr("Reversed %1; its amount is credit on the account again.").replace("%1", r.label)
        return self.tr("Reversed %1; %n invoice(s) open again.", "", len(r.reopened)).replace("%1", r.label)
