"""Importing credit notes and write-offs (and payments with a split or a reversal): all or nothing."""

import json
from datetime import date

import pytest

from arledger.services.imports import ImportRejected, import_file
from arledger.services.reports import AgingGrouping, aging
from arledger.services.settings import set_setting
from tests.conftest import snapshot


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def totals(ledger, as_of):
    out = {}
    for r in aging(ledger, as_of, grouping=AgingGrouping.CUSTOMER).rows:
        out[r.currency] = out.get(r.currency, 0) + r.total
    return out


@pytest.fixture
def books(ledger, acme, tom):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 100000)
    ledger.add_invoice("ACME", "A-2", date(2025, 2, 1), 50000)
    ledger.add_invoice("TOM", "T-1", date(2025, 1, 1), 30000)
    return ledger


def test_credit_notes_and_write_offs_import(books, tmp_path):
    cn = write(tmp_path, "cn.csv", "customer,number,date,amount,invoice,allocate,reason,reversed_on,reversal_reason\n"
               "ACME,CN-1,2025-03-01,200.00,A-2,,price,,\n"
               "ACME,CN-2,2025-03-02,150.00,,A-1:100; A-2:50,returns,,\n"
               "TOM,CN-3,2025-03-03,40,,,,2025-03-20,issued in error\n"
               "TOM,CN-4,2025-03-04,10,,none,goodwill,,\n")
    result = import_file(books, "credit_notes", cn)
    assert result.rows == 4
    assert result.unapplied == {"GBP": 1000}
    # a reversed entry settles nothing: it is credit on the account until the day it was reversed
    assert totals(books, date(2025, 3, 10)) == {"EUR": 115000, "GBP": 30000}
    assert books.unapplied_credit("TOM", date(2025, 3, 10)) == {"GBP": 5000}
    assert books.unapplied_credit("TOM", date(2025, 3, 20)) == {"GBP": 1000}
    wo = write(tmp_path, "wo.csv", "invoice,date,amount,reason,reversed_on,reversal_reason\n"
               "A-2,2025-04-01,,uncollectable,,\n"
               "T-1,2025-04-02,100,small balance,2025-04-10,paid after all\n")
    assert import_file(books, "write_offs", wo).rows == 2
    assert totals(books, date(2025, 4, 5)) == {"EUR": 90000, "GBP": 20000}
    assert totals(books, date(2025, 4, 10)) == {"EUR": 90000, "GBP": 30000}


@pytest.mark.parametrize(("kind", "text", "message"), [
    ("credit_notes", "customer,number,date,amount\nACME,CN-1,2025-03-01,10\nNOPE,CN-2,2025-03-01,10\n",
     "line 3, column 'customer': there is no customer with code or name 'NOPE'"),
    ("credit_notes", "customer,number,date,amount\nACME,CN-1,2025-03-01,10\nACME,CN-1,2025-03-02,5\n",
     "line 3, column 'number': credit note 'CN-1' appears twice (first on line 2)."),
    ("credit_notes", "customer,number,date,amount,allocate\nACME,CN-1,2025-03-01,10,A-1:20\n",
     "line 2: The allocation adds up to EUR 20.00, more than the EUR 10.00 received."),
    ("credit_notes", "customer,number,date,amount,reversed_on\nACME,CN-1,2025-03-01,10,2025-03-05\n",
     "line 2, column 'reversal_reason': a reversed entry needs a reversal_reason."),
    ("write_offs", "invoice,date,reason\nA-1,2025-03-01,bad debt\nX-9,2025-03-01,bad debt\n",
     "line 3, column 'invoice': there is no invoice numbered 'X-9'."),
    ("write_offs", "invoice,date,reason,amount\nA-1,2025-03-01,bad debt,1000\nA-1,2025-03-02,again,1\n",
     "line 3: Invoice A-1 has nothing open to write off."),
    ("write_offs", "invoice,date,amount\nA-1,2025-03-01,10\n", "has no 'reason' column"),
])
def test_import_errors_leave_the_ledger_unchanged(books, tmp_path, kind, text, message):
    before = snapshot(books.path)
    path = write(tmp_path, "bad.csv", text)
    with pytest.raises(ImportRejected) as err:
        import_file(books, kind, path)
    assert message in "\n".join(map(str, err.value.lines()))
    assert snapshot(books.path) == before
    # a dry run finds the same problem and changes nothing either
    with pytest.raises(ImportRejected):
        import_file(books, kind, path, dry_run=True)
    assert snapshot(books.path) == before


def test_dry_run_changes_nothing(books, tmp_path):
    before = snapshot(books.path)
    path = write(tmp_path, "wo.csv", "invoice,date,reason\nA-1,2025-03-01,bad debt\n")
    assert import_file(books, "write_offs", path, dry_run=True).rows == 1
    assert snapshot(books.path) == before


