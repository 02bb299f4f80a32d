"""Customers with their open balances, a keyset page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from arledger.gui import formatting as fmt
from arledger.gui.models.keyset import CENTER, RIGHT, Column, KeysetTableModel
from arledger.services import customer_list
from arledger.services.customer_list import CustomerFilter, CustomerRow, CustomerSort
from arledger.services.ledger import Ledger

OVERDUE_COLOUR = QColor("#b3261e")
MUTED_COLOUR = QColor("#6b7280")


def _balance_text(row: CustomerRow) -> str:
    main = row.main_balance
    text = fmt.money(main.open_amount, main.currency) if main.open_amount else "—"
    if row.other_balances:
        text += " + " + ", ".join(fmt.money(b.open_amount, b.currency) for b in row.other_balances)
    return text


def _overdue_text(row: CustomerRow) -> str:
    main = row.main_balance
    parts = [fmt.money(main.overdue_amount, main.currency)] if main.overdue_amount else []
    parts += [fmt.money(b.overdue_amount, b.currency) for b in row.other_balances if b.overdue_amount]
    return ", ".join(parts) or "—"


class CustomerTableModel(KeysetTableModel[CustomerRow]):
    """Code, name, country, currency, terms, open balance, overdue, open invoices, oldest due date."""

    def __init__(self, ledger: Ledger, parent: QObject | None = None, *, as_of: date | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.as_of = as_of
        self.filter = CustomerFilter()
        self._columns: list[Column[CustomerRow]] = [
            Column(self.tr("Code"), lambda r: r.code, CustomerSort.CODE, width=90),
            Column(self.tr("Name"), lambda r: r.name, CustomerSort.NAME, width=260, stretch=True),
            Column(self.tr("Country"), lambda r: r.country, CustomerSort.COUNTRY, CENTER, width=64),
            Column(self.tr("Currency"), lambda r: r.currency, CustomerSort.CURRENCY, CENTER, width=64),
            Column(self.tr("Terms"), lambda r: self.tr("%n day(s)", "", r.payment_terms_days),
                   CustomerSort.TERMS, RIGHT, width=80),
            Column(self.tr("Open balance"), _balance_text, CustomerSort.BALANCE, RIGHT, width=140),
            Column(self.tr("Overdue"), _overdue_text, CustomerSort.OVERDUE, RIGHT, width=130),
            Column(self.tr("Open invoices"), lambda r: fmt.count(sum(b.open_invoices for b in r.balances)),
                   CustomerSort.COUNT, RIGHT, width=100),
            Column(self.tr("Oldest due"), lambda r: fmt.day(min((b.oldest_due for b in r.balances
                                                                   if b.oldest_due), default=None)),
                   None, RIGHT, width=105),
        ]
        self.set_initial_sort(0)

    def columns(self) -> Sequence[Column[CustomerRow]]:
        return self._columns

    def set_search(self, text: str) -> None:
        self.set_filter(text, self.filter.risk)

    def set_filter(self, text: str, risk: str = "") -> None:
        wanted = CustomerFilter(search=text.strip(), risk=risk)
        if wanted != self.filter:
            self.filter = wanted
            self.reload()

    def page_reader(self, cursor: Any, sort_key: str | None, descending: bool
                    ) -> Callable[[Ledger], tuple[Sequence[CustomerRow], Any]]:
        flt, as_of, sort = self.filter, self.as_of, CustomerSort(sort_key or CustomerSort.CODE)

        def read(ledger: Ledger) -> tuple[Sequence[CustomerRow], Any]:
            page = customer_list.customers_page(ledger, flt, sort=sort, descending=descending, after=cursor,
                                                as_of=as_of)
            return page.rows, page.next
        return read

    def row_key(self, row: CustomerRow) -> str:
        return row.code

    def rows_reader(self, keys: frozenset[str]) -> Callable[[Ledger], dict[str, CustomerRow | None]]:
        as_of = self.as_of

        def read(ledger: Ledger) -> dict[str, CustomerRow | None]:
            found: dict[str, CustomerRow | None] = {}
            for code in keys:
                page = customer_list.customers_page(ledger, CustomerFilter(search=code), as_of=as_of)
                found.update((r.code, r) for r in page.rows if r.code == code)
            return found
        return read

    def row_brush(self, row: CustomerRow, column: int) -> Any:
        if column == 6 and row.main_balance.overdue_amount:
            return QBrush(OVERDUE_COLOUR)
        if column in (5, 6) and not row.balances:
            return QBrush(MUTED_COLOUR)
        return None
