"""Collection KPIs per currency for a period, and customer risk tiers with early-warning flags."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from arledger.domain import kpi
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg
from arledger.domain.model import Customer, PromiseStatus
from arledger.domain.money import format_amount
from arledger.domain.promises import PromiseEvaluation, count_outcomes
from arledger.services import promises, reports
from arledger.services.bulk import without_gc_pauses
from arledger.services.ledger import Ledger
from arledger.storage import cases as case_rows
from arledger.storage import collections as rows
from arledger.storage import customers as customer_rows
from arledger.storage import invoices as invoice_rows
from arledger.storage import risk as risk_rows

DEFINITIONS: dict[str, Message] = {  # each measure's definition, as `report kpi`, the workbook and the GUI give it
    "dso": msg("workbook.kpi.dso.def", "Days sales outstanding = receivables at period end / (credit sales in "
               "period / days in period)."),
    "best_possible_dso": msg("workbook.kpi.best_possible_dso.def", "Best possible DSO = current (not yet due) "
                             "receivables / (credit sales / days)."),
    "add": msg("workbook.kpi.add.def", "Average days delinquent = DSO - best possible DSO."),
    "cei": msg("workbook.kpi.cei.def", "Collection effectiveness index = (opening AR + credit sales - closing AR) / "
               "(opening AR + credit sales - closing current AR) x 100."),
    "recovery_rate": msg("workbook.kpi.recovery_rate.def", "Recovery rate = collected in period / amounts falling "
                         "due in period x 100."),
    "average_collection_days": msg("workbook.kpi.average_collection_days.def", "Average collection days = mean days "
                                   "from the first collection action to payment in full, over invoices paid late in "
                                   "the period."),
    "bad_debt_ratio": msg("workbook.kpi.bad_debt_ratio.def", "Bad-debt ratio = written off in period / credit sales "
                          "in period x 100."),
    "promise_kept_rate": msg("workbook.kpi.promise_kept_rate.def", "Promise-kept rate = promises kept / promises "
                             "evaluated (deadline in period) x 100."),
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
        raise UserError(msg("period.ends_before_start", "The period ends ({end}) before it starts ({start}).",
                end=str(end), start=str(start)))
    days = (end - start).days + 1
    scheme = ledger.bucket_scheme()
    closing = _ar(reports.aging(ledger, end, scheme))
    opening = _ar(reports.aging(ledger, start - timedelta(days=1), scheme))
    sums = rows.sums_by_currency(ledger.conn, start, end)
    cases: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for cur, first, paid in rows.collection_cases(ledger.conn, start, end):
        cases[cur].append((date.fromisoformat(first), date.fromisoformat(paid)))
    evals, _ = promises.promise_statuses(ledger, end)
    kept: Counter[str] = Counter()  # by currency
    judged: Counter[str] = Counter()
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


WARNING_WINDOW_DAYS = 90  # "recent" for payments getting later and credit use jumping
NEW_DISPUTE_DAYS = 30
BROKEN_RECENT_DAYS = 30


def _open_by_customer(ledger: Ledger, as_of: date) -> dict[str, tuple[int, int]]:
    """Per customer code: (open, overdue) on a day, in minor units summed over its invoices."""
    out: dict[str, tuple[int, int]] = {}
    for r in reports.aging(ledger, as_of, ledger.bucket_scheme()).rows:
        o, d = out.get(r.customer_code, (0, 0))
        out[r.customer_code] = (o + r.total, d + r.total - r.buckets[0])
    return out


def _days_late(weighted: int, amount: int) -> Decimal | None:
    return Decimal(weighted) / amount if amount else None


@without_gc_pauses
def customer_risks(ledger: Ledger, as_of: date, codes: set[str] | None = None) -> list[CustomerRisk]:
    """Risk tier (with its reasons) and early-warning flags for every customer with something open on as_of
    (or only those of codes). Each warning comes from its own input: payments in the last 90 days later than
    in the 9 months before; credit use now against 90 days ago; promises broken in the last 30 days; outgoing
    attempts since a person was last reached; disputes opened in the last 30 days."""
    open_by = _open_by_customer(ledger, as_of)
    open_before = _open_by_customer(ledger, as_of - timedelta(days=WARNING_WINDOW_DAYS))
    year = rows.customer_behaviour(ledger.conn, as_of - timedelta(days=365))
    recent = rows.customer_behaviour(ledger.conn, as_of - timedelta(days=WARNING_WINDOW_DAYS))
    evals, _ = promises.promise_statuses(ledger, as_of)
    broken: Counter[int] = Counter()  # by customer id
    broken_recent: Counter[int] = Counter()
    for ev in evals:
        if ev.status in (PromiseStatus.BROKEN, PromiseStatus.PARTLY_KEPT):
            broken[ev.promise.customer_id] += 1
            if ev.deadline >= as_of - timedelta(days=BROKEN_RECENT_DAYS):
                broken_recent[ev.promise.customer_id] += 1
    reached = case_rows.last_reached(ledger.conn, as_of)
    attempts = case_rows.outbound_attempts_since_reached(ledger.conn, as_of)
    disputes_recent = Counter(d.invoice_id for d in rows.disputes(ledger.conn)
                              if as_of - timedelta(days=NEW_DISPUTE_DAYS) <= d.opened_on <= as_of)
    dispute_customers: Counter[int] = Counter()
    disputed_invoices = invoice_rows.by_ids(ledger.conn, disputes_recent)
    for iid, n in disputes_recent.items():
        dispute_customers[disputed_invoices[iid].customer_id] += n
    out = []
    for c in customer_rows.all_customers(ledger.conn):
        if c.code not in open_by or (codes is not None and c.code not in codes):
            continue
        open_amt, overdue = open_by[c.code]
        w, amt = year.get(c.id, (0, 0))
        rw, ramt = recent.get(c.id, (0, 0))
        avg_late = _days_late(w, amt)
        assessment = kpi.assess_risk(kpi.RiskFactors(avg_late, broken[c.id], overdue, open_amt, c.credit_limit))
        use_before = (kpi.RiskFactors(None, 0, 0, open_before.get(c.code, (0, 0))[0], c.credit_limit).credit_use
                      if c.credit_limit else None)
        last = reached.get(c.id)
        warnings = kpi.early_warnings(kpi.EarlyWarningInputs(
            recent_days_late=_days_late(rw, ramt), earlier_days_late=_days_late(w - rw, amt - ramt),
            credit_use_now=kpi.RiskFactors(None, 0, overdue, open_amt, c.credit_limit).credit_use,
            credit_use_before=use_before,
            broken_promises_recent=broken_recent[c.id],
            days_since_reached=(as_of - date.fromisoformat(last[:10])).days if last else None,
            attempts_since_reached=attempts.get(c.id, 0),
            new_disputes=dispute_customers[c.id]))
        out.append(CustomerRisk(c, assessment, warnings))
    return out


def payment_record(ledger: Ledger, customer: Customer | str, as_of: date, *,
                   evaluated: Sequence[PromiseEvaluation] | None = None) -> kpi.PaymentRecord:
    """One customer's (as read already, or its code) promise-kept rate (kept / evaluated, all time up to as_of)
    and amount-weighted average days late over the invoices it paid in the last 12 months. ``evaluated``: its
    promises evaluated on as_of when the caller has them already."""
    customer = ledger.customer_of(customer)
    evals = evaluated if evaluated is not None else promises.promise_statuses(ledger, as_of, customer=customer)[0]
    counts = count_outcomes(evals)
    w, amt = rows.customer_behaviour(ledger.conn, as_of - timedelta(days=365)).get(customer.id, (0, 0))
    days = None if not amt else (Decimal(w) / amt).quantize(kpi.PLACES, rounding=ROUND_HALF_UP)
    return kpi.PaymentRecord(counts.kept, counts.evaluated, counts.broken + counts.partly_kept, days)


def kpis_to_json(start: date, end: date, figures: list[CurrencyKpis], risks: list[CustomerRisk]) -> dict[str, Any]:
    def num(v: Decimal | None) -> str | None:
        return None if v is None else str(v)

    tiers = Counter(r.assessment.tier.value for r in risks)
    return {
        "from": start.isoformat(), "to": end.isoformat(),
        "definitions": {key: str(text) for key, text in DEFINITIONS.items()},
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
        "tiers": [{"customer": r.customer.code, "tier": r.assessment.tier.value, "score": r.assessment.score,
                   "reasons": [str(m) for m in r.assessment.reasons]} for r in risks],
        "warnings": [{"customer": r.customer.code, "name": r.customer.name, "tier": r.assessment.tier.value,
                      "code": w.code, "message": str(w.message), "params": dict(w.params)}
                     for r in risks for w in r.warnings],
    }


@without_gc_pauses
def refresh_risk_tiers(ledger: Ledger, as_of: date) -> Counter[str]:
    """Assess every customer with something open and store the tier (others are cleared); returns counts."""
    risks = customer_risks(ledger, as_of)
    tiers: dict[int, str | None] = {c.id: None for c in customer_rows.all_customers(ledger.conn)}
    tiers.update({r.customer.id: r.assessment.tier.value for r in risks})
    with ledger.database.atomic() as conn:
        customer_rows.set_risk_tiers(conn, tiers)
        risk_rows.replace_all(
            conn, as_of,
            [(r.customer.id, r.assessment.tier.value, r.assessment.score, r.assessment.reasons) for r in risks],
            [(r.customer.id, w.code, str(w.message), dict(w.params)) for r in risks for w in r.warnings])
    return Counter(r.assessment.tier.value for r in risks)


@dataclass(frozen=True, slots=True)
class NewWarning:
    customer_code: str
    customer_name: str
    code: str
    message: Message
    first_seen: date


def new_warnings(ledger: Ledger, as_of: date, days: int = 7, limit: int = 50) -> list[NewWarning]:
    """Warnings the last refreshes raised for the first time in the last days (newest first)."""
    out = []
    for w in risk_rows.warnings_since(ledger.conn, as_of - timedelta(days=days), limit):
        c = ledger.customer_by_id(w.customer_id)
        out.append(NewWarning(c.code, c.name, w.code, kpi.warning_message(w.code, w.params), w.first_seen))
    return out


@dataclass(frozen=True, slots=True)
class StoredRisk:
    tier: str | None
    reasons: tuple[Message, ...]
    warnings: tuple[tuple[str, Message], ...]  # (code, sentence)
    assessed_on: date | None


def stored_risk(ledger: Ledger, customer: Customer | str) -> StoredRisk:
    """The tier, its reasons and the flags the last refresh stored for one customer (no recomputation); the
    customer as read already, or its code."""
    c = ledger.customer_of(customer)
    a = risk_rows.assessment_for(ledger.conn, c.id)
    return StoredRisk(a.tier if a else None, a.reasons if a else (), stored_warnings(ledger, c),
                      a.assessed_on if a else None)


def stored_warnings(ledger: Ledger, customer: Customer) -> tuple[tuple[str, Message], ...]:
    """The flags the last refresh stored for one customer: (code, sentence made from the stored figures)."""
    return tuple((w.code, kpi.warning_message(w.code, w.params))
                 for w in risk_rows.warnings_for(ledger.conn, customer.id))
