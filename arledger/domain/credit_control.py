"""Credit control: whether a new invoice may be raised for a customer (on hold, or over the credit limit)."""

from __future__ import annotations

from arledger.domain.messages import Message, msg
from arledger.domain.model import Customer
from arledger.domain.money import amount_value, format_amount


def credit_problem(customer: Customer, owed: int, amount: int, currency: str, number: str = "") -> Message | None:
    """Why an invoice of amount in currency breaks credit control, or None.

    owed: what the customer owes in its own currency before this invoice (open less unapplied credit). The
    limit is in the customer's currency, so invoices in another currency are checked only for a hold."""
    if customer.on_hold:
        return msg("credit.on_hold", "Customer {customer} is on hold; no new invoice should be raised for them.",
                   customer=customer.code)
    if customer.credit_limit is not None and currency == customer.currency and owed + amount > customer.credit_limit:
        total = amount_value(owed + amount, currency)
        limit = amount_value(customer.credit_limit, currency)
        if number:
            return msg("credit.over_limit_invoice", "Invoice {number} takes customer {customer} to {total}, over the "
                       "credit limit of {limit}.", number=number, customer=customer.code, total=total, limit=limit)
        return msg("credit.over_limit", "Invoice takes customer {customer} to {total}, over the credit limit of "
                   "{limit}.", customer=customer.code, total=total, limit=limit)
    return None


def override_event(customer: Customer, number: str, amount: int, currency: str, problem: Message,
                   reason: str) -> dict[str, str]:
    """The evidence record of an invoice raised despite credit control (the problem as recorded: in English)."""
    return {"customer": customer.code, "invoice": number, "amount": format_amount(amount, currency),
            "currency": currency, "problem": str(problem), "reason": reason.strip()}
