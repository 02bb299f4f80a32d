"""The evidence log as people read it: one line per event, newest first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from arledger.domain.dunning import level_title
from arledger.domain.messages import Amount, Message, message_from_data, msg
from arledger.domain.record_words import channel_word, direction_word, entry_kind_word, outcome_word
from arledger.services.ledger import Ledger
from arledger.storage import evidence

_SUMMARY_KEYS = ("summary", "reason", "resolution", "note", "file", "level_name")


_EVENT_TITLES: dict[str, Message] = {
    "payment": entry_kind_word("payment"),
    "promise": msg("evidence.kind.promise", "promise"),
    "plan": msg("evidence.kind.plan", "plan"),
    "letter": msg("evidence.kind.letter", "letter"),
    "contact": msg("evidence.kind.contact", "contact"),
    "correction": msg("evidence.kind.correction", "correction"),
    "dispute_opened": msg("evidence.kind.dispute_opened", "dispute opened"),
    "dispute_resolved": msg("evidence.kind.dispute_resolved", "dispute resolved"),
    "guard_override": msg("evidence.kind.guard_override", "guard override"),
    "attachment": msg("evidence.kind.attachment", "attachment"),
    "write_off": entry_kind_word("write_off"),
    "credit_note": entry_kind_word("credit_note"),
    "acknowledgment": msg("evidence.kind.acknowledgment", "acknowledgment"),
    "demand_delivered": msg("evidence.kind.demand_delivered", "demand delivered"),
    "suit": msg("evidence.kind.suit", "suit"),
    "negotiation_start": msg("evidence.kind.negotiation_start", "negotiation start"),
    "negotiation_end": msg("evidence.kind.negotiation_end", "negotiation end"),
    "invoice_voided": msg("evidence.kind.invoice_voided", "invoice voided"),
    "refund": entry_kind_word("refund"),
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
    "opening_import": msg("evidence.kind.opening_import", "opening import"),
    "records_sealed": msg("evidence.kind.records_sealed", "records sealed"),
    "contract_terms": msg("evidence.kind.contract_terms", "contract terms"),
    "default_terms": msg("evidence.kind.default_terms", "default terms"),
    "interest_waived": msg("evidence.kind.interest_waived", "interest waived"),
    "payment_reversed": msg("evidence.kind.payment_reversed", "payment reversed"),
    "credit_note_reversed": msg("evidence.kind.credit_note_reversed", "credit note reversed"),
    "write_off_reversed": msg("evidence.kind.write_off_reversed", "write-off reversed"),
    "refund_reversed": msg("evidence.kind.refund_reversed", "refund reversed"),
    "settlement_letter": msg("evidence.kind.settlement_letter", "settlement letter"),
    "settlement_settled": msg("evidence.kind.settlement_settled", "settlement paid"),
    "settlement_lapsed": msg("evidence.kind.settlement_lapsed", "settlement lapsed"),
    "case_stage": msg("evidence.kind.case_stage", "case stage"),
    "case_owner": msg("evidence.kind.case_owner", "case owner"),
}


def event_title(kind: str) -> Message:
    """What kind of event it is, as a person names it (an unknown kind: its own words)."""
    return _EVENT_TITLES.get(kind) or Message("", kind.replace("_", " "))


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
    if kind == "interest_waived" and isinstance(payload.get("reason_message"), dict):
        return msg("evidence.generic", "{kind}: {text}", kind=event_title(kind),
                   text=message_from_data(payload["reason_message"]))
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
