"""Late-payment interest and compensation, with every figure worked by hand in the comments.

Convention: interest runs for each day from the day after the due date up to and including as_of,
so days = as_of - due_date; a settlement dated D still bears interest on D.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from arledger.domain.errors import UserError
from arledger.domain.interest import (
    compute_interest,
    select_interest_rule,
    total_compensation_by_currency,
    total_interest_by_currency,
    uk_compensation,
    uk_reference_date,
)
from arledger.domain.model import (
    Customer,
    CustomerKind,
    Dispute,
    DisputeReason,
    Invoice,
    Jurisdiction,
)
from arledger.domain.money import Money
from arledger.domain.rates import RateTable, parse_rate_table

GMBH = Customer("DE1", "Muster GmbH", jurisdiction=Jurisdiction.DE)
VERBRAUCHER = Customer("DE2", "Erika Muster", kind=CustomerKind.INDIVIDUAL, jurisdiction=Jurisdiction.DE)
UK_LTD = Customer("UK1", "Widgets Ltd", jurisdiction=Jurisdiction.UK, currency="GBP")
EU_SA = Customer("EU1", "Exemple SA", jurisdiction=Jurisdiction.EU)


def invoice(amount: int, due: date, currency: str = "EUR", number: str = "INV-1") -> Invoice:
    return Invoice(1, number, date(due.year - 1, 12, 1), due, amount, currency)


# --- Germany (BGB §288) ---------------------------------------------------------------------------

def test_de_example_from_the_design_notes(shipped_rates: dict[str, RateTable]) -> None:
    # EUR 5,000 due 2025-01-31, as of 2025-04-01: 28 (Feb) + 31 (Mar) + 1 (Apr) = 60 days.
    # 2.27% + 9 = 11.27%; 5,000 x 0.1127 x 60 / 365 = 92.6301... -> EUR 92.63; plus EUR 40.
    result = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 4, 1), shipped_rates)
    assert result.rule == "de"
    assert result.days == 60
    assert [s.annual_rate for s in result.segments] == [Decimal("11.27")]
    assert result.total_interest == 9263
    assert result.compensation == Money("EUR", 4000)
    assert result.segments[0].rate_source == "Basiszinssatz 2.27% (2025-01-01) + 9"
    assert "BGB §288(2)" in result.basis and "2.27% + 9 = 11.27%" in result.basis
    assert "EUR 40.00 lump sum" in result.basis
    assert result.stale_rate is False


def test_de_period_across_a_reset_is_split_at_1_january(shipped_rates: dict[str, RateTable]) -> None:
    # Due 2024-12-15, as of 2025-02-13 = 60 days, split at 2025-01-01:
    #   2024-12-16..2024-12-31 = 16 days at 3.37 + 9 = 12.37%: 5,000 x 0.1237 x 16/365 = 27.1123
    #   2025-01-01..2025-02-13 = 44 days at 2.27 + 9 = 11.27%: 5,000 x 0.1127 x 44/365 = 67.9288
    #   total 95.0411 -> EUR 95.04 (rounded once, per invoice)
    result = compute_interest(invoice(500_000, date(2024, 12, 15)), GMBH, date(2025, 2, 13), shipped_rates)
    assert [(s.start, s.end, s.days, s.annual_rate) for s in result.segments] == [
        (date(2024, 12, 16), date(2024, 12, 31), 16, Decimal("12.37")),
        (date(2025, 1, 1), date(2025, 2, 13), 44, Decimal("11.27")),
    ]
    assert round(result.segments[0].interest) == 2711  # 27.11 EUR in cents
    assert result.total_interest == 9504
    assert "3.37% + 9 = 12.37% from 2024-12-16; 2.27% + 9 = 11.27% from 2025-01-01" in result.basis


def test_de_consumer_gets_five_points_and_no_lump_sum(shipped_rates: dict[str, RateTable]) -> None:
    # 2.27% + 5 = 7.27%; 5,000 x 0.0727 x 60 / 365 = 59.7534 -> EUR 59.75; no EUR 40 for consumers.
    result = compute_interest(invoice(500_000, date(2025, 1, 31)), VERBRAUCHER, date(2025, 4, 1),
                              shipped_rates)
    assert result.total_interest == 5975
    assert result.compensation is None
    assert "BGB §288(1)" in result.basis


def test_de_rate_past_the_table_is_assumed_and_flagged(shipped_rates: dict[str, RateTable]) -> None:
    # The table's last entry is 2025-07-01 (1.27%); 2026 needs the 2026-01-01 value, which is unknown.
    result = compute_interest(invoice(100_000, date(2025, 12, 31)), GMBH, date(2026, 1, 10), shipped_rates)
    assert result.stale_rate is True
    assert "1.27%" in result.stale_message and "de_basiszins" in result.stale_message
    assert result.segments[0].annual_rate == Decimal("10.27")


def test_disputed_amount_is_left_out_while_the_dispute_is_open(shipped_rates: dict[str, RateTable]) -> None:
    # EUR 5,000 due 2025-01-31; EUR 1,000 disputed from 2025-03-02 (still open); as of 2025-04-01.
    #   2025-02-01..2025-03-01 = 29 days on 5,000: 5,000 x 0.1127 x 29/365 = 44.7712
    #   2025-03-02..2025-04-01 = 31 days on 4,000: 4,000 x 0.1127 x 31/365 = 38.2871
    #   total 83.0583 -> EUR 83.06
    dispute = Dispute(1, date(2025, 3, 2), DisputeReason.QUALITY, amount=100_000)
    result = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 4, 1), shipped_rates,
                              disputes=[dispute])
    assert [(s.days, s.open_amount) for s in result.segments] == [(29, 500_000), (31, 400_000)]
    assert result.total_interest == 8306


def test_a_whole_invoice_dispute_resolved_later_only_excludes_its_days(
        shipped_rates: dict[str, RateTable]) -> None:
    # Whole amount disputed 2025-02-01..2025-03-01 (resolved 2025-03-02): only 2025-03-02..04-01 counts,
    # 31 days on 5,000: 5,000 x 0.1127 x 31/365 = 47.8589 -> EUR 47.86.
    dispute = Dispute(1, date(2025, 2, 1), DisputeReason.PRICE, resolved_on=date(2025, 3, 2))
    result = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 4, 1), shipped_rates,
                              disputes=[dispute])
    assert result.days == 31
    assert result.total_interest == 4786


# --- United Kingdom (Late Payment of Commercial Debts (Interest) Act 1998) ----------------------------

def test_uk_reference_date_follows_the_half_year_interest_starts_in() -> None:
    assert uk_reference_date(date(2025, 6, 30)) == date(2024, 12, 31)
    assert uk_reference_date(date(2025, 7, 1)) == date(2025, 6, 30)


def test_uk_rate_is_fixed_by_when_interest_starts(shipped_rates: dict[str, RateTable]) -> None:
    # Due 2025-06-29: interest starts 2025-06-30 -> base rate on 2024-12-31 = 4.75% -> 12.75%.
    # Due 2025-06-30: interest starts 2025-07-01 -> base rate on 2025-06-30 = 4.25% -> 12.25%.
    # The 2025-08-07 cut to 4.00% does not change either debt's rate.
    early = compute_interest(invoice(200_000, date(2025, 6, 29), "GBP"), UK_LTD, date(2025, 12, 1),
                             shipped_rates)
    late = compute_interest(invoice(200_000, date(2025, 6, 30), "GBP"), UK_LTD, date(2025, 12, 1),
                            shipped_rates)
    assert [s.annual_rate for s in early.segments] == [Decimal("12.75")]
    assert [s.annual_rate for s in late.segments] == [Decimal("12.25")]
    assert late.segments[0].rate_source == "BoE base 4.25% (2025-05-08) + 8"


def test_uk_interest_and_compensation(shipped_rates: dict[str, RateTable]) -> None:
    # GBP 2,000 due 2025-06-30, as of 2025-09-28: 31 + 31 + 28 = 90 days at 12.25%.
    # 2,000 x 0.1225 x 90 / 365 = 60.4110 -> GBP 60.41; compensation GBP 70 (1,000-9,999.99 tier).
    result = compute_interest(invoice(200_000, date(2025, 6, 30), "GBP"), UK_LTD, date(2025, 9, 28),
                              shipped_rates)
    assert result.days == 90
    assert result.total_interest == 6041
    assert result.compensation == Money("GBP", 7000)
    assert "Late Payment of Commercial Debts (Interest) Act 1998 at 12.25%" in result.basis
    assert "the rate in force on 2025-06-30" in result.basis


def test_part_payment_lowers_the_base_but_keeps_accrued_interest(shipped_rates: dict[str, RateTable]) -> None:
    # GBP 2,000 due 2025-06-30 at 12.25%; GBP 1,500 paid 2025-07-30.
    #   2025-07-01..2025-07-30 = 30 days on 2,000: 2,000 x 0.1225 x 30/365 = 20.1370
    #   2025-07-31..2025-09-28 = 60 days on   500:   500 x 0.1225 x 60/365 = 10.0685
    #   total 30.2055 -> GBP 30.21
    inv = invoice(200_000, date(2025, 6, 30), "GBP")
    paid = [(date(2025, 7, 30), 150_000)]
    result = compute_interest(inv, UK_LTD, date(2025, 9, 28), shipped_rates, settlements=paid)
    assert [(s.days, s.open_amount) for s in result.segments] == [(30, 200_000), (60, 50_000)]
    assert result.total_interest == 3021
    # Paid in full on 2025-07-30: the 30 days' GBP 20.14 stay claimed, and stop growing.
    full = [(date(2025, 7, 30), 200_000)]
    on_day = compute_interest(inv, UK_LTD, date(2025, 7, 30), shipped_rates, settlements=full)
    months_later = compute_interest(inv, UK_LTD, date(2025, 12, 31), shipped_rates, settlements=full)
    assert on_day.total_interest == months_later.total_interest == 2014
    assert months_later.compensation == Money("GBP", 7000)


def test_settlements_after_as_of_are_ignored(shipped_rates: dict[str, RateTable]) -> None:
    inv = invoice(200_000, date(2025, 6, 30), "GBP")
    without = compute_interest(inv, UK_LTD, date(2025, 9, 28), shipped_rates)
    future = compute_interest(inv, UK_LTD, date(2025, 9, 28), shipped_rates,
                              settlements=[(date(2025, 10, 1), 200_000)])
    assert future == without


@pytest.mark.parametrize(
    ("pence", "compensation"),
    [(99_999, 4000), (100_000, 7000), (999_999, 7000), (1_000_000, 10_000)],
)
def test_uk_compensation_tier_edges(pence: int, compensation: int) -> None:
    # 999.99 -> 40; 1,000.00 -> 70; 9,999.99 -> 70; 10,000.00 -> 100.
    assert uk_compensation(pence) == Money("GBP", compensation)


def test_uk_compensation_stays_in_gbp_for_a_euro_invoice(shipped_rates: dict[str, RateTable]) -> None:
    eur = invoice(950_000, date(2025, 6, 30), "EUR")  # EUR 9,500.00
    guessed = compute_interest(eur, UK_LTD, date(2025, 7, 30), shipped_rates)
    assert guessed.compensation == Money("GBP", 7000)
    assert "expressed in GBP" in guessed.basis
    converted = compute_interest(eur, UK_LTD, date(2025, 7, 30), shipped_rates, debt_in_gbp=820_000)
    assert converted.compensation == Money("GBP", 7000)
    assert "GBP 8200.00" in converted.basis
    assert converted.currency == "EUR"  # the interest itself is in the invoice currency


# --- EU (Directive 2011/7/EU) --------------------------------------------------------------------

def test_eu_rate_is_the_ecb_rate_on_the_first_day_of_the_half_year(shipped_rates: dict[str, RateTable]) -> None:
    # Due 2025-07-10: interest starts in H2 2025 -> ECB MRO on 2025-07-01 = 2.15% -> 10.15%.
    # EUR 10,000 for 30 days: 10,000 x 0.1015 x 30 / 365 = 83.4247 -> EUR 83.42; plus EUR 40.
    result = compute_interest(invoice(1_000_000, date(2025, 7, 10)), EU_SA, date(2025, 8, 9), shipped_rates)
    assert result.total_interest == 8342
    assert result.compensation == Money("EUR", 4000)
    assert "Directive 2011/7/EU at 10.15%" in result.basis


def test_eu_rate_stays_fixed_when_the_ecb_changes_later(shipped_rates: dict[str, RateTable]) -> None:
    # Interest starts 2024-12-21 (H2 2024): ECB on 2024-07-01 = 4.25% -> 12.25% for the whole debt,
    # although the ECB cut the rate on 2024-12-18 and 2025-02-05. One segment, not split.
    result = compute_interest(invoice(100_000, date(2024, 12, 20)), EU_SA, date(2025, 3, 20), shipped_rates)
    assert [(s.annual_rate, s.days) for s in result.segments] == [(Decimal("12.25"), 90)]


# --- contract, China, none ------------------------------------------------------------------------

def test_contract_rate_and_fee_for_a_us_customer(shipped_rates: dict[str, RateTable]) -> None:
    # 12% a year (1200 bp) on USD 1,000 for 30 days: 1,000 x 0.12 x 30 / 365 = 9.8630 -> USD 9.86; fee USD 25.
    customer = Customer("US1", "Acme Inc", jurisdiction=Jurisdiction.US, currency="USD",
                        contract_rate_bp=1200, contract_fee=2500)
    result = compute_interest(invoice(100_000, date(2025, 3, 1), "USD"), customer, date(2025, 3, 31), {})
    assert result.rule == "contract"
    assert result.total_interest == 986
    assert result.compensation == Money("USD", 2500)
    assert result.segments[0].rate_source == "contract rate 12.00%"
    assert "contractual rate of 12.00% a year" in result.basis and "USD 25.00" in result.basis


def test_china_uses_the_contract_rate_only() -> None:
    with_rate = Customer("CN1", "某某有限公司", jurisdiction=Jurisdiction.CN, currency="CNY", contract_rate_bp=1095)
    without = Customer("CN2", "另一家公司", jurisdiction=Jurisdiction.CN, currency="CNY")
    inv = invoice(1_000_000, date(2025, 3, 1), "CNY")
    # 10.95% on CNY 10,000 for 10 days: 10,000 x 0.1095 x 10 / 365 = 30.00 exactly.
    assert compute_interest(inv, with_rate, date(2025, 3, 11), {}).total_interest == 3000
    nothing = compute_interest(inv, without, date(2025, 3, 11), {})
    assert (nothing.rule, nothing.total_interest, nothing.compensation) == ("cn", 0, None)


def test_us_without_a_contract_claims_nothing() -> None:
    customer = Customer("US2", "Plain Inc", jurisdiction=Jurisdiction.US, currency="USD")
    result = compute_interest(invoice(100_000, date(2025, 3, 1), "USD"), customer, date(2025, 6, 1), {})
    assert (result.rule, result.total_interest, result.compensation, result.segments) == ("none", 0, None, ())
    assert "No late-payment interest" in result.basis


def test_select_interest_rule() -> None:
    assert select_interest_rule(GMBH) == "de"
    assert select_interest_rule(VERBRAUCHER) == "de"
    assert select_interest_rule(UK_LTD) == "uk"
    assert select_interest_rule(EU_SA) == "eu"
    uk_person = Customer("UK2", "Jo Bloggs", kind=CustomerKind.INDIVIDUAL, jurisdiction=Jurisdiction.UK)
    assert select_interest_rule(uk_person) == "none"
    assert select_interest_rule(Customer("G1", "Generic", contract_fee=1000)) == "contract"


# --- rounding and edges ------------------------------------------------------------------------------

def test_rounding_is_half_up_once_per_invoice() -> None:
    # 3.65% (365 bp) makes one day's interest = base / 10,000 minor units.
    customer = Customer("G2", "Round Co", contract_rate_bp=365)
    # EUR 50.00 for one day = 0.5 cent -> rounds half up to 1 cent.
    assert compute_interest(invoice(5000, date(2025, 3, 1)), customer, date(2025, 3, 2), {}).total_interest == 1
    # EUR 45.00 for a day (0.45 cent), EUR 5.00 paid that day, then EUR 40.00 for a day (0.40 cent):
    # per-segment rounding would give 0 + 0; the invoice total 0.85 rounds to 1 cent.
    result = compute_interest(invoice(4500, date(2025, 3, 1)), customer, date(2025, 3, 3), {},
                              settlements=[(date(2025, 3, 2), 500)])
    assert [s.interest for s in result.segments] == [Decimal("0.45"), Decimal("0.4")]
    assert result.total_interest == 1


def test_nothing_accrues_on_or_before_the_due_date(shipped_rates: dict[str, RateTable]) -> None:
    result = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 1, 31), shipped_rates)
    assert (result.segments, result.total_interest, result.compensation) == ((), 0, None)
    assert "not overdue" in result.basis


def test_paid_on_time_owes_no_compensation(shipped_rates: dict[str, RateTable]) -> None:
    result = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 4, 1), shipped_rates,
                              settlements=[(date(2025, 1, 31), 500_000)])
    assert (result.total_interest, result.compensation) == (0, None)


def test_missing_or_too_short_rate_tables_are_user_errors(shipped_rates: dict[str, RateTable]) -> None:
    with pytest.raises(UserError, match="'de_basiszins' is not loaded"):
        compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 4, 1), {})
    short = {"boe_base_rate": parse_rate_table("2025-01-01,4.75\n", "boe_base_rate")}
    with pytest.raises(UserError, match="no rate for 2024-12-31"):
        compute_interest(invoice(100_000, date(2025, 3, 1), "GBP"), UK_LTD, date(2025, 4, 1), short)
    with pytest.raises(UserError, match="not an interest rule"):
        compute_interest(invoice(100_000, date(2025, 3, 1)), GMBH, date(2025, 4, 1), shipped_rates, rule="fr")


def test_totals_are_kept_per_currency(shipped_rates: dict[str, RateTable]) -> None:
    a = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 4, 1), shipped_rates)
    b = compute_interest(invoice(200_000, date(2025, 6, 30), "GBP"), UK_LTD, date(2025, 9, 28), shipped_rates)
    assert total_interest_by_currency([a, b]) == {"EUR": Money("EUR", 9263), "GBP": Money("GBP", 6041)}
    assert total_compensation_by_currency([a, b, a]) == {"EUR": Money("EUR", 8000), "GBP": Money("GBP", 7000)}
