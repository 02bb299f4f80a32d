"""The invoices list: keyset pages by status, age bucket and search; single rows and invoice numbers for dialogs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from arledger.domain.aging import BucketScheme
from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.services.ledger import Ledger
from arledger.services.paging import PAGE_SIZE, Cursor, _today
from arledger.storage import browse as browse_sql
from arledger.storage.migrations import OPEN
from arledger.storage.rows import to_date, to_day


class InvoiceStatus(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    SETTLED = "settled"
    ALL = "all"


class InvoiceSort(StrEnum):
    DUE = "due"
    ISSUE = "issue"
    NUMBER = "number"
    CUSTOMER = "customer"
    AMOUNT = "amount"
    OPEN = "open"
    CURRENCY = "currency"


@dataclass(frozen=True, slots=True)
class InvoiceFilter:
    status: InvoiceStatus = InvoiceStatus.OPEN
    search: str = ""
    currency: str = ""
    customer_code: str = ""
    bucket: int | None = None  # index into the ledger's aging bucket labels (by due date)
    # the customer_code's id when the caller has read the customer already (the customer view), so the list's
    # pages and count do not read it again
    customer_id: int | None = None


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    id: int
    number: str
    customer_code: str
    customer_name: str
    issue_date: date
    due_date: date
    amount: int
    open_amount: int
    currency: str
    reference: str
    days_overdue: int  # 0 when not yet due or settled
    settled_on: date | None
    disputed: bool = False  # an open dispute covers all or part of it


@dataclass(frozen=True, slots=True)
class InvoicePage:
    rows: tuple[InvoiceRow, ...]
    next: Cursor | None


def _customer_id(ledger: Ledger, flt: InvoiceFilter) -> int | None:
    if flt.customer_id is not None:
        return flt.customer_id
    return ledger.customer(flt.customer_code).id if flt.customer_code.strip() else None


def _invoice_row(r: browse_sql.InvoiceListRow, today: date) -> InvoiceRow:
    due = to_day(r.due_date)
    is_open = r.closed_on == OPEN
    days = max(0, (today - due).days) if is_open else 0
    return InvoiceRow(r.id, r.number, r.customer_code, r.customer_name, to_day(r.issue_date), due, r.amount,
                      r.open_amount, r.currency, r.reference, days, None if is_open else to_date(r.closed_on),
                      bool(r.disputed))


def invoices_page(ledger: Ledger, flt: InvoiceFilter = InvoiceFilter(), *, sort: InvoiceSort = InvoiceSort.DUE,
                  descending: bool = False, after: Cursor | None = None, limit: int = PAGE_SIZE,
                  as_of: date | None = None) -> InvoicePage:
    """One page of invoices matching the filter, in the chosen order."""
    today = _today(as_of)
    due_before, due_from = _due_window(ledger, flt, today)
    rows = browse_sql.invoices_page(
        ledger.conn, status=InvoiceStatus(flt.status).value, sort=InvoiceSort(sort).value, descending=descending,
        after=(after.key, after.id) if after else None, limit=limit, search=flt.search.strip(),
        currency=flt.currency, customer_id=_customer_id(ledger, flt), today=today, due_before=due_before,
        due_from=due_from)
    nxt = Cursor(rows[-1].sort_key, rows[-1].id) if len(rows) == limit else None
    return InvoicePage(tuple(_invoice_row(r, today) for r in rows), nxt)


def count_invoices(ledger: Ledger, flt: InvoiceFilter = InvoiceFilter(), as_of: date | None = None) -> int:
    due_before, due_from = _due_window(ledger, flt, _today(as_of))
    return browse_sql.count_invoices(
        ledger.conn, status=InvoiceStatus(flt.status).value, search=flt.search.strip(), currency=flt.currency,
        customer_id=_customer_id(ledger, flt), today=_today(as_of), due_before=due_before, due_from=due_from)


def bucket_labels(ledger: Ledger) -> tuple[str, ...]:
    """The ledger's aging buckets by due date, for the invoice list's age filter."""
    return ledger.bucket_scheme().labels


def bucket_scheme(ledger: Ledger) -> BucketScheme:
    """The ledger's aging buckets by due date (their day ranges title them in any language)."""
    return ledger.bucket_scheme()


def _due_window(ledger: Ledger, flt: InvoiceFilter, today: date) -> tuple[date | None, date | None]:
    """An aging bucket as due dates (due before, due from): days past due in (low, high] <=> due in
    [today - high, today - low)."""
    if flt.bucket is None:
        return None, None
    low, high = ledger.bucket_scheme().ranges()[flt.bucket]
    return (None if low is None else today - timedelta(days=low),
            None if high is None else today - timedelta(days=high))


def currencies(ledger: Ledger) -> list[str]:
    return browse_sql.invoice_currencies(ledger.conn)


def invoice_row(ledger: Ledger, number: str, as_of: date | None = None) -> InvoiceRow:
    r = browse_sql.open_invoice_row(ledger.conn, number.strip())
    if r is None:
        raise UserError(msg("ledger.unknown_invoice", "There is no invoice numbered '{number}'.",
                            number=number.strip()))
    return _invoice_row(r, _today(as_of))


def open_invoices_of(ledger: Ledger, customer_code: str, currency: str | None = None,
                     limit: int = 500, *, find: str = "", find_amount: int | None = None) -> list[InvoiceRow]:
    """The customer's open invoices, oldest due first (for pickers in the payment and write-off dialogs); with
    find / find_amount only those whose number or reference contains `find` or whose amount or open amount is
    `find_amount`."""
    rows = browse_sql.invoices_page(ledger.conn, status="open", sort="due", limit=limit, currency=currency or "",
                                    customer_id=ledger.customer(customer_code).id, today=date.today(), find=find,
                                    find_amount=find_amount)
    return [_invoice_row(r, date.today()) for r in rows]


def count_open_invoices_of(ledger: Ledger, customer_code: str, currency: str | None = None, *, find: str = "",
                           find_amount: int | None = None) -> int:
    """How many open invoices open_invoices_of would list without a limit."""
    return browse_sql.count_invoices(ledger.conn, status="open", currency=currency or "",
                                     customer_id=ledger.customer(customer_code).id, today=date.today(), find=find,
                                     find_amount=find_amount)


def invoice_number_taken(ledger: Ledger, number: str) -> bool:
    return browse_sql.open_invoice_row(ledger.conn, number.strip()) is not None


def suggest_invoice_number(ledger: Ledger) -> str:
    """The newest invoice's number with its trailing digits increased (INV-0001500 -> INV-0001501)."""
    last = browse_sql.newest_invoice_number(ledger.conn)
    if not last:
        return "INV-0001"
    head = last.rstrip("0123456789")
    digits = last[len(head):]
    if not digits:
        return f"{last}-2"
    candidate = f"{head}{int(digits) + 1:0{len(digits)}d}"
    while invoice_number_taken(ledger, candidate):
        digits = candidate[len(head):]
        candidate = f"{head}{int(digits) + 1:0{len(digits)}d}"
    return candidate
