"""Read-only lookups imports need in bulk: every customer's keys, and every open invoice for bank matching."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from arledger.domain.bank_matching import OpenInvoice
from arledger.storage.migrations import OPEN


class CustomerKey(NamedTuple):
    id: int
    code: str
    name: str
    currency: str
    payment_terms_days: int


def customer_keys(conn: sqlite3.Connection) -> list[CustomerKey]:
    return [CustomerKey(*r) for r in conn.execute(
        "SELECT id, code, name, currency, payment_terms_days FROM customers ORDER BY id")]


def open_invoices(conn: sqlite3.Connection) -> list[OpenInvoice]:
    """Every invoice with something open today, with its customer's code."""
    rows = conn.execute(
        "SELECT i.number, i.customer_id, c.code, i.currency, i.amount - i.settled, i.due_date"
        f" FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.closed_on = '{OPEN}'"
        " AND i.settled < i.amount ORDER BY i.due_date, i.id")
    return [OpenInvoice(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5])) for r in rows]


def max_invoice_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM invoices").fetchone()[0])


def invoice_ids(conn: sqlite3.Connection, numbers: list[str]) -> dict[str, int]:
    """The id of each of these invoice numbers the ledger holds (checked in chunks)."""
    found: dict[str, int] = {}
    for i in range(0, len(numbers), 500):
        chunk = numbers[i:i + 500]
        found.update(conn.execute(
            f"SELECT number, id FROM invoices WHERE number IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    return found
