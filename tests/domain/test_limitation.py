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


def test_cn_an_acknowledgment_after_expiry_revives_the_claim() -> None:
    # Due 2020-03-01: three years to 2023-03-01; barred from 2023-03-02.
    # A creditor's demand delivered 2023-05-01 (after expiry) revives nothing (Art. 192(2) needs the debtor).
    demand = LimitationEvent(date(2023, 5, 1), "demand_delivered", 5)
    still_barred = assess_limitation(date(2020, 3, 1), "cn", [demand], date(2023, 6, 1))
    assert still_barred.time_barred and still_barred.revived_by_event_id is None
    # The debtor's promise of 2023-06-10 revives it: a new three years to 2026-06-10, naming the event.
    promise = LimitationEvent(date(2023, 6, 10), "promise", "promise 9")
    revived = assess_limitation(date(2020, 3, 1), "cn", [demand, promise], date(2023, 7, 1))
    assert revived.time_barred is False and revived.limitation_date == date(2026, 6, 10)
    assert (revived.revived_by_event_id, revived.revived_on, revived.revived_by_kind) == (
        "promise 9", date(2023, 6, 10), "promise")
    assert "revived the claim (PRC Civil Code Art. 192(2))" in revived.basis
    # Seen on 2023-06-09 (before the promise) the claim is still barred.
    assert assess_limitation(date(2020, 3, 1), "cn", [demand, promise], date(2023, 6, 9)).time_barred


def test_uk_is_not_revived_by_a_late_part_payment() -> None:
    late = LimitationEvent(date(2026, 1, 1), "part_payment", 3)
    status = assess_limitation(date(2019, 3, 15), "uk", [late], date(2026, 2, 1))
    assert status.time_barred and status.revived_by_event_id is None


def test_de_negotiations_suspend_the_period() -> None:
    # Due 2021-05-10: limitation 2024-12-31. Negotiations 2024-03-01..2024-03-31 = 31 days (both ends
    # counted): 2024-12-31 + 31 days = 2025-01-31.
    events = [LimitationEvent(date(2024, 3, 1), "negotiation_start", 1),
              LimitationEvent(date(2024, 3, 31), "negotiation_end", 2)]
    status = assess_limitation(date(2021, 5, 10), "de", events, date(2025, 1, 15))
    assert (status.limitation_date, status.suspended_days, status.time_barred) == (date(2025, 1, 31), 31, False)
    assert "suspended for 31 days of negotiations (BGB §203)" in status.basis
    # Negotiations 2024-12-01..2024-12-20 (20 days) end near the limit: 2024-12-31 + 20 = 2025-01-20, but
    # §203 keeps it open at least three months after they ended: 2025-03-20.
    late = [LimitationEvent(date(2024, 12, 1), "negotiation_start", 3),
            LimitationEvent(date(2024, 12, 20), "negotiation_end", 4)]
    assert assess_limitation(date(2021, 5, 10), "de", late, date(2025, 2, 1)).limitation_date == date(2025, 3, 20)
    # Still negotiating on 2025-01-10 (started 2024-12-01): 41 days so far, 2024-12-31 + 41 = 2025-02-10.
    ongoing = assess_limitation(date(2021, 5, 10), "de", late[:1], date(2025, 1, 10))
    assert (ongoing.limitation_date, ongoing.suspended_days, ongoing.time_barred) == (date(2025, 2, 10), 41, False)
    # Negotiations that begin after the period ran out suspend nothing; nor do they count in cn.
    after = [LimitationEvent(date(2025, 2, 1), "negotiation_start", 5)]
    assert assess_limitation(date(2021, 5, 10), "de", after, date(2025, 3, 1)).time_barred
    assert assess_limitation(date(2021, 5, 10), "cn", events, date(2024, 6, 1)).suspended_days == 0
