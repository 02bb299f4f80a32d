"""Late-payment interest and fixed compensation, by jurisdiction rule pack.

Rule packs (see docs COLLECTIONS.md section 5):

* ``uk`` -- Late Payment of Commercial Debts (Interest) Act 1998, B2B: Bank of England base rate in force
  on 31 December (interest starting 1 Jan-30 Jun) or 30 June (starting 1 Jul-31 Dec) + 8%, fixed for the
  debt; compensation GBP 40 / 70 / 100 on the invoice amount (< 1,000 / < 10,000 / >= 10,000).
* ``eu`` -- Directive 2011/7/EU, B2B: ECB main refinancing rate on the first day of the half-year in which
  interest starts + 8 points, fixed for the debt; EUR 40 per invoice.
* ``de`` -- BGB §288: Basiszinssatz + 9 points B2B (§288(2)) or + 5 points for consumers (§288(1)); the
  Basiszinssatz resets on 1 January and 1 July, so a period spanning a reset is split; EUR 40 per invoice
  B2B only (§288(5)).
* ``cn`` -- the contractual late-payment rate if the customer has one, otherwise none; plus the
  contractual fee if one is set.
* ``contract`` -- the customer's ``contract_rate_bp`` and/or ``contract_fee``.
* ``none`` -- nothing.

How interest is computed: simple interest, per day, 365-day year (also in leap years), on the invoice's
undisputed open amount, for each day from the day after the due date up to and including ``as_of``
(so days = as_of - due_date). A settlement (payment, credit note, write-off) dated D still bears interest
on day D and reduces the open amount from D + 1, so a payment in full on D gives D - due_date days. A
settlement never erases interest already accrued: it only lowers the amount that accrues afterwards.

Disputes (arledger.domain.model.Dispute) take their amount (or the whole open amount when the dispute
has no amount) out of the interest base from ``opened_on`` up to the day before ``resolved_on``. That
never over-claims; if the dispute is decided for the creditor the lost days are not reclaimed here.

Rounding: each segment's interest is kept as an exact Decimal of minor units; the segments are summed
and the sum is rounded half-up to whole minor units once per invoice. Segment figures printed on their
own may therefore differ from the total by a minor unit.

Compensation is returned as Money in the pack's own currency (GBP for uk, EUR for eu/de, the customer's
currency for a contractual fee), which may differ from the invoice currency; callers keep totals per
currency (arledger.domain.money.totals_by_currency).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from arledger.domain.bounds import add_days
from arledger.domain.errors import UserError
from arledger.domain.model import Customer, CustomerKind, Dispute, Invoice, Jurisdiction
from arledger.domain.money import Money, format_amount, round_minor, to_decimal
from arledger.domain.rates import (
    BOE_BASE_RATE,
    DE_BASISZINS,
    ECB_MRO,
    RateTable,
    format_percent,
    half_year_start,
    next_half_year_start,
)

UK = "uk"
EU = "eu"
DE = "de"
CN = "cn"
CONTRACT = "contract"
NONE = "none"
RULES: tuple[str, ...] = (UK, EU, DE, CN, CONTRACT, NONE)

DAYS_IN_YEAR = Decimal(365)
UK_MARGIN = Decimal(8)
EU_MARGIN = Decimal(8)
DE_MARGIN_B2B = Decimal(9)
DE_MARGIN_CONSUMER = Decimal(5)
EU_COMPENSATION = Money("EUR", 4000)
# (invoice amount below this many GBP pence, compensation in pence); the last tier has no upper bound.
UK_COMPENSATION_TIERS: tuple[tuple[int | None, int], ...] = (
    (100_000, 4000),
    (1_000_000, 7000),
    (None, 10_000),
)


@dataclass(frozen=True, slots=True)
class InterestSegment:
    """A run of days with one open amount and one rate.

    ``start`` and ``end`` are the first and last interest days, both included; ``interest`` is the exact
    (unrounded) interest in minor units of the invoice currency.
    """

    start: date
    end: date
    days: int
    open_amount: int
    annual_rate: Decimal
    rate_source: str
    interest: Decimal


@dataclass(frozen=True, slots=True)
class InterestResult:
    """Interest and compensation for one invoice as of a date, with the basis a letter can print."""

    rule: str
    invoice_number: str
    currency: str
    as_of: date
    segments: tuple[InterestSegment, ...]
    total_interest: int
    compensation: Money | None
    basis: str
    stale_rate: bool = False
    stale_message: str = ""

    @property
    def interest_money(self) -> Money:
        return Money(self.currency, self.total_interest)

    @property
    def days(self) -> int:
        return sum(s.days for s in self.segments)


@dataclass(frozen=True, slots=True)
class _Span:
    """Days [start, stop) with one interest base (undisputed open amount, minor units)."""

    start: date
    stop: date
    base: int


@dataclass(frozen=True, slots=True)
class _Rate:
    annual: Decimal
    source: str


def select_interest_rule(customer: Customer) -> str:
    """The rule pack that applies to a customer by default.

    uk and eu statutory interest is for business debtors only, so an individual there falls back to the
    contract (if a contractual rate or fee is set) or none; de covers consumers at + 5 points; us and
    generic customers get the contract if one is set, otherwise none.
    """
    has_contract = customer.contract_rate_bp is not None or customer.contract_fee is not None
    fallback = CONTRACT if has_contract else NONE
    jurisdiction = customer.jurisdiction
    if jurisdiction == Jurisdiction.DE:
        return DE
    if jurisdiction == Jurisdiction.CN:
        return CN
    if jurisdiction in (Jurisdiction.UK, Jurisdiction.EU):
        return fallback if customer.kind == CustomerKind.INDIVIDUAL else str(jurisdiction)
    return fallback


def compute_interest(
    invoice: Invoice,
    customer: Customer,
    as_of: date,
    rates: Mapping[str, RateTable],
    *,
    settlements: Iterable[tuple[date, int]] = (),
    disputes: Sequence[Dispute] = (),
    rule: str | None = None,
    debt_in_gbp: int | None = None,
) -> InterestResult:
    """Interest accrued on one invoice up to and including ``as_of``, plus its fixed compensation.

    ``settlements`` are (date, amount in invoice minor units) that reduced the open amount: the
    invoice's payment allocations, credit notes and write-offs. Those dated after ``as_of`` are ignored.
    ``rates`` maps table names (arledger.domain.rates.BOE_BASE_RATE ...) to tables; only the table the
    rule needs must be present. ``rule`` overrides :func:`select_interest_rule`. ``debt_in_gbp`` is the
    invoice amount converted to pence, used for the UK compensation tier when the invoice is not in GBP.
    """
    chosen = rule or select_interest_rule(customer)
    if chosen not in RULES:
        raise UserError(f"'{chosen}' is not an interest rule; use one of {', '.join(RULES)}.")
    consumer = customer.kind == CustomerKind.INDIVIDUAL
    first_day = add_days(invoice.due_date, 1)
    dated = sorted((d, amount) for d, amount in settlements if d <= as_of)
    spans = _spans(invoice, first_day, as_of, dated, disputes, split_half_years=chosen == DE)
    late = any(s.base > 0 for s in spans)

    stale: list[str] = []
    rate_for = _rate_function(chosen, customer, first_day, rates, stale, consumer)
    segments = _segments(spans, rate_for) if rate_for else ()
    total = round_minor(sum((s.interest for s in segments), Decimal(0)))
    compensation, tier_note = (
        _compensation(chosen, invoice, customer, consumer, debt_in_gbp) if late else (None, "")
    )
    basis = _basis(chosen, invoice, as_of, first_day, segments, compensation, tier_note, consumer, late,
                   customer)
    return InterestResult(
        rule=chosen,
        invoice_number=invoice.number,
        currency=invoice.currency,
        as_of=as_of,
        segments=segments,
        total_interest=total,
        compensation=compensation,
        basis=basis,
        stale_rate=bool(stale),
        stale_message=" ".join(dict.fromkeys(stale)),
    )


def total_interest_by_currency(results: Iterable[InterestResult]) -> dict[str, Money]:
    """Interest of several invoices summed per currency."""
    out: dict[str, Money] = {}
    for r in results:
        out[r.currency] = out.get(r.currency, Money.zero(r.currency)) + r.interest_money
    return out


def total_compensation_by_currency(results: Iterable[InterestResult]) -> dict[str, Money]:
    """Fixed compensation of several invoices summed per (pack) currency."""
    out: dict[str, Money] = {}
    for r in results:
        if r.compensation is not None:
            c = r.compensation
            out[c.currency] = out.get(c.currency, Money.zero(c.currency)) + c
    return out


def uk_reference_date(first_interest_day: date) -> date:
    """31 Dec before a first interest day in Jan-Jun, 30 Jun for one in Jul-Dec (the 1998 Act's rule)."""
    if first_interest_day.month <= 6:
        return date(first_interest_day.year - 1, 12, 31)
    return date(first_interest_day.year, 6, 30)


def uk_compensation(amount_pence: int) -> Money:
    """GBP 40 below GBP 1,000, GBP 70 below GBP 10,000, GBP 100 from GBP 10,000 (s. 5A of the 1998 Act)."""
    for limit, pence in UK_COMPENSATION_TIERS:
        if limit is None or amount_pence < limit:
            return Money("GBP", pence)
    raise AssertionError("the last UK tier has no limit")


def _spans(invoice: Invoice, first_day: date, as_of: date, settlements: list[tuple[date, int]],
           disputes: Sequence[Dispute], *, split_half_years: bool) -> list[_Span]:
    if as_of < first_day:
        return []
    stop = as_of + timedelta(days=1)
    cuts = {first_day, stop}
    cuts.update(d + timedelta(days=1) for d, _ in settlements)
    for dispute in disputes:
        cuts.add(dispute.opened_on)
        if dispute.resolved_on is not None:
            cuts.add(dispute.resolved_on)
    if split_half_years:
        reset = next_half_year_start(first_day)
        while reset < stop:
            cuts.add(reset)
            reset = next_half_year_start(reset)
    ordered = sorted(c for c in cuts if first_day <= c <= stop)
    spans: list[_Span] = []
    for start, end in pairwise(ordered):
        spans.append(_Span(start, end, _base_on(start, invoice.amount, settlements, disputes)))
    return spans


def _base_on(day: date, amount: int, settlements: list[tuple[date, int]], disputes: Sequence[Dispute]) -> int:
    open_amount = max(0, amount - sum(a for d, a in settlements if d < day))
    disputed = 0
    for dispute in disputes:
        if dispute.opened_on <= day and (dispute.resolved_on is None or day < dispute.resolved_on):
            disputed += open_amount if dispute.amount is None else dispute.amount
    return max(0, open_amount - disputed)


def _rate_function(rule: str, customer: Customer, first_day: date, rates: Mapping[str, RateTable],
                   stale: list[str], consumer: bool) -> Callable[[date], _Rate] | None:
    def lookup(table_name: str, day: date, margin: Decimal) -> _Rate:
        table = _table(rates, table_name)
        found = table.rate_on(day)
        if found.stale:
            stale.append(table.stale_message(day))
        source = (f"{table.display_label} {format_percent(found.rate)} ({found.effective.isoformat()}) "
                  f"+ {margin:f}")
        return _Rate(found.rate + margin, source)

    if rule == UK:
        fixed = lookup(BOE_BASE_RATE, uk_reference_date(first_day), UK_MARGIN)
        return lambda _day: fixed
    if rule == EU:
        fixed = lookup(ECB_MRO, half_year_start(first_day), EU_MARGIN)
        return lambda _day: fixed
    if rule == DE:
        margin = DE_MARGIN_CONSUMER if consumer else DE_MARGIN_B2B
        return lambda day: lookup(DE_BASISZINS, day, margin)
    if rule in (CN, CONTRACT) and customer.contract_rate_bp is not None:
        annual = Decimal(customer.contract_rate_bp) / 100
        contract = _Rate(annual, f"contract rate {format_percent(annual)}")
        return lambda _day: contract
    return None


def _table(rates: Mapping[str, RateTable], name: str) -> RateTable:
    try:
        return rates[name]
    except KeyError:
        raise UserError(
            f"The rate table '{name}' is not loaded; it is needed for this interest rule."
        ) from None


def _segments(spans: list[_Span], rate_for: Callable[[date], _Rate]) -> tuple[InterestSegment, ...]:
    merged: list[tuple[date, date, int, _Rate]] = []
    for span in spans:
        if span.base <= 0:
            continue
        rate = rate_for(span.start)
        if merged and merged[-1][1] == span.start and merged[-1][2] == span.base and merged[-1][3] == rate:
            merged[-1] = (merged[-1][0], span.stop, span.base, rate)
        else:
            merged.append((span.start, span.stop, span.base, rate))
    out = []
    for start, stop, base, rate in merged:
        days = (stop - start).days
        interest = Decimal(base) * rate.annual / 100 * days / DAYS_IN_YEAR
        out.append(InterestSegment(start, stop - timedelta(days=1), days, base, rate.annual, rate.source,
                                   interest))
    return tuple(out)


def _compensation(rule: str, invoice: Invoice, customer: Customer, consumer: bool,
                  debt_in_gbp: int | None) -> tuple[Money | None, str]:
    if rule == UK:
        if invoice.currency == "GBP":
            return uk_compensation(invoice.amount), ""
        if debt_in_gbp is not None:
            shown = format_amount(debt_in_gbp, "GBP")
            return uk_compensation(debt_in_gbp), f" (tier on the invoice amount of GBP {shown})"
        # Without a converted amount the face value is read as GBP, which is the best the domain can do.
        face = int(to_decimal(invoice.amount, invoice.currency).scaleb(2).to_integral_value())
        return uk_compensation(face), (
            f" (tier read from the {invoice.currency} face amount; compensation is expressed in GBP)"
        )
    if rule == EU or (rule == DE and not consumer):
        return EU_COMPENSATION, ""
    if rule in (CN, CONTRACT) and customer.contract_fee:
        return Money(customer.currency, customer.contract_fee), ""
    return None, ""


def _basis(rule: str, invoice: Invoice, as_of: date, first_day: date, segments: tuple[InterestSegment, ...],
           compensation: Money | None, tier_note: str, consumer: bool, late: bool, customer: Customer) -> str:
    if not late:
        if as_of < first_day:
            return f"Invoice {invoice.number} is not overdue on {as_of.isoformat()}, so nothing has accrued."
        return (f"Invoice {invoice.number} has no undisputed open amount after its due date, "
                "so nothing is claimed.")
    how = f"simple interest per day on a 365-day year from {first_day.isoformat()}"
    comp = f"{compensation.currency} {compensation.amount_text()}" if compensation else ""
    if rule == UK:
        s = segments[0]
        ref = uk_reference_date(first_day)
        return (f"Statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at "
                f"{format_percent(s.annual_rate)} a year ({s.rate_source}, the rate in force on "
                f"{ref.isoformat()}), {how}, plus fixed compensation of {comp} under section 5A{tier_note}.")
    if rule == EU:
        s = segments[0]
        return (f"Late-payment interest under Directive 2011/7/EU at {format_percent(s.annual_rate)} a year "
                f"({s.rate_source}, the rate on {half_year_start(first_day).isoformat()}), {how}, plus "
                f"{comp} compensation for recovery costs under Article 6.")
    if rule == DE:
        para, margin = ("§288(1)", DE_MARGIN_CONSUMER) if consumer else ("§288(2)", DE_MARGIN_B2B)
        rates = "; ".join(
            f"{format_percent(s.annual_rate - margin)} + {margin} = {format_percent(s.annual_rate)} "
            f"from {s.start.isoformat()}"
            for s in _first_per_rate(segments)
        )
        tail = "" if consumer else f", plus the {comp} lump sum under BGB §288(5)"
        return (f"Default interest under BGB {para} at the Basiszinssatz + {margin} points ({rates}), {how}, "
                f"split where the Basiszinssatz changed{tail}.")
    if rule in (CN, CONTRACT):
        law = " (PRC Civil Code, Art. 585)" if rule == CN else ""
        fee = f" plus the contractual fee of {comp}" if compensation else ""
        if customer.contract_rate_bp is None:
            if compensation:
                return (f"No contractual interest rate is agreed; the contractual fee of {comp} "
                        f"is claimed{law}.")
            return "No contractual late-payment interest or fee is agreed, so nothing is claimed."
        rate = format_percent(Decimal(customer.contract_rate_bp) / 100)
        joiner = "," if fee else ""
        return f"Late-payment interest at the contractual rate of {rate} a year{law}, {how}{joiner}{fee}."
    return "No late-payment interest or compensation is claimed for this invoice."


def _first_per_rate(segments: tuple[InterestSegment, ...]) -> list[InterestSegment]:
    out: list[InterestSegment] = []
    for s in segments:
        if not out or out[-1].annual_rate != s.annual_rate:
            out.append(s)
    return out
