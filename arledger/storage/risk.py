"""Stored risk assessments: each customer's tier with its reasons, and the early-warning flags with the day
each was first seen. Rebuilt by every refresh; the evidence log is not involved (these are derived figures)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from arledger.domain.messages import Message, message_from_data, message_to_data


class StoredAssessment(NamedTuple):
    customer_id: int
    tier: str
    score: int
    reasons: tuple[Message, ...]  # stored as code, parameters and English default, shown in the reader's language
    assessed_on: date


class StoredWarning(NamedTuple):
    customer_id: int
    code: str
    message: str
    params: dict[str, str]
    first_seen: date
    last_seen: date


def replace_all(conn: sqlite3.Connection, on: date, assessments: Iterable[tuple[int, str, int, Sequence[Message]]],
                warnings: Iterable[tuple[int, str, str, dict[str, str]]]) -> None:
    """Store a fresh assessment of every customer given (others are dropped); a warning that was already
    flagged keeps the day it was first seen."""
    day = on.isoformat()
    conn.execute("DELETE FROM risk_assessments")
    conn.executemany("INSERT INTO risk_assessments (customer_id, tier, score, reasons, assessed_on)"
                     " VALUES (?, ?, ?, ?, ?)",
                     [(cid, tier, score, json.dumps([message_to_data(r) for r in reasons], ensure_ascii=False), day)
                      for cid, tier, score, reasons in assessments])
    current = list(warnings)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS current_warnings (customer_id INTEGER, code TEXT)")
    conn.execute("DELETE FROM temp.current_warnings")
    conn.executemany("INSERT INTO temp.current_warnings VALUES (?, ?)", [(c, k) for c, k, _, _ in current])
    conn.execute("DELETE FROM risk_warnings WHERE NOT EXISTS (SELECT 1 FROM temp.current_warnings w"
                 " WHERE w.customer_id = risk_warnings.customer_id AND w.code = risk_warnings.code)")
    conn.executemany(
        "INSERT INTO risk_warnings (customer_id, code, message, params, first_seen, last_seen)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(customer_id, code) DO UPDATE SET message = excluded.message,"
        " params = excluded.params, last_seen = excluded.last_seen",
        [(c, k, m, json.dumps(p, ensure_ascii=False), day, day) for c, k, m, p in current])


def assessment_for(conn: sqlite3.Connection, customer_id: int) -> StoredAssessment | None:
    r = conn.execute("SELECT customer_id, tier, score, reasons, assessed_on FROM risk_assessments"
                     " WHERE customer_id = ?", (customer_id,)).fetchone()
    if r is None:
        return None
    return StoredAssessment(r[0], r[1], r[2], tuple(message_from_data(x) for x in json.loads(r[3])),
                            date.fromisoformat(r[4]))


def _warning(r: tuple[int, str, str, str, str, str]) -> StoredWarning:
    return StoredWarning(r[0], r[1], r[2], json.loads(r[3]), date.fromisoformat(r[4]), date.fromisoformat(r[5]))


_W = "SELECT customer_id, code, message, params, first_seen, last_seen FROM risk_warnings"


def warnings_for(conn: sqlite3.Connection, customer_id: int) -> list[StoredWarning]:
    return [_warning(r) for r in conn.execute(_W + " WHERE customer_id = ? ORDER BY code", (customer_id,))]


def warnings_since(conn: sqlite3.Connection, since: date, limit: int = 50) -> list[StoredWarning]:
    """Warnings first seen on or after a day, newest first."""
    return [_warning(r) for r in conn.execute(_W + " WHERE first_seen >= ? ORDER BY first_seen DESC, customer_id,"
                                              " code LIMIT ?", (since.isoformat(), limit))]


def customers_with_warning(conn: sqlite3.Connection) -> set[int]:
    return {r[0] for r in conn.execute("SELECT DISTINCT customer_id FROM risk_warnings")}
