"""Collection measures on one small worked example, risk tiers and early warnings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from arledger.domain.kpi import (
    EarlyWarningInputs,
    PaymentRecord,
    RiskFactors,
    assess_risk,
    average_collection_days,
    average_days_delinquent,
    average_days_late,
    bad_debt_ratio,
    best_possible_dso,
    collection_effectiveness_index,
    days_text,
    dso,
    early_warnings,
    promise_kept_rate,
    recovery_rate,
)
from arledger.domain.model import RiskTier
from arledger.render.messages import translate

# A 90-day quarter, in cents: credit sales 9,000.00; AR 4,000.00 at the start and 4,500.00 at the end,
# of which 2,700.00 is not yet due. Daily sales = 9,000.00 / 90 = 100.00.
DAYS, SALES, OPENING, CLOSING, CLOSING_CURRENT = 90, 900_000, 400_000, 450_000, 270_000


def test_dso_best_possible_dso_and_add() -> None:
    assert dso(CLOSING, SALES, DAYS) == Decimal("45.00")  # 4,500 / 100
    assert best_possible_dso(CLOSING_CURRENT, SALES, DAYS) == Decimal("27.00")  # 2,700 / 100
    assert average_days_delinquent(CLOSING, CLOSING_CURRENT, SALES, DAYS) == Decimal("18.00")  # 45 - 27


def test_collection_effectiveness_index() -> None:
    # (4,000 + 9,000 - 4,500) / (4,000 + 9,000 - 2,700) x 100 = 8,500 / 10,300 x 100 = 82.5243 -> 82.52
    assert collection_effectiveness_index(OPENING, SALES, CLOSING, CLOSING_CURRENT) == Decimal("82.52")


def test_ratios_in_percent() -> None:
    assert recovery_rate(850_000, 1_000_000) == Decimal("85.00")
    assert bad_debt_ratio(9_000, SALES) == Decimal("1.00")
    assert promise_kept_rate(3, 4) == Decimal("75.00")
    assert promise_kept_rate(2, 3) == Decimal("66.67")  # 66.666... rounds half up


def test_undefined_measures_are_none_not_zero() -> None:
    assert dso(CLOSING, 0, DAYS) is None
    assert collection_effectiveness_index(0, 0, 0, 0) is None
    assert promise_kept_rate(0, 0) is None
    assert average_collection_days([]) is None
    assert average_days_late([]) is None


def test_average_collection_days_and_days_late() -> None:
    # 2025-01-01 -> 2025-01-21 = 20 days; 2025-02-01 -> 2025-03-03 = 30 days; mean 25.
    cases = [(date(2025, 1, 1), date(2025, 1, 21)), (date(2025, 2, 1), date(2025, 3, 3))]
    assert average_collection_days(cases) == Decimal("25.00")
    # 10 days late on 300.00, early (0) on 100.00: (10 x 300 + 0 x 100) / 400 = 7.50.
    settled = [(date(2025, 1, 1), date(2025, 1, 11), 30_000), (date(2025, 1, 1), date(2024, 12, 20), 10_000)]
    assert average_days_late(settled) == Decimal("7.50")


def test_risk_tiers() -> None:
    good = assess_risk(RiskFactors(Decimal(3), 0, 0, 100_000, 500_000))
    assert (good.tier, good.score, good.reasons) == (RiskTier.A, 0, ())
    # 12 days late (watch, 1) + 30% overdue (watch, 1) + 83.33% of the limit (watch, 1) = 3 -> B.
    watch = assess_risk(RiskFactors(Decimal(12), 0, 30_000, 100_000, 120_000))
    assert (watch.tier, watch.score) == (RiskTier.B, 3)
    assert tuple(map(str, watch.reasons)) == ("Pays 12 days late on average (watch: from 10).",
                             "30% of the open balance is overdue (watch: from 25).",
                             "Uses 83.3% of the credit limit (watch: from 80).")
    # 35 days late (high, 2) + 2 broken promises (high, 2) = 4 -> C.
    bad = assess_risk(RiskFactors(Decimal(35), 2, 0, 100_000))
    assert (bad.tier, bad.score) == (RiskTier.C, 4)
    assert [str(r) for r in bad.reasons] == ["Pays 35 days late on average (high: from 30).",
                                             "2 broken promises (high: from 2)."]
    assert translate(bad.reasons[1], "de_DE") == "2 gebrochene Zahlungszusagen (hoch: ab 2)."
    assert translate(bad.reasons[1], "zh_CN") == "2 次承诺付款未兑现（高：自 2 起）。"
    # One high factor alone is B.
    assert assess_risk(RiskFactors(None, 0, 60_000, 100_000)).tier == RiskTier.B


def test_early_warnings() -> None:
    assert early_warnings(EarlyWarningInputs()) == ()
    flags = early_warnings(EarlyWarningInputs(
        recent_days_late=Decimal(15), earlier_days_late=Decimal(5),
        credit_use_now=Decimal(90), credit_use_before=Decimal(60),
        broken_promises_recent=1, days_since_reached=45, attempts_since_reached=4, new_disputes=1,
    ))
    assert [f.code for f in flags] == ["payments-later", "credit-jump", "broken-promise", "contact-lost",
                                       "new-dispute"]
    assert str(flags[3].message) == "Nobody reached for 45 days despite 4 attempts."
    # Below the thresholds: 6 days later, 19 points more, reached 29 days ago, only 2 attempts.
    calm = early_warnings(EarlyWarningInputs(
        recent_days_late=Decimal(11), earlier_days_late=Decimal(5),
        credit_use_now=Decimal(79), credit_use_before=Decimal(60),
        days_since_reached=29, attempts_since_reached=5,
    ))
    assert calm == ()
    never = early_warnings(EarlyWarningInputs(attempts_since_reached=3))
    assert [str(f.message) for f in never] == ["Nobody reached yet despite 3 attempts."]


def test_each_warning_fires_from_its_own_input_alone() -> None:
    # Payments later: 14.6 days late now against 7.5 before = 7.1 more, at least 7 -> flagged.
    later = early_warnings(EarlyWarningInputs(recent_days_late=Decimal("14.6"), earlier_days_late=Decimal("7.5")))
    assert [(w.code, str(w.message)) for w in later] == [
        ("payments-later", "Payments are getting later: 14.6 days late on average, up from 7.5.")]
    # Credit use: 45% of the limit 90 days ago, 65% now = 20 points -> flagged; 19.9 points is not.
    jump = early_warnings(EarlyWarningInputs(credit_use_now=Decimal(65), credit_use_before=Decimal(45)))
    assert [(w.code, str(w.message)) for w in jump] == [
        ("credit-jump", "Credit use jumped from 45% to 65% of the limit.")]
    assert early_warnings(EarlyWarningInputs(credit_use_now=Decimal("64.9"), credit_use_before=Decimal(45))) == ()
    broken = early_warnings(EarlyWarningInputs(broken_promises_recent=2))
    assert [(w.code, str(w.message)) for w in broken] == [("broken-promise", "2 promises to pay broken recently.")]
    # Contact lost needs both: 30 days since reached and 3 attempts since.
    lost = early_warnings(EarlyWarningInputs(days_since_reached=30, attempts_since_reached=3))
    assert [(w.code, dict(w.params)) for w in lost] == [("contact-lost", {"days": "30", "attempts": "3"})]
    assert early_warnings(EarlyWarningInputs(days_since_reached=30, attempts_since_reached=2)) == ()
    assert translate(broken[0].message, "de_DE") == "2 Zahlungszusagen kürzlich gebrochen."
    dispute = early_warnings(EarlyWarningInputs(new_disputes=1))
    assert [(w.code, str(w.message)) for w in dispute] == [("new-dispute", "1 new dispute opened.")]


def test_warning_figures_are_formatted_not_raw_decimals() -> None:
    # 3066 weighted day-amounts over 42 amount = 72.9958... days: shown as 73.
    raw = Decimal(3066) / 42 + Decimal("0.0")
    flags = early_warnings(EarlyWarningInputs(recent_days_late=raw, earlier_days_late=Decimal(5) / 3))
    assert str(flags[0].message) == "Payments are getting later: 73 days late on average, up from 1.7."
    assert days_text(Decimal("7.45")) == "7.5" and days_text(Decimal("7.44")) == "7.4" and days_text(None) == "-"


def test_payment_record_promise_rate() -> None:
    # 3 kept of 4 evaluated = 75.00%; nothing evaluated has no rate (not 0%).
    assert PaymentRecord(3, 4, 1, Decimal("12.50")).promise_kept_rate == Decimal("75.00")
    assert PaymentRecord(0, 0, 0, None).promise_kept_rate is None
