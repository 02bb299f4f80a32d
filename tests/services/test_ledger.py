from datetime import date

import pytest

from arledger.domain.errors import UserError
from arledger.domain.model import Customer


def open_amount(ledger, number):
    return ledger.conn.execute("SELECT amount - settled FROM invoices WHERE number = ?", (number,)).fetchone()[0]


def test_due_date_defaults_to_terms(ledger, tom):
    inv = ledger.add_invoice("TOM", "T-1", date(2025, 3, 1), 50000)
    assert inv.due_date == date(2025, 3, 15)  # 14 days' terms
    assert inv.currency == "GBP"


def test_invoice_errors_are_sentences(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 100)
    with pytest.raises(UserError, match="already exists"):
        ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 100)
    with pytest.raises(UserError, match="before it was issued"):
        ledger.add_invoice("ACME", "A-2", date(2025, 1, 10), 100, due_date=date(2025, 1, 1))
    with pytest.raises(UserError, match="no customer with code 'NOPE'"):
        ledger.add_invoice("NOPE", "A-3", date(2025, 1, 1), 100)


def test_payment_oldest_first_then_unapplied_credit(ledger, acme):
    ledger.add_invoice("ACME", "A-2", date(2025, 2, 1), 20000)
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 10000)
    res = ledger.record_payment("ACME", date(2025, 3, 10), 25000)
    # A-1 (due 31 Jan) is settled first, then 150.00 of A-2
    assert res.allocations == (("A-1", 10000), ("A-2", 15000))
    assert res.unapplied == 0
    assert open_amount(ledger, "A-1") == 0
    assert open_amount(ledger, "A-2") == 5000
    res = ledger.record_payment("ACME", date(2025, 3, 20), 8000)
    assert res.allocations == (("A-2", 5000),)
    assert res.unapplied == 3000
    assert ledger.unapplied_credit("ACME") == {"EUR": 3000}


def test_payment_to_named_invoice(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 10000)
    ledger.add_invoice("ACME", "A-2", date(2025, 2, 1), 20000)
    res = ledger.record_payment("ACME", date(2025, 3, 1), 20000, invoice_number="A-2")
    assert res.allocations == (("A-2", 20000),)
    assert open_amount(ledger, "A-1") == 10000


def test_payment_in_another_currency_is_kept_apart(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 10000)
    ledger.add_invoice("ACME", "A-USD", date(2025, 1, 1), 7000, currency="USD")
    res = ledger.record_payment("ACME", date(2025, 2, 1), 7000, currency="USD")
    assert res.allocations == (("A-USD", 7000),)
    assert open_amount(ledger, "A-1") == 10000
    with pytest.raises(UserError, match="is in EUR, not USD"):
        ledger.record_payment("ACME", date(2025, 2, 1), 100, currency="USD", invoice_number="A-1")


def test_payment_to_another_customers_invoice_is_refused_and_nothing_is_saved(ledger, acme, tom):
    ledger.add_invoice("TOM", "T-1", date(2025, 1, 1), 10000)
    with pytest.raises(UserError, match="belongs to another customer"):
        ledger.record_payment("ACME", date(2025, 2, 1), 100, currency="GBP", invoice_number="T-1")
    assert ledger.conn.execute("SELECT count(*) FROM payments").fetchone()[0] == 0


def test_credit_note_and_write_off(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 10000)
    ledger.add_credit_note("ACME", "CN-1", date(2025, 1, 15), 2500, invoice_number="A-1", reason="damaged")
    assert open_amount(ledger, "A-1") == 7500
    with pytest.raises(UserError, match="no more than that"):
        ledger.write_off("A-1", date(2025, 6, 1), "insolvent", amount=9000)
    with pytest.raises(UserError, match="needs a reason"):
        ledger.write_off("A-1", date(2025, 6, 1), "  ")
    ledger.write_off("A-1", date(2025, 6, 1), "insolvent")
    assert open_amount(ledger, "A-1") == 0
    with pytest.raises(UserError, match="nothing open"):
        ledger.write_off("A-1", date(2025, 6, 2), "again")


def test_prepayment_applies_on_the_invoice_date(ledger, acme):
    ledger.record_payment("ACME", date(2025, 1, 1), 5000)
    assert ledger.unapplied_credit("ACME") == {"EUR": 5000}
    ledger.add_invoice("ACME", "A-1", date(2025, 2, 1), 8000)
    (res,) = ledger.apply_credit("ACME", date(2025, 1, 1))
    assert res.allocations == (("A-1", 5000),)
    assert ledger.unapplied_credit("ACME") == {}
    row = ledger.conn.execute("SELECT date FROM allocations").fetchone()
    assert row[0] == "2025-02-01"


def test_customer_codes_are_unique_ignoring_case(ledger, acme):
    with pytest.raises(UserError, match="already exists"):
        ledger.add_customer(Customer(code="acme", name="Other"))
