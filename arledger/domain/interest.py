"""Late-payment interest and fixed compensation, by jurisdiction rule pack.

Rule packs (see docs COLLECTIONS.md section 5):

* ``uk`` -- Late Payment of Commercial Debts (Interest) Act 1998, B2B (companies and sole traders): Bank
  of England base rate in force on 31 December (interest starting 1 Jan-30 Jun) or 30 June (starting
  1 Jul-31 Dec) + 8%, fixed for the debt; compensation GBP 40 / 70 / 100 on the invoice amount
  (< 1,000 / < 10,000 / >= 10,000).
* ``eu`` -- Directive 2011/7/EU, B2B: ECB main refinancing rate in force on 1 January (for January-June)
  or 1 July (for July-December) + 8 points, so a period spanning a half-year boundary is split;
  EUR 40 per invoice.
* ``de`` -- BGB §288: Basiszinssatz + 9 points B2B (§288(2)) or + 5 points for consumers (§288(1)); the
  Basiszinssatz resets on 1 January and 1 July, so a period spanning a reset is split; EUR 40 per invoice
  B2B only (§288(5)). A sole trader is a business (Unternehmer).
* ``cn`` -- the contractual late-payment rate if one is agreed; otherwise, if the customer carries an LPR
  factor, the 1-year Loan Prime Rate in force on the first interest day times that factor, fixed for the
  debt; otherwise none. Plus the contractual fee if one is set.
* ``contract`` -- the contractual rate and/or fee.
* ``none`` -- nothing.

Contract terms sit on the customer (``contract_rate_bp``, ``contract_fee``) and may be overridden per
invoice (the invoice's own terms win, field by field).

How interest is computed: simple interest, per day, 365-day year (also in leap years), on the invoice's
undisputed open amount, for each day from the day after the due date up to and including ``as_of``
(so days = as_of - due_date). Under the de pack interest starts only once the debtor is in default (BGB § 286,
arledger.domain.verzug): the day after an agreed payment date, the day after a reminder's receipt, or the 31st day
after the due date or the invoice's recorded receipt, whichever is later (for a consumer only with the notice on the
invoice), whichever comes first.
A settlement (payment, credit note, write-off) dated D still bears interest on day D and reduces the open amount
from D + 1, so a payment in full on D gives D - due_date days.

Payments go to principal first (:data:`ALLOCATION_RULE`): a settlement never erases interest or
compensation already accrued, which stay claimable as their own lines after the invoice is paid in full,
until waived (:class:`arledger.domain.model.InterestWaiver`) or paid.

Disputes (arledger.domain.model.Dispute): a disputed part bears no interest from the first interest day
(not from the day the dispute was logged) while the dispute is open on ``as_of`` or was upheld; a dispute
rejected by ``as_of`` takes nothing out (the creditor was right all along); a dispute resolved without a
recorded outcome takes its part out from the first interest day up to the day before it was resolved.

Rounding: each period's interest is rounded half-up to whole minor units; the invoice's interest is the
sum of its rounded period figures, so a reader can recompute every printed line and the total.

Compensation is returned as Money in the pack's own currency (GBP for uk, EUR for eu/de, the customer's
currency for a customer's contractual fee, the invoice's for an invoice's own fee), which may differ
from the invoice currency; callers keep totals per currency (arledger.domain.money.totals_by_currency).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from arledger.domain.bounds import add_days
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, Percent, distinct, msg, plural_msg, sentences
from arledger.domain.model import (
    DISPUTE_REJECTED,
    DISPUTE_UPHELD,
    Customer,
    CustomerKind,
    Dispute,
    InterestWaiver,
    Invoice,
    Jurisdiction,
)
from arledger.domain.money import Money, amount_value, round_minor, to_decimal
from arledger.domain.rates import (
    BOE_BASE_RATE,
    CN_LPR_1Y,
    DE_BASISZINS,
    ECB_MRO,
    RateTable,
    half_year_start,
    next_half_year_start,
)
from arledger.domain.verzug import (
    AGREED,
    DELIVERED,
    DUE_DATE,
    EMAILED,
    INVOICE_RECEIVED,
    NOT_IN_DEFAULT,
    POST_RECEIPT_DAYS,
    REMINDER,
    DefaultStart,
    Reminder,
    default_start,
)

UK = "uk"
EU = "eu"
DE = "de"
CN = "cn"
CONTRACT = "contract"
NONE = "none"
RULES: tuple[str, ...] = (UK, EU, DE, CN, CONTRACT, NONE)
# The rule packs as a person names them (reports; letters cite the law itself).
RULE_NAMES: dict[str, Message] = {
    UK: msg("interest.rule.uk", "UK Late Payment Act"),
    EU: msg("interest.rule.eu", "EU Directive"),
    DE: msg("interest.rule.de", "BGB §288"),
    CN: msg("interest.rule.cn", "China (LPR)"),
    CONTRACT: msg("interest.rule.contract", "Contract rate"),
    NONE: msg("interest.rule.none", "No interest"),
}

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


# How a payment is applied between principal, interest and compensation (stated on letters).
ALLOCATION_RULE = "principal_first"
ALLOCATION_RULE_MESSAGE = msg("interest.allocation_rule", "Payments are applied to the principal first; interest and "
                              "compensation accrued on an invoice remain due until they are paid or waived.")
ALLOCATION_RULE_TEXT = str(ALLOCATION_RULE_MESSAGE)
ROUNDING_MESSAGE = msg("interest.rounding", "Each period's interest is rounded half-up to the cent; an invoice's "
                       "interest is the sum of its periods.")


@dataclass(frozen=True, slots=True)
class InterestPeriod:
    """A run of days with one open amount and one annual rate: one printable line under an invoice.

    ``start`` and ``end`` are the first and last interest days, both included. ``interest`` is the
    period's interest rounded half-up to minor units of the invoice currency (``exact_interest`` the
    unrounded figure). A statutory rate is ``reference_rate + margin``: the reference rate from ``table``
    in force on ``reference_date`` (it took effect on ``rate_effective``); ``rate_after_table_end`` says
    that ``reference_date`` is later than the table is known to be complete (its last entry is
    ``table_last_date``), so the last rate was assumed. A contractual rate has no table.
    """

    start: date
    end: date
    days: int
    open_amount: int
    annual_rate: Decimal
    source: Message  # where the rate came from: "BoE base 5.25% (2023-08-03) + 8", in the reader's language
    interest: int
    exact_interest: Decimal = Decimal(0)
    reference_rate: Decimal | None = None
    margin: Decimal | None = None
    table: str = ""
    table_label: str = ""
    reference_date: date | None = None
    rate_effective: date | None = None
    rate_after_table_end: bool = False
    table_last_date: date | None = None
    factor: Decimal | None = None

    @property
    def rate_source(self) -> str:
        """Where the rate came from, in English (exports and JSON); screens and letters render :attr:`source`."""
        return str(self.source)


InterestSegment = InterestPeriod  # the earlier name


@dataclass(frozen=True, slots=True)
class InterestResult:
    """Interest and compensation for one invoice as of a date, with the basis a letter can print.

    ``total_interest`` is the interest accrued (the sum of the periods' rounded figures);
    ``interest_waived`` and ``compensation_waived`` are what waivers dated up to ``as_of`` took off;
    :attr:`claimable_interest` and :attr:`claimable_compensation` are what is still claimed.
    """

    rule: str
    invoice_number: str
    currency: str
    as_of: date
    segments: tuple[InterestPeriod, ...]
    total_interest: int
    compensation: Money | None
    basis_message: Message
    stale_rate: bool = False
    stale_notes: tuple[Message, ...] = ()  # why a rate was assumed (the table ended), one sentence each
    interest_waived: int = 0
    compensation_waived: int = 0
    allocation_rule: str = ALLOCATION_RULE
    default: DefaultStart | None = None  # de: why and since when the debtor is in default

    @property
    def periods(self) -> tuple[InterestPeriod, ...]:
        return self.segments

    @property
    def basis(self) -> str:
        """The basis in English (letters, exports and JSON); screens render :attr:`basis_message`."""
        return str(self.basis_message)

    @property
    def stale_warning(self) -> Message | None:
        """The stale-rate sentences as one message, None when no rate was assumed."""
        return sentences(self.stale_notes) if self.stale_notes else None

    @property
    def stale_message(self) -> Message | None:
        """The stale-rate warning (None when no rate was assumed); the same as :attr:`stale_warning`."""
        return self.stale_warning

    @property
    def interest_money(self) -> Money:
        return Money(self.currency, self.total_interest)

    @property
    def claimable_interest(self) -> int:
        return self.total_interest - self.interest_waived

    @property
    def claimable_compensation(self) -> Money | None:
        if self.compensation is None:
            return None
        return Money(self.compensation.currency, self.compensation.minor - self.compensation_waived)

    @property
    def rate_after_table_end(self) -> bool:
        return any(p.rate_after_table_end for p in self.segments)

    @property
    def table_last_dates(self) -> dict[str, date]:
        """Per rate table used past its end, its last entry's date."""
        return {p.table: p.table_last_date for p in self.segments
                if p.rate_after_table_end and p.table_last_date is not None}

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
    source: Message
    reference_rate: Decimal | None = None
    margin: Decimal | None = None
    table: str = ""
    table_label: str = ""
    reference_date: date | None = None
    effective: date | None = None
    after_end: bool = False
    last_date: date | None = None
    factor: Decimal | None = None


@dataclass(frozen=True, slots=True)
class _Exclusion:
    """Days [start, stop) on which ``amount`` (None: the whole open amount) bears no interest."""

    start: date
    stop: date
    amount: int | None


def contract_terms(customer: Customer, invoice: Invoice | None = None) -> tuple[int | None, int | None]:
    """The contractual (rate in basis points, fee in minor units) for an invoice: its own, else the customer's."""
    rate = customer.contract_rate_bp
    fee = customer.contract_fee
    if invoice is not None:
        rate = invoice.contract_rate_bp if invoice.contract_rate_bp is not None else rate
        fee = invoice.contract_fee if invoice.contract_fee is not None else fee
    return rate, fee


def is_consumer(customer: Customer) -> bool:
    """Whether consumer rules apply: individuals only (a sole trader is a business for interest)."""
    return customer.kind == CustomerKind.INDIVIDUAL


def select_interest_rule(customer: Customer, invoice: Invoice | None = None) -> str:
    """The rule pack that applies to a customer (and one of its invoices) by default.

    uk and eu statutory interest is for business debtors only (companies and sole traders), so an
    individual there falls back to the contract (if a contractual rate or fee is set) or none; de covers
    consumers at + 5 points; us and generic customers get the contract if one is set, otherwise none.
    """
    rate, fee = contract_terms(customer, invoice)
    fallback = CONTRACT if rate is not None or fee is not None else NONE
    jurisdiction = customer.jurisdiction
    if jurisdiction == Jurisdiction.DE:
        return DE
    if jurisdiction == Jurisdiction.CN:
        return CN
    if jurisdiction in (Jurisdiction.UK, Jurisdiction.EU):
        return fallback if is_consumer(customer) else str(jurisdiction)
    return fallback


def adds_nothing(customer: Customer, invoice: Invoice) -> bool:
    """Whether the rule that applies adds no interest and no compensation to the invoice whatever its dates: none,
    or cn without a contractual rate, an LPR factor or a fee (cn claims only what was agreed)."""
    rule = select_interest_rule(customer, invoice)
    if rule == NONE:
        return True
    if rule != CN:
        return False
    rate, _fee = contract_terms(customer, invoice)
    fee = invoice.contract_fee if invoice.contract_fee is not None else customer.contract_fee
    return rate is None and customer.lpr_factor is None and not fee


def compute_interest(
    invoice: Invoice,
    customer: Customer,
    as_of: date,
    rates: Mapping[str, RateTable],
    *,
    settlements: Iterable[tuple[date, int]] = (),
    disputes: Sequence[Dispute] = (),
    waivers: Sequence[InterestWaiver] = (),
    rule: str | None = None,
    debt_in_gbp: int | None = None,
    reminders: Sequence[Reminder] = (),
    post_days: int = POST_RECEIPT_DAYS,
) -> InterestResult:
    """Interest accrued on one invoice up to and including ``as_of``, plus its fixed compensation.

    ``settlements`` are (date, amount in invoice minor units) that reduced the open amount: the
    invoice's payment allocations, credit notes and write-offs. Those dated after ``as_of`` are ignored,
    and so are disputes opened and waivers made after it. ``rates`` maps table names
    (arledger.domain.rates.BOE_BASE_RATE ...) to tables; only the table the rule needs must be present.
    ``rule`` overrides :func:`select_interest_rule`. ``debt_in_gbp`` is the invoice amount converted to
    pence, used for the UK compensation tier when the invoice is not in GBP. ``reminders`` are the ladder letters
    sent about the invoice: under de they may start default (arledger.domain.verzug.default_start), a letter by post
    on its receipt ``post_days`` after posting.
    """
    chosen = rule or select_interest_rule(customer, invoice)
    if chosen not in RULES:
        raise UserError(msg("interest.unknown_rule", "'{rule}' is not an interest rule; use one of {rules}.",
                            rule=chosen, rules=", ".join(RULES)))
    consumer = is_consumer(customer)
    first_day = add_days(invoice.due_date, 1)
    default = default_start(invoice, customer, reminders, consumer, as_of, post_days) if chosen == DE \
        else None
    if default is not None:
        # not in default (yet): no day bears interest, so nothing accrues and no lump sum is due
        first_day = default.first_interest_day or add_days(as_of, 1)
    dated = sorted((d, amount) for d, amount in settlements if d <= as_of)
    exclusions = _exclusions(disputes, first_day, as_of)
    spans = _spans(invoice, first_day, as_of, dated, exclusions, split_half_years=chosen in (DE, EU))
    late = any(s.base > 0 for s in spans)

    stale: list[Message] = []
    rate_for = _rate_function(chosen, customer, invoice, first_day, rates, stale, consumer)
    segments = _segments(spans, rate_for) if rate_for else ()
    total = sum(s.interest for s in segments)
    compensation, tier_note = (
        _compensation(chosen, invoice, customer, consumer, debt_in_gbp) if late else (None, None)
    )
    basis = _basis(chosen, invoice, as_of, first_day, segments, compensation, tier_note, consumer, late,
                   customer, default)
    waived = [w for w in waivers if w.on <= as_of]
    interest_waived = min(total, sum(w.interest for w in waived))
    compensation_waived = min(compensation.minor, sum(w.compensation for w in waived)) if compensation else 0
    return InterestResult(
        rule=chosen,
        invoice_number=invoice.number,
        currency=invoice.currency,
        as_of=as_of,
        segments=segments,
        total_interest=total,
        compensation=compensation,
        basis_message=basis,
        stale_rate=bool(stale),
        stale_notes=distinct(stale),  # each table's warning once
        interest_waived=interest_waived,
        compensation_waived=compensation_waived,
        default=default,
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


def _exclusions(disputes: Sequence[Dispute], first_day: date, as_of: date) -> list[_Exclusion]:
    stop = as_of + timedelta(days=1)
    out = []
    for d in disputes:
        if d.opened_on > as_of:
            continue
        resolved = d.resolved_on is not None and d.resolved_on <= as_of
        if not resolved or d.outcome == DISPUTE_UPHELD:
            out.append(_Exclusion(first_day, stop, d.amount))
        elif d.outcome != DISPUTE_REJECTED:
            assert d.resolved_on is not None
            out.append(_Exclusion(first_day, max(first_day, d.resolved_on), d.amount))
    return out


def _spans(invoice: Invoice, first_day: date, as_of: date, settlements: list[tuple[date, int]],
           exclusions: list[_Exclusion], *, split_half_years: bool) -> list[_Span]:
    if as_of < first_day:
        return []
    stop = as_of + timedelta(days=1)
    cuts = {first_day, stop}
    cuts.update(d + timedelta(days=1) for d, _ in settlements)
    cuts.update(e.stop for e in exclusions)
    if split_half_years:
        reset = next_half_year_start(first_day)
        while reset < stop:
            cuts.add(reset)
            reset = next_half_year_start(reset)
    ordered = sorted(c for c in cuts if first_day <= c <= stop)
    return [_Span(start, end, _base_on(start, invoice.amount, settlements, exclusions))
            for start, end in pairwise(ordered)]


def _base_on(day: date, amount: int, settlements: list[tuple[date, int]], exclusions: list[_Exclusion]) -> int:
    open_amount = max(0, amount - sum(a for d, a in settlements if d < day))
    disputed = sum(open_amount if e.amount is None else e.amount for e in exclusions if e.start <= day < e.stop)
    return max(0, open_amount - disputed)


def _rate_function(rule: str, customer: Customer, invoice: Invoice, first_day: date,
                   rates: Mapping[str, RateTable], stale: list[Message], consumer: bool
                   ) -> Callable[[date], _Rate] | None:
    def lookup(table_name: str, reference_day: date, margin: Decimal) -> _Rate:
        table = _table(rates, table_name)
        found = table.rate_on(reference_day)
        if found.stale:
            stale.append(table.stale_message(reference_day))
        source = msg("interest.source.statutory", "{label} {rate} ({effective}) + {margin}",
                     label=table.label_message, rate=Percent(found.rate), effective=found.effective, margin=margin)
        return _Rate(found.rate + margin, source, found.rate, margin, table.name, table.display_label,
                     reference_day, found.effective, found.stale, table.last_entry.effective)

    if rule == UK:
        fixed = lookup(BOE_BASE_RATE, uk_reference_date(first_day), UK_MARGIN)
        return lambda _day: fixed
    if rule == EU:
        return lambda day: lookup(ECB_MRO, half_year_start(day), EU_MARGIN)
    if rule == DE:
        margin = DE_MARGIN_CONSUMER if consumer else DE_MARGIN_B2B
        return lambda day: lookup(DE_BASISZINS, half_year_start(day), margin)
    rate_bp, _fee = contract_terms(customer, invoice)
    if rule in (CN, CONTRACT) and rate_bp is not None:
        annual = Decimal(rate_bp) / 100
        contract = _Rate(annual, msg("interest.source.contract", "contract rate {rate}", rate=Percent(annual)))
        return lambda _day: contract
    if rule == CN and customer.lpr_factor is not None:
        table = _table(rates, CN_LPR_1Y)
        found = table.rate_on(first_day)
        if found.stale:
            stale.append(table.stale_message(first_day))
        factor = customer.lpr_factor
        annual = (found.rate * factor).quantize(Decimal("0.0001")).normalize()
        source = msg("interest.source.lpr", "{label} {rate} ({effective}) x {factor}", label=table.label_message,
                     rate=Percent(found.rate), effective=found.effective, factor=factor)
        linked = _Rate(annual, source, found.rate, None, table.name, table.display_label, first_day, found.effective,
                       found.stale, table.last_entry.effective, factor)
        return lambda _day: linked
    return None


def _table(rates: Mapping[str, RateTable], name: str) -> RateTable:
    try:
        return rates[name]
    except KeyError:
        raise UserError(msg("interest.table_missing", "The rate table '{name}' is not loaded; it is needed for this "
                            "interest rule.", name=name)) from None


def _segments(spans: list[_Span], rate_for: Callable[[date], _Rate]) -> tuple[InterestPeriod, ...]:
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
        exact = max(Decimal(0), Decimal(base) * rate.annual / 100 * days / DAYS_IN_YEAR)
        out.append(InterestPeriod(
            start, stop - timedelta(days=1), days, base, rate.annual, rate.source, round_minor(exact), exact,
            rate.reference_rate, rate.margin, rate.table, rate.table_label, rate.reference_date, rate.effective,
            rate.after_end, rate.last_date, rate.factor))
    return tuple(out)


def _compensation(rule: str, invoice: Invoice, customer: Customer, consumer: bool,
                  debt_in_gbp: int | None) -> tuple[Money | None, Message | None]:
    if rule == UK:
        if invoice.currency == "GBP":
            return uk_compensation(invoice.amount), None
        if debt_in_gbp is not None:
            return uk_compensation(debt_in_gbp), msg("interest.basis.tier_gbp",
                                                     " (tier on the invoice amount of {amount})",
                                                     amount=amount_value(debt_in_gbp, "GBP"))
        # Without a converted amount the face value is read as GBP, which is the best the domain can do.
        face = int(to_decimal(invoice.amount, invoice.currency).scaleb(2).to_integral_value())
        return uk_compensation(face), msg("interest.basis.tier_face", " (tier read from the {currency} face amount; "
                                          "compensation is expressed in GBP)", currency=invoice.currency)
    if rule == EU or (rule == DE and not consumer):
        return EU_COMPENSATION, None
    if rule in (CN, CONTRACT):
        if invoice.contract_fee is not None:
            return (Money(invoice.currency, invoice.contract_fee), None) if invoice.contract_fee else (None, None)
        if customer.contract_fee:
            return Money(customer.currency, customer.contract_fee), None
    return None, None


def _basis(rule: str, invoice: Invoice, as_of: date, first_day: date, segments: tuple[InterestPeriod, ...],
           compensation: Money | None, tier_note: Message | None, consumer: bool, late: bool, customer: Customer,
           default: DefaultStart | None) -> Message:
    if default is not None and default.basis == NOT_IN_DEFAULT:
        return msg("interest.basis.not_in_default", "Invoice {number}: the debtor, a consumer, is not in default on "
                   "{date} (no payment date agreed by contract, no reminder received, no notice of default after 30 "
                   "days on the invoice; BGB §286), so nothing has accrued.", number=invoice.number,
                   date=as_of)
    if not late:
        if as_of < first_day:
            return msg("interest.basis.not_overdue", "Invoice {number} is not overdue on {date}, so nothing has "
                       "accrued.", number=invoice.number, date=as_of)
        return msg("interest.basis.nothing_open", "Invoice {number} has no undisputed open amount after its due "
                   "date, so nothing is claimed.", number=invoice.number)
    how = msg("interest.basis.how", "simple interest per day on a 365-day year from {date}",
              date=first_day)
    comp = compensation.as_amount() if compensation else ""
    if rule == UK:
        s = segments[0]
        return msg("interest.basis.uk", "Statutory interest under the Late Payment of Commercial Debts (Interest) Act "
                   "1998 at {rate} a year ({source}, the rate in force on {reference}), {how}, plus fixed "
                   "compensation of {compensation} under section 5A{tier}.", rate=Percent(s.annual_rate),
                   source=s.source, reference=uk_reference_date(first_day), how=how,
                   compensation=comp, tier=tier_note)
    if rule == EU:
        return msg("interest.basis.eu", "Late-payment interest under Directive 2011/7/EU at the ECB main refinancing "
                   "rate in force on the first day of each half-year + {margin} points ({rates}), {how}, split at 1 "
                   "January and 1 July, plus {compensation} compensation for recovery costs under Article 6.",
                   margin=EU_MARGIN, rates=_rates_text(segments, EU_MARGIN), how=how, compensation=comp)
    if rule == DE:
        margin = DE_MARGIN_CONSUMER if consumer else DE_MARGIN_B2B
        values: dict[str, Message | Decimal | str | None] = {
            "margin": margin, "rates": _rates_text(segments, margin), "how": how, "default": _default_text(default)}
        if consumer:
            return msg("interest.basis.de_consumer", "Default interest under BGB §288(1) at the Basiszinssatz + "
                       "{margin} points ({rates}), {how}{default}, split where the Basiszinssatz changed.", **values)
        return msg("interest.basis.de_b2b", "Default interest under BGB §288(2) at the Basiszinssatz + {margin} "
                   "points ({rates}), {how}{default}, split where the Basiszinssatz changed, plus the {compensation} "
                   "lump sum under BGB §288(5).", **values, compensation=comp)
    if rule in (CN, CONTRACT):
        law = msg("interest.basis.prc_law", " (PRC Civil Code, Art. 585)") if rule == CN else None
        rate_bp, _fee = contract_terms(customer, invoice)
        if rate_bp is None and segments and segments[0].factor is not None:
            s = segments[0]
            lpr: dict[str, Message | Percent | date | Decimal | None] = {
                "rate": Percent(s.annual_rate), "lpr": Percent(s.reference_rate or Decimal(0)), "date": first_day,
                "factor": s.factor, "law": law, "how": how}
            if compensation:
                return msg("interest.basis.lpr_fee", "Late-payment interest at {rate} a year, the one-year Loan Prime "
                           "Rate of {lpr} in force on {date} x {factor}{law}, {how}, plus the contractual fee of "
                           "{compensation}.", **lpr, compensation=comp)
            return msg("interest.basis.lpr", "Late-payment interest at {rate} a year, the one-year Loan Prime Rate of "
                       "{lpr} in force on {date} x {factor}{law}, {how}.", **lpr)
        if rate_bp is None:
            if compensation:
                return msg("interest.basis.fee_only", "No contractual interest rate is agreed; the contractual fee of "
                           "{compensation} is claimed{law}.", compensation=comp, law=law)
            return msg("interest.basis.nothing_agreed", "No contractual late-payment interest or fee is agreed, so "
                       "nothing is claimed.")
        rate = Percent(Decimal(rate_bp) / 100)
        if compensation:
            return msg("interest.basis.contract_fee", "Late-payment interest at the contractual rate of {rate} a "
                       "year{law}, {how}, plus the contractual fee of {compensation}.", rate=rate, law=law, how=how,
                       compensation=comp)
        return msg("interest.basis.contract", "Late-payment interest at the contractual rate of {rate} a year{law}, "
                   "{how}.", rate=rate, law=law, how=how)
    return msg("interest.basis.none", "No late-payment interest or compensation is claimed for this invoice.")


def _default_text(default: DefaultStart | None) -> Message | None:
    """Why interest starts when it does (BGB §286), for the basis sentence."""
    if default is None or default.in_default_on is None:
        return None
    if default.basis == AGREED:
        return msg("interest.basis.default_agreed",
                   " (in default from the day after the agreed payment date, BGB §286(2) no. 1)")
    if default.basis == REMINDER:
        reminder = default.reminder
        assert reminder is not None
        received, sent_on = default.in_default_on, reminder.sent_on
        if default.fact == DELIVERED:
            return msg("interest.basis.default_reminder_delivered", " (in default on receipt of our reminder of "
                       "{sent_on}, delivered on {date}, BGB §286(1))", date=received, sent_on=sent_on)
        if default.fact == EMAILED:
            return msg("interest.basis.default_reminder_emailed", " (in default on receipt of our reminder of "
                       "{sent_on}, sent by email on {date}, BGB §286(1))", date=received, sent_on=sent_on)
        if reminder.posted_on is None:  # no dispatch recorded: taken as posted on its date
            return plural_msg("interest.basis.default_reminder_dated", " (in default on receipt of our reminder of "
                              "{sent_on}, taken as received {n} day after its date, on {date}, BGB §286(1))",
                              " (in default on receipt of our reminder of {sent_on}, taken as received {n} days after "
                              "its date, on {date}, BGB §286(1))", n=(default.in_default_on - reminder.sent_on).days,
                              date=received, sent_on=sent_on)
        posted = reminder.posted_on
        return plural_msg("interest.basis.default_reminder_posted", " (in default on receipt of our reminder of "
                          "{sent_on}, posted on {posted_on} and taken as received {n} day later, on {date}, BGB "
                          "§286(1))", " (in default on receipt of our reminder of {sent_on}, posted on {posted_on} "
                          "and taken as received {n} days later, on {date}, BGB §286(1))",
                          n=(default.in_default_on - posted).days, date=received, sent_on=sent_on,
                          posted_on=posted)
    if default.fact == INVOICE_RECEIVED:
        return msg("interest.basis.default_30_days_receipt", " (in default from {date}, 30 days after our invoice "
                   "was received on {received_on}, later than its due date, BGB §286(3))",
                   date=default.in_default_on, received_on=default.invoice_received_on)
    if default.fact == DUE_DATE:
        return msg("interest.basis.default_30_days_due_received", " (in default from {date}, 30 days after the due "
                   "date, our invoice having been received on {received_on}, BGB §286(3))",
                   date=default.in_default_on, received_on=default.invoice_received_on)
    return msg("interest.basis.default_30_days", " (in default from {date}, 30 days after the due date, BGB §286(3))",
               date=default.in_default_on)


def _rates_text(segments: tuple[InterestPeriod, ...], margin: Decimal) -> Message | str:
    """Each rate and the day it applied from: "1.27% + 8 = 9.27% from 2024-01-01; ..."."""
    steps = [msg("interest.basis.rate_step", "{base} + {margin} = {rate} from {date}",
                 base=Percent(s.annual_rate - margin), margin=margin, rate=Percent(s.annual_rate), date=s.start)
             for s in _first_per_rate(segments)]
    if not steps:
        return ""
    joined = steps[0]
    for step in steps[1:]:
        joined = msg("interest.basis.rate_steps", "{first}; {second}", first=joined, second=step)
    return joined


def _first_per_rate(segments: tuple[InterestPeriod, ...]) -> list[InterestPeriod]:
    out: list[InterestPeriod] = []
    for s in segments:
        if not out or out[-1].annual_rate != s.annual_rate:
            out.append(s)
    return out
