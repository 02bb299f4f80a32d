"""Waive interest and/or fixed compensation on an invoice, whole or part, with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.model import InterestWaiver
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.base import InvoiceField, ValidatedDialog, date_edit, invoice_changes
from arledger.gui.qdates import to_date
from arledger.services import interest_claims
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger


class WaiveInterestDialog(ValidatedDialog):
    """The claimable interest and compensation of the invoice on the date are shown; blank fields waive nothing."""

    def __init__(self, ledger: Ledger, invoice_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Waive Interest"), parent)
        self.setObjectName("waiveInterestDialog")
        self.ledger = ledger
        self.saved: InterestWaiver | None = None
        self._values: dict[str, Any] | None = None

        self.invoice_field = InvoiceField(ledger, invoice_number)
        self.invoice, self.info = self.invoice_field.edit, self.invoice_field.info
        self.on = date_edit()
        self.on.setObjectName("on")
        self.claimable = QLabel()
        self.claimable.setObjectName("claimable")
        self.claimable.setWordWrap(True)
        self.interest = QLineEdit()
        self.interest.setObjectName("interest")
        self.compensation = QLineEdit()
        self.compensation.setObjectName("compensation")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. goodwill: paid in full after our call"))
        self.form.addRow(self.tr("&Invoice"), self.invoice)
        self.form.addRow("", self.info)
        self.form.addRow(self.tr("&Date"), self.on)
        self.form.addRow("", self.claimable)
        self.form.addRow(self.tr("I&nterest to waive"), self.interest)
        self.form.addRow(self.tr("&Compensation to waive"), self.compensation)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.setMinimumWidth(520)
        self.set_ok_text(self.tr("Waive"))
        self.watch(self.invoice, self.on, self.interest, self.compensation, self.reason)
        self.revalidate()
        (self.interest if invoice_number else self.invoice).setFocus()

    def check(self) -> None:
        row = self.invoice_field.row()
        on = to_date(self.on.date())
        result = interest_claims.claimable_on(self.ledger, row.number, on)
        comp = result.claimable_compensation
        comp_cur = comp.currency if comp else row.currency
        self.claimable.setText(self.tr("Claimable on this date: interest %1, compensation %2")
                               .replace("%1", fmt.money(result.claimable_interest, row.currency))
                               .replace("%2", fmt.money(comp.minor if comp else 0, comp_cur)))
        self.interest.setPlaceholderText(fmt.amount(0, row.currency))
        self.compensation.setPlaceholderText(fmt.amount(0, comp_cur))
        interest = self._amount(self.interest, row.currency, self.tr("interest"))
        compensation = self._amount(self.compensation, comp_cur, self.tr("compensation"))
        if interest == 0 and compensation == 0:
            raise UserError(self.tr("Enter the interest or compensation to waive."))
        reason = fields.required(self.reason.text(), self.tr("reason"))
        self._values = dict(number=row.number, on=on, interest=interest, compensation=compensation, reason=reason)

    @staticmethod
    def _amount(edit: QLineEdit, currency: str, field: str) -> int:
        text = edit.text().strip()
        return fields.parse_money(text, currency, field, positive=False) if text else 0

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        self.saved = interest_claims.waive_interest(ledger, v["number"], v["reason"], interest=v["interest"],
                                                compensation=v["compensation"], on=v["on"])
        return invoice_changes(ledger, [v["number"]], events=True)

    def summary(self) -> str:
        if self.saved is None or self._values is None:
            return ""
        return self.tr("Waived interest and compensation on %1.").replace("%1", self._values["number"])
