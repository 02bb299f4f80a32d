"""How a file writes dates and amounts: parsing by a chosen date order and number locale (Babel's parser), and
proposing both from the values themselves.

Amounts: `£1,234.50`, `1.234,50 €`, `(100.00)`, `-5`, `5-`, `1 234,50`, `1'234.50`, `EUR 10`. Parentheses and a
minus sign mean negative; a currency symbol or code is recognised and must agree with the row's currency.
Dates: day, month and year in the chosen order with any of `-` `/` `.` between them (`26/11/2025`, `12.10.2025`,
`2025-11-26`); two-digit years are 1970-2069. Every date must fall between 1900-01-01 and 2199-12-31.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol, parse_decimal

from arledger.domain.errors import UserError, ValidationError
from arledger.domain.messages import Message, msg
from arledger.domain.money import check_currency, parse_amount

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)


class DateOrder(StrEnum):
    YMD = "YMD"
    DMY = "DMY"
    MDY = "MDY"


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """How a file writes numbers, named by a Babel locale whose symbols it uses."""

    locale: str
    example: str

    @property
    def decimal(self) -> str:
        return _symbols(self.locale)[0]


@functools.cache
def _symbols(locale: str) -> tuple[str, str, re.Pattern[str]]:
    """(decimal symbol, group symbol, a pattern for plainly written numbers) from Babel's locale data. Numbers
    the pattern reads are converted directly; anything else goes through Babel's strict parser."""
    dec, group = get_decimal_symbol(locale), get_group_symbol(locale)
    g, d = re.escape(group), re.escape(dec)
    return dec, group, re.compile(rf"^(?:\d{{1,3}}(?:{g}\d{{3}})+|\d+)(?:{d}\d+)?$")


NUMBER_FORMATS: dict[str, NumberFormat] = {
    "en_US": NumberFormat("en_US", "1,234.56"),
    "de_DE": NumberFormat("de_DE", "1.234,56"),
    "fr_FR": NumberFormat("fr_FR", "1 234,56"),
    "de_CH": NumberFormat("de_CH", "1'234.56"),
}
DEFAULT_NUMBERS = NUMBER_FORMATS["en_US"]

# symbols that name one currency; '$' and '¥' name several and are only stripped
_SYMBOLS = {"€": "EUR", "£": "GBP", "US$": "USD", "CA$": "CAD", "A$": "AUD", "HK$": "HKD", "CHF": "CHF",
            "Fr.": "CHF", "zł": "PLN", "kr": "", "₹": "INR", "₩": "KRW", "元": "CNY", "RMB": "CNY", "$": "",
            "¥": "", "￥": ""}
_CODE_RE = re.compile(r"^([A-Z]{3})\s*|\s*([A-Z]{3})$")
_NUMBER_CHARS = re.compile(r"^[0-9.,'’\s\u00a0\u202f]+$")
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_DATE_PARTS = re.compile(r"^(\d{1,4})[-/.\s](\d{1,2})[-/.\s](\d{1,4})$")


def number_format(name: str) -> NumberFormat:
    """A number format by locale name or by the decimal separator alone ('.' or ',')."""
    text = (name or "").strip()
    if text in NUMBER_FORMATS:
        return NUMBER_FORMATS[text]
    if text in (".", "point", "dot"):
        return NUMBER_FORMATS["en_US"]
    if text in (",", "comma"):
        return NUMBER_FORMATS["de_DE"]
    raise UserError(msg("import.bad_number_format", "'{name}' is not a number format; use '.' or ',' (the decimal "
            "separator) or one of {number_formats}.", name=name, number_formats=', '.join(NUMBER_FORMATS)))


def date_order(text: str) -> DateOrder:
    """A date order from 'DMY', 'MDY', 'YMD' or a pattern such as 'DD/MM/YYYY' or '%m/%d/%Y'."""
    letters = "".join(ch for ch in (text or "").upper() if ch in "DMY")
    squeezed = re.sub(r"(.)\1+", r"\1", letters)
    try:
        return DateOrder(squeezed)
    except ValueError:
        raise UserError(msg("import.bad_date_order", "'{text}' is not a date order; use DMY (26/11/2025), MDY "
                "(11/26/2025) or YMD (2025-11-26).", text=text)) from None


