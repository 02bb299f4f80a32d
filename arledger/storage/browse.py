"""Queries behind the desktop lists: keyset pages of customers and invoices in any supported order.

A page is asked for with the sort key value and id of the last row already shown, never with an
OFFSET, so page 5,000 costs what page 1 costs. Every order ends with the row id to make it total.
Sort keys are chosen from fixed tables here (never from caller text) so no SQL is ever built from input.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from arledger.storage.migrations import OPEN

# Sort key name -> SQL expression (over customers c and the open-balance subquery b).
CUSTOMER_KEYS: dict[str, str] = {
    "code": "c.code",
    "name": "c.name COLLATE NOCASE",
    "country": "c.country",
    "currency": "c.currency",
    "terms": "c.payment_terms_days",
    "balance": "coalesce(b.balance, 0)",
    "overdue": "coalesce(b.overdue, 0)",
    "count": "coalesce(b.n, 0)",
}
_BALANCE_KEYS = {"balance", "overdue", "count"}

# Open balance per customer in the customer's own currency, for ordering by it.
_BALANCES = f"""
    SELECT i.customer_id, count(*) AS n, sum(i.amount - i.settled) AS balance,
           sum(CASE WHEN i.due_date < :today THEN i.amount - i.settled ELSE 0 END) AS overdue
    FROM invoices i JOIN customers cc ON cc.id = i.customer_id AND cc.currency = i.currency
    WHERE i.closed_on = '{OPEN}'
    GROUP BY i.customer_id
"""

_CUSTOMER_MATCH = ("(c.code LIKE :q ESCAPE '\\' OR c.name LIKE :q ESCAPE '\\' OR c.email LIKE :q ESCAPE '\\'"
                   " OR c.phone LIKE :q ESCAPE '\\')")
_CUSTOMER_COLUMNS = ("c.id, c.code, c.name, c.country, c.currency, c.payment_terms_days, c.kind, c.do_not_contact,"
                     " c.attorney_on_record, c.on_hold")


class CustomerListRow(NamedTuple):
    """One row of :func:`customers_page`; ``sort_key`` is the value the page is ordered by (for the next cursor)."""

    id: int
    code: str
    name: str
    country: str
    currency: str
    payment_terms_days: int
    kind: str
    do_not_contact: int
    attorney_on_record: int
    on_hold: int
    sort_key: Any


class BalanceRow(NamedTuple):
    """A customer's open invoices in one currency (:func:`balances`)."""

    customer_id: int
    currency: str
    open_invoices: int
    open_amount: int
    overdue_amount: int
    oldest_due: str | None  # ISO date


class CustomerPick(NamedTuple):
    """A customer as a completer offers it (:func:`find_customers`)."""

    code: str
    name: str
    currency: str
    payment_terms_days: int


class InvoiceListRow(NamedTuple):
    """One row of :func:`invoices_page` or :func:`open_invoice_row` (dates are ISO text; ``closed_on`` is
    ``OPEN`` while the invoice is open); ``sort_key`` is the value the page is ordered by."""

    id: int
    number: str
    customer_code: str
    customer_name: str
    issue_date: str
    due_date: str
    amount: int
    open_amount: int
    currency: str
    reference: str
    customer_id: int
    closed_on: str
    disputed: int
    sort_key: Any = None


class EvidenceRow(NamedTuple):
    """One evidence event as :func:`evidence_page` reads it."""

    seq: int
    at: str
    kind: str
    actor: str
    payload: str  # JSON
    hash: str
    prev_hash: str


def _keyset(key: str, descending: bool) -> str:
    op = "<" if descending else ">"
    return f"({key}, {{id}}) {op} (:after_key, :after_id)"


def _order(key: str, descending: bool, id_col: str) -> str:
    d = " DESC" if descending else ""
    return f" ORDER BY {key}{d}, {id_col}{d}"


def _customer_where(search: str, risk: str, args: dict[str, object]) -> list[str]:
    where = []
    if search:
        where.append(_CUSTOMER_MATCH)
        args["q"] = f"%{_escape_like(search)}%"
    if risk:
        where.append("c.risk_tier = :risk")
        args["risk"] = risk
    return where


def customers_page(conn: sqlite3.Connection, *, sort: str = "code", descending: bool = False,
                   after: tuple[object, int] | None = None, limit: int = 200, search: str = "", risk: str = "",
                   today: date) -> list[CustomerListRow]:
    """One page of customers in the chosen order."""
    key = CUSTOMER_KEYS[sort]
    args: dict[str, object] = {"today": today.isoformat(), "limit": limit}
    where = _customer_where(search, risk, args)
    if after is not None:
        where.append(_keyset(key, descending).format(id="c.id"))
        args["after_key"], args["after_id"] = after
    join = f" LEFT JOIN ({_BALANCES}) b ON b.customer_id = c.id" if sort in _BALANCE_KEYS else ""
    sql = (f"SELECT {_CUSTOMER_COLUMNS}, {key} FROM customers c{join}"
           + (" WHERE " + " AND ".join(where) if where else "")
           + _order(key, descending, "c.id") + " LIMIT :limit")
    return [CustomerListRow._make(r) for r in conn.execute(sql, args)]


