"""Collections records: contacts, promises and plans, disputes, letters, attachments, limitation events,
tasks, and the bulk reads the work queue and letter runs need."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import NamedTuple

from arledger.domain.messages import Message, message_from_data
from arledger.domain.model import (
    Channel,
    ContactEvent,
    Direction,
    Dispute,
    DisputeReason,
    ExcuseReason,
    InterestWaiver,
    Letter,
    Outcome,
    Payment,
    Promise,
)
from arledger.domain.verzug import Reminder
from arledger.storage.aging import OPEN_AS_OF
from arledger.storage.migrations import OPEN
from arledger.storage.rows import Row, inserted_id, message_json, placeholders, stored_text, to_date, to_day


def _ids(text: str | None) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",")) if text else ()


# -- contacts -----------------------------------------------------------------------------------------
def insert_contact(conn: sqlite3.Connection, c: ContactEvent, evidence_seq: int) -> int:
    cid = inserted_id(conn.execute(
        "INSERT INTO contacts (customer_id, at, channel, direction, person, summary, outcome, reason, tracking,"
        " override_reason, evidence_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (c.customer_id, c.at.isoformat(timespec="seconds"), c.channel.value, c.direction.value, c.person, c.summary,
         c.outcome.value if c.outcome else None, c.reason.value if c.reason else None, c.tracking,
         c.override_reason, evidence_seq)))
    conn.executemany("INSERT INTO contact_invoices (contact_id, invoice_id) VALUES (?, ?)",
                     [(cid, i) for i in c.invoice_ids])
    return cid


_CONTACT_SELECT = (
    "SELECT c.id, c.customer_id, c.at, c.channel, c.direction, c.summary, c.person, c.outcome, c.reason,"
    " (SELECT group_concat(invoice_id) FROM contact_invoices ci WHERE ci.contact_id = c.id), c.tracking,"
    " c.override_reason FROM contacts c"
)


def _contact(r: Row) -> ContactEvent:
    return ContactEvent(id=r[0], customer_id=r[1], at=datetime.fromisoformat(r[2]), channel=Channel(r[3]),
                        direction=Direction(r[4]), summary=r[5], person=r[6],
                        outcome=Outcome(r[7]) if r[7] else None, reason=ExcuseReason(r[8]) if r[8] else None,
                        invoice_ids=_ids(r[9]), tracking=r[10], override_reason=r[11])


def contacts_for(conn: sqlite3.Connection, customer_id: int, since: datetime | None = None) -> list[ContactEvent]:
    """The customer's contacts (oldest first), from since if given."""
    sql = _CONTACT_SELECT + " WHERE c.customer_id = ?"
    args: list[object] = [customer_id]
    if since is not None:
        sql += " AND c.at >= ?"
        args.append(since.isoformat(timespec="seconds"))
    return [_contact(r) for r in conn.execute(sql + " ORDER BY c.at, c.id", args)]


def contacts_since(conn: sqlite3.Connection, since: datetime) -> dict[int, list[ContactEvent]]:
    """Every customer's contacts from a moment on, oldest first."""
    out: dict[int, list[ContactEvent]] = {}
    stamp = since.isoformat(timespec="seconds")
    for r in conn.execute(_CONTACT_SELECT + " WHERE c.at >= ? ORDER BY c.at, c.id", (stamp,)):
        ev = _contact(r)
        out.setdefault(ev.customer_id, []).append(ev)
    return out


def last_contacts(conn: sqlite3.Connection) -> dict[int, tuple[str, str | None]]:
    """Per customer: (time of the last contact, time of the last one that reached a person)."""
    rows = conn.execute(
        "SELECT customer_id, max(at), max(CASE WHEN outcome IN ('reached', 'promise', 'dispute', 'refused')"
        " THEN at END) FROM contacts GROUP BY customer_id")
    return {r[0]: (r[1], r[2]) for r in rows}


# -- promises and plans -------------------------------------------------------------------------------
def insert_plan(conn: sqlite3.Connection, customer_id: int, created_on: date, note: str, evidence_seq: int) -> int:
    return inserted_id(conn.execute(
        "INSERT INTO plans (customer_id, created_on, note, evidence_seq) VALUES (?, ?, ?, ?)",
        (customer_id, created_on.isoformat(), note, evidence_seq)))


