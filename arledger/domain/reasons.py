"""Why accounts are overdue (逾期结构分析, COLLECTIONS.md section 3): overdue amounts tabulated by the reason
recorded with the contacts, by aging bucket and currency, with each reason's share of its currency's total.

The reason of an overdue invoice is the last one recorded on a contact that named it, else the last one
recorded for its customer, else "none" (none recorded).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from arledger.domain.messages import Message, msg

REASONS = ("financial", "delay", "quality", "process", "contact-changed", "other", "none")
REASON_MESSAGES: dict[str, Message] = {
    "financial": msg("workbook.reason.financial", "financial difficulty"),
    "delay": msg("workbook.reason.delay", "deliberate delay"),
    "quality": msg("workbook.reason.quality", "quality dispute"),
    "process": msg("workbook.reason.process", "process/approval"),
    "contact-changed": msg("workbook.reason.contact_changed", "contact person changed"),
    "other": msg("workbook.reason.other", "other"),
    "none": msg("workbook.reason.none", "none recorded"),
}
REASON_TITLES = {reason: str(title) for reason, title in REASON_MESSAGES.items()}  # English, for JSON and CSV


@dataclass(frozen=True, slots=True)
class OverdueItem:
    invoice_id: int
    customer_id: int
    currency: str
    bucket: int  # index into the overdue buckets (0 = the first bucket past due)
    amount: int


@dataclass(frozen=True, slots=True)
class ReasonLine:
    reason: str
    currency: str
    amounts: tuple[int, ...]  # per overdue bucket
    counts: tuple[int, ...]
    amount: int
    count: int
    share: Decimal  # percent of the currency's overdue total, two places


def reason_of(item: OverdueItem, by_invoice: dict[int, str], by_customer: dict[int, str]) -> str:
    return by_invoice.get(item.invoice_id) or by_customer.get(item.customer_id) or "none"


def tabulate_reasons(items: Iterable[OverdueItem], by_invoice: dict[int, str], by_customer: dict[int, str],
                     buckets: int) -> list[ReasonLine]:
    """One line per (currency, reason) that has something overdue, in currency then REASONS order."""
    acc: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    totals: dict[str, int] = {}
    for it in items:
        key = (it.currency, reason_of(it, by_invoice, by_customer))
        amounts, counts = acc.setdefault(key, ([0] * buckets, [0] * buckets))
        amounts[it.bucket] += it.amount
        counts[it.bucket] += 1
        totals[it.currency] = totals.get(it.currency, 0) + it.amount
    out = []
    for (cur, reason), (amounts, counts) in sorted(acc.items(), key=lambda kv: (kv[0][0], REASONS.index(kv[0][1]))):
        amount = sum(amounts)
        share = (Decimal(amount) * 100 / totals[cur]).quantize(Decimal("0.01"), ROUND_HALF_UP)
        out.append(ReasonLine(reason, cur, tuple(amounts), tuple(counts), amount, sum(counts), share))
    return out
