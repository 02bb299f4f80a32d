"""Customer master data from text fields, shared by the command line, imports and the customer dialog.

One function turns named text values (as typed, or as read from a file's columns) into a Customer, so a
field is checked the same way wherever it is entered. Contact people are written one per line or separated
by ';', each as 'name | role | phone | email'; tags are comma-separated; flags are yes/no.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from arledger.domain import fields
from arledger.domain.errors import ValidationError
from arledger.domain.messages import msg
from arledger.domain.model import ContactPerson, Customer, CustomerKind, Jurisdiction, Language, RiskTier
from arledger.domain.money import format_amount

CUSTOMER_FIELDS = (
    "code", "name", "kind", "email", "phone", "address", "country", "jurisdiction", "language", "timezone",
    "payment_terms_days", "credit_limit", "currency", "risk_tier", "tags", "contacts", "do_not_contact",
    "attorney_on_record", "on_hold", "notes", "payment_date_agreed", "default_notice",
)
FLAGS = ("do_not_contact", "attorney_on_record", "on_hold", "payment_date_agreed", "default_notice")
_YES = {"yes", "y", "true", "1", "x"}
_NO = {"no", "n", "false", "0", ""}


def parse_flag(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    text = str(value or "").strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(msg("customer.not_yes_no", "'{text}' is not yes or no for '{field}'.", text=text,
                              field=field), field=field)


def parse_tags(value: object) -> tuple[str, ...]:
    out: list[str] = []
    for t in str(value or "").split(","):
        t = t.strip()
        if t and t not in out:
            out.append(t)
    return tuple(out)


def format_tags(tags: tuple[str, ...]) -> str:
    return ", ".join(tags)


def parse_contacts(value: object, field: str = "contacts") -> tuple[ContactPerson, ...]:
    """'name | role | phone | email', one per line or ';'-separated."""
    text = str(value or "").replace(";", "\n")
    people = []
    for k, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > 4:
            raise ValidationError(msg("customer.contact_parts", "contact person {k} has {parts} parts; "
                    "write 'name | role | phone | email'.", k=k, parts=len(parts)),
                                  field=field)
        parts += [""] * (4 - len(parts))
        name, role, phone, email = parts
        if not name:
            raise ValidationError(msg("customer.contact_no_name", "contact person {k} has no name; write 'name "
                    "| role | phone | email'.", k=k),
                                  field=field)
        fields.parse_email(email, field)
        people.append(ContactPerson(name=name, role=role, phone=phone, email=email))
    return tuple(people)


def format_contacts(people: tuple[ContactPerson, ...], sep: str = "; ") -> str:
    def one(p: ContactPerson) -> str:
        parts = [p.name, p.role, p.phone, p.email]
        while parts and not parts[-1]:
            parts.pop()
        return " | ".join(parts)

    return sep.join(one(p) for p in people)


def customer_from_fields(values: Mapping[str, object], base: Customer | None = None,
                         jurisdiction: Jurisdiction = Jurisdiction.GENERIC) -> Customer:
    """A Customer from named text values; keys missing from values keep base's value (or the default).

    Raises ValidationError naming the first field at fault.
    """
    def has(key: str) -> bool:
        return key in values and values[key] is not None

    def txt(key: str) -> str:
        v = values.get(key)
        return "" if v is None else str(v).strip()

    def number(key: str) -> str | int | float | None:
        v = values[key]  # text from the CLI, numbers from a spreadsheet; anything else is read as its text
        return v if v is None or isinstance(v, str | int | float) else str(v)

    current = base or Customer(code="", name="", jurisdiction=jurisdiction)
    changes: dict[str, Any] = {}  # Customer field name -> parsed value, for dataclasses.replace
    if has("code") or base is None:
        changes["code"] = fields.required(txt("code"), "code")
    if has("name") or base is None:
        changes["name"] = fields.required(txt("name"), "name")
    if has("kind"):
        changes["kind"] = fields.parse_choice(txt("kind"), CustomerKind, "kind", CustomerKind.COMPANY)
    if has("currency"):
        changes["currency"] = fields.parse_currency(txt("currency"), "currency", current.currency)
    currency = str(changes.get("currency", current.currency))
    for key in ("phone", "address", "notes"):
        if has(key):
            changes[key] = txt(key)
    if has("email"):
        changes["email"] = fields.parse_email(txt("email"), "email")
    if has("country"):
        country = txt("country").upper()
        if country and (len(country) != 2 or not country.isalpha()):
            raise ValidationError(msg("customer.bad_country", "'{country}' is not a country; use a two-letter "
                    "code such as GB, DE or CN.", country=country),
                                  field="country")
        changes["country"] = country
    if has("jurisdiction"):
        changes["jurisdiction"] = fields.parse_choice(txt("jurisdiction"), Jurisdiction, "jurisdiction",
                                                      current.jurisdiction)
    if has("language"):
        changes["language"] = fields.parse_choice(txt("language"), Language, "language", current.language)
    if has("timezone"):
        changes["timezone"] = fields.parse_timezone(txt("timezone"), "timezone", current.timezone)
    if has("payment_terms_days"):
        changes["payment_terms_days"] = fields.parse_int(number("payment_terms_days"), "payment_terms_days",
                                                         minimum=0, maximum=3650,
                                                         default=current.payment_terms_days)
    if has("credit_limit"):
        raw = number("credit_limit")
        changes["credit_limit"] = (None if isinstance(raw, str) and raw.strip().lower() in ("", "none") else
                                   fields.parse_money(raw, currency, "credit_limit", positive=False))
    if has("risk_tier"):
        tier = txt("risk_tier").upper()
        if tier and tier not in {t.value for t in RiskTier}:
            raise ValidationError(msg("customer.bad_risk_tier", "'{tier}' is not a risk tier; use A, B or C.",
                    tier=tier), field="risk_tier")
        changes["risk_tier"] = RiskTier(tier) if tier else None
    if has("tags"):
        changes["tags"] = parse_tags(values["tags"])
    if has("contacts"):
        changes["contacts"] = parse_contacts(values["contacts"])
    for flag in FLAGS:
        if has(flag):
            changes[flag] = parse_flag(values[flag], flag)
    return dataclasses.replace(current, **changes)


def customer_fields(c: Customer) -> dict[str, str]:
    """The customer as the named text values customer_from_fields reads (for show and export)."""
    return {
        "code": c.code, "name": c.name, "kind": c.kind.value, "email": c.email, "phone": c.phone,
        "address": c.address, "country": c.country, "jurisdiction": c.jurisdiction.value,
        "language": c.language.value, "timezone": c.timezone, "payment_terms_days": str(c.payment_terms_days),
        "credit_limit": format_amount(c.credit_limit, c.currency) if c.credit_limit is not None else "",
        "currency": c.currency, "risk_tier": c.risk_tier.value if c.risk_tier else "",
        "tags": format_tags(c.tags), "contacts": format_contacts(c.contacts),
        **{f: "yes" if getattr(c, f) else "no" for f in FLAGS}, "notes": c.notes,
    }


def parse_split(text: str, currency: str, field: str = "allocate") -> list[tuple[str, int]]:
    """'INV-1:100, INV-2:50.50' -> [(number, minor units)]; 'none' (or empty after a header) is no invoice."""
    out: list[tuple[str, int]] = []
    stripped = (text or "").strip()
    if stripped.lower() in ("none", "on account"):
        return out
    for part in stripped.replace(";", ",").split(","):
        if not part.strip():
            continue
        number, sep, amount = part.rpartition(":")
        if not sep or not number.strip():
            raise ValidationError(msg("customer.bad_invoice_amount", "'{part}' is not 'INVOICE:AMOUNT' in '{field}'.",
                    part=part.strip(), field=field), field=field)
        out.append((number.strip(), fields.parse_money(amount.strip(), currency, field)))
    return out


def format_split(parts: list[tuple[str, int]], currency: str) -> str:
    return "; ".join(f"{n}:{format_amount(a, currency)}" for n, a in parts) if parts else "none"

