"""Late-payment interest and compensation, with every figure worked by hand in the comments.

Convention: interest runs for each day from the day after the due date up to and including as_of,
so days = as_of - due_date; a settlement dated D still bears interest on D.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from arledger.domain.errors import UserError
from arledger.domain.interest import (
    ALLOCATION_RULE,
    ALLOCATION_RULE_TEXT,
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
    InterestWaiver,
    Invoice,
    Jurisdiction,
)
from arledger.domain.money import Money
from arledger.domain.rates import RateTable, parse_rate_table

# payment dates agreed by contract: in default from the day after the due date (BGB §286(2) no. 1)
GMBH = Customer("DE1", "Muster GmbH", jurisdiction=Jurisdiction.DE, payment_date_agreed=True)
VERBRAUCHER = Customer("DE2", "Erika Muster", kind=CustomerKind.INDIVIDUAL, jurisdiction=Jurisdiction.DE,
                       payment_date_agreed=True)
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
    assert "1.27%" in str(result.stale_message) and "de_basiszins" in str(result.stale_message)
    assert result.segments[0].annual_rate == Decimal("10.27")


def test_disputed_part_bears_no_interest_from_its_due_date_while_open(shipped_rates: dict[str, RateTable]) -> None:
    # EUR 5,000 due 2025-01-31; EUR 1,000 disputed, logged 2025-03-02 and still open; as of 2025-04-01.
    # The disputed part is out from the first interest day (not from 2025-03-02):
    #   2025-02-01..2025-04-01 = 28 + 31 + 1 = 60 days on 4,000: 4,000 x 0.1127 x 60 / 365 = 74.1041 -> 74.10
    dispute = Dispute(1, date(2025, 3, 2), DisputeReason.QUALITY, amount=100_000)
    result = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 4, 1), shipped_rates,
                              disputes=[dispute])
    assert [(s.start, s.days, s.open_amount) for s in result.segments] == [(date(2025, 2, 1), 60, 400_000)]
    assert result.total_interest == 7410
    # Seen before it was logged (as of 2025-03-01) the dispute is unknown: 29 days on 5,000 =
    # 5,000 x 0.1127 x 29 / 365 = 44.7712 -> 44.77
    before = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 3, 1), shipped_rates,
                              disputes=[dispute])
    assert before.total_interest == 4477


def test_upheld_dispute_never_bears_interest_and_a_rejected_one_bears_it_all(
        shipped_rates: dict[str, RateTable]) -> None:
    # EUR 5,000 due 2025-01-31, EUR 1,000 disputed 2025-02-10, resolved 2025-03-02; as of 2025-04-01 (60 days).
    inv = invoice(500_000, date(2025, 1, 31))
    upheld = Dispute(1, date(2025, 2, 10), DisputeReason.PRICE, amount=100_000, resolved_on=date(2025, 3, 2),
                     outcome="upheld")
    rejected = dataclasses.replace(upheld, outcome="rejected")
    unknown = dataclasses.replace(upheld, outcome="")
    # upheld: 4,000 for all 60 days = 74.10 (as above)
    assert compute_interest(inv, GMBH, date(2025, 4, 1), shipped_rates, disputes=[upheld]).total_interest == 7410
    # rejected: 5,000 for 60 days = 5,000 x 0.1127 x 60 / 365 = 92.6301 -> 92.63
    assert compute_interest(inv, GMBH, date(2025, 4, 1), shipped_rates, disputes=[rejected]).total_interest == 9263
    # resolved without an outcome: out from the due date until the day before it was resolved, then back in:
    #   2025-02-01..2025-03-01 = 29 days on 4,000: 4,000 x 0.1127 x 29 / 365 = 35.8170 -> 35.82
    #   2025-03-02..2025-04-01 = 31 days on 5,000: 5,000 x 0.1127 x 31 / 365 = 47.8589 -> 47.86
    #   total 35.82 + 47.86 = 83.68
    result = compute_interest(inv, GMBH, date(2025, 4, 1), shipped_rates, disputes=[unknown])
    assert [(s.days, s.open_amount, s.interest) for s in result.segments] == [(29, 400_000, 3582),
                                                                            (31, 500_000, 4786)]
    assert result.total_interest == 8368


def test_a_whole_invoice_dispute_resolved_later_only_excludes_its_days(
        shipped_rates: dict[str, RateTable]) -> None:
    # Whole amount disputed from the due date's next day until 2025-03-01 (resolved 2025-03-02, no outcome
    # recorded): only 2025-03-02..04-01 counts, 31 days on 5,000: 5,000 x 0.1127 x 31/365 = 47.8589 -> 47.86.
    dispute = Dispute(1, date(2025, 2, 10), DisputeReason.PRICE, resolved_on=date(2025, 3, 2))
    result = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 4, 1), shipped_rates,
                              disputes=[dispute])
    assert result.days == 31
    assert result.total_interest == 4786
    # Still open, a whole-invoice dispute leaves nothing to bear interest, and no compensation either.
    still_open = dataclasses.replace(dispute, resolved_on=None)
    nothing = compute_interest(invoice(500_000, date(2025, 1, 31)), GMBH, date(2025, 4, 1), shipped_rates,
                               disputes=[still_open])
    assert (nothing.segments, nothing.total_interest, nothing.compensation) == ((), 0, None)


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
    # Due 2025-07-10: interest starts in H2 2025 -> ECB MRO on 2025-07-01 = 2.15% (from 2025-06-11) -> 10.15%.
    # EUR 10,000 for 30 days: 10,000 x 0.1015 x 30 / 365 = 83.4247 -> EUR 83.42; plus EUR 40.
    result = compute_interest(invoice(1_000_000, date(2025, 7, 10)), EU_SA, date(2025, 8, 9), shipped_rates)
    assert result.total_interest == 8342
    assert result.compensation == Money("EUR", 4000)
    assert "Directive 2011/7/EU" in result.basis and "2.15% + 8 = 10.15% from 2025-07-11" in result.basis
    period = result.periods[0]
    assert (period.reference_rate, period.margin, period.table, period.reference_date, period.rate_effective) == (
        Decimal("2.15"), Decimal(8), "ecb_mro", date(2025, 7, 1), date(2025, 6, 11))


def test_eu_rate_is_split_at_the_half_year(shipped_rates: dict[str, RateTable]) -> None:
    # EUR 1,000 due 2024-12-20, as of 2025-03-20; interest from 2024-12-21.
    #   2024-12-21..2024-12-31 = 11 days, ECB on 2024-07-01 4.25% + 8 = 12.25%:
    #       1,000 x 0.1225 x 11 / 365 = 3.6918 -> 3.69
    #   2025-01-01..2025-03-20 = 31 + 28 + 20 = 79 days, ECB on 2025-01-01 3.15% (from 2024-12-18) + 8 = 11.15%:
    #       1,000 x 0.1115 x 79 / 365 = 24.1329 -> 24.13
    #   total 3.69 + 24.13 = 27.82 (the sum of the rounded periods)
    result = compute_interest(invoice(100_000, date(2024, 12, 20)), EU_SA, date(2025, 3, 20), shipped_rates)
    assert [(s.start, s.end, s.days, s.annual_rate, s.interest) for s in result.periods] == [
        (date(2024, 12, 21), date(2024, 12, 31), 11, Decimal("12.25"), 369),
        (date(2025, 1, 1), date(2025, 3, 20), 79, Decimal("11.15"), 2413),
    ]
    assert result.total_interest == 2782 == sum(p.interest for p in result.periods)


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

def test_rounding_is_half_up_per_period_and_the_total_is_their_sum() -> None:
    # 3.65% (365 bp) makes one day's interest = base / 10,000 minor units.
    customer = Customer("G2", "Round Co", contract_rate_bp=365)
    # EUR 50.00 for one day = 0.5 cent -> rounds half up to 1 cent.
    assert compute_interest(invoice(5000, date(2025, 3, 1)), customer, date(2025, 3, 2), {}).total_interest == 1
    # EUR 45.00 for a day (0.45 cent), EUR 5.00 paid that day, then EUR 40.00 for a day (0.40 cent):
    # each period rounds to 0 cents, so the claim is 0 + 0 = 0: what is printed is what adds up.
    result = compute_interest(invoice(4500, date(2025, 3, 1)), customer, date(2025, 3, 3), {},
                              settlements=[(date(2025, 3, 2), 500)])
    assert [s.exact_interest for s in result.segments] == [Decimal("0.45"), Decimal("0.4")]
    assert [s.interest for s in result.segments] == [0, 0]
    assert result.total_interest == 0


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


# --- issue 9: reaching back, flags, waivers, contract overrides, sole traders -------------------------

def test_de_negative_basiszinssatz_lowers_the_rate(shipped_rates: dict[str, RateTable]) -> None:
    # EUR 10,000 due 2014-01-31, as of 2014-03-01: 2014-02-01..2014-03-01 = 28 + 1 = 29 days.
    # Basiszinssatz on 2014-01-01 = -0.63%: B2B -0.63 + 9 = 8.37%, consumer -0.63 + 5 = 4.37%.
    #   B2B:      10,000 x 0.0837 x 29 / 365 = 66.5014 -> 66.50
    #   consumer: 10,000 x 0.0437 x 29 / 365 = 34.7205 -> 34.72
    inv = invoice(1_000_000, date(2014, 1, 31))
    b2b = compute_interest(inv, GMBH, date(2014, 3, 1), shipped_rates)
    consumer = compute_interest(inv, VERBRAUCHER, date(2014, 3, 1), shipped_rates)
    assert (b2b.total_interest, consumer.total_interest) == (6650, 3472)
    p = b2b.periods[0]
    assert (p.reference_rate, p.margin, p.annual_rate) == (Decimal("-0.63"), Decimal(9), Decimal("8.37"))
    assert "-0.63% + 9 = 8.37%" in b2b.basis


def test_uk_debt_from_2016_uses_the_rate_of_its_own_reference_date(shipped_rates: dict[str, RateTable]) -> None:
    # GBP 1,000 due 2016-09-30: interest from 2016-10-01 -> base rate on 2016-06-30 = 0.50% -> 8.50%,
    # fixed although the rate fell to 0.25% on 2016-08-04. 2016-10-01..2016-12-29 = 31 + 30 + 29 = 90 days:
    # 1,000 x 0.085 x 90 / 365 = 20.9589 -> 20.96; compensation GBP 70 (1,000.00 is in the second tier).
    result = compute_interest(invoice(100_000, date(2016, 9, 30), "GBP"), UK_LTD, date(2016, 12, 29),
                              shipped_rates)
    assert [(p.days, p.annual_rate, p.reference_date) for p in result.periods] == [
        (90, Decimal("8.50"), date(2016, 6, 30))]
    assert (result.total_interest, result.compensation) == (2096, Money("GBP", 7000))


def test_rates_past_a_table_end_are_flagged_per_period(shipped_rates: dict[str, RateTable]) -> None:
    # DE: the 2025-07-01 value (1.27%) is the last; interest from 2025-12-01 to 2026-01-10 is split at
    # 2026-01-01, and only the 2026 period's reference date lies past the table.
    result = compute_interest(invoice(100_000, date(2025, 11, 30)), GMBH, date(2026, 1, 10), shipped_rates)
    assert [(p.start, p.rate_after_table_end, p.table_last_date) for p in result.periods] == [
        (date(2025, 12, 1), False, date(2025, 7, 1)), (date(2026, 1, 1), True, date(2025, 7, 1))]
    assert result.rate_after_table_end and result.table_last_dates == {"de_basiszins": date(2025, 7, 1)}
    # UK: the BoE table is checked through 2025-11-30 (its known_through line). Interest starting 2026-01-15
    # takes the 2025-12-31 rate: assumed, flagged, with the table's last entry.
    uk = compute_interest(invoice(100_000, date(2026, 1, 14), "GBP"), UK_LTD, date(2026, 2, 1), shipped_rates)
    assert uk.rate_after_table_end and uk.periods[0].rate_after_table_end
    assert uk.table_last_dates == {"boe_base_rate": date(2025, 8, 7)}
    # starting 2025-07-15 takes the 2025-06-30 rate, which the table covers: no flag
    early = compute_interest(invoice(100_000, date(2025, 7, 14), "GBP"), UK_LTD, date(2025, 8, 1), shipped_rates)
    assert not early.rate_after_table_end


def test_interest_on_a_late_paid_invoice_survives_until_waived(shipped_rates: dict[str, RateTable]) -> None:
    # GBP 2,000 due 2025-06-30 at 12.25%, paid in full 2025-07-30: 30 days on 2,000 =
    # 2,000 x 0.1225 x 30 / 365 = 20.1370 -> 20.14; compensation GBP 70.
    inv = invoice(200_000, date(2025, 6, 30), "GBP")
    full = [(date(2025, 7, 30), 200_000)]
    waivers = [InterestWaiver(1, date(2025, 9, 1), 1000, 7000, "goodwill"),
               InterestWaiver(1, date(2026, 1, 5), 5000, 0, "later")]
    result = compute_interest(inv, UK_LTD, date(2025, 12, 31), shipped_rates, settlements=full, waivers=waivers)
    assert (result.total_interest, result.compensation) == (2014, Money("GBP", 7000))
    # the first waiver (dated by 2025-12-31) takes 10.00 of interest and all 70.00 of compensation:
    # 20.14 - 10.00 = 10.14 left; the 2026 waiver is not yet made on that date
    assert (result.interest_waived, result.compensation_waived) == (1000, 7000)
    assert (result.claimable_interest, result.claimable_compensation) == (1014, Money("GBP", 0))
    # by 2026-01-05 the second waiver asks for 50.00 more; only the 10.14 left can be waived
    later = compute_interest(inv, UK_LTD, date(2026, 1, 5), shipped_rates, settlements=full, waivers=waivers)
    assert (later.interest_waived, later.claimable_interest) == (2014, 0)
    assert ALLOCATION_RULE == "principal_first" and "principal first" in ALLOCATION_RULE_TEXT


def test_an_invoice_contract_overrides_the_customer_field_by_field() -> None:
    customer = Customer("US3", "Terms Inc", jurisdiction=Jurisdiction.US, currency="USD",
                        contract_rate_bp=1200, contract_fee=2500)
    own_rate = dataclasses.replace(invoice(100_000, date(2025, 3, 1), "USD"), contract_rate_bp=2400)
    # 24% on USD 1,000 for 30 days: 1,000 x 0.24 x 30 / 365 = 19.7260 -> 19.73; the customer's USD 25 fee stays.
    result = compute_interest(own_rate, customer, date(2025, 3, 31), {})
    assert (result.total_interest, result.compensation) == (1973, Money("USD", 2500))
    no_fee = dataclasses.replace(own_rate, contract_fee=0)
    assert compute_interest(no_fee, customer, date(2025, 3, 31), {}).compensation is None
    # a customer without terms, an invoice with its own: contract rule
    plain = Customer("US4", "Plain Inc", jurisdiction=Jurisdiction.US, currency="USD")
    assert select_interest_rule(plain, own_rate) == "contract" and select_interest_rule(plain) == "none"


def test_a_sole_trader_is_a_business_for_interest(shipped_rates: dict[str, RateTable]) -> None:
    uk_trader = Customer("UK3", "Jo Bloggs t/a Bloggs Plumbing", kind=CustomerKind.SOLE_TRADER,
                         jurisdiction=Jurisdiction.UK, currency="GBP")
    de_trader = Customer("DE3", "Max Muster e.K.", kind=CustomerKind.SOLE_TRADER, jurisdiction=Jurisdiction.DE,
                         payment_date_agreed=True)
    assert select_interest_rule(uk_trader) == "uk"
    # the design-notes example at + 9 points with the EUR 40 lump sum, as for a GmbH: 92.63 + 40
    result = compute_interest(invoice(500_000, date(2025, 1, 31)), de_trader, date(2025, 4, 1), shipped_rates)
    assert (result.total_interest, result.compensation) == (9263, Money("EUR", 4000))


def test_china_lpr_linked_rate_when_no_contract_rate(shipped_rates: dict[str, RateTable]) -> None:
    # CNY 100,000 due 2023-09-10, interest from 2023-09-11: the 1-year LPR then is 3.45% (from 2023-08-21);
    # x 1.5 = 5.175% a year, fixed. 2023-09-11..2023-12-09 = 20 + 31 + 30 + 9 = 90 days:
    # 100,000 x 0.05175 x 90 / 365 = 1,276.0274 -> CNY 1,276.03
    lpr = Customer("CN3", "某某贸易有限公司", jurisdiction=Jurisdiction.CN, currency="CNY", lpr_factor=Decimal("1.5"))
    result = compute_interest(invoice(10_000_000, date(2023, 9, 10), "CNY"), lpr, date(2023, 12, 9), shipped_rates)
    p = result.periods[0]
    assert (p.days, p.annual_rate, p.reference_rate, p.factor, p.table) == (
        90, Decimal("5.175"), Decimal("3.45"), Decimal("1.5"), "cn_lpr_1y")
    assert result.total_interest == 127603
    assert "Loan Prime Rate of 3.45%" in result.basis and "x 1.5" in result.basis
    # a contractual rate wins over the LPR link
    both = dataclasses.replace(lpr, contract_rate_bp=1095)
    assert compute_interest(invoice(10_000_000, date(2023, 9, 10), "CNY"), both, date(2023, 12, 9),
                            shipped_rates).periods[0].annual_rate == Decimal("10.95")


def test_eu_2008_uses_the_rates_in_force_on_1_july_and_1_january(shipped_rates: dict[str, RateTable]) -> None:
    # EUR 10,000 due 2008-12-15, as of 2009-01-15.
    #   2008-12-16..2008-12-31 = 16 days: ECB on 2008-07-01 = 4.00% (the 2008-07-09 rise came later) + 8 = 12%:
    #       10,000 x 0.12 x 16 / 365 = 52.6027 -> 52.60
    #   2009-01-01..2009-01-15 = 15 days: ECB on 2009-01-01 = 2.50% (from 2008-12-10) + 8 = 10.50%:
    #       10,000 x 0.105 x 15 / 365 = 43.1507 -> 43.15
    #   total 95.75
    result = compute_interest(invoice(1_000_000, date(2008, 12, 15)), EU_SA, date(2009, 1, 15), shipped_rates)
    assert [(p.days, p.reference_rate, p.annual_rate, p.interest) for p in result.periods] == [
        (16, Decimal("4.00"), Decimal("12.00"), 5260), (15, Decimal("2.50"), Decimal("10.50"), 4315)]
    assert result.total_interest == 9575 and not result.rate_after_table_end
