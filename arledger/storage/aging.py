"""Aging in SQL: bucket sums computed where the rows are, from the domain's bucket scheme."""

from __future__ import annotations

import sqlite3
from datetime import date

from arledger.domain.aging import AgingBasis, BucketScheme

# Open amount of invoice i on :d. Invoices with nothing settled skip the allocation lookup.
_OPEN_AS_OF = (
    "i.amount - CASE WHEN i.settled = 0 THEN 0 ELSE (SELECT coalesce(sum(a.amount), 0) FROM allocations a"
    " WHERE a.invoice_id = i.id AND a.date <= :d) END"
)


def _age_expr(basis: AgingBasis) -> str:
    column = "i.due_date" if basis is AgingBasis.DUE else "i.issue_date"
    return f"CAST(julianday(:d) - julianday({column}) AS INTEGER)"


def _bucket_ranges(scheme: BucketScheme) -> list[tuple[int | None, int | None]]:
    """(exclusive low, inclusive high) day ranges in label order; None is unbounded."""
    b = scheme.boundaries
    ranges: list[tuple[int | None, int | None]] = []
    if scheme.basis is AgingBasis.DUE:
        ranges.append((None, 0))
        lows = (0, *b)
    else:
        lows = (None, *b)
    for lo, hi in zip(lows, (*b, None), strict=True):
        ranges.append((lo, hi))
    return ranges


def _bucket_sums(scheme: BucketScheme) -> str:
    parts = []
    for lo, hi in _bucket_ranges(scheme):
        cond = " AND ".join(
            c for c in (f"age > {lo}" if lo is not None else "", f"age <= {hi}" if hi is not None else "") if c
        ) or "1"
        parts.append(f"sum(CASE WHEN {cond} THEN open ELSE 0 END)")
    return ", ".join(parts)


def _bucket_index(scheme: BucketScheme) -> str:
    whens = []
    for k, (_lo, hi) in enumerate(_bucket_ranges(scheme)):
        if hi is not None:
            whens.append(f"WHEN age <= {hi} THEN {k}")
    return f"CASE {' '.join(whens)} ELSE {len(scheme.labels) - 1} END"


def aging_by_customer(conn: sqlite3.Connection, as_of: date, scheme: BucketScheme,
                      customer_id: int | None = None) -> list[tuple]:
    """Rows (code, name, currency, bucket sums..., total), ordered by code and currency."""
    where = "" if customer_id is None else " AND i.customer_id = :c"
    sql = f"""
        SELECT c.code, c.name, x.currency, {_bucket_sums(scheme)}, sum(open)
        FROM (SELECT i.customer_id, i.currency, {_OPEN_AS_OF} AS open, {_age_expr(scheme.basis)} AS age
              FROM invoices i WHERE i.closed_on > :d AND i.issue_date <= :d{where}) x
        JOIN customers c ON c.id = x.customer_id
        WHERE x.open > 0
        GROUP BY x.customer_id, x.currency
        ORDER BY c.code, x.currency
    """
    return conn.execute(sql, {"d": as_of.isoformat(), "c": customer_id}).fetchall()


def aging_by_invoice(conn: sqlite3.Connection, as_of: date, scheme: BucketScheme,
                     customer_id: int | None = None) -> list[tuple]:
    """Rows (code, name, currency, number, issue, due, amount, open, age, bucket index, customer id,
    invoice id), ordered by code, due date and number."""
    where = "" if customer_id is None else " AND i.customer_id = :c"
    sql = f"""
        SELECT c.code, c.name, x.currency, x.number, x.issue_date, x.due_date, x.amount, x.open, x.age,
               {_bucket_index(scheme)}, x.customer_id, x.id
        FROM (SELECT i.id, i.customer_id, i.currency, i.number, i.issue_date, i.due_date, i.amount,
                     {_OPEN_AS_OF} AS open, {_age_expr(scheme.basis)} AS age
              FROM invoices i WHERE i.closed_on > :d AND i.issue_date <= :d{where}) x
        JOIN customers c ON c.id = x.customer_id
        WHERE x.open > 0
        ORDER BY c.code, x.due_date, x.number
    """
    return conn.execute(sql, {"d": as_of.isoformat(), "c": customer_id}).fetchall()
