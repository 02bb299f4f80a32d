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

from arledger.domain.messages import Message, msg

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
    """What verification found: the head (last good hash) and, if broken, the first bad event and why (a phrase
    without its final full stop, for the reader's language)."""

    events: int
    head: str
    first_bad_seq: int | None = None
    problem: Message | None = None

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
            found = ev.seq
            return ChainCheck(count, prev, expected_seq, msg(
                "evidence.chain.missing", "event {seq} is missing (found event {found} in its place)",
                seq=expected_seq, found=found) if found > expected_seq else msg(
                "evidence.chain.out_of_order", "event {seq} is out of order (found event {found} in its place)",
                seq=expected_seq, found=found))
        if ev.prev_hash != prev:
            return ChainCheck(count, prev, ev.seq, msg("evidence.chain.unlinked",
                                                       "event {seq} does not point at the event before it",
                                                       seq=ev.seq))
        try:
            payload = json.loads(ev.payload_json)
        except ValueError:
            return ChainCheck(count, prev, ev.seq, msg("evidence.chain.unreadable",
                                                       "event {seq} has an unreadable payload", seq=ev.seq))
        body = canonical(ev.seq, ev.at, ev.kind, ev.actor, ev.customer_id, payload, ev.recorded_at)
        if link_hash(prev, body) != ev.hash:
            return ChainCheck(count, prev, ev.seq, msg("evidence.chain.altered",
                                                       "event {seq} was altered after it was recorded", seq=ev.seq))
        if last_recorded is not None and (ev.recorded_at is None or ev.recorded_at < last_recorded):
            return ChainCheck(count, prev, ev.seq, msg(
                "evidence.chain.inserted", "event {seq} claims to have been recorded ({recorded}) before the event "
                "ahead of it ({previous}); it was inserted later", seq=ev.seq, recorded=ev.recorded_at,
                previous=last_recorded) if ev.recorded_at is not None else msg(
                "evidence.chain.inserted_untimed", "event {seq} claims to have been recorded (at no time) before the "
                "event ahead of it ({previous}); it was inserted later", seq=ev.seq, previous=last_recorded))
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