# -- amounts ---------------------------------------------------------------------------------------------
_PLAIN_NUMBER = re.compile(r"^[0-9][0-9.,]*$")
_SYMBOLS_LONGEST_FIRST = sorted(_SYMBOLS, key=len, reverse=True)


def split_amount_text(text: str) -> tuple[str, bool, str | None]:
    """(the bare number, negative?, currency named in the text or None)."""
    s = text.strip()
    if _PLAIN_NUMBER.match(s):
        return s, False, None
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    currency: str | None = None
    for symbol in _SYMBOLS_LONGEST_FIRST:
        if symbol in s:
            s = s.replace(symbol, " ").strip()
            currency = _SYMBOLS[symbol] or currency
            break
    for sign in ("-", "−", "+"):
        if s.startswith(sign):
            negative, s = negative or sign != "+", s[1:].strip()
        elif s.endswith(sign):
            negative, s = negative or sign != "+", s[:-1].strip()
    m = _CODE_RE.search(s)
    if m:
        code = m.group(1) or m.group(2)
        currency = code
        s = (s[:m.start()] + s[m.end():]).strip()
    if s.startswith(("-", "−")):
        negative, s = True, s[1:].strip()
    return s, negative, currency


def _as_written(message: Message, typed: str, shown: str) -> Message:
    """The money parser's sentence naming the amount as the file wrote it, not as it was normalised."""
    if message.params:
        params = {k: shown if v == typed else v for k, v in message.params.items()}
        return Message(message.code, message.default, params, message.plural)
    return Message(message.code, message.default.replace(f"'{typed}'", f"'{shown}'"))


def parse_money_cell(value: object, currency: str, fmt: NumberFormat, field: str, *,
                     allow_negative: bool = False, allow_zero: bool = True) -> int:
    """A cell as minor units of currency: spreadsheet numbers as they are, text by the number format."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(msg("import.required", "'{field}' is required.", field=field), field=field)
    if isinstance(value, bool | date | datetime):
        raise ValidationError(msg("import.bool_not_amount", "the cell holds TRUE/FALSE, not an amount.")
                              if isinstance(value, bool)
                              else msg("import.date_not_amount", "the cell holds a date, not an amount."), field=field)
    if isinstance(value, int | float):
        shown = repr(value) if isinstance(value, float) else str(value)
        dec, negative, named = Decimal(shown), value < 0, None
        dec = abs(dec)
    else:
        shown = str(value).strip()
        bare, negative, named = split_amount_text(shown)
        if not bare or not _NUMBER_CHARS.match(bare):
            raise ValidationError(msg("import.bad_amount", "'{shown}' is not an amount; write it like "
                    "{example}.", shown=shown, example=fmt.example), field=field)
        norm = bare.replace("'", "’") if fmt.locale == "de_CH" else bare
        spaces = r"[\s\u00a0]" if fmt.locale == "fr_FR" else r"[\s\u00a0\u202f]"
        norm = re.sub(spaces, "\u202f" if fmt.locale == "fr_FR" else "", norm)
        point, group, plain = _symbols(fmt.locale)
        if plain.match(norm):
            dec = Decimal(norm.replace(group, "").replace(point, "."))
        else:
            try:
                dec = parse_decimal(norm, locale=fmt.locale, strict=True)
            except NumberFormatError:
                raise ValidationError(msg("import.bad_amount_format", "'{shown}' is not an amount in the {example} "
                        "format.", shown=shown, example=fmt.example), field=field) from None
    if named and named != currency:
        raise ValidationError(msg("import.amount_currency_differs", "'{shown}' is in {named}, but the row's "
                "currency is {currency}.", shown=shown, named=named, currency=currency), field=field)
    if negative and not allow_negative and dec != 0:
        raise ValidationError(msg("import.negative_amount", "'{shown}' is negative; amounts must be zero or "
                "more.", shown=shown), field=field)
    try:
        minor = parse_amount(format(dec, "f"), check_currency(currency), allow_zero=allow_zero)
    except UserError as exc:
        raise ValidationError(_as_written(exc.message, format(dec, "f"), shown), field=field) from None
    return -minor if negative else minor


class NumberFormatVote:
    """Proposes the number format from values seen one at a time: the formats that read every value, ranked by
    what the values' last separators point to (a separator followed by other than three digits is decimal)."""

    def __init__(self) -> None:
        self.fits = dict(NUMBER_FORMATS)
        self.votes = {".": 0, ",": 0}
        self.seen = 0

    def add(self, text: str) -> None:
        bare, _neg, _cur = split_amount_text(text)
        if not bare:
            return
        self.seen += 1
        m = re.search(r"([.,])(\d+)$", bare)
        if m and len(m.group(2)) != 3:
            self.votes[m.group(1)] += 1
        elif "," in bare and "." in bare:
            self.votes["," if bare.rfind(",") > bare.rfind(".") else "."] += 1
        for name, fmt in list(self.fits.items()):
            try:
                parse_money_cell(text, "XXX", fmt, "x", allow_negative=True)
            except ValidationError as exc:
                if "is in" not in str(exc):
                    del self.fits[name]

    def result(self) -> tuple[NumberFormat, bool]:
        """(format, ambiguous): ambiguous when formats with different decimal separators read every value."""
        if not self.fits:
            return DEFAULT_NUMBERS, False
        preferred = "," if self.votes[","] > self.votes["."] else "."
        ranked = sorted(self.fits.values(),
                        key=lambda f: (f.decimal != preferred, list(NUMBER_FORMATS).index(f.locale)))
        ambiguous = self.votes[","] == self.votes["."] == 0 and any(f.decimal != ranked[0].decimal
                                                                     for f in ranked[1:])
        return ranked[0], ambiguous and self.seen > 0


