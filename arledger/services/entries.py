"""A customer's account and an invoice's history as people read them: what is open, what credit is left,
and every entry with the id a reversal names it by; and the summary a confirmation shows before a change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date

from arledger.domain import record_words
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg, plural_msg
from arledger.domain.model import Customer, Dispute, Invoice, SettlementKind
from arledger.domain.money import amount_value
from arledger.services import promises
from arledger.services.ledger import Ledger, refund_over_credit
from arledger.services.reversals import find_entry, find_refund
from arledger.storage import collections as collection_rows
from arledger.storage import invoices as invoice_rows
from arledger.storage import reversals as reversal_rows
from arledger.storage import settlements
from arledger.storage.rows import to_date, to_day


@dataclass(frozen=True, slots=True)
class AccountEntry:
    kind: str  # payment | credit_note | write_off | refund
    id: int
    label: Message  # what a person calls it: 'payment 12', 'credit note CN-3', 'write off 3 on INV-9'
    date: dt.date  # the field's name hides the type inside the class body
    amount: int
    currency: str
    applied: int
    reversed_on: dt.date | None


@dataclass(frozen=True, slots=True)
class Account:
    """A customer's account today: open per currency, unapplied credit, net balance, entries."""

    customer: Customer
    open_by_currency: dict[str, int]
    credit_by_currency: dict[str, int]
    open_invoices: list[invoice_rows.OpenItemRow]
    entries: list[AccountEntry]

    @property
    def net_by_currency(self) -> dict[str, int]:
        """What the customer owes after unapplied credit (negative: the business owes the customer)."""
        out = dict(self.open_by_currency)
        for cur, v in self.credit_by_currency.items():
            out[cur] = out.get(cur, 0) - v
        return {c: v for c, v in sorted(out.items()) if v}


def account(ledger: Ledger, customer_code: str) -> Account:
    c = ledger.customer(customer_code)
    items = ledger.open_items_page(customer_code=c.code, limit=100000)
    opened: dict[str, int] = {}
    for r in items:
        opened[r.currency] = opened.get(r.currency, 0) + r.open
    entries = [AccountEntry(k, i, _entry_label(k, i, name), to_day(d), amt, cur, applied, to_date(rev))
               for k, i, name, d, amt, cur, applied, rev in settlements.entries_for_customer(ledger.conn, c.id)]
    return Account(c, opened, ledger.unapplied_credit(c.code), items, entries)


def _entry_label(kind: str, entry_id: int, name: str) -> Message:
    if kind == "write_off":
        return record_words.entry_label(kind, entry_id, invoice=name)
    return record_words.entry_label(kind, name)


@dataclass(frozen=True, slots=True)
class InvoiceHistory:
    invoice: Invoice
    customer: Customer
    open_amount: int
    voided_on: date | None
    settlements: list[tuple[date, str, Message, int, bool]]  # (date, kind, entry, amount, is a reversal)
    disputes: list[Dispute] = field(default_factory=list)


def invoice_history(ledger: Ledger, number: str) -> InvoiceHistory:
    inv = ledger.invoice(number)
    rows = [(to_day(d), k, record_words.entry_label(k, src), amt, rid is not None)
            for d, k, src, amt, rid in settlements.invoice_settlements(ledger.conn, inv.id)]
    return InvoiceHistory(inv, ledger.customer_by_id(inv.customer_id),
                          invoice_rows.receivable(ledger.conn, inv.id).open_amount,
                          reversal_rows.voided_on(ledger.conn, inv.id), rows,
                          collection_rows.disputes_for_invoice(ledger.conn, inv.id))


@dataclass(frozen=True, slots=True)
class ChangeSummary:
    """What an irreversible or outward action will change, for a confirmation: one line per item, totals per
    currency, and warnings (an open dispute, a pending promise) the user must see first."""

    title: Message
    lines: list[Message]
    totals: dict[str, int]
    warnings: list[Message]


def _entry_name(e: reversal_rows.Entry) -> Message:
    """A payment, credit note or write-off as a person names it, in the reader's language."""
    return record_words.entry_label(e.kind.value, e.label if e.kind == SettlementKind.CREDIT_NOTE else e.id)


def _warnings(ledger: Ledger, customer_id: int, invoice_ids: list[int], on: date) -> list[Message]:
    out: list[Message] = []
    for d in collection_rows.disputes_for_invoices(ledger.conn, invoice_ids):
        if d.resolved_on is None:
            inv = invoice_rows.by_id(ledger.conn, d.invoice_id)
            if inv is None:  # cannot happen: disputes reference their invoice by foreign key
                continue
            reason = record_words.dispute_reason_word(d.reason.value)
            if d.note:
                out.append(msg("confirm.warning.dispute_noted", "Invoice {number} is in dispute since {since} "
                               "({reason}: {note}).", number=inv.number, since=d.opened_on, reason=reason,
                               note=d.note))
            else:
                out.append(msg("confirm.warning.dispute", "Invoice {number} is in dispute since {since} ({reason}).",
                               number=inv.number, since=d.opened_on, reason=reason))
    evals, _plans = promises.promise_statuses(ledger, on, ledger.customer_by_id(customer_id).code)
    for ev in evals:
        p = ev.promise
        if ev.status.value == "pending" and (not p.invoice_ids or set(p.invoice_ids) & set(invoice_ids)):
            out.append(msg("confirm.warning.promise", "A promise to pay {amount} by {due} is pending.",
                           amount=amount_value(p.amount, p.currency), due=p.due_date))
    return out


