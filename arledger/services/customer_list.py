"""The customers list: keyset pages with open balances per currency, and customer pickers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from arledger.services.ledger import Ledger
from arledger.services.paging import PAGE_SIZE, Cursor, _today
from arledger.storage import browse as browse_sql
from arledger.storage.rows import to_date


class CustomerSort(StrEnum):
    CODE = "code"
    NAME = "name"
    COUNTRY = "country"
    CURRENCY = "currency"
    TERMS = "terms"
    BALANCE = "balance"
    OVERDUE = "overdue"
    COUNT = "count"


@dataclass(frozen=True, slots=True)
class Balance:
    currency: str
    open_invoices: int
    open_amount: int
    overdue_amount: int
    oldest_due: date | None


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: int
    code: str
    name: str
    country: str
    currency: str
    payment_terms_days: int
    kind: str
    do_not_contact: bool
    attorney_on_record: bool
    on_hold: bool
    balances: tuple[Balance, ...] = ()

    @property
    def main_balance(self) -> Balance:
        """The balance in the customer's own currency (zero if nothing is open in it)."""
        for b in self.balances:
            if b.currency == self.currency:
                return b
        return Balance(self.currency, 0, 0, 0, None)

    @property
    def other_balances(self) -> tuple[Balance, ...]:
        return tuple(b for b in self.balances if b.currency != self.currency)


@dataclass(frozen=True, slots=True)
class CustomerPage:
    rows: tuple[CustomerRow, ...]
    next: Cursor | None


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    search: str = ""
    risk: str = ""  # "", "A", "B" or "C"


@dataclass(frozen=True, slots=True)
class CustomerChoice:
    code: str
    name: str
    currency: str
    payment_terms_days: int


def customers_page(ledger: Ledger, flt: CustomerFilter = CustomerFilter(), *,
                   sort: CustomerSort = CustomerSort.CODE, descending: bool = False, after: Cursor | None = None,
                   limit: int = PAGE_SIZE, as_of: date | None = None) -> CustomerPage:
    """One page of customers with their open balances per currency."""
    today = _today(as_of)
    rows = browse_sql.customers_page(
        ledger.conn, sort=CustomerSort(sort).value, descending=descending,
        after=(after.key, after.id) if after else None, limit=limit, search=flt.search.strip(), risk=flt.risk,
        today=today)
    per: dict[int, list[Balance]] = {}
    for b in browse_sql.balances(ledger.conn, [r.id for r in rows], today):
        per.setdefault(b.customer_id, []).append(
            Balance(b.currency, b.open_invoices, b.open_amount, b.overdue_amount, to_date(b.oldest_due)))
    out = tuple(
        CustomerRow(r.id, r.code, r.name, r.country, r.currency, r.payment_terms_days, r.kind, bool(r.do_not_contact),
                    bool(r.attorney_on_record), bool(r.on_hold), tuple(per.get(r.id, ())))
        for r in rows
    )
    nxt = Cursor(rows[-1].sort_key, rows[-1].id) if len(rows) == limit else None
    return CustomerPage(out, nxt)


def count_customers(ledger: Ledger, flt: CustomerFilter = CustomerFilter()) -> int:
    return browse_sql.count_customers(ledger.conn, flt.search.strip(), flt.risk)


def find_customers(ledger: Ledger, text: str, limit: int = 20) -> list[CustomerChoice]:
    """Customers whose code starts with, or whose name contains, text (for completers)."""
    return [CustomerChoice(r.code, r.name, r.currency, r.payment_terms_days)
            for r in browse_sql.find_customers(ledger.conn, text, limit)]


def customer_choice(ledger: Ledger, code: str) -> CustomerChoice | None:
    """The customer with exactly this code (any case), or None."""
    # An index lookup, not a search: dialogs ask on every keystroke, and a search scans every customer's name
    # (15 ms a call on 50,000 customers).
    r = browse_sql.customer_pick(ledger.conn, code) if code.strip() else None
    return CustomerChoice(r.code, r.name, r.currency, r.payment_terms_days) if r else None
