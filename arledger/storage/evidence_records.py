"""Records against the events that recorded them, and events against their records.

Every payment, invoice, credit note, write-off, contact, promise, plan, dispute, letter, attachment and
limitation event row points at its evidence event (``evidence_seq``). Verification compares the facts in
each row with the facts inside that event (which the hash chain protects), so editing a row is found even
though the row itself carries no hash; and each event that records something must still find its row, so
deleting a row is found too.

Rows loaded in bulk (imports, the sample history, ledgers older than this check) are sealed by one event
holding a SHA-256 digest of their facts (``payload["records"][table]``), recomputed on verification.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any, NamedTuple

from arledger.domain.messages import Message, items, msg, plural_msg
from arledger.domain.money import format_amount
from arledger.domain.record_words import entry_kind_word, event_kind_word
from arledger.storage import evidence
from arledger.storage.table_words import table_word

# The facts a digest covers per table (never columns the ledger itself updates, such as invoices.settled).
SEALED_COLUMNS: dict[str, tuple[str, ...]] = {
    "invoices": ("id", "customer_id", "number", "issue_date", "due_date", "amount", "currency", "reference"),
    "payments": ("id", "customer_id", "date", "amount", "currency", "method", "reference"),
    "credit_notes": ("id", "customer_id", "number", "date", "amount", "currency", "invoice_id", "reason"),
    "write_offs": ("id", "invoice_id", "date", "amount", "reason"),
}
# Events that record a row: deleting the row leaves the event without it.
RECORDING_KINDS: dict[str, str] = {
    "payment": "payments", "credit_note": "credit_notes", "write_off": "write_offs", "contact": "contacts",
    "promise": "promises", "plan": "plans", "dispute_opened": "disputes", "letter": "letters",
    "attachment": "attachments", "acknowledgment": "limitation_events", "demand_delivered": "limitation_events",
    "suit": "limitation_events", "negotiation_start": "limitation_events", "negotiation_end": "limitation_events",
    "invoice": "invoices", "interest_waived": "interest_waivers",
}
MAX_PROBLEMS = 20


def digest_rows(rows: Iterable[tuple[Any, ...]]) -> tuple[int, str]:
    """(count, SHA-256) over rows in the order given, each written as Python's repr of the tuple of its values
    (ints, text and None only, so the bytes are the same on every platform) on its own line."""
    h = hashlib.sha256()
    n = 0
    for row in rows:
        h.update(repr(tuple(row)).encode("utf-8") + b"\n")
        n += 1
    return n, h.hexdigest()


def _sealed_rows(conn: sqlite3.Connection, table: str, where: str, args: tuple[Any, ...]
                 ) -> Iterator[tuple[Any, ...]]:
    cols = ", ".join(SEALED_COLUMNS[table])
    return conn.execute(f"SELECT {cols} FROM {table} WHERE {where} ORDER BY id", args)


def records_digest(conn: sqlite3.Connection, table: str, seq: int) -> tuple[int, str]:
    """(count, digest) of the table's rows recorded by event seq."""
    return digest_rows(_sealed_rows(conn, table, "evidence_seq = ?", (seq,)))


def seal_unrecorded(conn: sqlite3.Connection, actor: str, at: datetime | None, kind: str = "records_sealed",
                    extra: dict[str, Any] | None = None, customer_id: int | None = None) -> int | None:
    """Record every row that has no evidence event yet with one event holding their digest; returns its seq
    (None when there was nothing to seal). Runs inside the caller's transaction."""
    records: dict[str, dict[str, Any]] = {}
    for table in SEALED_COLUMNS:
        count, digest = digest_rows(_sealed_rows(conn, table, "evidence_seq IS NULL", ()))
        if count:
            records[table] = {"count": count, "sha256": digest}
    if not records:
        return None
    seq, _ = evidence.append(conn, kind, actor, customer_id, {**(extra or {}), "records": records}, at)
    for table in records:
        conn.execute(f"UPDATE {table} SET evidence_seq = ? WHERE evidence_seq IS NULL", (seq,))
    return seq


# ---------------------------------------------------------------------------------------------------------------
# Verification


def _amount(minor: int | None, currency: str) -> str | None:
    return None if minor is None else format_amount(minor, currency)


def _expect_payment(r: sqlite3.Row) -> dict[str, Any]:
    return {"payment_id": r["id"], "date": r["date"], "amount": _amount(r["amount"], r["currency"]),
            "currency": r["currency"], "method": r["method"], "reference": r["reference"]}


