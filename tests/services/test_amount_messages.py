"""Refusals that name an amount carry it as a value, so the reader's language writes it: "1.234,56 EUR" in German,
never the English text "1234.56 EUR" inside a German sentence."""

from __future__ import annotations

from datetime import date

import pytest

from arledger.domain.errors import UserError
from arledger.domain.model import Customer, DisputeReason
from arledger.domain.settlements import settlement_terms
from arledger.render.messages import translate
from arledger.services import disputes, entries
from arledger.services.ledger import Ledger


def _refusal(action) -> UserError:
    with pytest.raises(UserError) as caught:
        action()
    return caught.value


def test_refusals_write_their_amounts_as_the_reader_does(ledger: Ledger, acme: Customer) -> None:
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 1), 123_456, due_date=date(2025, 3, 31))
    said = {
        "write-off": _refusal(lambda: ledger.write_off("A-1", date(2025, 4, 2), "x", 200_000)),
        "dispute": _refusal(lambda: disputes.open_dispute(ledger, "A-1", DisputeReason.PRICE, amount=200_000)),
        "refund": _refusal(lambda: entries.refund_summary(ledger, "ACME", 5_000, "EUR", date(2025, 4, 2))),
        "settlement": _refusal(lambda: settlement_terms("EUR", 123_456, 0, 0, discount=200_000)),
        "allocation": _refusal(lambda: ledger.record_payment("ACME", date(2025, 4, 2), 200_000,
                                                             allocations=[("A-1", 150_000)])),
    }
    german = {k: translate(e.message, "de_DE") for k, e in said.items()}
    chinese = {k: translate(e.message, "zh_CN") for k, e in said.items()}
    for kind in ("write-off", "dispute", "settlement", "allocation"):
        assert "1.234,56 EUR" in german[kind], german[kind]
        assert "EUR 1,234.56" in chinese[kind], chinese[kind]
    assert "0,00 EUR" in german["refund"] and "50,00 EUR" in german["refund"], german["refund"]
    for text in (*german.values(), *chinese.values()):
        assert "1234.56" not in text and "EUR EUR" not in text, text
    assert str(said["write-off"].message).startswith("Invoice A-1 has EUR 1234.56 open")  # English as written