def insert_promise(conn: sqlite3.Connection, p: Promise, evidence_seq: int) -> int:
    pid = inserted_id(conn.execute(
        "INSERT INTO promises (customer_id, promised_on, due_date, amount, currency, made_by, channel, plan_id,"
        " instalment_no, evidence_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (p.customer_id, p.promised_on.isoformat(), p.due_date.isoformat(), p.amount, p.currency, p.made_by,
         p.channel, p.plan_id, p.instalment_no, evidence_seq)))
    conn.executemany("INSERT INTO promise_invoices (promise_id, invoice_id) VALUES (?, ?)",
                     [(pid, i) for i in p.invoice_ids])
    return pid


def promises(conn: sqlite3.Connection, customer_ids: Iterable[int] | None = None) -> list[Promise]:
    """Promises (all, or of some customers), ordered by due date."""
    sql = ("SELECT p.id, p.customer_id, p.promised_on, p.due_date, p.amount, p.currency, p.made_by, p.channel,"
           " p.plan_id, p.instalment_no, (SELECT group_concat(invoice_id) FROM promise_invoices pi"
           " WHERE pi.promise_id = p.id) FROM promises p")
    args: list[object] = []
    if customer_ids is not None:
        ids = list(customer_ids)
        sql += f" WHERE p.customer_id IN ({placeholders(len(ids))})"
        args += ids
    rows = conn.execute(sql + " ORDER BY p.due_date, p.id", args)
    return [Promise(id=r[0], customer_id=r[1], promised_on=to_day(r[2]), due_date=to_day(r[3]), amount=r[4],
                    currency=r[5], made_by=r[6], channel=r[7], plan_id=r[8], instalment_no=r[9],
                    invoice_ids=_ids(r[10])) for r in rows]


def payments(conn: sqlite3.Connection, customer_ids: Iterable[int] | None = None,
             since: date | None = None) -> list[Payment]:
    sql = ("SELECT id, customer_id, date, amount, currency, method, reference FROM payments"
           " WHERE reversed_on IS NULL")  # a reversed (bounced) payment keeps no promise
    args: list[object] = []
    if customer_ids is not None:
        ids = list(customer_ids)
        sql += f" AND customer_id IN ({placeholders(len(ids))})"
        args += ids
    if since is not None:
        sql += " AND date >= ?"
        args.append(since.isoformat())
    return [Payment(id=r[0], customer_id=r[1], date=to_day(r[2]), amount=r[3], currency=r[4], method=r[5],
                    reference=r[6]) for r in conn.execute(sql + " ORDER BY date, id", args)]


# -- disputes -----------------------------------------------------------------------------------------
_DISPUTE_SELECT = ("SELECT id, invoice_id, opened_on, reason, amount, note, resolved_on, resolution, outcome"
                   " FROM disputes")


def _dispute(r: Row) -> Dispute:
    return Dispute(id=r[0], invoice_id=r[1], opened_on=to_day(r[2]), reason=DisputeReason(r[3]), amount=r[4],
                   note=r[5], resolved_on=to_date(r[6]), resolution=r[7], outcome=r[8])


def insert_dispute(conn: sqlite3.Connection, d: Dispute, evidence_seq: int) -> int:
    return inserted_id(conn.execute(
        "INSERT INTO disputes (invoice_id, opened_on, reason, amount, note, evidence_seq) VALUES (?, ?, ?, ?, ?, ?)",
        (d.invoice_id, d.opened_on.isoformat(), d.reason.value, d.amount, d.note, evidence_seq)))


def resolve_dispute(conn: sqlite3.Connection, dispute_id: int, on: date, resolution: str, evidence_seq: int,
                    outcome: str = "") -> None:
    conn.execute("UPDATE disputes SET resolved_on = ?, resolution = ?, resolved_seq = ?, outcome = ? WHERE id = ?",
                 (on.isoformat(), resolution, evidence_seq, outcome, dispute_id))


def disputes_for_invoice(conn: sqlite3.Connection, invoice_id: int) -> list[Dispute]:
    return [_dispute(r) for r in conn.execute(_DISPUTE_SELECT + " WHERE invoice_id = ? ORDER BY id", (invoice_id,))]


