"""`arledger import` as a user runs it: mappings, detection, profiles, presets, bank review and apply."""

from __future__ import annotations

import csv

import pytest

from arledger.cli.main import main
from arledger.services.ledger import Ledger
from tests.conftest import snapshot
from tests.samples.bank_statements import CAMT053, bank_ledger
from tests.samples.vendor_exports import add_sample_customers, write_samples


@pytest.fixture
def books(tmp_path):
    path = tmp_path / "books.sqlite"
    with Ledger.open(path, create=True) as led:
        add_sample_customers(led)
    return path


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_detect_prints_the_proposal_and_imports_with_it(books, tmp_path, capsys):
    files = write_samples(tmp_path / "x")
    code, out, err = cli(capsys, "--ledger", books, "import", "invoices", files["erpnext"], "--detect",
                         "--create-customers", "--save-profile", "erp")
    assert code == 0, err
    assert "customer       <- Customer" in out
    assert "Encoding: cp1252." in out and "Dates: DMY." in out and "Numbers: like 1.234,56." in out
    assert "erpnext-sales-invoice.csv: imported 2 invoices." in out
    assert "Created 1 customer:\n  CAFMLLER  Café Müller" in out
    assert "Saved the mapping as profile 'erp'." in out
    code, out, err = cli(capsys, "--ledger", books, "import", "invoices", files["erpnext"], "--profile", "erp")
    assert code == 1
    assert "was already imported as invoices" in err and "--again" in err
    assert "Traceback" not in err


def test_preset_map_and_formats_from_the_command_line(books, tmp_path, capsys):
    files = write_samples(tmp_path / "x")
    code, out, err = cli(capsys, "--ledger", books, "import", "invoices", files["xero"], "--preset", "xero")
    assert code == 0, err
    assert "xero-sales-invoices.csv: imported 3 invoices (from 4 invoice lines)." in out
    path = tmp_path / "own.csv"
    path.write_text("Kunde;Rechnung;Datum;Betrag;Währung\nACME;R-1;12.10.2025;(1.234,50);EUR\n"
                    "ACME;R-2;12.10.2025;1.234,50 €;EUR\n", encoding="utf-8")
    args = ("--ledger", books, "import", "invoices", path, "--map",
            "customer=Kunde,number=Rechnung,issue_date=Datum,amount=Betrag,currency=Währung",
            "--date-format", "DD.MM.YYYY", "--decimal", ",")
    code, out, err = cli(capsys, *args)
    assert code == 1
    assert err.splitlines()[0] == ("own.csv line 2, column 'amount': '(1.234,50)' is negative; amounts must be zero "
                                   "or more.")
    assert err.splitlines()[-1] == "own.csv was not imported; the ledger is unchanged."
    path.write_text(path.read_text(encoding="utf-8").replace("(1.234,50)", "99,90"), encoding="utf-8")
    code, out, err = cli(capsys, *args)
    assert code == 0, err
    with Ledger.open(books) as led:
        assert (led.invoice("R-1").amount, led.invoice("R-2").amount) == (9990, 123450)
        assert led.invoice("R-1").issue_date.isoformat() == "2025-10-12"


def test_usage_mistakes_are_one_sentence(books, tmp_path, capsys):
    path = tmp_path / "a.csv"
    path.write_text("customer,number,issue_date,amount\nACME,A-1,2025-01-01,10\n", encoding="utf-8")
    for args, expected in (
        (("--map", "amont=Total"), "--map: 'amont' is not a field of invoices; did you mean amount?"),
        (("--profile", "nope"), "There is no import profile named 'nope'; none is saved yet."),
        (("--date-format", "QQQ"), "'QQQ' is not a date order"),
        (("--decimal", ";"), "';' is not a number format"),
        (("--encoding", "klingon"), "'klingon' is not a text encoding"),
    ):
        before = snapshot(books)
        code, _out, err = cli(capsys, "--ledger", books, "import", "invoices", path, *args)
        assert code == 1 and expected in err and "Traceback" not in err, err
        assert snapshot(books) == before


def test_bank_review_then_apply_then_nothing_new(tmp_path, capsys):
    path = tmp_path / "bank.sqlite"
    with Ledger.open(path, create=True) as led:
        bank_ledger(led)
    statement = tmp_path / "jan.xml"
    statement.write_text(CAMT053, encoding="utf-8")
    code, out, err = cli(capsys, "--ledger", path, "import", "bank", statement)
    assert code == 0, err
    assert "jan.xml (camt.053): 1 debit, 4 matched, 1 unmatched." in out
    assert "Nothing was recorded" in out
    review = tmp_path / "review.csv"
    code, out, err = cli(capsys, "--ledger", path, "import", "bank", statement, "--review", review)
    assert code == 0 and f"Wrote the proposals to {review}" in out
    rows = list(csv.DictReader(review.open(encoding="utf-8")))
    assert [(r["line"], r["accept"], r["customer"], r["invoices"]) for r in rows] == [
        ("1", "yes", "ACME", "A-100"), ("2", "no", "BETA", "B-200 B-201"), ("3", "no", "GAMMA", "C-300"),
        ("4", "no", "", ""), ("5", "no", "", ""), ("6", "yes", "ACME", "A-101")]
    code, out, err = cli(capsys, "--ledger", path, "import", "bank", statement, "--apply", review)
    assert code == 0, err
    assert "jan.xml: recorded 2 payments (1487.50 EUR); 2 rejected, 1 unmatched and 1 debit lines" in out
    code, out, err = cli(capsys, "--ledger", path, "import", "bank", statement, "--apply", review)
    assert code == 0 and "jan.xml: nothing new; all 6 lines were imported before." in out


def test_a_csv_bank_statement_with_detection(tmp_path, capsys):
    path = tmp_path / "bank.sqlite"
    with Ledger.open(path, create=True) as led:
        bank_ledger(led)
    statement = tmp_path / "konto.csv"
    statement.write_text("Buchungstag;Betrag;Währung;Auftraggeber;Verwendungszweck\n"
                         "20.01.2026;1.190,00;EUR;ACME GMBH;Rechnung A-100\n", encoding="utf-8")
    code, out, err = cli(capsys, "--ledger", path, "import", "bank", statement)
    assert code == 1 and "a CSV statement needs its columns mapped" in err
    review = tmp_path / "r.csv"
    code, out, err = cli(capsys, "--ledger", path, "import", "bank", statement, "--detect", "--review", review)
    assert code == 0, err
    assert "remittance     <- Verwendungszweck" in out and "konto.csv (csv): 1 matched." in out
    code, out, err = cli(capsys, "--ledger", path, "import", "bank", statement, "--detect", "--apply", review)
    assert code == 0 and "recorded 1 payment (1190.00 EUR)" in out, err
    xml = tmp_path / "jan.xml"
    xml.write_text(CAMT053, encoding="utf-8")
    code, out, err = cli(capsys, "--ledger", path, "import", "bank", xml, "--detect")
    assert code == 0 and "jan.xml (camt.053)" in out, err
