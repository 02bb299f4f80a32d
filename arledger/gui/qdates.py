"""Qt dates to Python dates and back, typed.

PySide6 converts a Python date where a QDate is expected and ``QDate.toPython()`` returns one, but its stubs
type ``toPython()`` as ``object`` and list no ``QDate(date)`` constructor, so a checked conversion lives here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime


def to_date(day: QDate) -> date:
    """The calendar day a date field shows."""
    return date(day.year(), day.month(), day.day())


def from_date(day: date) -> QDate:
    """A QDate for a date field."""
    return QDate(day.year, day.month, day.day)


def to_local_datetime(moment: QDateTime) -> datetime:
    """A date-time field's value as an aware datetime in the system's time zone."""
    value = moment.toPython()
    if not isinstance(value, datetime):
        raise TypeError(f"QDateTime.toPython() gave {type(value).__name__}, not a datetime")
    return value.astimezone()
