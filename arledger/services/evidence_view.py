"""The evidence log as people read it: one line per event, newest first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from arledger.domain.dunning import level_title
from arledger.domain.messages import Amount, Message, message_from_data, msg
from arledger.domain.record_words import (
    channel_word,
    direction_word,
    dispute_reason_word,
    event_kind_word,
    outcome_word,
)
from arledger.services.ledger import Ledger
from arledger.storage import evidence

_SUMMARY_KEYS = ("summary", "reason", "resolution", "note", "file", "level_name")
# a waiver's or write-off's reason, a settlement's outcome; a delivered demand's limitation note
_MESSAGE_KEYS = ("reason_message", "note_message")


def event_title(kind: str) -> Message:
    """What kind of event it is, as a person names it (an unknown kind: its own words)."""
    return event_kind_word(kind)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _amount(payload: dict[str, Any]) -> Amount | str:
    """The event's amount as a value the reader's language writes; as stored when it does not read as one."""
    text, currency = _text(payload.get("amount")), _text(payload.get("currency"))
    try:
        return Amount(Decimal(text), currency) if text and len(currency) == 3 else f"{text} {currency}".strip()
    except ArithmeticError:
        return f"{text} {currency}".strip()


def _day(value: Any) -> date | str:
    """A stored ISO date as a date; anything else as stored."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else _text(value)
    except ValueError:
        return _text(value)


def describe(kind: str, payload: dict[str, Any]) -> Message:
    """A short sentence for an event's payload; the user's own words in it (a contact's summary, a note) are
    parameters, shown as they were written."""
    if kind == "payment":
        return msg("evidence.payment", "Payment {amount} on {date}", amount=_amount(payload),
                   date=_day(payload.get("date")))
    if kind == "promise":
        return msg("evidence.promise", "Promise {amount} by {due}", amount=_amount(payload),
                   due=_day(payload.get("due_date")))
    if kind == "letter":
        return msg("evidence.letter", "Letter level {level} ({name}) sent {sent_on}", level=_text(payload.get("level")),
                   name=level_title(_text(payload.get("level_name"))), sent_on=_day(payload.get("sent_on")))
    if kind == "contact":
        outcome = payload.get("outcome")
        said = msg("evidence.contact_outcome", " - {outcome}", outcome=outcome_word(str(outcome))) if outcome else None
        return msg("evidence.contact", "{channel} {direction}{outcome}: {summary}",
                   channel=channel_word(_text(payload.get("channel"))),
                   direction=direction_word(_text(payload.get("direction"))), outcome=said,
                   summary=_text(payload.get("summary")))
    if kind == "correction":
        return msg("evidence.correction", "Correction of event {event}: {note}", event=_text(payload.get("corrects")),
                   note=_text(payload.get("note")))
    if kind == "dispute_opened" and payload.get("reason"):  # the reason is a code: named in the reader's words
        note = _text(payload.get("note"))
        return msg("evidence.generic", "{kind}: {text}", kind=event_title(kind), text=msg(
            "evidence.dispute_reason", "{reason}: {note}", reason=dispute_reason_word(_text(payload["reason"])),
            note=note) if note else dispute_reason_word(_text(payload["reason"])))
    said = next((payload[key] for key in _MESSAGE_KEYS if isinstance(payload.get(key), dict)), None)
    if said is not None:  # a sentence the ledger wrote itself, kept as its message beside its English
        return msg("evidence.generic", "{kind}: {text}", kind=event_title(kind), text=message_from_data(said))
    for key in _SUMMARY_KEYS:
        if payload.get(key):
            return msg("evidence.generic", "{kind}: {text}", kind=event_title(kind), text=_text(payload[key]))
    return event_title(kind)


def evidence_rows(ledger: Ledger, customer_code: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Events (of one customer or all), newest first, with their hashes (``summary`` in English, as JSON
    carries it; a front end shows ``describe(kind, payload)`` in the reader's language)."""
    if customer_code:
        events = evidence.for_customer(ledger.conn, ledger.customer(customer_code).id, newest_first=True, limit=limit)
    else:
        events = evidence.latest(ledger.conn, limit)
    out = []
    for e in events:
        payload = evidence.payload(e)
        out.append({"seq": e.seq, "at": e.at, "kind": e.kind, "actor": e.actor, "customer": payload.get("customer"),
                    "summary": str(describe(e.kind, payload)), "payload": payload, "hash": e.hash})
    return out
