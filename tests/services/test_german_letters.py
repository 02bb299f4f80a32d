"""German letters for customers whose language is de: the DE pack for a company and a consumer and the EU pack
for a company outside Germany, read back from the PDF: the level's German name, the §§ cited, the Frist as a
date, German number and date formats, and amounts equal to `report interest`. Figures worked by hand."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from arledger.cli import main
from arledger.domain.model import Customer, CustomerKind, Jurisdiction, Language
from arledger.render.letters import render_letter
from arledger.render.templates import render_template_blocks
from arledger.services import escalation, letters
from arledger.services.ledger import Ledger
from tests.services.test_letters import COMPANY

ON = date(2025, 6, 1)  # A Sunday; every deadline below is ON + 14 days = 15 June 2025


def pdf_text(data: bytes) -> str:
    """The text with line breaks as spaces (pypdf gives a wrapped line as two)."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _customer(ledger: Ledger, code: str, *, kind: CustomerKind = CustomerKind.COMPANY,
              jurisdiction: Jurisdiction = Jurisdiction.DE, country: str = "DE", sent: int = 0,
              agreed: bool = True) -> None:
    """A de-language customer with EUR 5,000.00 due 2 April 2025 (60 days overdue on ON) and letters of levels
    1..``sent`` already on record, a fortnight apart from 10 April; ``agreed``: the payment date was agreed by
    contract, so default (and interest) starts the day after the due date (BGB §286(2) no. 1)."""
    ledger.set_setting("company", COMPANY)
    ledger.add_customer(Customer(code=code, name=f"{code} Kunde", kind=kind, currency="EUR",
                                 jurisdiction=jurisdiction, language=Language.DE, country=country,
                                 address="Musterstraße 5, 50667 Köln", timezone="Europe/Berlin",
                                 payment_date_agreed=agreed))
    ledger.add_invoice(code, f"{code}-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    for level, day in zip(range(1, sent + 1), ("2025-04-10", "2025-04-24", "2025-05-08"), strict=False):
        escalation.record_letter(ledger, code, level, date.fromisoformat(day), [f"{code}-1"])


def _report(ledger: Ledger, code: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["report", "interest", "--ledger", str(ledger.path), "--as-of", ON.isoformat(), "--customer", code,
                 "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["rows"]
    return row


def german(amount: str) -> str:
    """'5132.63' as a German letter writes it: '5.132,63 EUR'."""
    whole, cents = amount.split(".")
    return f"{int(whole):,}".replace(",", ".") + f",{cents} EUR"


def test_final_demand_to_a_german_company(ledger, capsys):
    """Letzte Mahnung: 5,000 x (2.27% + 9) x 60 / 365 = EUR 92.63 (BGB §288(2)), + EUR 40 (§288(5)) = 5,132.63."""
    _customer(ledger, "DEB", sent=3)
    doc = letters.build_letter(ledger, "DEB", ON)
    assert (doc.level, doc.language, doc.reply_by) == (4, "de", date(2025, 6, 15))
    row = _report(ledger, "DEB", capsys)
    assert (row["interest"], row["compensation"]) == ("92.63", "40.00")
    text = pdf_text(render_letter(doc))
    for needle in (
        "Letzte Mahnung: 5.132,63 EUR, Zahlungsfrist bis 15. Juni 2025",
        "Sehr geehrte Damen und Herren,",
        # the history, from the letters on record (two reminders, one formal demand), and the Verzug it caused
        "trotz unserer Schreiben, zuletzt vom 24. April 2025, und unserer Mahnung vom 8. Mai 2025",
        # the payment date was agreed: in default from the day after it, without a reminder
        "Sie befinden sich seit Ablauf des vereinbarten Zahlungstermins ohne Mahnung in Verzug (§ 286 Abs. 2 Nr. 1 "
        "BGB).",
        "9 Prozentpunkten über dem Basiszinssatz (§ 288 Abs. 2 BGB)",
        "nach § 288 Abs. 5 BGB eine Pauschale von 40 Euro je Rechnung",
        "letzte Frist zur Zahlung von 5.132,63 EUR bis zum 15. Juni 2025 (14 Tage ab dem Datum dieses Schreibens)",
        "Mahnbescheid beantragen (§§ 688 ff. ZPO)",
        "Anlage: Kontoauszug",
        german(row["interest"]), german(row["compensation"]), "5.000,00 EUR",
        "02.04.2025", "11,27 %", "Basiszinssatz nach § 247 BGB zuzüglich 9 Prozentpunkten",
        "Mit freundlichen Grüßen", "Referenz", "Seite 1 von",
    ):
        assert needle in text, needle
    for english in ("Invoice", "Dear", "Yours", "EUR 5", "Interest"):
        assert english not in text, english


def test_first_dunning_letter_to_a_german_consumer(ledger, capsys):
    """1. Mahnung to an individual: 5 points over the base rate (§288(1)): 5,000 x 7.27% x 60 / 365 = 59.75;
    no EUR 40 (§288(5) is not for consumers) and no §286(3) (for consumers only if the invoice said so)."""
    _customer(ledger, "VER", kind=CustomerKind.INDIVIDUAL, sent=1)
    doc = letters.build_letter(ledger, "VER", ON)
    assert doc.level == 2
    row = _report(ledger, "VER", capsys)
    assert row["interest"] == "59.75" and not float(row["compensation"] or 0)
    text = pdf_text(render_letter(doc))
    for needle in ("1. Mahnung: Rechnung VER-1, 5.000,00 EUR", "Guten Tag VER Kunde,",
                   "mit unserem Schreiben vom 10. April 2025 haben wir Sie an die unten aufgeführte Rechnung erinnert",
                   "seit Ablauf des vereinbarten Zahlungstermins ohne Mahnung in Verzug (§ 286 Abs. 2 Nr. 1 BGB)",
                   "5 Prozentpunkten über dem Basiszinssatz (§ 288 Abs. 1 BGB)",
                   "bis zum 8. Juni 2025", german(row["interest"]), "7,27 %"):
        assert needle in text, needle
    for wrong in ("§ 288 Abs. 2", "§ 288 Abs. 5", "§ 286 Abs. 3", "§ 286 Abs. 1", "40,00 EUR"):
        assert wrong not in text, wrong


def test_second_dunning_letter_to_a_company_in_france_cites_the_directive(ledger, capsys):
    """EU pack in German: ECB rate of 1 January 2025 (3.15%) + 8 = 11.15%: 5,000 x 0.1115 x 60 / 365 = 91.64;
    + EUR 40 (Art. 6). 2. Mahnung mit Fristsetzung, 14 days."""
    _customer(ledger, "EUF", jurisdiction=Jurisdiction.EU, country="FR", sent=2)
    doc = letters.build_letter(ledger, "EUF", ON)
    assert doc.level == 3
    row = _report(ledger, "EUF", capsys)
    assert (row["interest"], row["compensation"]) == ("91.64", "40.00")
    text = pdf_text(render_letter(doc))
    for needle in ("2. Mahnung mit Fristsetzung: 5.131,64 EUR", "Art. 3 der Richtlinie 2011/7/EU",
                   "zuzüglich 8 Prozentpunkten", "Art. 6 der Richtlinie ein Pauschalbetrag von 40 EUR",
                   "Wir setzen Ihnen hiermit eine Frist zur Zahlung von 5.131,64 EUR bis zum 15. Juni 2025",
                   german(row["interest"]), "11,15 %", "gerichtliches Mahnverfahren"):
        assert needle in text, needle
    assert "BGB)" not in text and "§ 28" not in text


def test_friendly_reminder_claims_no_interest(ledger):
    _customer(ledger, "ERI")
    doc = letters.build_letter(ledger, "ERI", ON)
    text = pdf_text(render_letter(doc))
    assert doc.level == 1 and "Zahlungserinnerung: Rechnung ERI-1" in text
    assert "bis zum 8. Juni 2025" in text and "5.000,00 EUR" in text
    for absent in ("Verzugszinsen", "§", "Mahnbescheid", "Verzug"):
        assert absent not in text, absent


def test_cli_preview_and_send_write_german_letters(ledger, tmp_path: Path, capsys):
    _customer(ledger, "CLI", sent=3)
    ledger.close()
    preview = tmp_path / "preview.pdf"
    assert main(["letters", "render", "--ledger", str(ledger.path), "--customer", "CLI", "--on", "2025-06-01",
                 "--preview", "-o", str(preview)]) == 0
    capsys.readouterr()
    assert main(["letters", "send", "--ledger", str(ledger.path), "--customer", "CLI", "--on", "2025-06-01"]) == 0
    out = capsys.readouterr().out
    (archived,) = [Path(w.strip(".,:;()")) for w in out.split() if w.strip(".,:;()").endswith(".pdf")]
    for path in (preview, archived):
        text = pdf_text(path.read_bytes())
        assert "Letzte Mahnung" in text and "§ 288 Abs. 2 BGB" in text and "bis zum 15. Juni 2025" in text


@pytest.mark.parametrize("kind", ["level1", "level3", "courtesy", "promise_confirmation", "thank_you"])
def test_german_email_bodies(kind):
    variables = {"customer_name": "Spät GmbH", "attention": "", "is_individual": False, "company_name": "Northwind",
                 "contact": "Jane Miller", "contact_phone": "+44 117", "level": 3, "reference": "R-1",
                 "letter_date": "1. Juni 2025", "claimed": "5.132,63 EUR", "reply_by": "15. Juni 2025"}
    blocks = render_template_blocks("de", f"email/{kind}.txt.j2", variables, None, required=("subject", "body"))
    assert "Northwind" in blocks["subject"] and "R-1" in blocks["subject"]
    assert "Sehr geehrte Damen und Herren," in blocks["body"] and "Mit freundlichen Grüßen" in blocks["body"]


def test_an_email_to_a_german_customer_writes_dates_and_money_as_german_letters_do(ledger):
    from arledger.services import dispatch

    customer = ledger.add_customer(Customer(code="SPAET", name="Spät GmbH", currency="EUR",
                                            jurisdiction=Jurisdiction.DE, language=Language.DE))
    facts = dispatch.LetterFacts(customer, "level3", 3, "R-1", date(2025, 6, 1), "5132.63 EUR + 12.00 USD",
                                 "2025-06-15", b"", "x.pdf")
    variables = dispatch._variables(ledger, facts)
    assert variables["letter_date"] == "1. Juni 2025" and variables["reply_by"] == "15. Juni 2025"
    assert variables["claimed"] == "5.132,63 EUR + 12,00 USD"
