"""Pay back a customer's unapplied credit, after a confirmation; never more than the credit there is."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.base import CustomerPickerEdit, ValidatedDialog, date_edit
from arledger.gui.dialogs.confirm import confirm_change
from arledger.gui.qdates import to_date
from arledger.services import entries
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger


class RefundDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, customer_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Refund Credit"), parent)
        self.setObjectName("refundDialog")
        self.ledger = ledger
        self.refund_id: int | None = None
        self._values: dict[str, Any] | None = None
        self._credit: dict[str, int] = {}
        self._filled_for = ""
        self.customer = CustomerPickerEdit(ledger)
        self.customer.setObjectName("customer")
        self.credit = QLabel()
        self.credit.setObjectName("unappliedCredit")
        self.credit.setWordWrap(True)
        self.on = date_edit()
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.method = QLineEdit()
        self.method.setObjectName("method")
        self.method.setPlaceholderText(self.tr("e.g. bank transfer"))
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. overpaid invoice 1042"))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.currency)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.form.addRow(self.tr("Unapplied credit"), self.credit)
        self.form.addRow(self.tr("&Date"), self.on)
        self.add_row(self.tr("&Amount"), amount_row, self.amount)
        self.form.addRow(self.tr("&Method"), self.method)
        self.form.addRow(self.tr("Re&ference"), self.reference)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.setMinimumWidth(520)
        self.set_ok_text(self.tr("Refund…"))
        self.customer.textChanged.connect(self._customer_changed)
        self.watch(self.customer, self.on, self.amount, self.currency, self.method, self.reference, self.reason)
        if customer_code:
            self.customer.setText(customer_code)
        self._customer_changed()
        self.revalidate()
        (self.amount if customer_code else self.customer).setFocus()

    def _customer_changed(self, *_a: object) -> None:
        c = self.customer.choice()
        code = c.code if c else ""
        if code == self._filled_for:
            return
        self._filled_for = code
        self._credit = self.ledger.unapplied_credit(code) if c else {}
        self.currency.blockSignals(True)
        self.currency.clear()
        for cur in sorted(self._credit):
            self.currency.addItem(cur, cur)
        if c and c.currency in self._credit:
            self.currency.setCurrentIndex(self.currency.findData(c.currency))
        self.currency.blockSignals(False)
        self.credit.setText(", ".join(fmt.money(v, cur) for cur, v in sorted(self._credit.items()))
                            or (self.tr("none") if c else ""))

    def check(self) -> None:
        code = fields.required(self.customer.code(), self.tr("customer"))
        c = self.customer.choice()
        if c is None:
            raise UserError(self.tr("There is no customer with code '%1'.").replace("%1", code))
        if not self._credit:
            raise UserError(self.tr("%1 has no unapplied credit to refund.").replace("%1", c.code))
        cur = self.currency.currentData()
        amount = fields.parse_money(self.amount.text(), cur, self.tr("amount"))
        available = self._credit.get(cur, 0)
        if amount > available:
            raise UserError(self.tr("That is more than the %1 of unapplied credit; a refund can pay back at most "
                                    "that.").replace("%1", fmt.money(available, cur)))
        self._values = dict(code=c.code, on=to_date(self.on.date()), amount=amount, currency=cur,
                            method=self.method.text().strip(), reference=self.reference.text().strip(),
                            reason=self.reason.text().strip())

    def accept(self) -> None:
        """Money leaves the business: the user confirms a summary first (what is paid back, what credit stays,
        and a warning when open invoices could take the credit instead)."""
        self._spoken = True
        if not self.revalidate():
            return
        v = self._values
        assert v is not None
        try:
            summary = entries.refund_summary(self.ledger, v["code"], v["amount"], v["currency"], v["on"])
        except UserError as exc:
            self._message = fmt.error_text(exc)
            self.problem.setText(self._message)
            return
        if not confirm_change(self, summary, self.tr("Refund")):
            return
        super().accept()

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        self.refund_id = ledger.refund(v["code"], v["on"], v["amount"], currency=v["currency"],
                                       method=v["method"], reference=v["reference"], reason=v["reason"])
        return Changes.of([v["code"]])

    def summary(self) -> str:
        v = self._values
        if self.refund_id is None or v is None:
            return ""
        return self.tr("Refunded %1 to %2 (refund %3).").replace("%1", fmt.money(v["amount"], v["currency"])) \
            .replace("%2", v["code"]).replace("%3", str(self.refund_id))
