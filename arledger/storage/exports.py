"""Streaming queries for workbook exports: cursors the caller iterates, never whole result lists.

A 100,000-row export must not hold 100,000 rows in memory, so these functions return the sqlite3 cursor
(an iterator that fetches as it goes) and leave ordering to an index or one SQL sort.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from typing import Any

# The same open-amount-as-of expression the aging report uses, so the export and `report aging`
# can never disagree about what was open on a date.
from arledger.storage.aging import OPEN_AS_OF

# Separators for packed allocation lists: ASCII unit and record separators never occur in invoice numbers
# typed by people, unlike ',' or ';'.
UNIT_SEP = "\x1f"
RECORD_SEP = "\x1e"


#: One row of an export query, columns by position as each function's docstring lists them.
ExportRow = tuple[Any, ...]


def open_items(conn: sqlite3.Connection, as_of: date) -> Iterator[ExportRow]:
    """Invoices with something open on as_of, as the ledger stood then, ordered by customer, due date, number.

    Rows: (invoice id, customer code, customer name, number, ISO issue date, ISO due date, amount,
    open amount, currency, reference, customer id), ordered by customer, currency, due date and number (each
    customer's invoices in one currency together, for the sheet's subtotals). Ages are left to the caller
    (plain date arithmetic in Python is cheaper than julianday() per row).

    Customers are walked in code order (CROSS JOIN fixes the loop order) and each one's invoices read by
    (customer, due date), so SQLite sorts only within one customer, never the whole result: memory stays
    flat however many items are open.
    """
    sql = f"""
        SELECT i.id, c.code, c.name, i.number, i.issue_date, i.due_date, i.amount, {OPEN_AS_OF} AS open,
               i.currency, i.reference, i.customer_id
        FROM customers c CROSS JOIN invoices i INDEXED BY invoices_customer
        WHERE i.customer_id = c.id AND i.closed_on > :d AND i.issue_date <= :d AND open > 0
        ORDER BY c.code, i.currency, i.due_date, i.number
    """
    return conn.execute(sql, {"d": as_of.isoformat()})


def count_candidate_open_items(conn: sqlite3.Connection, as_of: date) -> int:
    """An upper bound for open_items (invoices not closed by as_of), cheap enough for a progress bar."""
    return int(conn.execute("SELECT count(*) FROM invoices WHERE closed_on > ? AND issue_date <= ?",
                            (as_of.isoformat(), as_of.isoformat())).fetchone()[0])


def open_item_text_widths(conn: sqlite3.Connection, as_of: date) -> dict[str, int]:
    """Longest customer code, name, invoice number and reference among invoices not closed by as_of.

    Lets a streamed sheet fit its column widths before the first row is written.
    """
    row = conn.execute(
        "SELECT max(length(c.code)), max(length(c.name)), max(length(i.number)), max(length(i.reference))"
        " FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.closed_on > ? AND i.issue_date <= ?",
        (as_of.isoformat(), as_of.isoformat())).fetchone()
    return {k: v or 0 for k, v in zip(("customer", "name", "number", "reference"), row, strict=True)}


def invoices_issued(conn: sqlite3.Connection, period_from: date | None, period_to: date) -> Iterator[ExportRow]:
    """Every invoice issued in the period (open or not), with what was settled on period_to.

    Rows: (customer code, customer name, number, issue date, due date, amount, currency, reference,
    settled on period_to, ISO voided_on or None, void reason or None: a void after period_to is not shown, ISO
    received_on or None),
    in the order they were entered (the table's own order: no sort, so memory stays
    flat on a million invoices; the sheet's filter sorts them any other way).
    """
    sql = f"""
        SELECT c.code, c.name, i.number, i.issue_date, i.due_date, i.amount, i.currency, i.reference,
               i.amount - ({OPEN_AS_OF}),
               CASE WHEN i.voided_on <= :d THEN i.voided_on END,
               CASE WHEN i.voided_on <= :d THEN (SELECT r.reason FROM reversals r
                                                  WHERE r.kind = 'invoice' AND r.target_id = i.id) END,
               i.received_on
        FROM invoices i JOIN customers c ON c.id = i.customer_id
        WHERE i.issue_date <= :d AND i.issue_date >= :f
        ORDER BY i.id
    """
    return conn.execute(sql, {"d": period_to.isoformat(),
                              "f": period_from.isoformat() if period_from else "0000-01-01"})


def _packed(column: str) -> str:
    """What an entry still settled on :d, per invoice: 'number UNIT_SEP minor' joined by RECORD_SEP."""
    return f"""(SELECT coalesce(group_concat(number || char(31) || amount, char(30)), '') FROM (
                SELECT i.number AS number, sum(a.amount) AS amount
                FROM allocations a JOIN invoices i ON i.id = a.invoice_id
                WHERE a.{column} = e.id AND a.date <= :d GROUP BY a.invoice_id HAVING sum(a.amount) > 0
                ORDER BY min(a.id)))"""


def _reversal(kind: str) -> str:
    """reversed_on (if by :d) and the reversal's reason."""
    return (f"CASE WHEN e.reversed_on <= :d THEN e.reversed_on END,"
            f" CASE WHEN e.reversed_on <= :d THEN (SELECT r.reason FROM reversals r WHERE r.kind = '{kind}'"
            f" AND r.target_id = e.id) END")


def _refunded(column: str) -> str:
    """How much of an entry's credit refunds standing on :d paid back."""
    return f"""(SELECT coalesce(sum(r.amount), 0) FROM refund_parts r JOIN refunds f ON f.id = r.refund_id
                WHERE r.{column} = e.id AND f.date <= :d AND (f.reversed_on IS NULL OR f.reversed_on > :d))"""


def payments_in_period(conn: sqlite3.Connection, period_from: date | None, period_to: date) -> Iterator[ExportRow]:
    """Payments dated in the period with what they still settled on period_to.

    Rows: (date, customer code, customer name, amount, currency, method, reference, applied or refunded amount,
    packed allocations, ISO reversed_on or None, reversal reason or None), ordered by date and id. Packed allocations
    are 'number UNIT_SEP minor' joined by RECORD_SEP, net of reversals.
    """
    # Correlated subqueries through the allocations_payment index, in payments_date order: no sort of the
    # payments and no grouped temporary table over them, whatever their number.
    sql = f"""
        SELECT e.date, c.code, c.name, e.amount, e.currency, e.method, e.reference,
               (SELECT coalesce(sum(a.amount), 0) FROM allocations a WHERE a.payment_id = e.id AND a.date <= :d)
               + {_refunded("payment_id")},
               {_packed("payment_id")}, {_reversal("payment")}
        FROM payments e INDEXED BY payments_date
        JOIN customers c ON c.id = e.customer_id
        WHERE e.date <= :d AND e.date >= :f
        ORDER BY e.date, e.id
    """
    return conn.execute(sql, {"d": period_to.isoformat(),
                              "f": period_from.isoformat() if period_from else "0000-01-01"})


def credit_notes_in_period(conn: sqlite3.Connection, period_from: date | None, period_to: date) -> Iterator[ExportRow]:
    """Credit notes dated in the period. Rows: (date, customer code, customer name, number, amount, currency,
    reason, applied or refunded amount, packed allocations, ISO reversed_on or None, reversal reason or None)."""
    sql = f"""
        SELECT e.date, c.code, c.name, e.number, e.amount, e.currency, e.reason,
               (SELECT coalesce(sum(a.amount), 0) FROM allocations a WHERE a.credit_note_id = e.id
                AND a.date <= :d) + {_refunded("credit_note_id")}, {_packed("credit_note_id")},
               {_reversal("credit_note")}
        FROM credit_notes e JOIN customers c ON c.id = e.customer_id
        WHERE e.date <= :d AND e.date >= :f
        ORDER BY e.date, e.id
    """
    return conn.execute(sql, {"d": period_to.isoformat(),
                              "f": period_from.isoformat() if period_from else "0000-01-01"})


def write_offs_in_period(conn: sqlite3.Connection, period_from: date | None, period_to: date) -> Iterator[ExportRow]:
    """Write-offs dated in the period. Rows: (date, customer code, customer name, invoice number, amount,
    currency, reason, the reason's message as stored or None, ISO reversed_on or None, reversal reason or None)."""
    sql = f"""
        SELECT e.date, c.code, c.name, i.number, e.amount, i.currency, e.reason, e.reason_message,
               {_reversal("write_off")}
        FROM write_offs e JOIN invoices i ON i.id = e.invoice_id JOIN customers c ON c.id = i.customer_id
        WHERE e.date <= :d AND e.date >= :f
        ORDER BY e.date, e.id
    """
    return conn.execute(sql, {"d": period_to.isoformat(),
                              "f": period_from.isoformat() if period_from else "0000-01-01"})


def refunds_in_period(conn: sqlite3.Connection, period_from: date | None, period_to: date) -> Iterator[ExportRow]:
    """Refunds dated in the period. Rows: (date, customer code, customer name, amount, currency, method,
    reference, reason, ISO reversed_on or None, reversal reason or None), ordered by date and id."""
    sql = f"""
        SELECT e.date, c.code, c.name, e.amount, e.currency, e.method, e.reference, e.reason, {_reversal("refund")}
        FROM refunds e JOIN customers c ON c.id = e.customer_id
        WHERE e.date <= :d AND e.date >= :f
        ORDER BY e.date, e.id
    """
    return conn.execute(sql, {"d": period_to.isoformat(),
                              "f": period_from.isoformat() if period_from else "0000-01-01"})


def customers(conn: sqlite3.Connection) -> Iterator[ExportRow]:
    """Customer master data in the import's column order, by code.

    Rows: (code, name, kind, email, phone, address, country, jurisdiction, language, timezone,
    payment terms days, credit limit in minor units or None, currency, risk tier, tags, contact people
    packed as 'name|role|phone|email' joined by RECORD_SEP, do_not_contact, attorney_on_record, on_hold,
    notes).
    """
    return conn.execute(
        "SELECT code, name, kind, email, phone, address, country, jurisdiction, language, timezone,"
        " payment_terms_days, credit_limit, currency, risk_tier, tags,"
        " (SELECT group_concat(p.name || '|' || p.role || '|' || p.phone || '|' || p.email, char(30))"
        "  FROM (SELECT * FROM contact_people WHERE customer_id = customers.id ORDER BY id) p),"
        " do_not_contact, attorney_on_record, on_hold, notes FROM customers ORDER BY code")


def count_rows(conn: sqlite3.Connection, as_of: date, period_from: date | None, period_to: date) -> int:
    """About how many rows a workbook will hold (for progress): open items, the period's invoices and
    payments, and the customers."""
    f = period_from.isoformat() if period_from else "0000-01-01"
    t = period_to.isoformat()
    invoices: int = conn.execute("SELECT count(*) FROM invoices WHERE issue_date BETWEEN ? AND ?", (f, t)).fetchone()[0]
    payments: int = conn.execute("SELECT count(*) FROM payments WHERE date BETWEEN ? AND ?", (f, t)).fetchone()[0]
    customers: int = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    return count_candidate_open_items(conn, as_of) + invoices + payments + customers
