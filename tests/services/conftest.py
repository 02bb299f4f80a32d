"""Ledgers shared by several service tests."""

from __future__ import annotations

from datetime import date

import pytest

from arledger.domain.model import Customer, Jurisdiction
from arledger.services.ledger import Ledger
from tests.services.test_letters import COMPANY


@pytest.fixture
def late(ledger: Ledger) -> Ledger:
    """LATE, a German company: EUR 10,000.00 due 1 March 2025, paid in full on 30 April 2025.

    Interest runs from 2 March to 30 April, the day of payment, both included: 60 days at the Basiszinssatz of
    1 January 2025 (2.27%) + 9 = 11.27%: 10,000 x 0.1127 x 60 / 365 = 185.260... = EUR 185.26; plus EUR 40 under
    BGB §288(5): EUR 225.26 owed, nothing open.
    """
    ledger.set_setting("company", COMPANY)
    ledger.add_customer(Customer(code="LATE", name="Spät GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 address="Musterstraße 5, 50667 Köln", country="DE", timezone="Europe/Berlin",
                                 payment_date_agreed=True))
    ledger.add_invoice("LATE", "L-1", date(2025, 1, 30), 1_000_000, due_date=date(2025, 3, 1))
    ledger.record_payment("LATE", date(2025, 4, 30), 1_000_000, invoice_number="L-1")
    return ledger
