"""Checking user-entered fields, shared by imports, dialogs and the command line.

Each parser takes the raw text and the field's name and either returns a clean value or raises
ValidationError with one sentence that names the field. The name is an identifier (the column or option the user
typed, a service's field, which a dialog focuses) or a message naming the field in the reader's language. The
sentence names an identifier by its word in :data:`FIELD_NAMES` ("Der Kontaktname ist zu lang", not "contact_name
ist zu lang"); an identifier the table lacks (a column heading only its file knows) is shown as written.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeAlias, TypeVar

from arledger.domain.bounds import MAX_AMOUNT, MAX_DATE, MIN_DATE, TEXT_LIMITS, amount_in_bounds, date_in_bounds
from arledger.domain.errors import UserError, ValidationError
from arledger.domain.messages import Count, Message, msg
from arledger.domain.money import amount_value, check_currency, parse_amount

E = TypeVar("E", bound=StrEnum)
FieldName: TypeAlias = str | Message
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


#: The words that name each field identifier in a sentence: the one table every check uses.
FIELD_NAMES: dict[str, Message] = {
    "address": msg("field.address", "address"),
    "agreed_on": msg("field.agreed_on", "agreement date"),
    "amount": msg("field.amount", "amount"),
    "at": msg("field.at", "time"),
    "channel": msg("field.channel", "channel"),
    "code": msg("field.code", "customer code"),
    "contact_name": msg("field.contact_name", "contact name"),
    "contract_rate": msg("field.contract_rate", "contract rate"),
    "credit_limit": msg("field.credit_limit", "credit limit"),
    "currency": msg("field.currency", "currency"),
    "date": msg("field.date", "date"),
    "due_date": msg("field.due_date", "due date"),
    "email": msg("field.email", "email address"),
    "fee": msg("field.fee", "fee"),
    "issue_date": msg("field.issue_date", "issue date"),
    "jurisdiction": msg("field.jurisdiction", "jurisdiction"),
    "kind": msg("field.kind", "kind"),
    "language": msg("field.language", "language"),
    "lpr_factor": msg("field.lpr_factor", "LPR factor"),
    "made_by": msg("field.made_by", "promised by"),
    "method": msg("field.method", "payment method"),
    "name": msg("field.name", "name"),
    "note": msg("field.note", "note"),
    "notes": msg("field.notes", "notes"),
    "number": msg("field.number", "number"),
    "override": msg("field.override", "override reason"),
    "payment_terms_days": msg("field.payment_terms_days", "payment terms"),
    "person": msg("field.person", "contact person"),
    "phone": msg("field.phone", "phone number"),
    "promised_on": msg("field.promised_on", "promise date"),
    "rate": msg("field.rate", "rate"),
    "reason": msg("field.reason", "reason"),
    "received_on": msg("field.received_on", "date received"),
    "reference": msg("field.reference", "reference"),
    "schedule_amount": msg("field.schedule_amount", "instalment amount"),
    "schedule_date": msg("field.schedule_date", "instalment date"),
    "summary": msg("field.summary", "summary"),
    "timezone": msg("field.timezone", "time zone"),
    "tracking": msg("field.tracking", "tracking number"),
}


def field_name(field: FieldName) -> Message | str:
    """The words a sentence names a field by: its :data:`FIELD_NAMES` message, a message as given, or an unknown
    identifier as written."""
    return FIELD_NAMES.get(field, field) if isinstance(field, str) else field


def _fail(field: FieldName, message: Message) -> ValidationError:
    return ValidationError(message, field=field if isinstance(field, str) else field.code)


def _required(field: FieldName) -> Message:
    return msg("fields.required", "'{field}' is required.", field=field_name(field))


def _not_whole(text: object) -> Message:
    return msg("fields.not_whole", "'{text}' is not a whole number.", text=str(text))


def required(text: str | None, field: FieldName) -> str:
    value = (text or "").strip()
    if not value:
        raise _fail(field, _required(field))
    return value


def check_date(day: date, field: FieldName) -> date:
    """The date if it lies between 1900-01-01 and 2199-12-31; one sentence naming the field if not."""
    if not date_in_bounds(day):
        raise _fail(field, msg("fields.date_out_of_range", "{field} {day} is outside the dates arledger accepts "
                               "({first} to {last}).", field=field_name(field), day=day, first=MIN_DATE,
                               last=MAX_DATE))
    return day


def check_amount(minor: int, currency: str, field: FieldName) -> int:
    """The amount (minor units) if it is below 10^13 minor units either way; one sentence if not."""
    if not amount_in_bounds(minor):
        raise _fail(field, msg("fields.amount_too_large", "{field} {amount} is larger than arledger accepts (less "
                               "than {limit}).", field=field_name(field), amount=amount_value(minor, currency),
                               limit=amount_value(MAX_AMOUNT, currency)))
    return minor


def check_text(text: str, field: FieldName, kind: str = "short") -> str:
    """The text if it is no longer than its kind allows (see domain.bounds.TEXT_LIMITS)."""
    limit = TEXT_LIMITS[kind]
    if len(text) > limit:
        raise _fail(field, msg("fields.text_too_long", "{field} is {length} characters long; at most {limit} are "
                               "accepted.", field=field_name(field), length=Count(len(text)), limit=Count(limit)))
    return text


def parse_date(text: str | date | datetime | None, field: FieldName) -> date:
    """ISO date (YYYY-MM-DD) between 1900-01-01 and 2199-12-31; spreadsheet cells may already hold a date or
    datetime."""
    if isinstance(text, datetime):
        return check_date(text.date(), field)
    if isinstance(text, date):
        return check_date(text, field)
    value = required(text, field)
    try:
        if len(value) != 10:
            raise ValueError
        day = date.fromisoformat(value)
    except ValueError:
        raise _fail(field, msg("fields.not_date", "'{text}' is not a date; write it as YYYY-MM-DD.",
                               text=value)) from None
    return check_date(day, field)


def parse_optional_date(text: str | date | None, field: FieldName) -> date | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return parse_date(text, field)


def parse_timestamp(text: str, field: FieldName) -> datetime:
    """ISO-8601 timestamp; one without a zone is taken as UTC. Returned in UTC."""

    value = required(text, field)
    try:
        ts = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _fail(field, msg("fields.not_timestamp", "'{text}' is not a timestamp; write it like "
                               "2026-03-01T14:30:00+01:00.", text=value)) from None
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    check_date(ts.date(), field)
    return ts.astimezone(UTC)


def parse_int(text: str | int | float | None, field: FieldName, *, minimum: int | None = None,
              maximum: int | None = None, default: int | None = None) -> int:
    if text is None or (isinstance(text, str) and not text.strip()):
        if default is None:
            raise _fail(field, _required(field))
        return default
    if isinstance(text, bool):
        raise _fail(field, _not_whole(text))
    if isinstance(text, float):
        if not text.is_integer():
            raise _fail(field, _not_whole(text))
        value = int(text)
    elif isinstance(text, int):
        value = text
    else:
        try:
            value = int(text.strip())
        except ValueError:
            raise _fail(field, _not_whole(text.strip())) from None
    if minimum is not None and value < minimum:
        raise _fail(field, msg("fields.too_small", "'{field}' must be at least {minimum}; got {value}.",
                               field=field_name(field), minimum=minimum, value=value))
    if maximum is not None and value > maximum:
        raise _fail(field, msg("fields.too_big", "'{field}' must be at most {maximum}; got {value}.",
                               field=field_name(field), maximum=maximum, value=value))
    return value


def parse_choice(text: str | None, enum: type[E], field: FieldName, default: E | None = None) -> E:
    value = (text or "").strip().lower()
    if not value:
        if default is None:
            raise _fail(field, _required(field))
        return default
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise _fail(field, msg("fields.bad_choice", "'{text}' is not a valid {field}; use one of {allowed}.",
                               text=value, field=field_name(field), allowed=allowed)) from None


def parse_money(text: str | int | float | None, currency: str, field: FieldName, *,
                positive: bool = True) -> int:
    """An amount in minor units; spreadsheet numbers are taken through their shortest text form."""
    if text is None or (isinstance(text, str) and not text.strip()):
        raise _fail(field, _required(field))
    if isinstance(text, float):
        text = repr(text)  # openpyxl gives floats; repr is the shortest text that round-trips
    if isinstance(text, str) and len(text.strip()) > 40:
        raise _fail(field, msg("fields.amount_too_long", "'{text}…' is not an amount arledger accepts (too long).",
                               text=text.strip()[:20]))
    try:
        minor = parse_amount(text, currency, allow_zero=not positive)
    except UserError as exc:
        raise _fail(field, exc.message) from None
    return check_amount(minor, currency, field)


def parse_currency(text: str | None, field: FieldName, default: str | None = None) -> str:
    value = (text or "").strip()
    if not value:
        if default is None:
            raise _fail(field, _required(field))
        return default
    try:
        return check_currency(value)
    except UserError as exc:
        raise _fail(field, exc.message) from None


def parse_timezone(text: str | None, field: FieldName, default: str = "UTC") -> str:
    value = (text or "").strip()
    if not value:
        return default
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise _fail(field, msg("fields.bad_zone", "'{text}' is not a time zone; use a name like Europe/London.",
                               text=value)) from None
    return value


def parse_email(text: str | None, field: FieldName) -> str:
    value = (text or "").strip()
    if value and not _EMAIL_RE.match(value):
        raise _fail(field, msg("fields.bad_email", "'{text}' is not an email address.", text=value))
    return value




def check_customer(code: str, name: str, email: str, phone: str, address: str, notes: str,
                   contact_names: tuple[str, ...] = (), credit_limit: int | None = None,
                   currency: str = "EUR") -> None:
    """Every text of a customer within its length, and its credit limit within the amount bound."""
    check_text(code, "code", "code")
    check_text(name, "name", "name")
    check_text(email, "email")
    check_text(phone, "phone")
    check_text(address, "address", "address")
    check_text(notes, "notes", "summary")
    for person in contact_names:
        check_text(person, "contact_name", "name")
    if credit_limit is not None:
        check_amount(credit_limit, currency, "credit_limit")


def parse_rate_bp(text: str | int | float | None, field: FieldName) -> int | None:
    """An annual rate in percent ("12.5", "12.5%") as basis points (1250); blank is None.

    At most two decimals (a basis point) and at most 1000 percent.
    """
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    raw = repr(text) if isinstance(text, float) else str(text).strip().rstrip("%").strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise _fail(field, msg("fields.not_rate", "'{text}' is not a rate in percent, like 12.5.",
                               text=str(text))) from None
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(1000):
        raise _fail(field, msg("fields.rate_range", "'{text}' is not a rate between 0 and 1000 percent.",
                               text=str(text)))
    bp = value * 100
    if bp != bp.to_integral_value():
        raise _fail(field, msg("fields.rate_decimals", "'{text}' has more than two decimals; give the rate to a "
                               "hundredth of a percent.", text=str(text)))
    return int(bp)


def parse_factor(text: str | int | float | None, field: FieldName) -> Decimal | None:
    """A positive multiplier such as an LPR factor ("1.5"); blank is None."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    raw = repr(text) if isinstance(text, float) else str(text).strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise _fail(field, msg("fields.not_number", "'{text}' is not a number, like 1.5.", text=str(text))) from None
    if not value.is_finite() or not Decimal(0) < value <= Decimal(10):
        raise _fail(field, msg("fields.factor_range", "'{text}' is not a factor above 0 and at most 10.",
                               text=str(text)))
    return value
