"""Qt dates to Python dates and back: the day a field shows is the day recorded."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime

from arledger.gui.qdates import from_date, to_date, to_local_datetime


def test_a_day_goes_to_qt_and_back_unchanged() -> None:
    for day in (date(2026, 2, 28), date(2024, 2, 29), date(1999, 12, 31)):
        assert to_date(from_date(day)) == day
        assert from_date(day) == QDate(day.year, day.month, day.day)


def test_a_date_time_field_reads_as_an_aware_local_moment() -> None:
    moment = to_local_datetime(QDateTime(QDate(2026, 3, 31), QTime(14, 5)))
    assert moment.tzinfo is not None
    assert moment.replace(tzinfo=None) == datetime(2026, 3, 31, 14, 5)
