"""Conversions between SQLite column values and domain values."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from arledger.domain.messages import Message, message_from_data, message_to_data

#: A row as sqlite3 returns it (columns by position).
Row = Sequence[Any]


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def placeholders(n: int) -> str:
    return ",".join("?" * n)


def to_day(text: str) -> date:
    """A NOT NULL date column as a date."""
    return date.fromisoformat(text)


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT made: sqlite3 types ``lastrowid`` as optional, but after an INSERT it is set."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise RuntimeError("the INSERT made no row")
    return rowid


def message_json(message: Message | None) -> str | None:
    """A sentence the ledger writes itself, as the column keeping its message stores it (None: none)."""
    return json.dumps(message_to_data(message), ensure_ascii=False) if message is not None else None


def stored_text(text: str, message: str | None) -> Message:
    """What to show for a stored sentence: its message when the ledger wrote it (read in the reader's language),
    else ``text`` as someone wrote it."""
    return message_from_data(json.loads(message)) if message else Message("", text)
