"""Overdue-reason tabulation, hand-checked."""

from __future__ import annotations

from decimal import Decimal

from arledger.domain.reasons import OverdueItem, tabulate_reasons


def test_reasons_by_bucket_currency_and_share() -> None:
    items = [OverdueItem(1, 10, "EUR", 0, 30_000), OverdueItem(2, 10, "EUR", 2, 10_000),
             OverdueItem(3, 11, "EUR", 1, 60_000), OverdueItem(4, 12, "EUR", 0, 20_000),
             OverdueItem(5, 12, "GBP", 3, 5_000)]
    # invoice 1 named on a "quality" call; customer 10's last reason overall is "financial" (invoice 2 takes it);
    # customer 11 said "delay"; customer 12 never gave a reason.
    lines = tabulate_reasons(items, {1: "quality"}, {10: "financial", 11: "delay"}, 4)
    got = [(ln.currency, ln.reason, ln.amounts, ln.counts, ln.amount, ln.share) for ln in lines]
    # EUR total 1,200.00: financial 100.00 = 8.33%, delay 600.00 = 50%, quality 300.00 = 25%, none 200.00 = 16.67%.
    assert got == [
        ("EUR", "financial", (0, 0, 10_000, 0), (0, 0, 1, 0), 10_000, Decimal("8.33")),
        ("EUR", "delay", (0, 60_000, 0, 0), (0, 1, 0, 0), 60_000, Decimal("50.00")),
        ("EUR", "quality", (30_000, 0, 0, 0), (1, 0, 0, 0), 30_000, Decimal("25.00")),
        ("EUR", "none", (20_000, 0, 0, 0), (1, 0, 0, 0), 20_000, Decimal("16.67")),
        ("GBP", "none", (0, 0, 0, 5_000), (0, 0, 0, 1), 5_000, Decimal("100.00")),
    ]
