"""Collection measures (docs COLLECTIONS.md section 9), risk tiers and early-warning flags.

All functions take integers (amounts in minor units of one currency, counts, days) or dates and return a
Decimal rounded half-up to two places, or None when a denominator is zero (the measure is undefined, not
zero). Ratios are percentages (85.00 means 85%). Amounts of different currencies must not be mixed:
callers compute measures per currency.

Risk tier: each of four factors scores 0 (fine), 1 (watch) or 2 (high) against the thresholds below;
the total makes the tier: 0-1 -> A, 2-3 -> B, 4 or more -> C. A single high factor therefore means at
least B.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from arledger.domain.messages import Message, msg, plural_msg
from arledger.domain.model import RiskTier

PLACES = Decimal("0.01")

# Risk thresholds: (watch from, high from). Days late is the amount-weighted average of paid invoices.
AVERAGE_DAYS_LATE = (Decimal(10), Decimal(30))
BROKEN_PROMISES = (1, 2)  # in the look-back window the caller chooses (12 months by default)
OVERDUE_SHARE_PERCENT = (Decimal(25), Decimal(50))  # overdue open / all open
CREDIT_USE_PERCENT = (Decimal(80), Decimal(100))  # all open / credit limit
TIER_B_FROM_SCORE = 2
TIER_C_FROM_SCORE = 4

# Early-warning thresholds.
LATER_BY_DAYS = Decimal(7)  # recent payments this many days later on average than before
CREDIT_JUMP_POINTS = Decimal(20)  # credit use up this many percentage points over the window
CONTACT_LOST_DAYS = 30  # nobody reached for this long ...
CONTACT_LOST_ATTEMPTS = 3  # ... despite at least this many attempts


def dso(receivables: int, credit_sales: int, days: int) -> Decimal | None:
    """Days sales outstanding = receivables at period end / (credit sales in period / days in period)."""
    return _ratio(Decimal(receivables) * days, credit_sales)


def best_possible_dso(current_receivables: int, credit_sales: int, days: int) -> Decimal | None:
    """Best possible DSO = current (not yet due) receivables / (credit sales / days)."""
    return _ratio(Decimal(current_receivables) * days, credit_sales)


def average_days_delinquent(receivables: int, current_receivables: int, credit_sales: int,
                            days: int) -> Decimal | None:
    """ADD = DSO - best possible DSO, computed from the unrounded parts."""
    return _ratio(Decimal(receivables - current_receivables) * days, credit_sales)


def collection_effectiveness_index(opening_receivables: int, credit_sales: int, closing_receivables: int,
                                   closing_current_receivables: int) -> Decimal | None:
    """CEI = (opening AR + credit sales - closing AR) / (opening AR + credit sales - closing current AR) x 100."""
    collected = opening_receivables + credit_sales - closing_receivables
    collectible = opening_receivables + credit_sales - closing_current_receivables
    return _ratio(Decimal(collected) * 100, collectible)


def recovery_rate(collected: int, due: int) -> Decimal | None:
    """回款率 = amount collected / amount that fell due in the period, in percent."""
    return _ratio(Decimal(collected) * 100, due)


def bad_debt_ratio(written_off: int, credit_sales: int) -> Decimal | None:
    """Written off / credit sales, in percent."""
    return _ratio(Decimal(written_off) * 100, credit_sales)


def promise_kept_rate(kept: int, evaluated: int) -> Decimal | None:
    """Kept / evaluated promises (kept + partly kept + broken), in percent; partly kept is not kept."""
    return _ratio(Decimal(kept) * 100, evaluated)


def average_collection_days(cases: Iterable[tuple[date, date]]) -> Decimal | None:
    """Mean days from the first collection action to payment in full, over (first action, paid) pairs."""
    spans = [(paid - first).days for first, paid in cases]
    return _ratio(Decimal(sum(spans)), len(spans))


def average_days_late(settled: Iterable[tuple[date, date, int]]) -> Decimal | None:
    """Amount-weighted mean days late over (due date, paid date, amount); paying early counts as 0 days."""
    weighted = Decimal(0)
    total = 0
    for due, paid, amount in settled:
        weighted += Decimal(max(0, (paid - due).days)) * amount
        total += amount
    return _ratio(weighted, total)


@dataclass(frozen=True, slots=True)
class RiskFactors:
    """What the risk tier is made of; amounts in minor units of the customer's currency."""

    average_days_late: Decimal | None
    broken_promises: int
    overdue_amount: int
    open_amount: int
    credit_limit: int | None = None

    @property
    def overdue_share(self) -> Decimal | None:
        return _ratio(Decimal(self.overdue_amount) * 100, self.open_amount)

    @property
    def credit_use(self) -> Decimal | None:
        if not self.credit_limit:
            return None
        return _ratio(Decimal(self.open_amount) * 100, self.credit_limit)


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    tier: RiskTier
    score: int
    reasons: tuple[Message, ...]  # one sentence per factor that scored


