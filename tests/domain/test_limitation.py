"""Limitation periods per rule pack, and which logged events restart them."""

from __future__ import annotations

from datetime import date

import pytest

from arledger.domain.errors import UserError
from arledger.domain.limitation import LimitationEvent, add_years, assess_limitation


def test_uk_six_years_from_the_due_date() -> None:
    # Due 2019-03-15: safe through 2025-03-15, barred from 2025-03-16.
    status = assess_limitation(date(2019, 3, 15), "uk", [], date(2025, 3, 15))
    assert status.limitation_date == date(2025, 3, 15)
    assert (status.time_barred, status.days_left, status.warning) == (False, 0, True)
    assert assess_limitation(date(2019, 3, 15), "uk", [], date(2025, 3, 16)).time_barred is True
    assert "Limitation Act 1980" in status.basis


def test_uk_part_payment_restarts_the_six_years() -> None:
    # A part payment on 2021-06-01 starts six new years: safe through 2027-06-01.
    paid = LimitationEvent(date(2021, 6, 1), "part_payment", event_id=41)
    status = assess_limitation(date(2019, 3, 15), "uk", [paid], date(2025, 6, 1))
    assert status.limitation_date == date(2027, 6, 1)
    assert (status.restarted_by_event_id, status.restarted_on, status.restarted_by_kind) == (
        41, date(2021, 6, 1), "part_payment")
    assert status.time_barred is False
    assert "restarted by the part payment of 2021-06-01" in status.basis


def test_uk_a_demand_or_oral_promise_does_not_restart() -> None:
    events = [LimitationEvent(date(2021, 6, 1), "demand_delivered", 1), LimitationEvent(date(2022, 1, 1), "promise", 2)]
    status = assess_limitation(date(2019, 3, 15), "uk", events, date(2025, 6, 1))
    assert status.limitation_date == date(2025, 3, 15)
    assert status.restarted_by_event_id is None
    assert status.time_barred is True


def test_de_three_years_from_the_end_of_the_year_it_fell_due() -> None:
    # Due 2021-05-10: the period starts at the end of 2021 and ends 2024-12-31.
    status = assess_limitation(date(2021, 5, 10), "de", [], date(2024, 7, 1))
    assert status.limitation_date == date(2024, 12, 31)
    assert status.warning is False  # 183 days left
    assert assess_limitation(date(2021, 5, 10), "de", [], date(2024, 7, 4)).warning is True  # 180 days left
    assert "from the end of 2021" in status.basis


def test_de_a_reminder_does_not_restart_but_an_acknowledgment_does() -> None:
    reminder = LimitationEvent(date(2024, 6, 1), "demand_delivered", 7)
    barred = assess_limitation(date(2021, 5, 10), "de", [reminder], date(2025, 1, 1))
    assert barred.time_barred is True and barred.restarted_by_event_id is None
    # §212: a new full three years from the day after the acknowledgment, not from year end:
    # acknowledged 2024-06-01 -> period 2024-06-02 .. 2027-06-01.
    ack = LimitationEvent(date(2024, 6, 1), "acknowledgment", 8)
    restarted = assess_limitation(date(2021, 5, 10), "de", [reminder, ack], date(2025, 1, 1))
    assert restarted.limitation_date == date(2027, 6, 1)
    assert restarted.restarted_by_event_id == 8
    assert restarted.time_barred is False


def test_de_restart_never_shortens_the_period() -> None:
    # Due 2024-03-01 -> 2027-12-31. A part payment on 2024-04-01 would give 2027-04-01: keep 2027-12-31.
    paid = LimitationEvent(date(2024, 4, 1), "part_payment", 3)
    status = assess_limitation(date(2024, 3, 1), "de", [paid], date(2025, 1, 1))
    assert status.limitation_date == date(2027, 12, 31)
    assert status.restarted_by_event_id is None


def test_cn_demand_delivered_restarts_three_years() -> None:
    # Due 2022-01-10 -> 2025-01-10; demand delivered 2023-02-01 -> 2026-02-01; the later promise wins.
    events = [
        LimitationEvent(date(2023, 2, 1), "demand_delivered", "E1"),
        LimitationEvent(date(2024, 5, 5), "promise", "E2"),
    ]
    status = assess_limitation(date(2022, 1, 10), "cn", events, date(2025, 6, 1))
    assert status.limitation_date == date(2027, 5, 5)
    assert status.restarted_by_event_id == "E2"
    only_demand = assess_limitation(date(2022, 1, 10), "cn", events[:1], date(2025, 6, 1))
    assert only_demand.limitation_date == date(2026, 2, 1)


def test_generic_default_four_years_restarted_only_by_acknowledgment() -> None:
    events = [LimitationEvent(date(2022, 1, 1), "part_payment", 1)]
    status = assess_limitation(date(2020, 1, 15), "us", events, date(2024, 1, 16))
    assert status.limitation_date == date(2024, 1, 15)
    assert status.time_barred is True
    ack = [LimitationEvent(date(2022, 1, 1), "acknowledgment", 2)]
    assert assess_limitation(date(2020, 1, 15), "generic", ack, date(2024, 1, 16)).limitation_date == date(2026, 1, 1)
    six = assess_limitation(date(2020, 1, 15), "eu", [], date(2024, 1, 16), generic_years=6)
    assert six.limitation_date == date(2026, 1, 15)


def test_an_event_after_expiry_does_not_revive_the_claim() -> None:
    late = LimitationEvent(date(2025, 4, 1), "part_payment", 9)
    status = assess_limitation(date(2019, 3, 15), "uk", [late], date(2025, 6, 1))
    assert status.time_barred is True and status.restarted_by_event_id is None


def test_events_after_as_of_are_not_known_yet() -> None:
    paid = LimitationEvent(date(2021, 6, 1), "part_payment", 41)
    status = assess_limitation(date(2019, 3, 15), "uk", [paid], date(2021, 5, 31))
    assert status.limitation_date == date(2025, 3, 15)
    assert status.is_time_barred(date(2025, 3, 16)) is True
    assert status.warning_from() == date(2024, 9, 16)


def test_29_february_falls_back_to_28_february() -> None:
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_unknown_pack_or_event_kind_is_a_user_error() -> None:
    with pytest.raises(UserError, match="not a limitation rule"):
        assess_limitation(date(2020, 1, 1), "fr", [], date(2021, 1, 1))
    with pytest.raises(UserError, match="not a limitation event"):
        assess_limitation(date(2020, 1, 1), "uk", [LimitationEvent(date(2020, 6, 1), "reminder")], date(2021, 1, 1))
