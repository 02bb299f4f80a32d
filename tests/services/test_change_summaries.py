"""What a confirmation says before a write-off, a refund or a reversal: the figures of the ledger, with the open
dispute and the pending promise the user must see first, in English, German and Chinese alike."""

from __future__ import annotations

from datetime import date

from arledger.domain.model import Customer, DisputeReason
from arledger.render.messages import translate
from arledger.services import disputes, entries, promises
from arledger.services.ledger import Ledger


def _texts(summary: entries.ChangeSummary, language: str) -> list[str]:
    return [translate(m, language) for m in (summary.title, *summary.lines, *summary.warnings)]


def test_a_write_off_summary_names_the_amounts_dispute_and_promise(ledger: Ledger, acme: Customer) -> None:
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 1), 123456, due_date=date(2025, 3, 31))
    ledger.record_payment("ACME", date(2025, 4, 10), 23456)
    disputes.open_dispute(ledger, "A-1", DisputeReason.QUALITY, on=date(2025, 4, 12))
    promises.add_promise(ledger, "ACME", 50_000, date(2025, 5, 15), invoices=["A-1"], promised_on=date(2025, 5, 2))
    summary = entries.write_off_summary(ledger, ["A-1"], date(2025, 5, 5), 40000)
    assert _texts(summary, "en") == [
        "Write off 1 invoice", "Write off EUR 400.00 of invoice A-1 (EUR 1000.00 open).",
        "Invoice A-1 is in dispute since 2025-04-12 (quality).",
        "A promise to pay EUR 500.00 by 2025-05-15 is pending."]
    assert _texts(summary, "de_DE") == [
        "1 Rechnung abschreiben", "400,00 EUR von Rechnung A-1 abschreiben (1.000,00 EUR offen).",
        "Rechnung A-1 ist seit 12.04.2025 bestritten (Qualität).",
        "Eine Zahlungszusage über 500,00 EUR bis 15.05.2025 ist offen."]
    assert summary.totals == {"EUR": 40000}
    chinese = "".join(_texts(summary, "zh_CN"))
    assert "核销" in chinese and "争议" in chinese and "Write" not in chinese and "promise" not in chinese


def test_refund_and_reversal_summaries_read_in_german_and_chinese(ledger: Ledger, acme: Customer) -> None:
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 1), 10000, due_date=date(2025, 3, 31))
    paid = ledger.record_payment("ACME", date(2025, 4, 10), 30000)
    refund = entries.refund_summary(ledger, "ACME", 5000, "EUR", date(2025, 4, 20))
    assert _texts(refund, "de_DE") == [
        "Guthaben an ACME erstatten", "50,00 EUR an ACME Acme GmbH am 20.04.2025 zurückzahlen.",
        "Nicht zugeordnetes Guthaben: jetzt 200,00 EUR, nach der Erstattung 150,00 EUR."]
    reversal = entries.reversal_summary(ledger, "payment", paid.source_id, date(2025, 4, 21))
    german = _texts(reversal, "de_DE")
    assert german[0] == f"Zahlung {paid.source_id} stornieren"
    assert german[2] == "Rechnung A-1: 100,00 EUR ab 21.04.2025 wieder offen."
    for language in ("zh_CN", "de_DE"):
        for text in _texts(refund, language) + _texts(reversal, language):
            assert not any(word in text for word in ("Reverse", "Pay back", "Unapplied", "open again", "payment"))
