"""The payment dialog's preview: how a payment would be allocated to the customer's open invoices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from arledger.domain import allocation
from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.services.ledger import Ledger
from arledger.storage import invoices as invoice_rows


@dataclass(frozen=True, slots=True)
class AllocationLine:
    invoice_number: str
    due_date: date
    open_before: int
    applied: int
    open_after: int


@dataclass(frozen=True, slots=True)
class AllocationPreview:
    currency: str
    lines: tuple[AllocationLine, ...]
    unapplied: int


def preview_allocation(ledger: Ledger, customer_code: str, amount: int, currency: str | None = None,
                       invoice_number: str | None = None) -> AllocationPreview:
    """What record_payment would do with this amount, computed the same way and written nowhere."""
    c = ledger.customer(customer_code)
    cur = currency or c.currency
    if invoice_number:
        inv = ledger.invoice(invoice_number)
        if inv.customer_id != c.id:
            raise UserError(msg("ledger.invoice_other_customer", "Invoice {number} belongs to another customer.",
                                 number=inv.number))
        if inv.currency != cur:
            raise UserError(msg("allocation.invoice_currency", "Invoice {number} is in {currency}, not {wanted}.",
                                 number=inv.number, currency=inv.currency, wanted=cur))
        items = [invoice_rows.receivable(ledger.conn, inv.id)]
        parts, left = allocation.allocate_to(amount, items[0])
    else:
        items = invoice_rows.open_receivables(ledger.conn, c.id, cur)
        parts, left = allocation.allocate(amount, items)
    by_id = {r.invoice_id: r for r in items}
    lines = tuple(AllocationLine(by_id[i].number, by_id[i].due_date, by_id[i].open_amount, a,
                                 by_id[i].open_amount - a) for i, a in parts)
    return AllocationPreview(cur, lines, left)
