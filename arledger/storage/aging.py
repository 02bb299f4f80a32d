"""Aging in SQL: bucket sums computed where the rows are, from the domain's bucket scheme."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import NamedTuple

from arledger.domain.aging import AgingBasis, BucketScheme

# Open amount of invoice i on :d. Only an invoice settled partly before and partly after :d needs its
# allocations read.
OPEN_AS_OF = (
    "i.amount - CASE WHEN i.first_settled_on IS NULL OR i.first_settled_on > :d THEN 0 WHEN i.last_settled_on <= :d"
    " THEN i.settled"
    " ELSE (SELECT coalesce(sum(a.amount), 0) FROM allocations a WHERE a.invoice_id = i.id AND a.date <= :d) END"
)


def _open_on(customer_id: int | None) -> str:
    """Invoices open on :d. The whole-ledger scan reads only the covering index of invoices still open
    then (without INDEXED BY the planner may walk all invoices to avoid a GROUP BY sort); one customer's
    invoices are quicker through the customer index."""
    if customer_id is None:
        return "FROM invoices i INDEXED BY invoices_aging WHERE i.closed_on > :d AND i.issue_date <= :d"
    return ("FROM invoices i INDEXED BY invoices_customer WHERE i.customer_id = :c AND i.closed_on > :d"
            " AND i.issue_date <= :d")


def _column(scheme: BucketScheme) -> str:
    return "due_date" if scheme.basis is AgingBasis.DUE else "issue_date"


def _bucket_conditions(scheme: BucketScheme, as_of: date) -> list[str]:
    """One SQL condition per bucket as ISO-date comparisons, much cheaper per row than julianday().

    age > lo  <=>  date < as_of - lo;   age <= hi  <=>  date >= as_of - hi.
    The literals are dates made here, never user text.
    """
    column = _column(scheme)
    conds = []
    for lo, hi in scheme.ranges():
        parts = []
        if lo is not None:
            parts.append(f"{column} < '{(as_of - timedelta(days=lo)).isoformat()}'")
        if hi is not None:
            parts.append(f"{column} >= '{(as_of - timedelta(days=hi)).isoformat()}'")
        conds.append(" AND ".join(parts) or "1")
    return conds


class CustomerAgingRow(NamedTuple):
    """A customer's open amounts in one currency, per bucket of the scheme (in its order) and in total."""

    code: str
    name: str
    currency: str
    buckets: tuple[int, ...]
    total: int


def aging_by_customer(conn: sqlite3.Connection, as_of: date, scheme: BucketScheme,
                      customer_id: int | None = None) -> list[CustomerAgingRow]:
    """Open amounts per customer and currency, ordered by code and currency."""
    conditions = _bucket_conditions(scheme, as_of)
    sums = ", ".join(f"sum(CASE WHEN {c} THEN open ELSE 0 END) AS b{k}" for k, c in enumerate(conditions))
    picked = ", ".join(f"g.b{k}" for k in range(len(conditions)))
    column = _column(scheme)
    # Group first, then join the (far fewer) groups to their customers.
    sql = f"""
        SELECT c.code, c.name, g.currency, {picked}, g.total
        FROM (SELECT x.customer_id, x.currency, {sums}, sum(open) AS total
              FROM (SELECT i.customer_id, i.currency, i.{column} AS {column}, {OPEN_AS_OF} AS open
                    {_open_on(customer_id)}) x
              WHERE x.open > 0
              GROUP BY x.customer_id, x.currency) g
        JOIN customers c ON c.id = g.customer_id
        ORDER BY c.code, g.currency
    """
    n = len(conditions)
    return [CustomerAgingRow(r[0], r[1], r[2], tuple(r[3:3 + n]), r[3 + n])
            for r in conn.execute(sql, {"d": as_of.isoformat(), "c": customer_id})]


class InvoiceAgingRow(NamedTuple):
    """An invoice open on the day, with the index of its bucket in the scheme (dates are ISO text)."""

    code: str
    name: str
    currency: str
    number: str
    issue_date: str
    due_date: str
    amount: int
    open: int
    bucket: int
    customer_id: int
    invoice_id: int


def aging_by_invoice(conn: sqlite3.Connection, as_of: date, scheme: BucketScheme,
                     customer_id: int | None = None) -> list[InvoiceAgingRow]:
    """Invoices open on ``as_of``, ordered by customer code, due date and number."""
    index = " ".join(f"WHEN {c} THEN {k}" for k, c in enumerate(_bucket_conditions(scheme, as_of)))
    sql = f"""
        SELECT c.code, c.name, x.currency, x.number, x.issue_date, x.due_date, x.amount, x.open,
               CASE {index} END, x.customer_id, x.id
        FROM (SELECT i.id, i.customer_id, i.currency, i.number, i.issue_date, i.due_date, i.amount,
                     {OPEN_AS_OF} AS open
              {_open_on(customer_id)}) x
        JOIN customers c ON c.id = x.customer_id
        WHERE x.open > 0
        ORDER BY c.code, x.due_date, x.number
    """
    return [InvoiceAgingRow._make(r) for r in conn.execute(sql, {"d": as_of.isoformat(), "c": customer_id})]
