"""Reversals, splits, credit application, refunds and credit control, on real ledger files."""

from datetime import date

import pytest

from arledger.domain.errors import UserError
from arledger.domain.model import Customer
from arledger.services import reversals
from arledger.services.reports import AgingGrouping, aging
from arledger.storage import evidence


def total(ledger, as_of):
    """Open total per currency on as_of, from the aging report."""
    out = {}
    for r in aging(ledger, as_of, grouping=AgingGrouping.CUSTOMER).rows:
        out[r.currency] = out.get(r.currency, 0) + r.total
    return out


def events(ledger, kind):
    return [e for e in evidence.all_events(ledger.conn) if e.kind == kind]


def test_reversed_payment_reopens_invoices_from_its_date_only(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 10000)
    ledger.add_invoice("ACME", "A-2", date(2025, 1, 15), 20000)
    paid = ledger.record_payment("ACME", date(2025, 2, 10), 25000)
    assert total(ledger, date(2025, 2, 20)) == {"EUR": 5000}
    result = reversals.reverse_payment(ledger, paid.source_id, date(2025, 3, 1), "Entered twice")
    assert result.reopened == (("A-1", 10000), ("A-2", 15000))
    assert result.customer_code == "ACME" and result.invoices == ("A-1", "A-2")  # what a screen re-reads
    # before the reversal the ledger still shows the payment; from its date both invoices are open again
    assert total(ledger, date(2025, 2, 20)) == {"EUR": 5000}
    assert total(ledger, date(2025, 2, 28)) == {"EUR": 5000}
    assert total(ledger, date(2025, 3, 1)) == {"EUR": 30000}
    assert total(ledger, date(2025, 1, 20)) == {"EUR": 30000}
    # the reversal points at the payment's evidence event and carries the reason
    (payment_event,) = events(ledger, "payment")
    (reversal_event,) = events(ledger, "payment_reversed")
    payload = evidence.payload(reversal_event)
    assert payload["reverses"] == payment_event.seq
    assert payload["reason"] == "Entered twice"
    # a reversed payment leaves no credit and cannot be reversed twice; a later payment goes to A-1 again
    assert ledger.unapplied_credit("ACME") == {}
    with pytest.raises(UserError, match="already reversed"):
        reversals.reverse_payment(ledger, paid.source_id, date(2025, 3, 2), "again")
    again = ledger.record_payment("ACME", date(2025, 3, 5), 10000)
    assert again.allocations == (("A-1", 10000),)


def test_reversal_rules(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 10000)
    paid = ledger.record_payment("ACME", date(2025, 2, 10), 4000)
    with pytest.raises(UserError, match="needs a reason"):
        reversals.reverse_payment(ledger, paid.source_id, date(2025, 3, 1), "  ")
    with pytest.raises(UserError, match="reverse it on that day or later"):
        reversals.reverse_payment(ledger, paid.source_id, date(2025, 2, 1), "typo")
    with pytest.raises(UserError, match="There is no payment 99"):
        reversals.reverse_payment(ledger, 99, date(2025, 3, 1), "typo")


def test_reversed_credit_note_and_write_off(ledger, tom):
    ledger.add_invoice("TOM", "T-1", date(2025, 1, 1), 50000)
    ledger.add_credit_note("TOM", "CN-1", date(2025, 1, 20), 10000, invoice_number="T-1", reason="returned goods")
    wo = ledger.write_off("T-1", date(2025, 4, 1), "insolvent")
    assert total(ledger, date(2025, 4, 2)) == {}
    r = reversals.reverse_write_off(ledger, wo.source_id, date(2025, 5, 1), "paid after all")
    assert r.reopened == (("T-1", 40000),)
    assert total(ledger, date(2025, 4, 30)) == {}
    assert total(ledger, date(2025, 5, 1)) == {"GBP": 40000}
    reversals.reverse_credit_note(ledger, "CN-1", date(2025, 5, 2), "goods were not returned")
    assert total(ledger, date(2025, 5, 1)) == {"GBP": 40000}
    assert total(ledger, date(2025, 5, 2)) == {"GBP": 50000}
    assert [evidence.payload(e)["reason"] for e in events(ledger, "write_off_reversed")] == ["paid after all"]
    assert len(events(ledger, "credit_note_reversed")) == 1


def test_void_invoice_only_without_settlements(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 10000)
    ledger.add_invoice("ACME", "A-2", date(2025, 1, 1), 7000)
    ledger.record_payment("ACME", date(2025, 1, 5), 100, invoice_number="A-2")
    with pytest.raises(UserError, match="reverse those first"):
        reversals.void_invoice(ledger, "A-2", date(2025, 2, 1), "duplicate")
    reversals.void_invoice(ledger, "A-1", date(2025, 2, 1), "entered twice")
    assert total(ledger, date(2025, 1, 31)) == {"EUR": 16900}
    assert total(ledger, date(2025, 2, 1)) == {"EUR": 6900}
    # a voided invoice takes no more money: the payment goes to the other one or stays as credit
    res = ledger.record_payment("ACME", date(2025, 2, 2), 10000, invoice_number="A-1")
    assert res.allocations == () and res.unapplied == 10000
    with pytest.raises(UserError, match="already voided"):
        reversals.void_invoice(ledger, "A-1", date(2025, 2, 3), "again")
    (event,) = events(ledger, "invoice_voided")
    assert evidence.payload(event)["reason"] == "entered twice"


