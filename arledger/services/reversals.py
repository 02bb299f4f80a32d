"""Undoing an entry without deleting it: reverse a payment, a credit note, a write-off or a refund, void an
invoice.

Each reversal is one transaction: a reversals row, negative allocations dated the day of the reversal (so
aging as of any earlier day still shows what the ledger showed then), the original marked as reversed, and
an evidence event that points at the original's event and carries the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.domain.model import SettlementKind
from arledger.domain.money import format_amount
from arledger.domain.record_words import entry_kind_word
from arledger.services.ledger import Ledger
from arledger.storage import evidence
from arledger.storage import invoices as invoice_rows
from arledger.storage import reversals as reversal_rows

_NAMES = {kind: entry_kind_word(kind.value) for kind in SettlementKind}


@dataclass(frozen=True, slots=True)
class ReversalResult:
    """What a reversal changed: the entry, whose account it was on, and how much is open again on which
    invoices (so a front end re-reads that customer and those invoices, and nothing else)."""

    reversal_id: int
    kind: str
    label: str
    amount: int
    currency: str
    reopened: tuple[tuple[str, int], ...]  # (invoice number, amount open again)
    evidence_seq: int
    customer_code: str

    @property
    def invoices(self) -> tuple[str, ...]:
        """The numbers of the invoices whose amounts or status the reversal changed: those open again, or the
        voided invoice."""
        if self.kind == "invoice":
            return (self.label,)
        return tuple(dict.fromkeys(number for number, _ in self.reopened))


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise UserError(msg("reversal.reason_missing", "A reversal needs a reason (say why the entry was "
                "wrong)."))
    return text


def find_entry(ledger: Ledger, kind: SettlementKind, ref: str | int) -> reversal_rows.Entry:
    """The payment (by id), credit note (by number, or by id when given an int) or write-off (by id) a user
    named."""
    if kind is SettlementKind.CREDIT_NOTE and not isinstance(ref, int):
        eid = reversal_rows.credit_note_id(ledger.conn, str(ref).strip())
        if eid is None:
            raise UserError(msg("reversal.unknown_credit_note", "There is no credit note numbered '{ref}'.",
                    ref=ref))
    else:
        try:
            eid = int(str(ref).strip())
        except ValueError:
            raise UserError(msg("reversal.bad_ref", "'{ref}' is not a {names} number; give the id shown in "
                    "the customer's history.", ref=ref, names=_NAMES[kind])) from None
    found = reversal_rows.entry(ledger.conn, kind, eid)
    if found is None:
        raise UserError(msg("reversal.unknown_entry", "There is no {names} {ref}.", names=_NAMES[kind], ref=ref))
    return found


def reverse_entry(ledger: Ledger, kind: SettlementKind, ref: str | int, on: date, reason: str) -> ReversalResult:
    """Reverse a payment, credit note or write-off as of `on` (not before it was made or last applied)."""
    why = _reason(reason)
    name = _NAMES[kind]
    with ledger.database.atomic() as conn:
        e = find_entry(ledger, kind, ref)
        if e.reversed_on is not None:
            raise UserError(msg("reversal.already_reversed", "The {name} {label} was already reversed on "
                    "{reversed_on}.", name=name, label=e.label, reversed_on=str(e.reversed_on)))
        last = reversal_rows.last_allocation_date(conn, kind, e.id)
        earliest = max(e.date, last) if last else e.date
        if on < earliest:
            raise UserError(msg("reversal.too_early", "The {name} {label} cannot be reversed on {on}: "
                    "it stands in the ledger until {earliest}; reverse it on that day or later.", name=name,
                    label=e.label, on=str(on), earliest=str(earliest)))
        if reversal_rows.refunded(conn, kind, e.id):
            raise UserError(msg("reversal.partly_refunded", "Part of the {name} {label} was refunded; it "
                    "cannot be reversed.", name=name, label=e.label))
        parts = reversal_rows.standing_allocations(conn, kind, e.id)
        rid = reversal_rows.insert(conn, kind.value, e.id, e.customer_id, on, why, e.evidence_seq)
        reversal_rows.undo_allocations(conn, kind, e.id, rid, on, parts)
        reversal_rows.mark_reversed(conn, kind, e.id, on)
        numbers = invoice_rows.by_ids(conn, [iid for iid, _ in parts])
        reopened = tuple((numbers[iid].number, amt) for iid, amt in parts)
        customer = ledger.customer_by_id(e.customer_id)
        seq, _ = evidence.append(conn, f"{kind.value}_reversed", ledger.actor(), e.customer_id, {
            "customer": customer.code, "reverses": e.evidence_seq, "entry": e.label, "entry_date": e.date.isoformat(),
            "amount": format_amount(e.amount, e.currency), "currency": e.currency, "date": on.isoformat(),
            "reason": why, "reopened": [[n, format_amount(a, e.currency)] for n, a in reopened]}, ledger.now())
        reversal_rows.set_evidence_seq(conn, rid, seq)
    return ReversalResult(rid, kind.value, e.label, e.amount, e.currency, reopened, seq, customer.code)


def reverse_payment(ledger: Ledger, payment_id: int | str, on: date, reason: str) -> ReversalResult:
    """Reverse a payment (entered twice, for the wrong customer, bounced); its invoices are open again."""
    return reverse_entry(ledger, SettlementKind.PAYMENT, payment_id, on, reason)


def reverse_credit_note(ledger: Ledger, number: str, on: date, reason: str) -> ReversalResult:
    """Reverse a credit note by its number."""
    return reverse_entry(ledger, SettlementKind.CREDIT_NOTE, number, on, reason)


def reverse_write_off(ledger: Ledger, write_off_id: int | str, on: date, reason: str) -> ReversalResult:
    """Reverse a write-off (the debtor paid after all, or it was written off by mistake)."""
    return reverse_entry(ledger, SettlementKind.WRITE_OFF, write_off_id, on, reason)


def find_refund(ledger: Ledger, ref: int | str) -> reversal_rows.RefundEntry:
    """The refund (by id) a user named; refused when the id is not a number or names no refund."""
    try:
        rid_wanted = int(str(ref).strip())
    except ValueError:
        raise UserError(msg("reversal.bad_refund_ref", "'{ref}' is not a refund number; give the id shown in the "
                            "customer's history.", ref=ref)) from None
    f = reversal_rows.refund_entry(ledger.conn, rid_wanted)
    if f is None:
        raise UserError(msg("reversal.unknown_refund", "There is no refund {ref}.", ref=ref))
    return f


def reverse_refund(ledger: Ledger, refund_id: int | str, on: date, reason: str) -> ReversalResult:
    """Reverse a refund that was never paid out (returned by the bank, recorded twice): the credit it took is
    unapplied credit again from `on`; as of any earlier day the refund still stands."""
    why = _reason(reason)
    with ledger.database.atomic() as conn:
        f = find_refund(ledger, refund_id)
        if f.reversed_on is not None:
            raise UserError(msg("reversal.refund_already_reversed", "Refund {id} was already reversed on "
                                "{reversed_on}.", id=f.id, reversed_on=str(f.reversed_on)))
        if on < f.date:
            raise UserError(msg("reversal.refund_too_early", "Refund {id} was made on {date}; it cannot be "
                                "reversed before that.", id=f.id, date=str(f.date)))
        rid = reversal_rows.insert(conn, "refund", f.id, f.customer_id, on, why, f.evidence_seq)
        reversal_rows.mark_refund_reversed(conn, f.id, on)
        customer = ledger.customer_by_id(f.customer_id)
        seq, _ = evidence.append(conn, "refund_reversed", ledger.actor(), f.customer_id, {
            "customer": customer.code, "reverses": f.evidence_seq, "entry": f.label, "entry_date": f.date.isoformat(),
            "amount": format_amount(f.amount, f.currency), "currency": f.currency, "date": on.isoformat(),
            "reason": why}, ledger.now())
        reversal_rows.set_evidence_seq(conn, rid, seq)
    return ReversalResult(rid, "refund", f.label, f.amount, f.currency, (), seq, customer.code)


def void_invoice(ledger: Ledger, number: str, on: date, reason: str) -> ReversalResult:
    """Void an invoice nothing settles (entered twice, raised in error): it stops being open on `on`."""
    why = _reason(reason)
    with ledger.database.atomic() as conn:
        inv = ledger.invoice(number)
        if reversal_rows.voided_on(conn, inv.id):
            raise UserError(msg("reversal.already_voided", "Invoice {number} was already voided.",
                    number=inv.number))
        if reversal_rows.invoice_has_settlements(conn, inv.id):
            raise UserError(msg("reversal.invoice_settled", "Invoice {number} has payments, credit notes "
                    "or write-offs applied; reverse those first, or give a credit note instead of voiding it.",
                    number=inv.number))
        if on < inv.issue_date:
            raise UserError(msg("reversal.void_before_issue", "Invoice {number} was issued on {issue_date}; it "
                    "cannot be voided before that.", number=inv.number, issue_date=str(inv.issue_date)))
        last = invoice_rows.last_settled_on(conn, inv.id)
        if last and on < last:
            raise UserError(msg("reversal.void_before_settlements", "Invoice {number} had settlements until "
                    "{last}; void it on that day or later.", number=inv.number, last=str(last)))
        rid = reversal_rows.insert(conn, "invoice", inv.id, inv.customer_id, on, why, None)
        reversal_rows.void_invoice(conn, inv.id, on)
        customer = ledger.customer_by_id(inv.customer_id)
        seq, _ = evidence.append(conn, "invoice_voided", ledger.actor(), inv.customer_id, {
            "customer": customer.code, "invoice": inv.number, "issue_date": inv.issue_date.isoformat(),
            "amount": format_amount(inv.amount, inv.currency), "currency": inv.currency, "date": on.isoformat(),
            "reason": why}, ledger.now())
        reversal_rows.set_evidence_seq(conn, rid, seq)
    return ReversalResult(rid, "invoice", inv.number, inv.amount, inv.currency, (), seq, customer.code)
