"""The interest report screen: interest and compensation per invoice with totals per currency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from arledger.domain.messages import Message, msg, sentences
from arledger.services import interest_claims
from arledger.services.ledger import Ledger
from arledger.services.paging import _today


@dataclass(frozen=True, slots=True)
class InterestRow:
    customer_code: str
    customer_name: str
    invoice_number: str
    currency: str
    due_date: date
    days: int
    open_amount: int
    rates: str  # "12.75%", or "11.27% → 10.27%" when the rate changed (English; screens write rate_steps)
    interest: int
    compensation: int
    compensation_currency: str
    rule: str
    basis: Message
    warning: Message | None  # time-barred, or a rate assumed past the end of its table
    rate_steps: tuple[tuple[Decimal, bool], ...] = ()  # each annual rate in turn, and whether it was assumed


@dataclass(frozen=True, slots=True)
class InterestTotal:
    currency: str
    interest: int
    compensation: int


@dataclass(frozen=True, slots=True)
class InterestReport:
    as_of: date
    rows: tuple[InterestRow, ...]
    totals: tuple[InterestTotal, ...]


def interest_report(ledger: Ledger, as_of: date | None = None, code: str | None = None) -> InterestReport:
    """The interest and compensation report (interest_claims.interest_lines) with totals per currency.

    Figures are what is claimable (after waivers; a time-barred invoice is listed with 0 and a warning and left
    out of the totals); a rate assumed past the end of its table carries a "*" and the owner's warning.
    Invoices paid late whose interest or compensation is still owed are listed with an open amount of 0.
    """

    day = _today(as_of)
    lines = interest_claims.interest_lines(ledger, day, code or None)
    totals: dict[str, list[int]] = {}
    rows = []
    for ln in lines:
        r = ln.result
        comp = ln.claimable_compensation
        cur = ln.invoice.currency
        if not ln.time_barred:
            totals.setdefault(cur, [0, 0])[0] += ln.claimable_interest
            if comp:
                totals.setdefault(comp.currency, [0, 0])[1] += comp.minor
        steps = tuple(dict.fromkeys((s.annual_rate, s.rate_after_table_end) for s in r.segments))
        rates = " → ".join(f"{rate}%{'*' if assumed else ''}" for rate, assumed in steps)
        warnings = [r.stale_warning] if r.stale_warning else []
        if ln.time_barred and ln.limitation_status is not None:
            warnings.insert(0, msg("interest.time_barred", "Time-barred since {date}: listed, not claimed.",
                                   date=ln.limitation_status.limitation_date))
        comp_cur = r.compensation.currency if r.compensation else cur
        rows.append(InterestRow(ln.customer.code, ln.customer.name, ln.invoice.number, cur, ln.invoice.due_date,
                                r.days, ln.open_amount, rates, ln.claimable_interest, comp.minor if comp else 0,
                                comp_cur, r.rule, r.basis_message,
                                sentences(warnings) if warnings else None, steps))
    return InterestReport(day, tuple(rows), tuple(InterestTotal(c, v[0], v[1]) for c, v in sorted(totals.items())))
