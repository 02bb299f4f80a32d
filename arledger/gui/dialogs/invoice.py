"""New invoice: customer (completes by code or name), number, dates, amount in the customer's currency."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.model import Customer, Invoice, Jurisdiction
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.base import CustomerPickerEdit, ValidatedDialog, date_edit
from arledger.gui.qdates import from_date, to_date
from arledger.services import invoice_list
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger


class InvoiceDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, customer_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New Invoice"), parent)
        self.setObjectName("invoiceDialog")
        self.ledger = ledger
        self.saved: Invoice | None = None
        self._full: Customer | None = None
        self._values: dict[str, Any] | None = None

        self.customer = CustomerPickerEdit(ledger)
        self.customer.setObjectName("customer")
        self.customer_info = QLabel()
        self.customer_info.setObjectName("hint")
        self.number = QLineEdit(invoice_list.suggest_invoice_number(ledger))
        self.number.setObjectName("number")
        self.issue = date_edit()
        self.issue.setObjectName("issueDate")
        self.due = date_edit()
        self.due.setObjectName("dueDate")
        self.due_from_terms = QCheckBox(self.tr("from the customer's terms"))
        self.due_from_terms.setChecked(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("0.00")
        self.currency = QLabel()
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("Purchase order or contract"))

        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.due_from_terms)
        due_row.addStretch(1)
        amount_row = QHBoxLayout()
        amount_row.setSpacing(8)
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.currency)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.form.addRow("", self.customer_info)
        self.form.addRow(self.tr("Invoice &number"), self.number)
        self.form.addRow(self.tr("&Issued"), self.issue)
        self.add_row(self.tr("&Due"), due_row, self.due)
        self.add_row(self.tr("&Amount"), amount_row, self.amount)
        self.form.addRow(self.tr("&Reference"), self.reference)
        # German default (BGB § 286): shown for customers under the de rule pack; unticked means "as the customer"
        self.agreed = QCheckBox(self.tr("Payment date agreed by contract"))
        self.agreed.setObjectName("paymentDateAgreed")
        self.agreed.setToolTip(self.tr("In default without a reminder from the day after the due date "
                                       "(BGB § 286 (2) no. 1)"))
        self.notice = QCheckBox(self.tr("Invoice warns of default after 30 days"))
        self.notice.setObjectName("defaultNotice")
        self.notice.setToolTip(self.tr("A consumer is in default 30 days after the due date only if the invoice "
                                       "says so (BGB § 286 (3))"))
        self.form.addRow("", self.agreed)
        self.form.addRow("", self.notice)
        # § 286 (3): 30 days after the due date *and* the invoice's receipt; unticked, the due date stands for it
        self.received_known = QCheckBox(self.tr("Received by the debtor on"))
        self.received_known.setObjectName("receivedKnown")
        self.received = date_edit()
        self.received.setObjectName("receivedOn")
        self.received.setEnabled(False)
        self.received_known.setToolTip(self.tr("Default comes at the latest 30 days after the due date and the "
                                               "invoice's receipt, whichever is later (BGB § 286 (3)); if the "
                                               "receipt is not recorded, the due date stands for it"))
        self.received_known.toggled.connect(self.received.setEnabled)
        self.received_row = QWidget()
        received_row = QHBoxLayout(self.received_row)
        received_row.setContentsMargins(0, 0, 0, 0)
        received_row.addWidget(self.received_known)
        received_row.addWidget(self.received)
        received_row.addStretch(1)
        self.form.addRow("", self.received_row)
        # credit control: shown when the invoice would take the customer over the limit, or they are on hold
        self.override = QLineEdit()
        self.override.setObjectName("overrideReason")
        self.override.setPlaceholderText(self.tr("why it goes in anyway (kept in the evidence log)"))
        self.override_label = QLabel(self.tr("O&verride reason"))
        self.override_label.setBuddy(self.override)
        self.form.addRow(self.override_label, self.override)
        self.override.hide()
        self.override_label.hide()
        self.setMinimumWidth(520)
        self.set_ok_text(self.tr("Add Invoice"))

        self.customer.textChanged.connect(self._customer_changed)
        self.issue.dateChanged.connect(self._update_due)
        self.due_from_terms.toggled.connect(self._update_due)
        self.watch(self.customer, self.number, self.issue, self.due, self.amount, self.reference, self.override,
                   self.received_known, self.received)
        if customer_code:
            self.customer.setText(customer_code)
            self._touched = False
        self._customer_changed()
        self.revalidate()
        (self.amount if customer_code else self.customer).setFocus()

    def _customer_changed(self, *_a: object) -> None:
        c = self.customer.choice()
        if c:
            self.customer_info.setText(self.tr("%1 · pays in %2 · %3-day terms").replace("%1", c.name)
                                       .replace("%2", c.currency).replace("%3", str(c.payment_terms_days)))
            self.currency.setText(c.currency)
        else:
            self.customer_info.setText("")
            self.currency.setText("")
        # the picker's choice carries no rule pack: the whole customer, read once per choice
        self._full = self.ledger.customer(c.code) if c else None
        german = self._full is not None and self._full.jurisdiction == Jurisdiction.DE
        self.agreed.setVisible(german)
        self.notice.setVisible(german)
        self.received_row.setVisible(german)
        if self._full is not None:
            self.agreed.setChecked(self._full.payment_date_agreed)
            self.notice.setChecked(self._full.default_notice)
        self._update_due()

    def _update_due(self, *_a: object) -> None:
        c = self.customer.choice()
        self.due.setEnabled(not self.due_from_terms.isChecked())
        if self.due_from_terms.isChecked() and c:
            self.due.blockSignals(True)
            self.due.setDate(from_date(to_date(self.issue.date()) + timedelta(days=c.payment_terms_days)))
            self.due.blockSignals(False)

    def check(self) -> None:
        code = fields.required(self.customer.code(), self.tr("customer"))
        c = self.customer.choice()
        if c is None:
            raise UserError(self.tr("There is no customer with code '%1'.").replace("%1", code))
        number = fields.required(self.number.text(), self.tr("invoice number"))
        if invoice_list.invoice_number_taken(self.ledger, number):
            raise UserError(self.tr("An invoice numbered '%1' already exists.").replace("%1", number))
        issue = to_date(self.issue.date())
        due = to_date(self.due.date())
        if due < issue:
            raise UserError(self.tr("The due date is before the issue date."))
        amount = fields.parse_money(self.amount.text(), c.currency, self.tr("amount"))
        received = None
        if self.received_row.isVisibleTo(self) and self.received_known.isChecked():
            received = to_date(self.received.date())
            if received < issue:
                raise UserError(self.tr("The invoice cannot have been received before it was issued."))
        problem = self.ledger.credit_problem(c.code, amount, c.currency)
        self.override.setVisible(bool(problem))
        self.override_label.setVisible(bool(problem))
        if problem and not self.override.text().strip():
            raise UserError(fmt.message_text(problem) + " " + self.tr("Give an override reason to raise it anyway."))
        self._values = dict(customer_code=c.code, number=number, issue_date=issue, amount=amount,
                            currency=c.currency, due_date=due, reference=self.reference.text().strip(),
                            override=self.override.text().strip() if problem else "",
                            payment_date_agreed=self._own(self.agreed, "payment_date_agreed"),
                            default_notice=self._own(self.notice, "default_notice"), received_on=received)
        self.ok_button.setToolTip(self.tr("Add %1 for %2").replace("%1", number)
                                  .replace("%2", fmt.money(amount, c.currency)))

    def _own(self, box: QCheckBox, flag: str) -> bool | None:
        """The invoice's own flag where it differs from the customer's; None (as the customer) otherwise."""
        c = self._full
        if c is None or c.jurisdiction != Jurisdiction.DE or box.isChecked() == getattr(c, flag):
            return None
        return box.isChecked()

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        self.saved = ledger.add_invoice(v["customer_code"], v["number"], v["issue_date"], v["amount"],
                                             currency=v["currency"], due_date=v["due_date"], reference=v["reference"],
                                             override_reason=v["override"],
                                             payment_date_agreed=v["payment_date_agreed"],
                                             default_notice=v["default_notice"], received_on=v["received_on"])
        return Changes.of([v["customer_code"]], [v["number"]], invoice_list=True)

    def summary(self) -> str:
        if self.saved is None:
            return ""
        return self.tr("Added invoice %1 for %2.").replace("%1", self.saved.number).replace(
            "%2", fmt.money(self.saved.amount, self.saved.currency))
