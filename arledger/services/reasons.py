"""The overdue-reason report: overdue amount and count by reason x aging bucket x currency on the period's last
day, each reason's share, and the trend at every month end of the period."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from arledger.domain.aging import BucketScheme
from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.domain.money import format_amount
from arledger.domain.reasons import REASON_TITLES, REASONS, OverdueItem, ReasonLine, reason_of, tabulate_reasons

__all__ = ["REASONS", "REASON_TITLES", "ReasonsReport", "TrendPoint", "reasons_report", "reasons_table",
           "reasons_to_json"]
from arledger.services.bulk import without_gc_pauses
from arledger.services.ledger import Ledger
from arledger.services.reports import AgingGrouping, aging
from arledger.storage import cases as case_rows


@dataclass(frozen=True, slots=True)
class TrendPoint:
    month: str  # YYYY-MM
    on: date  # the month's last day (or the period's end)
    currency: str
    amounts: tuple[tuple[str, int], ...]  # (reason, overdue amount) in REASONS order, zeros included


@dataclass(frozen=True, slots=True)
class ReasonsReport:
    start: date
    end: date
    buckets: tuple[str, ...]  # labels of the overdue buckets
    lines: tuple[ReasonLine, ...]
    trend: tuple[TrendPoint, ...]
    scheme: BucketScheme = field(default_factory=BucketScheme)  # buckets[k] is the scheme's bucket k + 1


def _overdue(ledger: Ledger, on: date) -> tuple[list[OverdueItem], tuple[str, ...]]:
    report = aging(ledger, on, ledger.bucket_scheme(), AgingGrouping.INVOICE)
    items = []
    for r in report.rows:
        bucket = next(k for k, v in enumerate(r.buckets) if v)
        if bucket:  # bucket 0 is "current": not overdue
            items.append(OverdueItem(r.invoice_id, r.customer_id, r.currency, bucket - 1, r.total))
    return items, report.labels[1:]


def _month_ends(start: date, end: date) -> list[date]:
    out, day = [], start
    while True:
        nxt = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
        last = min(nxt - timedelta(days=1), end)
        out.append(last)
        if last >= end:
            return out
        day = nxt


@without_gc_pauses
def reasons_report(ledger: Ledger, start: date, end: date) -> ReasonsReport:
    """The reasons table on `end` and the month-end trend from `start` (at most 36 months)."""
    if end < start:
        raise UserError(msg("period.ends_before_start", "The period ends ({end}) before it starts ({start}).",
                end=str(end), start=str(start)))
    ends = _month_ends(start, end)
    if len(ends) > 36:
        raise UserError(msg("reason.period_too_long", "Choose a period of at most 36 months for the reasons "
                "trend."))
    items, labels = _overdue(ledger, end)
    by_invoice, by_customer = case_rows.latest_reasons(ledger.conn, end)
    lines = tabulate_reasons(items, by_invoice, by_customer, len(labels))
    trend = []
    for day in ends:
        its, _ = (items, labels) if day == end else _overdue(ledger, day)
        inv, cust = (by_invoice, by_customer) if day == end else case_rows.latest_reasons(ledger.conn, day)
        per: dict[str, dict[str, int]] = {}
        for it in its:
            acc = per.setdefault(it.currency, dict.fromkeys(REASONS, 0))
            acc[reason_of(it, inv, cust)] += it.amount
        for cur, acc in sorted(per.items()):
            trend.append(TrendPoint(day.strftime("%Y-%m"), day, cur, tuple(acc.items())))
    return ReasonsReport(start, end, labels, tuple(lines), tuple(trend), ledger.bucket_scheme())


def reasons_to_json(r: ReasonsReport) -> dict[str, Any]:
    return {
        "from": r.start.isoformat(), "to": r.end.isoformat(), "buckets": list(r.buckets),
        "rows": [{"reason": ln.reason, "title": REASON_TITLES[ln.reason], "currency": ln.currency,
                  "amount": format_amount(ln.amount, ln.currency), "count": ln.count, "share": str(ln.share),
                  "buckets": {label: {"amount": format_amount(a, ln.currency), "count": n}
                              for label, a, n in zip(r.buckets, ln.amounts, ln.counts, strict=True)}}
                 for ln in r.lines],
        "trend": [{"month": t.month, "on": t.on.isoformat(), "currency": t.currency,
                   "amounts": {k: format_amount(v, t.currency) for k, v in t.amounts}} for t in r.trend],
    }


def reasons_table(r: ReasonsReport, titles: Mapping[str, str] = REASON_TITLES) -> tuple[list[str], list[list[str]]]:
    """Header and rows for the table and CSV outputs (and the workbook sheet); ``titles`` names the reasons."""
    head = ["currency", "reason", "amount", "count", "share_percent"]
    for label in r.buckets:
        head += [f"{label} amount", f"{label} count"]
    rows = []
    for ln in r.lines:
        row = [ln.currency, titles[ln.reason], format_amount(ln.amount, ln.currency), str(ln.count),
               str(ln.share)]
        for a, n in zip(ln.amounts, ln.counts, strict=True):
            row += [format_amount(a, ln.currency), str(n)]
        rows.append(row)
    return head, rows
