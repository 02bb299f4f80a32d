"""The handover pack in the customer's language: its headings, labels, notes and index read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from arledger.domain.model import Customer, Jurisdiction, Language
from arledger.services import handover, letters
from arledger.services.ledger import Ledger

ON = date(2025, 6, 2)
COMPANY = {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road\nBristol BS1 4QA"}
# Headings and labels of every part, in English and as the reader gets them.
EXPECTED = {
    "zh": ("移交资料包", "目录", "债权摘要", "当事人", "债权人", "债务人", "合同依据", "各发票的本金、利息和补偿金",
           "分期利息", "发票及其文件", "证据日志", "如何验证", "争议与诉讼时效", "诉讼时效", "资料包第"),
    "de": ("Übergabepaket", "Inhaltsverzeichnis", "Forderungsaufstellung", "Parteien", "Gläubiger", "Schuldner",
           "Vertragliche Grundlage", "Zinsen je Zeitraum", "Rechnungen und ihre Unterlagen", "Beweisprotokoll",
           "So wird geprüft", "Einwände und Verjährung", "Paketseite"),
}
ENGLISH = ("Handover pack", "Index", "Claim summary", "Parties", "Creditor", "Debtor", "Contract basis",
           "Interest per period", "Invoices and their documents", "Evidence log", "How to verify",
           "Disputes and limitation", "Pack page", "Chain head", "Case owner", "No dispute was ever recorded")


def _pack(ledger: Ledger, acme: Customer, language: Language, out: Path) -> tuple[str, PdfReader]:
    ledger.set_setting("company", COMPANY)
    ledger.update_customer(Customer(**{**{f: getattr(acme, f) for f in acme.__slots__}, "language": language}))
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    letters.send_letter(ledger, "ACME", date(2025, 6, 1))
    pack = handover.build_handover(ledger, "ACME", out, to="lawyer", on=ON)
    reader = PdfReader(pack.pdf)
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    return text, reader


@pytest.mark.parametrize("language", ["zh", "de"])
def test_the_pack_speaks_the_customer_language(ledger, acme, tmp_path, language):
    text, reader = _pack(ledger, acme, Language(language), tmp_path / "out")
    for heading in EXPECTED[language]:
        assert heading.replace(" ", "") in text, heading
    outline = [o.title for o in reader.outline]
    assert outline[0] == EXPECTED[language][1] and outline[1] == EXPECTED[language][2]
    index_page = "".join(reader.pages[0].extract_text().split())
    for english in ENGLISH:
        assert english.replace(" ", "") not in index_page
    claim = "".join(reader.pages[1].extract_text().split())
    for english in ("Claimsummary", "Parties", "Creditor", "Debtor", "Contractbasis", "Paymentterms", "Principal"):
        assert english not in claim, english
    # the interest periods: each rate and its source as the reader writes them (A-1 bears 2.27% + 9 from 3 April)
    period = {"zh": "11.27%德国基准利率（Basiszinssatz）2.27%（2025-01-01）+9个百分点",
              "de": "11,27%Basiszinssatz2,27%(01.01.2025)+9Prozentpunkte"}[language]
    assert period in text.replace("\u00a0", "") and "(2025-01-01)+9" not in text


def test_an_english_customer_gets_the_english_pack(ledger, acme, tmp_path):
    text, reader = _pack(ledger, acme, Language.EN, tmp_path / "out")
    for english in ENGLISH[:13]:
        assert english.replace(" ", "") in text, english
    assert [o.title for o in reader.outline][:2] == ["Index", "Claim summary"]


def test_disputes_and_limitation_read_in_german(ledger, acme, tmp_path):
    """The Disputes and limitation part names the dispute's reason, the restarting event and the limitation basis
    in the customer's language, not as stored codes or English."""
    from arledger.domain.model import DisputeReason
    from arledger.services import disputes, limitations

    ledger.set_setting("company", COMPANY)
    # English limitation rules restart on a signed acknowledgment (German ones only at the year's end)
    ledger.update_customer(Customer(**{**{f: getattr(acme, f) for f in acme.__slots__}, "language": Language.DE,
                                       "jurisdiction": Jurisdiction.UK}))
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    disputes.open_dispute(ledger, "A-1", DisputeReason.QUALITY, amount=10_000, note="Kratzer", on=date(2025, 5, 2))
    limitations.record_limitation_event(ledger, "ACME", "acknowledgment", date(2025, 5, 20), invoices=["A-1"])
    pack = handover.build_handover(ledger, "ACME", tmp_path / "out", to="lawyer", on=ON)
    text = " ".join(p.extract_text() for p in PdfReader(pack.pdf).pages)
    flat = "".join(text.split())
    assert "Qualität" in flat and "Kratzer" in flat
    assert "Schuldanerkenntnisam20.05.2025" in flat, "the restart names its event and date in German"
    assert "Verjährungsfrist" in flat
    assert "StreitfallQualität" in flat.replace("eröffnet", "").replace(":", "") or "Qualität:Kratzer" in flat
    assert "100,00EUR" in flat and "5.000,00EUR" in flat, "amounts as German writes them"
    assert "02.05.2025" in flat and "2025-05-02" not in flat, "dates as German writes them"
    for english in ("quality", "acknowledgment", "dispute opened", "limitation period", "time-barred", "whole"):
        assert english not in text, english
