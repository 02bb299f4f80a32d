"""A German or Chinese customer's statement of account has no English in it: the references of payments,
refunds, voids and reversals, the kind column, the payment methods, the headings and totals are in the customer's
language. Written with the real service to a PDF and read back with pdftotext."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from arledger.domain.model import Customer, Jurisdiction, Language
from arledger.services import reversals, statements
from arledger.services.ledger import Ledger
from tests.services.test_letters import COMPANY

REASONS = ("Xq7", "Zr8", "Wv9", "Yt6", "Uk5", "Pm4")  # someone's own words: the same in every statement


def _account(ledger: Ledger, code: str, language: Language) -> None:
    """Every kind of movement on one account: invoices, a payment without reference and one by bank transfer,
    a credit note, a write-off, refunds, a void and reversals of a payment, credit note, write-off and refund."""
    ledger.add_customer(Customer(code=code, name=f"{code} Kunde", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 language=language, country="DE", address="Musterstraße 5, 50667 Köln"))
    ledger.add_invoice(code, f"{code}-1", date(2025, 1, 2), 100_000, due_date=date(2025, 2, 1), reference=REASONS[0])
    ledger.add_invoice(code, f"{code}-2", date(2025, 1, 3), 50_000, due_date=date(2025, 2, 2))
    ledger.add_invoice(code, f"{code}-3", date(2025, 1, 4), 7_000, due_date=date(2025, 2, 3))
    bounced = ledger.record_payment(code, date(2025, 2, 1), 20_000)
    ledger.record_payment(code, date(2025, 2, 2), 130_000, method="bank_transfer", reference="BT-778")
    ledger.add_credit_note(code, f"{code}-CN-1", date(2025, 2, 3), 1_000, allocations=[], reason=REASONS[1])
    ledger.add_credit_note(code, f"{code}-CN-2", date(2025, 2, 3), 2_000, allocations=[], reason=REASONS[1])
    reversals.reverse_payment(ledger, bounced.source_id, date(2025, 2, 10), REASONS[2])
    wo = ledger.write_off(f"{code}-3", date(2025, 2, 11), REASONS[3], 100)
    reversals.reverse_write_off(ledger, wo.source_id, date(2025, 2, 12), REASONS[3])
    reversals.reverse_credit_note(ledger, f"{code}-CN-1", date(2025, 2, 14), REASONS[4])
    refund = ledger.refund(code, date(2025, 2, 16), 500, reason=REASONS[5])
    ledger.refund(code, date(2025, 2, 17), 100, reason=REASONS[5], method="cheque")
    reversals.reverse_refund(ledger, refund, date(2025, 2, 18), REASONS[5])
    ledger.add_invoice(code, f"{code}-4", date(2025, 2, 19), 300, due_date=date(2025, 3, 1))
    reversals.void_invoice(ledger, f"{code}-4", date(2025, 2, 20), REASONS[0])


def _pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _words(text: str) -> set[str]:
    """The words of a text, leaving out figures and codes (the evidence log's chain head, numbers)."""
    plain = " ".join(t for t in text.split() if not re.search(r"\d", t))
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", plain)}


def _data_words() -> set[str]:
    """Words the statements print as data (the creditor's letterhead, the customer's name and address, the
    reasons and references typed), the same in every language."""
    data = [str(v) for v in COMPANY.values() if isinstance(v, str)] + [str(v) for v in COMPANY["bank"].values()]
    data += ["Kunde Musterstraße Köln DE EUR BT-778 EN ZH", *REASONS]
    data.append("GERMANY")  # the country line of mail abroad is in English capitals, as postal services want it
    return _words(" ".join(data)) | {w.lower() for w in re.findall(r"[A-Za-z]+", " ".join(data))}


def test_german_and_chinese_statements_have_no_english(ledger: Ledger, tmp_path: Path) -> None:
    ledger.set_setting("company", COMPANY)
    for code, language in (("EN", Language.EN), ("DE", Language.DE), ("ZH", Language.ZH)):
        _account(ledger, code, language)
    texts: dict[str, str] = {}
    for code in ("EN", "DE", "ZH"):
        out = tmp_path / f"{code}.pdf"
        doc = statements.write_statement(ledger, code, None, date(2025, 2, 28), out)
        assert len(doc.rows) == 16, "\n".join(f"{r.kind} {r.reference}" for r in doc.rows)
        texts[code] = _pdftotext(out)
    english = _words(texts["EN"]) - _data_words()
    # the English statement says what each line is, in words the others must not borrow
    for word in ("void", "reversal", "payment", "refund", "write-off", "opening", "balance", "transfer"):
        assert word in english, word
    for code in ("DE", "ZH"):
        left = sorted(english & _words(texts[code]))
        assert left == [], (code, left)
    # each correction names the entry it reverses or voids, in the customer's words
    flat = {code: " ".join(text.split()) for code, text in texts.items()}
    for said in ("reversal of payment", "reversal of write-off", "reversal of credit note EN-CN-1",
                 "reversal of refund", "void of invoice EN-4", "Bank transfer", "Opening balance"):
        assert said.lower() in flat["EN"].lower(), said
    for said in ("Storno von Zahlung", "Storno von Ausbuchung", "Storno von Gutschrift DE-CN-1",
                 "Storno von Erstattung", "Storno der Rechnung DE-4", "Überweisung", "Anfangssaldo"):
        assert said in flat["DE"], said
    for said in ("冲销收款", "冲销核销", "冲销贷项通知单 ZH-CN-1", "冲销退款", "作废发票 ZH-4"):
        assert said in flat["ZH"], said
