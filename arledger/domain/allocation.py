"""How a payment or credit is spread over a customer's open invoices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Receivable:
    """What allocation needs to know of one open invoice."""

    invoice_id: int
    number: str
    issue_date: date
    due_date: date
    open_amount: int


def oldest_first(items: Sequence[Receivable]) -> list[Receivable]:
    """Open invoices in settlement order: earliest due first, then earliest issued, then number."""
    return sorted(items, key=lambda r: (r.due_date, r.issue_date, r.number, r.invoice_id))


def allocate(amount: int, items: Sequence[Receivable]) -> tuple[list[tuple[int, int]], int]:
    """Spread amount over items oldest first.

    Returns ([(invoice_id, allocated)], unapplied remainder). Never allocates more than an item's open
    amount, so no invoice goes below zero.
    """
    if amount < 0:
        raise ValueError("allocation amount must not be negative")
    left = amount
    out: list[tuple[int, int]] = []
    for r in oldest_first(items):
        if left == 0:
            break
        take = min(left, r.open_amount)
        if take > 0:
            out.append((r.invoice_id, take))
            left -= take
    return out, left


def allocate_to(amount: int, item: Receivable) -> tuple[list[tuple[int, int]], int]:
    """Apply amount to one named invoice; what exceeds its open amount stays unapplied credit."""
    take = min(amount, item.open_amount)
    return ([(item.invoice_id, take)] if take > 0 else []), amount - take