def test_payment_split_over_chosen_invoices(ledger, acme):
    for n, d in (("A-1", 1), ("A-2", 2), ("A-3", 3)):
        ledger.add_invoice("ACME", n, date(2025, 1, d), 10000)
    res = ledger.record_payment("ACME", date(2025, 2, 1), 18000, allocations=[("A-3", 10000), ("A-1", 5000)])
    assert res.allocations == (("A-3", 10000), ("A-1", 5000))
    assert res.unapplied == 3000
    with pytest.raises(UserError, match=r"more than the EUR 10\.00 received"):
        ledger.record_payment("ACME", date(2025, 2, 1), 1000, allocations=[("A-2", 1000), ("A-1", 1000)])
    with pytest.raises(UserError, match=r"A-3 has EUR 0\.00 open"):
        ledger.record_payment("ACME", date(2025, 2, 1), 1000, allocations=[("A-3", 1000)])
    # credit applied to a chosen invoice, then refunds take what is left
    applied = ledger.apply_credit("ACME", date(2025, 2, 5), ["A-2"])
    assert [r.allocations for r in applied] == [(("A-2", 3000),)]
    assert ledger.unapplied_credit("ACME") == {}
    ledger.record_payment("ACME", date(2025, 2, 6), 50000, allocations=[])
    with pytest.raises(UserError, match="more than that"):
        ledger.refund("ACME", date(2025, 2, 7), 60000)
    ledger.refund("ACME", date(2025, 2, 7), 20000, reason="overpaid")
    assert ledger.unapplied_credit("ACME") == {"EUR": 30000}
    assert ledger.unapplied_credit("ACME", date(2025, 2, 6)) == {"EUR": 50000}
    assert len(events(ledger, "refund")) == 1


def test_credit_control(ledger):
    ledger.add_customer(Customer(code="LIM", name="Limited Ltd", currency="EUR", credit_limit=100000))
    ledger.add_invoice("LIM", "L-1", date(2025, 1, 1), 80000)
    with pytest.raises(UserError, match=r"over the credit limit of EUR 1000\.00"):
        ledger.add_invoice("LIM", "L-2", date(2025, 1, 2), 30000)
    assert ledger.counts()["invoices"] == 1
    ledger.add_invoice("LIM", "L-2", date(2025, 1, 2), 30000, override_reason="approved by the owner")
    (event,) = events(ledger, "credit_override")
    assert evidence.payload(event)["reason"] == "approved by the owner"
    hold = ledger.customer("LIM")
    import dataclasses

    ledger.update_customer(dataclasses.replace(hold, on_hold=True, credit_limit=None))
    with pytest.raises(UserError, match="on hold"):
        ledger.add_invoice("LIM", "L-3", date(2025, 1, 3), 100)


def test_statement_aging_and_credit_agree_on_the_net_balance(ledger, acme):
    """After payments, credit notes, write-offs, their reversals, a void and a refund, the statement's closing
    balance is what aging shows open less the unapplied credit, on every date."""
    from arledger.services.statements import build_statement

    ledger.set_setting("company", {"name": "Seller Ltd", "address": "1 High Street"})
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 10000)
    ledger.add_invoice("ACME", "A-2", date(2025, 1, 5), 20000)
    ledger.add_invoice("ACME", "A-3", date(2025, 1, 6), 500)
    paid = ledger.record_payment("ACME", date(2025, 2, 1), 35000)  # 4,500 left as credit
    ledger.add_credit_note("ACME", "CN-1", date(2025, 2, 2), 1000, allocations=[])
    reversals.reverse_payment(ledger, paid.source_id, date(2025, 2, 10), "bounced")
    wo = ledger.write_off("A-2", date(2025, 2, 11), "small balance", 100)
    reversals.reverse_write_off(ledger, wo.source_id, date(2025, 2, 12), "paid after all")
    reversals.void_invoice(ledger, "A-3", date(2025, 2, 13), "duplicate")
    reversals.reverse_credit_note(ledger, "CN-1", date(2025, 2, 14), "raised in error")
    ledger.record_payment("ACME", date(2025, 2, 15), 31000)
    refund = ledger.refund("ACME", date(2025, 2, 16), 500, reason="overpaid")
    ledger.refund("ACME", date(2025, 2, 17), 100, reason="overpaid")
    reversals.reverse_refund(ledger, refund, date(2025, 2, 18), "returned by the bank")
    for day in (date(2025, 2, d) for d in range(1, 20)):
        doc = build_statement(ledger, "ACME", None, day)
        closing = doc.rows[-1].balance if doc.rows else 0
        net = total(ledger, day).get("EUR", 0) - ledger.unapplied_credit("ACME", day).get("EUR", 0)
        assert closing == net, day
    assert ledger.unapplied_credit("ACME", date(2025, 2, 17)) == {"EUR": 400}
    assert total(ledger, date(2025, 2, 19)) == {} and ledger.unapplied_credit("ACME") == {"EUR": 900}


def test_a_payment_in_an_upgraded_old_file_can_be_reversed(tmp_path):
    """ledger-v1.sqlite (schema 1) holds a payment; after the upgrade that rebuilt allocations it reverses."""
    import shutil
    from pathlib import Path

    from arledger.services.ledger import Ledger

    path = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).parents[1] / "storage" / "fixtures" / "ledger-v1.sqlite", path)
    with Ledger.open(path) as led:
        assert total(led, date(2025, 6, 1)) == {"EUR": 30000}
        pid = led.conn.execute("SELECT id FROM payments").fetchone()[0]
        reversals.reverse_payment(led, pid, date(2025, 6, 2), "bounced")
        assert total(led, date(2025, 6, 1)) == {"EUR": 30000}
        assert total(led, date(2025, 6, 2)) == {"EUR": 150000}
