"""Invoices (open items by default), a keyset page at a time, sorted and filtered in SQL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.icons import icon
from arledger.gui.models.keyset import CENTER, RIGHT, Column, KeysetTableModel
from arledger.services import invoice_list
from arledger.services.invoice_list import InvoiceFilter, InvoiceRow, InvoiceSort, InvoiceStatus
from arledger.services.ledger import Ledger

OVERDUE_COLOUR = QColor("#b3261e")
LATE_COLOUR = QColor("#9a6700")
SETTLED_COLOUR = QColor("#1a7f37")


class InvoiceTableModel(KeysetTableModel[InvoiceRow]):
    """Number, customer, dates, days overdue, amount, open amount, currency, reference."""

    def __init__(self, ledger: Ledger, parent: QObject | None = None, *, as_of: date | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.as_of = as_of
        self.filter = InvoiceFilter()
        self._columns: list[Column[InvoiceRow]] = [
            Column(self.tr("Invoice"), lambda r: r.number, InvoiceSort.NUMBER, width=120,
                   icon=lambda r: icon("dispute") if r.disputed else None,
                   tooltip=lambda r: self.tr("Disputed: an open dispute covers all or part of this invoice")
                   if r.disputed else ""),
            Column(self.tr("Customer"), lambda r: r.customer_code, InvoiceSort.CUSTOMER, width=80),
            Column(self.tr("Name"), lambda r: r.customer_name, None, width=220, stretch=True),
            Column(self.tr("Issued"), lambda r: fmt.day(r.issue_date), InvoiceSort.ISSUE, RIGHT, width=100),
            Column(self.tr("Due"), lambda r: fmt.day(r.due_date), InvoiceSort.DUE, RIGHT, width=100),
            Column(self.tr("Days late"), self._late_text, InvoiceSort.DUE, RIGHT, width=80),
            Column(self.tr("Amount"), lambda r: fmt.amount(r.amount, r.currency), InvoiceSort.AMOUNT, RIGHT,
                   width=110),
            Column(self.tr("Open"), lambda r: fmt.amount(r.open_amount, r.currency), InvoiceSort.OPEN, RIGHT,
                   width=110),
            Column(self.tr("Cur."), lambda r: r.currency, InvoiceSort.CURRENCY, CENTER, width=50),
            Column(self.tr("Reference"), lambda r: r.reference, None, width=100),
        ]
        self.set_initial_sort(4)

    def _late_text(self, r: InvoiceRow) -> str:
        if r.settled_on is not None:
            return self.tr("paid")
        late = fmt.count(r.days_overdue) if r.days_overdue else ""
        return f"{late} · {self.tr('disputed')}" if r.disputed and late else self.tr("disputed") if r.disputed \
            else late

    def columns(self) -> Sequence[Column[InvoiceRow]]:
        return self._columns

    def set_filter(self, flt: InvoiceFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()

    def sort(self, column: int, order: Any = None) -> None:
        # "Days late" sorts by due date in the opposite direction: most days late = earliest due.
        order = Qt.SortOrder.AscendingOrder if order is None else order
        if column == 5:
            flipped = Qt.SortOrder.DescendingOrder if order == Qt.SortOrder.AscendingOrder \
                else Qt.SortOrder.AscendingOrder
            descending = flipped == Qt.SortOrder.DescendingOrder
            if (self.sort_column, self._descending) != (5, descending):
                self._sort_column, self._descending = 5, descending
                self.reload()
            return
        super().sort(column, order)

    def page_reader(self, cursor: Any, sort_key: str | None, descending: bool
                    ) -> Callable[[Ledger], tuple[Sequence[InvoiceRow], Any]]:
        flt, as_of, sort = self.filter, self.as_of, InvoiceSort(sort_key or InvoiceSort.DUE)

        def read(ledger: Ledger) -> tuple[Sequence[InvoiceRow], Any]:
            page = invoice_list.invoices_page(ledger, flt, sort=sort, descending=descending, after=cursor, as_of=as_of)
            return page.rows, page.next
        return read

    def row_key(self, row: InvoiceRow) -> str:
        return row.number

    def rows_reader(self, keys: frozenset[str]) -> Callable[[Ledger], dict[str, InvoiceRow | None]]:
        as_of, status = self.as_of, self.filter.status

        def read(ledger: Ledger) -> dict[str, InvoiceRow | None]:
            found: dict[str, InvoiceRow | None] = {}
            for number in keys:
                with suppress(UserError):  # voided meanwhile: the row stays until the list is read again
                    row = invoice_list.invoice_row(ledger, number, as_of)
                    found[number] = row if _still_listed(row, status) else None
            return found
        return read

    def row_brush(self, row: InvoiceRow, column: int) -> Any:
        if column == 5:
            if row.settled_on is not None:
                return QBrush(SETTLED_COLOUR)
            if row.days_overdue > 90:
                return QBrush(OVERDUE_COLOUR)
            if row.days_overdue > 0:
                return QBrush(LATE_COLOUR)
        return None


def _still_listed(row: InvoiceRow, status: InvoiceStatus) -> bool:
    """Does the row still belong in a list filtered by this status (a payment can settle it)?"""
    if status is InvoiceStatus.OPEN:
        return row.open_amount > 0
    if status is InvoiceStatus.OVERDUE:
        return row.open_amount > 0 and row.days_overdue > 0
    if status is InvoiceStatus.SETTLED:
        return row.open_amount == 0
    return True
