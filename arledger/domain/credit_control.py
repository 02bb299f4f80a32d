"""Credit control: whether a new invoice may be raised for a customer (on hold, or over the credit limit)."""

from __future__ import annotations

from arledger.domain.model import Customer
from arledger.domain.money import format_amount


def credit_problem(customer: Customer, owed: int, amount: int, currency: str, number: str = "") -> str | None:
    """Why an invoice of amount in currency breaks credit control, or None.

    owed: what the customer owes in its own currency before this invoice (open less unapplied credit). The
    limit is in the customer's currency, so invoices in another currency are checked only for a hold."""
    if customer.on_hold:
        return f"Customer {customer.code} is on hold; no new invoice should be raised for them."
    if customer.credit_limit is not None and currency == customer.currency and owed + amount > customer.credit_limit:
        what = f"Invoice {number}" if number else "Invoice"
        return (f"{what} takes customer {customer.code} to {format_amount(owed + amount, currency)} {currency}, "
                f"over the credit limit of {format_amount(customer.credit_limit, currency)} {currency}.")
    return None


def override_event(customer: Customer, number: str, amount: int, currency: str, problem: str,
                   reason: str) -> dict[str, str]:
    """The evidence record of an invoice raised despite credit control."""
    return {"customer": customer.code, "invoice": number, "amount": format_amount(amount, currency),
            "currency": currency, "problem": problem, "reason": reason.strip()}