@dataclass(frozen=True, slots=True)
class EarlyWarningInputs:
    """Recent behaviour compared with before; the caller picks the windows (e.g. last 90 days)."""

    recent_days_late: Decimal | None = None
    earlier_days_late: Decimal | None = None
    credit_use_now: Decimal | None = None  # percent of the limit
    credit_use_before: Decimal | None = None
    broken_promises_recent: int = 0
    days_since_reached: int | None = None  # since the last contact that reached a person
    attempts_since_reached: int = 0
    new_disputes: int = 0


@dataclass(frozen=True, slots=True)
class EarlyWarning:
    """A flag: its code and the figures behind it (already formatted); its sentence is made from them."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> Message:
        return warning_message(self.code, dict(self.params))


def warning_message(code: str, params: dict[str, str]) -> Message:
    """The sentence of an early warning from its code and figures (as stored by the risk refresh)."""
    p = params.get
    if code == "payments-later":
        return msg("risk.warning.payments_later", "Payments are getting later: {recent} days late on average, up "
                   "from {earlier}.", recent=_figure(p("recent_days", "")), earlier=_figure(p("earlier_days", "")))
    if code == "credit-jump":
        return msg("risk.warning.credit_jump", "Credit use jumped from {before}% to {now}% of the limit.",
                   before=_figure(p("before_percent", "")), now=_figure(p("now_percent", "")))
    if code == "broken-promise":
        return plural_msg("risk.warning.broken_promise", "{n} promise to pay broken recently.",
                          "{n} promises to pay broken recently.", n=_count(p("count", "")))
    if code == "contact-lost":
        if not p("days"):
            return msg("risk.warning.contact_lost_never", "Nobody reached yet despite {attempts} attempts.",
                       attempts=p("attempts", ""))
        return msg("risk.warning.contact_lost", "Nobody reached for {days} days despite {attempts} attempts.",
                   days=p("days", ""), attempts=p("attempts", ""))
    if code == "new-dispute":
        return plural_msg("risk.warning.new_dispute", "{n} new dispute opened.", "{n} new disputes opened.",
                          n=_count(p("count", "")))
    return Message("", code)


def _count(text: str) -> int:
    return int(text) if text.isdigit() else 0


def _figure(text: str) -> Decimal | str:
    """A stored figure ("7.5") as a value the reader's language writes ("7,5" in German); other text as it is."""
    try:
        return Decimal(text)
    except ArithmeticError:
        return text


RISK_FACTORS = ("days-late", "broken-promises", "overdue-share", "credit-use")


def risk_reason(factor: str, value: str, level: str, threshold: str) -> Message:
    """The sentence for a factor that scored: its value, its level (high or watch) and where that level starts."""
    levels = {"high": msg("risk.level.high", "high"), "watch": msg("risk.level.watch", "watch")}
    args = {"value": _figure(value), "level": levels.get(level) or level, "threshold": _figure(threshold)}
    if factor == "days-late":
        return msg("risk.reason.days_late", "Pays {value} days late on average ({level}: from {threshold}).", **args)
    if factor == "broken-promises":
        return plural_msg("risk.reason.broken_promises", "{n} broken promise ({level}: from {threshold}).",
                          "{n} broken promises ({level}: from {threshold}).", n=_count(value),
                          level=args["level"], threshold=args["threshold"])
    if factor == "overdue-share":
        return msg("risk.reason.overdue_share", "{value}% of the open balance is overdue ({level}: from "
                   "{threshold}).", **args)
    return msg("risk.reason.credit_use", "Uses {value}% of the credit limit ({level}: from {threshold}).", **args)


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    """How one customer has behaved: promises kept out of those evaluated, and the average days late."""

    promises_kept: int
    promises_evaluated: int
    promises_broken: int
    average_days_late: Decimal | None

    @property
    def promise_kept_rate(self) -> Decimal | None:
        return promise_kept_rate(self.promises_kept, self.promises_evaluated)


