"""Customers page: search, sortable list with balances; double-click edits, context menu acts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QWidget

from arledger.gui.models.customers import CustomerTableModel
from arledger.gui.operations import Reads
from arledger.gui.views.page import LedgerPage, empty_hint, hbox, page_header, page_layout, search_box
from arledger.gui.views.tables import LedgerTableView
from arledger.services import customer_list
from arledger.services.changes import Changes
from arledger.services.customer_list import CustomerRow
from arledger.services.ledger import Ledger


class CustomersPage(LedgerPage):
    icon_name = "customers"
    show_invoices_requested = Signal(str)  # customer code
    edit_requested = Signal()

    def __init__(self, ledger: Ledger, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.actions_by_name = actions
        self.model = CustomerTableModel(ledger, self)
        self.model.worker_path = ledger.path
        self.model.page_loaded.connect(self._show_empty)
        self.counter = Reads(self, idle=True)
        self.count: int | None = None
        header, self.subtitle = page_header(self.title())

        self.search, self._debounce = search_box(self, "customerSearch", self.tr("Search code, name, email or phone"),
                                                 320, self._apply_search)

        self.risk = QComboBox()
        self.risk.setObjectName("customerRisk")
        self.risk.addItem(self.tr("Any risk"), "")
        for tier in ("A", "B", "C"):
            self.risk.addItem(self.tr("Risk %1").replace("%1", tier), tier)
        self.risk.currentIndexChanged.connect(self._apply_search)

        new_button = QPushButton(actions["new_customer"].icon(), self.tr("New customer"))
        new_button.clicked.connect(actions["new_customer"].trigger)
        edit_button = QPushButton(self.tr("Edit"))
        edit_button.clicked.connect(actions["edit_customer"].trigger)
        invoices_button = QPushButton(self.tr("Show invoices"))
        invoices_button.clicked.connect(self._show_invoices)

        self.table = LedgerTableView()
        self.table.setObjectName("customerTable")
        self.table.set_keyset_model(self.model)
        self.table.doubleClicked.connect(lambda _i: actions["open_customer"].trigger())
        self.table.activated.connect(lambda _i: actions["open_customer"].trigger())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty = empty_hint()

        lay = page_layout(self)
        lay.addWidget(header)
        lay.addLayout(hbox(self.search, self.risk, new_button, edit_button, invoices_button, stretch_at=2))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)

    def title(self) -> str:
        return self.tr("Customers")

    def set_ledger(self, ledger: Ledger) -> None:
        super().set_ledger(ledger)
        self.model.ledger = ledger
        self.model.worker_path = ledger.path

    def refresh(self) -> None:
        super().refresh()
        self.model.reload()
        self._update_counts()

    def apply_changes(self, changes: Changes, visible: bool) -> None:
        """Balances of some customers moved: their rows are read again in place (selection and scroll stay).
        New or renamed customers change the list itself, which is read again."""
        if changes.customer_list or changes.settings:
            super().apply_changes(changes, visible)
        elif changes.customers and not self.stale:
            self.model.refresh_keys(changes.customers)

    def _apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.search.text(), self.risk.currentData() or "")
        self._update_counts()

    def _update_counts(self) -> None:
        """Count the matching customers off the GUI thread; the subtitle fills in when the number arrives."""
        self.count = None
        self.empty.hide()
        self.subtitle.setText(self.tr("Searching…") if self.model.filter.search else self.tr("Counting…"))
        flt = self.model.filter
        self.counter.start("count", self.ledger.path, lambda led: customer_list.count_customers(led, flt),
                           self._show_count, self.subtitle.setText)

    def _show_count(self, n: int) -> None:
        self.count = n
        if self.model.filter.search:
            self.subtitle.setText(self.tr("%Ln customer(s) match “%1”", "", n)
                                  .replace("%1", self.model.filter.search))
        else:
            self.subtitle.setText(self.tr("%Ln customer(s)", "", n))
        self._show_empty()

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0 and not self.model.loading
        if empty:
            searching = bool(self.model.filter.search or self.model.filter.risk)
            self.empty.setText(self.tr("No customer matches the search.") if searching
                               else self.tr("No customers yet. Add one with New customer (Ctrl+Shift+N), import a "
                                            "file (Ctrl+I), or try the sample ledger (File ▸ New Ledger, "
                                            "or arledger --demo)."))
        self.empty.setVisible(empty)

    def current_row(self) -> CustomerRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_customer_code(self) -> str:
        row = self.current_row()
        return row.code if row else ""

    def select_code(self, code: str) -> None:
        for i, r in enumerate(self.model.rows()):
            if r.code == code:
                self.table.selectRow(i)
                return

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def _show_invoices(self) -> None:
        code = self.selected_customer_code()
        if code:
            self.show_invoices_requested.emit(code)

    def _context_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.actions_by_name["open_customer"])
        menu.addAction(self.actions_by_name["edit_customer"])
        menu.addAction(self.tr("Show invoices"), self._show_invoices)
        menu.addSeparator()
        menu.addAction(self.actions_by_name["new_invoice"])
        menu.addAction(self.actions_by_name["record_payment"])
        menu.addSeparator()
        for name in ("log_contact", "record_promise", "record_plan", "preview_letter", "statement"):
            menu.addAction(self.actions_by_name[name])
        menu.exec(self.table.viewport().mapToGlobal(pos))
