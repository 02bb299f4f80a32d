"""Settlement offers (让步方案, COLLECTIONS.md section 10): a discount on principal and/or a waiver of interest and
compensation, with a deadline and an approver.

Rules:
* The claim is principal + interest + compensation (one currency). The offer asks for
  principal - discount + (interest unless waived) + (compensation unless waived); the concession is the rest.
* A discount cannot exceed the principal, and an offer must concede something and still ask for more than zero.
* When the concession is at or above the ledger's approval threshold, the approver's name and a reason are
  required; until both are recorded the offer letter is not released.
* Payments dated from the offer day through the deadline count towards it. Paid in full by the deadline:
  settled (the concession is given up and the case closes as settled). Not paid by then: lapsed, and the full
  claim stands again. Before the deadline and not yet paid: pending.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg
from arledger.domain.money import amount_value


class OfferOutcome(StrEnum):
    PENDING = "pending"
    SETTLED = "settled"
    LAPSED = "lapsed"


@dataclass(frozen=True, slots=True)
class SettlementTerms:
    """What is claimed, what is asked and what is given up, in minor units of one currency."""

    currency: str
    principal: int
    interest: int
    compensation: int
    discount: int
    waive_interest: bool
    waive_compensation: bool

    @property
    def claim(self) -> int:
        return self.principal + self.interest + self.compensation

    @property
    def amount_due(self) -> int:
        return (self.principal - self.discount + (0 if self.waive_interest else self.interest)
                + (0 if self.waive_compensation else self.compensation))

    @property
    def concession(self) -> int:
        return self.claim - self.amount_due


def settlement_terms(currency: str, principal: int, interest: int, compensation: int, *, discount: int = 0,
                     waive_interest: bool = False, waive_compensation: bool = False) -> SettlementTerms:
    """The offer's terms, checked: the discount fits the principal, something is conceded, something is asked."""
    if discount < 0:
        raise UserError(msg("settlement.negative_discount", "A settlement discount cannot be negative."))
    if discount > principal:
        raise UserError(msg("settlement.discount_too_large", "The discount ({discount}) is more than the principal "
                            "claimed ({principal}).", discount=amount_value(discount, currency),
                            principal=amount_value(principal, currency)))
    terms = SettlementTerms(currency, principal, interest, compensation, discount, waive_interest, waive_compensation)
    if terms.concession <= 0:
        raise UserError(msg("settlement.no_concession", "A settlement offer must give something up: a discount on "
                            "the principal or a waiver of interest or compensation that is owed."))
    if terms.amount_due <= 0:
        raise UserError(msg("settlement.nothing_due", "A settlement offer must still ask for a payment; to give up "
                            "the whole claim, write it off."))
    return terms


def needs_approval(terms: SettlementTerms, threshold: int | None) -> bool:
    """Whether the concession is large enough to need an approver and a reason (threshold None: never)."""
    return threshold is not None and terms.concession >= threshold


def check_release(terms: SettlementTerms, threshold: int | None, approver: str, reason: str) -> None:
    """Refuse to release the offer letter while a required approval is missing."""
    if needs_approval(terms, threshold) and not (approver.strip() and reason.strip()):
        assert threshold is not None
        raise UserError(msg(
            "settlement.needs_approval", "This offer gives up {concession}, at or above the ledger's approval "
            "threshold of {threshold}; record the approver's name and reason before the letter is released.",
            concession=amount_value(terms.concession, terms.currency),
            threshold=amount_value(threshold, terms.currency)))


@dataclass(frozen=True, slots=True)
class OfferEvaluation:
    outcome: OfferOutcome
    paid: int
    shortfall: int
    reason: Message


def evaluate_offer(terms: SettlementTerms, offered_on: date, deadline: date,
                   payments: Iterable[tuple[date, int]], as_of: date) -> OfferEvaluation:
    """Settled, lapsed or pending from the payments (date, amount in the offer's currency) up to as_of."""
    paid = sum(a for d, a in payments if offered_on <= d <= min(deadline, as_of))
    short = max(0, terms.amount_due - paid)
    cur = terms.currency
    due = amount_value(terms.amount_due, cur)
    if short == 0:
        return OfferEvaluation(OfferOutcome.SETTLED, paid, 0, msg("settlement.offer.settled", "{due} paid by "
                                                                  "{deadline}: settled.", due=due, deadline=deadline))
    if as_of > deadline:
        return OfferEvaluation(OfferOutcome.LAPSED, paid, short, msg(
            "settlement.offer.lapsed", "Only {paid} of {due} paid by {deadline}: the offer lapsed and the full claim "
            "of {claim} stands.", paid=amount_value(paid, cur), due=due, deadline=deadline,
            claim=amount_value(terms.claim, cur)))
    return OfferEvaluation(OfferOutcome.PENDING, paid, short, msg(
        "settlement.offer.pending", "{paid} of {due} paid so far; the offer runs until {deadline}.",
        paid=amount_value(paid, cur), due=due, deadline=deadline))