def test_payments_with_split_reversal_and_automatic_credit(books, tmp_path):
    pay = write(tmp_path, "pay.csv", "customer,date,amount,allocate,reversed_on,reversal_reason\n"
                "ACME,2025-03-01,300,A-2:300,,\n"
                "ACME,2025-03-02,999,,2025-03-05,bounced\n")
    import_file(books, "payments", pay)
    assert totals(books, date(2025, 3, 3)) == {"EUR": 120000, "GBP": 30000}
    assert totals(books, date(2025, 3, 5)) == {"EUR": 120000, "GBP": 30000}
    assert books.unapplied_credit("ACME") == {}
    set_setting(books, "imports.apply_credit", "true")
    cn = write(tmp_path, "cn.csv", "customer,number,date,amount,allocate\nTOM,CN-9,2025-03-06,50,none\n")
    result = import_file(books, "credit_notes", cn)
    assert result.unapplied == {}
    assert totals(books, date(2025, 3, 6)) == {"EUR": 120000, "GBP": 25000}


def test_customers_import_contacts_tags_and_flags(ledger, tmp_path):
    path = write(tmp_path, "c.csv", "code,name,tags,contacts,on_hold,do_not_contact,attorney_on_record,risk_tier\n"
                 "K1,Kay Ltd,\"a, b\",Ann | AP | 123 | ann@k.example; Bob,yes,no,yes,c\n"
                 "K2,Lee Ltd,,,,,,\n")
    assert import_file(ledger, "customers", path).rows == 2
    k1 = ledger.customer("K1")
    assert k1.tags == ("a", "b") and k1.on_hold and k1.attorney_on_record and not k1.do_not_contact
    assert [p.name for p in k1.contacts] == ["Ann", "Bob"] and k1.contacts[0].email == "ann@k.example"
    assert k1.risk_tier.value == "C"
    bad = write(tmp_path, "bad.csv", "code,name,on_hold\nK3,Mo Ltd,perhaps\n")
    with pytest.raises(ImportRejected, match="'perhaps' is not yes or no for 'on_hold'"):
        import_file(ledger, "customers", bad)


@pytest.fixture
def credit(books):
    """TOM has 50.00 GBP on account and ACME 20.00 EUR."""
    books.record_payment("TOM", date(2025, 3, 1), 5000, allocations=[])
    books.record_payment("ACME", date(2025, 3, 1), 2000, allocations=[])
    return books


def test_refunds_import_with_a_reversed_one(credit, tmp_path):
    path = write(tmp_path, "refunds.csv", "customer,date,amount,currency,method,reference,reason,reversed_on,"
                 "reversal_reason\n"
                 "TOM,2025-03-05,30.00,GBP,bank transfer,R-1,overpaid,,\n"
                 "TOM,2025-03-06,20,,cheque,R-2,overpaid,2025-03-09,cheque not cashed\n"
                 "ACME,2025-03-07,20,EUR,,,,,\n")
    assert import_file(credit, "refunds", path).rows == 3
    assert credit.unapplied_credit("TOM", date(2025, 3, 5)) == {"GBP": 2000}
    assert credit.unapplied_credit("TOM") == {"GBP": 2000}  # the reversed refund took nothing
    assert credit.unapplied_credit("ACME") == {}
    kinds = [r[0] for r in credit.conn.execute("SELECT kind FROM evidence WHERE kind LIKE 'refund%' ORDER BY seq")]
    assert kinds == ["refund", "refund", "refund_reversed", "refund"]


@pytest.mark.parametrize(("text", "message"), [
    ("customer,date,amount\nTOM,2025-03-05,30\nTOM,2025-03-06,30\n",
     "line 3, column 'amount': Customer TOM has GBP 20.00 of unapplied credit; a refund of GBP 30.00 is more than "
     "that."),
    ("customer,date,amount\nTOM,2025-03-05,10\nNOPE,2025-03-05,10\n",
     "line 3, column 'customer': there is no customer with code or name 'NOPE'"),
    ("customer,date,amount\nTOM,2025-13-05,10\n", "line 2, column 'date'"),
    ("customer,date,amount\nTOM,2025-03-05,-10\n", "line 2, column 'amount'"),
    ("customer,date,amount,currency\nTOM,2025-03-05,10,USD\n",
     "line 2, column 'amount': Customer TOM has USD 0.00 of unapplied credit"),
    ("customer,date,amount,reversed_on\nTOM,2025-03-05,10,2025-03-06\n",
     "line 2, column 'reversal_reason': a reversed entry needs a reversal_reason."),
    ("customer,date\nTOM,2025-03-05\n", "has no 'amount' column"),
])
def test_refund_import_errors_leave_the_ledger_unchanged(credit, tmp_path, text, message):
    before = snapshot(credit.path)
    path = write(tmp_path, "bad.csv", text)
    with pytest.raises(ImportRejected) as err:
        import_file(credit, "refunds", path)
    assert message in "\n".join(map(str, err.value.lines()))
    assert snapshot(credit.path) == before
    with pytest.raises(ImportRejected):
        import_file(credit, "refunds", path, dry_run=True)
    assert snapshot(credit.path) == before


