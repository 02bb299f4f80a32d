"""The ledger's editable rules, read from its settings: contact guards, letter ladder, promise grace,
limitation default, rate tables."""

from __future__ import annotations

import dataclasses
from datetime import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from arledger import paths
from arledger.domain.compliance import ContactPolicy
from arledger.domain.dunning import DEFAULT_LEVELS, DunningLevel, EscalationPolicy
from arledger.domain.errors import UserError
from arledger.domain.limitation import DEFAULT_GENERIC_YEARS
from arledger.domain.messages import msg
from arledger.domain.model import Jurisdiction
from arledger.domain.promises import DEFAULT_GRACE_DAYS
from arledger.domain.rates import (
    BOE_BASE_RATE,
    DE_BASISZINS,
    ECB_MRO,
    RateTable,
    index_rate_tables,
    read_rate_table,
)
from arledger.domain.verzug import POST_RECEIPT_DAYS
from arledger.services.ledger import Ledger


def contact_policy(ledger: Ledger) -> ContactPolicy:
    return contact_policy_from(ledger.setting("contact_policy", {}) or {})


def contact_policy_from(s: dict[str, Any]) -> ContactPolicy:
    """The contact guards from a settings value (raises UserError when it does not make sense)."""
    try:
        return _contact_policy(s)
    except (TypeError, ValueError, AttributeError) as exc:
        raise UserError(msg("policy.bad_contact_policy", "The contact policy is not valid ({reason}).",
                reason=str(exc))) from None


def _contact_policy(s: dict[str, Any]) -> ContactPolicy:
    return ContactPolicy(
        hours_start=time.fromisoformat(s.get("hours_start", "08:00")),
        hours_end=time.fromisoformat(s.get("hours_end", "21:00")),
        max_calls=int(s.get("max_calls", 7)),
        call_window_days=int(s.get("call_window_days", 7)),
        conversation_pause_days=int(s.get("conversation_pause_days", 7)),
    )


def escalation_policy(ledger: Ledger) -> EscalationPolicy:
    """The ledger's letter ladder; setting 'letters.allow_first_formal' (true/false) lets a first letter be a
    formal demand for very old debts."""
    pol = escalation_policy_from(ledger.setting("escalation_policy", {}) or {})
    allow = ledger.setting("letters.allow_first_formal", False)
    if isinstance(allow, str) and allow.strip().lower() in ("true", "false"):
        allow = allow.strip().lower() == "true"
    if not isinstance(allow, bool):
        raise UserError(msg("policy.bad_allow_first_formal", "The setting letters.allow_first_formal is '{allow}'; "
                "use true or false.", allow=str(allow)))
    return dataclasses.replace(pol, allow_first_formal=allow) if allow else pol


def escalation_policy_from(s: dict[str, Any]) -> EscalationPolicy:
    """The letter ladder from a settings value (raises UserError when it does not make sense)."""
    try:
        return _escalation_policy(s)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise UserError(msg("policy.bad_escalation_policy", "The escalation policy is not valid ({reason}).",
                reason=str(exc))) from None


def _escalation_policy(s: dict[str, Any]) -> EscalationPolicy:
    levels = tuple(DunningLevel(**lv) for lv in s["levels"]) if s.get("levels") else DEFAULT_LEVELS
    return EscalationPolicy(levels=levels, min_gap_days=int(s.get("min_gap_days", 7)),
                            min_amount=int(s.get("min_amount", 0)),
                            escalation_grace_days=int(s.get("escalation_grace_days", 0)))


def default_jurisdiction(ledger: Ledger) -> Jurisdiction:
    """The rule pack new customers get unless they say otherwise (setting 'default_jurisdiction')."""
    value = ledger.setting("default_jurisdiction", Jurisdiction.GENERIC.value)
    try:
        return Jurisdiction(value)
    except ValueError:
        return Jurisdiction.GENERIC


def default_currency(ledger: Ledger) -> str:
    """The currency new customers get unless they say otherwise (setting 'default_currency', else EUR)."""
    value = ledger.setting("default_currency", DEFAULT_CURRENCY)
    return value if isinstance(value, str) and len(value) == 3 else DEFAULT_CURRENCY


def grace_days(ledger: Ledger) -> int:
    return int(ledger.setting("promise_grace_days", DEFAULT_GRACE_DAYS))


def generic_limitation_years(ledger: Ledger) -> int:
    return int(ledger.setting("limitation_generic_years", DEFAULT_GENERIC_YEARS))


def side_dir(ledger: Ledger, name: str) -> Path:
    """A folder beside the ledger file for its own files (letters, attachments, rates)."""
    return paths.ledger_side_dir(ledger.path, "files") / name


DEFAULT_CURRENCY = "EUR"
SHIPPED_RATE_TABLES = (BOE_BASE_RATE, ECB_MRO, DE_BASISZINS)


def rate_tables(ledger: Ledger) -> dict[str, RateTable]:
    """Shipped rate tables, each replaced by a same-named CSV in the ledger's rates folder if present.

    A shipped table that is missing is a MissingResourceError: interest is never silently computed as zero."""
    found: dict[str, Path] = {name: paths.resource_file("rates", f"{name}.csv") for name in SHIPPED_RATE_TABLES}
    found.update({p.stem: p for p in paths.resource_files("rates", "*.csv")})
    own = side_dir(ledger, "rates")
    if own.is_dir():
        found.update({p.stem: p for p in sorted(own.glob("*.csv"))})
    # Parsed once per set of files; an edited or added file (new size or modification time) is read again.
    key = tuple((name, str(p), p.stat().st_mtime_ns, p.stat().st_size) for name, p in sorted(found.items()))
    return _parsed_rate_tables(key)


@lru_cache(maxsize=8)
def _parsed_rate_tables(files: tuple[tuple[str, str, int, int], ...]) -> dict[str, RateTable]:
    return index_rate_tables([read_rate_table(Path(path), name) for name, path, _mtime, _size in files])


def interest_claim_days(ledger: Ledger) -> int:
    """How far back (days) an invoice paid late may have been paid for a letter run to propose a letter claiming
    its interest alone (setting 'letters.interest_claim_days', default 90)."""
    value = ledger.setting("letters.interest_claim_days", 90)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 90


def post_receipt_days(ledger: Ledger) -> int:
    """Days after posting a letter by post is taken as received when no delivery is recorded (BGB § 286 (1) under
    the de pack; setting 'verzug.post_receipt_days', default 3)."""
    value = ledger.setting("verzug.post_receipt_days", POST_RECEIPT_DAYS)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else POST_RECEIPT_DAYS
