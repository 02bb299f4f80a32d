"""Settlement offers: terms, approval and outcomes, hand-checked."""

from __future__ import annotations

from datetime import date

import pytest

from arledger.domain.errors import UserError
from arledger.domain.settlements import (
    OfferOutcome,
    check_release,
    evaluate_offer,
    needs_approval,
    settlement_terms,
)
from arledger.render.messages import translate

# EUR 5,000.00 principal, 92.63 interest, 40.00 compensation (COLLECTIONS.md 5's example) = 5,132.63 claimed.
TERMS = settlement_terms("EUR", 500_000, 9_263, 4_000, discount=50_000, waive_interest=True, waive_compensation=True)


def test_terms_ask_principal_less_discount_and_what_is_not_waived() -> None:
    # 5,000.00 - 500.00 = 4,500.00 asked; 500.00 + 92.63 + 40.00 = 632.63 given up.
    assert (TERMS.claim, TERMS.amount_due, TERMS.concession) == (513_263, 450_000, 63_263)
    interest_only = settlement_terms("EUR", 500_000, 9_263, 4_000, waive_interest=True)
    assert (interest_only.amount_due, interest_only.concession) == (504_000, 9_263)


def test_terms_refused_when_they_concede_nothing_or_everything() -> None:
    with pytest.raises(UserError, match="must give something up"):
        settlement_terms("EUR", 500_000, 0, 0, waive_interest=True)
    with pytest.raises(UserError, match="more than the principal"):
        settlement_terms("EUR", 500_000, 0, 0, discount=500_001)
    with pytest.raises(UserError, match="must still ask for a payment"):
        settlement_terms("EUR", 500_000, 100, 0, discount=500_000, waive_interest=True)


def test_approval_above_the_threshold() -> None:
    assert needs_approval(TERMS, 63_263) and not needs_approval(TERMS, 63_264) and not needs_approval(TERMS, None)
    with pytest.raises(UserError, match="record the approver's name and reason"):
        check_release(TERMS, 50_000, "Ann Boss", "")
    check_release(TERMS, 50_000, "Ann Boss", "Customer in difficulty; 88% now beats court")
    check_release(TERMS, 100_000, "", "")


def test_outcomes() -> None:
    offered, deadline = date(2025, 6, 1), date(2025, 6, 30)
    paid_in_two = [(date(2025, 6, 10), 200_000), (date(2025, 6, 30), 250_000)]
    assert evaluate_offer(TERMS, offered, deadline, paid_in_two, date(2025, 7, 1)).outcome is OfferOutcome.SETTLED
    # 4,000.00 by the deadline, the last 500.00 a day late: lapsed, the full claim stands.
    late = [(date(2025, 6, 10), 400_000), (date(2025, 7, 1), 50_000)]
    lapsed = evaluate_offer(TERMS, offered, deadline, late, date(2025, 7, 2))
    assert (lapsed.outcome, lapsed.paid, lapsed.shortfall) == (OfferOutcome.LAPSED, 400_000, 50_000)
    assert str(lapsed.reason) == ("Only EUR 4000.00 of EUR 4500.00 paid by 2025-06-30: the offer lapsed and the "
                                  "full claim of EUR 5132.63 stands.")
    assert translate(lapsed.reason, "de_DE") == ("Nur 4.000,00 EUR von 4.500,00 EUR bis 30.06.2025 bezahlt: Das "
                                                 "Angebot ist verfallen, und die volle Forderung von 5.132,63 EUR "
                                                 "bleibt bestehen.")
    # A payment made before the offer does not count; before the deadline it is still pending.
    early = [(date(2025, 5, 31), 450_000)]
    assert evaluate_offer(TERMS, offered, deadline, early, date(2025, 6, 15)).outcome is OfferOutcome.PENDING
    assert evaluate_offer(TERMS, offered, deadline, early, date(2025, 7, 1)).outcome is OfferOutcome.LAPSED