@pytest.fixture
def limited(books):
    """ACME (EUR) may owe at most 2,000.00 and owes 1,500.00 (plus 100.00 on account as credit); TOM is on hold."""
    import dataclasses

    books.update_customer(dataclasses.replace(books.customer("ACME"), credit_limit=200000))
    books.update_customer(dataclasses.replace(books.customer("TOM"), on_hold=True))
    books.record_payment("ACME", date(2025, 3, 1), 10000, allocations=[])
    return books


INVOICES = ("customer,number,issue_date,amount,currency\n"
            "ACME,A-3,2025-04-01,400,EUR\n"      # 1,400 + 400 = 1,800: within the limit
            "ACME,A-4,2025-04-02,300,EUR\n"      # 2,100: over it
            "ACME,A-5,2025-04-03,50,USD\n"       # another currency: the EUR limit does not apply
            "TOM,T-2,2025-04-04,10,GBP\n")       # on hold


def test_invoice_import_refuses_rows_over_the_credit_limit_or_on_hold(limited, tmp_path):
    before = snapshot(limited.path)
    path = write(tmp_path, "inv.csv", INVOICES)
    with pytest.raises(ImportRejected) as err:
        import_file(limited, "invoices", path)
    lines = [str(line) for line in err.value.lines()]
    assert lines[0] == ("inv.csv line 3, column 'amount': Invoice A-4 takes customer ACME to EUR 2100.00, over the "
                        "credit limit of EUR 2000.00. It goes in only with a reason for overriding credit control.")
    assert lines[1].startswith("inv.csv line 5, column 'customer': Customer TOM is on hold;")
    assert len(err.value.errors) == 2 and err.value.over_limit == 2
    assert snapshot(limited.path) == before


def test_invoice_import_with_a_reason_logs_an_override_per_invoice(limited, tmp_path):
    path = write(tmp_path, "inv.csv", INVOICES)
    assert import_file(limited, "invoices", path, allow_over_limit="agreed with the owner").rows == 4
    overrides = [json.loads(e.payload_json) for e in limited_events(limited, "credit_override")]
    assert [(o["invoice"], o["reason"]) for o in overrides] == [("A-4", "agreed with the owner"),
                                                                ("T-2", "agreed with the owner")]
    assert "over the credit limit of EUR 2000.00" in overrides[0]["problem"]


def test_a_voided_invoice_row_is_not_credit_controlled(limited, tmp_path):
    path = write(tmp_path, "inv.csv", "customer,number,issue_date,amount,voided_on,void_reason\n"
                 "TOM,T-9,2025-04-04,10,2025-04-05,entered twice\n")
    assert import_file(limited, "invoices", path).rows == 1


def limited_events(ledger, kind):
    from arledger.storage import evidence

    return [e for e in evidence.all_events(ledger.conn) if e.kind == kind]


def test_an_invoice_the_file_shows_settled_is_not_credit_controlled(limited, tmp_path):
    """As the accountant's workbook restores history: an invoice whose open column is 0 extends no credit, a
    partly open one counts its open part; one still open over the limit needs the reason as before."""
    path = write(tmp_path, "inv.csv", "customer,number,issue_date,amount,open\n"
                 "ACME,A-3,2025-04-01,5000,0\n"       # settled in the file: over the limit on its face, but paid
                 "TOM,T-2,2025-04-04,10,0.00\n"        # settled, for a customer on hold since
                 "ACME,A-4,2025-04-02,900,400\n"       # 1,400 + 400 open = 1,800: within the limit
                 "ACME,A-5,2025-04-03,50,\n")          # open column blank: the whole 50 counts, 1,850
    result = import_file(limited, "invoices", path)
    assert (result.rows, result.settled_in_file) == (4, 2)
    assert limited_events(limited, "credit_override") == []
    assert json.loads(limited_events(limited, "import")[-1].payload_json)["settled_in_file"] == 2
    assert limited.invoice("A-3").amount == 500000  # the invoice goes in whole; the file's payments settle it

    before = snapshot(limited.path)
    over = write(tmp_path, "over.csv", "customer,number,issue_date,amount,open\nACME,A-6,2025-04-05,900,200\n")
    with pytest.raises(ImportRejected) as err:  # 1,850 + 200 open = 2,050: over the 2,000 limit
        import_file(limited, "invoices", over)
    assert err.value.over_limit == 1 and "over the credit limit of EUR 2000.00" in str(err.value.lines()[0])
    bad = write(tmp_path, "bad.csv", "customer,number,issue_date,amount,open\nACME,A-7,2025-04-05,10,11\n"
                "ACME,A-8,2025-04-05,10,-1\n")
    with pytest.raises(ImportRejected) as err:
        import_file(limited, "invoices", bad)
    assert [str(m) for m in err.value.lines()[:2]] == [
        "bad.csv line 2, column 'open': the open amount EUR 11.00 is not between 0 and the invoice amount EUR 10.00.",
        "bad.csv line 3, column 'open': '-1' is negative; amounts must be zero or more."]
    assert err.value.over_limit == 0 and snapshot(limited.path) == before
