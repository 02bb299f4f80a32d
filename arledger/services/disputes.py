"""Disputes: opening one on an invoice (all or part of it) and resolving it."""

from __future__ import annotations

import dataclasses
from datetime import date

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.domain.model import (
    DISPUTE_OUTCOMES,
    Dispute,
    DisputeReason,
)
from arledger.domain.money import amount_value, format_amount
from arledger.services.evidence_log import _log
from arledger.services.ledger import Ledger
from arledger.storage import collections as rows
from arledger.storage import invoices as invoice_rows


def open_dispute(ledger: Ledger, invoice_number: str, reason: DisputeReason, *, amount: int | None = None,
                 note: str = "", on: date | None = None) -> Dispute:
    """Take an invoice (or part of it) out of escalation and interest until the dispute is resolved."""
    inv = ledger.invoice(invoice_number)
    on = on or ledger.today()
    fields.check_date(on, "on")
    fields.check_text(note, "note", "summary")
    open_now = invoice_rows.receivable(ledger.conn, inv.id).open_amount
    if open_now == 0:
        raise UserError(msg("dispute.invoice_settled", "Invoice {number} is settled; there is nothing open to "
                             "dispute.", number=inv.number))
    if amount is not None and not 0 < amount <= open_now:
        raise UserError(msg("dispute.amount_range", "The disputed amount must be more than zero and at most the "
                            "open {open_now}.", open_now=amount_value(open_now, inv.currency)))
    if any(d.resolved_on is None for d in rows.disputes_for_invoice(ledger.conn, inv.id)):
        raise UserError(msg("dispute.already_open", "Invoice {number} already has an open dispute; resolve it "
                            "first.", number=inv.number))
    customer = ledger.customer_by_id(inv.customer_id)
    d = Dispute(invoice_id=inv.id, opened_on=on, reason=reason, amount=amount, note=note.strip())
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "dispute_opened", customer, {
            "invoice": inv.number, "reason": reason.value, "note": d.note, "opened_on": on.isoformat(),
            "amount": format_amount(amount, inv.currency) if amount else "whole open amount"})
        did = rows.insert_dispute(conn, d, seq)
    return dataclasses.replace(d, id=did)


def resolve_dispute(ledger: Ledger, invoice_number: str, resolution: str, *, on: date | None = None,
                    outcome: str = "") -> Dispute:
    """Close the invoice's open dispute; what is still open goes back into escalation.

    ``outcome`` says who was right, for interest: "upheld" (the debtor: the disputed part never bears
    interest), "rejected" (the creditor: it bears interest from the due date), or "" (not said: it bears
    interest from the day of resolution).
    """
    inv = ledger.invoice(invoice_number)
    on = on or ledger.today()
    if not resolution.strip():
        raise UserError(msg("dispute.no_resolution", "Say how the dispute was resolved."))
    fields.check_date(on, "on")
    fields.check_text(resolution, "resolution", "summary")
    if outcome not in ("", *DISPUTE_OUTCOMES):
        raise UserError(msg("dispute.unknown_outcome", "'{outcome}' is not a dispute outcome; use upheld or "
                            "rejected.", outcome=outcome))
    current = [d for d in rows.disputes_for_invoice(ledger.conn, inv.id) if d.resolved_on is None]
    if not current:
        raise UserError(msg("dispute.none_open", "Invoice {number} has no open dispute.", number=inv.number))
    d = current[0]
    if on < d.opened_on:
        raise UserError(msg("dispute.resolved_before_opened", "The dispute was opened on {opened_on}; it cannot be "
                            "resolved before that.", opened_on=d.opened_on.isoformat()))
    customer = ledger.customer_by_id(inv.customer_id)
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "dispute_resolved", customer, {
            "invoice": inv.number, "resolution": resolution.strip(), "resolved_on": on.isoformat(),
            "dispute_event": d.id, "outcome": outcome or None})
        rows.resolve_dispute(conn, d.id, on, resolution.strip(), seq, outcome)
    return dataclasses.replace(d, resolved_on=on, resolution=resolution.strip(), outcome=outcome)
