"""Promise-to-pay outcomes from payments, attribution between promises, and instalment plans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from arledger.domain.errors import UserError
from arledger.domain.model import Payment, Promise, PromiseStatus
from arledger.domain.promises import (
    PlanStatus,
    count_outcomes,
    evaluate_plan,
    evaluate_plans,
    evaluate_promises,
)

# EUR 500.00 promised on 2025-03-01 for 2025-03-10; with 3 days' grace it runs through 2025-03-13.
PROMISE = Promise(customer_id=1, promised_on=date(2025, 3, 1), amount=50_000, currency="EUR",
                  due_date=date(2025, 3, 10), id=1)


def pay(day: date, amount: int, currency: str = "EUR", customer_id: int = 1) -> Payment:
    return Payment(customer_id, day, amount, currency)


def status_of(payments: list[Payment], as_of: date, promise: Promise = PROMISE) -> PromiseStatus:
    return evaluate_promises([promise], payments, as_of)[0].status


def test_pending_until_date_plus_grace() -> None:
    assert status_of([], date(2025, 3, 12)) == PromiseStatus.PENDING
    result = evaluate_promises([PROMISE], [], date(2025, 3, 13))[0]
    assert result.status == PromiseStatus.PENDING
    assert result.deadline == date(2025, 3, 13)
    assert result.follow_up_on == date(2025, 3, 11)  # follow up the day after the promised date


def test_broken_when_nothing_is_paid_by_date_plus_grace() -> None:
    result = evaluate_promises([PROMISE], [], date(2025, 3, 14))[0]
    assert (result.status, result.paid, result.shortfall) == (PromiseStatus.BROKEN, 0, 50_000)
    assert str(result.reason) == "Nothing of EUR 500.00 paid by 2025-03-13."


def test_kept_when_paid_in_full_within_the_grace_days() -> None:
    assert status_of([pay(date(2025, 3, 13), 50_000)], date(2025, 3, 20)) == PromiseStatus.KEPT


def test_kept_is_decided_as_soon_as_it_is_paid_in_full() -> None:
    assert status_of([pay(date(2025, 3, 5), 50_000)], date(2025, 3, 6)) == PromiseStatus.KEPT


def test_a_payment_after_the_grace_days_does_not_keep_it() -> None:
    assert status_of([pay(date(2025, 3, 14), 50_000)], date(2025, 3, 20)) == PromiseStatus.BROKEN


def test_partly_kept_is_decided_after_the_grace_days() -> None:
    payments = [pay(date(2025, 3, 9), 20_000)]
    assert status_of(payments, date(2025, 3, 13)) == PromiseStatus.PENDING
    result = evaluate_promises([PROMISE], payments, date(2025, 3, 14))[0]
    assert (result.status, result.paid, result.shortfall) == (PromiseStatus.PARTLY_KEPT, 20_000, 30_000)
    assert str(result.reason) == "Only EUR 200.00 of EUR 500.00 paid by 2025-03-13."


def test_only_this_customers_payments_in_the_window_and_currency_count() -> None:
    payments = [
        pay(date(2025, 2, 28), 50_000),  # before the promise was made
        pay(date(2025, 3, 5), 50_000, currency="USD"),
        pay(date(2025, 3, 5), 50_000, customer_id=2),
        pay(date(2025, 3, 25), 50_000),  # after as_of
    ]
    assert status_of(payments, date(2025, 3, 20)) == PromiseStatus.BROKEN


def test_overlapping_promises_take_payments_in_due_date_order() -> None:
    # A: EUR 300 by 03-10; B: EUR 500 by 03-20; both made 03-01. EUR 600 paid 03-08.
    # A (earlier date) takes 300; the remaining 300 counts for B, which ends partly kept (300 of 500).
    a = Promise(1, date(2025, 3, 1), 30_000, "EUR", date(2025, 3, 10), id=11)
    b = Promise(1, date(2025, 3, 1), 50_000, "EUR", date(2025, 3, 20), id=12)
    results = evaluate_promises([b, a], [pay(date(2025, 3, 8), 60_000)], date(2025, 3, 24))
    assert [(r.promise.id, r.status, r.paid) for r in results] == [
        (12, PromiseStatus.PARTLY_KEPT, 30_000),
        (11, PromiseStatus.KEPT, 30_000),
    ]


def test_a_negative_grace_is_refused() -> None:
    with pytest.raises(UserError):
        evaluate_promises([PROMISE], [], date(2025, 3, 1), grace_days=-1)


# --- instalment plans --------------------------------------------------------------------------------

def plan(amount: int = 10_000) -> list[Promise]:
    """EUR 100.00 on 04-01, 05-01 and 06-01, agreed on 03-15."""
    return [
        Promise(1, date(2025, 3, 15), amount, "EUR", date(2025, m, 1), plan_id=5, instalment_no=n, id=20 + n)
        for n, m in ((1, 4), (2, 5), (3, 6))
    ]


def test_plan_on_track_then_broken_by_a_missed_instalment() -> None:
    payments = [pay(date(2025, 3, 31), 10_000), pay(date(2025, 6, 1), 10_000)]
    on_track = evaluate_plan(evaluate_promises(plan(), payments, date(2025, 4, 15)))
    assert on_track.status == PlanStatus.ON_TRACK
    assert on_track.next_due == date(2025, 5, 1)
    assert str(on_track.reason) == "1 of 3 instalments paid; the next is due 2025-05-01."
    # Nothing for 05-01 by 05-04: instalment 2 is broken, and with it the plan, although 06-01 is paid.
    broken = evaluate_plan(evaluate_promises(plan(), payments, date(2025, 6, 10)))
    assert broken.status == PlanStatus.BROKEN
    assert broken.missed == (2,)
    assert [e.status for e in broken.instalments] == [PromiseStatus.KEPT, PromiseStatus.BROKEN, PromiseStatus.KEPT]
    assert (broken.promised, broken.paid, broken.remaining) == (30_000, 20_000, 10_000)
    assert "Instalment 2 of EUR 100.00 due 2025-05-01 was not paid by 2025-05-04" in str(broken.reason)


def test_a_partly_paid_instalment_also_breaks_the_plan() -> None:
    payments = [pay(date(2025, 4, 1), 10_000), pay(date(2025, 5, 2), 5_000)]
    result = evaluate_plan(evaluate_promises(plan(), payments, date(2025, 5, 5)))
    assert result.status == PlanStatus.BROKEN
    assert "only partly paid" in str(result.reason)


def test_plan_completed_when_every_instalment_is_kept_and_early_money_carries_forward() -> None:
    # EUR 200 on 04-01 pays instalments 1 and 2 (2 early); EUR 100 on 06-03 is inside 3's grace.
    payments = [pay(date(2025, 4, 1), 20_000), pay(date(2025, 6, 3), 10_000)]
    evaluations = evaluate_promises(plan(), payments, date(2025, 6, 5))
    plans = evaluate_plans([*evaluations, evaluate_promises([PROMISE], [], date(2025, 6, 5))[0]])
    assert list(plans) == [5]
    assert plans[5].status == PlanStatus.COMPLETED
    assert plans[5].next_due is None


def test_evaluate_plan_refuses_mixed_plans() -> None:
    with pytest.raises(UserError):
        evaluate_plan(evaluate_promises([PROMISE], [], date(2025, 3, 1)))


# --- kept rate -----------------------------------------------------------------------------------------

def test_kept_rate_counts_partly_kept_as_not_kept() -> None:
    # 2 kept, 1 partly kept, 1 broken, 1 pending: evaluated = 4; kept rate = 2 / 4 = 50.00%.
    promises = [
        Promise(1, date(2025, 3, 1), 100, "EUR", date(2025, 3, 2), id=1),
        Promise(1, date(2025, 3, 1), 100, "EUR", date(2025, 3, 3), id=2),
        Promise(1, date(2025, 3, 1), 100, "EUR", date(2025, 3, 4), id=3),
        Promise(1, date(2025, 3, 1), 100, "EUR", date(2025, 3, 5), id=4),
        Promise(1, date(2025, 3, 1), 100, "EUR", date(2025, 3, 30), id=5),
    ]
    # 100 on 03-02 -> #1; 100 on 03-03 -> #2 (#1 is full); 50 on 03-04 -> #3 partly; #4 gets nothing.
    payments = [pay(date(2025, 3, 2), 100), pay(date(2025, 3, 3), 100), pay(date(2025, 3, 4), 50)]
    counts = count_outcomes(evaluate_promises(promises, payments, date(2025, 3, 20)))
    assert (counts.kept, counts.partly_kept, counts.broken, counts.pending) == (2, 1, 1, 1)
    assert counts.evaluated == 4
    assert counts.kept_rate() == Decimal("50.00")
    assert count_outcomes([]).kept_rate() is None
