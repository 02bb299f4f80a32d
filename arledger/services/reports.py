"""Reports built from the ledger: aging by customer or by invoice, with per-currency totals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from arledger.domain.aging import BucketScheme
from arledger.domain.model import Customer
from arledger.domain.money import format_amount
from arledger.services.bulk import without_gc_pauses
from arledger.services.ledger import Ledger
from arledger.storage import aging as aging_sql


class AgingGrouping(StrEnum):
    CUSTOMER = "customer"
    INVOICE = "invoice"


@dataclass(frozen=True, slots=True)
class AgingRow:
    customer_code: str
    customer_name: str
    currency: str
    buckets: tuple[int, ...]
    total: int
    invoice_number: str | None = None
    issue_date: date | None = None
    due_date: date | None = None
    amount: int | None = None
    days_overdue: int | None = None
    customer_id: int = 0
    invoice_id: int = 0


@dataclass(frozen=True, slots=True)
class AgingTotal:
    currency: str
    buckets: tuple[int, ...]
    total: int


@dataclass(frozen=True, slots=True)
class AgingReport:
    as_of: date
    scheme: BucketScheme
    grouping: AgingGrouping
    rows: list[AgingRow]
    totals: list[AgingTotal] = field(default_factory=list)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.scheme.labels


def _totals(rows: list[AgingRow], n: int) -> list[AgingTotal]:
    sums: dict[str, list[int]] = {}
    for r in rows:
        acc = sums.setdefault(r.currency, [0] * (n + 1))
        for k, v in enumerate(r.buckets):
            acc[k] += v
        acc[n] += r.total
    return [AgingTotal(cur, tuple(v[:n]), v[n]) for cur, v in sorted(sums.items())]


@without_gc_pauses
def aging(ledger: Ledger, as_of: date, scheme: BucketScheme | None = None,
          grouping: AgingGrouping = AgingGrouping.CUSTOMER, customer_code: str | None = None, *,
          customer: Customer | None = None) -> AgingReport:
    """Aging as the ledger stood on as_of (later payments, credits and write-offs ignored), of one customer if
    given (by ``customer_code``, or as ``customer`` once read)."""
    scheme = scheme or ledger.bucket_scheme()
    n = len(scheme.labels)
    if customer is None and customer_code:
        customer = ledger.customer(customer_code)
    cid = customer.id if customer else None
    if grouping is AgingGrouping.CUSTOMER:
        rows = [
            AgingRow(r.code, r.name, r.currency, r.buckets, r.total)
            for r in aging_sql.aging_by_customer(ledger.conn, as_of, scheme, cid)
        ]
    else:
        rows = []
        for r in aging_sql.aging_by_invoice(ledger.conn, as_of, scheme, cid):
            buckets = [0] * n
            buckets[r.bucket] = r.open
            due_d = date.fromisoformat(r.due_date)
            rows.append(AgingRow(r.code, r.name, r.currency, tuple(buckets), r.open, r.number,
                                 date.fromisoformat(r.issue_date), due_d, r.amount, max(0, (as_of - due_d).days),
                                 r.customer_id, r.invoice_id))
    return AgingReport(as_of, scheme, grouping, rows, _totals(rows, n))


def aging_to_json(report: AgingReport, extra: dict[int, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The documented JSON shape; amounts as strings with the currency's decimals.

    extra: more fields per invoice id, merged into by-invoice rows (e.g. limitation_date).
    """
    labels = report.labels

    def amounts(cur: str, buckets: tuple[int, ...], total: int) -> dict[str, str]:
        d = {label: format_amount(v, cur) for label, v in zip(labels, buckets, strict=True)}
        d["total"] = format_amount(total, cur)
        return d

    rows = []
    for r in report.rows:
        row: dict[str, Any] = {"customer": r.customer_code, "name": r.customer_name, "currency": r.currency}
        if report.grouping is AgingGrouping.INVOICE:
            # rows grouped by invoice carry the invoice's dates and amount
            assert r.issue_date is not None and r.due_date is not None and r.amount is not None
            row.update({"invoice": r.invoice_number, "issue_date": r.issue_date.isoformat(),
                        "due_date": r.due_date.isoformat(), "amount": format_amount(r.amount, r.currency),
                        "days_overdue": r.days_overdue})
            if extra and r.invoice_id in extra:
                row.update(extra[r.invoice_id])
        row.update(amounts(r.currency, r.buckets, r.total))
        rows.append(row)
    return {
        "as_of": report.as_of.isoformat(),
        "basis": report.scheme.basis.value,
        "buckets": list(labels),
        "rows": rows,
        "totals": [{"currency": t.currency, **amounts(t.currency, t.buckets, t.total)} for t in report.totals],
    }
