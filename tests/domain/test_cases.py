"""Case stages and team figures, hand-checked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from arledger.domain.cases import (
    CaseStage,
    OwnerActivity,
    check_stage_change,
    parse_stage,
    pauses_letters,
    stage_title,
    team_figures,
)
from arledger.domain.errors import UserError


def test_stages_parse_and_say_what_they_are() -> None:
    assert parse_stage("Written off") is CaseStage.WRITTEN_OFF
    assert stage_title(CaseStage.LAWYER) == "handed over: lawyer"
    with pytest.raises(UserError, match="is not a case stage"):
        parse_stage("jail")


def test_handed_over_and_closed_cases_get_no_letters() -> None:
    assert [s.value for s in CaseStage if pauses_letters(s)] == [
        "lawyer", "agency", "court", "paid", "settled", "written-off"]
    assert not pauses_letters(None)


def test_a_change_must_change_something_and_a_handover_needs_an_owner() -> None:
    check_stage_change(None, CaseStage.ACTIVE, "")
    with pytest.raises(UserError, match="already at stage 'active'"):
        check_stage_change(CaseStage.ACTIVE, CaseStage.ACTIVE, "ann")
    with pytest.raises(UserError, match="owner before handing it over"):
        check_stage_change(CaseStage.ACTIVE, CaseStage.COURT, " ")


def test_team_figures() -> None:
    ann = OwnerActivity("ann", accounts=3, contacts=12, promises_obtained=4, promises_kept=2, promises_evaluated=3,
                        collected=(("GBP", 50_000), ("EUR", 120_000)),
                        # 10, 20 and 31 days from first action to paid: 61 / 3 = 20.33
                        collection_spans=((date(2025, 3, 1), date(2025, 3, 11)), (date(2025, 3, 1), date(2025, 3, 21)),
                                          (date(2025, 3, 1), date(2025, 4, 1))))
    nobody = OwnerActivity("", 1, 0, 0, 0, 0, (), ())
    bob = OwnerActivity("Bob", 1, 2, 1, 0, 0, (), ())
    figures = team_figures([nobody, bob, ann])
    assert [f.owner for f in figures] == ["ann", "Bob", ""]
    a = figures[0]
    # 2 kept of 3 evaluated = 66.67% (the fourth promise is still pending).
    assert (a.promise_kept_rate, a.average_days_to_collect) == (Decimal("66.67"), Decimal("20.33"))
    assert a.collected == (("EUR", 120_000), ("GBP", 50_000))
    assert (figures[1].promise_kept_rate, figures[1].average_days_to_collect) == (None, None)
