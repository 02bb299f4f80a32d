"""The payment and credit note dialogs' reads: the account (by exact code) and the allocation preview."""

from __future__ import annotations

from datetime import date

from arledger.domain.model import Customer
from arledger.services import allocation_preview, customer_list
from arledger.services.ledger import Ledger


def test_the_customer_is_found_by_its_exact_code_in_any_case(ledger: Ledger, acme: Customer) -> None:
    assert customer_list.customer_choice(ledger, " acme ") == customer_list.customer_choice(ledger, "ACME")
    assert customer_list.customer_choice(ledger, "ACME").code == "ACME"  # type: ignore[union-attr]
    assert customer_list.customer_choice(ledger, "AC") is None  # a prefix is a search, not a choice
    assert customer_list.customer_choice(ledger, acme.name) is None
    assert customer_list.customer_choice(ledger, "  ") is None


def test_the_account_counts_every_open_invoice_though_it_lists_the_oldest(ledger: Ledger, acme: Customer) -> None:
    for n in range(5):
        ledger.add_invoice("ACME", f"A-{n}", date(2025, 1, 1 + n), 1_000 * (n + 1), override_reason="test")
    ledger.record_payment("ACME", date(2025, 2, 1), 1_500)  # settles A-0, half of A-1
    account = allocation_preview.settlement_account(ledger, "acme", limit=2)
    assert account is not None and account.customer.code == "ACME"
    assert [r.number for r in account.invoices] == ["A-1", "A-2"]
    assert (account.open_count, account.open_total, account.credit) == (4, 15_000 - 1_500, 0)
    assert allocation_preview.settlement_account(ledger, "NOBODY") is None
