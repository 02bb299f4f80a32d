"""Conversions between SQLite column values and domain values."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

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
