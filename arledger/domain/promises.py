"""Promise-to-pay evaluation from payments: pending, kept, partly kept, broken; instalment plans.

Rules (docs COLLECTIONS.md section 3):

* A promise's window is from the day it was made (``promised_on``) through its date + grace (default 3
  days). Only the customer's payments in the promise's currency, dated inside the window and on or before
  ``as_of``, count towards it.
* kept: the promised amount was paid within the window (decided as soon as it is paid in full, even
  before the date); pending: not yet paid in full and ``as_of`` is on or before date + grace; after that,
  partly kept if something but not everything was paid, broken if nothing was.
* Several promises may overlap. Payments are attributed to promises in order of their date (then the day
  they were made, then id): the earliest promise takes what it needs from the earliest payments in its
  window, and only the rest of a payment counts for later promises. A payment is never counted twice.
* An instalment plan is a set of promises sharing a ``plan_id`` (one per instalment). A missed
  instalment -- broken or only partly paid once its grace has passed -- breaks the plan (the default
  rule). The plan is completed when every instalment is kept, otherwise on track.
* Promise-kept rate = kept / evaluated, where evaluated = kept + partly kept + broken (pending promises
  are not evaluated yet). Partly kept counts as not kept: the debtor did not do what they said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from arledger.domain.bounds import add_days
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, Param, msg, plural_msg
from arledger.domain.model import Payment, Promise, PromiseStatus
from arledger.domain.money import amount_value

DEFAULT_GRACE_DAYS = 3


class PlanStatus(StrEnum):
    ON_TRACK = "on track"
    BROKEN = "broken"
    COMPLETED = "completed"


@dataclass(frozen=True, slots=True)
class PromiseEvaluation:
    """How one promise stands on ``as_of``: the amount attributed to it and its status."""

    promise: Promise
    status: PromiseStatus
    paid: int
    shortfall: int
    deadline: date
    follow_up_on: date
    as_of: date
    reason: Message

    @property
    def evaluated(self) -> bool:
        """Whether the promise counts in the promise-kept rate (it is no longer pending)."""
        return self.status != PromiseStatus.PENDING


@dataclass(frozen=True, slots=True)
class PlanEvaluation:
    """An instalment plan's status from its instalments' evaluations (in instalment order)."""

    plan_id: int
    status: PlanStatus
    instalments: tuple[PromiseEvaluation, ...]
    promised: int
    paid: int
    remaining: int
    missed: tuple[int, ...]
    next_due: date | None
    reason: Message


@dataclass(frozen=True, slots=True)
class PromiseCounts:
    kept: int = 0
    partly_kept: int = 0
    broken: int = 0
    pending: int = 0

    @property
    def evaluated(self) -> int:
        return self.kept + self.partly_kept + self.broken

    def kept_rate(self) -> Decimal | None:
        """kept / evaluated as a percentage with two decimals; None when nothing has been evaluated."""
        if not self.evaluated:
            return None
        return (Decimal(self.kept) * 100 / self.evaluated).quantize(Decimal("0.01"))


def promise_deadline(promise: Promise, grace_days: int = DEFAULT_GRACE_DAYS) -> date:
    """The last day a payment still keeps the promise (its date + grace)."""
    return add_days(promise.due_date, grace_days)


@dataclass(slots=True)
class _Unspent:
    """What is left of one payment for the promises it may keep (consumed in promise order)."""

    customer_id: int
    currency: str
    day: date
    left: int


def evaluate_promises(
    promises: Sequence[Promise],
    payments: Iterable[Payment],
    as_of: date,
    *,
    grace_days: int = DEFAULT_GRACE_DAYS,
) -> tuple[PromiseEvaluation, ...]:
    """Evaluate promises (of one or several customers) from their payments; results in input order.

    Payments are attributed in promise-date order as the module docstring describes.
    """
    if grace_days < 0:
        raise UserError(msg("promises.negative_grace", "The promise grace period cannot be negative."))
    pool = sorted((_Unspent(p.customer_id, p.currency, p.date, p.amount)
                   for p in payments if p.date <= as_of and p.amount > 0), key=lambda u: (u.day, u.customer_id))
    order = sorted(range(len(promises)),
                   key=lambda i: (promises[i].due_date, promises[i].promised_on, promises[i].id, i))
    results: dict[int, PromiseEvaluation] = {}
    for index in order:
        promise = promises[index]
        deadline = promise_deadline(promise, grace_days)
        paid = 0
        for unspent in pool:
            if paid >= promise.amount:
                break
            if (unspent.customer_id != promise.customer_id or unspent.currency != promise.currency
                    or unspent.left <= 0 or not promise.promised_on <= unspent.day <= deadline):
                continue
            take = min(unspent.left, promise.amount - paid)
            unspent.left -= take
            paid += take
        results[index] = _judge(promise, paid, deadline, as_of)
    return tuple(results[i] for i in range(len(promises)))


def evaluate_plan(instalments: Sequence[PromiseEvaluation]) -> PlanEvaluation:
    """The status of one instalment plan from the evaluations of all its instalments."""
    if not instalments:
        raise UserError(msg("promises.plan_empty", "An instalment plan needs at least one instalment."))
    plan_ids = {e.promise.plan_id for e in instalments}
    if len(plan_ids) != 1 or None in plan_ids:
        raise UserError(msg("promises.plan_mixed", "The instalments given do not belong to one instalment plan."))
    ordered = tuple(sorted(instalments, key=lambda e: (e.promise.due_date, e.promise.instalment_no or 0)))
    promised = sum(e.promise.amount for e in ordered)
    paid = sum(e.paid for e in ordered)
    missed_evals = [e for e in ordered if e.status in (PromiseStatus.BROKEN, PromiseStatus.PARTLY_KEPT)]
    missed = tuple(_instalment_no(e, ordered) for e in missed_evals)
    pending = [e for e in ordered if e.status == PromiseStatus.PENDING]
    next_due = pending[0].promise.due_date if pending else None
    if missed_evals:
        first = missed_evals[0]
        status = PlanStatus.BROKEN
        amount = amount_value(first.promise.amount, first.promise.currency)
        if first.paid:
            reason = msg("promises.plan_broken_partly", "Instalment {number} of {amount} due {due} was only partly "
                         "paid by {deadline}, so the plan is broken.", number=missed[0], amount=amount,
                         due=first.promise.due_date, deadline=first.deadline)
        else:
            reason = msg("promises.plan_broken", "Instalment {number} of {amount} due {due} was not paid by "
                         "{deadline}, so the plan is broken.", number=missed[0], amount=amount,
                         due=first.promise.due_date, deadline=first.deadline)
    elif not pending:
        status = PlanStatus.COMPLETED
        reason = plural_msg("promises.plan_completed", "The {n} instalment was paid on time.",
                            "All {n} instalments were paid on time.", n=len(ordered))
    else:
        status = PlanStatus.ON_TRACK
        reason = plural_msg("promises.plan_on_track", "{paid} of {n} instalment paid; the next is due {next_due}.",
                            "{paid} of {n} instalments paid; the next is due {next_due}.", n=len(ordered),
                            paid=len(ordered) - len(pending), next_due=next_due)
    return PlanEvaluation(
        plan_id=next(iter(plan_ids)) or 0,
        status=status,
        instalments=ordered,
        promised=promised,
        paid=paid,
        remaining=max(0, promised - paid),
        missed=missed,
        next_due=next_due,
        reason=reason,
    )


def evaluate_plans(evaluations: Iterable[PromiseEvaluation]) -> dict[int, PlanEvaluation]:
    """Group instalment evaluations by plan id and evaluate each plan."""
    by_plan: dict[int, list[PromiseEvaluation]] = {}
    for e in evaluations:
        if e.promise.plan_id is not None:
            by_plan.setdefault(e.promise.plan_id, []).append(e)
    return {plan_id: evaluate_plan(items) for plan_id, items in by_plan.items()}


def count_outcomes(evaluations: Iterable[PromiseEvaluation]) -> PromiseCounts:
    """How many promises are kept, partly kept, broken and pending."""
    tally = dict.fromkeys(PromiseStatus, 0)
    for e in evaluations:
        tally[e.status] += 1
    return PromiseCounts(
        kept=tally[PromiseStatus.KEPT],
        partly_kept=tally[PromiseStatus.PARTLY_KEPT],
        broken=tally[PromiseStatus.BROKEN],
        pending=tally[PromiseStatus.PENDING],
    )


def _judge(promise: Promise, paid: int, deadline: date, as_of: date) -> PromiseEvaluation:
    shortfall = max(0, promise.amount - paid)
    cur = promise.currency
    # values, not text: the reader's language writes the amounts and the date
    figures: dict[str, Param] = {"paid": amount_value(paid, cur), "promised": amount_value(promise.amount, cur),
                                 "deadline": deadline}
    reason: Message
    if shortfall == 0:
        status = PromiseStatus.KEPT
        reason = msg("promises.kept", "{paid} of {promised} paid by {deadline}.", **figures)
    elif as_of <= deadline:
        status = PromiseStatus.PENDING
        reason = msg("promises.pending", "{paid} of {promised} paid so far; the promise runs until {deadline}.",
                     **figures)
    elif paid:
        status = PromiseStatus.PARTLY_KEPT
        reason = msg("promises.partly_kept", "Only {paid} of {promised} paid by {deadline}.", **figures)
    else:
        status = PromiseStatus.BROKEN
        reason = msg("promises.broken", "Nothing of {promised} paid by {deadline}.",
                     promised=figures["promised"], deadline=deadline)
    return PromiseEvaluation(
        promise=promise,
        status=status,
        paid=paid,
        shortfall=shortfall,
        deadline=deadline,
        follow_up_on=add_days(promise.due_date, 1),
        as_of=as_of,
        reason=reason,
    )


def _instalment_no(evaluation: PromiseEvaluation, ordered: tuple[PromiseEvaluation, ...]) -> int:
    if evaluation.promise.instalment_no is not None:
        return evaluation.promise.instalment_no
    return ordered.index(evaluation) + 1

