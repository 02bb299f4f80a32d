"""Bulk loading for the sample-ledger generator: rows written with explicit ids in large batches."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

from arledger.storage.rows import inserted_id, now_utc


def customer_ids(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT code, id FROM customers"))


#: (id, customer id, number, ISO issue date, ISO due date, amount, currency, reference, created at)
InvoiceLoadRow = tuple[int, int, str, str, str, int, str, str, str]


def insert_invoice_rows(conn: sqlite3.Connection, rows: Iterable[InvoiceLoadRow]) -> None:
    conn.executemany(
        "INSERT INTO invoices (id, customer_id, number, issue_date, due_date, amount, currency, reference,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


class OpenInvoice(NamedTuple):
    id: int
    customer_id: int
    issue_date: str  # ISO
    open: int
    currency: str


def oldest_open(conn: sqlite3.Connection, limit: int) -> list[OpenInvoice]:
    """The open invoices due first."""
    return [OpenInvoice(*r) for r in conn.execute(
        "SELECT id, customer_id, issue_date, amount - settled, currency FROM invoices"
        " WHERE settled < amount ORDER BY due_date LIMIT ?", (limit,))]


def open_amount(conn: sqlite3.Connection, invoice_id: int) -> int:
    return int(conn.execute("SELECT amount - settled FROM invoices WHERE id = ?", (invoice_id,)).fetchone()[0])


def insert_credit_note_row(conn: sqlite3.Connection, customer_id: int, number: str, on: str, amount: int,
                           currency: str, invoice_id: int, reason: str) -> int:
    return inserted_id(conn.execute(
        "INSERT INTO credit_notes (customer_id, number, date, amount, currency, invoice_id, reason, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (customer_id, number, on, amount, currency, invoice_id, reason, now_utc())))


def insert_write_off_row(conn: sqlite3.Connection, invoice_id: int, on: str, amount: int, reason: str) -> int:
    return inserted_id(conn.execute(
        "INSERT INTO write_offs (invoice_id, date, amount, reason, created_at) VALUES (?, ?, ?, ?, ?)",
        (invoice_id, on, amount, reason, now_utc())))


def invoice_totals(conn: sqlite3.Connection) -> list[tuple[str, int, int, int]]:
    """Per currency: (currency, count, amount, open)."""
    return conn.execute(
        "SELECT currency, count(*), sum(amount), sum(amount - settled) FROM invoices GROUP BY currency").fetchall()