# -- dates -----------------------------------------------------------------------------------------------
def _year(text: str) -> int:
    y = int(text)
    if len(text) <= 2:
        return 2000 + y if y < 70 else 1900 + y
    return y


@functools.lru_cache(maxsize=8192)  # exports repeat the same few hundred dates on every row
def parse_date_text(text: str, order: DateOrder) -> date | None:
    """The date, or None if the text does not fit the order."""
    s = _TIME_SUFFIX.sub("", text.strip())
    m = _DATE_PARTS.match(s)
    if not m:
        if order is DateOrder.YMD and len(s) == 8 and s.isdigit():
            m = re.match(r"^(\d{4})(\d{2})(\d{2})$", s)
        if not m:
            return None
    a, b, c = m.groups()
    try:
        if order is DateOrder.YMD:
            if len(a) not in (4, 2) or len(c) > 2:
                return None
            return date(_year(a), int(b), int(c))
        if len(c) not in (2, 4) or len(a) > 2:
            return None
        if order is DateOrder.DMY:
            return date(_year(c), int(b), int(a))
        return date(_year(c), int(a), int(b))
    except ValueError:
        return None


def parse_date_cell(value: object, order: DateOrder, field: str, *, required: bool = True) -> date | None:
    """A cell as a date within 1900-2199: workbook dates as they are, text in the given order."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(msg("import.required", "'{field}' is required.", field=field), field=field)
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        found = value
    elif isinstance(value, bool | int | float):
        raise ValidationError(msg("import.number_not_date", "the cell holds the number {value}, not a date; "
                "format the column as dates.", value=repr(value)),
                              field=field)
    else:
        text = str(value).strip()
        parsed = parse_date_text(text, order)
        if parsed is None:
            example = {DateOrder.YMD: "2025-11-26", DateOrder.DMY: "26/11/2025", DateOrder.MDY: "11/26/2025"}
            raise ValidationError(msg("import.bad_date", "'{text}' is not a date in the {order_value} order "
                    "(like {example}).", text=text, order_value=order.value, example=example[order]),
                                  field=field)
        found = parsed
    if not MIN_DATE <= found <= MAX_DATE:
        raise ValidationError(msg("import.date_out_of_range", "{found} is outside the dates the ledger keeps "
                "(1900-01-01 to 2199-12-31).", found=found.isoformat()), field=field)
    return found


class DateOrderVote:
    """Proposes the date order from values seen one at a time: the orders that read every value, ISO first,
    then day-first, then month-first."""

    def __init__(self) -> None:
        self.fits = list(DateOrder)
        self.seen = 0

    def add(self, text: str) -> None:
        if not text.strip():
            return
        self.seen += 1
        self.fits = [o for o in self.fits if parse_date_text(text, o) is not None]

    def result(self) -> tuple[DateOrder, bool]:
        """(order, ambiguous): ambiguous when more than one order reads every value."""
        if not self.fits:
            return DateOrder.YMD, False
        return self.fits[0], len(self.fits) > 1 and self.seen > 0
