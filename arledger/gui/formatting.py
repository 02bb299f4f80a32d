"""Display text for amounts and dates in the UI language (Babel). Amounts stay exact: minor units -> Decimal."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from babel.dates import format_date
from babel.numbers import (
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
)

from arledger.domain.money import decimals, to_decimal

_BABEL_LOCALES = {"en": "en_GB", "zh_CN": "zh_Hans_CN"}
# The medium date as lists show it and date editors type it. English spells months the way Qt's editor does
# (CLDR's en_GB "Sept" would make a list and an editor disagree), so names come from plain "en".
_DATE_PATTERNS = {"en_GB": ("d MMM y", "en", "d MMM yyyy"), "zh_Hans_CN": ("y年M月d日", "zh_Hans_CN", "yyyy年M月d日")}
_locale = "en_GB"


def set_language(language: str) -> None:
    """Use the number and date conventions of the UI language ('en' or 'zh_CN')."""
    global _locale
    _locale = _BABEL_LOCALES.get(language, "en_GB")


def qt_date_format() -> str:
    """The QDateEdit display format matching day(): 26 Nov 2026 / 2026年11月26日."""
    return _DATE_PATTERNS[_locale][2]


def money(minor: int, currency: str) -> str:
    """£1,234.50 / CN¥1,234.50: amount with its currency symbol."""
    return format_currency(to_decimal(minor, currency), currency, locale=_locale)


def amount(minor: int, currency: str) -> str:
    """1,234.50: grouped, with the currency's decimals, no symbol (for columns that show the currency)."""
    return format_currency(to_decimal(minor, currency), currency, format="#,##0.00;-#,##0.00",
                           currency_digits=True, locale=_locale)


def day(d: date | None) -> str:
    """A date in the UI language's medium form: 26 Nov 2026 / 2026年11月26日."""
    if not d:
        return ""
    pattern, names, _qt = _DATE_PATTERNS[_locale]
    return format_date(d, pattern, locale=names)


def count(n: int) -> str:
    return format_decimal(n, locale=_locale)


def percent(share: float) -> str:
    return format_percent(share, locale=_locale)


def moment(at: datetime | None) -> str:
    """A timestamp in the computer's time zone: 12 Jan 2026, 13:10."""
    if at is None:
        return ""
    local = at.astimezone() if at.tzinfo else at
    return f"{day(local.date())} {local:%H:%M}"


def decimal(value: Decimal, digits: int = 1) -> str:
    """A plain number with the locale's separators: 136.3."""
    return format_decimal(value, format=f"#,##0.{'0' * digits}" if digits else "#,##0", locale=_locale)


def percent_points(value: Decimal) -> str:
    """A KPI already expressed in percent (19.35 -> 19.4%)."""
    return format_percent(value / 100, format="#,##0.0%", locale=_locale)


_AMOUNT = re.compile(r"(?<![\w.])(-?\d[\d,]*(?:\.\d+)?) ([A-Z]{3})\b")
_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def readable(text: str) -> str:
    """A sentence written with plain figures ("Payment 1234.50 GBP on 2026-01-12") as the lists show them:
    amounts with their currency symbol and dates in the medium form. Only figures change; words stay."""

    def amount_(m: re.Match[str]) -> str:
        try:
            value = Decimal(m.group(1).replace(",", ""))
            minor = int(value.scaleb(decimals(m.group(2))))
        except (InvalidOperation, ValueError):
            return m.group(0)
        return money(minor, m.group(2))

    def day_(m: re.Match[str]) -> str:
        try:
            return day(date.fromisoformat(m.group(1)))
        except ValueError:
            return m.group(0)

    return _ISO_DAY.sub(day_, _AMOUNT.sub(amount_, text))


def compact(value: float) -> str:
    """A large score in short form: 796M, 12K."""
    return format_compact_decimal(value, fraction_digits=0, locale=_locale)
