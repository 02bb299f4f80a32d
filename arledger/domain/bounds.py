"""The ranges arledger accepts for dates, amounts and text, and date arithmetic that cannot overflow.

Every value a user types, imports or sets is checked against these bounds before it is stored (see
domain/fields.py); values stored before the checks existed are reported by services/bounds.py. Dates far
beyond the bounds still stored in an old ledger must not crash a command, so arithmetic on stored dates
goes through add_days, which stops at the calendar's ends instead of raising OverflowError.
"""

from __future__ import annotations

from datetime import date, timedelta

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)
MAX_AMOUNT = 10**13  # minor units, exclusive: 100 billion in a two-decimal currency
# Longest text per kind of field, in characters.
TEXT_LIMITS = {
    "code": 64,
    "name": 300,
    "short": 200,  # references, methods, channels, people, tracking numbers
    "address": 1_000,
    "summary": 20_000,  # contact summaries, notes, reasons, resolutions
}


def add_days(day: date, days: int) -> date:
    """day + days, held at date.min / date.max instead of overflowing."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def date_in_bounds(day: date) -> bool:
    return MIN_DATE <= day <= MAX_DATE


def amount_in_bounds(minor: int) -> bool:
    return -MAX_AMOUNT < minor < MAX_AMOUNT
