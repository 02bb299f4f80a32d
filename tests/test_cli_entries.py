"""Every ledger entry and every reversal from the command line, with aging before and after."""

import json
import subprocess
import sys

import pytest

from arledger.cli.main import main
from tests.conftest import snapshot


@pytest.fixture
def books(tmp_path):
    path = tmp_path / "books.sqlite"
    from arledger.services.ledger import Ledger

    Ledger.open(path, create=True).close()
    return path


def cli(books, capsys, *args):
    code = main(["--ledger", str(books), *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def aging_total(books, capsys, as_of):
    code, out, _ = cli(books, capsys, "report", "aging", "--as-of", as_of, "--format", "json")
    assert code == 0
    data = json.loads(out)
    return {t["currency"]: t["total"] for t in data["totals"]}


def test_customer_add_edit_show_with_every_field(books, capsys):
    code, out, err = cli(books, capsys, "customer", "add", "--code", "ACME", "--name", "Acme GmbH", "--kind", "company",
                         "--currency", "EUR", "--jurisdiction", "de", "--timezone", "Europe/Berlin",
                         "--payment-terms-days", "14", "--credit-limit", "5000", "--tags", "wholesale, north",
                         "--contact", "Eva Braun | accounts | +49 30 1234 | eva@acme.example",
                         "--contact", "Max Roth | CEO", "--do-not-contact", "no", "--on-hold", "yes",
                         "--address", "Hauptstr. 1, Berlin", "--country", "de", "--language", "en",
                         "--email", "ap@acme.example", "--phone", "+49 30 1", "--risk-tier", "b",
                         "--notes", "pays late")
    assert code == 0, err
    code, out, err = cli(books, capsys, "customer", "show", "ACME", "--format", "json")
    data = json.loads(out)["customer"]
    assert data["contacts"] == "Eva Braun | accounts | +49 30 1234 | eva@acme.example; Max Roth | CEO"
    assert data["tags"] == "wholesale, north"
    assert (data["on_hold"], data["do_not_contact"], data["country"], data["risk_tier"]) == ("yes", "no", "DE", "B")
    assert data["credit_limit"] == "5000.00"
    code, out, err = cli(books, capsys, "customer", "edit", "ACME", "--on-hold", "no", "--attorney-on-record", "yes",
                         "--contact", "Ida Klein | accounts")
    assert code == 0, err
    data = json.loads(cli(books, capsys, "customer", "show", "ACME", "--format", "json")[1])["customer"]
    assert (data["on_hold"], data["attorney_on_record"], data["contacts"]) == ("no", "yes", "Ida Klein | accounts")
    assert data["tags"] == "wholesale, north"  # untouched fields stay
    before = snapshot(books)
    code, out, err = cli(books, capsys, "customer", "edit", "ACME", "--email", "not-an-address")
    assert code == 1 and "is not an email address" in err and snapshot(books) == before


def test_entries_and_reversals_with_aging_before_and_after(books, capsys):
    assert cli(books, capsys, "customer", "add", "--code", "C1", "--name", "One Ltd", "--currency", "GBP",
               "--credit-limit", "1000")[0] == 0
    ok = [("invoice", "add", "--customer", "C1", "--number", "I-1", "--date", "2025-01-01", "--amount", "600"),
          ("invoice", "add", "--customer", "C1", "--number", "I-2", "--date", "2025-01-10", "--amount", "300")]
    for args in ok:
        code, _out, err = cli(books, capsys, *args)
        assert code == 0, err
    # over the credit limit: refused, the ledger unchanged; accepted with a reason
    before = snapshot(books)
    code, _out, err = cli(books, capsys, "invoice", "add", "--customer", "C1", "--number", "I-3", "--date",
                          "2025-01-20", "--amount", "200")
    assert code == 1 and "over the credit limit" in err and snapshot(books) == before
    code, _out, err = cli(books, capsys, "invoice", "add", "--customer", "C1", "--number", "I-3", "--date",
                          "2025-01-20", "--amount", "200", "--allow-over-limit", "agreed by phone")
    assert code == 0, err
    assert aging_total(books, capsys, "2025-02-28") == {"GBP": "1100.00"}

    code, out, err = cli(books, capsys, "payment", "add", "--customer", "C1", "--amount", "450", "--date", "2025-03-01",
                         "--allocate", "I-2:300,I-3:100", "--reference", "BACS 1")
    assert code == 0, err
    assert "applied to I-2 300.00, I-3 100.00" in out and "50.00 GBP stays on the account as credit" in out
    code, out, err = cli(books, capsys, "credit-note", "add", "--customer", "C1", "--number", "CN-1", "--amount", "100",
                         "--date", "2025-03-02", "--invoice", "I-1", "--reason", "damaged")
    assert code == 0, err
    code, out, err = cli(books, capsys, "write-off", "I-1", "--amount", "50", "--reason", "goodwill", "--date",
                         "2025-03-03")
    assert code == 0, err
    assert aging_total(books, capsys, "2025-03-10") == {"GBP": "550.00"}
    code, out, err = cli(books, capsys, "credit", "apply", "--customer", "C1", "--invoices", "I-3", "--date",
                         "2025-03-11")
    assert code == 0 and "I-3 50.00" in out, err
    assert aging_total(books, capsys, "2025-03-11") == {"GBP": "500.00"}

    account = json.loads(cli(books, capsys, "customer", "show", "C1", "--format", "json")[1])
    ids = {e["kind"]: e["id"] for e in account["entries"]}
    code, out, err = cli(books, capsys, "payment", "reverse", ids["payment"], "--reason", "bounced", "--date",
                         "2025-04-01")
    assert code == 0, err
    assert "I-2: 300.00 GBP open again" in out and "I-3: 150.00 GBP open again" in out
    code, out, err = cli(books, capsys, "write-off", "reverse", ids["write_off"], "--reason", "paid after all",
                         "--date", "2025-04-02")
    assert code == 0, err
    code, out, err = cli(books, capsys, "credit-note", "reverse", "CN-1", "--reason", "not returned", "--date",
                         "2025-04-03")
    assert code == 0, err
    # as of days before each reversal the ledger shows what it showed then
    assert aging_total(books, capsys, "2025-03-31") == {"GBP": "500.00"}
    assert aging_total(books, capsys, "2025-04-01") == {"GBP": "950.00"}
    assert aging_total(books, capsys, "2025-04-02") == {"GBP": "1000.00"}
    assert aging_total(books, capsys, "2025-04-03") == {"GBP": "1100.00"}

    # a void needs no settlements
    code, _out, err = cli(books, capsys, "invoice", "void", "I-3", "--reason", "duplicate", "--date", "2025-04-04")
    assert code == 0, err
    assert aging_total(books, capsys, "2025-04-04") == {"GBP": "900.00"}
    code, out, err = cli(books, capsys, "invoice", "show", "I-2")
    assert "reversal of payment" in out
    # a refund of credit that is not there is refused, the ledger unchanged
    before = snapshot(books)
    code, _out, err = cli(books, capsys, "refund", "--customer", "C1", "--amount", "10")
    assert code == 1 and "unapplied credit" in err and snapshot(books) == before


def test_user_errors_exit_1_without_traceback(books):
    r = subprocess.run([sys.executable, "-m", "arledger", "--ledger", str(books), "payment", "reverse", "7",
                        "--reason", "x"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stderr.strip() == "arledger: There is no payment 7."


def test_refund_and_its_reversal_with_credit_before_and_after(books, capsys):
    from datetime import date

    from arledger.services.ledger import Ledger

    assert cli(books, capsys, "customer", "add", "--code", "C2", "--name", "Two Ltd", "--currency", "GBP")[0] == 0
    code, out, err = cli(books, capsys, "payment", "add", "--customer", "C2", "--amount", "100", "--date",
                         "2025-05-01", "--allocate", "none")
    assert code == 0 and "100.00 GBP stays on the account as credit" in out, err
    code, out, err = cli(books, capsys, "refund", "--customer", "C2", "--amount", "60", "--date", "2025-05-05",
                         "--method", "bank transfer", "--reason", "overpaid")
    assert code == 0 and "Refunded 60.00 GBP to C2" in out, err
    account = json.loads(cli(books, capsys, "customer", "show", "C2", "--format", "json")[1])
    assert account["unapplied_credit"] == {"GBP": "40.00"}
    ids = {e["kind"]: e["id"] for e in account["entries"]}
    # the refunded payment cannot be reversed while the refund stands
    before = snapshot(books)
    code, _out, err = cli(books, capsys, "payment", "reverse", ids["payment"], "--reason", "bounced")
    assert code == 1 and "was refunded" in err and snapshot(books) == before
    # a refund reversal needs a reason and a date not before the refund; the ledger unchanged
    code, _out, err = cli(books, capsys, "refund", "reverse", ids["refund"], "--date", "2025-05-10")
    assert code == 1 and "needs a reason" in err and snapshot(books) == before
    code, _out, err = cli(books, capsys, "refund", "reverse", ids["refund"], "--reason", "returned by the bank",
                          "--date", "2025-05-04")
    assert code == 1 and "cannot be reversed before that" in err and snapshot(books) == before
    code, _out, err = cli(books, capsys, "refund", "--customer", "C2")
    assert code == 1 and "--amount" in err and snapshot(books) == before
    code, out, err = cli(books, capsys, "refund", "reverse", ids["refund"], "--reason", "returned by the bank",
                         "--date", "2025-05-10")
    assert code == 0 and f"Reversed refund {ids['refund']} (60.00 GBP)" in out, err
    code, _out, err = cli(books, capsys, "refund", "reverse", ids["refund"], "--reason", "again")
    assert code == 1 and "already reversed on 2025-05-10" in err
    with Ledger.open(books) as led:
        assert led.unapplied_credit("C2", date(2025, 5, 4)) == {"GBP": 10000}
        assert led.unapplied_credit("C2", date(2025, 5, 9)) == {"GBP": 4000}
        assert led.unapplied_credit("C2", date(2025, 5, 10)) == {"GBP": 10000}
        kinds = [r[0] for r in led.conn.execute("SELECT kind FROM evidence ORDER BY seq")]
        assert kinds[-2:] == ["refund", "refund_reversed"]
    shown = json.loads(cli(books, capsys, "customer", "show", "C2", "--format", "json")[1])
    assert shown["unapplied_credit"] == {"GBP": "100.00"}
    assert next(e for e in shown["entries"] if e["kind"] == "refund")["reversed_on"] == "2025-05-10"
    # with the refund undone the payment can be reversed after all
    code, _out, err = cli(books, capsys, "payment", "reverse", ids["payment"], "--reason", "bounced", "--date",
                          "2025-05-11")
    assert code == 0, err


def test_invoice_import_over_the_limit_needs_allow_over_limit(books, capsys, tmp_path):
    assert cli(books, capsys, "customer", "add", "--code", "C3", "--name", "Three Ltd", "--currency", "GBP",
               "--credit-limit", "100")[0] == 0
    path = tmp_path / "inv.csv"
    path.write_text("customer,number,issue_date,amount\nC3,I-1,2025-01-01,80\nC3,I-2,2025-01-02,30\n")
    before = snapshot(books)
    code, _out, err = cli(books, capsys, "import", "invoices", path)
    assert code == 1 and snapshot(books) == before
    assert "inv.csv line 3, column 'amount': Invoice I-2 takes customer C3 to GBP 110.00" in err
    assert "run again with --allow-over-limit REASON" in err
    code, out, err = cli(books, capsys, "import", "invoices", path, "--allow-over-limit", "big order agreed")
    assert code == 0 and "imported 2 invoices" in out, err
    assert aging_total(books, capsys, "2025-01-02") == {"GBP": "110.00"}
