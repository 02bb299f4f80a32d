"""Every letter and statement prints the evidence log's chain head and length as they stood when it was made
(issue: anchors outside the ledger file), in the appendix or, without one, in small print at its end."""

from __future__ import annotations

from datetime import date

from arledger.domain.model import Customer, Jurisdiction
from arledger.render.pdf_text import printed_chain_heads
from arledger.services import letters, statements
from arledger.storage import evidence


def _ledger(ledger):
    ledger.set_setting("company", {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol"})
    ledger.add_customer(Customer(code="BETA", name="Beta Trading Ltd", currency="USD", jurisdiction=Jurisdiction.US))
    ledger.add_invoice("BETA", "B-1", date(2025, 3, 1), 20_000, due_date=date(2025, 4, 1))
    return ledger


def test_a_letter_without_the_appendix_prints_the_chain_head(ledger):
    led = _ledger(ledger)
    before = evidence.head(led.conn)
    sent = letters.send_letter(led, "BETA", date(2025, 6, 1), level=1, appendix=False)
    assert not sent.appendix
    assert printed_chain_heads(sent.pdf, last_pages=50) == [before]
    assert evidence.head(led.conn)[0] > before[0]  # the letter's own event came after what it printed


def test_a_statement_prints_the_chain_head(ledger, tmp_path):
    led = _ledger(ledger)
    head = evidence.head(led.conn)
    out = tmp_path / "statement.pdf"
    statements.write_statement(led, "BETA", None, date(2025, 6, 1), out)
    assert printed_chain_heads(out.read_bytes(), last_pages=50) == [head]


def test_a_letter_with_the_appendix_prints_it_once(ledger):
    led = _ledger(ledger)
    before = evidence.head(led.conn)
    sent = letters.send_letter(led, "BETA", date(2025, 6, 1), level=1, appendix=True, preview=True)
    assert printed_chain_heads(sent.pdf, last_pages=50) == [before]
