"""Contacts with debtors: the contact guards (hours, frequency, pauses) and logging a contact."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from arledger.domain import compliance, fields
from arledger.domain.dunning import sentences
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg
from arledger.domain.model import (
    Channel,
    ContactEvent,
    Customer,
    Direction,
    ExcuseReason,
    Outcome,
)
from arledger.services import policy
from arledger.services.evidence_log import _invoices_of, _log
from arledger.services.ledger import Ledger
from arledger.storage import collections as rows


class GuardRefused(UserError):
    """A contact the guards stop; carries every violation so a dialog can show them."""

    def __init__(self, violations: list[compliance.GuardViolation]) -> None:
        self.violations = violations
        stops = sentences([v.message for v in violations] or [Message("", "")])
        super().__init__(msg("contact.guard_refused", "{violations} Nothing was logged; give an override reason to "
                             "record it anyway.", violations=stops))


def check_contact(ledger: Ledger, code: str, channel: Channel, at: datetime) -> list[compliance.GuardViolation]:
    """The guards a proposed contact would break (empty: it may go ahead)."""
    return _violations(ledger, ledger.customer(code), channel, at)


def _violations(ledger: Ledger, customer: Customer, channel: Channel, at: datetime) -> list[compliance.GuardViolation]:
    since = at - timedelta(days=30)
    recent = rows.contacts_for(ledger.conn, customer.id, since)
    open_dispute = bool(rows.disputes(ledger.conn, customer.id, open_only=True))
    return compliance.check_contact(policy.contact_policy(ledger), customer, channel, at, recent,
                                    has_open_dispute=open_dispute)


def log_contact(ledger: Ledger, code: str, channel: Channel, direction: Direction, summary: str, *,
                person: str = "", outcome: Outcome | None = None, reason: ExcuseReason | None = None,
                invoices: Sequence[str] = (), at: datetime | None = None, tracking: str = "",
                override: str = "") -> ContactEvent:
    """Log a contact after checking the guards. A guarded contact raises GuardRefused unless an override
    reason is given, in which case the override is logged too."""
    if not summary.strip():
        raise UserError(msg("contact.no_summary", "A contact needs a summary of what was said or sent."))
    at = (at or ledger.now()).astimezone(UTC)
    fields.check_date(at.date(), "at")
    fields.check_text(summary, "summary", "summary")
    for name, text in (("person", person), ("tracking", tracking)):
        fields.check_text(text, name, "short")
    fields.check_text(override, "override", "summary")
    customer = ledger.customer(code)
    invs = _invoices_of(ledger, customer, invoices)
    # The guards count earlier contacts inside the write transaction that records this one, so two loggers
    # running at once cannot both see the count below its limit.
    with ledger.database.atomic() as conn:
        violations = _violations(ledger, customer, channel, at) if direction is Direction.OUT else []
        if violations and not override.strip():
            raise GuardRefused(violations)
        event = ContactEvent(customer_id=customer.id, at=at, channel=channel, direction=direction,
                             summary=summary.strip(), person=person.strip(), outcome=outcome, reason=reason,
                             invoice_ids=tuple(i.id for i in invs), tracking=tracking.strip(),
                             override_reason=override.strip() if violations else "")
        if violations:
            _log(ledger, "guard_override", customer, {
                "channel": channel.value, "reason": override.strip(),
                "rules": [v.rule for v in violations], "messages": [str(v.message) for v in violations]}, at)
        seq = _log(ledger, "contact", customer, {
            "channel": channel.value, "direction": direction.value, "person": event.person, "summary": event.summary,
            "outcome": outcome.value if outcome else None, "reason": reason.value if reason else None,
            "invoices": [i.number for i in invs], "tracking": event.tracking,
            "override": event.override_reason or None, "contact_at": at.isoformat(timespec="seconds")}, at)
        cid = rows.insert_contact(conn, event, seq)
    return dataclasses.replace(event, id=cid)
