"""Reversals: the record of undoing a payment, credit note, write-off or invoice, and the negative
allocations that undo what the original settled. Nothing is deleted; the original keeps its row."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from arledger.domain.model import SettlementKind
from arledger.storage.rows import inserted_id, now_utc, to_date, to_day

_SOURCE_COLUMN = {
    SettlementKind.PAYMENT: "payment_id",
    SettlementKind.CREDIT_NOTE: "credit_note_id",
    SettlementKind.WRITE_OFF: "write_off_id",
}
_TABLE = {
    SettlementKind.PAYMENT: "payments",
    SettlementKind.CREDIT_NOTE: "credit_notes",
    SettlementKind.WRITE_OFF: "write_offs",
}


class Entry(NamedTuple):
    """A payment, credit note or write-off as a reversal needs to see it."""

    kind: SettlementKind
    id: int
    customer_id: int
    label: str  # what a person calls it: the credit note's number, 'payment 12', 'write-off 3'
    date: dt.date  # the field's name hides the type inside the class body
    amount: int
    currency: str
    reversed_on: dt.date | None
    evidence_seq: int | None


def entry(conn: sqlite3.Connection, kind: SettlementKind, entry_id: int) -> Entry | None:
    if kind is SettlementKind.PAYMENT:
        sql = ("SELECT id, customer_id, 'payment ' || id, date, amount, currency, reversed_on, evidence_seq"
               " FROM payments WHERE id = ?")
    elif kind is SettlementKind.CREDIT_NOTE:
        sql = ("SELECT id, customer_id, number, date, amount, currency, reversed_on, evidence_seq"
               " FROM credit_notes WHERE id = ?")
    else:
        sql = ("SELECT w.id, i.customer_id, 'write-off ' || w.id, w.date, w.amount, i.currency, w.reversed_on,"
               " w.evidence_seq FROM write_offs w JOIN invoices i ON i.id = w.invoice_id WHERE w.id = ?")
    r = conn.execute(sql, (entry_id,)).fetchone()
    if r is None:
        return None
    return Entry(kind, r[0], r[1], r[2], to_day(r[3]), r[4], r[5], to_date(r[6]), r[7])


def credit_note_id(conn: sqlite3.Connection, number: str) -> int | None:
    r = conn.execute("SELECT id FROM credit_notes WHERE number = ?", (number,)).fetchone()
    return r[0] if r else None


def standing_allocations(conn: sqlite3.Connection, kind: SettlementKind, source_id: int) -> list[tuple[int, int]]:
    """(invoice id, amount) the entry still settles: its allocations net of any reversal, per invoice."""
    col = _SOURCE_COLUMN[kind]
    rows = conn.execute(
        f"SELECT invoice_id, sum(amount) FROM allocations WHERE {col} = ? GROUP BY invoice_id"
        " HAVING sum(amount) > 0 ORDER BY min(id)", (source_id,))
    return [(r[0], r[1]) for r in rows]


def last_allocation_date(conn: sqlite3.Connection, kind: SettlementKind, source_id: int) -> date | None:
    col = _SOURCE_COLUMN[kind]
    return to_date(conn.execute(f"SELECT max(date) FROM allocations WHERE {col} = ?", (source_id,)).fetchone()[0])


def refunded(conn: sqlite3.Connection, kind: SettlementKind, source_id: int) -> int:
    """How much of a payment's or credit note's credit was paid back by refunds."""
    if kind is SettlementKind.WRITE_OFF:
        return 0
    col = _SOURCE_COLUMN[kind]
    return int(conn.execute(f"SELECT coalesce(sum(r.amount), 0) FROM refund_parts r JOIN refunds f"
                            f" ON f.id = r.refund_id WHERE r.{col} = ? AND f.reversed_on IS NULL",
                            (source_id,)).fetchone()[0])


class RefundEntry(NamedTuple):
    """A refund as its reversal needs to see it."""

    id: int
    customer_id: int
    date: dt.date  # the field's name hides the type inside the class body
    amount: int
    currency: str
    reversed_on: dt.date | None
    evidence_seq: int | None

    @property
    def label(self) -> str:
        return f"refund {self.id}"


def refund_entry(conn: sqlite3.Connection, refund_id: int) -> RefundEntry | None:
    r = conn.execute("SELECT id, customer_id, date, amount, currency, reversed_on, evidence_seq FROM refunds"
                     " WHERE id = ?", (refund_id,)).fetchone()
    if r is None:
        return None
    return RefundEntry(r[0], r[1], to_day(r[2]), r[3], r[4], to_date(r[5]), r[6])


def mark_refund_reversed(conn: sqlite3.Connection, refund_id: int, on: date) -> None:
    """The refund stops taking credit from `on`: its parts count only while it stands."""
    conn.execute("UPDATE refunds SET reversed_on = ? WHERE id = ?", (on.isoformat(), refund_id))


def insert(conn: sqlite3.Connection, kind: str, target_id: int, customer_id: int, on: date, reason: str,
           original_seq: int | None) -> int:
    return inserted_id(conn.execute(
        "INSERT INTO reversals (kind, target_id, customer_id, date, reason, original_seq, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (kind, target_id, customer_id, on.isoformat(), reason, original_seq, now_utc())))


def set_evidence_seq(conn: sqlite3.Connection, reversal_id: int, seq: int) -> None:
    conn.execute("UPDATE reversals SET evidence_seq = ? WHERE id = ?", (seq, reversal_id))


def undo_allocations(conn: sqlite3.Connection, kind: SettlementKind, source_id: int, reversal_id: int, on: date,
                     parts: list[tuple[int, int]]) -> None:
    """Negative allocations dated on: what the entry settled on each invoice is open again from that day."""
    col = _SOURCE_COLUMN[kind]
    conn.executemany(
        f"INSERT INTO allocations (invoice_id, kind, {col}, date, amount, reversal_id) VALUES (?, ?, ?, ?, ?, ?)",
        [(iid, kind.value, source_id, on.isoformat(), -amt, reversal_id) for iid, amt in parts])


def mark_reversed(conn: sqlite3.Connection, kind: SettlementKind, source_id: int, on: date) -> None:
    conn.execute(f"UPDATE {_TABLE[kind]} SET reversed_on = ? WHERE id = ?", (on.isoformat(), source_id))


def void_invoice(conn: sqlite3.Connection, invoice_id: int, on: date) -> None:
    """The invoice stops being open on `on`: closed_on is what aging reads, so earlier dates still see it."""
    conn.execute("UPDATE invoices SET voided_on = ?, closed_on = ? WHERE id = ?",
                 (on.isoformat(), on.isoformat(), invoice_id))


def voided_on(conn: sqlite3.Connection, invoice_id: int) -> date | None:
    return to_date(conn.execute("SELECT voided_on FROM invoices WHERE id = ?", (invoice_id,)).fetchone()[0])


def invoice_has_settlements(conn: sqlite3.Connection, invoice_id: int) -> bool:
    """True while anything still settles the invoice (reversed settlements net to nothing)."""
    return bool(conn.execute("SELECT settled FROM invoices WHERE id = ?", (invoice_id,)).fetchone()[0] != 0)


class ReversalRow(NamedTuple):
    """One reversal as the workbook and the customer view list it."""

    date: dt.date
    kind: str
    entry: str
    customer: str
    name: str
    entry_date: dt.date
    amount: int
    currency: str
    reason: str


def in_period(conn: sqlite3.Connection, period_from: date | None, period_to: date) -> Iterator[ReversalRow]:
    """Reversals dated in the period, oldest first, with what they reversed."""
    sql = """
        SELECT r.date, r.kind,
            CASE r.kind WHEN 'payment' THEN 'payment ' || p.id || coalesce(' ' || nullif(p.reference, ''), '')
                        WHEN 'credit_note' THEN n.number
                        WHEN 'write_off' THEN wi.number
                        WHEN 'invoice' THEN i.number
                        ELSE 'refund ' || f.id END,
            c.code, c.name,
            coalesce(p.date, n.date, w.date, i.issue_date, f.date),
            coalesce(p.amount, n.amount, w.amount, i.amount, f.amount),
            coalesce(p.currency, n.currency, wi.currency, i.currency, f.currency),
            r.reason
        FROM reversals r JOIN customers c ON c.id = r.customer_id
        LEFT JOIN payments p ON r.kind = 'payment' AND p.id = r.target_id
        LEFT JOIN credit_notes n ON r.kind = 'credit_note' AND n.id = r.target_id
        LEFT JOIN write_offs w ON r.kind = 'write_off' AND w.id = r.target_id
        LEFT JOIN invoices wi ON wi.id = w.invoice_id
        LEFT JOIN invoices i ON r.kind = 'invoice' AND i.id = r.target_id
        LEFT JOIN refunds f ON r.kind = 'refund' AND f.id = r.target_id
        WHERE r.date <= :t AND r.date >= :f
        ORDER BY r.date, r.id
    """
    for row in conn.execute(sql, {"t": period_to.isoformat(),
                                  "f": period_from.isoformat() if period_from else "0000-01-01"}):
        yield ReversalRow(to_day(row[0]), row[1], row[2], row[3], row[4], to_day(row[5]), row[6], row[7], row[8])
