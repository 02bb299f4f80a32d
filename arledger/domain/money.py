"""Money as integer minor units of an ISO 4217 currency.

Amounts never pass through float: user text is parsed with Decimal, checked against the currency's
number of decimals, and stored as an int. Formatting for display with a locale lives in the render and
gui layers (Babel); this module gives the plain decimal text used in files and JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from arledger.domain.errors import UserError
from arledger.domain.messages import Amount, msg

# ISO 4217 minor units for currencies that do not use two decimals.
_DECIMALS_OTHER_THAN_TWO: dict[str, int] = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
    "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_AMOUNT_RE = re.compile(r"^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d*)?$|^[+-]?\.\d+$")


class MoneyError(UserError):
    """An amount or currency the ledger cannot accept."""


def check_currency(code: str) -> str:
    """Return the upper-cased ISO currency code, or raise MoneyError."""
    text = (code or "").strip().upper()
    if not _CURRENCY_RE.match(text):
        raise MoneyError(msg("money.bad_currency", "'{code}' is not a three-letter ISO currency code.", code=code))
    return text


def decimals(currency: str) -> int:
    """Number of decimals the currency uses (2 unless ISO 4217 says otherwise)."""
    return _DECIMALS_OTHER_THAN_TWO.get(currency, 2)


def parse_amount(text: str | int | Decimal, currency: str, *, allow_negative: bool = False,
                 allow_zero: bool = True) -> int:
    """Parse user text such as '1,234.50' into minor units of currency.

    Rejects more decimals than the currency allows, anything that is not a plain number, and negative
    amounts unless allow_negative. Ints and Decimals are taken as major units.
    """
    places = decimals(currency)
    if isinstance(text, bool):
        raise MoneyError(msg("money.not_amount", "'{text}' is not an amount.", text=str(text)))
    if isinstance(text, int | Decimal):
        value = Decimal(text)
        shown = str(text)
    else:
        shown = (text or "").strip()
        cleaned = shown.replace(" ", "").replace("\u00a0", "")
        if not cleaned:
            raise MoneyError(msg("money.empty", "The amount is empty."))
        if not _AMOUNT_RE.match(cleaned):
            raise MoneyError(msg("money.malformed", "'{text}' is not an amount; write it like 1234.56.", text=shown))
        try:
            value = Decimal(cleaned.replace(",", ""))
        except InvalidOperation:
            raise MoneyError(msg("money.malformed", "'{text}' is not an amount; write it like 1234.56.",
                                 text=shown)) from None
    if not value.is_finite():
        raise MoneyError(msg("money.not_amount", "'{text}' is not an amount.", text=shown))
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise MoneyError(msg("money.too_many_decimals", "'{text}' has more decimals than {currency} allows "
                             "({places}).", text=shown, currency=currency, places=places))
    if value < 0 and not allow_negative:
        raise MoneyError(msg("money.negative", "'{text}' is negative; amounts must be zero or more.", text=shown))
    if value == 0 and not allow_zero:
        raise MoneyError(msg("money.zero", "The amount must be more than zero."))
    minor = int(value.scaleb(places).to_integral_value())
    if abs(minor) >= 10**15:
        raise MoneyError(msg("money.too_large", "'{text}' is too large for the ledger.", text=shown))
    return minor


def to_decimal(minor: int, currency: str) -> Decimal:
    """Minor units as an exact Decimal in major units."""
    return Decimal(minor).scaleb(-decimals(currency))


def amount_value(minor: int, currency: str) -> Amount:
    """Minor units as a message value: a sentence naming an amount writes it as its reader writes amounts."""
    return Amount(to_decimal(minor, currency), currency)


def format_amount(minor: int, currency: str) -> str:
    """Plain decimal text with the currency's decimals: 123456 EUR -> '1234.56'."""
    places = decimals(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**places)
    return f"{sign}{whole}.{frac:0{places}d}" if places else f"{sign}{whole}"


def round_minor(value: Decimal) -> int:
    """Round a Decimal count of minor units half-up to an int (used for interest)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in integer minor units of one currency."""

    currency: str
    minor: int

    @classmethod
    def parse(cls, text: str, currency: str, *, allow_negative: bool = False) -> Money:
        code = check_currency(currency)
        return cls(code, parse_amount(text, code, allow_negative=allow_negative))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(currency, 0)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise MoneyError(msg("money.mixed_currencies", "Cannot combine {first} and {second} amounts.",
                                 first=self.currency, second=other.currency))

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.currency, self.minor + other.minor)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.currency, self.minor - other.minor)

    def __neg__(self) -> Money:
        return Money(self.currency, -self.minor)

    def __bool__(self) -> bool:
        return self.minor != 0

    def as_decimal(self) -> Decimal:
        return to_decimal(self.minor, self.currency)

    def as_amount(self) -> Amount:
        """This amount as a message value."""
        return amount_value(self.minor, self.currency)

    def amount_text(self) -> str:
        return format_amount(self.minor, self.currency)

    def __str__(self) -> str:
        return f"{self.amount_text()} {self.currency}"


def totals_by_currency(items: list[Money]) -> dict[str, Money]:
    """Sum amounts per currency; never across currencies."""
    out: dict[str, Money] = {}
    for m in items:
        out[m.currency] = out[m.currency] + m if m.currency in out else m
    return out
