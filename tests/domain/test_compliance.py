"""Contact guards: hours in the debtor's time zone (with DST), call caps, pauses, and when they lift."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from arledger.domain.compliance import ContactPolicy, check_contact, find_next_allowed
from arledger.domain.errors import UserError
from arledger.domain.model import Channel, ContactEvent, Customer, CustomerKind, Direction, Outcome

POLICY = ContactPolicy()
BERLIN_CO = Customer("DE1", "Muster GmbH", timezone="Europe/Berlin")
LONDON_CO = Customer("UK1", "Widgets Ltd", timezone="Europe/London")
LONDON_PERSON = Customer("UK2", "Jo Bloggs", kind=CustomerKind.INDIVIDUAL, timezone="Europe/London")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def call(at: datetime, outcome: Outcome = Outcome.NO_ANSWER, direction: Direction = Direction.OUT,
         channel: Channel = Channel.PHONE) -> ContactEvent:
    return ContactEvent(1, at, channel, direction, "call", outcome=outcome)


def rules(violations: list) -> list[str]:
    return [v.rule for v in violations]


# --- contact hours -----------------------------------------------------------------------------------

def test_a_call_inside_hours_passes() -> None:
    assert check_contact(POLICY, BERLIN_CO, Channel.PHONE, utc(2026, 1, 5, 9, 0)) == []


def test_late_evening_call_in_berlin_waits_for_08_00_local() -> None:
    # 21:15 UTC in January is 22:15 CET (UTC+1); 08:00 CET next day is 07:00 UTC.
    [v] = check_contact(POLICY, BERLIN_CO, Channel.PHONE, utc(2026, 1, 5, 21, 15))
    assert v.rule == "contact-hours"
    assert str(v.message) == ("Outside contact hours: 22:15 in Europe/Berlin; calls allowed from 08:00 "
                         "(2026-01-06 07:00 UTC).")
    assert v.next_allowed == utc(2026, 1, 6, 7, 0)


def test_early_morning_waits_for_the_same_day() -> None:
    [v] = check_contact(POLICY, BERLIN_CO, Channel.SMS, utc(2026, 1, 6, 6, 30))  # 07:30 CET
    assert v.next_allowed == utc(2026, 1, 6, 7, 0)
    assert "text messages allowed from 08:00" in str(v.message)


def test_08_00_is_allowed_and_21_00_is_not() -> None:
    assert check_contact(POLICY, BERLIN_CO, Channel.VISIT, utc(2026, 1, 6, 7, 0)) == []  # 08:00 CET
    assert rules(check_contact(POLICY, BERLIN_CO, Channel.VISIT, utc(2026, 1, 6, 20, 0))) == ["contact-hours"]
    assert check_contact(POLICY, BERLIN_CO, Channel.VISIT, utc(2026, 1, 6, 19, 59)) == []  # 20:59 CET


def test_london_spring_forward_moves_the_utc_window() -> None:
    # Saturday 2025-03-29 is GMT (UTC+0): 07:30 UTC is 07:30 local, calls from 08:00 UTC.
    [before] = check_contact(POLICY, LONDON_CO, Channel.PHONE, utc(2025, 3, 29, 7, 30))
    assert before.next_allowed == utc(2025, 3, 29, 8, 0)
    # Sunday 2025-03-30 is BST (UTC+1) from 01:00 UTC: 06:30 UTC is 07:30 local, calls from 07:00 UTC.
    [after] = check_contact(POLICY, LONDON_CO, Channel.PHONE, utc(2025, 3, 30, 6, 30))
    assert "07:30 in Europe/London" in str(after.message)
    assert after.next_allowed == utc(2025, 3, 30, 7, 0)
    # 20:30 UTC is inside hours on the Saturday (20:30 GMT) but not on the Sunday (21:30 BST).
    assert check_contact(POLICY, LONDON_CO, Channel.PHONE, utc(2025, 3, 29, 20, 30)) == []
    assert rules(check_contact(POLICY, LONDON_CO, Channel.PHONE, utc(2025, 3, 30, 20, 30))) == ["contact-hours"]


def test_london_fall_back_overnight_gives_next_morning_in_gmt() -> None:
    # 2025-10-25 20:30 UTC is 21:30 BST; clocks go back that night, so 08:00 on the 26th is 08:00 UTC.
    [v] = check_contact(POLICY, LONDON_CO, Channel.PHONE, utc(2025, 10, 25, 20, 30))
    assert "21:30 in Europe/London" in str(v.message)
    assert v.next_allowed == utc(2025, 10, 26, 8, 0)


def test_letters_and_emails_are_not_hours_guarded() -> None:
    night = utc(2026, 1, 5, 23, 0)
    assert check_contact(POLICY, BERLIN_CO, Channel.EMAIL, night) == []
    assert check_contact(POLICY, BERLIN_CO, Channel.LETTER, night) == []


def test_hours_are_configurable() -> None:
    policy = ContactPolicy(hours_start=time(9, 0), hours_end=time(17, 0))
    assert rules(check_contact(policy, BERLIN_CO, Channel.PHONE, utc(2026, 1, 6, 7, 30))) == ["contact-hours"]


# --- call cap -----------------------------------------------------------------------------------------

def test_seven_calls_in_seven_days_block_the_eighth_until_the_first_leaves_the_window() -> None:
    # Outbound calls at 09:00 UTC on 3 to 9 March; an inbound call does not count.
    calls = [call(utc(2025, 3, d, 9, 0)) for d in range(3, 10)]
    calls.append(call(utc(2025, 3, 9, 10, 0), Outcome.NO_ANSWER, Direction.IN))
    [v] = check_contact(POLICY, BERLIN_CO, Channel.PHONE, utc(2025, 3, 9, 12, 0), calls)
    assert v.rule == "call-cap"
    # The 3 March call leaves the rolling window at 2025-03-10 09:00 UTC.
    assert v.next_allowed == utc(2025, 3, 10, 9, 0)
    assert str(v.message) == ("7 calls in the last 7 days reach the limit of 7; the next call is allowed from "
                         "2025-03-10 09:00 UTC.")
    assert check_contact(POLICY, BERLIN_CO, Channel.PHONE, utc(2025, 3, 10, 9, 0), calls) == []
    assert check_contact(POLICY, BERLIN_CO, Channel.PHONE, utc(2025, 3, 9, 12, 0), calls[1:]) == []
    # The cap is for calls only.
    assert check_contact(POLICY, BERLIN_CO, Channel.EMAIL, utc(2025, 3, 9, 12, 0), calls) == []


# --- conversation pause -------------------------------------------------------------------------------

def test_a_conversation_with_an_individual_pauses_calls_for_seven_days() -> None:
    talked = [call(utc(2025, 3, 3, 10, 0), Outcome.PROMISE)]
    [v] = check_contact(POLICY, LONDON_PERSON, Channel.PHONE, utc(2025, 3, 8, 10, 0), talked)
    assert v.rule == "conversation-pause"
    assert v.next_allowed == utc(2025, 3, 10, 10, 0)
    assert "(promise) pauses calls for 7 days, until 2025-03-10 10:00 UTC" in str(v.message)
    assert check_contact(POLICY, LONDON_PERSON, Channel.PHONE, utc(2025, 3, 10, 10, 0), talked) == []
    # Writing is still allowed, companies are not paused, and an unanswered call is no conversation.
    assert check_contact(POLICY, LONDON_PERSON, Channel.EMAIL, utc(2025, 3, 8, 10, 0), talked) == []
    assert check_contact(POLICY, LONDON_CO, Channel.PHONE, utc(2025, 3, 8, 10, 0), talked) == []
    missed = [call(utc(2025, 3, 3, 10, 0), Outcome.NO_ANSWER)]
    assert check_contact(POLICY, LONDON_PERSON, Channel.PHONE, utc(2025, 3, 8, 10, 0), missed) == []


# --- pauses -------------------------------------------------------------------------------------------

def test_open_dispute_pauses_live_channels_but_not_letters() -> None:
    at = utc(2025, 3, 4, 10, 0)
    [v] = check_contact(POLICY, BERLIN_CO, Channel.PHONE, at, has_open_dispute=True)
    assert (v.rule, v.next_allowed) == ("open-dispute", None)
    assert check_contact(POLICY, BERLIN_CO, Channel.LETTER, at, has_open_dispute=True) == []


def test_do_not_contact_and_attorney_block_every_channel() -> None:
    flagged = Customer("X1", "Quiet Ltd", do_not_contact=True, attorney_on_record=True)
    violations = check_contact(POLICY, flagged, Channel.LETTER, utc(2025, 3, 4, 10, 0))
    assert rules(violations) == ["do-not-contact", "attorney-on-record"]
    assert all(v.next_allowed is None for v in violations)
    assert str(violations[0].message) == "Quiet Ltd asked not to be contacted; no letters until the flag is cleared."


# --- combined -----------------------------------------------------------------------------------------

def test_next_allowed_moment_passes_every_guard() -> None:
    # 7 calls from 2 to 8 Jan at 20:30 UTC (21:30 Berlin: logged, e.g. with overrides). The cap frees at
    # 2026-01-09 20:30 UTC = 21:30 CET, outside hours, so the first allowed call is 2026-01-10 07:00 UTC.
    calls = [call(utc(2026, 1, d, 20, 30)) for d in range(2, 9)]
    moment = find_next_allowed(POLICY, BERLIN_CO, Channel.PHONE, utc(2026, 1, 9, 10, 0), calls)
    assert moment == utc(2026, 1, 10, 7, 0)
    assert find_next_allowed(POLICY, BERLIN_CO, Channel.PHONE, utc(2026, 1, 9, 10, 0), has_open_dispute=True) is None


def test_bad_inputs_are_user_errors() -> None:
    with pytest.raises(UserError, match="time zone"):
        check_contact(POLICY, BERLIN_CO, Channel.PHONE, datetime(2026, 1, 5, 9, 0))
    with pytest.raises(UserError, match="not a known time zone"):
        check_contact(POLICY, Customer("Z", "Zed", timezone="Mars/Olympus"), Channel.PHONE, utc(2026, 1, 5, 9))