def balances(conn: sqlite3.Connection, customer_ids: Sequence[int], today: date) -> list[BalanceRow]:
    """Each customer's open invoices per currency (earliest open due date included)."""
    if not customer_ids:
        return []
    marks = ",".join("?" * len(customer_ids))
    return [BalanceRow._make(r) for r in conn.execute(
        "SELECT customer_id, currency, count(*), sum(amount - settled),"
        " sum(CASE WHEN due_date < ? THEN amount - settled ELSE 0 END), min(due_date)"
        f" FROM invoices WHERE closed_on = '{OPEN}' AND customer_id IN ({marks})"
        " GROUP BY customer_id, currency ORDER BY customer_id, currency",
        [today.isoformat(), *customer_ids],
    )]


def count_customers(conn: sqlite3.Connection, search: str = "", risk: str = "") -> int:
    args: dict[str, object] = {}
    where = _customer_where(search, risk, args)
    return int(conn.execute("SELECT count(*) FROM customers c" + (" WHERE " + " AND ".join(where) if where else ""),
                            args).fetchone()[0])


def find_customers(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[CustomerPick]:
    """Customers whose code starts with, or name contains, text."""
    q = _escape_like(text.strip())
    return [CustomerPick._make(r) for r in conn.execute(
        "SELECT code, name, currency, payment_terms_days FROM customers"
        " WHERE code LIKE :p ESCAPE '\\' OR name LIKE :q ESCAPE '\\'"
        " ORDER BY code LIKE :p ESCAPE '\\' DESC, code LIMIT :limit",
        {"p": f"{q}%", "q": f"%{q}%", "limit": limit})]


def customer_pick(conn: sqlite3.Connection, code: str) -> CustomerPick | None:
    """The customer with exactly this code (the column compares without case, by its unique index)."""
    row = conn.execute("SELECT code, name, currency, payment_terms_days FROM customers WHERE code = ?",
                       (code.strip(),)).fetchone()
    return CustomerPick._make(row) if row else None


# Sort key name -> SQL expression over invoices i and customers c.
INVOICE_KEYS: dict[str, str] = {
    "due": "i.due_date",
    "issue": "i.issue_date",
    "number": "i.number",
    "customer": "c.code",
    "amount": "i.amount",
    "open": "i.amount - i.settled",
    "currency": "i.currency",
}

_INVOICE_COLUMNS = ("i.id, i.number, c.code, c.name, i.issue_date, i.due_date, i.amount, i.amount - i.settled,"
                    " i.currency, i.reference, i.customer_id, i.closed_on,"
                    " EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id AND d.resolved_on IS NULL)")


def _invoice_where(status: str, search: str, currency: str, customer_id: int | None, today: date,
                   args: dict[str, object], due_before: date | None = None, due_from: date | None = None,
                   find: str = "", find_amount: int | None = None) -> list[str]:
    """due_before / due_from: due strictly before / on or after these days (an aging bucket's window).
    find / find_amount: the invoice's number or reference contains `find`, or its amount or open amount is
    `find_amount` (a payer's remittance names one invoice of a customer's thousands)."""
    where = []
    if find or find_amount is not None:
        terms = []
        if find:
            args["f"] = f"%{_escape_like(find)}%"
            terms += ["i.number LIKE :f ESCAPE '\\'", "i.reference LIKE :f ESCAPE '\\'"]
        if find_amount is not None:
            args["fa"] = find_amount
            terms += ["i.amount = :fa", "i.amount - i.settled = :fa"]
        where.append("(" + " OR ".join(terms) + ")")
    if due_before is not None:
        where.append("i.due_date < :due_before")
        args["due_before"] = due_before.isoformat()
    if due_from is not None:
        where.append("i.due_date >= :due_from")
        args["due_from"] = due_from.isoformat()
    if status in ("open", "overdue"):
        where.append(f"i.closed_on = '{OPEN}'")
    if status == "overdue":
        where.append("i.due_date < :today")
    if status == "settled":
        where.append(f"i.closed_on <> '{OPEN}'")
    args["today"] = today.isoformat()
    if currency:
        where.append("i.currency = :cur")
        args["cur"] = currency
    if customer_id is not None:
        where.append("i.customer_id = :cid")
        args["cid"] = customer_id
    if search:
        args["q"] = f"%{_escape_like(search)}%"
        # Matching customers are few; resolving them first keeps the scan on the invoices index.
        where.append("(i.number LIKE :q ESCAPE '\\' OR i.reference LIKE :q ESCAPE '\\' OR i.customer_id IN"
                     " (SELECT id FROM customers WHERE code LIKE :q ESCAPE '\\' OR name LIKE :q ESCAPE '\\'))")
    return where


def invoices_page(conn: sqlite3.Connection, *, status: str = "open", sort: str = "due", descending: bool = False,
                  after: tuple[object, int] | None = None, limit: int = 200, search: str = "", currency: str = "",
                  customer_id: int | None = None, today: date, due_before: date | None = None,
                  due_from: date | None = None, find: str = "", find_amount: int | None = None
                  ) -> list[InvoiceListRow]:
    """One page of invoices in the chosen order."""
    key = INVOICE_KEYS[sort]
    args: dict[str, object] = {"limit": limit}
    where = _invoice_where(status, search, currency, customer_id, today, args, due_before, due_from, find,
                           find_amount)
    if after is not None:
        where.append(_keyset(key, descending).format(id="i.id"))
        args["after_key"], args["after_id"] = after
    # The planner prefers invoices_closed_on plus a sort of every open row; the partial index by due date
    # reads the first page directly (1 ms instead of 100 ms on a million invoices). One customer's open invoices:
    # that customer's partial index, in due order, not every customer's open invoices walked and filtered (which
    # the planner chose on a ledger of 25,000 invoices).
    hint = "" if status not in ("open", "overdue") or sort == "customer" else \
        " INDEXED BY invoices_open_by_customer_due" if customer_id is not None else \
        " INDEXED BY invoices_open_by_due" if sort == "due" else ""
    # By customer: walk customers in code order and each one's invoices by id (CROSS JOIN fixes that order),
    # so a page is read directly instead of sorting every invoice (1 ms instead of 3 s on a million).
    source = ("customers c CROSS JOIN invoices i ON c.id = i.customer_id" if sort == "customer" else
              f"invoices i{hint} JOIN customers c ON c.id = i.customer_id")
    sql = (f"SELECT {_INVOICE_COLUMNS}, {key} FROM {source}"
           + (" WHERE " + " AND ".join(where) if where else "")
           + _order(key, descending, "i.id") + " LIMIT :limit")
    return [InvoiceListRow._make(r) for r in conn.execute(sql, args)]


def count_invoices(conn: sqlite3.Connection, *, status: str = "open", search: str = "", currency: str = "",
                   customer_id: int | None = None, today: date, due_before: date | None = None,
                   due_from: date | None = None, find: str = "", find_amount: int | None = None) -> int:
    args: dict[str, object] = {}
    where = _invoice_where(status, search, currency, customer_id, today, args, due_before, due_from, find,
                           find_amount)
    hint = " INDEXED BY invoices_open_by_customer_due" if customer_id is not None and \
        status in ("open", "overdue") else ""
    sql = f"SELECT count(*) FROM invoices i{hint}" + (" WHERE " + " AND ".join(where) if where else "")
    return int(conn.execute(sql, args).fetchone()[0])


def invoice_currencies(conn: sqlite3.Connection) -> list[str]:
    """Currencies in use, from the customers table (small) rather than a scan of every invoice."""
    return [r[0] for r in conn.execute("SELECT DISTINCT currency FROM customers ORDER BY currency")]


def open_invoice_row(conn: sqlite3.Connection, number: str) -> InvoiceListRow | None:
    """One invoice in the invoices_page row shape (without the sort key), by number."""
    row = conn.execute(
        f"SELECT {_INVOICE_COLUMNS} FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.number = ?",
        (number,)).fetchone()
    return InvoiceListRow(*row) if row else None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def newest_invoice_number(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT number FROM invoices ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def evidence_page(conn: sqlite3.Connection, customer_id: int, *, before_seq: int | None = None,
                  limit: int = 200) -> list[EvidenceRow]:
    """A customer's evidence events, newest first, a keyset page at a time (index evidence_customer)."""
    args: list[object] = [customer_id]
    where = "customer_id = ?"
    if before_seq is not None:
        where += " AND seq < ?"
        args.append(before_seq)
    args.append(limit)
    return [EvidenceRow._make(r) for r in conn.execute(
        f"SELECT seq, at, kind, actor, payload, hash, prev_hash FROM evidence WHERE {where}"
        " ORDER BY seq DESC LIMIT ?", args)]


def invoice_numbers(conn: sqlite3.Connection, invoice_ids: Iterable[int]) -> dict[int, str]:
    """Invoice number by id, for the few ids a promise or dispute list refers to."""
    out: dict[int, str] = {}
    ids = list(invoice_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(conn.execute(f"SELECT id, number FROM invoices WHERE id IN ({','.join('?' * len(chunk))})",
                                chunk).fetchall())
    return out
