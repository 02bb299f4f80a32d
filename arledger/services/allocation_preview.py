"""The payment dialog's reads: the account a payment is for, the open invoices matching what the user types to
find one, and how a payment would be allocated to its open invoices. All run off the GUI thread (the customer may
have thousands of open invoices)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from arledger.domain import allocation
from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.domain.money import parse_amount
from arledger.services import customer_list, invoice_list
from arledger.services.customer_list import CustomerChoice
from arledger.services.invoice_list import InvoiceRow
from arledger.services.ledger import Ledger
from arledger.storage import invoices as invoice_rows


@dataclass(frozen=True, slots=True)
class SettlementAccount:
    """What the payment and credit note dialogs show of a customer before an amount is typed, in the customer's
    currency."""

    customer: CustomerChoice
    invoices: tuple[InvoiceRow, ...]  # the oldest open invoices, at most `limit` of them
    open_count: int  # every open invoice, listed or not
    open_total: int
    credit: int  # unapplied credit


def settlement_account(ledger: Ledger, code: str, limit: int = 500) -> SettlementAccount | None:
    """The customer with this code and its open invoices, or None when there is no such customer."""
    choice = customer_list.customer_choice(ledger, code)
    if choice is None:
        return None
    customer = ledger.customer(choice.code)
    rows = invoice_list.open_invoices_of(ledger, choice.code, choice.currency, limit=limit)
    items = invoice_rows.open_receivables(ledger.conn, customer.id, choice.currency)
    return SettlementAccount(choice, tuple(rows), len(items), sum(r.open_amount for r in items),
                          ledger.unapplied_credit(customer).get(choice.currency, 0))


@dataclass(frozen=True, slots=True)
class InvoiceMatches:
    """The open invoices of an account that match what the user typed to find one."""

    rows: tuple[InvoiceRow, ...]  # the oldest matching, at most `limit` of them
    count: int  # every matching open invoice, listed or not


def find_open_invoices(ledger: Ledger, code: str, currency: str, text: str, limit: int = 500) -> InvoiceMatches:
    """The customer's open invoices in currency whose number or reference contains text, or, when text reads as
    an amount, whose amount or open amount it is; oldest due first."""
    text = text.strip()
    try:
        amount: int | None = parse_amount(text, currency)
    except UserError:
        amount = None
    rows = invoice_list.open_invoices_of(ledger, code, currency, limit, find=text, find_amount=amount)
    count = len(rows) if len(rows) < limit else invoice_list.count_open_invoices_of(
        ledger, code, currency, find=text, find_amount=amount)
    return InvoiceMatches(tuple(rows), count)


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
