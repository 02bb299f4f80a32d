"""A statement's aging headings are made from each bucket's day range in the customer's language (as the
workbook words them), never the English labels "current" and "over 180"."""

from __future__ import annotations

from datetime import date

import pytest

from arledger.domain.model import Customer, Jurisdiction, Language
from arledger.render.letters import render_statement
from arledger.services import statements
from arledger.services.ledger import Ledger
from tests.services.test_german_letters import pdf_text
from tests.services.test_letters import COMPANY

HEADINGS = {
    Language.EN: ["Current", "1-30 days", "31-90 days", "91-180 days", "Over 180 days"],
    Language.ZH: ["未到期", "1-30 天", "31-90 天", "91-180 天", "180 天以上"],
    Language.DE: ["Nicht fällig", "1–30 Tage", "31–90 Tage", "91–180 Tage", "Über 180 Tage"],
}


@pytest.mark.parametrize("language", [Language.EN, Language.ZH, Language.DE])
def test_statement_bucket_headings_follow_the_day_ranges_in_the_customer_language(ledger: Ledger,
                                                                                  language: Language) -> None:
    ledger.set_setting("company", COMPANY)
    ledger.add_customer(Customer(code="K1", name="Kunde", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 language=language, country="DE", address="Musterstraße 5, 50667 Köln"))
    ledger.add_invoice("K1", "K-1", date(2025, 1, 2), 100_000, due_date=date(2025, 2, 1))  # 119 days overdue
    ledger.add_invoice("K1", "K-2", date(2025, 5, 20), 50_000, due_date=date(2025, 6, 19))  # not yet due
    doc = statements.build_statement(ledger, "K1", None, date(2025, 5, 31))
    labels = list(dict.fromkeys(b.label for b in doc.aging))
    assert labels == HEADINGS[language]
    text = pdf_text(render_statement(doc))
    assert all(label in text for label in labels)
    if language is not Language.EN:
        assert "current" not in text.lower() and "over 180" not in text.lower()
