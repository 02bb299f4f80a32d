"""Contact guards: may we contact this customer, by this channel, at this moment? If not, why and when.

Default policy (docs COLLECTIONS.md section 7), editable per ledger through :class:`ContactPolicy`:

* ``contact-hours`` -- 08:00 to 21:00 in the debtor's time zone (``Customer.timezone``, an IANA name);
  08:00 is allowed, 21:00 is not. Applies to phone, visit, SMS and chat: channels that reach a person at
  once. Letters and emails are read when the debtor chooses, so they are not hours-guarded.
* ``call-cap`` -- at most 7 outbound calls in any 7 days (a rolling window of 7 x 24 hours) per customer,
  counting every attempt whatever its outcome. Phone only; inbound calls do not count.
* ``conversation-pause`` -- no calls for 7 days after a conversation with an individual. A conversation
  is a phone call or visit, in either direction, whose outcome shows a person was reached (reached,
  promise, dispute, refused). Phone only; companies are not paused.
* ``open-dispute`` -- while the customer has an open dispute, no calls, visits, SMS or chat (the
  pressure channels); letters and emails continue so the undisputed part can be claimed in writing.
* ``do-not-contact`` and ``attorney-on-record`` -- every channel, until the flag is cleared.

A guard never silently blocks: callers show each violation's sentence and may record an override with a
reason in the evidence log. ``next_allowed`` is when the guard stops applying, or None for a pause that
lasts until someone clears it. Times are aware datetimes; naive contact times are read as UTC.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg, plural_msg
from arledger.domain.model import Channel, ContactEvent, Customer, CustomerKind, Direction, Outcome
from arledger.domain.record_words import outcome_word

CONTACT_HOURS = "contact-hours"
CALL_CAP = "call-cap"
CONVERSATION_PAUSE = "conversation-pause"
OPEN_DISPUTE = "open-dispute"
DO_NOT_CONTACT = "do-not-contact"
ATTORNEY_ON_RECORD = "attorney-on-record"

ALL_CHANNELS: frozenset[Channel] = frozenset(Channel)
LIVE_CHANNELS: frozenset[Channel] = frozenset({Channel.PHONE, Channel.VISIT, Channel.SMS, Channel.CHAT})
CONVERSATION_CHANNELS: frozenset[Channel] = frozenset({Channel.PHONE, Channel.VISIT})
CONVERSATION_OUTCOMES: frozenset[Outcome] = frozenset(
    {Outcome.REACHED, Outcome.PROMISE, Outcome.DISPUTE, Outcome.REFUSED}
)
_NOUNS: dict[Channel, Message] = {
    Channel.PHONE: msg("compliance.noun.phone", "calls"),
    Channel.VISIT: msg("compliance.noun.visit", "visits"),
    Channel.SMS: msg("compliance.noun.sms", "text messages"),
    Channel.CHAT: msg("compliance.noun.chat", "chat messages"),
    Channel.EMAIL: msg("compliance.noun.email", "emails"),
    Channel.LETTER: msg("compliance.noun.letter", "letters"),
}
_UTC_MINUTE = "%Y-%m-%d %H:%M"


@dataclass(frozen=True, slots=True)
class ContactPolicy:
    """The ledger's contact rules; the defaults are those of the module docstring."""

    hours_start: time = time(8, 0)
    hours_end: time = time(21, 0)
    max_calls: int = 7
    call_window_days: int = 7
    conversation_pause_days: int = 7
    hours_channels: frozenset[Channel] = LIVE_CHANNELS
    call_channels: frozenset[Channel] = frozenset({Channel.PHONE})
    dispute_channels: frozenset[Channel] = LIVE_CHANNELS


@dataclass(frozen=True, slots=True)
class GuardViolation:
    """One guard that stops a contact: its rule id, one sentence for the user, and when it lifts."""

    rule: str
    message: Message
    next_allowed: datetime | None


