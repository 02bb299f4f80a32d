"""Conversions between SQLite column values and domain values."""

from __future__ import annotations

from datetime import UTC, date, datetime


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def placeholders(n: int) -> str:
    return ",".join("?" * n)
