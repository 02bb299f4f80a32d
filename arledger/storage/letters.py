"""Reads the letters service needs: archived letters by path or day, and a customer's account movements for
a statement of account."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from arledger.domain.messages import Message
from arledger.domain.record_words import entry_label, payment_method_word, reversal_label, void_label
from arledger.storage.rows import stored_text, to_date


class ArchivedLetter(NamedTuple):
    """A letter with an archived file (``path`` as stored: relative to the ledger's folder)."""

    id: int
    customer_id: int
    level: int
    path: str
    sha256: str
    evidence_seq: int


_ARCHIVED = "SELECT id, customer_id, level, path, sha256, evidence_seq FROM letters"


def letter_by_path(conn: sqlite3.Connection, path: str) -> ArchivedLetter | None:
    """The letter archived at ``path`` (as stored), or None."""
    row = conn.execute(f"{_ARCHIVED} WHERE path = ? ORDER BY id LIMIT 1", (path,)).fetchone()
    return ArchivedLetter._make(row) if row else None


def archived_letters(conn: sqlite3.Connection) -> list[ArchivedLetter]:
    """Every letter with an archived file, oldest first."""
    return [ArchivedLetter._make(r) for r in conn.execute(f"{_ARCHIVED} WHERE path != '' ORDER BY id")]


def letters_recorded_since(conn: sqlite3.Connection, sent_on: date, after_seq: int) -> list[ArchivedLetter]:
    """Letters dated ``sent_on`` whose evidence event came after ``after_seq``, in the order they were recorded."""
    return [ArchivedLetter._make(r) for r in conn.execute(
        f"{_ARCHIVED} WHERE sent_on = ? AND evidence_seq > ? ORDER BY evidence_seq", (sent_on.isoformat(), after_seq))]


def count_for_customer(conn: sqlite3.Connection, customer_id: int) -> int:
    return int(conn.execute("SELECT count(*) FROM letters WHERE customer_id = ?", (customer_id,)).fetchone()[0])


def last_letter_before(conn: sqlite3.Connection, customer_id: int, on: date) -> date | None:
    """The date of the customer's latest letter sent on or before ``on``."""
    row = conn.execute("SELECT max(sent_on) FROM letters WHERE customer_id = ? AND sent_on <= ?",
                       (customer_id, on.isoformat())).fetchone()
    return to_date(row[0]) if row else None


class InvoiceFacts(NamedTuple):
    issue_date: str  # ISO
    due_date: str  # ISO
    amount: int


def invoice_facts(conn: sqlite3.Connection, invoice_ids: list[int]) -> dict[int, InvoiceFacts]:
    """Per invoice id: its dates and amount."""
    out: dict[int, InvoiceFacts] = {}
    for start in range(0, len(invoice_ids), 500):
        chunk = invoice_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for iid, issue, due, amount in conn.execute(
                f"SELECT id, issue_date, due_date, amount FROM invoices WHERE id IN ({marks})", chunk):
            out[iid] = InvoiceFacts(issue, due, amount)
    return out


# -- statements of account ----------------------------------------------------------------------------
# One movement: (ISO date, order within a day, kind, the entry's own number or reference, currency, debit, credit,
# ISO due date, note, id, the note's message when the ledger wrote it, and what an entry without a number is:
# 'payment' or 'refund' (named by its id), or 'reversed_<kind>' of the entry it reverses or voids, with that
# entry's number (or reference) and id). The SQL gives facts; the words are made in Python, in
# the reader's language. Invoices come before the payments, credit notes and write-offs of the same day.
_MOVEMENTS = """
    SELECT date, ord, kind, reference, currency, debit, credit, due_date, note, id, note_message,
           corrects, target_number, target_id FROM (
        SELECT issue_date AS date, 0 AS ord, 'invoice' AS kind, number AS reference, currency,
               amount AS debit, 0 AS credit, due_date, reference AS note, id, NULL AS note_message,
               NULL AS corrects, NULL AS target_number, NULL AS target_id
        FROM invoices WHERE customer_id = :c
        UNION ALL
        SELECT date, 1, 'payment', reference, currency, 0, amount, NULL, method, id, NULL, 'payment', reference, id
        FROM payments WHERE customer_id = :c
        UNION ALL
        SELECT date, 2, 'credit_note', number, currency, 0, amount, NULL, reason, id, NULL, NULL, NULL, NULL
        FROM credit_notes WHERE customer_id = :c
        UNION ALL
        SELECT w.date, 3, 'write_off', i.number, i.currency, 0, w.amount, NULL, w.reason, w.id, w.reason_message,
               NULL, NULL, NULL
        FROM write_offs w JOIN invoices i ON i.id = w.invoice_id WHERE i.customer_id = :c
        UNION ALL
        -- corrections: a reversal puts back what the entry took off, a void takes the invoice off, a refund
        -- pays unapplied credit back; all as adjustments on their own date
        SELECT r.date, 4, 'adjustment', '',
               coalesce(i.currency, n.currency, wi.currency, p.currency, f.currency),
               CASE WHEN r.kind IN ('invoice', 'refund') THEN 0 ELSE coalesce(n.amount, w.amount, p.amount) END,
               CASE WHEN r.kind = 'invoice' THEN i.amount WHEN r.kind = 'refund' THEN f.amount ELSE 0 END,
               NULL, r.reason, r.id, NULL,
               'reversed_' || r.kind, coalesce(i.number, n.number, wi.number, p.reference), r.target_id
        FROM reversals r
        LEFT JOIN invoices i ON r.kind = 'invoice' AND i.id = r.target_id
        LEFT JOIN credit_notes n ON r.kind = 'credit_note' AND n.id = r.target_id
        LEFT JOIN write_offs w ON r.kind = 'write_off' AND w.id = r.target_id
        LEFT JOIN invoices wi ON wi.id = w.invoice_id
        LEFT JOIN payments p ON r.kind = 'payment' AND p.id = r.target_id
        LEFT JOIN refunds f ON r.kind = 'refund' AND f.id = r.target_id
        WHERE r.customer_id = :c
        UNION ALL
        SELECT date, 5, 'adjustment', '', currency, amount, 0, NULL, reason, id, NULL, 'refund', NULL, id
        FROM refunds WHERE customer_id = :c
    )
"""


class Movement(NamedTuple):
    """One line of a statement of account."""

    day: str  # ISO
    kind: str
    reference: Message  # the entry's number or reference, or what a correction corrects ("reversal of ...")
    currency: str
    debit: int
    credit: int
    due_date: str | None  # ISO, invoices only
    note: Message  # as written, or the ledger's own sentence (a paid settlement's write-off, a payment's method)


def _reference(own: str, corrects: str | None, number: str | None, target_id: int | None) -> Message:
    """What a movement is called on the statement: an invoice's or credit note's number, a payment's reference
    (else "payment 12"), a refund ("refund 5"), or the entry a correction voids or reverses."""
    if corrects is None or own:
        return Message("", own)  # a number or reference as written
    if corrects in ("payment", "refund"):
        return entry_label(corrects, target_id or 0)
    if corrects == "reversed_invoice":
        return void_label(number or "")
    kind = corrects.removeprefix("reversed_")
    if kind == "write_off":
        return reversal_label(entry_label(kind, target_id or 0, invoice=number or ""))
    if kind == "credit_note":
        return reversal_label(entry_label(kind, number or ""))
    # a payment by its reference, else by its id; a refund by its id
    return reversal_label(number or entry_label(kind, target_id or 0))


def movements(conn: sqlite3.Connection, customer_id: int, start: date | None, end: date) -> list[Movement]:
    """The customer's invoices, payments, credit notes and write-offs dated in [start, end], in date order."""
    sql = _MOVEMENTS + " WHERE date <= :end" + (" AND date >= :start" if start else "")
    sql += " ORDER BY date, ord, reference, id"
    args = {"c": customer_id, "end": end.isoformat(), "start": start.isoformat() if start else None}
    return [Movement(day, kind, _reference(ref or "", corrects, number, target_id), cur, debit, credit, due,
                     payment_method_word(note) if kind == "payment" else stored_text(note or "", said))
            for day, _, kind, ref, cur, debit, credit, due, note, _, said, corrects, number, target_id
            in conn.execute(sql, args)]


def balances_before(conn: sqlite3.Connection, customer_id: int, day: date) -> dict[str, int]:
    """Per currency: everything invoiced less everything paid, credited or written off before ``day``."""
    sql = f"SELECT currency, sum(debit) - sum(credit) FROM ({_MOVEMENTS}) WHERE date < :d GROUP BY currency"
    return {cur: total for cur, total in conn.execute(sql, {"c": customer_id, "d": day.isoformat()})
            if total}


def archived_letter_levels(conn: sqlite3.Connection) -> list[tuple[int, str, int]]:
    """Every letter with an archived file: (letter id, stored path, level)."""
    return conn.execute("SELECT id, path, level FROM letters WHERE path != '' ORDER BY id").fetchall()
