"""What each ledger setting may hold: types, keys and ranges, checked before a value is stored and when a stored
value is read (a value stored before these checks existed is reported, and the default used, never a crash).

``problem(key, value)`` returns one sentence naming what is wrong, or None for a valid value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from arledger.domain.bounds import MAX_AMOUNT, TEXT_LIMITS

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")
COMPANY_TEXT_KEYS = ("name", "address", "registration", "email", "phone", "website", "contact_person", "logo",
                     "country")
BANK_KEYS = ("account_name", "iban", "bic", "bank_name", "account_number", "sort_code")
CONTACT_POLICY: dict[str, str | tuple[int, int]] = {
    "hours_start": "time", "hours_end": "time", "max_calls": (0, 1000), "call_window_days": (1, 365),
    "conversation_pause_days": (0, 365),
}
ESCALATION_POLICY = {"min_gap_days": (0, 365), "min_amount": (0, MAX_AMOUNT - 1), "escalation_grace_days": (0, 365),
                     "courtesy_reminder_days": (0, 90), "courtesy_min_amount": (0, MAX_AMOUNT - 1)}
LEVEL_KEYS = {"level": (1, 9), "days_after_due": (-365, 3650), "reply_days": (1, 365),
              "reply_days_individual_ew": (1, 365)}


def _whole(value: Any, key: str, low: int, high: int) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"{key} must be a whole number from {low:,} to {high:,}; got {_shown(value)}"
    if not low <= value <= high:
        return f"{key} must be from {low:,} to {high:,}; got {value:,}"
    return None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _text(value: Any, key: str, limit: int = TEXT_LIMITS["short"]) -> str | None:
    if not isinstance(value, str):
        return f"{key} must be text; got {_shown(value)}"
    if len(value) > limit:
        return f"{key} is {len(value):,} characters long; at most {limit:,} are accepted"
    return None


def _unknown(value: dict[str, Any], allowed: Iterable[str], what: str) -> str | None:
    allowed = tuple(allowed)
    extra = sorted(set(value) - set(allowed))
    if extra:
        return f"{what} has no setting '{extra[0]}'; use {', '.join(allowed)}"
    return None


def _company(value: Any) -> str | None:
    if not isinstance(value, dict):
        return 'company must be a JSON object, e.g. {"name": "...", "address": "..."}'
    # keys arledger does not use are kept (the settings dialog carries them over) but must be plain text too
    for key in [*COMPANY_TEXT_KEYS, *(k for k in value if k not in (*COMPANY_TEXT_KEYS, "bank"))]:
        if key in value and value[key] is not None:
            if key == "address" and isinstance(value[key], list):
                if not all(isinstance(x, str) for x in value[key]) or len(value[key]) > 12:
                    return "company address must be text or a list of at most 12 lines of text"
                continue
            limit = TEXT_LIMITS["address"] if key == "address" else TEXT_LIMITS["short"]
            found = _text(value[key], f"company {key}", limit)
            if found:
                return found
    bank = value.get("bank")
    if bank is not None:
        if not isinstance(bank, dict):
            return f"company bank must be a JSON object with {', '.join(BANK_KEYS)}; got {_shown(bank)}"
        for key, text in bank.items():
            found = None if text is None else _text(text, f"company bank {key}", 100)
            if found:
                return found
    return None


def _contact_policy(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "contact_policy must be a JSON object"
    found = _unknown(value, CONTACT_POLICY, "contact_policy")
    if found:
        return found
    for key, rule in CONTACT_POLICY.items():
        if key not in value:
            continue
        if isinstance(rule, str):
            if not isinstance(value[key], str) or not _TIME.match(value[key]):
                return f"contact_policy {key} must be a time like 08:00; got {_shown(value[key])}"
        else:
            found = _whole(value[key], f"contact_policy {key}", rule[0], rule[1])
            if found:
                return found
    return None


def _escalation_policy(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "escalation_policy must be a JSON object"
    found = _unknown(value, (*ESCALATION_POLICY, "levels"), "escalation_policy")
    if found:
        return found
    for key, (low, high) in ESCALATION_POLICY.items():
        if key in value:
            found = _whole(value[key], f"escalation_policy {key}", low, high)
            if found:
                return found
    levels = value.get("levels")
    if levels is None:
        return None
    if not isinstance(levels, list) or not 1 <= len(levels) <= 9:
        return "escalation_policy levels must be a list of one to nine levels"
    for n, level in enumerate(levels, start=1):
        if not isinstance(level, dict):
            return f"escalation_policy level {n} must be a JSON object"
        found = _unknown(level, (*LEVEL_KEYS, "name"), f"escalation_policy level {n}")
        if found:
            return found
        for key, (low, high) in LEVEL_KEYS.items():
            if level.get(key) is not None:
                found = _whole(level[key], f"escalation_policy level {n} {key}", low, high)
                if found:
                    return found
        if "name" in level:
            found = _text(level["name"], f"escalation_policy level {n} name", 80)
            if found:
                return found
    return None


def _boundaries(value: Any) -> str | None:
    if not isinstance(value, list) or not 1 <= len(value) <= 12:
        return "aging.boundaries must be a list of one to twelve day counts, e.g. [30, 90, 180]"
    for v in value:
        found = _whole(v, "aging.boundaries", 1, 3650)
        if found:
            return found
    if value != sorted(set(value)):
        return "aging.boundaries must rise from one boundary to the next, e.g. [30, 90, 180]"
    return None


def _choice(*allowed: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in allowed else f"must be one of {', '.join(allowed)}; got {_shown(value)}"
    return check


def _days(low: int, high: int) -> Callable[[Any], str | None]:
    return lambda value: _whole(value, "the value", low, high)


def _path(value: Any) -> str | None:
    return _text(value, "the folder", 1_000)


SCHEMA: dict[str, Callable[[Any], str | None]] = {
    "company": _company,
    "escalation_policy": _escalation_policy,
    "contact_policy": _contact_policy,
    "aging.boundaries": _boundaries,
    "default_jurisdiction": _choice("uk", "eu", "de", "cn", "us", "generic"),
    "default_currency": lambda value: None if isinstance(value, str) and len(value) == 3 else
    f"must be a three-letter currency code such as GBP; got {_shown(value)}",
    "backups.keep": _days(0, 365),
    "promise_grace_days": _days(0, 365),
    "limitation_generic_years": _days(1, 30),
    "letters.page_size": _choice("A4", "Letter"),
    "user.name": lambda value: _text(value, "user.name", 100),
    "settlement.approval_threshold": lambda value: _whole(value, "settlement.approval_threshold", 0, 10**15),
    "evidence.witness_folder": _path,
    "imports.apply_credit": lambda value: None if isinstance(value, bool) else
    "imports.apply_credit must be true or false",
    "letters.allow_first_formal": lambda value: None if isinstance(value, bool) else
    "letters.allow_first_formal must be true or false",
}


def problem(key: str, value: Any) -> str | None:
    """One sentence (without its full stop) saying why value cannot be the setting key; None if it can."""
    check = SCHEMA.get(key)
    if check is None:
        return None
    found = check(value)
    if found and not found.startswith(key):
        found = f"{key} {found}" if found.startswith("must") else f"{key}: {found}"
    return found or None
