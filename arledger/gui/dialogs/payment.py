"""Record a payment: who paid, when, how much; applied oldest first or to one invoice, previewed live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.base import CustomerPickerEdit, ValidatedDialog, date_edit
from arledger.services import browse
from arledger.services.browse import AllocationPreview, CustomerChoice
from arledger.services.ledger import Ledger, SettlementResult

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PaymentDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, customer_code: str = "", invoice_number: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record Payment"), parent)
        self.setObjectName("paymentDialog")
        self.ledger = ledger
        self.result_: SettlementResult | None = None
        self._values: dict | None = None
        self._filled_for: CustomerChoice | None = None

        self.customer = CustomerPickerEdit(ledger)
        self.customer.setObjectName("customer")
        self.customer_info = QLabel()
        self.customer_info.setObjectName("hint")
        self.on = date_edit()
        self.on.setObjectName("paymentDate")
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("0.00")
        self.currency = QLabel()
        self.apply_to = QComboBox()
        self.apply_to.setObjectName("applyTo")
        self.method = QComboBox()
        self.method.setEditable(True)
        for m in (self.tr("bank transfer"), self.tr("card"), self.tr("cheque"), self.tr("cash")):
            self.method.addItem(m)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Bank statement reference"))

        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("allocationPreview")
        self.preview.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Due"), self.tr("Open now"),
                                                self.tr("Applied"), self.tr("Left open")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setShowGrid(False)
        self.preview.setAlternatingRowColors(True)
        hh = self.preview.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hh.setHighlightSections(False)
        self.preview.setMinimumHeight(170)
        self.unapplied = QLabel()
        self.unapplied.setObjectName("hint")

        amount_row = QHBoxLayout()
        amount_row.setSpacing(8)
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.currency)
        self.form.addRow(self.tr("&Customer"), self.customer)
        self.form.addRow("", self.customer_info)
        self.form.addRow(self.tr("&Received on"), self.on)
        self.add_row(self.tr("&Amount"), amount_row, self.amount)
        self.form.addRow(self.tr("A&pply to"), self.apply_to)
        self.form.addRow(self.tr("&Method"), self.method)
        self.form.addRow(self.tr("R&eference"), self.reference)
        self.form.addRow(self.tr("Preview"), self.preview)
        self.form.addRow("", self.unapplied)
        self.setMinimumWidth(640)
        self.set_ok_text(self.tr("Record Payment"))

        self.customer.textChanged.connect(self._customer_changed)
        self.watch(self.customer, self.on, self.amount, self.apply_to)
        if customer_code:
            self.customer.setText(customer_code)
        self._customer_changed()
        if invoice_number:
            i = self.apply_to.findData(invoice_number)
            if i >= 0:
                self.apply_to.setCurrentIndex(i)
        self._touched = False
        self.revalidate()
        (self.amount if customer_code else self.customer).setFocus()

    def _customer_changed(self, *_a: object) -> None:
        c = self.customer.choice()
        if c == self._filled_for:
            return
        self._filled_for = c
        self.apply_to.blockSignals(True)
        self.apply_to.clear()
        self.apply_to.addItem(self.tr("Oldest invoices first"), "")
        if c:
            self.currency.setText(c.currency)
            rows = browse.open_invoices_of(self.ledger, c.code, c.currency)
            self.customer_info.setText(self.tr("%1 · %2 open invoices in %3").replace("%1", c.name)
                                       .replace("%2", fmt.count(len(rows))).replace("%3", c.currency))
            for r in rows:
                self.apply_to.addItem(self.tr("%1 — due %2, open %3").replace("%1", r.number)
                                      .replace("%2", fmt.day(r.due_date))
                                      .replace("%3", fmt.money(r.open_amount, r.currency)), r.number)
        else:
            self.currency.setText("")
            self.customer_info.setText("")
        self.apply_to.blockSignals(False)

    def _show_preview(self, preview: AllocationPreview | None) -> None:
        lines = preview.lines if preview else ()
        self.preview.setRowCount(len(lines))
        for i, line in enumerate(lines):
            cur = preview.currency
            cells = [line.invoice_number, fmt.day(line.due_date), fmt.money(line.open_before, cur),
                     fmt.money(line.applied, cur), fmt.money(line.open_after, cur)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 1:
                    item.setTextAlignment(RIGHT)
                self.preview.setItem(i, c, item)
        if preview and preview.unapplied:
            self.unapplied.setText(self.tr("%1 is more than is open; it stays on the account as credit.")
                                   .replace("%1", fmt.money(preview.unapplied, preview.currency)))
        else:
            self.unapplied.setText("")

    def check(self) -> None:
        try:
            self._check()
        except UserError:
            self._show_preview(None)
            raise

    def _check(self) -> None:
        code = fields.required(self.customer.code(), self.tr("customer"))
        c = self.customer.choice()
        if c is None:
            raise UserError(self.tr("There is no customer with code '%1'.").replace("%1", code))
        amount = fields.parse_money(self.amount.text(), c.currency, self.tr("amount"))
        invoice = self.apply_to.currentData() or None
        preview = browse.preview_allocation(self.ledger, c.code, amount, c.currency, invoice)
        self._show_preview(preview)
        self._values = dict(code=c.code, on=self.on.date().toPython(), amount=amount, currency=c.currency,
                            invoice=invoice, method=self.method.currentText().strip(),
                            reference=self.reference.text().strip())

    def save(self) -> None:
        v = self._values
        assert v is not None
        v["method"] = self.method.currentText().strip()
        v["reference"] = self.reference.text().strip()
        self.result_ = self.ledger.record_payment(v["code"], v["on"], v["amount"], currency=v["currency"],
                                                  invoice_number=v["invoice"], method=v["method"],
                                                  reference=v["reference"])

    def summary(self) -> str:
        r = self.result_
        if r is None:
            return ""
        assert self._values is not None
        text = self.tr("Payment of %1 recorded and applied to %n invoice(s)", "", len(r.allocations)).replace(
            "%1", fmt.money(self._values["amount"], r.currency))
        if r.unapplied:
            text += self.tr("; %1 left as credit").replace("%1", fmt.money(r.unapplied, r.currency))
        return text + "."
