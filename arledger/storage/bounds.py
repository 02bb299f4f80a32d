"""Stored values outside the bounds arledger accepts today (domain.bounds): dates, amounts and text lengths
written before the checks existed, or by another program."""

from __future__ import annotations

import sqlite3

from arledger.domain.bounds import MAX_AMOUNT, MAX_DATE, MIN_DATE, TEXT_LIMITS

DATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "invoices": ("issue_date", "due_date"), "payments": ("date",), "credit_notes": ("date",),
    "write_offs": ("date",), "allocations": ("date",), "promises": ("promised_on", "due_date"),
    "plans": ("created_on",), "disputes": ("opened_on", "resolved_on"), "letters": ("sent_on", "reply_by"),
    "limitation_events": ("on_date",), "tasks": ("due_on",), "contacts": ("at",),
}
AMOUNT_COLUMNS: dict[str, tuple[str, ...]] = {
    "invoices": ("amount",), "payments": ("amount",), "credit_notes": ("amount",), "write_offs": ("amount",),
    "promises": ("amount",), "disputes": ("amount",), "customers": ("credit_limit", "contract_fee"),
}
TEXT_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "customers": (("code", "code"), ("name", "name"), ("address", "address"), ("email", "short"),
                  ("phone", "short"), ("notes", "summary")),
    "invoices": (("number", "short"), ("reference", "short")),
    "payments": (("method", "short"), ("reference", "short")),
    "contacts": (("summary", "summary"), ("person", "short"), ("tracking", "short")),
    "disputes": (("note", "summary"), ("resolution", "summary")),
    "plans": (("note", "summary"),),
    "limitation_events": (("note", "summary"),),
}


def out_of_range(conn: sqlite3.Connection, limit: int = 5) -> list[tuple[str, int, str, str, str]]:
    """(table, row id, column, stored value, which bound) for up to ``limit`` rows per column."""
    out = []
    low, high = MIN_DATE.isoformat(), MAX_DATE.isoformat()
    for table, cols in DATE_COLUMNS.items():
        for col in cols:
            for rid, value in conn.execute(
                    f"SELECT id, {col} FROM {table} WHERE {col} IS NOT NULL AND (substr({col}, 1, 10) < ?"
                    f" OR substr({col}, 1, 10) > ?) ORDER BY id LIMIT ?", (low, high, limit)):
                out.append((table, rid, col, str(value), "date"))
    for table, cols in AMOUNT_COLUMNS.items():
        for col in cols:
            for rid, value in conn.execute(
                    f"SELECT id, {col} FROM {table} WHERE {col} IS NOT NULL AND abs({col}) >= ? ORDER BY id LIMIT ?",
                    (MAX_AMOUNT, limit)):
                out.append((table, rid, col, str(value), "amount"))
    for table, pairs in TEXT_COLUMNS.items():
        for col, kind in pairs:
            for rid, length in conn.execute(
                    f"SELECT id, length({col}) FROM {table} WHERE length({col}) > ? ORDER BY id LIMIT ?",
                    (TEXT_LIMITS[kind], limit)):
                out.append((table, rid, col, f"{length} characters", f"text:{TEXT_LIMITS[kind]}"))
    return out


def raw_settings(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every stored setting as (key, JSON text), unparsed."""
    return conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
