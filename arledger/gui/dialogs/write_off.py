"""Write off an invoice's open amount (or part of it) with a reason, after a confirmation."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.base import InvoiceField, ValidatedDialog, date_edit, invoice_changes
from arledger.gui.dialogs.confirm import confirm_change
from arledger.gui.qdates import to_date
from arledger.services import entries
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger, SettlementResult


class WriteOffDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, invoice_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Write Off"), parent)
        self.setObjectName("writeOffDialog")
        self.ledger = ledger
        self.result_: SettlementResult | None = None
        self._values: dict[str, Any] | None = None

        self.invoice_field = InvoiceField(ledger, invoice_number)
        self.invoice, self.info = self.invoice_field.edit, self.invoice_field.info
        self.on = date_edit()
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("the whole open amount"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. customer insolvent; claim filed with the administrator"))
        self.form.addRow(self.tr("&Invoice"), self.invoice)
        self.form.addRow("", self.info)
        self.form.addRow(self.tr("&Date"), self.on)
        self.form.addRow(self.tr("&Amount"), self.amount)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.setMinimumWidth(520)
        self.set_ok_text(self.tr("Write Off"))
        self.watch(self.invoice, self.on, self.amount, self.reason)
        self.revalidate()
        (self.reason if invoice_number else self.invoice).setFocus()

    def check(self) -> None:
        row = self.invoice_field.row()
        if row.open_amount == 0:
            raise UserError(self.tr("Invoice %1 has nothing open to write off.").replace("%1", row.number))
        text = self.amount.text().strip()
        amount = fields.parse_money(text, row.currency, self.tr("amount")) if text else None
        if amount is not None and amount > row.open_amount:
            raise UserError(self.tr("That is more than the %1 still open.").replace(
                "%1", fmt.money(row.open_amount, row.currency)))
        reason = fields.required(self.reason.text(), self.tr("reason"))
        self._values = dict(number=row.number, on=to_date(self.on.date()), reason=reason, amount=amount)

    def accept(self) -> None:
        """Writing off is irreversible but by a reversal: the user confirms a summary first, with any open
        dispute or pending promise on the invoice shown."""
        self._touched = True
        if not self.revalidate():
            return
        v = self._values
        assert v is not None
        summary = entries.write_off_summary(self.ledger, [v["number"]], v["on"], v["amount"])
        if not confirm_change(self, summary, self.tr("Write Off")):
            return
        super().accept()

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        self.result_ = ledger.write_off(v["number"], v["on"], v["reason"], v["amount"])
        return invoice_changes(ledger, [v["number"]])

    def summary(self) -> str:
        if self.result_ is None:
            return ""
        number, amount = self.result_.allocations[0]
        return self.tr("Wrote off %1 of invoice %2.").replace("%1", fmt.money(amount, self.result_.currency)) \
            .replace("%2", number)
