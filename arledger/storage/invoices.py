"""Invoices: rows <-> domain Invoice, and the open-item queries."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple

from arledger.domain.allocation import Receivable
from arledger.domain.model import Invoice, OpenItem
from arledger.storage.migrations import OPEN
from arledger.storage.rows import Row, inserted_id, now_utc, to_date, to_day

_INSERT = (
    "INSERT INTO invoices (customer_id, number, issue_date, due_date, amount, currency, reference,"
    " created_at, contract_rate_bp, contract_fee, payment_date_agreed, default_notice, received_on)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _from_row(r: Row) -> Invoice:
    return Invoice(id=r[0], customer_id=r[1], number=r[2], issue_date=to_day(r[3]),
                   due_date=to_day(r[4]), amount=r[5], currency=r[6], reference=r[7], contract_rate_bp=r[8],
                   contract_fee=r[9], payment_date_agreed=_flag(r[10]), default_notice=_flag(r[11]),
                   received_on=to_date(r[12]))


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _int_flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


_SELECT = ("SELECT id, customer_id, number, issue_date, due_date, amount, currency, reference, contract_rate_bp,"
           " contract_fee, payment_date_agreed, default_notice, received_on FROM invoices")


def insert(conn: sqlite3.Connection, inv: Invoice) -> int:
    return inserted_id(conn.execute(_INSERT, (inv.customer_id, inv.number, inv.issue_date.isoformat(),
                                  inv.due_date.isoformat(), inv.amount, inv.currency, inv.reference,
                                  now_utc(), inv.contract_rate_bp, inv.contract_fee,
                                  _int_flag(inv.payment_date_agreed), _int_flag(inv.default_notice),
                                  _iso(inv.received_on))))


def insert_many(conn: sqlite3.Connection, invoices: Iterable[Invoice]) -> None:
    stamp = now_utc()
    conn.executemany(_INSERT, ((i.customer_id, i.number, i.issue_date.isoformat(), i.due_date.isoformat(),
                                i.amount, i.currency, i.reference, stamp, i.contract_rate_bp, i.contract_fee,
                                _int_flag(i.payment_date_agreed), _int_flag(i.default_notice), _iso(i.received_on))
                               for i in invoices))


def set_contract_terms(conn: sqlite3.Connection, invoice_id: int, rate_bp: int | None, fee: int | None) -> None:
    conn.execute("UPDATE invoices SET contract_rate_bp = ?, contract_fee = ? WHERE id = ?", (rate_bp, fee, invoice_id))


def set_default_terms(conn: sqlite3.Connection, invoice_id: int, payment_date_agreed: bool | None,
                      default_notice: bool | None) -> None:
    conn.execute("UPDATE invoices SET payment_date_agreed = ?, default_notice = ? WHERE id = ?",
                 (_int_flag(payment_date_agreed), _int_flag(default_notice), invoice_id))


def set_received(conn: sqlite3.Connection, invoice_id: int, received_on: date | None) -> None:
    conn.execute("UPDATE invoices SET received_on = ? WHERE id = ?", (_iso(received_on), invoice_id))


def by_number(conn: sqlite3.Connection, number: str) -> Invoice | None:
    row = conn.execute(f"{_SELECT} WHERE number = ?", (number,)).fetchone()
    return _from_row(row) if row else None


def by_id(conn: sqlite3.Connection, iid: int) -> Invoice | None:
    row = conn.execute(f"{_SELECT} WHERE id = ?", (iid,)).fetchone()
    return _from_row(row) if row else None


def by_ids(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Invoice]:
    """Many invoices at once, keyed by id."""

    rows = conn.execute(f"{_SELECT} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),))
    return {r[0]: _from_row(r) for r in rows}


def existing_numbers(conn: sqlite3.Connection, numbers: Iterable[str]) -> set[str]:
    """Which of these invoice numbers the ledger already holds (checked in chunks)."""
    found: set[str] = set()
    batch = list(numbers)
    for i in range(0, len(batch), 500):
        chunk = batch[i:i + 500]
        found.update(r[0] for r in conn.execute(
            f"SELECT number FROM invoices WHERE number IN ({','.join('?' * len(chunk))})", chunk))
    return found


def open_receivables(conn: sqlite3.Connection, customer_id: int, currency: str) -> list[Receivable]:
    """The customer's invoices in currency with something still open today (all allocations counted)."""
    rows = conn.execute(
        "SELECT id, number, issue_date, due_date, amount - settled FROM invoices"
        f" WHERE customer_id = ? AND currency = ? AND closed_on = '{OPEN}' AND settled < amount",
        (customer_id, currency),
    )
    return [Receivable(r[0], r[1], to_day(r[2]), to_day(r[3]), r[4]) for r in rows]