def days_text(days: Decimal | int | None) -> str:
    """Days for a sentence: one decimal at most, half-up ("72.99580243..." -> "73", "7.46" -> "7.5")."""
    if days is None:
        return "-"
    shown = Decimal(days).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{shown:f}".removesuffix(".0")


def percent_text(value: Decimal | None) -> str:
    """A percentage for a sentence: one decimal at most, half-up."""
    return days_text(value)


def assess_risk(factors: RiskFactors) -> RiskAssessment:
    """Risk tier A/B/C with a sentence for each factor that scored (thresholds are module constants)."""
    score = 0
    reasons: list[Message] = []

    def grade(value: Decimal | int | None, thresholds: tuple[Decimal, Decimal] | tuple[int, int], factor: str,
              shown: str) -> None:
        nonlocal score
        if value is None:
            return
        points = 2 if value >= thresholds[1] else 1 if value >= thresholds[0] else 0
        if points:
            score += points
            level = "high" if points == 2 else "watch"
            reasons.append(risk_reason(factor, shown, level, str(thresholds[points - 1])))

    days = factors.average_days_late
    grade(days, AVERAGE_DAYS_LATE, "days-late", days_text(days))
    grade(factors.broken_promises, BROKEN_PROMISES, "broken-promises", str(factors.broken_promises))
    share = factors.overdue_share
    grade(share, OVERDUE_SHARE_PERCENT, "overdue-share", percent_text(share))
    use = factors.credit_use
    grade(use, CREDIT_USE_PERCENT, "credit-use", percent_text(use))
    tier = RiskTier.C if score >= TIER_C_FROM_SCORE else RiskTier.B if score >= TIER_B_FROM_SCORE else RiskTier.A
    return RiskAssessment(tier, score, tuple(reasons))


def early_warnings(inputs: EarlyWarningInputs) -> tuple[EarlyWarning, ...]:
    """Flags worth a look before the tier changes: later payments, credit jump, broken promise,
    contact lost, new dispute."""
    out: list[EarlyWarning] = []
    recent, earlier = inputs.recent_days_late, inputs.earlier_days_late
    if recent is not None and earlier is not None and recent - earlier >= LATER_BY_DAYS:
        out.append(EarlyWarning("payments-later",
                                (("recent_days", days_text(recent)), ("earlier_days", days_text(earlier)))))
    now, before = inputs.credit_use_now, inputs.credit_use_before
    if now is not None and before is not None and now - before >= CREDIT_JUMP_POINTS:
        out.append(EarlyWarning("credit-jump",
                                (("before_percent", percent_text(before)), ("now_percent", percent_text(now)))))
    if inputs.broken_promises_recent:
        out.append(EarlyWarning("broken-promise", (("count", str(inputs.broken_promises_recent)),)))
    lost = inputs.days_since_reached is None or inputs.days_since_reached >= CONTACT_LOST_DAYS
    if lost and inputs.attempts_since_reached >= CONTACT_LOST_ATTEMPTS:
        out.append(EarlyWarning("contact-lost", (("days", "" if inputs.days_since_reached is None
                                                  else str(inputs.days_since_reached)),
                                                 ("attempts", str(inputs.attempts_since_reached)))))
    if inputs.new_disputes:
        out.append(EarlyWarning("new-dispute", (("count", str(inputs.new_disputes)),)))
    return tuple(out)


def _ratio(numerator: Decimal, denominator: int) -> Decimal | None:
    if denominator == 0:
        return None
    return (numerator / denominator).quantize(PLACES, rounding=ROUND_HALF_UP)