def _expect_credit_note(r: sqlite3.Row) -> dict[str, Any]:
    return {"number": r["number"], "date": r["date"], "amount": _amount(r["amount"], r["currency"]),
            "currency": r["currency"], "reason": r["reason"]}


def _expect_write_off(r: sqlite3.Row) -> dict[str, Any]:
    return {"invoice": r["invoice_number"], "date": r["date"], "amount": _amount(r["amount"], r["currency"]),
            "currency": r["currency"], "reason": r["reason"]}


def _expect_contact(r: sqlite3.Row) -> dict[str, Any]:
    return {"channel": r["channel"], "direction": r["direction"], "person": r["person"], "summary": r["summary"],
            "outcome": r["outcome"], "reason": r["reason"], "tracking": r["tracking"],
            "override": r["override_reason"] or None, "contact_at": r["at"]}


def _expect_promise(r: sqlite3.Row, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    if kind == "plan":
        schedule = payload.get("schedule") or []
        n = (r["instalment_no"] or 0) - 1
        got = schedule[n] if 0 <= n < len(schedule) else None
        return {"__instalment": [r["due_date"], _amount(r["amount"], r["currency"])], "currency": r["currency"],
                "agreed_on": r["promised_on"], "__got": got}
    return {"amount": _amount(r["amount"], r["currency"]), "currency": r["currency"], "due_date": r["due_date"],
            "promised_on": r["promised_on"], "made_by": r["made_by"], "channel": r["channel"]}


def _expect_plan(r: sqlite3.Row) -> dict[str, Any]:
    return {"agreed_on": r["created_on"], "note": r["note"]}


def _expect_dispute(r: sqlite3.Row) -> dict[str, Any]:
    amount = _amount(r["amount"], r["currency"]) if r["amount"] else "whole open amount"
    return {"invoice": r["invoice_number"], "reason": r["reason"], "note": r["note"], "opened_on": r["opened_on"],
            "amount": amount}


def _expect_letter(r: sqlite3.Row) -> dict[str, Any]:
    return {"level": r["level"], "sent_on": r["sent_on"], "reply_by": r["reply_by"], "sha256": r["sha256"],
            "file": PurePosixPath(r["path"]).name if r["path"] else ""}


def _expect_attachment(r: sqlite3.Row) -> dict[str, Any]:
    return {"kind": r["kind"], "file": r["filename"], "sha256": r["sha256"]}


def _expect_limitation(r: sqlite3.Row) -> dict[str, Any]:
    return {"on": r["on_date"], "note": r["note"]}


def _expect_waiver(r: sqlite3.Row) -> dict[str, Any]:
    return {"invoice": r["invoice_number"], "on": r["on_date"], "reason": r["reason"],
            "interest": _amount(r["interest"], r["currency"])}


_DISPUTE = msg("evidence.record.dispute", "dispute")
_CHECKS: list[tuple[Message, str, str, Callable[..., dict[str, Any]]]] = [
    # (what a record is, table, query, expected payload of its event)
    (entry_kind_word("payment"), "payments", "SELECT * FROM payments", _expect_payment),
    (entry_kind_word("credit_note"), "credit_notes", "SELECT * FROM credit_notes", _expect_credit_note),
    (entry_kind_word("write_off"), "write_offs", "SELECT w.*, i.number AS invoice_number, i.customer_id AS"
     " customer_id, i.currency AS currency FROM write_offs w JOIN invoices i ON i.id = w.invoice_id",
     _expect_write_off),
    (event_kind_word("contact"), "contacts", "SELECT * FROM contacts", _expect_contact),
    (event_kind_word("promise"), "promises", "SELECT * FROM promises", _expect_promise),
    (event_kind_word("plan"), "plans", "SELECT * FROM plans", _expect_plan),
    (_DISPUTE, "disputes", "SELECT d.*, i.number AS invoice_number, i.customer_id AS customer_id, i.currency"
     " AS currency FROM disputes d JOIN invoices i ON i.id = d.invoice_id", _expect_dispute),
    (event_kind_word("letter"), "letters", "SELECT * FROM letters", _expect_letter),
    (event_kind_word("attachment"), "attachments", "SELECT * FROM attachments", _expect_attachment),
    (msg("evidence.record.limitation_event", "limitation event"), "limitation_events",
     "SELECT * FROM limitation_events", _expect_limitation),
    (msg("evidence.record.interest_waiver", "interest waiver"), "interest_waivers", "SELECT w.*, i.number AS"
     " invoice_number, i.customer_id AS customer_id, i.currency AS currency FROM interest_waivers w JOIN invoices i"
     " ON i.id = w.invoice_id", _expect_waiver),
]

# The facts of an event a record can differ in, as the problems name them.
_FACT_WORDS: dict[str, Message] = {
    "payment_id": msg("evidence.fact.payment_id", "payment id"),
    "date": msg("evidence.fact.date", "date"),
    "amount": msg("evidence.fact.amount", "amount"),
    "currency": msg("evidence.fact.currency", "currency"),
    "method": msg("evidence.fact.method", "method"),
    "reference": msg("evidence.fact.reference", "reference"),
    "number": msg("evidence.fact.number", "number"),
    "reason": msg("evidence.fact.reason", "reason"),
    "invoice": msg("evidence.fact.invoice", "invoice"),
    "channel": msg("evidence.fact.channel", "channel"),
    "direction": msg("evidence.fact.direction", "direction"),
    "person": msg("evidence.fact.person", "person"),
    "summary": msg("evidence.fact.summary", "summary"),
    "outcome": msg("evidence.fact.outcome", "outcome"),
    "tracking": msg("evidence.fact.tracking", "tracking number"),
    "override": msg("evidence.fact.override", "override reason"),
    "contact_at": msg("evidence.fact.contact_at", "contact time"),
    "due_date": msg("evidence.fact.due_date", "due date"),
    "promised_on": msg("evidence.fact.promised_on", "promise date"),
    "made_by": msg("evidence.fact.made_by", "promised by"),
    "agreed_on": msg("evidence.fact.agreed_on", "agreed on"),
    "note": msg("evidence.fact.note", "note"),
    "opened_on": msg("evidence.fact.opened_on", "opened on"),
    "level": msg("evidence.fact.level", "level"),
    "sent_on": msg("evidence.fact.sent_on", "sent on"),
    "reply_by": msg("evidence.fact.reply_by", "reply by"),
    "sha256": msg("evidence.fact.sha256", "sha256"),
    "file": msg("evidence.fact.file", "file"),
    "kind": msg("evidence.fact.kind", "kind"),
    "on": msg("evidence.fact.on", "date"),
    "interest": msg("evidence.fact.interest", "interest"),
}


def _fact_words(keys: Iterable[str]) -> Message:
    return items([_FACT_WORDS.get(k) or k for k in sorted(keys)])


def _events_by_seq(conn: sqlite3.Connection) -> dict[int, tuple[str, int | None, dict[str, Any]]]:
    out = {}
    for ev in evidence.all_events(conn):
        try:
            payload = json.loads(ev.payload_json)
        except ValueError:
            payload = {}
        out[ev.seq] = (ev.kind, ev.customer_id, payload if isinstance(payload, dict) else {})
    return out


def record_problems(conn: sqlite3.Connection) -> list[Message]:
    """Phrases (without their final full stop) naming each record that differs from its event, each event that
    lost its record, and each record that no event covers (at most MAX_PROBLEMS, with a count of the rest)."""
    problems: list[Message] = []
    events = _events_by_seq(conn)
    referenced: set[int] = set()
    add = problems.append

    # bulk-sealed rows and invoices: digests
    for table in SEALED_COLUMNS:
        missing = conn.execute(f"SELECT count(*), min(id) FROM {table} WHERE evidence_seq IS NULL").fetchone()
        if missing[0]:
            add(plural_msg("evidence.records.unrecorded", "{n} row of {table} (first id {first}) is in no evidence "
                           "event; it was added outside arledger", "{n} rows of {table} (first id {first}) are in no "
                           "evidence event; they were added outside arledger", n=missing[0],
                           table=table_word(table), first=missing[1]))
        for (seq,) in conn.execute(f"SELECT DISTINCT evidence_seq FROM {table} WHERE evidence_seq IS NOT NULL"):
            referenced.add(seq)
            kind_cust_payload = events.get(seq)
            if kind_cust_payload is None:
                add(msg("evidence.records.rows_without_event", "{table} rows point at evidence event {seq}, which "
                        "is not in the log", table=table_word(table), seq=seq))
                continue
            sealed = kind_cust_payload[2].get("records")
            if isinstance(sealed, dict) and table in sealed:
                count, digest = records_digest(conn, table, seq)
                want = sealed[table]
                if not isinstance(want, dict) or want.get("sha256") != digest or want.get("count") != count:
                    add(msg("evidence.records.digest_differs", "the {table} recorded by evidence event {seq} were "
                            "changed, added or removed since (their digest no longer matches the event)",
                            table=table_word(table), seq=seq))
    conn.row_factory = sqlite3.Row
    try:
        for what, table, sql, expect in _CHECKS:
            for r in conn.execute(sql):
                seq = r["evidence_seq"]
                if seq is None:
                    continue
                referenced.add(seq)
                found = events.get(seq)
                if found is None:
                    add(msg("evidence.records.record_without_event", "{what} {id} points at evidence event {seq}, "
                            "which is not in the log", what=what, id=r["id"], seq=seq))
                    continue
                kind, customer_id, payload = found
                if isinstance(payload.get("records"), dict) and table in payload["records"]:
                    continue  # sealed by digest above
                if table == "promises":
                    want = expect(r, kind, payload)
                elif table == "limitation_events" and kind != r["kind"]:
                    add(msg("evidence.records.kind_differs", "{what} {id} says '{kind}' but its evidence event {seq} "
                            "recorded '{recorded}'", what=what, id=r["id"], kind=event_kind_word(r["kind"]),
                            seq=seq, recorded=event_kind_word(kind)))
                    continue
                else:
                    want = expect(r)
                if customer_id != r["customer_id"]:
                    add(msg("evidence.records.other_customer", "{what} {id} belongs to another customer than its "
                            "evidence event {seq} says", what=what, id=r["id"], seq=seq))
                    continue
                got_instalment = want.pop("__got", None)
                instalment = want.pop("__instalment", None)
                if instalment is not None and got_instalment != instalment:
                    add(msg("evidence.records.instalment_differs", "{what} {id} differs from instalment {instalment} "
                            "of its evidence event {seq}", what=what, id=r["id"], instalment=r["instalment_no"],
                            seq=seq))
                    continue
                changed = [k for k, v in want.items() if k in payload and payload[k] != v]
                if changed:
                    add(msg("evidence.records.facts_differ", "{what} {id} differs from its evidence event {seq} in "
                            "{facts}", what=what, id=r["id"], seq=seq, facts=_fact_words(changed)))
            if table == "disputes":
                for r in conn.execute("SELECT id, resolved_on, resolution, resolved_seq FROM disputes"
                                      " WHERE resolved_on IS NOT NULL OR resolved_seq IS NOT NULL"):
                    found = events.get(r["resolved_seq"]) if r["resolved_seq"] else None
                    if found is None or found[0] != "dispute_resolved":
                        add(msg("evidence.records.resolved_without_event", "{what} {id} is marked resolved without "
                                "its resolution event", what=_DISPUTE, id=r["id"]))
                        continue
                    referenced.add(r["resolved_seq"])
                    p = found[2]
                    if p.get("resolved_on") != r["resolved_on"] or p.get("resolution") != r["resolution"]:
                        add(msg("evidence.records.resolution_differs", "{what} {id} differs from its resolution event "
                                "{seq}", what=_DISPUTE, id=r["id"], seq=r["resolved_seq"]))
    finally:
        conn.row_factory = None
    for seq, (kind, _cid, _payload) in events.items():
        if kind in RECORDING_KINDS and seq not in referenced:
            add(msg("evidence.records.record_gone", "evidence event {seq} recorded a {kind} that is no longer in the "
                    "ledger", seq=seq, kind=event_kind_word(kind)))
    if len(problems) > MAX_PROBLEMS:
        rest = len(problems) - MAX_PROBLEMS
        problems = [*problems[:MAX_PROBLEMS], plural_msg("evidence.records.more", "and {n} more record problem",
                                                          "and {n} more record problems", n=rest)]
    return problems


class ArchivedFileHash(NamedTuple):
    """An archived letter's or attachment's file, and the SHA-256 its chained event states."""

    kind: str  # "letter" or "attachment"
    name: str  # the letter's id or the attachment's file name
    stored: str  # the path under the ledger's files folder
    sha256: str  # from the event, not from the editable row
    seq: int


def file_hashes(conn: sqlite3.Connection) -> list[ArchivedFileHash]:
    """Every archived letter and attachment with the SHA-256 inside its chained event (not from the editable row)."""
    out = []
    for what, sql in (("letter", "SELECT l.id, l.path, e.payload, e.seq FROM letters l JOIN evidence e"
                                 " ON e.seq = l.evidence_seq WHERE l.path != '' ORDER BY l.id"),
                      ("attachment", "SELECT a.filename, a.stored_path, e.payload, e.seq FROM attachments a"
                                     " JOIN evidence e ON e.seq = a.evidence_seq ORDER BY a.id")):
        for ident, path, payload_json, seq in conn.execute(sql):
            try:
                sha = str(json.loads(payload_json).get("sha256") or "")
            except (ValueError, AttributeError):
                sha = ""
            out.append(ArchivedFileHash(what, str(ident), path, sha, seq))
    return out
