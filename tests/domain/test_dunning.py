"""The letter ladder: which level is due for a customer, gaps, no stepping down, pauses, escalation."""

from __future__ import annotations

from datetime import date

import pytest

from arledger.domain.dunning import (
    PRE_ACTION_ENCLOSURES,
    DunningItem,
    DunningLevel,
    DunningPause,
    EscalationPolicy,
    LetterDecision,
    NotDue,
    Pause,
    escalation_due,
    letter_due,
)
from arledger.domain.errors import UserError
from arledger.domain.messages import Message
from arledger.domain.model import Customer, CustomerKind, Jurisdiction, Letter
from arledger.domain.money import Money

POLICY = EscalationPolicy()
COMPANY = Customer("UK1", "Widgets Ltd", jurisdiction=Jurisdiction.UK, currency="GBP", id=1)
PERSON = Customer("UK2", "Jo Bloggs", kind=CustomerKind.INDIVIDUAL, jurisdiction=Jurisdiction.UK, id=2)

INV_1001 = DunningItem(1, "INV-1001", date(2025, 1, 1), 120_000, "GBP")
INV_1002 = DunningItem(2, "INV-1002", date(2025, 2, 1), 30_000, "GBP")


def letter(level: int, sent_on: date, *invoice_ids: int) -> Letter:
    return Letter(1, level, sent_on, "0" * 64, "letters/x.pdf", invoice_ids)


def test_one_letter_at_the_highest_level_any_item_has_reached() -> None:
    # As of 2025-02-10: INV-1001 is 40 days overdue (level 3 from 35), INV-1002 is 9 days (level 1 from 7).
    # A first letter may be a formal demand only where the policy allows it.
    allowed = EscalationPolicy(allow_first_formal=True)
    decision = letter_due(allowed, COMPANY, [INV_1002, INV_1001], None, [], date(2025, 2, 10))
    assert isinstance(decision, LetterDecision)
    assert (decision.level, decision.level_name) == (3, "Formal demand")
    assert [(li.item.number, li.days_overdue, li.level) for li in decision.items] == [
        ("INV-1001", 40, 3), ("INV-1002", 9, 1)]
    assert str(decision.reasons[0]) == "INV-1001 is 40 days overdue; level 3 (Formal demand) due at 35 days."
    assert decision.totals == (Money("GBP", 150_000),)
    assert (decision.reply_days, decision.reply_by) == (14, date(2025, 2, 24))
    assert decision.enclosures == ("statement of account",)
    assert decision.evidence_appendix and decision.court_action_allowed


def test_not_due_before_the_first_level() -> None:
    fresh = DunningItem(3, "INV-1003", date(2025, 2, 7), 10_000, "GBP")
    decision = letter_due(POLICY, COMPANY, [fresh], None, [], date(2025, 2, 10))
    assert isinstance(decision, NotDue) and decision.due_on == date(2025, 2, 14)
    assert str(decision.reason) == "INV-1003 is 3 days overdue; level 1 (Friendly reminder) is due at 7 days."
    not_overdue = letter_due(POLICY, COMPANY, [INV_1002], None, [], date(2025, 2, 1))
    assert _english(not_overdue) == ("No undisputed amount is overdue.", None)


def test_at_least_seven_days_between_letters() -> None:
    decision = letter_due(POLICY, COMPANY, [INV_1001], letter(1, date(2025, 2, 5), 1), [], date(2025, 2, 10))
    assert isinstance(decision, NotDue)
    assert decision.due_on == date(2025, 2, 12)
    assert "sent on 2025-02-05; the next may go from 2025-02-12" in str(decision.reason)


def test_the_same_level_is_not_repeated_and_the_reason_says_when_the_next_comes() -> None:
    # Level 3 went on 2025-02-01 for INV-1001; level 4 comes at 60 days: 2025-01-01 + 60 = 2025-03-02.
    last = letter(3, date(2025, 2, 1), 1)
    decision = letter_due(POLICY, COMPANY, [INV_1001], last, [], date(2025, 2, 10))
    assert _english(decision) == (
        "Level 3 (Formal demand) was sent on 2025-02-01; level 4 (Final demand) is due when INV-1001 reaches "
        "60 days on 2025-03-02.", date(2025, 3, 2))
    reached = letter_due(POLICY, COMPANY, [INV_1001], last, [], date(2025, 3, 2))
    assert isinstance(reached, LetterDecision) and reached.level == 4


def test_a_new_overdue_item_gets_a_letter_at_the_level_already_sent() -> None:
    # INV-1002 (9 days, level 1 alone) joins INV-1001 on a letter that stays at level 3.
    last = letter(3, date(2025, 2, 1), 1)
    decision = letter_due(POLICY, COMPANY, [INV_1001, INV_1002], last, [], date(2025, 2, 10))
    assert isinstance(decision, LetterDecision)
    assert decision.level == 3
    assert "Overdue since the last letter: INV-1002." in [str(r) for r in decision.reasons]


