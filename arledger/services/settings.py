"""Per-ledger settings a user may change, each checked before it is stored."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from arledger.domain.aging import BucketScheme
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg
from arledger.domain.model import Jurisdiction
from arledger.domain.money import check_currency
from arledger.services import policy, settings_schema
from arledger.services.dispatch import EMAIL_SETTING_HELP, email_settings_from
from arledger.services.ledger import Ledger


def _check_currency(value: Any) -> None:
    if not isinstance(value, str):
        raise UserError(msg("settings.bad_currency", "default_currency must be a three-letter currency code such "
                            "as GBP."))
    check_currency(value)


def _check_buckets(value: Any) -> None:
    BucketScheme(tuple(int(x) for x in value))


SETTINGS: dict[str, tuple[Message, Callable[[Any], object] | None]] = {  # key: (what it holds, its check)
    "company": (msg("settings.help.company", "letterhead: name, address, registration, email, phone, "
                    "contact_person, logo, bank {account_name, iban, bic, bank_name}"), None),
    "escalation_policy": (msg("settings.help.escalation_policy", "letter ladder: levels [{level, name, "
                              "days_after_due, reply_days, reply_days_individual_ew}], min_gap_days, min_amount "
                              "(minor units), escalation_grace_days"), policy.escalation_policy_from),
    "contact_policy": (msg("settings.help.contact_policy", "contact guards: hours_start, hours_end (HH:MM), "
                           "max_calls, call_window_days, conversation_pause_days"), policy.contact_policy_from),
    "aging.boundaries": (msg("settings.help.aging_boundaries", "default aging buckets, e.g. [30, 90, 180]"),
                         _check_buckets),
    "default_currency": (msg("settings.help.default_currency", "currency for new customers, e.g. GBP (default "
                             "EUR)"), _check_currency),
    "default_jurisdiction": (msg("settings.help.default_jurisdiction", "rule pack for new customers: uk, eu, de, "
                                 "cn, us or generic"), Jurisdiction),
    "promise_grace_days": (msg("settings.help.promise_grace_days", "days after a promised date before a promise "
                               "counts as broken (default 3)"), None),
    "limitation_generic_years": (msg("settings.help.limitation_generic_years", "limitation period for us/eu/generic "
                                     "customers (default 4)"), None),
    "letters.page_size": (msg("settings.help.letters_page_size", "A4 or Letter"), None),
    "backups.keep": (msg("settings.help.backups_keep", "daily automatic backups the app keeps beside the ledger "
                         "(default 7; 0 for none)"), None),
    "user.name": (msg("settings.help.user_name", "who is recorded as acting in the evidence log"), None),
    "evidence.witness_folder": (msg("settings.help.evidence_witness_folder", "a second folder (USB stick, synced "
                                    "folder) that keeps a copy of each chain head, besides the user data "
                                    "directory"), None),
    "email": (EMAIL_SETTING_HELP, email_settings_from),
    "imports.apply_credit": (msg("settings.help.imports_apply_credit", "true: after importing payments or credit "
                                 "notes, apply unapplied credit to open invoices oldest first (default false)"), None),
    "letters.allow_first_formal": (msg("settings.help.letters_allow_first_formal", "true: the first letter to a "
                                       "customer may be a formal demand (level 3) for a very old debt, worded as a "
                                       "first letter; otherwise the ladder starts at level 1 (default false)"), None),
    "letters.interest_claim_days": (msg("settings.help.letters_interest_claim_days", "days back an invoice paid late "
                                        "may have been paid for a letter run to propose a letter claiming its "
                                        "interest and compensation alone (default 90)"), None),
    "verzug.post_receipt_days": (msg("settings.help.verzug_post_receipt_days", "days after posting a letter sent by "
                                     "post is taken as received when no delivery is recorded: German default (BGB "
                                     "§ 286) begins on receipt of a reminder (default 3)"), None),
    "settlement.approval_threshold": (msg("settings.help.settlement_approval_threshold", "settlement concession "
                                          "(minor units of the offer's currency) from which an approver and reason "
                                          "are required before the offer letter is released"), None),
}


def set_setting(ledger: Ledger, key: str, text: str) -> Any:
    """Parse text as JSON (or take it as a plain string), check it, store it; returns the stored value."""
    if key not in SETTINGS:
        raise UserError(msg("settings.unknown_key", "'{key}' is not a setting; use one of {settings}.", key=key,
                settings=', '.join(SETTINGS)))
    try:
        value = json.loads(text)
    except ValueError:
        value = text
    found = settings_schema.problem(key, value)
    if found:
        raise UserError(msg("settings.bad_value", "{found}; the setting was left as it was.", found=found))
    check = SETTINGS[key][1]
    if check:
        try:
            check(value)
        except (TypeError, ValueError, AttributeError):  # Python's own words about the value: say what is expected
            raise UserError(msg("settings.invalid_expected", "{key} is not valid; it holds {expected}.", key=key,
                                expected=SETTINGS[key][0])) from None
    ledger.set_setting(key, value)
    return value
