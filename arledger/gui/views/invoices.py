"""Invoices page: open items by default; filter by status, currency, customer; search; sort any column."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QPushButton, QToolButton, QWidget

from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.models.invoices import InvoiceTableModel
from arledger.gui.operations import Reads
from arledger.gui.views.page import LedgerPage, empty_hint, hbox, page_header, page_layout, search_box
from arledger.gui.views.tables import LedgerTableView
from arledger.services import invoice_list
from arledger.services.changes import Changes
from arledger.services.invoice_list import InvoiceFilter, InvoiceRow, InvoiceStatus
from arledger.services.ledger import Ledger


class InvoicesPage(LedgerPage):
    icon_name = "invoices"

    def __init__(self, ledger: Ledger, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.actions_by_name = actions
        self.model = InvoiceTableModel(ledger, self)
        self.model.worker_path = ledger.path
        self.model.page_loaded.connect(self._page_loaded)
        self.counter = Reads(self, idle=True)
        self.count: int | None = None  # matching invoices, once the count has arrived
        header, self.subtitle = page_header(self.title())

        self.search, self._debounce = search_box(
            self, "invoiceSearch", self.tr("Search invoice number, reference or customer"), 300, self._apply_filter)

        self.status = QComboBox()
        self.status.setObjectName("invoiceStatus")
        for text, value in ((self.tr("Open"), InvoiceStatus.OPEN), (self.tr("Overdue"), InvoiceStatus.OVERDUE),
                            (self.tr("Settled"), InvoiceStatus.SETTLED), (self.tr("All invoices"), InvoiceStatus.ALL)):
            self.status.addItem(text, value)
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.currency = QComboBox()
        self.currency.setObjectName("invoiceCurrency")
        self.currency.currentIndexChanged.connect(self._apply_filter)
        self.bucket = QComboBox()
        self.bucket.setObjectName("invoiceBucket")
        self.bucket.setToolTip(self.tr("Days past due (the ledger's aging buckets)"))
        self._fill_buckets()
        self.bucket.currentIndexChanged.connect(self._apply_filter)

        self.customer_chip = QLabel()
        self.customer_chip.setObjectName("filterChip")
        self.clear_customer = QToolButton()
        self.clear_customer.setText("×")
        self.clear_customer.setToolTip(self.tr("Show every customer's invoices"))
        self.clear_customer.setAutoRaise(True)
        self.clear_customer.clicked.connect(lambda: self.show_filter(dataclasses.replace(self.model.filter,
                                                                                         customer_code="")))
        self._customer_code = ""

        buttons = []
        for key in ("new_invoice", "record_payment", "write_off"):
            b = QPushButton(self.actions_by_name[key].icon(), self.actions_by_name[key].iconText())
            b.clicked.connect(self.actions_by_name[key].trigger)
            buttons.append(b)

        self.table = LedgerTableView()
        self.table.setObjectName("invoiceTable")
        self.table.set_keyset_model(self.model)
        # activated: a double click or Enter (a modal view must not open twice, so not doubleClicked too)
        self.table.activated.connect(lambda _i: self._open_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty = empty_hint()

        lay = page_layout(self)
        lay.addWidget(header)
        lay.addLayout(hbox(self.search, self.status, self.bucket, self.currency, self.customer_chip,
                           self.clear_customer, *buttons, stretch_at=6))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        self._show_customer_chip()

    def title(self) -> str:
        return self.tr("Invoices")

    def set_ledger(self, ledger: Ledger) -> None:
        super().set_ledger(ledger)
        self.model.ledger = ledger
        self.model.worker_path = ledger.path
        self._customer_code = ""

    def apply_changes(self, changes: Changes, visible: bool) -> None:
        """Amounts of some invoices moved: their rows are read again in place (selection and scroll stay).
        Added or voided invoices change the list itself, which is read again."""
        if changes.invoice_list or changes.customer_list or changes.settings:
            super().apply_changes(changes, visible)
        elif changes.invoices and not self.stale and self.model.refresh_keys(changes.invoices):
            self._update_counts()  # a settled invoice leaves a list of open ones

    def refresh(self) -> None:
        super().refresh()
        self._fill_currencies()
        self.model.filter = self._filter_from_controls()
        self.model.reload()
        self._update_counts()

    def _fill_currencies(self) -> None:
        current = self.currency.currentData() or ""
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItem(self.tr("All currencies"), "")
        for cur in invoice_list.currencies(self.ledger):
            self.currency.addItem(cur, cur)
        self.currency.setCurrentIndex(max(0, self.currency.findData(current)))
        self.currency.blockSignals(False)

    def _fill_buckets(self) -> None:
        self.bucket.blockSignals(True)
        self.bucket.clear()
        self.bucket.addItem(self.tr("Any age"), None)
        for k, shown in enumerate(fmt.bucket_titles(invoice_list.bucket_scheme(self.ledger), self.tr("%1 days late"))):
            self.bucket.addItem(shown, k)
        self.bucket.blockSignals(False)

    def _filter_from_controls(self) -> InvoiceFilter:
        return InvoiceFilter(status=InvoiceStatus(self.status.currentData() or InvoiceStatus.OPEN),
                             search=self.search.text().strip(), currency=self.currency.currentData() or "",
                             customer_code=self._customer_code, bucket=self.bucket.currentData())

    def _apply_filter(self) -> None:
        self._debounce.stop()
        if self.stale:
            return  # the next refresh reads the controls
        self.model.set_filter(self._filter_from_controls())
        self._update_counts()

    def show_filter(self, flt: InvoiceFilter) -> None:
        """Show the invoices behind a dashboard figure or a customer (sets the controls to match)."""
        if self.currency.count() <= 1:
            self._fill_currencies()
        for w in (self.status, self.currency, self.search, self.bucket):
            w.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(flt.status)))
        self.bucket.setCurrentIndex(max(0, self.bucket.findData(flt.bucket)) if flt.bucket is not None else 0)
        i = self.currency.findData(flt.currency)
        self.currency.setCurrentIndex(i if i >= 0 else 0)
        self.search.setText(flt.search)
        for w in (self.status, self.currency, self.search, self.bucket):
            w.blockSignals(False)
        self._customer_code = flt.customer_code
        self._show_customer_chip()
        if self.stale:
            self.refresh()
        else:
            self._apply_filter()

    def _show_customer_chip(self) -> None:
        shown = bool(self._customer_code)
        if shown:
            try:
                name = self.ledger.customer(self._customer_code).name
            except UserError:
                name = ""
            self.customer_chip.setText(self.tr("Customer: %1").replace(
                "%1", f"{self._customer_code} · {name}" if name else self._customer_code))
        self.customer_chip.setVisible(shown)
        self.clear_customer.setVisible(shown)

    def _update_counts(self) -> None:
        """Count the matching invoices off the GUI thread; the subtitle says so until the number arrives."""
        self.count = None
        self.subtitle.setText(self.tr("Searching…") if self.model.filter.search else self.tr("Counting…"))
        self.empty.hide()
        flt = self.model.filter
        self.counter.start("count", self.ledger.path, lambda led: invoice_list.count_invoices(led, flt),
                           self._show_count, self.subtitle.setText)

    def _show_count(self, n: int) -> None:
        self.count = n
        if self.model.last_error:
            self.subtitle.setText(self.model.last_error)
            return
        label = {InvoiceStatus.OPEN: self.tr("%Ln open invoice(s)", "", n),
                 InvoiceStatus.OVERDUE: self.tr("%Ln overdue invoice(s)", "", n),
                 InvoiceStatus.SETTLED: self.tr("%Ln settled invoice(s)", "", n),
                 InvoiceStatus.ALL: self.tr("%Ln invoice(s)", "", n)}[self.model.filter.status]
        self.subtitle.setText(label)
        self._show_empty()

    def _page_loaded(self) -> None:
        if self.model.last_error:
            self.subtitle.setText(self.model.last_error)
        self._show_empty()

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0 and not self.model.loading and not self.model.last_error
        if empty and self.count == 0 and not self.model.filter.search and self.model.filter.status in (
                InvoiceStatus.ALL, InvoiceStatus.OPEN) and not self._customer_code and self.currency.currentData() \
                in (None, "") and self.bucket.currentData() is None and invoice_list.currencies(self.ledger) == []:
            self.empty.setText(self.tr("No invoices yet. Add one with New invoice (Ctrl+N), or bring in your "
                                       "books with Import (Ctrl+I)."))
        else:
            self.empty.setText(self.tr("No invoice matches these filters."))
        self.empty.setVisible(empty)

    def current_row(self) -> InvoiceRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_invoice_number(self) -> str:
        row = self.current_row()
        return row.number if row else ""

    def selected_customer_code(self) -> str:
        row = self.current_row()
        return row.customer_code if row else self._customer_code

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def _open_current(self) -> None:
        number = self.selected_invoice_number()
        if number:
            self.open_invoice_requested.emit(number)

    def _context_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        for key in ("open_invoice", "record_payment", "write_off", "new_invoice", "edit_customer"):
            menu.addAction(self.actions_by_name[key])
        menu.exec(self.table.viewport().mapToGlobal(pos))
