"""A letter nets the account's unapplied credit and claims the interest and compensation still owed on an
invoice paid in full but late, with the same figures as `report interest` and the statement."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from arledger.domain.model import Customer, CustomerKind, Jurisdiction
from arledger.services import interest_claims, letters

ON = date(2025, 6, 1)
COMPANY = {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol BS1 4QA",
           "contact_person": "Jane Miller"}


def _text(data: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_unapplied_credit_is_netted_in_the_letter_and_agrees_with_the_claim(ledger):
    ledger.set_setting("company", COMPANY)
    ledger.add_customer(Customer(code="BETA", name="Beta Trading Ltd", currency="USD",
                                 jurisdiction=Jurisdiction.US, kind=CustomerKind.COMPANY))
    ledger.add_invoice("BETA", "B-0", date(2025, 2, 1), 10_000, due_date=date(2025, 3, 1))
    ledger.add_invoice("BETA", "B-1", date(2025, 3, 1), 20_000, due_date=date(2025, 4, 1))
    # 150.00 paid against B-0 (100.00): the 50.00 over stays on the account as unapplied credit
    ledger.record_payment("BETA", date(2025, 2, 20), 15_000, invoice_number="B-0")
    assert ledger.unapplied_credit("BETA", ON) == {"USD": 5_000}
    sent = letters.send_letter(ledger, "BETA", ON, level=1, preview=True)
    # 200.00 open - 50.00 credit = 150.00 claimed (generic pack: no interest)
    assert [(m.currency, m.minor) for m in sent.claimed] == [("USD", 15_000)]
    (claim,) = interest_claims.customer_claims(ledger, ON, "BETA")
    assert claim.net_claimable == 15_000
    text = _text(sent.pdf)
    assert "150.00" in text and "-50.00" in text.replace("−", "-")
    assert "not yet allocated" in text


def test_an_invoice_paid_late_is_claimed_for_its_interest_and_compensation(ledger):
    ledger.set_setting("company", COMPANY)
    ledger.set_setting("letters.allow_first_formal", True)
    ledger.add_customer(Customer(code="UKCO", name="Harbour Marine Ltd", currency="GBP", jurisdiction=Jurisdiction.UK,
                                 kind=CustomerKind.COMPANY, timezone="Europe/London"))
    ledger.add_invoice("UKCO", "U-1", date(2025, 1, 1), 500_000, due_date=date(2025, 1, 31))  # paid late below
    ledger.add_invoice("UKCO", "U-2", date(2025, 2, 1), 100_000, due_date=date(2025, 3, 3))  # still open
    ledger.record_payment("UKCO", date(2025, 4, 1), 500_000, invoice_number="U-1")
    doc = letters.build_letter(ledger, "UKCO", ON, level=3)
    by_number = {line.invoice_number: line for line in doc.lines}
    assert set(by_number) == {"U-1", "U-2"}
    paid = by_number["U-1"]
    assert paid.open_amount == 0 and paid.claimed == 0
    report = {r["invoice"]: r for r in interest_claims.interest_to_json(
        interest_claims.interest_lines(ledger, ON, "UKCO"), ON)["rows"]}
    # UK: base rate on 31 Dec 2024 (4.75%) + 8 = 12.75%, fixed for the debt; 5,000.00 x 12.75% x 60 / 365 = 104.79
    assert report["U-1"]["interest"] == "104.79"
    assert f"{paid.interest / 100:.2f}" == report["U-1"]["interest"]
    assert paid.compensation is not None and paid.compensation.minor == 7_000  # GBP 70 for 1,000-9,999.99
    (total,) = doc.totals
    assert total.interest == sum(line.interest for line in doc.lines)
    data = letters.send_letter(ledger, "UKCO", ON, level=3, preview=True).pdf
    text = _text(data)
    assert "U-1 was paid after the due date" in text
    assert "104.79" in text
