"""Collection cases: the current owner and stage per customer, the stage history, and the reads behind the
team report and the overdue-reason analysis."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import NamedTuple

from arledger.domain.cases import CaseStage, StageChange, pauses_letters, stage_message
from arledger.domain.messages import Message, message_from_data, message_to_data, msg
from arledger.storage.migrations import OPEN
from arledger.storage.rows import to_date


class CaseRow(NamedTuple):
    customer_id: int
    owner: str
    stage: CaseStage
    since: date


def case_for(conn: sqlite3.Connection, customer_id: int) -> CaseRow | None:
    r = conn.execute("SELECT customer_id, owner, stage, since FROM cases WHERE customer_id = ?",
                     (customer_id,)).fetchone()
    return CaseRow(r[0], r[1], CaseStage(r[2]), date.fromisoformat(r[3])) if r else None


def all_cases(conn: sqlite3.Connection) -> dict[int, CaseRow]:
    return {r[0]: CaseRow(r[0], r[1], CaseStage(r[2]), date.fromisoformat(r[3]))
            for r in conn.execute("SELECT customer_id, owner, stage, since FROM cases")}


def save_case(conn: sqlite3.Connection, customer_id: int, owner: str, stage: CaseStage, since: date) -> None:
    conn.execute("INSERT INTO cases (customer_id, owner, stage, since) VALUES (?, ?, ?, ?)"
                 " ON CONFLICT(customer_id) DO UPDATE SET owner = excluded.owner, stage = excluded.stage,"
                 " since = excluded.since", (customer_id, owner, stage.value, since.isoformat()))


def insert_stage_change(conn: sqlite3.Connection, customer_id: int, change: StageChange) -> int:
    return conn.execute(
        "INSERT INTO case_stages (customer_id, stage, owner, on_date, note, note_message, evidence_seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (customer_id, change.stage.value, change.owner, change.on.isoformat(), str(change.note),
         json.dumps(message_to_data(change.note), ensure_ascii=False) if change.note.code else None,
         change.evidence_seq)).lastrowid or 0


def history(conn: sqlite3.Connection, customer_id: int) -> list[StageChange]:
    return [StageChange(CaseStage(r[0]), r[1], date.fromisoformat(r[2]),
                        message_from_data(json.loads(r[5])) if r[5] else Message("", r[3]), r[4])
            for r in conn.execute("SELECT stage, owner, on_date, note, evidence_seq, note_message FROM case_stages"
                                  " WHERE customer_id = ? ORDER BY id", (customer_id,))]


def customers_of_owner(conn: sqlite3.Connection, owner: str) -> set[int]:
    return {r[0] for r in conn.execute("SELECT customer_id FROM cases WHERE owner = ?", (owner,))}


# -- team report inputs ----------------------------------------------------------------------------
def contacts_per_customer(conn: sqlite3.Connection, start: date, end: date) -> dict[int, int]:
    """Outgoing contacts made per customer in [start, end]."""
    return dict(conn.execute(
        "SELECT customer_id, count(*) FROM contacts WHERE direction = 'out' AND substr(at, 1, 10) BETWEEN ? AND ?"
        " GROUP BY customer_id", (start.isoformat(), end.isoformat())).fetchall())


def payments_per_customer(conn: sqlite3.Connection, start: date, end: date) -> list[tuple[int, str, int]]:
    """(customer id, currency, amount paid) in [start, end]."""
    return conn.execute(
        "SELECT customer_id, currency, sum(amount) FROM payments WHERE date BETWEEN ? AND ?"
        " GROUP BY customer_id, currency", (start.isoformat(), end.isoformat())).fetchall()


def collection_spans(conn: sqlite3.Connection, start: date, end: date) -> list[tuple[int, str, str]]:
    """(customer id, first collection action, paid in full) for invoices paid late in [start, end] that had a
    contact or letter between falling due and being paid."""
    return conn.execute(
        """
        SELECT customer_id, first_action, closed_on FROM (
            SELECT i.customer_id, i.closed_on,
                   min(coalesce((SELECT min(substr(c.at, 1, 10)) FROM contacts c WHERE c.customer_id = i.customer_id
                                 AND substr(c.at, 1, 10) > i.due_date AND substr(c.at, 1, 10) <= i.closed_on),
                                '9999-12-31'),
                       coalesce((SELECT min(l.sent_on) FROM letters l WHERE l.customer_id = i.customer_id
                                 AND l.sent_on > i.due_date AND l.sent_on <= i.closed_on), '9999-12-31'))
                       AS first_action
            FROM invoices i
            WHERE i.closed_on BETWEEN ? AND ? AND i.closed_on > i.due_date AND i.closed_on != ?)
        WHERE first_action != '9999-12-31'
        """, (start.isoformat(), end.isoformat(), OPEN)).fetchall()


# -- overdue-reason inputs -------------------------------------------------------------------------
def latest_reasons(conn: sqlite3.Connection, on: date) -> tuple[dict[int, str], dict[int, str]]:
    """The last reason recorded up to a day, per invoice (from contacts naming it) and per customer."""
    stamp = on.isoformat() + "T23:59:59+99:99"
    per_invoice: dict[int, str] = {}
    for iid, reason in conn.execute(
            "SELECT ci.invoice_id, c.reason FROM contacts c JOIN contact_invoices ci ON ci.contact_id = c.id"
            " WHERE c.reason IS NOT NULL AND c.at <= ? ORDER BY c.at, c.id", (stamp,)):
        per_invoice[iid] = reason
    per_customer: dict[int, str] = {}
    for cid, reason in conn.execute(
            "SELECT customer_id, reason FROM contacts WHERE reason IS NOT NULL AND at <= ? ORDER BY at, id",
            (stamp,)):
        per_customer[cid] = reason
    return per_invoice, per_customer


def outbound_attempts_since_reached(conn: sqlite3.Connection, on: date) -> dict[int, int]:
    """Per customer, outgoing contacts up to a day made after the last one that reached a person."""
    stamp = on.isoformat() + "T23:59:59+99:99"
    return dict(conn.execute(
        """
        SELECT c.customer_id, count(*) FROM contacts c
        WHERE c.direction = 'out' AND c.at <= :s AND c.at > coalesce(
            (SELECT max(r.at) FROM contacts r WHERE r.customer_id = c.customer_id AND r.at <= :s
             AND r.outcome IN ('reached', 'promise', 'dispute', 'refused')), '')
        GROUP BY c.customer_id
        """, {"s": stamp}).fetchall())


def last_reached(conn: sqlite3.Connection, on: date) -> dict[int, str]:
    stamp = on.isoformat() + "T23:59:59+99:99"
    return dict(conn.execute(
        "SELECT customer_id, max(at) FROM contacts WHERE at <= ? AND outcome IN ('reached', 'promise', 'dispute',"
        " 'refused') GROUP BY customer_id", (stamp,)).fetchall())


def to_day(text: str | None) -> date | None:
    return to_date(text[:10]) if text else None


def letter_pauses(conn: sqlite3.Connection) -> dict[int, Message]:
    """Customers whose case is handed over or closed, with the sentence that holds their letters back."""
    return {r.customer_id: msg("dunning.pause.case", "The case is {stage} since {since}; the ledger sends no letters "
                               "of its own.", stage=stage_message(r.stage), since=r.since.isoformat())
            for r in all_cases(conn).values() if pauses_letters(r.stage)}
