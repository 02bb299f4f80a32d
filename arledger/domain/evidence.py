"""The evidence log's chain: a canonical encoding of each event and the SHA-256 that links it to the last.

hash(n) = SHA-256( prev_hash(n) + "\\n" + canonical JSON of
                   {seq, at, kind, actor, customer_id, payload[, recorded_at]} )

``at`` is when the fact happened as the user states it (a call logged afterwards is dated when it took place);
``recorded_at`` is when arledger wrote the event, taken from the computer's clock and never earlier than the
event before it. Events written before recorded_at existed have none, and their hash does not cover it.

The canonical JSON has sorted keys, no insignificant white space and UTF-8 text, so the same event
always gives the same bytes. Changing, removing or reordering any stored event breaks the chain at that
event; removing events from the end is caught by comparing the head with one printed earlier (every
formal letter prints it) and by the rows that point at their event.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def canonical(seq: int, at: str, kind: str, actor: str, customer_id: int | None, payload: dict[str, Any],
              recorded_at: str | None = None) -> bytes:
    """The exact bytes an event's hash covers (apart from the previous hash)."""
    body = {"seq": seq, "at": at, "kind": kind, "actor": actor, "customer_id": customer_id, "payload": payload}
    if recorded_at is not None:
        body["recorded_at"] = recorded_at
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def link_hash(prev_hash: str, body: bytes) -> str:
    """The hash of one event, given its canonical bytes and the previous event's hash."""
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + body).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredEvent:
    seq: int
    at: str
    kind: str
    actor: str
    customer_id: int | None
    payload_json: str
    prev_hash: str
    hash: str
    recorded_at: str | None = None


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """What verification found: the head (last good hash) and, if broken, the first bad event and why."""

    events: int
    head: str
    first_bad_seq: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.first_bad_seq is None


def verify_chain(events: Iterable[StoredEvent]) -> ChainCheck:
    """Walk the events in stored order and report the first one whose link does not hold."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_recorded: str | None = None
    for ev in events:
        if ev.seq != expected_seq:
            what = "missing" if ev.seq > expected_seq else "out of order"
            return ChainCheck(count, prev, expected_seq,
                              f"event {expected_seq} is {what} (found event {ev.seq} in its place)")
        if ev.prev_hash != prev:
            return ChainCheck(count, prev, ev.seq, f"event {ev.seq} does not point at the event before it")
        try:
            payload = json.loads(ev.payload_json)
        except ValueError:
            return ChainCheck(count, prev, ev.seq, f"event {ev.seq} has an unreadable payload")
        body = canonical(ev.seq, ev.at, ev.kind, ev.actor, ev.customer_id, payload, ev.recorded_at)
        if link_hash(prev, body) != ev.hash:
            return ChainCheck(count, prev, ev.seq, f"event {ev.seq} was altered after it was recorded")
        if last_recorded is not None and (ev.recorded_at is None or ev.recorded_at < last_recorded):
            return ChainCheck(count, prev, ev.seq, f"event {ev.seq} claims to have been recorded "
                              f"({ev.recorded_at or 'at no time'}) before the event ahead of it "
                              f"({last_recorded}); it was inserted later")
        last_recorded = ev.recorded_at or last_recorded
        prev = ev.hash
        expected_seq += 1
        count += 1
    return ChainCheck(count, prev)


def sha256_file(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()
