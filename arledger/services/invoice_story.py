"""One invoice's whole story for the invoice view: what was billed, what settled it, what was said about it.

Settlements, disputes, promises that cover it, letters that listed it, contacts that named it, interest and
compensation as of a day, and the documents attached to it. Frozen DTOs; the GUI formats them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from arledger.domain.messages import Message
from arledger.domain.model import PromiseStatus
from arledger.services import customer_record, interest_claims, invoice_list, policy
from arledger.services.customer_record import DisputeRow, PromiseRow
from arledger.services.invoice_list import InvoiceRow
from arledger.services.ledger import Ledger
from arledger.storage import collections as collection_rows
from arledger.storage import invoice_story as story_rows


@dataclass(frozen=True, slots=True)
class SettlementRow:
    kind: str  # payment | credit_note | write_off
    on: date
    amount: int
    method: Message  # a payment's method in the reader's language when rendered (typed words as typed)
    reference: str
    note: Message  # a reason as written, or the ledger's own sentence, in the reader's language when rendered


@dataclass(frozen=True, slots=True)
class InvoiceLetterRow:
    level: int
    sent_on: date
    sha256: str
    path: Path | None


@dataclass(frozen=True, slots=True)
class InvoiceContactRow:
    at: datetime
    channel: str
    direction: str
    person: str
    summary: str
    outcome: str


@dataclass(frozen=True, slots=True)
class InterestPeriod:
    start: date
    end: date
    days: int
    open_amount: int
    annual_rate: str  # "12.75"
    rate_source: Message  # "BoE base 4.25% (2025-05-08) + 8", rendered in the reader's language


@dataclass(frozen=True, slots=True)
class InvoiceInterest:
    rule: str
    periods: tuple[InterestPeriod, ...]
    interest: int
    compensation: int
    compensation_currency: str
    basis: Message
    warning: Message | None  # a rate assumed past the end of its table


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    kind: str
    filename: str
    sha256: str
    path: Path


@dataclass(frozen=True, slots=True)
class InvoiceStory:
    invoice: InvoiceRow
    as_of: date
    settlements: tuple[SettlementRow, ...]
    disputes: tuple[DisputeRow, ...]
    promises: tuple[PromiseRow, ...]
    letters: tuple[InvoiceLetterRow, ...]
    contacts: tuple[InvoiceContactRow, ...]
    interest: InvoiceInterest | None  # None when the invoice is not overdue and open
    attachments: tuple[AttachmentRow, ...]

    @property
    def open_dispute(self) -> bool:
        return any(d.resolved_on is None for d in self.disputes)

    @property
    def pending_promise(self) -> bool:
        return any(p.status == PromiseStatus.PENDING.value for p in self.promises)


def invoice_story(ledger: Ledger, number: str, as_of: date | None = None) -> InvoiceStory:
    """Everything the ledger holds about one invoice, as of a day (default today)."""

    day = as_of or date.today()
    row = invoice_list.invoice_row(ledger, number, day)
    inv = ledger.invoice(row.number)
    code = row.customer_code
    settlements = tuple(SettlementRow(s.kind, s.on, s.amount, s.method, s.reference, s.note)
                        for s in story_rows.settlements_of_invoice(ledger.conn, inv.id))
    disputes = tuple(d for d in customer_record.customer_disputes(ledger, code) if d.invoice_number == inv.number)
    promises, _plans = customer_record.customer_promises(ledger, code, day)
    # A promise that names no invoice covers everything overdue, this invoice included.
    promises = tuple(p for p in promises if inv.number in p.invoices or not p.invoices)
    base = policy.side_dir(ledger, "")
    letters = tuple(InvoiceLetterRow(lt.level, lt.sent_on, lt.sha256, base / lt.path if lt.path else None)
                    for lt in reversed(collection_rows.letters_for(ledger.conn, inv.customer_id))
                    if inv.id in lt.invoice_ids)
    contacts = tuple(InvoiceContactRow(c.at, c.channel.value, c.direction.value, c.person, c.summary,
                                       c.outcome.value if c.outcome else "")
                     for c in reversed(collection_rows.contacts_for(ledger.conn, inv.customer_id))
                     if inv.id in c.invoice_ids)
    interest = None
    for line in interest_claims.interest_lines(ledger, day, code, [inv.number]):
        r = line.result
        comp = r.compensation
        interest = InvoiceInterest(
            r.rule, tuple(InterestPeriod(s.start, s.end, s.days, s.open_amount, f"{s.annual_rate}", s.source)
                          for s in r.segments),
            r.total_interest, comp.minor if comp else 0, comp.currency if comp else inv.currency,
            r.basis_message, r.stale_warning)
    attachments = tuple(AttachmentRow(kind, filename, sha, base / stored)
                        for _id, iid, kind, filename, sha, stored, _seq
                        in collection_rows.attachments_for(ledger.conn, inv.customer_id) if iid == inv.id)
    return InvoiceStory(row, day, settlements, disputes, promises, letters, contacts, interest, attachments)