def test_letters_do_not_step_down_within_an_episode() -> None:
    # Level 3 was sent for INV-1001 and INV-1002; INV-1001 was then paid, INV-1002 (now 30 days, level 2)
    # is still open. No new item and no higher level: no letter. The episode goes on at level 3 at least.
    last = letter(3, date(2025, 2, 20), 1, 2)
    decision = letter_due(POLICY, COMPANY, [INV_1002], last, [], date(2025, 3, 3))
    assert isinstance(decision, NotDue)
    assert decision.due_on == date(2025, 4, 2)  # INV-1002 reaches 60 days


def test_a_new_episode_starts_from_level_one() -> None:
    # The last letter (level 4) listed only invoice 9, since settled: INV-1002 starts again at level 1.
    decision = letter_due(POLICY, COMPANY, [INV_1002], letter(4, date(2024, 11, 1), 9), [], date(2025, 2, 10))
    assert isinstance(decision, LetterDecision)
    assert decision.level == 1 and decision.reply_days == 7
    assert not decision.evidence_appendix and decision.enclosures == ()


def test_final_demand_to_an_individual_in_england_follows_the_pre_action_protocol() -> None:
    item = DunningItem(5, "INV-2001", date(2025, 1, 1), 50_000, "GBP")
    after_demand = letter(3, date(2025, 2, 10), 5)
    decision = letter_due(POLICY, PERSON, [item], after_demand, [], date(2025, 3, 5))
    assert isinstance(decision, LetterDecision)
    assert (decision.level, decision.reply_days, decision.reply_by) == (4, 30, date(2025, 4, 4))
    assert decision.enclosures == PRE_ACTION_ENCLOSURES
    company = letter_due(POLICY, COMPANY, [item], after_demand, [], date(2025, 3, 5))
    assert isinstance(company, LetterDecision) and company.reply_days == 14


def test_formal_demand_to_an_individual_in_england_is_a_letter_of_claim_too() -> None:
    # 40 days overdue: level 3. The protocol applies to levels 3 and 4 alike; a company still gets 14 days.
    item = DunningItem(5, "INV-2001", date(2025, 1, 1), 50_000, "GBP")
    after_reminder = letter(2, date(2025, 2, 1), 5)
    decision = letter_due(POLICY, PERSON, [item], after_reminder, [], date(2025, 2, 10))
    assert isinstance(decision, LetterDecision)
    assert (decision.level, decision.reply_days, decision.reply_by) == (3, 30, date(2025, 3, 12))
    assert decision.enclosures == PRE_ACTION_ENCLOSURES
    company = letter_due(POLICY, COMPANY, [item], after_reminder, [], date(2025, 2, 10))
    assert isinstance(company, LetterDecision)
    assert (company.reply_days, company.enclosures) == (14, ("statement of account",))


def test_customer_flags_and_customer_pauses_stop_letters() -> None:
    quiet = Customer("Q1", "Quiet Ltd", do_not_contact=True)
    assert _english(letter_due(POLICY, quiet, [INV_1001], None, [], date(2025, 2, 10))) == (
        ("Quiet Ltd asked not to be contacted.",), None)
    held = DunningPause(Message("", "Payment plan under review."), until=date(2025, 2, 28))
    assert _english(letter_due(POLICY, COMPANY, [INV_1001], None, [held], date(2025, 2, 10))) == (
        ("Payment plan under review.",), date(2025, 2, 28))
    assert isinstance(letter_due(POLICY, COMPANY, [INV_1001], None, [held], date(2025, 3, 1)), LetterDecision)


def test_a_pending_promise_pauses_only_its_invoices() -> None:
    promise = DunningPause(Message("", "Promise to pay INV-1001 by 2025-02-17 (+3 days' grace)."), date(2025, 2, 20),
                           (1,))
    only_promised = letter_due(POLICY, COMPANY, [INV_1001], None, [promise], date(2025, 2, 10))
    assert _english(only_promised) == (("Promise to pay INV-1001 by 2025-02-17 (+3 days' grace).",),
                                       date(2025, 2, 20))
    both = letter_due(POLICY, COMPANY, [INV_1001, INV_1002], None, [promise], date(2025, 2, 10))
    assert isinstance(both, LetterDecision)
    assert [li.item.number for li in both.items] == ["INV-1002"] and both.level == 1


