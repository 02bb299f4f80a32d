"""A later letter says how the earlier formal demand was sent, from its dispatch record, and nothing when the
ledger holds none."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from pypdf import PdfReader

from arledger.domain.model import Customer, CustomerKind, Jurisdiction, Language
from arledger.services import dispatch, letters


def _text(data: bytes) -> str:
    return "".join("".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)


def _ledger(ledger, language: Language = Language.EN):
    ledger.set_setting("company", {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol"})
    ledger.set_setting("letters.allow_first_formal", True)
    ledger.add_customer(Customer(code="UKCO", name="Harbour Marine Ltd", currency="GBP", jurisdiction=Jurisdiction.UK,
                                 kind=CustomerKind.COMPANY, timezone="Europe/London", language=language,
                                 email="ap@harbour.example"))
    ledger.add_invoice("UKCO", "U-1", date(2025, 1, 1), 500_000, due_date=date(2025, 1, 31))
    return ledger


def test_a_final_demand_names_how_the_formal_demand_was_posted(ledger):
    led = _ledger(ledger)
    first = letters.send_letter(led, "UKCO", date(2025, 5, 1), level=3)
    before = _text(letters.send_letter(led, "UKCO", date(2025, 5, 20), level=4, preview=True).pdf)
    assert "formaldemandof1May2025,theamounts" in before  # nothing recorded: nothing said about how
    dispatch.record_post(led, first.letter_id, "registered", tracking="RR123456785GB", on=date(2025, 5, 2))
    after = _text(letters.send_letter(led, "UKCO", date(2025, 5, 20), level=4, preview=True).pdf)
    assert "formaldemandof1May2025,sentbyregisteredpost(trackingRR123456785GB),theamounts" in after


def test_an_emailed_demand_is_named_as_emailed_in_chinese_too(ledger):
    led = _ledger(ledger, Language.ZH)
    led.set_setting("email", {"host": "127.0.0.1", "port": 25, "security": "none", "from": "ar@northwind.example"})
    first = letters.send_letter(led, "UKCO", date(2025, 5, 1), level=3)
    led.clock = lambda: datetime(2025, 5, 1, 15, 30, tzinfo=UTC)  # the server accepted it that afternoon
    dispatch.email_letter(led, first.letter_id, transport=lambda *args: None)
    text = _text(letters.send_letter(led, "UKCO", date(2025, 5, 20), level=4, preview=True).pdf)
    assert "于2025年5月1日通过电子邮件发出正式催款函" in text
