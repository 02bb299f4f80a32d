"""Payments, credit notes, write-offs and the allocations that apply them to invoices."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from arledger.domain.messages import Message
from arledger.domain.model import SettlementKind
from arledger.storage.rows import inserted_id, message_json, now_utc

_SOURCE_COLUMN = {
    SettlementKind.PAYMENT: "payment_id",
    SettlementKind.CREDIT_NOTE: "credit_note_id",
    SettlementKind.WRITE_OFF: "write_off_id",
}


def insert_payment(conn: sqlite3.Connection, customer_id: int, on: date, amount: int, currency: str,
                   method: str = "", reference: str = "") -> int:
    return inserted_id(conn.execute(
        "INSERT INTO payments (customer_id, date, amount, currency, method, reference, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (customer_id, on.isoformat(), amount, currency, method, reference, now_utc()),
    ))


def insert_credit_note(conn: sqlite3.Connection, customer_id: int, number: str, on: date, amount: int,
                       currency: str, invoice_id: int | None, reason: str) -> int:
    return inserted_id(conn.execute(
        "INSERT INTO credit_notes (customer_id, number, date, amount, currency, invoice_id, reason,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (customer_id, number, on.isoformat(), amount, currency, invoice_id, reason, now_utc()),
    ))


def insert_write_off(conn: sqlite3.Connection, invoice_id: int, on: date, amount: int, reason: str,
                     reason_message: Message | None = None) -> int:
    """A write-off; ``reason`` as written (the English of ``reason_message`` when the ledger wrote it)."""
    return inserted_id(conn.execute(
        "INSERT INTO write_offs (invoice_id, date, amount, reason, reason_message, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)", (invoice_id, on.isoformat(), amount, reason, message_json(reason_message),
                                       now_utc()),
    ))


def insert_allocations(conn: sqlite3.Connection, kind: SettlementKind, source_id: int,
                       parts: Iterable[tuple[int, date, int]]) -> None:
    """parts: (invoice id, effective date, amount)."""
    col = _SOURCE_COLUMN[kind]
    conn.executemany(
        f"INSERT INTO allocations (invoice_id, kind, {col}, date, amount) VALUES (?, ?, ?, ?, ?)",
        [(iid, kind.value, source_id, d.isoformat(), amt) for iid, d, amt in parts],
    )


def unapplied_credit(conn: sqlite3.Connection, customer_id: int, as_of: date | None = None) -> dict[str, int]:
    """Payments and credit notes not yet applied to any invoice nor refunded, per currency (as of a date if
    given); a payment or credit note reversed by then counts for nothing, a refund reversed by then takes
    nothing."""
    d = as_of.isoformat() if as_of else "9999-12-31"
    rows = conn.execute(
        """
        SELECT currency, sum(amount) FROM (
            SELECT p.currency, p.amount - coalesce((SELECT sum(a.amount) FROM allocations a
                WHERE a.payment_id = p.id AND a.date <= :d), 0)
                - coalesce((SELECT sum(r.amount) FROM refund_parts r JOIN refunds f ON f.id = r.refund_id
                WHERE r.payment_id = p.id AND f.date <= :d AND (f.reversed_on IS NULL OR f.reversed_on > :d)), 0)
                AS amount
            FROM payments p WHERE p.customer_id = :c AND p.date <= :d
                AND (p.reversed_on IS NULL OR p.reversed_on > :d)
            UNION ALL
            SELECT n.currency, n.amount - coalesce((SELECT sum(a.amount) FROM allocations a
                WHERE a.credit_note_id = n.id AND a.date <= :d), 0)
                - coalesce((SELECT sum(r.amount) FROM refund_parts r JOIN refunds f ON f.id = r.refund_id
                WHERE r.credit_note_id = n.id AND f.date <= :d AND (f.reversed_on IS NULL OR f.reversed_on > :d)), 0)
            FROM credit_notes n WHERE n.customer_id = :c AND n.date <= :d
                AND (n.reversed_on IS NULL OR n.reversed_on > :d)
        ) GROUP BY currency HAVING sum(amount) > 0 ORDER BY currency
        """,
        {"c": customer_id, "d": d},
    )
    return dict(rows.fetchall())


class UnappliedSource(NamedTuple):
    kind: str  # 'payment' | 'credit_note'
    id: int
    date: str  # ISO
    unapplied: int


def unapplied_sources(conn: sqlite3.Connection, customer_id: int, currency: str) -> list[UnappliedSource]:
    """(kind, id, date, unapplied amount) of the customer's standing payments and credit notes with credit
    left, oldest first."""
    rows = conn.execute(
        """
        SELECT 'payment', p.id, p.date, p.amount - coalesce((SELECT sum(a.amount) FROM allocations a
            WHERE a.payment_id = p.id), 0) - coalesce((SELECT sum(r.amount) FROM refund_parts r
            JOIN refunds f ON f.id = r.refund_id WHERE r.payment_id = p.id AND f.reversed_on IS NULL), 0)
            FROM payments p WHERE p.customer_id = :c AND p.currency = :cur AND p.reversed_on IS NULL
        UNION ALL
        SELECT 'credit_note', n.id, n.date, n.amount - coalesce((SELECT sum(a.amount) FROM allocations a
            WHERE a.credit_note_id = n.id), 0) - coalesce((SELECT sum(r.amount) FROM refund_parts r
            JOIN refunds f ON f.id = r.refund_id WHERE r.credit_note_id = n.id AND f.reversed_on IS NULL), 0)
            FROM credit_notes n
            WHERE n.customer_id = :c AND n.currency = :cur AND n.reversed_on IS NULL
        ORDER BY 3, 2
        """,
        {"c": customer_id, "cur": currency},
    )
    return [UnappliedSource(*r) for r in rows if r[3] > 0]


def insert_refund(conn: sqlite3.Connection, customer_id: int, on: date, amount: int, currency: str,
                  method: str, reference: str, reason: str) -> int:
    return inserted_id(conn.execute(
        "INSERT INTO refunds (customer_id, date, amount, currency, method, reference, reason, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (customer_id, on.isoformat(), amount, currency, method, reference, reason, now_utc()),
    ))


def insert_refund_parts(conn: sqlite3.Connection, refund_id: int, parts: Iterable[tuple[str, int, int]]) -> None:
    """parts: (source kind 'payment' | 'credit_note', source id, amount)."""
    conn.executemany(
        "INSERT INTO refund_parts (refund_id, payment_id, credit_note_id, amount) VALUES (?, ?, ?, ?)",
        [(refund_id, sid if kind == "payment" else None, sid if kind == "credit_note" else None, amt)
         for kind, sid, amt in parts])


#: (id, customer id, ISO date, amount, currency, method, reference)
PaymentLoadRow = tuple[int, int, str, int, str, str, str]
#: (invoice id, kind, payment id, credit note id, write-off id, ISO date, amount)
AllocationLoadRow = tuple[int, str, int | None, int | None, int | None, str, int]


def insert_payments_many(conn: sqlite3.Connection, rows: Iterable[PaymentLoadRow]) -> None:
    """Bulk load: rows (id, customer id, ISO date, amount, currency, method, reference)."""
    stamp = now_utc()
    conn.executemany(
        "INSERT INTO payments (id, customer_id, date, amount, currency, method, reference, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ((*r, stamp) for r in rows))


def insert_allocations_many(conn: sqlite3.Connection, rows: Iterable[AllocationLoadRow]) -> None:
    """Bulk load: rows (invoice id, kind, payment id, credit note id, write-off id, ISO date, amount)."""
    conn.executemany(
        "INSERT INTO allocations (invoice_id, kind, payment_id, credit_note_id, write_off_id, date, amount)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def set_evidence_seq(conn: sqlite3.Connection, table: str, row_id: int, seq: int) -> None:
    """Point a payment, credit note or write-off at the evidence event that records it."""
    if table not in ("payments", "credit_notes", "write_offs", "refunds"):
        raise ValueError(f"no evidence link on {table}")
    conn.execute(f"UPDATE {table} SET evidence_seq = ? WHERE id = ?", (seq, row_id))


def credit_note_exists(conn: sqlite3.Connection, number: str) -> bool:
    return conn.execute("SELECT 1 FROM credit_notes WHERE number = ?", (number,)).fetchone() is not None


class SettlementEntryRow(NamedTuple):
    kind: str
    id: int
    name: str  # what names it beside its kind: a credit note's number, a write-off's invoice, else the id
    date: str  # ISO
    amount: int
    currency: str
    applied: int  # net of reversals
    reversed_on: str | None  # ISO


def entries_for_customer(conn: sqlite3.Connection, customer_id: int) -> list[SettlementEntryRow]:
    """The customer's payments, credit notes, write-offs and refunds, oldest first."""
    return [SettlementEntryRow(*r) for r in conn.execute(
        """
        SELECT 'payment', p.id, CAST(p.id AS TEXT), p.date, p.amount, p.currency,
            coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.payment_id = p.id), 0), p.reversed_on
            FROM payments p WHERE p.customer_id = :c
        UNION ALL
        SELECT 'credit_note', n.id, n.number, n.date, n.amount, n.currency,
            coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.credit_note_id = n.id), 0), n.reversed_on
            FROM credit_notes n WHERE n.customer_id = :c
        UNION ALL
        SELECT 'write_off', w.id, i.number, w.date, w.amount, i.currency,
            coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.write_off_id = w.id), 0), w.reversed_on
            FROM write_offs w JOIN invoices i ON i.id = w.invoice_id WHERE i.customer_id = :c
        UNION ALL
        SELECT 'refund', f.id, CAST(f.id AS TEXT), f.date, f.amount, f.currency, f.amount, f.reversed_on
            FROM refunds f WHERE f.customer_id = :c
        ORDER BY 4, 1, 2
        """, {"c": customer_id})]


class InvoiceSettlementRow(NamedTuple):
    date: str  # ISO
    kind: str
    source: str  # the entry beside its kind: a credit note's number, else the payment's or write-off's id
    amount: int
    reversal_id: int | None


def invoice_settlements(conn: sqlite3.Connection, invoice_id: int) -> list[InvoiceSettlementRow]:
    """Every allocation on an invoice, oldest first."""
    return [InvoiceSettlementRow(*r) for r in conn.execute(
        """
        SELECT a.date, a.kind,
            CASE a.kind WHEN 'payment' THEN CAST(a.payment_id AS TEXT)
                        WHEN 'credit_note' THEN (SELECT number FROM credit_notes WHERE id = a.credit_note_id)
                        ELSE CAST(a.write_off_id AS TEXT) END,
            a.amount, a.reversal_id
        FROM allocations a WHERE a.invoice_id = ? ORDER BY a.date, a.id
        """, (invoice_id,))]
