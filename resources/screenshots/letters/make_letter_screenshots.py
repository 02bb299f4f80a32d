"""Pictures of the letters for the README: one page each, 50 dpi, rendered from a small sample ledger.

    python resources/screenshots/letters/make_letter_screenshots.py

Needs pdftoppm (Debian poppler-utils). Writes the PNGs next to this file.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from arledger.domain.model import (  # noqa: E402
    Channel,
    Customer,
    CustomerKind,
    Direction,
    Jurisdiction,
    Language,
    Outcome,
)
from arledger.services import contacts, escalation, letters, promises  # noqa: E402
from arledger.services.ledger import Ledger  # noqa: E402

OUT = Path(__file__).resolve().parent
ON = date(2025, 9, 15)
COMPANY = {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol BS1 4QA", "country": "GB",
           "registration": "Company No. 08123456", "email": "accounts@northwind.example",
           "phone": "+44 117 496 0000", "contact_person": "Jane Miller",
           "bank": {"account_name": "Northwind Supplies Ltd", "iban": "DE89370400440532013000", "bic": "COBADEFFXXX"}}


def _ledger(folder: Path) -> Ledger:
    """Three debtors on a real ledger, each after levels 1-3 (a reminder, a second reminder, a formal demand),
    a call and a broken promise: a German company (en), a Chinese company (zh) and a private individual in
    England (the Pre-Action Protocol letter of claim); and three German-speaking debtors (de letters)."""
    led = Ledger.open(folder / "sample.sqlite", create=True)
    led.set_setting("company", COMPANY)
    debtors = (("ACME", "Acme Handel GmbH", CustomerKind.COMPANY, Jurisdiction.DE, "EUR", Language.EN,
                "Musterstraße 5, 50667 Köln", "DE", None),
               ("HUA", "上海华东贸易有限公司", CustomerKind.COMPANY, Jurisdiction.CN, "CNY", Language.ZH,
                "上海市浦东新区世纪大道100号", "CN", 600),
               ("TOM", "Tom Jones", CustomerKind.INDIVIDUAL, Jurisdiction.UK, "GBP", Language.EN,
                "3 Mill Lane\nLeeds LS1 1AA", "GB", None))
    for code, name, kind, jur, cur, lang, address, country, rate in debtors:
        led.add_customer(Customer(code=code, name=name, kind=kind, currency=cur, jurisdiction=jur, language=lang,
                                  address=address, country=country, contract_rate_bp=rate, timezone="Europe/London"))
        led.add_invoice(code, f"{code}-1041", date(2025, 1, 2), 520_000, due_date=date(2025, 2, 1))
        led.add_invoice(code, f"{code}-1107", date(2025, 5, 10), 80_000, due_date=date(2025, 6, 9))
        for level, day in ((1, date(2025, 2, 10)), (2, date(2025, 3, 3)), (3, date(2025, 4, 7))):
            led.clock = lambda day=day: datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)
            escalation.record_letter(led, code, level, day, [f"{code}-1041"])
        led.clock = lambda: datetime(2025, 4, 15, 10, 5, tzinfo=UTC)
        contacts.log_contact(led, code, Channel.PHONE, Direction.OUT, "Spoke to accounts; payment promised",
                                person="Sam Taylor", outcome=Outcome.PROMISE,
                                at=datetime(2025, 4, 15, 10, 0, tzinfo=UTC))
        promises.add_promise(led, code, 200_000, date(2025, 4, 30), promised_on=date(2025, 4, 15))
    # German-speaking debtors: a company in Germany after levels 1-3 (Letzte Mahnung), a consumer in Germany after
    # level 1 (1. Mahnung), a company in France under the EU pack after levels 1-2 (2. Mahnung mit Fristsetzung)
    german = (("KOE", "Kölner Handel GmbH", CustomerKind.COMPANY, Jurisdiction.DE, "Hohe Straße 12, 50667 Köln", "DE",
               3),
              ("MUE", "Max Müller", CustomerKind.INDIVIDUAL, Jurisdiction.DE, "Lindenweg 4, 80331 München", "DE", 1),
              ("LYO", "Lyon Distribution SARL", CustomerKind.COMPANY, Jurisdiction.EU, "8 rue de la République, "
               "69002 Lyon", "FR", 2))
    for code, name, kind, jur, address, country, sent in german:
        led.add_customer(Customer(code=code, name=name, kind=kind, currency="EUR", jurisdiction=jur,
                                  language=Language.DE, address=address, country=country, timezone="Europe/Berlin"))
        led.add_invoice(code, f"{code}-1041", date(2025, 6, 2), 520_000, due_date=date(2025, 7, 2))
        for level, day in list(((1, date(2025, 7, 10)), (2, date(2025, 7, 24)), (3, date(2025, 8, 7))))[:sent]:
            led.clock = lambda day=day: datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)
            escalation.record_letter(led, code, level, day, [f"{code}-1041"])
    return led


def pages(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Picture name -> (PDF, page number)."""
    led = _ledger(folder)
    try:
        final = letters.send_letter(led, "ACME", ON, preview=True).pdf
        zh = letters.send_letter(led, "HUA", ON, preview=True).pdf
        claim = letters.send_letter(led, "TOM", ON, preview=True).pdf
        german = {code: letters.send_letter(led, code, ON, preview=True).pdf for code in ("KOE", "MUE", "LYO")}
    finally:
        led.close()
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(claim)).pages]
    reply = next(n for n, text in enumerate(texts, start=1)
                 if re.search(r"^Enclosure \d+ · ", text, re.MULTILINE) and "Reply form" in text)
    return {
        "en-level4-letter-before-action": (final, 1),
        "en-level4-evidence-appendix": (final, 3),
        "zh-level4-final-demand": (zh, 1),
        "en-letter-of-claim-reply-form": (claim, reply),
        "de-level4-letzte-mahnung": (german["KOE"], 1),
        "de-level2-mahnung-verbraucher": (german["MUE"], 1),
        "de-eu-level3-mahnung-fristsetzung": (german["LYO"], 1),
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, (data, page) in pages(Path(tmp)).items():
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(data)
            subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(OUT / name)], check=True)
            print(f"wrote {name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
