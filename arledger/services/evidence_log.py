"""Writing to the evidence log: events, attachments and corrections; checking the chain and the attached files."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.evidence import ChainCheck, sha256_file
from arledger.domain.messages import Message, msg
from arledger.domain.model import (
    Customer,
    Invoice,
)
from arledger.services import policy
from arledger.services.ledger import Ledger
from arledger.storage import collections as rows
from arledger.storage import evidence


def _log(ledger: Ledger, kind: str, customer: Customer | None, payload: dict[str, Any],
         at: datetime | None = None) -> int:
    payload = {"customer": customer.code if customer else None, **payload}
    seq, _ = evidence.append(ledger.conn, kind, ledger.actor(), customer.id if customer else None, payload,
                             at or ledger.now())
    return seq


def log_event(ledger: Ledger, kind: str, customer: Customer | None, payload: dict[str, Any],
              at: datetime | None = None) -> int:
    """Append an evidence event for customer inside the caller's transaction; returns its seq."""
    return _log(ledger, kind, customer, payload, at)


def _invoices_of(ledger: Ledger, customer: Customer, numbers: Sequence[str]) -> list[Invoice]:
    out = []
    for n in numbers:
        inv = ledger.invoice(n)
        if inv.customer_id != customer.id:
            raise UserError(msg("evidence.invoice_other_customer", "Invoice {number} belongs to another customer, "
                                 "not {customer}.", number=inv.number, customer=customer.code))
        out.append(inv)
    return out


def add_attachment(ledger: Ledger, code: str, source: Path, kind: str, *, invoice_number: str | None = None) -> str:
    """Copy a document into the ledger's attachment folder and log it with its SHA-256; returns the hash."""
    source = Path(source)
    if not source.is_file():
        raise UserError(msg("import.no_file", "There is no file at {path}.", path=str(source)))
    customer = ledger.customer(code)
    inv = _invoices_of(ledger, customer, [invoice_number])[0] if invoice_number else None
    digest = sha256_file(source)
    folder = policy.side_dir(ledger, "attachments") / digest[:2]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{digest}-{source.name}"
    if not target.exists():
        tmp = target.with_suffix(target.suffix + ".part")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "attachment", customer, {"kind": kind, "file": source.name, "sha256": digest,
                                                    "invoice": inv.number if inv else None})
        rows.insert_attachment(conn, customer.id, inv.id if inv else None, kind, source.name, digest,
                               str(target.relative_to(policy.side_dir(ledger, ""))), seq)
    return digest


def verify_evidence(ledger: Ledger) -> ChainCheck:
    """Walk the whole evidence chain; the result names the first bad event if any."""
    return evidence.verify(ledger.conn)


def chain_head(ledger: Ledger) -> tuple[int, str]:
    """(sequence number, hash) of the last event: what a witness or a printed letter keeps."""
    return evidence.head(ledger.conn)


def check_attachments(ledger: Ledger) -> list[Message]:
    """Attachments whose kept copy is missing or no longer matches its logged SHA-256 (empty when all agree)."""
    base = policy.side_dir(ledger, "")
    problems: list[Message] = []
    for customer_id in rows.customers_with_attachments(ledger.conn):
        for _id, _invoice, _kind, filename, digest, stored, seq in rows.attachments_for(ledger.conn, customer_id):
            path = base / stored
            if not path.is_file():
                problems.append(msg("evidence.attachment_no_file", "Attachment {file} (evidence event {seq}) has no "
                                    "file at {path}.", file=filename, seq=seq, path=str(path)))
            elif sha256_file(path) != digest:
                problems.append(msg("evidence.attachment_differs", "Attachment {file} at {path} does not match its "
                                    "logged SHA-256 (event {seq}).", file=filename, path=str(path), seq=seq))
    return problems


def correct_event(ledger: Ledger, seq: int, note: str) -> int:
    """Record a correction of an earlier event as a new event pointing at it (the log is never edited)."""
    if not note.strip():
        raise UserError(msg("evidence.correction_empty", "Say what the correction is."))
    fields.check_text(note, "note", "summary")
    original = evidence.by_seq(ledger.conn, seq)
    if original is None:
        raise UserError(msg("evidence.no_event", "There is no evidence event {seq}.", seq=seq))
    customer = ledger.customer_by_id(original.customer_id) if original.customer_id else None
    with ledger.database.atomic():
        return _log(ledger, "correction", customer, {"corrects": seq, "corrects_hash": original.hash,
                                                     "corrects_kind": original.kind, "note": note.strip()})
