"""Display text for amounts, numbers and dates in the format region (Babel): the one place the UI formats.

The region follows the system locale unless Settings chose one (gui/app.py calls set_region); en_US gets
Nov 26, 2026 and 1,234.56, en_GB 26 Nov 2026, de_DE 26.11.2026 and 1.234,56. Amounts stay exact: minor
units -> Decimal, with the currency's own number of decimals.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.numbers import (
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
)
from PySide6.QtCore import QCoreApplication

from arledger.domain.aging import BucketScheme
from arledger.domain.dunning import level_title
from arledger.domain.errors import UserError
from arledger.domain.messages import Amount, Count, Message, Value
from arledger.domain.money import decimals, to_decimal
from arledger.render.messages import translate, value_writer

FALLBACK_REGION = "en_GB"
_locale: Locale = Locale.parse(FALLBACK_REGION)
_language = "en"


def set_language(language: str) -> None:
    """Remember the UI language ('en', 'zh_CN', 'de_DE'), which may differ from the format region."""
    global _language
    _language = language


def language() -> str:
    """The UI language now shown: texts chosen by language (talk tracks) follow it, formats follow region()."""
    return _language


def message_text(message: Message) -> str:
    """A message (an error, a queue or timeline text from the services) in the UI language, its amounts and dates
    as the lists beside it write them (the format region)."""
    return translate(message, _language, _write_value)


def title_word(word: Message) -> str:
    """A recorded code's word (domain.record_words: shared with the command line, the timeline and the workbook)
    as a cell or a choice begins: "Telefon", "Partly kept"."""
    text = message_text(word)
    return text[:1].upper() + text[1:]


def _write_value(value: Value) -> str:
    if isinstance(value, Amount):
        return format_currency(value.value, value.currency, locale=_locale)
    if isinstance(value, date):
        return day(value)
    if isinstance(value, Count):
        return count(value.n)
    return value_writer(_language)(value)


def level_name(name: str) -> str:
    """A letter level's name in the UI language (the default policy's names translated, a ledger's own as set)."""
    return translate(level_title(name), _language)


def error_text(error: BaseException) -> str:
    """A refused action's sentence in the UI language (other errors as they describe themselves)."""
    if isinstance(error, UserError):
        return translate(error.message, _language, _write_value)
    return str(error)


def set_region(region: str) -> str:
    """Format as region does ('de_DE', 'en_US', 'zh_CN' ...); an unknown name falls back to en_GB.

    Returns the region actually used.
    """
    global _locale
    try:
        _locale = Locale.parse(region or FALLBACK_REGION)
    except (ValueError, UnknownLocaleError):
        _locale = Locale.parse(FALLBACK_REGION)
        return FALLBACK_REGION
    return region


def region() -> str:
    """The region used now, as Babel names it ('de_DE', 'zh_Hans_CN')."""
    return str(_locale)


def _medium_pattern() -> str:
    return str(_locale.date_formats["medium"].pattern)


def qt_date_format() -> str:
    """The QDateEdit display format matching day(): d MMM yyyy / MMM d, yyyy / dd.MM.yyyy / yyyy年M月d日."""
    return re.sub(r"(?<!y)y(?!y)", "yyyy", _medium_pattern())


def money(minor: int, currency: str) -> str:
    """£1,234.50 / CN¥1,234.50: amount with its currency symbol."""
    return format_currency(to_decimal(minor, currency), currency, locale=_locale)


def amount(minor: int, currency: str) -> str:
    """1,234.50: grouped, with the currency's decimals, no symbol (for columns that show the currency)."""
    return format_currency(to_decimal(minor, currency), currency, format="#,##0.00;-#,##0.00",
                           currency_digits=True, locale=_locale)


def day(d: date | None) -> str:
    """26 Nov 2026 / Nov 26, 2026 / 26.11.2026 / 2026年11月26日: the region's medium date."""
    if not d:
        return ""
    # English month names as Qt's date editor spells them (CLDR's en_GB "Sept" would make a list and an editor
    # disagree), so they come from plain "en" in the region's order.
    names = Locale.parse("en") if _locale.language == "en" else _locale
    return format_date(d, _medium_pattern(), locale=names)


def count(n: int) -> str:
    return format_decimal(n, locale=_locale)


def percent(share: float) -> str:
    return format_percent(share, locale=_locale)


def moment(at: datetime | None) -> str:
    """A timestamp in the computer's time zone: 12 Jan 2026, 13:10."""
    if at is None:
        return ""
    local = at.astimezone() if at.tzinfo else at
    return f"{day(local.date())} {format_time(local, 'short', locale=_locale)}"


def decimal(value: Decimal, digits: int = 1) -> str:
    """A plain number with the locale's separators: 136.3."""
    return format_decimal(value, format=f"#,##0.{'0' * digits}" if digits else "#,##0", locale=_locale)


def rate(value: Decimal) -> str:
    """An annual interest rate in percent as the region writes it, two to four decimals: 12.25% / 12,25 %."""
    pattern = _locale.percent_formats[None].pattern.replace("#,##0", "#,##0.00##", 1)
    return format_percent(value / 100, format=pattern, locale=_locale)


def percent_points(value: Decimal) -> str:
    """A KPI already expressed in percent (19.35 -> 19.4%)."""
    return format_percent(value / 100, format="#,##0.0%", locale=_locale)


# English figures only: not the tail of one the region already wrote ("1.234,56 CHF" in German)
_AMOUNT = re.compile(r"(?<![\w.,])(-?\d[\d,]*(?:\.\d+)?) ([A-Z]{3})\b")
_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def readable(text: str) -> str:
    """A sentence written with plain figures ("Payment 1234.50 GBP on 2026-01-12") as the lists show them:
    amounts with their currency symbol and dates in the medium form. Only figures change; words stay. Only for
    text stored with English figures (an event's own summary, a note): a message's figures are values already."""

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


def example(region: str, on: date) -> str:
    """How region writes a date and a number, to show beside its name: 26.11.2026 · 1.234,56."""
    try:
        locale = Locale.parse(region)
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse(FALLBACK_REGION)
    return f"{format_date(on, 'medium', locale=locale)} · {format_decimal(Decimal('1234.56'), locale=locale)}"


def bucket_span(low: int | None, high: int | None) -> str:
    """An aging bucket's days from its range (exclusive low, inclusive high): 1–30, 181+, 0–30."""
    if high is None:
        return f"{count((low or 0) + 1)}+"
    return f"{count(0 if low is None else low + 1)}–{count(high)}"


def bucket_titles(scheme: BucketScheme, pattern: str = "%1") -> list[str]:
    """Each bucket's title from its day range, never from its English label: "Not yet due" for the first
    bucket by due date, else pattern ("%1 days", translated by the caller) around the span."""
    titles = []
    for low, high in scheme.ranges():
        if low is None and high == 0:
            titles.append(QCoreApplication.translate("Aging", "Not yet due"))
        else:
            titles.append(pattern.replace("%1", bucket_span(low, high)))
    return titles


def literal(text: str) -> str:
    """User text (a name, a file name) for a button or a menu item: & doubled, so it shows as written instead of
    marking a keyboard shortcut ("Harbour & Finch" would read "Harbour _Finch")."""
    return text.replace("&", "&&")
