"""Notice records: the letters between the demands (promise confirmations, ...), apart from the ladder."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class NoticeRow:
    id: int
    customer_id: int
    kind: str
    about_id: int | None
    sent_on: date
    sha256: str
    path: str
    evidence_seq: int
    emailed_seq: int | None


_SELECT = ("SELECT id, customer_id, kind, about_id, sent_on, sha256, path, evidence_seq, emailed_seq FROM notices")


def _row(r: tuple) -> NoticeRow:  # type: ignore[type-arg]
    return NoticeRow(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]), r[5], r[6], r[7], r[8])


def insert_notice(conn: sqlite3.Connection, customer_id: int, kind: str, about_id: int | None, sent_on: date,
                  sha256: str, path: str, evidence_seq: int, emailed_seq: int | None = None) -> int:
    cursor = conn.execute(
        "INSERT INTO notices (customer_id, kind, about_id, sent_on, sha256, path, evidence_seq, emailed_seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (customer_id, kind, about_id, sent_on.isoformat(), sha256, path, evidence_seq, emailed_seq))
    return int(cursor.lastrowid or 0)


def link_invoices(conn: sqlite3.Connection, notice_id: int, invoice_ids: list[int]) -> None:
    conn.executemany("INSERT INTO notice_invoices (notice_id, invoice_id) VALUES (?, ?)",
                     [(notice_id, i) for i in invoice_ids])


def invoices_with_notice(conn: sqlite3.Connection, kind: str, invoice_ids: list[int]) -> set[int]:
    """Which of the invoices a notice of ``kind`` already named."""
    if not invoice_ids:
        return set()
    marks = ",".join("?" * len(invoice_ids))
    return {int(r[0]) for r in conn.execute(
        f"SELECT ni.invoice_id FROM notice_invoices ni JOIN notices n ON n.id = ni.notice_id"
        f" WHERE n.kind = ? AND ni.invoice_id IN ({marks})", (kind, *invoice_ids))}


def set_emailed(conn: sqlite3.Connection, notice_id: int, emailed_seq: int) -> None:
    conn.execute("UPDATE notices SET emailed_seq = ? WHERE id = ?", (emailed_seq, notice_id))


def notices_about(conn: sqlite3.Connection, kind: str, about_id: int) -> list[NoticeRow]:
    return [_row(r) for r in conn.execute(_SELECT + " WHERE kind = ? AND about_id = ? ORDER BY id", (kind, about_id))]


def count_for_customer(conn: sqlite3.Connection, customer_id: int) -> int:
    return int(conn.execute("SELECT count(*) FROM notices WHERE customer_id = ?", (customer_id,)).fetchone()[0])


def path_taken(conn: sqlite3.Connection, path: str) -> bool:
    return conn.execute("SELECT 1 FROM notices WHERE path = ?", (path,)).fetchone() is not None


def unconfirmed_promises(conn: sqlite3.Connection, recorded_before: str) -> list[tuple[int, int, str]]:
    """(promise id, customer id, when recorded) of promises recorded before the given UTC time (ISO) that no
    promise confirmation was sent for, oldest first; promises inside a payment plan are confirmed by its
    agreement instead."""
    return [(int(r[0]), int(r[1]), str(r[2])) for r in conn.execute(
        "SELECT p.id, p.customer_id, e.at FROM promises p JOIN evidence e ON e.seq = p.evidence_seq"
        " WHERE p.plan_id IS NULL AND e.at < ?"
        " AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.kind = 'promise_confirmation' AND n.about_id = p.id)"
        " ORDER BY e.at, p.id", (recorded_before,))]


def thank_you_candidates(conn: sqlite3.Connection, customer_id: int | None = None) -> list[tuple[int, date]]:
    """(customer id, date of the last letter) of customers who had letters and no thank-you since the last one."""
    sql = ("SELECT c, last FROM (SELECT l.customer_id AS c, max(l.sent_on) AS last FROM letters l"
           + (" WHERE l.customer_id = ?" if customer_id is not None else "")
           + " GROUP BY l.customer_id) WHERE NOT EXISTS (SELECT 1 FROM notices n WHERE n.customer_id = c"
           " AND n.kind = 'thank_you' AND n.sent_on >= last) ORDER BY c")
    args = (customer_id,) if customer_id is not None else ()
    return [(int(r[0]), date.fromisoformat(r[1])) for r in conn.execute(sql, args)]


def lettered_invoices(conn: sqlite3.Connection, customer_id: int) -> list[tuple[str, int, str, int]]:
    """(number, amount, currency, written off) of every invoice a letter to the customer named."""
    return [(str(r[0]), int(r[1]), str(r[2]), int(r[3])) for r in conn.execute(
        "SELECT i.number, i.amount, i.currency, (SELECT coalesce(sum(a.amount), 0) FROM allocations a"
        " WHERE a.invoice_id = i.id AND a.kind = 'write_off') FROM invoices i WHERE i.id IN"
        " (SELECT li.invoice_id FROM letter_invoices li JOIN letters l ON l.id = li.letter_id"
        "  WHERE l.customer_id = ?) ORDER BY i.issue_date, i.number", (customer_id,))]


def payments_to(conn: sqlite3.Connection, customer_id: int) -> list[tuple[date, int, str]]:
    """(date, amount, currency) of each payment allocated to an invoice a letter to the customer named."""
    return [(date.fromisoformat(r[0]), int(r[1]), str(r[2])) for r in conn.execute(
        "SELECT p.date, sum(a.amount), p.currency FROM allocations a JOIN payments p ON p.id = a.payment_id"
        " WHERE a.kind = 'payment' AND a.invoice_id IN"
        " (SELECT li.invoice_id FROM letter_invoices li JOIN letters l ON l.id = li.letter_id"
        "  WHERE l.customer_id = ?) GROUP BY p.id ORDER BY p.date, p.id", (customer_id,))]


def plan_row(conn: sqlite3.Connection, plan_id: int) -> tuple[int, date, str] | None:
    """(customer id, agreed on, note) of an instalment plan."""
    r = conn.execute("SELECT customer_id, created_on, note FROM plans WHERE id = ?", (plan_id,)).fetchone()
    return (int(r[0]), date.fromisoformat(r[1]), str(r[2])) if r else None


def notice(conn: sqlite3.Connection, notice_id: int) -> NoticeRow | None:
    r = conn.execute(_SELECT + " WHERE id = ?", (notice_id,)).fetchone()
    return _row(r) if r else None


def notices_of(conn: sqlite3.Connection, customer_id: int | None = None, limit: int = 200) -> list[NoticeRow]:
    """The latest notices (of one customer, or all), newest first."""
    where, args = (" WHERE customer_id = ?", (customer_id,)) if customer_id is not None else ("", ())
    return [_row(r) for r in conn.execute(_SELECT + where + " ORDER BY sent_on DESC, id DESC LIMIT ?",
                                          (*args, limit))]


def notice_invoice_numbers(conn: sqlite3.Connection, notice_id: int) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT i.number FROM notice_invoices ni JOIN invoices i ON i.id = ni.invoice_id WHERE ni.notice_id = ?"
        " ORDER BY i.issue_date, i.number", (notice_id,))]


@dataclass(frozen=True, slots=True)
class NoticePostRow:
    id: int
    notice_id: int
    method: str
    tracking: str
    posted_at: str
    evidence_seq: int
    delivered_on: date | None
    delivered_seq: int | None


_POST = ("SELECT id, notice_id, method, tracking, posted_at, evidence_seq, delivered_on, delivered_seq"
         " FROM notice_posts")


def _post(r: tuple) -> NoticePostRow:  # type: ignore[type-arg]
    return NoticePostRow(r[0], r[1], r[2], r[3], r[4], r[5], date.fromisoformat(r[6]) if r[6] else None, r[7])


def insert_post(conn: sqlite3.Connection, notice_id: int, method: str, tracking: str, posted_at: str,
                evidence_seq: int) -> int:
    cursor = conn.execute("INSERT INTO notice_posts (notice_id, method, tracking, posted_at, evidence_seq)"
                          " VALUES (?, ?, ?, ?, ?)", (notice_id, method, tracking, posted_at, evidence_seq))
    return int(cursor.lastrowid or 0)


def posts_of(conn: sqlite3.Connection, notice_id: int) -> list[NoticePostRow]:
    return [_post(r) for r in conn.execute(_POST + " WHERE notice_id = ? ORDER BY id", (notice_id,))]


def mark_post_delivered(conn: sqlite3.Connection, post_id: int, on: date, evidence_seq: int) -> None:
    conn.execute("UPDATE notice_posts SET delivered_on = ?, delivered_seq = ? WHERE id = ? AND delivered_on IS NULL",
                 (on.isoformat(), evidence_seq, post_id))


def posted_undelivered(conn: sqlite3.Connection, posted_before: str) -> list[tuple[NoticePostRow, int, str]]:
    """Posted notices with no delivery record, posted before the UTC timestamp given: (post, customer id, kind)."""
    rows = conn.execute(
        "SELECT p.id, p.notice_id, p.method, p.tracking, p.posted_at, p.evidence_seq, p.delivered_on,"
        " p.delivered_seq, n.customer_id, n.kind FROM notice_posts p JOIN notices n ON n.id = p.notice_id"
        " WHERE p.delivered_on IS NULL AND p.posted_at < ?"
        " AND NOT EXISTS (SELECT 1 FROM notice_posts q WHERE q.notice_id = p.notice_id AND q.delivered_on IS NOT NULL)"
        " ORDER BY p.posted_at", (posted_before,)).fetchall()
    return [(_post(r[:8]), int(r[8]), str(r[9])) for r in rows]


def plans_without_agreement(conn: sqlite3.Connection) -> list[tuple[int, int, date]]:
    """(plan id, customer id, agreed on) of instalment plans no repayment agreement was sent for, oldest first."""
    return [(int(r[0]), int(r[1]), date.fromisoformat(r[2])) for r in conn.execute(
        "SELECT p.id, p.customer_id, p.created_on FROM plans p WHERE NOT EXISTS (SELECT 1 FROM notices n"
        " WHERE n.kind = 'repayment_agreement' AND n.about_id = p.id) ORDER BY p.created_on, p.id")]
