"""Dispatch records: how a letter left us (email or post) and when a posted one was delivered."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from arledger.storage.rows import to_date


@dataclass(frozen=True, slots=True)
class DispatchRow:
    id: int
    letter_id: int
    method: str
    sent_at: str
    recipients: str
    message_id: str
    tracking: str
    message_path: str
    message_sha256: str
    evidence_seq: int
    delivered_on: date | None
    delivered_seq: int | None


@dataclass(frozen=True, slots=True)
class LetterRow:
    """A recorded letter as dispatch needs it."""

    id: int
    customer_id: int
    level: int
    sent_on: date
    path: str
    sha256: str
    evidence_seq: int


_DISPATCH = ("SELECT id, letter_id, method, sent_at, recipients, message_id, tracking, message_path, message_sha256,"
             " evidence_seq, delivered_on, delivered_seq FROM dispatches")
_LETTER = "SELECT id, customer_id, level, sent_on, path, sha256, evidence_seq FROM letters"


def _dispatch(row: tuple[Any, ...]) -> DispatchRow:
    return DispatchRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                       to_date(row[10]), row[11])


def _letter(row: tuple[Any, ...]) -> LetterRow:
    return LetterRow(row[0], row[1], row[2], date.fromisoformat(row[3]), row[4], row[5], row[6])


def insert_dispatch(conn: sqlite3.Connection, letter_id: int, method: str, sent_at: str, *, recipients: str = "",
                    message_id: str = "", tracking: str = "", message_path: str = "", message_sha256: str = "",
                    evidence_seq: int) -> int:
    return int(conn.execute(
        "INSERT INTO dispatches (letter_id, method, sent_at, recipients, message_id, tracking, message_path,"
        " message_sha256, evidence_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (letter_id, method, sent_at, recipients, message_id, tracking, message_path, message_sha256,
         evidence_seq)).lastrowid or 0)


def mark_delivered(conn: sqlite3.Connection, dispatch_id: int, on: date, evidence_seq: int) -> None:
    conn.execute("UPDATE dispatches SET delivered_on = ?, delivered_seq = ? WHERE id = ? AND delivered_on IS NULL",
                 (on.isoformat(), evidence_seq, dispatch_id))


def dispatches_of(conn: sqlite3.Connection, letter_id: int) -> list[DispatchRow]:
    return [_dispatch(r) for r in conn.execute(_DISPATCH + " WHERE letter_id = ? ORDER BY id", (letter_id,))]


def dispatch(conn: sqlite3.Connection, dispatch_id: int) -> DispatchRow | None:
    row = conn.execute(_DISPATCH + " WHERE id = ?", (dispatch_id,)).fetchone()
    return _dispatch(row) if row else None


def letter(conn: sqlite3.Connection, letter_id: int) -> LetterRow | None:
    row = conn.execute(_LETTER + " WHERE id = ?", (letter_id,)).fetchone()
    return _letter(row) if row else None


def latest_letter(conn: sqlite3.Connection, customer_id: int) -> LetterRow | None:
    row = conn.execute(_LETTER + " WHERE customer_id = ? ORDER BY sent_on DESC, id DESC LIMIT 1",
                       (customer_id,)).fetchone()
    return _letter(row) if row else None


def letter_invoice_numbers(conn: sqlite3.Connection, letter_id: int) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT i.number FROM letter_invoices li JOIN invoices i ON i.id = li.invoice_id WHERE li.letter_id = ?"
        " ORDER BY i.number", (letter_id,))]


def posted_undelivered(conn: sqlite3.Connection, sent_before: str) -> list[tuple[DispatchRow, int]]:
    """Posted letters with no delivery record, sent before the UTC timestamp given: (dispatch, customer id)."""
    rows = conn.execute(
        "SELECT d.id, d.letter_id, d.method, d.sent_at, d.recipients, d.message_id, d.tracking, d.message_path,"
        " d.message_sha256, d.evidence_seq, d.delivered_on, d.delivered_seq, l.customer_id"
        " FROM dispatches d JOIN letters l ON l.id = d.letter_id"
        " WHERE d.delivered_on IS NULL AND d.method != 'email' AND d.sent_at < ?"
        " AND NOT EXISTS (SELECT 1 FROM dispatches e WHERE e.letter_id = d.letter_id AND e.delivered_on IS NOT NULL)"
        " ORDER BY d.sent_at", (sent_before,)).fetchall()
    return [(_dispatch(r[:12]), r[12]) for r in rows]