def check_contact(
    policy: ContactPolicy,
    customer: Customer,
    channel: Channel,
    at: datetime,
    recent_contacts: Iterable[ContactEvent] = (),
    *,
    has_open_dispute: bool = False,
) -> list[GuardViolation]:
    """Every guard the proposed contact would break; an empty list means it may go ahead.

    ``at`` must be timezone-aware. ``recent_contacts`` are this customer's logged contacts (older ones
    and ones after ``at`` are ignored). The customer's flags, kind and time zone are read from
    ``customer``.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise UserError(msg("compliance.naive_time", "The contact time must carry a time zone (use UTC)."))
    at = at.astimezone(UTC)
    noun = _NOUNS[channel]
    out: list[GuardViolation] = []
    if customer.do_not_contact:
        out.append(GuardViolation(DO_NOT_CONTACT, msg(
            "compliance.do_not_contact", "{customer} asked not to be contacted; no {noun} until the flag is cleared.",
            customer=customer.name, noun=noun), None))
    if customer.attorney_on_record:
        out.append(GuardViolation(ATTORNEY_ON_RECORD, msg(
            "compliance.attorney_on_record", "An attorney represents {customer}; contact the attorney instead of "
            "sending {noun}.", customer=customer.name, noun=noun), None))
    if has_open_dispute and channel in policy.dispute_channels:
        out.append(GuardViolation(OPEN_DISPUTE, msg(
            "compliance.open_dispute", "{customer} has an open dispute; no {noun} until it is resolved (letters may "
            "claim the undisputed part).", customer=customer.name, noun=noun), None))
    if channel in policy.hours_channels:
        hours = _check_hours(policy, _zone(customer.timezone), customer.timezone, noun, at)
        if hours:
            out.append(hours)
    contacts = [c for c in recent_contacts if _utc(c.at) <= at]
    if channel in policy.call_channels:
        cap = _check_call_cap(policy, contacts, at)
        if cap:
            out.append(cap)
        if customer.kind == CustomerKind.INDIVIDUAL:
            pause = _check_conversation_pause(policy, contacts, at)
            if pause:
                out.append(pause)
    return out


def find_next_allowed(
    policy: ContactPolicy,
    customer: Customer,
    channel: Channel,
    at: datetime,
    recent_contacts: Iterable[ContactEvent] = (),
    *,
    has_open_dispute: bool = False,
) -> datetime | None:
    """The earliest moment from ``at`` when no guard applies, or None while an open-ended pause lasts."""
    contacts = list(recent_contacts)
    moment = at
    for _ in range(64):  # each step moves past one guard; a handful always suffices
        violations = check_contact(policy, customer, channel, moment, contacts, has_open_dispute=has_open_dispute)
        if not violations:
            return moment
        if any(v.next_allowed is None for v in violations):
            return None
        moment = max(v.next_allowed for v in violations if v.next_allowed is not None)
    raise AssertionError("contact guards did not settle")


def _check_hours(policy: ContactPolicy, zone: ZoneInfo, zone_name: str, noun: Message,
                 at: datetime) -> GuardViolation | None:
    local = at.astimezone(zone)
    if policy.hours_start <= local.time().replace(tzinfo=None) < policy.hours_end:
        return None
    day = local.date() if local.time() < policy.hours_start else local.date() + timedelta(days=1)
    # Built from the local wall-clock time so the UTC instant follows that day's DST offset.
    opens = datetime.combine(day, policy.hours_start, tzinfo=zone).astimezone(UTC)
    return GuardViolation(
        CONTACT_HOURS,
        msg("compliance.contact_hours", "Outside contact hours: {local} in {zone}; {noun} allowed from {start} "
            "({opens} UTC).", local=f"{local:%H:%M}", zone=zone_name, noun=noun,
            start=f"{policy.hours_start:%H:%M}", opens=f"{opens:{_UTC_MINUTE}}"),
        opens,
    )


def _check_call_cap(policy: ContactPolicy, contacts: list[ContactEvent], at: datetime) -> GuardViolation | None:
    window = timedelta(days=policy.call_window_days)
    calls = sorted(
        _utc(c.at) for c in contacts
        if c.channel in policy.call_channels and c.direction == Direction.OUT and _utc(c.at) > at - window
    )
    if len(calls) < policy.max_calls:
        return None
    # The call that must leave the window before one more fits under the cap.
    frees = calls[len(calls) - policy.max_calls] + window
    return GuardViolation(
        CALL_CAP,
        plural_msg("compliance.call_cap", "{n} call in the last {days} reaches the limit of {limit}; the next call "
                   "is allowed from {frees} UTC.", "{n} calls in the last {days} reach the limit of {limit}; the "
                   "next call is allowed from {frees} UTC.", n=len(calls), days=_days(policy.call_window_days),
                   limit=policy.max_calls, frees=f"{frees:{_UTC_MINUTE}}"),
        frees,
    )


def _check_conversation_pause(policy: ContactPolicy, contacts: list[ContactEvent],
                              at: datetime) -> GuardViolation | None:
    talks = [
        c for c in contacts
        if c.channel in CONVERSATION_CHANNELS and c.outcome in CONVERSATION_OUTCOMES
    ]
    if not talks:
        return None
    last = max(talks, key=lambda c: _utc(c.at))
    until = _utc(last.at) + timedelta(days=policy.conversation_pause_days)
    if at >= until:
        return None
    return GuardViolation(
        CONVERSATION_PAUSE,
        msg("compliance.conversation_pause", "A conversation with this individual on {on} UTC ({outcome}) pauses "
            "calls for {days}, until {until} UTC.", on=f"{_utc(last.at):{_UTC_MINUTE}}",
            outcome=outcome_word(last.outcome) if last.outcome else "", days=_days(policy.conversation_pause_days),
            until=f"{until:{_UTC_MINUTE}}"),
        until,
    )


def _days(n: int) -> Message:
    return plural_msg("compliance.days", "{n} day", "{n} days", n=n)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(msg("compliance.unknown_zone", "'{name}' is not a known time zone; use a name like "
                            "Europe/Berlin.", name=name)) from None


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
