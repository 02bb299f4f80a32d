"""Record a payment: who paid, when, how much; applied oldest first, to one invoice, or to the invoices the
user ticks with the amounts typed. The table lists the account's open invoices in the payment's currency (the
oldest 500 when there are more), and what stays as credit is always seen against the whole open balance;
existing unapplied credit can be applied in the same step.

Every open invoice is reachable through the find box above the table: it lists the invoices whose number or
reference contains what is typed, or whose amount or open amount it is. A find box rather than a list that loads
more rows as it scrolls, because a payment is applied from a remittance or bank line that names the invoice (or
its amount): the clerk types INV-004711 rather than scrolling past 4,700 rows, and a cash-application screen in
any accounting package works so. The oldest 500 stay listed without a search (what oldest-first allocation
takes); the line under the table says how many of how many are shown.

What the user ticked or typed belongs to the payment, not to the view: it is kept by invoice number while the
search changes what is listed, and counted in the allocation and in what stays as credit.

Nothing here reads the ledger on the GUI thread: the account (its open invoices and credit), the search and the
allocation preview are reads off it (gui/latest_read.py), started once the input has been still for a moment;
the newest input wins, and OK is enabled only when the preview shown is the one for what is typed now."""

from __future__ import annotations

import contextlib
from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.money import format_amount
from arledger.domain.record_words import PAYMENT_METHODS, payment_method_word
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.account_read import AccountRead
from arledger.gui.dialogs.base import CustomerPickerEdit, Pending, ValidatedDialog, date_edit
from arledger.gui.latest_read import LatestRead
from arledger.gui.qdates import to_date
from arledger.services import allocation_preview
from arledger.services.allocation_preview import AllocationPreview, InvoiceMatches, SettlementAccount
from arledger.services.changes import Changes
from arledger.services.invoice_list import InvoiceRow
from arledger.services.ledger import Ledger, SettlementResult

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FindEdit(QLineEdit):
    """The find box: Enter goes to the invoices found (`entered`), never on to the dialog's OK, so a search
    ended with Enter does not record the payment."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.entered.emit()
            return
        super().keyPressEvent(event)


SPLIT = "*split*"  # apply_to's data when the user ticks invoices and types amounts
COL_INVOICE, COL_DUE, COL_OPEN, COL_APPLY, COL_LEFT = range(5)


class PaymentDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, customer_code: str = "", invoice_number: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record Payment"), parent)
        self.setObjectName("paymentDialog")
        self.ledger = ledger
        self.result_: SettlementResult | None = None
        self.credit_results: list[SettlementResult] = []
        self.credit_left = 0  # unapplied credit after the save (read by the write, for the summary)
        self._values: dict[str, Any] | None = None
        self._account: SettlementAccount | None = None  # the account shown (its invoices fill the table)
        self._rows: list[InvoiceRow] = []  # the invoices listed in the table now (the oldest, or those found)
        self._listed_of = 0  # how many open invoices the listed ones are drawn from (all, or all that match)
        # What the table's ticks say, for every invoice, listed or not: number -> the amount text in "Apply" (the
        # user's, or filled in from the preview), and each ticked invoice's open amount.
        self._ticks: dict[str, str] = {}
        self._open: dict[str, int] = {}
        self._shown_preview: Hashable | None = None  # the input whose allocation the table shows
        self._preselect = invoice_number  # chosen in "Apply to" once the account is in
        self._filling = False
        self.previews = LatestRead(lambda: self.ledger.path, self)
        self.matches = LatestRead(lambda: self.ledger.path, self)  # the invoices found by what is typed in `find`

        self.customer = CustomerPickerEdit(ledger)
        self.customer.setObjectName("customer")
        self.accounts = AccountRead(ledger, self.customer, self)
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
        # as wide as the form: its invoices arrive after the dialog is shown, too late to size it by them
        self.apply_to.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.setObjectName("paymentMethod")
        for code in PAYMENT_METHODS:  # stored by code, shown in the reader's language; typed words stay as typed
            self.method.addItem(fmt.message_text(payment_method_word(code)), code)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Bank statement reference"))

        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("allocationPreview")
        self.preview.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Due"), self.tr("Open now"),
                                                self.tr("Apply"), self.tr("Left open")])
        self.preview.setToolTip(self.tr("Tick the invoices the payer named and type how much goes to each"))
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview.setShowGrid(False)
        self.preview.setAlternatingRowColors(True)
        hh = self.preview.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the invoice number whole (INV-0010235 was cut to INV-00102… in German, whose labels take more room)
        hh.setSectionResizeMode(COL_INVOICE, QHeaderView.ResizeMode.Interactive)
        self.preview.setColumnWidth(COL_INVOICE, self.preview.fontMetrics().horizontalAdvance("INV-00000000") + 48)
        hh.setHighlightSections(False)
        self.preview.setMinimumHeight(190)
        self.find_invoice = FindEdit()
        self.find_invoice.setObjectName("findInvoice")
        self.find_invoice.setPlaceholderText(self.tr("Find an invoice by number, reference or amount"))
        self.find_invoice.setClearButtonEnabled(True)
        self.listed = QLabel()
        self.listed.setObjectName("hint")
        self.listed.setWordWrap(True)
        self.unapplied = QLabel()
        self.unapplied.setObjectName("hint")
        self.unapplied.setWordWrap(True)
        # as wide as the form: a wrapped label's own width hint would fold the sentence into a narrow column
        self.unapplied.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # room for two lines from the start: a shown dialog does not grow for a wrapped label's height for width
        for label in (self.listed, self.unapplied):
            label.setMinimumHeight(label.fontMetrics().lineSpacing() * 2 + 4)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.use_credit = QCheckBox()
        self.use_credit.setObjectName("useCredit")
        self.use_credit.hide()

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
        invoices = QVBoxLayout()
        invoices.setSpacing(6)
        invoices.addWidget(self.find_invoice)
        invoices.addWidget(self.preview)
        invoices.addWidget(self.listed)
        self.add_row(self.tr("&Invoices"), invoices, self.find_invoice)
        self.form.addRow("", self.unapplied)
        self.form.addRow("", self.use_credit)
        self.setMinimumWidth(680)
        self.set_ok_text(self.tr("Record Payment"))

        self.customer.textChanged.connect(self._customer_changed)
        self.preview.itemChanged.connect(self._table_edited)
        self.find_invoice.textChanged.connect(self._find_changed)
        self.find_invoice.entered.connect(self._to_found)
        self.matches.arrived.connect(self._matches_arrived)
        self.apply_to.currentIndexChanged.connect(self._say_listed)  # ticked-but-not-listed counts in one mode
        self.accounts.arrived.connect(self._account_arrived)
        self.previews.arrived.connect(self.revalidate)
        self.watch(self.customer, self.on, self.amount, self.apply_to, self.use_credit)
        self._show_account(None)
        if customer_code:
            self.customer.setText(customer_code)
        self._touched = False
        self.revalidate()
        (self.amount if customer_code else self.customer).setFocus()

    def done(self, result: int) -> None:
        # the table's items go with the dialog; no edit signal may reach this object while it is torn down
        self.preview.blockSignals(True)
        self.accounts.clear()
        self.previews.clear()
        self.matches.clear()
        super().done(result)

    # -- the account: read off the GUI thread when the customer code changes ----------------------------------
    def _customer_changed(self, *_a: object) -> None:
        if self.accounts.is_other_customer(self._account):
            self._show_account(None)

    def _account_arrived(self) -> None:
        self.accounts.show_arrived(self, self._show_account)

    def _show_account(self, account: SettlementAccount | None) -> None:
        self._account = account
        self._shown_preview = None
        self.apply_to.blockSignals(True)
        self.apply_to.clear()
        self.apply_to.addItem(self.tr("Oldest invoices first"), "")
        self._rows = []
        self._listed_of = 0
        self._ticks = {}
        self._open = {}
        self.matches.clear()
        if account is not None:
            c = account.customer
            self.currency.setText(c.currency)
            self._rows = list(account.invoices)
            self._listed_of = account.open_count
            info = (self.tr("%1 · %2 open invoices, %3 open in all").replace("%1", c.name)
                    .replace("%2", fmt.count(account.open_count))
                    .replace("%3", fmt.money(account.open_total, c.currency)))
            self.customer_info.setText(info)
            for r in self._rows:
                self.apply_to.addItem(self.tr("%1 — due %2, open %3").replace("%1", r.number)
                                      .replace("%2", fmt.day(r.due_date))
                                      .replace("%3", fmt.money(r.open_amount, r.currency)), r.number)
            self.apply_to.addItem(self.tr("The invoices ticked below"), SPLIT)
            if self._preselect:
                if self.apply_to.findData(self._preselect) < 0:
                    # not among the oldest listed: still the invoice the payment is for (the preview checks it
                    # is this customer's and open), and found in the table below
                    self.apply_to.insertItem(1, self.tr("Invoice %1").replace("%1", self._preselect),
                                             self._preselect)
                    self.find_invoice.setText(self._preselect)
                self.apply_to.setCurrentIndex(self.apply_to.findData(self._preselect))
                self._preselect = ""
            self.use_credit.setText(self.tr("Also apply the account's unapplied credit of %1 (oldest invoices "
                                            "first)").replace("%1", fmt.money(account.credit, c.currency)))
            self.use_credit.setChecked(False)
            self.use_credit.setVisible(account.credit > 0)
        else:
            self.currency.setText("")
            self.customer_info.setText("")
            self.use_credit.hide()
        self.apply_to.blockSignals(False)
        self._find_changed()

    # -- finding invoices: what is listed changes, what is ticked stays ----------------------------------------
    def _find_key(self) -> tuple[str, str, str] | None:
        account = self._account
        text = self.find_invoice.text().strip()
        if account is None or not text:
            return None
        return (account.customer.code.upper(), account.customer.currency, text)

    def _find_changed(self, *_a: object) -> None:
        account = self._account
        key = self._find_key()
        if account is None or key is None:
            self.matches.clear()
            self._list(list(account.invoices) if account else [], account.open_count if account else 0)
            return
        got = self.matches.result(key)
        if got is not None:  # back to a search already read
            self._matches_arrived()
            return
        code, currency, text = key
        self.matches.request(key, lambda led: allocation_preview.find_open_invoices(led, code, currency, text))
        self.listed.setText(self.tr("Finding invoices…"))

    def _to_found(self) -> None:
        """Enter in the find box: on to the first invoice listed, whose tick the space bar sets."""
        if self.preview.rowCount():
            self.preview.setFocus()
            self.preview.setCurrentCell(0, COL_INVOICE)

    def _matches_arrived(self) -> None:
        key = self._find_key()
        got = self.matches.result(key) if key is not None else None
        if got is None:
            return  # for a search no longer typed
        if got.error:
            self.listed.setText(got.error)
            return
        found: InvoiceMatches = got.value
        self._list(list(found.rows), found.count)

    def _list(self, rows: list[InvoiceRow], of: int) -> None:
        """List these invoices (drawn from `of` open ones) with the ticks the payment has for them."""
        self._rows = rows
        self._listed_of = of
        self._fill_table()

    def _say_listed(self, *_a: object) -> None:
        shown, of = len(self._rows), self._listed_of
        wanted = self.find_invoice.text().strip()
        if self._account is None:
            text = ""
        elif not wanted:
            text = "" if shown >= of else self.tr("Showing %1 of %Ln open invoices — type to find others", "",
                                                  of).replace("%1", fmt.count(shown))
        elif of == 0:
            text = self.tr("No open invoice matches “%1”.").replace("%1", wanted)
        elif shown >= of:
            text = self.tr("%Ln open invoice(s) match “%1”.", "", of).replace("%1", wanted)
        else:
            text = self.tr("Showing %1 of %Ln open invoices that match “%2” — type more to narrow them", "",
                           of).replace("%1", fmt.count(shown)).replace("%2", wanted)
        listed = {r.number for r in self._rows}
        hidden = sum(1 for n in self._ticks if n not in listed) if self.apply_to.currentData() == SPLIT else 0
        if hidden:
            text += ("\n" if text else "") + self.tr("%n ticked invoice(s) not listed here stay ticked.", "",
                                                      hidden)
        self.listed.setText(text)

    # -- the table of open invoices -------------------------------------------------------------------------
    def _fill_table(self) -> None:
        """One row per listed invoice: ticked and filled where the payment's ticks say."""
        self._filling = True
        self.preview.setUpdatesEnabled(False)
        try:
            self.preview.setRowCount(len(self._rows))
            for i, r in enumerate(self._rows):
                self._open[r.number] = r.open_amount
                text = self._ticks.get(r.number)
                amount = 0 if text is None else self._sum_typed({r.number: text})
                ticked = text is not None
                shown = {COL_APPLY: text or "", COL_LEFT: fmt.money(r.open_amount - amount, r.currency)}
                first = self.preview.item(i, COL_INVOICE)
                if first is not None and first.text() == r.number:
                    # the same invoice in this row: only what the allocation changes is written again
                    state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                    if first.checkState() != state:
                        first.setCheckState(state)
                    for col, value in shown.items():
                        item = self.preview.item(i, col)
                        if item is not None and item.text() != value:
                            item.setText(value)
                    continue
                first = QTableWidgetItem(r.number)
                first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                cells = {COL_INVOICE: first, COL_DUE: QTableWidgetItem(fmt.day(r.due_date)),
                         COL_OPEN: QTableWidgetItem(fmt.money(r.open_amount, r.currency)),
                         COL_APPLY: QTableWidgetItem(shown[COL_APPLY]), COL_LEFT: QTableWidgetItem(shown[COL_LEFT])}
                for c, item in cells.items():
                    if c != COL_INVOICE:
                        item.setTextAlignment(RIGHT)
                    if c not in (COL_INVOICE, COL_APPLY):
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    self.preview.setItem(i, c, item)
        finally:
            self.preview.setUpdatesEnabled(True)
            self._filling = False
        self._say_listed()

    def _table_edited(self, item: QTableWidgetItem) -> None:
        """A tick or an amount typed by the user: the payment is now split as the table says."""
        if self._filling:
            return
        row = self._rows[item.row()] if item.row() < len(self._rows) else None
        if row is None:
            return
        if self.apply_to.currentData() == SPLIT:
            texts = dict(self._ticks)
        else:
            # the preview's allocation becomes the user's as far as they see it: what the search hides of it was
            # never theirs (ticking INV-004711 found by its number means that invoice, not the oldest as well)
            listed = {r.number for r in self._rows}
            texts = {n: t for n, t in self._ticks.items() if n in listed}
        if item.column() == COL_INVOICE:
            if item.checkState() == Qt.CheckState.Checked and not texts.get(row.number):
                # ticking fills in what the invoice still needs, up to what is left of the payment
                rest = self._amount_or_zero() - self._sum_typed(texts, but=row.number)
                texts[row.number] = format_amount(min(row.open_amount, rest), row.currency) if rest > 0 else ""
            elif item.checkState() != Qt.CheckState.Checked:
                texts.pop(row.number, None)
        elif item.column() == COL_APPLY:
            if item.text().strip():
                texts[row.number] = item.text().strip()
            else:
                texts.pop(row.number, None)
        self.apply_to.blockSignals(True)
        self.apply_to.setCurrentIndex(self.apply_to.findData(SPLIT))
        self.apply_to.blockSignals(False)
        self._shown_preview = None
        self._ticks = texts
        self._fill_table()
        self._changed()

    def _currency(self) -> str:
        return self._account.customer.currency if self._account is not None else ""

    def _amount_or_zero(self) -> int:
        try:
            return fields.parse_money(self.amount.text(), self._currency(), "amount") if self._account else 0
        except UserError:
            return 0

    def _sum_typed(self, texts: dict[str, str], but: str = "") -> int:
        total = 0
        for number, text in texts.items():
            if number != but and text and self._account is not None:
                with contextlib.suppress(UserError):  # a half-typed amount counts for nothing yet
                    total += fields.parse_money(text, self._currency(), "amount", positive=False)
        return total

    def _show_remainder(self, amount: int, applied: int, currency: str) -> None:
        left = amount - applied
        open_total = self._account.open_total if self._account is not None else 0
        if left <= 0:
            self.unapplied.setText("")
        elif amount > open_total:
            self.unapplied.setText(self.tr("%1 is more than the %2 open on the whole account; %3 stays on the "
                                           "account as credit.").replace("%1", fmt.money(amount, currency))
                                   .replace("%2", fmt.money(open_total, currency))
                                   .replace("%3", fmt.money(left, currency)))
        else:
            self.unapplied.setText(self.tr("%1 stays on the account as credit; %2 is open on the account in all "
                                           "(tick more invoices to apply it).").replace("%1", fmt.money(left, currency))
                                   .replace("%2", fmt.money(open_total, currency)))

    # -- checking ---------------------------------------------------------------------------------------------
    def check(self) -> None:
        self._values = None
        try:
            self._check()
        except (UserError, Pending):
            self.unapplied.setText("")
            raise

    def _check(self) -> None:
        fields.required(self.customer.code(), self.tr("customer"))
        account = self.accounts.now()
        c = account.customer
        amount = fields.parse_money(self.amount.text(), c.currency, self.tr("amount"))
        mode = self.apply_to.currentData() or None
        split: list[tuple[str, int]] | None = None
        if mode == SPLIT:
            split = []
            for number, text in self._ticks.items():
                if not text:
                    continue
                part = fields.parse_money(text, c.currency, self.tr("amount for %1").replace("%1", number))
                if part > self._open[number]:
                    raise UserError(self.tr("Invoice %1 has only %2 open.").replace("%1", number)
                                    .replace("%2", fmt.money(self._open[number], c.currency)))
                split.append((number, part))
            applied = sum(p for _, p in split)
            if applied > amount:
                raise UserError(self.tr("The ticked amounts add up to %1, more than the %2 received.")
                                .replace("%1", fmt.money(applied, c.currency))
                                .replace("%2", fmt.money(amount, c.currency)))
            self._show_remainder(amount, applied, c.currency)
            invoice = None
        else:
            invoice = mode
            preview = self._preview_now(c.code, amount, c.currency, invoice)
            self._show_remainder(amount, amount - preview.unapplied, c.currency)
        self._values = dict(code=c.code, on=to_date(self.on.date()), amount=amount, currency=c.currency,
                            invoice=invoice, split=split, method=self._method(),
                            reference=self.reference.text().strip(),
                            use_credit=account.credit > 0 and self.use_credit.isChecked())

    def _preview_now(self, code: str, amount: int, currency: str, invoice: str | None) -> AllocationPreview:
        """The allocation of this input, shown in the table once read; Pending while the read is on its way."""
        key = (code, amount, currency, invoice)
        got = self.previews.result(key)
        if got is None:
            self.previews.request(key, lambda led: allocation_preview.preview_allocation(led, code, amount, currency,
                                                                                         invoice))
            raise Pending(self.tr("Calculating the allocation…"))
        if got.error:
            raise UserError(got.error)
        preview: AllocationPreview = got.value
        if self._shown_preview != key:
            self._ticks = {line.invoice_number: format_amount(line.applied, currency) for line in preview.lines}
            self._open.update((line.invoice_number, line.open_before) for line in preview.lines)
            self._fill_table()
            self._shown_preview = key
        return preview

    def prepare(self) -> None:
        v = self._values
        assert v is not None
        v["method"] = self._method()
        v["reference"] = self.reference.text().strip()

    def _method(self) -> str:
        """The code of the method chosen, or the words typed."""
        text = self.method.currentText().strip()
        index = self.method.findText(text)
        return str(self.method.itemData(index)) if index >= 0 else text

    def write(self, ledger: Ledger) -> Changes:
        v = self._values
        assert v is not None
        with ledger.database.atomic():  # the payment and the credit applied with it: one transaction
            self.result_ = ledger.record_payment(v["code"], v["on"], v["amount"], currency=v["currency"],
                                                 invoice_number=v["invoice"], method=v["method"],
                                                 reference=v["reference"], allocations=v["split"])
            if v["use_credit"]:
                self.credit_results = ledger.apply_credit(v["code"], v["on"])
        self.credit_left = ledger.unapplied_credit(v["code"]).get(v["currency"], 0)
        settled = [n for r in (self.result_, *self.credit_results) for n, _ in r.allocations]
        return Changes.of([v["code"]], settled)

    def summary(self) -> str:
        r = self.result_
        if r is None:
            return ""
        assert self._values is not None
        text = self.tr("Payment of %1 recorded and applied to %n invoice(s)", "", len(r.allocations)).replace(
            "%1", fmt.money(self._values["amount"], r.currency))
        if self.credit_results:
            used = sum(a for res in self.credit_results for _, a in res.allocations)
            text += self.tr("; %1 of earlier credit applied").replace("%1", fmt.money(used, r.currency))
        if self.credit_left:
            text += self.tr("; %1 left as credit").replace("%1", fmt.money(self.credit_left, r.currency))
        return text + "."
