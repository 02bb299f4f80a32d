"""The settlement offer letter in the customer's language, read back from the archived PDF of a real ledger file."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from arledger.domain.model import ContactPerson, Customer, Jurisdiction, Language
from arledger.services import settlements
from arledger.services.ledger import Ledger
from arledger.storage.settlement_offers import OfferRow

ON, DEADLINE = date(2025, 6, 1), date(2025, 6, 30)
COMPANY = {"name": "Nordwind Handel GmbH", "address": "Hafenstraße 12\n20457 Hamburg", "contact_person": "Jana Müller",
           "bank": {"account_name": "Nordwind Handel GmbH", "iban": "DE89370400440532013000", "bic": "COBADEFFXXX"}}
CUSTOMERS = {
    Language.EN: Customer(code="ACME", name="Acme & Co <b>Ltd</b>", address="1 Dock Street\nLeeds LS1 1AA",
                          contacts=(ContactPerson("Pat Lee"),)),
    Language.DE: Customer(code="MUELLER", name="Müller & Söhne GmbH", address="Lindenweg 3\n80331 München"),
    Language.ZH: Customer(code="HUAXIA", name="华夏贸易有限公司", address="上海市浦东新区世纪大道100号"),
}
# EUR 5,000.00 due 2 April 2025; on 1 June, 60 days at 11.27% (base rate 2.27 + 9 points) = 92.63 interest, and
# 40.00 compensation: 5,132.63 claimed. Offered: 500.00 off the principal and the interest waived, so 4,540.00 to
# pay and 592.63 given up. Every figure the letter may print, in cents:
FIGURES = {500_000, 50_000, 450_000, 9_263, 0, 4_000, 513_263, 59_263, 454_000}


def offer_letter(ledger: Ledger, language: Language) -> tuple[OfferRow, str]:
    ledger.set_setting("company", COMPANY)
    c = CUSTOMERS[language]
    ledger.add_customer(Customer(code=c.code, name=c.name, address=c.address, contacts=c.contacts, currency="EUR",
                                 jurisdiction=Jurisdiction.DE, language=language, payment_date_agreed=True))
    ledger.add_invoice(c.code, f"{c.code}-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    result = settlements.make_offer(ledger, c.code, DEADLINE, discount=50_000, waive_interest=True, on=ON)
    pdf = ledger.path.parent / f"{ledger.path.stem}-files" / result.letter
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return result.offer, text


def amounts(text: str, language: Language) -> set[int]:
    """Every EUR amount printed, in cents: 4.540,00 EUR in German, EUR 4,540.00 in English and Chinese."""
    if language is Language.DE:
        found = re.findall(r"(\d{1,3}(?:\.\d{3})*,\d{2}) EUR", text)
        return {int(Decimal(a.replace(".", "").replace(",", ".")) * 100) for a in found}
    found = re.findall(r"EUR (\d{1,3}(?:,\d{3})*\.\d{2})", text)
    return {int(Decimal(a.replace(",", "")) * 100) for a in found}


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", text)}


def user_words() -> set[str]:
    """Names, addresses and bank details: data, the same in every language."""
    data = [str(v) for v in COMPANY.values() if isinstance(v, str)] + [str(v) for v in COMPANY["bank"].values()]
    for c in CUSTOMERS.values():
        data += [c.name, c.address, c.code, *(p.name for p in c.contacts)]
    return words(" ".join(data)) | {"iban"}  # an international term, the same in every language


@pytest.fixture
def english(tmp_path: Path) -> set[str]:
    """The words of the English letter that are the letter's own (not names or addresses)."""
    with Ledger.open(tmp_path / "en.sqlite", create=True) as ledger:
        _offer, text = offer_letter(ledger, Language.EN)
    return words(text) - user_words()


def test_english_letter_figures_dates_and_escaped_names(ledger: Ledger) -> None:
    offer, text = offer_letter(ledger, Language.EN)
    t = offer.terms
    assert (t.claim, t.amount_due, t.concession) == (513_263, 454_000, 59_263)
    assert amounts(text, Language.EN) == FIGURES
    assert "Settlement offer ACME-S1" in text and "Dear Pat Lee," in text and "Yours sincerely," in text
    assert "30 June 2025" in text and "1 Jun 2025" in text
    assert "Acme & Co <b>Ltd</b>" in text  # the customer's name is text, never markup


def test_german_letter_is_german(ledger: Ledger, english: set[str]) -> None:
    offer, text = offer_letter(ledger, Language.DE)
    flat = " ".join(text.split())
    assert "Vergleichsangebot MUELLER-S1" in flat
    assert "Sehr geehrte Damen und Herren," in flat and "Mit freundlichen Grüßen" in flat
    assert "4.540,00 EUR statt der derzeit geforderten 5.132,63 EUR" in flat
    assert "bis zum 30. Juni 2025" in flat and "Datum: 01.06.2025" in flat and "2025-06" not in flat
    assert "Hauptforderung (Rechnung MUELLER-1)" in flat and "Verzugszinsen" in flat and "erlassen" in flat
    assert "IBAN DE89370400440532013000 · BIC COBADEFFXXX. Verwendungszweck: MUELLER-S1" in flat
    # the totals printed are the offer's terms to the cent, and no other figure
    assert amounts(text, Language.DE) == FIGURES
    t = offer.terms
    assert f"{t.claim // 100:,}".replace(",", ".") + f",{t.claim % 100:02d} EUR" in flat
    assert not words(text) & english, sorted(words(text) & english)


def test_chinese_letter_is_chinese(ledger: Ledger, english: set[str]) -> None:
    _offer, text = offer_letter(ledger, Language.ZH)
    flat = "".join(text.split())
    assert "和解方案HUAXIA-S1" in flat and "尊敬的华夏贸易有限公司：" in flat and "此致" in flat and "敬礼！" in flat
    assert "2025年6月30日" in flat and "日期：2025-06-01" in flat
    assert "本金（发票HUAXIA-1）" in flat and "逾期利息" in flat and "免除" in flat and "合计" in flat
    assert amounts(text, Language.ZH) == FIGURES
    assert not words(text) & english, sorted(words(text) & english)
