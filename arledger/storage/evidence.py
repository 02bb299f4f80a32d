"""The evidence log table: append events to the chain, read them back, verify the chain.

Appending is only ever done inside the caller's transaction, so an event and the record it proves are
written together or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from arledger.domain.evidence import GENESIS, ChainCheck, StoredEvent, canonical, link_hash, verify_chain
from arledger.domain.messages import msg
from arledger.storage.rows import Row
from arledger.storage.table_words import table_word

_SELECT = "SELECT seq, at, kind, actor, customer_id, payload, prev_hash, hash, recorded_at FROM evidence"
# The triggers that make the log append-only, and a phrase each must still contain.
GUARD_TRIGGERS = {
    "evidence_no_update": ("BEFORE UPDATE ON evidence", "RAISE(ABORT"),
    "evidence_no_delete": ("BEFORE DELETE ON evidence", "RAISE(ABORT"),
    "evidence_extends_chain": ("BEFORE INSERT ON evidence", "RAISE(ABORT"),
}


def _payload_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def head(conn: sqlite3.Connection) -> tuple[int, str]:
    """(last seq, last hash); (0, GENESIS) for an empty log."""
    row = conn.execute("SELECT seq, hash FROM evidence ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(conn: sqlite3.Connection, kind: str, actor: str, customer_id: int | None, payload: dict[str, Any],
           at: datetime | None = None) -> tuple[int, str]:
    """Add one event at the end of the chain; returns its (seq, hash)."""
    return append_many(conn, [(kind, actor, customer_id, payload, at)])[-1]


def append_many(conn: sqlite3.Connection, events: Iterable[tuple[str, str, int | None, dict[str, Any], datetime | None]]
                ) -> list[tuple[int, str]]:
    """Add events in order at the end of the chain; returns each one's (seq, hash)."""
    seq, prev = head(conn)
    recorded = _recorded_now(conn)
    rows, out = [], []
    for kind, actor, customer_id, payload, at in events:
        seq += 1
        stamp = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
        body = canonical(seq, stamp, kind, actor, customer_id, payload, recorded)
        digest = link_hash(prev, body)
        rows.append((seq, stamp, kind, actor, customer_id, _payload_json(payload), prev, digest, recorded))
        out.append((seq, digest))
        prev = digest
    conn.executemany(
        "INSERT INTO evidence (seq, at, kind, actor, customer_id, payload, prev_hash, hash, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return out


def _recorded_now(conn: sqlite3.Connection) -> str:
    """The computer's clock (UTC, microseconds), but never earlier than the last event's recorded_at: a clock
    set back cannot make a new event look older than one before it."""
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    row = conn.execute("SELECT recorded_at FROM evidence ORDER BY seq DESC LIMIT 1").fetchone()
    return max(now, row[0]) if row and row[0] else now


def hash_at(conn: sqlite3.Connection, seq: int) -> str | None:
    """The stored hash of event seq, or None if the log has no such event."""
    row = conn.execute("SELECT hash FROM evidence WHERE seq = ?", (seq,)).fetchone()
    return row[0] if row else None


def missing_guards(conn: sqlite3.Connection) -> list[str]:
    """Names of the append-only triggers that are gone or no longer refuse anything."""
    found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evidence'"))
    out = []
    for name, phrases in GUARD_TRIGGERS.items():
        sql = " ".join((found.get(name) or "").split())
        if not all(p in sql for p in phrases):
            out.append(name)
    return out


def _events(rows: Iterable[Row]) -> Iterator[StoredEvent]:
    for r in rows:
        yield StoredEvent(*r)


def all_events(conn: sqlite3.Connection) -> Iterator[StoredEvent]:
    """Every event in seq order (streamed)."""
    return _events(conn.execute(_SELECT + " ORDER BY seq"))


def for_customer(conn: sqlite3.Connection, customer_id: int, *, newest_first: bool = False,
                 limit: int | None = None) -> list[StoredEvent]:
    sql = _SELECT + " WHERE customer_id = ? ORDER BY seq" + (" DESC" if newest_first else "")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return list(_events(conn.execute(sql, (customer_id,))))


def by_seq(conn: sqlite3.Connection, seq: int) -> StoredEvent | None:
    row = conn.execute(_SELECT + " WHERE seq = ?", (seq,)).fetchone()
    return StoredEvent(*row) if row else None


def verify(conn: sqlite3.Connection) -> ChainCheck:
    """Check every link, then that every record pointing into the log finds its event there."""
    check = verify_chain(all_events(conn))
    if not check.intact:
        return check
    for table in ("contacts", "promises", "plans", "disputes", "letters", "attachments", "limitation_events",
                  "payments", "write_offs", "credit_notes", "invoices", "interest_waivers", "dispatches",
                  "case_stages", "settlement_offers", "notices"):
        row = conn.execute(
            f"SELECT min(t.evidence_seq) FROM {table} t WHERE t.evidence_seq IS NOT NULL"
            f" AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.seq = t.evidence_seq)").fetchone()
        if row[0] is not None:
            return ChainCheck(check.events, check.head, row[0], msg(
                "evidence.chain.missing_at_end", "event {seq} is missing from the end of the log ({table} still "
                "point at it)", seq=row[0], table=table_word(table)))
    return check


def payload(event: StoredEvent) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(event.payload_json)
    return data


def latest(conn: sqlite3.Connection, limit: int) -> list[StoredEvent]:
    return list(_events(conn.execute(_SELECT + " ORDER BY seq DESC LIMIT ?", (limit,))))
