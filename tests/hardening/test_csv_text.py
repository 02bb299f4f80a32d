"""CSV outputs neutralise formula prefixes the same way the workbook does."""

from __future__ import annotations

import csv
import io
from datetime import date

from arledger.domain.model import Customer
from arledger.domain.spreadsheet_text import neutralise_formula
from arledger.services.ledger import Ledger
from tests.test_cli import run


def test_the_shared_rule():
    assert neutralise_formula("=1+1") == "'=1+1"
    assert neutralise_formula("+44 20") == "'+44 20"
    assert neutralise_formula("-x") == "'-x"
    assert neutralise_formula("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise_formula("\t=cmd") == "'\t=cmd"
    assert neutralise_formula("Acme") == "Acme"


def test_aging_csv_neutralises_names_and_codes(ledger_path):
    with Ledger.open(ledger_path, create=True) as led:
        led.add_customer(Customer(code="@EVIL", name='=HYPERLINK("http://x.example","click")', currency="EUR"))
        led.add_invoice("@EVIL", "-1", date(2025, 1, 1), 12_345, due_date=date(2025, 2, 1))
    for by in ("customer", "invoice"):
        r = run("report", "aging", "--as-of", "2025-06-01", "--by", by, "--format", "csv", "--ledger", ledger_path)
        assert r.returncode == 0, r.stderr
        rows = list(csv.reader(io.StringIO(r.stdout)))
        row = rows[1]
        assert row[0] == "'@EVIL" and row[1].startswith("'=HYPERLINK(")
        if by == "invoice":
            assert row[3] == "'-1"
        assert row[-1] == "123.45"  # figures stay numbers
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
