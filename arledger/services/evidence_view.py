"""The evidence log as people read it: one line per event, newest first."""

from __future__ import annotations

from typing import Any

from arledger.services.ledger import Ledger
from arledger.storage import evidence

_SUMMARY_KEYS = ("summary", "reason", "resolution", "note", "file", "level_name")


def describe(kind: str, payload: dict[str, Any]) -> str:
    """A short human sentence for an event's payload."""
    if kind == "payment":
        return f"Payment {payload.get('amount')} {payload.get('currency')} on {payload.get('date')}"
    if kind == "promise":
        return f"Promise {payload.get('amount')} {payload.get('currency')} by {payload.get('due_date')}"
    if kind == "letter":
        return f"Letter level {payload.get('level')} ({payload.get('level_name') or ''}) sent {payload.get('sent_on')}"
    if kind == "contact":
        return (f"{payload.get('channel')} {payload.get('direction')}"
                f"{' - ' + payload['outcome'] if payload.get('outcome') else ''}: {payload.get('summary')}")
    if kind == "correction":
        return f"Correction of event {payload.get('corrects')}: {payload.get('note')}"
    for key in _SUMMARY_KEYS:
        if payload.get(key):
            return f"{kind.replace('_', ' ')}: {payload[key]}"
    return kind.replace("_", " ")


def evidence_rows(ledger: Ledger, customer_code: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Events (of one customer or all), newest first, with their hashes."""
    if customer_code:
        events = evidence.for_customer(ledger.conn, ledger.customer(customer_code).id, newest_first=True, limit=limit)
    else:
        events = evidence.latest(ledger.conn, limit)
    out = []
    for e in events:
        payload = evidence.payload(e)
        out.append({"seq": e.seq, "at": e.at, "kind": e.kind, "actor": e.actor, "customer": payload.get("customer"),
                    "summary": describe(e.kind, payload), "payload": payload, "hash": e.hash})
    return out