def test_nothing_below_the_minimum_amount() -> None:
    policy = EscalationPolicy(min_amount=200_000)  # GBP 2,000.00; the items total GBP 1,500.00
    decision = letter_due(policy, COMPANY, [INV_1001, INV_1002], None, [], date(2025, 2, 10))
    assert _english(decision) == ("The overdue total is below the letter minimum (GBP 1500.00 is below GBP "
                                  "2000.00).", None)


def test_time_barred_items_stop_at_level_two_and_forbid_court_talk() -> None:
    old = DunningItem(7, "INV-0007", date(2018, 1, 1), 80_000, "GBP", time_barred=True)
    decision = letter_due(POLICY, COMPANY, [old], letter(1, date(2025, 1, 2), 7), [], date(2025, 2, 10))
    assert isinstance(decision, LetterDecision)
    assert decision.level == 2 and decision.court_action_allowed is False
    assert "(time-barred items go no higher)" in str(decision.reasons[0])


def test_escalation_is_proposed_after_the_final_demand_deadline() -> None:
    # Final demand sent 2025-03-02 to a company: 14 days, so until 2025-03-16; proposal from 2025-03-17.
    last = letter(4, date(2025, 3, 2), 1)
    assert escalation_due(POLICY, COMPANY, [INV_1001], last, [], date(2025, 3, 16)) is None
    proposal = escalation_due(POLICY, COMPANY, [INV_1001], last, [], date(2025, 3, 17))
    assert proposal is not None
    assert proposal.since == date(2025, 3, 17)
    assert str(proposal.reason) == "The final demand of 2025-03-02 gave until 2025-03-16; INV-1001 is still open."
    assert "court claim" in proposal.options and proposal.court_action_allowed
    # Paid meanwhile: nothing to escalate. Individuals in England & Wales have 30 days.
    paid = DunningItem(1, "INV-1001", date(2025, 1, 1), 0, "GBP")
    assert escalation_due(POLICY, COMPANY, [paid], last, [], date(2025, 4, 1)) is None
    assert escalation_due(POLICY, PERSON, [INV_1001], last, [], date(2025, 3, 17)) is None
    assert escalation_due(POLICY, PERSON, [INV_1001], last, [], date(2025, 4, 2)) is not None


def test_a_bad_policy_is_refused() -> None:
    with pytest.raises(UserError):
        EscalationPolicy(levels=(DunningLevel(1, "A", 10, 7), DunningLevel(2, "B", 5, 7)))
    with pytest.raises(UserError):
        EscalationPolicy(levels=(DunningLevel(2, "B", 5, 7),))
    with pytest.raises(UserError):
        EscalationPolicy(min_gap_days=-1)


def test_levels_are_not_skipped() -> None:
    # INV-1001 is 70 days overdue on 2025-03-12 (level 4 from 60 days), but nothing was ever sent: level 1.
    first = letter_due(POLICY, COMPANY, [INV_1001], None, [], date(2025, 3, 12))
    assert isinstance(first, LetterDecision) and first.level == 1
    assert "No letter has been sent yet, so the first is level 1 (levels are not skipped)." in [
        str(r) for r in first.reasons]
    # After a level 1 letter the next is level 2, then 3, then 4: one step at a time.
    for last_level, expected in ((1, 2), (2, 3), (3, 4)):
        d = letter_due(POLICY, COMPANY, [INV_1001], letter(last_level, date(2025, 3, 1), 1), [], date(2025, 3, 12))
        assert isinstance(d, LetterDecision) and d.level == expected, (last_level, d)
    assert POLICY.highest_next_level(letter(2, date(2025, 3, 1), 1)) == 3


def test_a_first_formal_demand_only_when_the_policy_allows_it() -> None:
    allowed = EscalationPolicy(allow_first_formal=True)
    d = letter_due(allowed, COMPANY, [INV_1001], None, [], date(2025, 3, 12))
    assert isinstance(d, LetterDecision) and d.level == 3  # never a first final demand
    assert allowed.highest_next_level(None) == 3 and POLICY.highest_next_level(None) == 1


def test_a_sole_trader_in_england_gets_the_protocol_enclosures() -> None:
    kinds = [k for k in CustomerKind if k is not CustomerKind.COMPANY]
    for kind in kinds:
        debtor = Customer("UK3", "Sam Smith", kind=kind, jurisdiction=Jurisdiction.UK, id=3)
        d = letter_due(EscalationPolicy(allow_first_formal=True), debtor, [INV_1001], None, [], date(2025, 3, 12))
        assert isinstance(d, LetterDecision) and d.enclosures == PRE_ACTION_ENCLOSURES and d.reply_days == 30


def _english(result: object) -> tuple[object, date | None]:
    """A NotDue or Pause as its English sentence(s) and its day."""
    if isinstance(result, NotDue):
        return str(result.reason), result.due_on
    assert isinstance(result, Pause)
    return tuple(str(r) for r in result.reasons), result.until
