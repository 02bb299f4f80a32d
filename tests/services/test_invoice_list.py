"""The invoices list's rows: one invoice by number and a page, as typed rows read back from a real ledger."""

from __future__ import annotations

from datetime import date

import pytest

from arledger.domain.errors import UserError
from arledger.domain.model import Customer
from arledger.services import invoice_list
from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus
from arledger.services.ledger import Ledger


def test_one_invoice_by_number_open_then_settled(ledger: Ledger, acme: Customer) -> None:
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 10_000, due_date=date(2025, 1, 31))
    row = invoice_list.invoice_row(ledger, " A-1 ", as_of=date(2025, 2, 10))
    assert (row.number, row.customer_code, row.amount, row.open_amount, row.currency) == ("A-1", "ACME", 10_000,
                                                                                          10_000, "EUR")
    assert row.days_overdue == 10 and row.settled_on is None and not row.disputed
    ledger.record_payment("ACME", date(2025, 2, 12), 10_000, invoice_number="A-1")
    row = invoice_list.invoice_row(ledger, "A-1", as_of=date(2025, 3, 1))
    assert row.open_amount == 0 and row.settled_on == date(2025, 2, 12) and row.days_overdue == 0
    with pytest.raises(UserError, match="no invoice numbered 'B-9'"):
        invoice_list.invoice_row(ledger, "B-9")


def test_a_page_matches_the_single_row_and_pages_on(ledger: Ledger, acme: Customer) -> None:
    for n in range(3):
        ledger.add_invoice("ACME", f"A-{n}", date(2025, 1, 1 + n), 1_000 * (n + 1), due_date=date(2025, 2, 1 + n))
    flt = InvoiceFilter(status=InvoiceStatus.OPEN)
    first = invoice_list.invoices_page(ledger, flt, limit=2, as_of=date(2025, 3, 1))
    assert [r.number for r in first.rows] == ["A-0", "A-1"] and first.next is not None
    rest = invoice_list.invoices_page(ledger, flt, limit=2, after=first.next, as_of=date(2025, 3, 1))
    assert [r.number for r in rest.rows] == ["A-2"] and rest.next is None
    assert first.rows[1] == invoice_list.invoice_row(ledger, "A-1", as_of=date(2025, 3, 1))
