"""The evidence log as people read it: one line per event, newest first."""

from __future__ import annotations

from typing import Any

from arledger.domain.messages import Message, msg
from arledger.services.ledger import Ledger
from arledger.storage import evidence

_SUMMARY_KEYS = ("summary", "reason", "resolution", "note", "file", "level_name")


def event_title(kind: str) -> Message:
    """What kind of event it is, as a person names it (an unknown kind: its own words)."""
    titles = {
        "payment": msg("evidence.kind.payment", "payment"),
        "promise": msg("evidence.kind.promise", "promise"),
        "plan": msg("evidence.kind.plan", "plan"),
        "letter": msg("evidence.kind.letter", "letter"),
        "contact": msg("evidence.kind.contact", "contact"),
        "correction": msg("evidence.kind.correction", "correction"),
        "dispute_opened": msg("evidence.kind.dispute_opened", "dispute opened"),
        "dispute_resolved": msg("evidence.kind.dispute_resolved", "dispute resolved"),
        "guard_override": msg("evidence.kind.guard_override", "guard override"),
        "attachment": msg("evidence.kind.attachment", "attachment"),
        "write_off": msg("evidence.kind.write_off", "write off"),
        "credit_note": msg("evidence.kind.credit_note", "credit note"),
        "acknowledgment": msg("evidence.kind.acknowledgment", "acknowledgment"),
        "demand_delivered": msg("evidence.kind.demand_delivered", "demand delivered"),
        "suit": msg("evidence.kind.suit", "suit"),
        "invoice_voided": msg("evidence.kind.invoice_voided", "invoice voided"),
        "refund": msg("evidence.kind.refund", "refund"),
        "credit_applied": msg("evidence.kind.credit_applied", "credit applied"),
        "credit_override": msg("evidence.kind.credit_override", "credit override"),
        "letter_posted": msg("evidence.kind.letter_posted", "letter posted"),
        "letter_emailed": msg("evidence.kind.letter_emailed", "letter emailed"),
        "letter_delivered": msg("evidence.kind.letter_delivered", "letter delivered"),
        "notice": msg("evidence.kind.notice", "notice"),
        "notice_emailed": msg("evidence.kind.notice_emailed", "notice emailed"),
        "settlement_offer": msg("evidence.kind.settlement_offer", "settlement offer"),
        "settlement_approved": msg("evidence.kind.settlement_approved", "settlement approved"),
        "handover": msg("evidence.kind.handover", "handover"),
        "import": msg("evidence.kind.import", "import"),
        "bank_statement": msg("evidence.kind.bank_statement", "bank statement"),
    }
    return titles.get(kind) or Message("", kind.replace("_", " "))


def _channel(code: str) -> Message:
    names = {
        "phone": msg("evidence.channel.phone", "phone"),
        "email": msg("evidence.channel.email", "email"),
        "letter": msg("evidence.channel.letter", "letter"),
        "visit": msg("evidence.channel.visit", "visit"),
        "sms": msg("evidence.channel.sms", "SMS"),
        "chat": msg("evidence.channel.chat", "chat"),
    }
    return names.get(code) or Message("", code)


def _direction(code: str) -> Message:
    names = {"out": msg("evidence.direction.out", "out"), "in": msg("evidence.direction.in", "in")}
    return names.get(code) or Message("", code)


def _outcome(code: str) -> Message:
    names = {
        "no-answer": msg("evidence.outcome.no_answer", "no-answer"),
        "reached": msg("evidence.outcome.reached", "reached"),
        "promise": msg("evidence.outcome.promise", "promise"),
        "dispute": msg("evidence.outcome.dispute", "dispute"),
        "refused": msg("evidence.outcome.refused", "refused"),
        "wrong-number": msg("evidence.outcome.wrong_number", "wrong-number"),
    }
    return names.get(code) or Message("", code)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def describe(kind: str, payload: dict[str, Any]) -> Message:
    """A short sentence for an event's payload; the user's own words in it (a contact's summary, a note) are
    parameters, shown as they were written."""
    if kind == "payment":
        return msg("evidence.payment", "Payment {amount} {currency} on {date}", amount=_text(payload.get("amount")),
                   currency=_text(payload.get("currency")), date=_text(payload.get("date")))
    if kind == "promise":
        return msg("evidence.promise", "Promise {amount} {currency} by {due}", amount=_text(payload.get("amount")),
                   currency=_text(payload.get("currency")), due=_text(payload.get("due_date")))
    if kind == "letter":
        return msg("evidence.letter", "Letter level {level} ({name}) sent {sent_on}", level=_text(payload.get("level")),
                   name=_text(payload.get("level_name")), sent_on=_text(payload.get("sent_on")))
    if kind == "contact":
        outcome = payload.get("outcome")
        said = msg("evidence.contact_outcome", " - {outcome}", outcome=_outcome(str(outcome))) if outcome else None
        return msg("evidence.contact", "{channel} {direction}{outcome}: {summary}",
                   channel=_channel(_text(payload.get("channel"))),
                   direction=_direction(_text(payload.get("direction"))), outcome=said,
                   summary=_text(payload.get("summary")))
    if kind == "correction":
        return msg("evidence.correction", "Correction of event {event}: {note}", event=_text(payload.get("corrects")),
                   note=_text(payload.get("note")))
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
