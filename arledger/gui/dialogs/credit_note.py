"""Record a credit note: to one invoice, oldest invoices first, or kept on the account as credit. The account's
open invoices are read off the GUI thread as the customer code is typed (gui/dialogs/account_read.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from arledger.domain import fields
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.account_read import AccountRead
from arledger.gui.dialogs.base import CustomerPickerEdit, ValidatedDialog, date_edit
from arledger.gui.qdates import to_date
from arledger.services.allocation_preview import SettlementAccount
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger, SettlementResult

ON_ACCOUNT = "*on-account*"


class CreditNoteDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, customer_code: str = "", invoice_number: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Credit Note"), parent)
        self.setObjectName("creditNoteDialog")
        self.ledger = ledger
        self.result_: SettlementResult | None = None
        self._values: dict[str, Any] | None = None
        self._shown: SettlementAccount | None = None  # the account whose invoices "Apply to" offers
        self._preselect = invoice_number  # chosen in "Apply to" once the account is in
        self.customer = CustomerPickerEdit(ledger)
        self.customer.setObjectName("customer")
        self.accounts = AccountRead(ledger, self.customer, self)
        self.accounts.arrived.connect(self._account_arrived)
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.on = date_edit()
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.currency = QLabel()
        self.apply_to = QComboBox()
        self.apply_to.setObjectName("applyTo")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. damaged goods returned"))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.currency)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.form.addRow(self.tr("Credit note &number"), self.number)
        self.form.addRow(self.tr("&Date"), self.on)
        self.add_row(self.tr("&Amount"), amount_row, self.amount)
        self.form.addRow(self.tr("A&pply to"), self.apply_to)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.setMinimumWidth(560)
        self.set_ok_text(self.tr("Record Credit Note"))
        self.customer.textChanged.connect(self._customer_changed)
        self.watch(self.customer, self.number, self.on, self.amount, self.apply_to, self.reason)
        self._show_account(None)
        if customer_code:
            self.customer.setText(customer_code)
        self._touched = False
        self.revalidate()
        (self.number if customer_code else self.customer).setFocus()

    def _customer_changed(self, *_a: object) -> None:
        if self.accounts.is_other_customer(self._shown):
            self._show_account(None)

    def _account_arrived(self) -> None:
        self.accounts.show_arrived(self, self._show_account)

    def _show_account(self, account: SettlementAccount | None) -> None:
        self._shown = account
        keep = self.apply_to.currentData()  # "Keep on the account" may be chosen before the invoices are in
        self.apply_to.blockSignals(True)
        self.apply_to.clear()
        self.apply_to.addItem(self.tr("Oldest invoices first"), "")
        self.apply_to.addItem(self.tr("Keep on the account as credit"), ON_ACCOUNT)
        self.currency.setText(account.customer.currency if account else "")
        if account is not None:
            for r in account.invoices:
                self.apply_to.addItem(self.tr("%1 — open %2").replace("%1", r.number)
                                      .replace("%2", fmt.money(r.open_amount, r.currency)), r.number)
            if self._preselect:
                keep, self._preselect = self._preselect, ""
        self.apply_to.setCurrentIndex(max(0, self.apply_to.findData(keep)))
        self.apply_to.blockSignals(False)

    def check(self) -> None:
        fields.required(self.customer.code(), self.tr("customer"))
        c = self.accounts.now().customer
        number = fields.required(self.number.text(), self.tr("number"))
        amount = fields.parse_money(self.amount.text(), c.currency, self.tr("amount"))
        target = self.apply_to.currentData() or None
        self._values = dict(code=c.code, number=number, on=to_date(self.on.date()), amount=amount,
                            currency=c.currency, invoice=None if target == ON_ACCOUNT else target,
                            split=[] if target == ON_ACCOUNT else None, reason=self.reason.text().strip())

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        self.result_ = ledger.add_credit_note(v["code"], v["number"], v["on"], v["amount"],
                                                   currency=v["currency"], invoice_number=v["invoice"],
                                                   reason=v["reason"], allocations=v["split"])
        return Changes.of([v["code"]], [n for n, _ in self.result_.allocations] + [v["invoice"] or ""])

    def summary(self) -> str:
        r = self.result_
        if r is None or self._values is None:
            return ""
        text = self.tr("Credit note %1 of %2 recorded").replace("%1", self._values["number"]).replace(
            "%2", fmt.money(self._values["amount"], r.currency))
        if r.unapplied:
            text += self.tr("; %1 on the account as credit").replace("%1", fmt.money(r.unapplied, r.currency))
        return text + "."
