"""Settlement offers: the terms, the approval, the letter and the outcome."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from arledger.domain.settlements import OfferOutcome, SettlementTerms
from arledger.storage.rows import to_date


class OfferRow(NamedTuple):
    id: int
    customer_id: int
    offered_on: date
    deadline: date
    terms: SettlementTerms
    invoice_numbers: tuple[str, ...]
    approver: str
    approval_reason: str
    letter_path: str
    letter_sha256: str
    outcome: OfferOutcome
    outcome_on: date | None
    evidence_seq: int


_SELECT = ("SELECT id, customer_id, offered_on, deadline, currency, principal, interest, compensation, discount,"
           " waive_interest, waive_compensation, invoices, approver, approval_reason, letter_path, letter_sha256,"
           " outcome, outcome_on, evidence_seq FROM settlement_offers")


def _row(r: tuple) -> OfferRow:  # type: ignore[type-arg]
    terms = SettlementTerms(r[4], r[5], r[6], r[7], r[8], bool(r[9]), bool(r[10]))
    return OfferRow(r[0], r[1], date.fromisoformat(r[2]), date.fromisoformat(r[3]), terms,
                    tuple(n for n in r[11].split("\n") if n), r[12], r[13], r[14], r[15], OfferOutcome(r[16]),
                    to_date(r[17]), r[18])


def insert(conn: sqlite3.Connection, customer_id: int, offered_on: date, deadline: date, terms: SettlementTerms,
           invoice_numbers: tuple[str, ...], approver: str, reason: str, evidence_seq: int) -> int:
    return conn.execute(
        "INSERT INTO settlement_offers (customer_id, currency, offered_on, deadline, principal, interest, compensation,"
        " discount, waive_interest, waive_compensation, invoices, approver, approval_reason, evidence_seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (customer_id, terms.currency, offered_on.isoformat(), deadline.isoformat(), terms.principal, terms.interest,
         terms.compensation, terms.discount, int(terms.waive_interest), int(terms.waive_compensation),
         "\n".join(invoice_numbers), approver, reason, evidence_seq)).lastrowid or 0


def by_id(conn: sqlite3.Connection, offer_id: int) -> OfferRow | None:
    r = conn.execute(_SELECT + " WHERE id = ?", (offer_id,)).fetchone()
    return _row(r) if r else None


def offers(conn: sqlite3.Connection, customer_id: int | None = None, pending_only: bool = False) -> list[OfferRow]:
    sql, args = _SELECT + " WHERE 1", []
    if customer_id is not None:
        sql += " AND customer_id = ?"
        args.append(customer_id)
    if pending_only:
        sql += " AND outcome = 'pending'"
    return [_row(r) for r in conn.execute(sql + " ORDER BY offered_on, id", args)]


def set_approval(conn: sqlite3.Connection, offer_id: int, approver: str, reason: str) -> None:
    conn.execute("UPDATE settlement_offers SET approver = ?, approval_reason = ? WHERE id = ?",
                 (approver, reason, offer_id))


def set_letter(conn: sqlite3.Connection, offer_id: int, path: str, sha256: str) -> None:
    conn.execute("UPDATE settlement_offers SET letter_path = ?, letter_sha256 = ? WHERE id = ?",
                 (path, sha256, offer_id))


def set_outcome(conn: sqlite3.Connection, offer_id: int, outcome: OfferOutcome, on: date, evidence_seq: int) -> None:
    conn.execute("UPDATE settlement_offers SET outcome = ?, outcome_on = ?, outcome_seq = ? WHERE id = ?",
                 (outcome.value, on.isoformat(), evidence_seq, offer_id))


def payments_in(conn: sqlite3.Connection, customer_id: int, currency: str, start: date, end: date
                ) -> list[tuple[date, int]]:
    return [(date.fromisoformat(d), a) for d, a in conn.execute(
        "SELECT date, amount FROM payments WHERE customer_id = ? AND currency = ? AND date BETWEEN ? AND ?"
        " ORDER BY date, id", (customer_id, currency, start.isoformat(), end.isoformat()))]