def receivable(conn: sqlite3.Connection, invoice_id: int) -> Receivable:
    r = conn.execute("SELECT id, number, issue_date, due_date,"
                     " CASE WHEN voided_on IS NULL THEN amount - settled ELSE 0 END FROM invoices WHERE id = ?",
                     (invoice_id,)).fetchone()
    return Receivable(r[0], r[1], to_day(r[2]), to_day(r[3]), r[4])


def open_items_as_of(conn: sqlite3.Connection, as_of: date, customer_id: int | None = None) -> list[OpenItem]:
    """Every invoice with an open amount on as_of, as the ledger stood then."""
    sql = (
        "SELECT i.id, i.customer_id, i.number, i.issue_date, i.due_date, i.amount, i.currency,"
        " i.amount - CASE WHEN i.first_settled_on IS NULL OR i.first_settled_on > :d THEN 0 ELSE"
        "  (SELECT coalesce(sum(a.amount), 0) FROM allocations a WHERE a.invoice_id = i.id AND a.date <= :d)"
        " END"
        " FROM invoices i WHERE i.closed_on > :d AND i.issue_date <= :d"
    )
    args: dict[str, Any] = {"d": as_of.isoformat()}
    if customer_id is not None:
        sql += " AND i.customer_id = :c"
        args["c"] = customer_id
    out: list[OpenItem] = []
    for r in conn.execute(sql, args):
        if r[7] > 0:
            out.append(OpenItem(invoice_id=r[0], customer_id=r[1], number=r[2], issue_date=to_day(r[3]),
                                due_date=to_day(r[4]), amount=r[5], currency=r[6], open_amount=r[7]))
    return out


class OpenItemRow(NamedTuple):
    """One row of :func:`open_items_page` (dates are ISO text)."""

    id: int
    number: str
    customer_code: str
    customer_name: str
    issue_date: str
    due_date: str
    amount: int
    open: int
    currency: str


def open_items_page(conn: sqlite3.Connection, *, after: tuple[str, int] | None = None, limit: int = 200,
                    customer_id: int | None = None) -> list[OpenItemRow]:
    """Currently open invoices by due date, one keyset page at a time."""
    where = [f"i.closed_on = '{OPEN}'"]
    args: list[object] = []
    if after is not None:
        where.append("(i.due_date, i.id) > (?, ?)")
        args += list(after)
    if customer_id is not None:
        where.append("i.customer_id = ?")
        args.append(customer_id)
    sql = (
        "SELECT i.id, i.number, c.code, c.name, i.issue_date, i.due_date, i.amount, i.amount - i.settled,"
        " i.currency FROM invoices i INDEXED BY invoices_open_by_due JOIN customers c ON c.id = i.customer_id"
        if customer_id is None else
        "SELECT i.id, i.number, c.code, c.name, i.issue_date, i.due_date, i.amount, i.amount - i.settled,"
        " i.currency FROM invoices i JOIN customers c ON c.id = i.customer_id"
    )
    sql += " WHERE " + " AND ".join(where) + " ORDER BY i.due_date, i.id LIMIT ?"
    return [OpenItemRow(*r) for r in conn.execute(sql, [*args, limit])]


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM invoices").fetchone()[0])


def last_settled_on(conn: sqlite3.Connection, invoice_id: int) -> date | None:
    return to_date(conn.execute("SELECT last_settled_on FROM invoices WHERE id = ?", (invoice_id,)).fetchone()[0])


def open_balance(conn: sqlite3.Connection, customer_id: int, currency: str) -> int:
    """What the customer owes today on invoices in currency (before unapplied credit)."""
    return int(conn.execute(
        f"SELECT coalesce(sum(amount - settled), 0) FROM invoices WHERE customer_id = ? AND currency = ?"
        f" AND closed_on = '{OPEN}'", (customer_id, currency)).fetchone()[0])