def write_off_summary(ledger: Ledger, numbers: list[str], on: date, amount: int | None = None) -> ChangeSummary:
    """Before writing off invoices (whole, or `amount` of a single one)."""
    lines: list[Message] = []
    totals: dict[str, int] = {}
    ids: list[int] = []
    cid = 0
    for n in numbers:
        inv = ledger.invoice(n)
        open_now = invoice_rows.receivable(ledger.conn, inv.id).open_amount
        take = open_now if amount is None else amount
        lines.append(msg("confirm.write_off.line", "Write off {amount} of invoice {number} ({open} open).",
                         amount=amount_value(take, inv.currency), number=inv.number,
                         open=amount_value(open_now, inv.currency)))
        totals[inv.currency] = totals.get(inv.currency, 0) + take
        ids.append(inv.id)
        cid = inv.customer_id
    title = plural_msg("confirm.write_off.title", "Write off {n} invoice", "Write off {n} invoices", n=len(numbers))
    return ChangeSummary(title, lines, totals,
                         _warnings(ledger, cid, ids, on) if ids else [])


def refund_summary(ledger: Ledger, customer_code: str, amount: int, currency: str, on: date) -> ChangeSummary:
    """Before paying back unapplied credit: what is paid out and what stays, refused beyond the credit there is;
    a warning when invoices in that currency are open (the credit could settle them instead)."""
    c = ledger.customer(customer_code)
    available = ledger.unapplied_credit(c.code).get(currency, 0)
    if amount <= 0:
        raise UserError(msg("ledger.refund_zero", "A refund must be for more than zero."))
    if amount > available:
        raise UserError(refund_over_credit(c.code, available, amount, currency))
    lines = [msg("confirm.refund.line", "Pay back {amount} to {code} {name} on {on}.",
                 amount=amount_value(amount, currency), code=c.code, name=c.name, on=on),
             msg("confirm.refund.credit", "Unapplied credit: {now} now, {after} after the refund.",
                 now=amount_value(available, currency), after=amount_value(available - amount, currency))]
    owed = invoice_rows.open_balance(ledger.conn, c.id, currency)
    warnings = [msg("confirm.refund.owed", "{code} has {amount} open on invoices; the credit could be applied to them "
                    "instead of refunded.", code=c.code, amount=amount_value(owed, currency))] if owed else []
    return ChangeSummary(msg("confirm.refund.title", "Refund credit to {code}", code=c.code), lines,
                         {currency: amount}, warnings)


def reversal_summary(ledger: Ledger, kind: str, ref: str | int, on: date) -> ChangeSummary:
    """Before reversing a payment, credit note, write-off or refund, or voiding an invoice."""
    if kind == "refund":
        f = find_refund(ledger, ref)
        name = record_words.entry_label("refund", f.id)
        return ChangeSummary(msg("confirm.reverse.title", "Reverse {entry}", entry=name),
                             [msg("confirm.reverse.refund", "Reverse {entry} of {amount} dated {date}; it is unapplied "
                                  "credit again from {on}.", entry=name, amount=amount_value(f.amount, f.currency),
                                  date=f.date, on=on)],
                             {f.currency: f.amount}, [])
    if kind == "invoice":
        inv = ledger.invoice(str(ref))
        return ChangeSummary(msg("confirm.void.title", "Void invoice {number}", number=inv.number),
                             [msg("confirm.void.line", "Void invoice {number} of {amount}, issued {issued}; it is no "
                                  "longer owed from {on}.", number=inv.number,
                                  amount=amount_value(inv.amount, inv.currency),
                                  issued=inv.issue_date, on=on)],
                             {inv.currency: inv.amount}, _warnings(ledger, inv.customer_id, [inv.id], on))
    sk = SettlementKind(kind)
    e = find_entry(ledger, sk, ref)
    parts = reversal_rows.standing_allocations(ledger.conn, sk, e.id)
    invoices = invoice_rows.by_ids(ledger.conn, [i for i, _ in parts])
    name = _entry_name(e)
    lines = [msg("confirm.reverse.line", "Reverse {entry} of {amount} dated {date}.", entry=name,
                 amount=amount_value(e.amount, e.currency), date=e.date)]
    lines += [msg("confirm.reverse.reopened", "Invoice {number}: {amount} open again from {on}.",
                  number=invoices[i].number, amount=amount_value(a, e.currency), on=on) for i, a in parts]
    return ChangeSummary(msg("confirm.reverse.title", "Reverse {entry}", entry=name), lines, {e.currency: e.amount},
                         _warnings(ledger, e.customer_id, [i for i, _ in parts], on))

