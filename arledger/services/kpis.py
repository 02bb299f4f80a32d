"""Collection KPIs per currency for a period, and customer risk tiers with early-warning flags."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from arledger.domain import kpi
from arledger.domain.errors import UserError
from arledger.domain.model import Customer, PromiseStatus
from arledger.domain.money import format_amount
from arledger.services import collections, reports
from arledger.services.bulk import without_gc_pauses
from arledger.services.ledger import Ledger
from arledger.storage import collections as rows
from arledger.storage import customers as customer_rows
from arledger.storage import invoices as invoice_rows

DEFINITIONS = {
    "dso": "Days sales outstanding = receivables at period end / (credit sales in period / days in period).",
    "best_possible_dso": "Best possible DSO = current (not yet due) receivables / (credit sales / days).",
    "add": "Average days delinquent = DSO - best possible DSO.",
    "cei": "Collection effectiveness index = (opening AR + credit sales - closing AR) / "
           "(opening AR + credit sales - closing current AR) x 100.",
    "recovery_rate": "Recovery rate = collected in period / amounts falling due in period x 100.",
    "average_collection_days": "Average collection days = mean days from the first collection action to payment "
                               "in full, over invoices paid late in the period.",
    "bad_debt_ratio": "Bad-debt ratio = written off in period / credit sales in period x 100.",
    "promise_kept_rate": "Promise-kept rate = promises kept / promises evaluated (deadline in period) x 100.",
}


@dataclass(frozen=True, slots=True)
class CurrencyKpis:
    currency: str
    days: int
    opening_ar: int
    closing_ar: int
    closing_current_ar: int
    credit_sales: int
    due: int
    collected: int
    written_off: int
    dso: Decimal | None
    best_possible_dso: Decimal | None
    add: Decimal | None
    cei: Decimal | None
    recovery_rate: Decimal | None
    average_collection_days: Decimal | None
    bad_debt_ratio: Decimal | None
    promise_kept_rate: Decimal | None
    promises_evaluated: int


@dataclass(frozen=True, slots=True)
class CustomerRisk:
    customer: Customer
    assessment: kpi.RiskAssessment
    warnings: tuple[kpi.EarlyWarning, ...]


def _ar(report: reports.AgingReport) -> dict[str, tuple[int, int]]:
    return {t.currency: (t.total, t.buckets[0]) for t in report.totals}


def period_kpis(ledger: Ledger, start: date, end: date) -> list[CurrencyKpis]:
    """Every KPI of COLLECTIONS.md section 9 for [start, end], one set per currency."""
    if end < start:
        raise UserError(f"The period ends ({end}) before it starts ({start}).")
    days = (end - start).days + 1
    scheme = ledger.bucket_scheme()
    closing = _ar(reports.aging(ledger, end, scheme))
    opening = _ar(reports.aging(ledger, start - timedelta(days=1), scheme))
    sums = rows.sums_by_currency(ledger.conn, start, end)
    cases: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for cur, first, paid in rows.collection_cases(ledger.conn, start, end):
        cases[cur].append((date.fromisoformat(first), date.fromisoformat(paid)))
    evals, _ = collections.promise_statuses(ledger, end)
    kept: Counter = Counter()
    judged: Counter = Counter()
    for ev in evals:
        if start <= ev.deadline <= end and ev.evaluated:
            judged[ev.promise.currency] += 1
            kept[ev.promise.currency] += ev.status is PromiseStatus.KEPT
    out = []
    for cur in sorted(set(closing) | set(opening) | set(sums) | set(judged)):
        s = sums.get(cur, {"credit_sales": 0, "due": 0, "collected": 0, "written_off": 0})
        close_ar, close_current = closing.get(cur, (0, 0))
        open_ar = opening.get(cur, (0, 0))[0]
        dso = kpi.dso(close_ar, s["credit_sales"], days)
        best = kpi.best_possible_dso(close_current, s["credit_sales"], days)
        out.append(CurrencyKpis(
            currency=cur, days=days, opening_ar=open_ar, closing_ar=close_ar, closing_current_ar=close_current,
            credit_sales=s["credit_sales"], due=s["due"], collected=s["collected"], written_off=s["written_off"],
            dso=dso, best_possible_dso=best,
            add=kpi.average_days_delinquent(close_ar, close_current, s["credit_sales"], days),
            cei=kpi.collection_effectiveness_index(open_ar, s["credit_sales"], close_ar, close_current),
            recovery_rate=kpi.recovery_rate(s["collected"], s["due"]),
            average_collection_days=kpi.average_collection_days(cases.get(cur, [])),
            bad_debt_ratio=kpi.bad_debt_ratio(s["written_off"], s["credit_sales"]),
            promise_kept_rate=kpi.promise_kept_rate(kept[cur], judged[cur]), promises_evaluated=judged[cur]))
    return out


@without_gc_pauses
def customer_risks(ledger: Ledger, as_of: date) -> list[CustomerRisk]:
    """Risk tier and early-warning flags for every customer with something open on as_of."""
    aging = reports.aging(ledger, as_of, ledger.bucket_scheme())
    open_by: dict[str, tuple[int, int]] = {}
    for r in aging.rows:
        o, d = open_by.get(r.customer_code, (0, 0))
        open_by[r.customer_code] = (o + r.total, d + r.total - r.buckets[0])
    year = rows.customer_behaviour(ledger.conn, as_of - timedelta(days=365))
    recent = rows.customer_behaviour(ledger.conn, as_of - timedelta(days=90))
    evals, _ = collections.promise_statuses(ledger, as_of)
    broken: Counter = Counter()
    broken_recent: Counter = Counter()
    for ev in evals:
        if ev.status in (PromiseStatus.BROKEN, PromiseStatus.PARTLY_KEPT):
            broken[ev.promise.customer_id] += 1
            if ev.deadline >= as_of - timedelta(days=30):
                broken_recent[ev.promise.customer_id] += 1
    last = rows.last_contacts(ledger.conn)
    disputes_recent = Counter(d.invoice_id for d in rows.disputes(ledger.conn)
                              if d.opened_on >= as_of - timedelta(days=30))
    dispute_customers: Counter = Counter()
    for iid, n in disputes_recent.items():
        dispute_customers[invoice_rows.by_id(ledger.conn, iid).customer_id] += n
    out = []
    for c in customer_rows.all_customers(ledger.conn):
        if c.code not in open_by:
            continue
        open_amt, overdue = open_by[c.code]
        w, amt = year.get(c.id, (0, 0))
        rw, ramt = recent.get(c.id, (0, 0))
        avg_late = Decimal(w) / amt if amt else None
        assessment = kpi.assess_risk(kpi.RiskFactors(avg_late, broken[c.id], overdue, open_amt, c.credit_limit))
        reached = last.get(c.id, (None, None))[1]
        warnings = kpi.early_warnings(kpi.EarlyWarningInputs(
            recent_days_late=Decimal(rw) / ramt if ramt else None, earlier_days_late=avg_late,
            broken_promises_recent=broken_recent[c.id],
            days_since_reached=(as_of - date.fromisoformat(reached[:10])).days if reached else None,
            new_disputes=dispute_customers[c.id]))
        out.append(CustomerRisk(c, assessment, warnings))
    return out


def kpis_to_json(start: date, end: date, figures: list[CurrencyKpis], risks: list[CustomerRisk]) -> dict:
    def num(v: Decimal | None) -> str | None:
        return None if v is None else str(v)

    tiers = Counter(r.assessment.tier.value for r in risks)
    return {
        "from": start.isoformat(), "to": end.isoformat(), "definitions": DEFINITIONS,
        "currencies": [{
            "currency": k.currency, "days": k.days,
            "opening_ar": format_amount(k.opening_ar, k.currency),
            "closing_ar": format_amount(k.closing_ar, k.currency),
            "closing_current_ar": format_amount(k.closing_current_ar, k.currency),
            "credit_sales": format_amount(k.credit_sales, k.currency), "due": format_amount(k.due, k.currency),
            "collected": format_amount(k.collected, k.currency),
            "written_off": format_amount(k.written_off, k.currency),
            "dso": num(k.dso), "best_possible_dso": num(k.best_possible_dso), "add": num(k.add), "cei": num(k.cei),
            "recovery_rate": num(k.recovery_rate), "average_collection_days": num(k.average_collection_days),
            "bad_debt_ratio": num(k.bad_debt_ratio), "promise_kept_rate": num(k.promise_kept_rate),
            "promises_evaluated": k.promises_evaluated} for k in figures],
        "risk_tiers": {t: tiers.get(t, 0) for t in ("A", "B", "C")},
        "warnings": [{"customer": r.customer.code, "name": r.customer.name, "tier": r.assessment.tier.value,
                      "code": w.code, "message": w.message} for r in risks for w in r.warnings],
    }


def refresh_risk_tiers(ledger: Ledger, as_of: date) -> Counter:
    """Assess every customer with something open and store the tier (others are cleared); returns counts."""
    risks = customer_risks(ledger, as_of)
    tiers: dict[int, str | None] = {c.id: None for c in customer_rows.all_customers(ledger.conn)}
    tiers.update({r.customer.id: r.assessment.tier.value for r in risks})
    with ledger.database.atomic() as conn:
        customer_rows.set_risk_tiers(conn, tiers)
    return Counter(r.assessment.tier.value for r in risks)
