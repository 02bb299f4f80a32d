"""Dated rate tables: parsing, lookup by date, and the 'assumed unchanged' (stale) flag."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from arledger.domain.errors import UserError, ValidationError
from arledger.domain.rates import (
    BOE_BASE_RATE,
    DE_BASISZINS,
    ECB_MRO,
    RateTable,
    format_percent,
    half_year_start,
    next_half_year_start,
    parse_rate_table,
)

SAMPLE = """\
# Sample table
# label: Test rate
effective_date,rate_percent
2024-07-01,3.37
2024-01-01,3.62
2025-01-01,2.27
"""


def test_parse_sorts_entries_and_reads_the_label() -> None:
    table = parse_rate_table(SAMPLE, "sample")
    assert [e.effective for e in table.entries] == [date(2024, 1, 1), date(2024, 7, 1), date(2025, 1, 1)]
    assert table.entries[0].rate_percent == Decimal("3.62")
    assert table.display_label == "Test rate"


def test_rate_on_takes_the_entry_in_force_that_day() -> None:
    table = parse_rate_table(SAMPLE, "sample")
    assert table.rate_on(date(2024, 6, 30)) == (Decimal("3.62"), date(2024, 1, 1), False)
    assert table.rate_on(date(2024, 7, 1)) == (Decimal("3.37"), date(2024, 7, 1), False)
    rate, effective, stale = table.rate_on(date(2025, 3, 1))
    assert (rate, effective, stale) == (Decimal("2.27"), date(2025, 1, 1), False)


def test_a_date_before_the_first_entry_is_refused() -> None:
    table = parse_rate_table(SAMPLE, "sample")
    with pytest.raises(UserError, match="starts on 2024-01-01"):
        table.rate_on(date(2023, 12, 31))


def test_rates_past_the_next_half_year_start_are_flagged_stale() -> None:
    # Last entry 2025-01-01: complete through 2025-06-30 (the next reset is 2025-07-01).
    table = parse_rate_table(SAMPLE, "sample")
    assert table.known_through() == date(2025, 6, 30)
    assert table.rate_on(date(2025, 6, 30)).stale is False
    later = table.rate_on(date(2025, 7, 1))
    assert later == (Decimal("2.27"), date(2025, 1, 1), True)
    assert "assumed for 2025-07-01" in str(table.stale_message(date(2025, 7, 1)))


def test_known_through_comment_extends_the_complete_range() -> None:
    table = parse_rate_table("# known_through: 2025-09-30\n2025-01-01,2.27\n", "sample")
    assert table.rate_on(date(2025, 9, 30)).stale is False
    assert table.rate_on(date(2025, 10, 1)).stale is True


def test_negative_rates_and_percent_signs_are_accepted() -> None:
    table = parse_rate_table("2016-07-01,-0.88%\n", "de")
    assert table.rate_on(date(2020, 1, 1)).rate == Decimal("-0.88")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-13-01,3.0\n", "line 1: '2024-13-01' is not a date"),
        ("effective_date,rate_percent\n2024-01-01,abc\n", "line 2: 'abc' is not a rate"),
        ("2024-01-01\n", "line 1: expected"),
        ("2024-01-01,1\n2024-01-01,2\n", "listed twice"),
        ("# only a comment\n", "no entries"),
    ],
)
def test_bad_tables_are_refused_with_the_line(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_rate_table(text, "bad")


def test_a_table_must_be_sorted_and_unique_when_built_directly() -> None:
    with pytest.raises(UserError):
        RateTable("empty", ())


def test_half_year_helpers() -> None:
    assert half_year_start(date(2025, 6, 30)) == date(2025, 1, 1)
    assert half_year_start(date(2025, 7, 1)) == date(2025, 7, 1)
    assert next_half_year_start(date(2025, 1, 1)) == date(2025, 7, 1)
    assert next_half_year_start(date(2025, 7, 1)) == date(2026, 1, 1)
    assert format_percent(Decimal("4")) == "4.00%"
    assert format_percent(Decimal("11.275")) == "11.275%"


def test_shipped_tables_hold_the_known_values(shipped_rates: dict[str, RateTable]) -> None:
    boe, ecb, de = shipped_rates[BOE_BASE_RATE], shipped_rates[ECB_MRO], shipped_rates[DE_BASISZINS]
    assert boe.rate_on(date(2025, 8, 7)) == (Decimal("4.00"), date(2025, 8, 7), False)
    assert boe.rate_on(date(2024, 12, 31)).rate == Decimal("4.75")
    assert ecb.rate_on(date(2025, 7, 1)).rate == Decimal("2.15")
    assert ecb.rate_on(date(2024, 1, 1)).rate == Decimal("4.50")
    assert de.rate_on(date(2025, 1, 1)).rate == Decimal("2.27")
    assert de.rate_on(date(2025, 12, 31)) == (Decimal("1.27"), date(2025, 7, 1), False)
    assert de.rate_on(date(2026, 1, 1)).stale is True
    assert [t.display_label for t in (boe, ecb, de)] == ["BoE base", "ECB MRO", "Basiszinssatz"]


@pytest.mark.parametrize(
    ("table", "day", "rate"),
    [
        # Bank of England Bank Rate: the 2009 low, the 2016 cut after the referendum, the March 2020 cuts
        (BOE_BASE_RATE, date(2009, 3, 5), "0.50"),
        (BOE_BASE_RATE, date(2009, 3, 4), "1.00"),
        (BOE_BASE_RATE, date(2016, 8, 4), "0.25"),
        (BOE_BASE_RATE, date(2020, 3, 19), "0.10"),
        (BOE_BASE_RATE, date(2021, 12, 31), "0.25"),
        # Basiszinssatz: its first value, the first negative half-year, the long -0.88% stretch
        (DE_BASISZINS, date(2002, 1, 1), "2.57"),
        (DE_BASISZINS, date(2013, 1, 1), "-0.13"),
        (DE_BASISZINS, date(2019, 7, 1), "-0.88"),
        (DE_BASISZINS, date(2022, 12, 31), "-0.88"),
        # ECB main refinancing rate: the euro's first day, the switch to fixed-rate full allotment, zero
        (ECB_MRO, date(1999, 1, 1), "3.00"),
        (ECB_MRO, date(2008, 10, 15), "3.75"),
        (ECB_MRO, date(2008, 10, 14), "4.25"),
        (ECB_MRO, date(2016, 3, 16), "0.00"),
        (ECB_MRO, date(2022, 7, 1), "0.00"),
    ],
)
def test_shipped_tables_reach_back_with_the_banks_figures(shipped_rates: dict[str, RateTable], table: str,
                                                          day: date, rate: str) -> None:
    assert shipped_rates[table].rate_on(day).rate == Decimal(rate)


def test_shipped_tables_start_where_limitation_needs_them(shipped_rates: dict[str, RateTable]) -> None:
    firsts = {name: t.entries[0].effective for name, t in shipped_rates.items()}
    assert firsts[BOE_BASE_RATE] <= date(2008, 12, 31)  # the reference date for debts starting in H1 2009
    assert firsts[DE_BASISZINS] == date(2002, 1, 1)
    assert firsts[ECB_MRO] == date(1999, 1, 1)
    de = shipped_rates[DE_BASISZINS]
    # every half-year has its own line, also when the value did not change
    assert all(e.effective.day == 1 and e.effective.month in (1, 7) for e in de.entries)
    assert len(de.entries) == (2025 - 2002) * 2 + 2
