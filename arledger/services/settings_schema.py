"""What each ledger setting may hold: types, keys and ranges, checked before a value is stored and when a stored
value is read (a value stored before these checks existed is reported, and the default used, never a crash).

``problem(key, value)`` returns one sentence naming what is wrong, or None for a valid value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from arledger.domain.bounds import MAX_AMOUNT, TEXT_LIMITS
from arledger.domain.messages import Count, Message, msg

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


def _whole(value: Any, key: str | Message, low: int, high: int) -> Message | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return msg("settings.not_whole", "{key} must be a whole number from {low} to {high}; got {value}", key=key,
                   low=Count(low), high=Count(high), value=_shown(value))
    if not low <= value <= high:
        return msg("settings.out_of_range", "{key} must be from {low} to {high}; got {value}", key=key,
                   low=Count(low), high=Count(high), value=Count(value))
    return None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _text(value: Any, key: str | Message, limit: int = TEXT_LIMITS["short"]) -> Message | None:
    if not isinstance(value, str):
        return msg("settings.not_text", "{key} must be text; got {value}", key=key, value=_shown(value))
    if len(value) > limit:
        return msg("settings.text_too_long", "{key} is {length} characters long; at most {limit} are accepted",
                   key=key, length=Count(len(value)), limit=Count(limit))
    return None


def _unknown(value: dict[str, Any], allowed: Iterable[str], what: str | Message) -> Message | None:
    allowed = tuple(allowed)
    extra = sorted(set(value) - set(allowed))
    if extra:
        return msg("settings.unknown_part", "{key} has no setting '{part}'; use {allowed}", key=what, part=extra[0],
                   allowed=", ".join(allowed))
    return None


def _company(value: Any) -> Message | None:
    if not isinstance(value, dict):
        return msg("settings.company_not_object", 'company must be a JSON object, e.g. {{"name": "...", "address": '
                   '"..."}}')
    # keys arledger does not use are kept (the settings dialog carries them over) but must be plain text too
    for key in [*COMPANY_TEXT_KEYS, *(k for k in value if k not in (*COMPANY_TEXT_KEYS, "bank"))]:
        if key in value and value[key] is not None:
            if key == "address" and isinstance(value[key], list):
                if not all(isinstance(x, str) for x in value[key]) or len(value[key]) > 12:
                    return msg("settings.company_address", "company address must be text or a list of at most 12 "
                               "lines of text")
                continue
            limit = TEXT_LIMITS["address"] if key == "address" else TEXT_LIMITS["short"]
            found = _text(value[key], f"company {key}", limit)
            if found:
                return found
    bank = value.get("bank")
    if bank is not None:
        if not isinstance(bank, dict):
            return msg("settings.company_bank", "company bank must be a JSON object with {keys}; got {value}",
                       keys=", ".join(BANK_KEYS), value=_shown(bank))
        for key, text in bank.items():
            found = None if text is None else _text(text, msg("settings.company_bank_key", "company bank {key}",
                                                              key=key), 100)
            if found:
                return found
    return None


def _not_object(key: str | Message) -> Message:
    return msg("settings.not_object", "{key} must be a JSON object", key=key)


def _contact_policy(value: Any) -> Message | None:
    if not isinstance(value, dict):
        return _not_object("contact_policy")
    found = _unknown(value, CONTACT_POLICY, "contact_policy")
    if found:
        return found
    for key, rule in CONTACT_POLICY.items():
        if key not in value:
            continue
        if isinstance(rule, str):
            if not isinstance(value[key], str) or not _TIME.match(value[key]):
                return msg("settings.not_time", "{key} must be a time like 08:00; got {value}",
                           key=f"contact_policy {key}", value=_shown(value[key]))
        else:
            found = _whole(value[key], f"contact_policy {key}", rule[0], rule[1])
            if found:
                return found
    return None


def _escalation_policy(value: Any) -> Message | None:
    if not isinstance(value, dict):
        return _not_object("escalation_policy")
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
        return msg("settings.levels_count", "escalation_policy levels must be a list of one to nine levels")
    for n, level in enumerate(levels, start=1):
        if not isinstance(level, dict):
            return _not_object(_level_key(n))
        found = _unknown(level, (*LEVEL_KEYS, "name"), _level_key(n))
        if found:
            return found
        for key, (low, high) in LEVEL_KEYS.items():
            if level.get(key) is not None:
                found = _whole(level[key], _level_key(n, key), low, high)
                if found:
                    return found
        if "name" in level:
            found = _text(level["name"], _level_key(n, "name"), 80)
            if found:
                return found
    return None


def _level_key(n: int, key: str | None = None) -> Message:
    """A level's setting, named by the level's place in the list: "escalation_policy level 2 reply_days"."""
    level = msg("settings.level", "escalation_policy level {n}", n=n)
    return level if key is None else msg("settings.level_key", "{level} {key}", level=level, key=key)


def _boundaries(value: Any) -> Message | None:
    if not isinstance(value, list) or not 1 <= len(value) <= 12:
        return msg("settings.boundaries_count", "aging.boundaries must be a list of one to twelve day counts, e.g. "
                   "[30, 90, 180]")
    for v in value:
        found = _whole(v, "aging.boundaries", 1, 3650)
        if found:
            return found
    if value != sorted(set(value)):
        return msg("settings.boundaries_order", "aging.boundaries must rise from one boundary to the next, e.g. "
                   "[30, 90, 180]")
    return None


def _choice(key: str, *allowed: str) -> Callable[[Any], Message | None]:
    def check(value: Any) -> Message | None:
        return None if value in allowed else msg("settings.not_choice", "{key} must be one of {allowed}; got "
                                                 "{value}", key=key, allowed=", ".join(allowed), value=_shown(value))
    return check


def _whole_in(key: str, low: int, high: int) -> Callable[[Any], Message | None]:
    return lambda value: _whole(value, key, low, high)


def _flag(key: str) -> Callable[[Any], Message | None]:
    return lambda value: None if isinstance(value, bool) else msg("settings.not_flag", "{key} must be true or false",
                                                                  key=key)


def _currency(value: Any) -> Message | None:
    if isinstance(value, str) and len(value) == 3:
        return None
    return msg("settings.not_currency", "default_currency must be a three-letter currency code such as GBP; got "
               "{value}", value=_shown(value))


SCHEMA: dict[str, Callable[[Any], Message | None]] = {
    "company": _company,
    "escalation_policy": _escalation_policy,
    "contact_policy": _contact_policy,
    "aging.boundaries": _boundaries,
    "default_jurisdiction": _choice("default_jurisdiction", "uk", "eu", "de", "cn", "us", "generic"),
    "default_currency": _currency,
    "backups.keep": _whole_in("backups.keep", 0, 365),
    "promise_grace_days": _whole_in("promise_grace_days", 0, 365),
    "limitation_generic_years": _whole_in("limitation_generic_years", 1, 30),
    "letters.page_size": _choice("letters.page_size", "A4", "Letter"),
    "user.name": lambda value: _text(value, "user.name", 100),
    "settlement.approval_threshold": _whole_in("settlement.approval_threshold", 0, 10**15),
    "evidence.witness_folder": lambda value: _text(value, "evidence.witness_folder", 1_000),
    "imports.apply_credit": _flag("imports.apply_credit"),
    "letters.allow_first_formal": _flag("letters.allow_first_formal"),
    "letters.interest_claim_days": _whole_in("letters.interest_claim_days", 0, 3_650),
    "verzug.post_receipt_days": _whole_in("verzug.post_receipt_days", 0, 60),
}


def problem(key: str, value: Any) -> Message | None:
    """One sentence (without its full stop, naming the setting) saying why value cannot be the setting key; None
    if it can."""
    check = SCHEMA.get(key)
    return check(value) if check is not None else None