def disputes_for_invoices(conn: sqlite3.Connection, invoice_ids: Iterable[int]) -> list[Dispute]:
    """Every dispute (open or resolved) of these invoices."""

    return [_dispute(r) for r in conn.execute(
        _DISPUTE_SELECT + " WHERE invoice_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json.dumps(sorted(set(invoice_ids))),))]


def disputes(conn: sqlite3.Connection, customer_id: int | None = None, open_only: bool = False) -> list[Dispute]:
    sql = _DISPUTE_SELECT + " WHERE 1"
    args: list[object] = []
    if customer_id is not None:
        sql += " AND invoice_id IN (SELECT id FROM invoices WHERE customer_id = ?)"
        args.append(customer_id)
    if open_only:
        sql += " AND resolved_on IS NULL"
    return [_dispute(r) for r in conn.execute(sql + " ORDER BY id", args)]


# -- letters ------------------------------------------------------------------------------------------
def insert_letter(conn: sqlite3.Connection, letter: Letter, reply_by: date | None, evidence_seq: int) -> int:
    lid = inserted_id(conn.execute(
        "INSERT INTO letters (customer_id, level, sent_on, reply_by, sha256, path, evidence_seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (letter.customer_id, letter.level, letter.sent_on.isoformat(), reply_by.isoformat() if reply_by else None,
         letter.sha256, letter.path, evidence_seq)))
    conn.executemany("INSERT INTO letter_invoices (letter_id, invoice_id) VALUES (?, ?)",
                     [(lid, i) for i in letter.invoice_ids])
    return lid


_LETTER_SELECT = ("SELECT l.id, l.customer_id, l.level, l.sent_on, l.sha256, l.path,"
                  " (SELECT group_concat(invoice_id) FROM letter_invoices li WHERE li.letter_id = l.id) FROM letters l")


def _letter(r: Row) -> Letter:
    return Letter(id=r[0], customer_id=r[1], level=r[2], sent_on=to_day(r[3]), sha256=r[4], path=r[5],
                  invoice_ids=_ids(r[6]))


def letters_for(conn: sqlite3.Connection, customer_id: int) -> list[Letter]:
    return [_letter(r) for r in conn.execute(_LETTER_SELECT + " WHERE l.customer_id = ? ORDER BY l.sent_on, l.id",
                                             (customer_id,))]


def last_letters(conn: sqlite3.Connection, on: date) -> dict[int, Letter]:
    """Each customer's latest letter sent on or before a day."""
    rows = conn.execute(
        _LETTER_SELECT + " WHERE l.id IN (SELECT max(id) FROM letters WHERE sent_on <= ? GROUP BY customer_id)",
        (on.isoformat(),))
    return {r[1]: _letter(r) for r in rows}


# -- attachments and limitation events ----------------------------------------------------------------
def insert_attachment(conn: sqlite3.Connection, customer_id: int, invoice_id: int | None, kind: str, filename: str,
                      sha256: str, stored_path: str, evidence_seq: int) -> int:
    return inserted_id(conn.execute(
        "INSERT INTO attachments (customer_id, invoice_id, kind, filename, sha256, stored_path, evidence_seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (customer_id, invoice_id, kind, filename, sha256, stored_path, evidence_seq)))


class AttachmentRow(NamedTuple):
    id: int
    invoice_id: int | None
    kind: str
    filename: str
    sha256: str
    stored_path: str
    evidence_seq: int


def attachments_for(conn: sqlite3.Connection, customer_id: int) -> list[AttachmentRow]:
    return [AttachmentRow(*r) for r in conn.execute(
        "SELECT id, invoice_id, kind, filename, sha256, stored_path, evidence_seq FROM attachments"
        " WHERE customer_id = ? ORDER BY id", (customer_id,))]


def settlements_of(conn: sqlite3.Connection, invoice_ids: list[int], as_of: date) -> dict[int, list[tuple[date, int]]]:
    """Per invoice, every allocation (payment, credit note, write-off) dated up to as_of: (date, amount)."""
    out: dict[int, list[tuple[date, int]]] = {}
    for start in range(0, len(invoice_ids), 500):
        chunk = invoice_ids[start:start + 500]
        for iid, d, amt in conn.execute(
                f"SELECT invoice_id, date, amount FROM allocations WHERE invoice_id IN ({placeholders(len(chunk))})"
                " AND date <= ? ORDER BY date, id", [*chunk, as_of.isoformat()]):
            out.setdefault(iid, []).append((date.fromisoformat(d), amt))
    return out


def customers_with_attachments(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT DISTINCT customer_id FROM attachments ORDER BY customer_id")]


def insert_limitation_event(conn: sqlite3.Connection, customer_id: int, invoice_id: int | None, on: date, kind: str,
                            note: str, evidence_seq: int, note_message: Message | None = None) -> int:
    """A limitation event; ``note`` as written (the English of ``note_message`` when the ledger wrote it)."""
    return inserted_id(conn.execute(
        "INSERT INTO limitation_events (customer_id, invoice_id, on_date, kind, note, note_message, evidence_seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", (customer_id, invoice_id, on.isoformat(), kind, note,
                                          message_json(note_message), evidence_seq)))


def limitation_inputs(conn: sqlite3.Connection, invoice_ids: list[int]) -> dict[int, list[tuple[str, str, str]]]:
    """Per invoice the events that may restart limitation: (ISO date, kind, event id)."""
    out: dict[int, list[tuple[str, str, str]]] = {i: [] for i in invoice_ids}
    for start in range(0, len(invoice_ids), 500):
        chunk = invoice_ids[start:start + 500]
        marks = placeholders(len(chunk))
        for iid, d, pid in conn.execute(
                f"SELECT invoice_id, date, payment_id FROM allocations WHERE kind = 'payment' AND amount > 0"
                f" AND payment_id NOT IN (SELECT id FROM payments WHERE reversed_on IS NOT NULL)"
                f" AND invoice_id IN ({marks})", chunk):
            out[iid].append((d, "part_payment", f"payment {pid}"))
        for iid, d, kind, eid in conn.execute(
                f"SELECT i.id, e.on_date, e.kind, e.id FROM invoices i JOIN limitation_events e"
                f" ON e.customer_id = i.customer_id AND (e.invoice_id IS NULL OR e.invoice_id = i.id)"
                f" WHERE i.id IN ({marks})", chunk):
            out[iid].append((d, kind, f"limitation_event {eid}"))  # a row reference (JSON "event"), not prose
        for iid, d, pid in conn.execute(
                f"SELECT i.id, p.promised_on, p.id FROM invoices i JOIN promises p ON p.customer_id = i.customer_id"
                f" WHERE i.id IN ({marks}) AND (NOT EXISTS (SELECT 1 FROM promise_invoices x WHERE x.promise_id = p.id)"
                f" OR EXISTS (SELECT 1 FROM promise_invoices x WHERE x.promise_id = p.id AND x.invoice_id = i.id))",
                chunk):
            out[iid].append((d, "promise", f"promise {pid}"))
    return out


# -- tasks --------------------------------------------------------------------------------------------
def insert_task(conn: sqlite3.Connection, customer_id: int, due_on: date, kind: str, note: Message,
                source: str) -> bool:
    """Add a task unless one with the same source exists; True if added. The note is kept as a message (code,
    parameters, English) to be shown in each reader's language, and as its English text."""
    cur = conn.execute("INSERT OR IGNORE INTO tasks (customer_id, due_on, kind, note, note_message, source)"
                       " VALUES (?, ?, ?, ?, ?, ?)",
                       (customer_id, due_on.isoformat(), kind, str(note),
                        message_json(note), source))
    return cur.rowcount == 1


class TaskRow(NamedTuple):
    id: int
    customer_id: int
    due_on: str  # ISO date
    kind: str
    note: Message  # a note stored as plain text (someone's own words) is shown as written
    source: str


def open_tasks(conn: sqlite3.Connection, on: date) -> list[TaskRow]:
    return [TaskRow(r[0], r[1], r[2], r[3], stored_text(r[4], r[5]), r[6])
            for r in conn.execute("SELECT id, customer_id, due_on, kind, note, note_message, source FROM tasks"
                                  " WHERE done_on IS NULL AND due_on <= ? ORDER BY due_on, id", (on.isoformat(),))]


def complete_task(conn: sqlite3.Connection, task_id: int, on: date) -> bool:
    return conn.execute("UPDATE tasks SET done_on = ? WHERE id = ? AND done_on IS NULL",
                        (on.isoformat(), task_id)).rowcount == 1


# -- bulk reads for letter runs and the work queue ----------------------------------------------------
class OverdueItem(NamedTuple):
    customer_id: int
    invoice_id: int
    number: str
    due_date: str  # ISO date
    open: int
    currency: str
    disputed: int


def overdue_items(conn: sqlite3.Connection, on: date, customer_id: int | None = None) -> list[OverdueItem]:
    """Invoices overdue and open on a day, with the part of that disputed on the day.

    Rows (customer id, invoice id, number, due date, open, currency, disputed amount).
    """
    where = "" if customer_id is None else " AND i.customer_id = :c"
    index = "invoices_aging" if customer_id is None else "invoices_customer"
    sql = f"""
        SELECT * FROM (
            SELECT i.customer_id, i.id, i.number, i.due_date,
                   {OPEN_AS_OF} AS open,
                   i.currency, i.amount
            FROM invoices i INDEXED BY {index}
            WHERE i.closed_on > :d AND i.issue_date <= :d AND i.due_date < :d{where})
        WHERE open > 0
    """
    disputed = disputed_on(conn, on)
    rows = conn.execute(sql, {"d": on.isoformat(), "c": customer_id}).fetchall()
    if not disputed:
        return [OverdueItem(r[0], r[1], r[2], r[3], r[4], r[5], 0) for r in rows]
    # a dispute without an amount covers the whole invoice
    return [OverdueItem(r[0], r[1], r[2], r[3], r[4], r[5],
                        sum(r[6] if amt is None else amt for amt in disputed.get(r[1], ()))) for r in rows]


def late_settled_items(conn: sqlite3.Connection, on: date, due_since: date, customer_id: int | None = None, *,
                       closed_since: date | None = None, except_customers: Collection[int] = ()
                       ) -> list[OverdueItem]:
    """Invoices settled in full by a day, later than their due date (due on or after ``due_since``; settled on or
    after ``closed_since`` when given), that were not written off, of customers not in ``except_customers``:
    interest and compensation may still be owed on them.

    Rows shaped as :func:`overdue_items` (open and disputed amounts are 0).
    """
    where = "" if customer_id is None else " AND i.customer_id = :c"
    if closed_since is not None:
        where += " AND i.closed_on >= :closed_since"
    if except_customers:  # in SQL: a letter run leaves out most customers, so their rows are never built
        where += " AND i.customer_id NOT IN (SELECT value FROM json_each(:except))"
    sql = f"""
        SELECT i.customer_id, i.id, i.number, i.due_date, 0, i.currency, 0
        FROM invoices i
        WHERE i.closed_on <= :d AND i.closed_on > i.due_date AND i.due_date >= :since{where}
          AND i.id NOT IN (SELECT a.invoice_id FROM allocations a WHERE a.write_off_id IS NOT NULL)
    """
    # Written off: the few write-off allocations (write_off_id is set exactly for them), found once through their
    # partial index; a lookup per invoice (kind = 'write_off') read ~100,000 allocation rows on the 1M ledger.
    return [OverdueItem(*r) for r in conn.execute(
        sql, {"d": on.isoformat(), "since": due_since.isoformat(), "c": customer_id,
              "closed_since": closed_since.isoformat() if closed_since else None,
              "except": json.dumps(sorted(except_customers))})]


def insert_waiver(conn: sqlite3.Connection, waiver: InterestWaiver, evidence_seq: int) -> int:
    return inserted_id(conn.execute(
        "INSERT INTO interest_waivers (invoice_id, on_date, interest, compensation, reason, reason_message,"
        " evidence_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (waiver.invoice_id, waiver.on.isoformat(), waiver.interest, waiver.compensation, waiver.reason,
         message_json(waiver.reason_message),
         evidence_seq)))


def reminders_for_invoices(conn: sqlite3.Connection, invoice_ids: Iterable[int]) -> dict[int, list[Reminder]]:
    """Per invoice, the ladder letters sent about it (each a reminder in the sense of BGB § 286 Abs. 1), oldest
    first: the first day it was emailed and posted (UTC day of the dispatch) and its earliest recorded delivery."""

    out: dict[int, list[Reminder]] = {}
    for iid, level, sent_on, emailed, posted, delivered in conn.execute(
            "SELECT li.invoice_id, l.level, l.sent_on,"
            " (SELECT min(substr(sent_at, 1, 10)) FROM dispatches d WHERE d.letter_id = l.id AND method = 'email'),"
            " (SELECT min(substr(sent_at, 1, 10)) FROM dispatches d WHERE d.letter_id = l.id AND method != 'email'),"
            " (SELECT min(d.delivered_on) FROM dispatches d WHERE d.letter_id = l.id)"
            " FROM letter_invoices li JOIN letters l ON l.id = li.letter_id"
            " WHERE li.invoice_id IN (SELECT value FROM json_each(?)) ORDER BY l.sent_on, l.id",
            (json.dumps(sorted(set(invoice_ids))),)):
        out.setdefault(iid, []).append(Reminder(date.fromisoformat(sent_on), level, to_date(emailed), to_date(posted),
                                                to_date(delivered)))
    return out


def waivers_for_invoices(conn: sqlite3.Connection, invoice_ids: Iterable[int]) -> dict[int, list[InterestWaiver]]:
    """Per invoice, its interest and compensation waivers, oldest first."""

    out: dict[int, list[InterestWaiver]] = {}
    for wid, iid, on, interest, comp, reason, said in conn.execute(
            "SELECT id, invoice_id, on_date, interest, compensation, reason, reason_message FROM interest_waivers"
            " WHERE invoice_id IN (SELECT value FROM json_each(?)) ORDER BY on_date, id",
            (json.dumps(sorted(set(invoice_ids))),)):
        out.setdefault(iid, []).append(InterestWaiver(iid, date.fromisoformat(on), interest, comp, reason, wid,
                                                                    message_from_data(json.loads(said)) if said
                                                                    else None))
    return out


def disputed_on(conn: sqlite3.Connection, on: date) -> dict[int, list[int | None]]:
    """Disputed amounts (None: the whole invoice) per invoice, for disputes open on a day."""
    out: dict[int, list[int | None]] = {}
    for iid, amount in conn.execute(
            "SELECT invoice_id, amount FROM disputes WHERE opened_on <= ? AND (resolved_on IS NULL OR resolved_on > ?)",
            (on.isoformat(), on.isoformat())):
        out.setdefault(iid, []).append(amount)
    return out


def customers_with_open_disputes(conn: sqlite3.Connection) -> set[int]:
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT i.customer_id FROM disputes d JOIN invoices i ON i.id = d.invoice_id"
        " WHERE d.resolved_on IS NULL")}


# -- KPI inputs ---------------------------------------------------------------------------------------
def sums_by_currency(conn: sqlite3.Connection, start: date, end: date) -> dict[str, dict[str, int]]:
    """Per currency: credit sales (invoices issued), amounts falling due, collected and written off in
    [start, end]."""
    args = (start.isoformat(), end.isoformat())
    out: dict[str, dict[str, int]] = {}

    def put(key: str, rows_: Iterable[tuple[str, int]]) -> None:
        for cur, total in rows_:
            out.setdefault(cur, {"credit_sales": 0, "due": 0, "collected": 0, "written_off": 0})[key] = total or 0

    put("credit_sales", conn.execute(
        "SELECT currency, sum(amount) FROM invoices WHERE issue_date BETWEEN ? AND ? AND voided_on IS NULL"
        " GROUP BY currency", args))
    put("due", conn.execute(
        "SELECT currency, sum(amount) FROM invoices WHERE due_date BETWEEN ? AND ? AND voided_on IS NULL"
        " GROUP BY currency", args))
    put("collected", conn.execute(
        "SELECT currency, sum(amount) FROM payments WHERE date BETWEEN ? AND ? AND reversed_on IS NULL"
        " GROUP BY currency", args))
    put("written_off", conn.execute(
        "SELECT i.currency, sum(w.amount) FROM write_offs w JOIN invoices i ON i.id = w.invoice_id"
        " WHERE w.date BETWEEN ? AND ? AND w.reversed_on IS NULL GROUP BY i.currency", args))
    return out


def collection_cases(conn: sqlite3.Connection, start: date, end: date) -> list[tuple[str, str, str]]:
    """(currency, first collection action, paid in full) for invoices closed in [start, end] after their due
    date that had a contact or letter between falling due and being paid."""
    return conn.execute(
        """
        SELECT currency, first_action, closed_on FROM (
            SELECT i.currency, i.closed_on,
                   min(coalesce((SELECT min(substr(c.at, 1, 10)) FROM contacts c WHERE c.customer_id = i.customer_id
                                 AND substr(c.at, 1, 10) > i.due_date AND substr(c.at, 1, 10) <= i.closed_on),
                                '9999-12-31'),
                       coalesce((SELECT min(l.sent_on) FROM letters l WHERE l.customer_id = i.customer_id
                                 AND l.sent_on > i.due_date AND l.sent_on <= i.closed_on), '9999-12-31'))
                       AS first_action
            FROM invoices i INDEXED BY invoices_aging
            WHERE i.closed_on BETWEEN ? AND ? AND i.closed_on > i.due_date)
        WHERE first_action != '9999-12-31'
        """, (start.isoformat(), end.isoformat())).fetchall()


def customer_behaviour(conn: sqlite3.Connection, since: date) -> dict[int, tuple[int, int]]:
    """Per customer, over invoices closed since a day: (amount-weighted days late x amount, amount)."""
    rows_ = conn.execute(
        "SELECT customer_id, sum(max(0, julianday(closed_on) - julianday(due_date)) * amount), sum(amount)"
        " FROM invoices INDEXED BY invoices_aging WHERE closed_on >= ? AND closed_on != ? GROUP BY customer_id",
        (since.isoformat(), OPEN))
    return {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in rows_}
