"""The dashboard's figures: receivables per currency, most overdue customers, limitation warnings, collections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from arledger.domain.aging import AgingBasis, BucketScheme
from arledger.domain.messages import Message
from arledger.domain.model import Customer
from arledger.services import kpis, limitations, policy
from arledger.services.ledger import Ledger
from arledger.services.paging import _today
from arledger.services.reports import AgingGrouping, aging
from arledger.storage import collections as collection_rows
from arledger.storage import customers as customer_rows
from arledger.storage.rows import to_day


@dataclass(frozen=True, slots=True)
class CurrencyTile:
    currency: str
    receivable: int
    overdue: int
    overdue_share: float  # 0..1, for the tile's gauge; display only


@dataclass(frozen=True, slots=True)
class OverdueCustomer:
    code: str
    name: str
    currency: str
    overdue: int
    total: int
    worst_bucket: str


@dataclass(frozen=True, slots=True)
class DashboardSummary:
    as_of: date
    labels: tuple[str, ...]
    tiles: tuple[CurrencyTile, ...]
    buckets: dict[str, tuple[int, ...]] = field(default_factory=dict)  # currency -> bucket sums
    top_overdue: tuple[OverdueCustomer, ...] = ()
    customers: int = 0
    scheme: BucketScheme = field(default_factory=BucketScheme)  # the buckets behind labels, for their titles


def dashboard(ledger: Ledger, as_of: date | None = None, top: int = 8) -> DashboardSummary:
    """Receivables and overdue per currency, the aging by bucket, and the customers most overdue."""
    today = _today(as_of)
    scheme = BucketScheme(ledger.bucket_scheme().boundaries, AgingBasis.DUE)
    report = aging(ledger, today, scheme, AgingGrouping.CUSTOMER)
    tiles = []
    for t in report.totals:
        overdue = t.total - t.buckets[0]
        tiles.append(CurrencyTile(t.currency, t.total, overdue, overdue / t.total if t.total else 0.0))
    late = []
    for r in report.rows:
        overdue = r.total - r.buckets[0]
        if overdue > 0:
            worst = max(k for k, v in enumerate(r.buckets) if v)
            late.append(OverdueCustomer(r.customer_code, r.customer_name, r.currency, overdue, r.total,
                                        report.labels[worst]))
    late.sort(key=lambda o: (-o.overdue, o.code))
    # Amounts in different currencies are not comparable; rank within each currency and interleave.
    ranked: list[OverdueCustomer] = []
    per_cur: dict[str, list[OverdueCustomer]] = {}
    for o in late:
        per_cur.setdefault(o.currency, []).append(o)
    while len(ranked) < top and any(per_cur.values()):
        for cur in sorted(per_cur, key=lambda c: -sum(o.overdue for o in per_cur[c])):
            if per_cur[cur] and len(ranked) < top:
                ranked.append(per_cur[cur].pop(0))
    return DashboardSummary(today, report.labels, tuple(tiles), {t.currency: t.buckets for t in report.totals},
                            tuple(ranked), ledger.counts()["customers"], report.scheme)


@dataclass(frozen=True, slots=True)
class LimitationWarning:
    """An open, overdue invoice within the warning period of its limitation date (or past it)."""

    customer_code: str
    customer_name: str
    invoice_number: str
    currency: str
    open_amount: int
    due_date: date
    limitation_date: date
    days_left: int
    time_barred: bool
    basis: Message  # why the limitation date is what it is


def limitation_warnings(ledger: Ledger, as_of: date | None = None, code: str | None = None,
                        limit: int | None = None, *, customer: Customer | None = None) -> list[LimitationWarning]:
    """Invoices about to become (or already) time-barred, the nearest limitation date first; of one customer if
    given (by ``code``, or as ``customer`` once read)."""


    today = _today(as_of)
    if customer is None and code:
        customer = ledger.customer(code)
    cid = customer.id if customer else None
    items = collection_rows.overdue_items(ledger.conn, today, cid)
    # Only debts this old can be within the warning period of the shortest rule pack (3 years, warn 180 days).
    cutoff = (today - timedelta(days=365 * min(3, policy.generic_limitation_years(ledger)) - 200)).isoformat()
    old = [r for r in items if r.due_date <= cutoff]
    if not old:
        return []
    customers = ({customer.id: customer} if customer else
                 customer_rows.customers_by_ids(ledger.conn, {r.customer_id for r in old}))
    statuses = limitations.limitation_statuses(ledger, [(r.invoice_id, r.customer_id, r.due_date) for r in old],
                                               customers, today)
    out = []
    for r in old:
        s = statuses[r.invoice_id]
        if s.warning or s.time_barred:
            c = customers[r.customer_id]
            out.append(LimitationWarning(c.code, c.name, r.number, r.currency, r.open, to_day(r.due_date),
                                         s.limitation_date, s.days_left, s.time_barred,
                                         s.basis_message))
    out.sort(key=lambda w: (w.limitation_date, w.customer_code, w.invoice_number))
    return out[:limit] if limit else out


@dataclass(frozen=True, slots=True)
class CollectionsSummary:
    start: date
    end: date
    kpis: tuple[kpis.CurrencyKpis, ...]  # per currency
    limitation: tuple[LimitationWarning, ...]
    limitation_total: int


def collections_summary(ledger: Ledger, as_of: date | None = None, days: int = 90, top: int = 12
                        ) -> CollectionsSummary:
    """KPIs of the last `days` days per currency and the nearest limitation warnings."""
    end = _today(as_of)
    start = end - timedelta(days=days - 1)
    warnings = limitation_warnings(ledger, end)
    return CollectionsSummary(start, end, tuple(kpis.period_kpis(ledger, start, end)), tuple(warnings[:top]),
                              len(warnings))
