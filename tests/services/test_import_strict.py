"""Strict, bounded imports: every malformed file is one sentence naming the file and line, and the ledger is
left unchanged."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date

import openpyxl
import pytest

from arledger.domain.errors import UserError
from arledger.domain.model import Customer
from arledger.services.import_mapping import ImportSettings
from arledger.services.imports import import_file
from arledger.services.ledger import Ledger
from tests.conftest import snapshot

HEAD = "customer,number,issue_date,amount\n"


@pytest.fixture
def books(ledger, acme):
    return ledger


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _refused(ledger, ledger_path, path, match, **kw):
    before = snapshot(ledger_path)
    with pytest.raises(UserError, match=match) as err:
        import_file(ledger, kw.pop("kind", "invoices"), path, **kw)
    assert "Traceback" not in str(err.value)
    assert snapshot(ledger_path) == before
    return err.value


def test_an_understated_xlsx_dimension_does_not_drop_rows(books, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["customer", "number", "issue_date", "amount"])
    for n in range(1, 8):
        ws.append(["ACME", f"D-{n}", date(2025, 5, n), 10 * n])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    bad = tmp_path / "understated.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, n = re.subn(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:D2"', data)
                assert n == 1
            dst.writestr(item, data)
    assert import_file(books, "invoices", bad).rows == 7
    assert books.invoice("D-7").amount == 7000


def test_an_unterminated_quote_is_refused_not_swallowed(books, ledger_path, tmp_path):
    path = _write(tmp_path, "q.csv", HEAD + 'ACME,"A-1,2025-01-01,10\nACME,A-2,2025-01-01,10\nACME,A-3,2025-01-01,1\n')
    _refused(books, ledger_path, path, r"q.csv line 2: a quoted value starts here and is never closed")


def test_a_row_with_more_or_fewer_fields_than_the_header(books, ledger_path, tmp_path):
    path = _write(tmp_path, "f.csv", HEAD + "ACME,A-1,2025-01-01,10\nACME,A-2,2025-01-01,10,extra\n")
    _refused(books, ledger_path, path, r"f.csv line 3: has 5 fields but the header row has 4")
    path = _write(tmp_path, "g.csv", HEAD + "ACME,A-1,2025-01-01\n")
    _refused(books, ledger_path, path, r"g.csv line 2: has 3 fields but the header row has 4")


def test_duplicate_and_unknown_headers_name_the_near_miss(books, ledger_path, tmp_path):
    path = _write(tmp_path, "d.csv", "customer,number,issue_date,amount,Amount\nACME,A-1,2025-01-01,10,10\n")
    _refused(books, ledger_path, path, r"d.csv line 1: the column 'Amount' appears twice \(columns 4 and 5\)")
    path = _write(tmp_path, "u.csv", "customer,number,issue_date,Due Date,amount\nACME,A-1,2025-01-01,,10\n")
    _refused(books, ledger_path, path, r"u.csv line 1: 'Due Date' is not a column; did you mean due_date\?")


def test_a_mapped_column_that_is_not_there_names_the_near_miss(books, ledger_path, tmp_path):
    path = _write(tmp_path, "m.csv", "Client,Invoice No,Date,Total\nACME,A-1,2025-01-01,10\n")
    settings = ImportSettings(columns={"customer": "Client", "number": "Invoice No", "issue_date": "Date",
                                       "amount": "Totl"})
    _refused(books, ledger_path, path, r"'Totl' \(mapped to amount\) is not a column of the file; did you mean "
                                       r"'Total'\?", settings=settings)
    settings = ImportSettings(columns={**settings.columns, "amount": "Total"})
    assert import_file(books, "invoices", path, settings=settings).rows == 1


def test_wrong_cell_types_in_a_workbook(books, ledger_path, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["customer", "number", "issue_date", "amount"])
    ws.append(["ACME", "W-1", 45000, 10])
    ws.append(["ACME", "W-2", date(2025, 1, 2), date(2025, 1, 3)])
    ws.append(["ACME", "W-3", date(2025, 1, 2), True])
    path = tmp_path / "types.xlsx"
    wb.save(path)
    err = _refused(books, ledger_path, path, r"types.xlsx line 2, column 'issue_date': the cell holds the number "
                                             r"45000, not a date")
    text = "\n".join(map(str, err.lines()))
    assert "line 3, column 'amount': the cell holds a date, not an amount" in text
    assert "line 4, column 'amount': the cell holds TRUE/FALSE, not an amount" in text


def test_hidden_sheets_are_read_only_when_named(books, ledger_path, tmp_path):
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Data"
    hidden.append(["customer", "number", "issue_date", "amount"])
    hidden.append(["ACME", "H-1", date(2025, 1, 2), 10])
    hidden.sheet_state = "hidden"
    shown = wb.create_sheet("Notes")
    shown.append(["anything"])
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    _refused(books, ledger_path, path, r"hidden.xlsx line 1: 'anything' is not a column")
    assert import_file(books, "invoices", path, sheet="Data").rows == 1


def test_a_file_already_imported_is_refused_unless_again(books, ledger_path, tmp_path):
    books.add_invoice("ACME", "P-1", date(2025, 1, 1), 10000)
    path = _write(tmp_path, "pay.csv", "customer,date,amount\nACME,2025-02-01,10\n")
    assert import_file(books, "payments", path).rows == 1
    _refused(books, ledger_path, path, r"pay.csv was already imported as payments on \d{4}-\d\d-\d\d .*--again",
             kind="payments")
    copy = tmp_path / "renamed.csv"
    shutil.copy(path, copy)
    _refused(books, ledger_path, copy, r"renamed.csv was already imported .*as pay.csv", kind="payments")
    assert import_file(books, "payments", path, again=True).rows == 1
    assert books.invoice("P-1").amount - 2000 == 8000
    assert books.conn.execute("SELECT count(*) FROM payments").fetchone()[0] == 2


def test_a_workbook_that_expands_past_the_limit_is_refused_before_parsing(books, ledger_path, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["customer", "number", "issue_date", "amount"])
    path = tmp_path / "bomb.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/padding.xml", b" " * (40 * 2**20))
    _refused(books, ledger_path, path, r"bomb.xlsx expands to 40 MB \(compressed \d[\d,]* times\); workbooks that "
                                       r"expand past 256 MB or 250 times are refused")


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"])
def test_dates_outside_1900_to_2199_are_one_sentence(books, ledger_path, tmp_path, text):
    path = _write(tmp_path, "y.csv", HEAD + f"ACME,Y-1,{text},10\n")
    _refused(books, ledger_path, path, r"y.csv line 2, column 'issue_date': .* is outside the dates the ledger keeps "
                                       r"\(1900-01-01 to 2199-12-31\)")


def test_a_busy_ledger_a_full_disk_and_a_read_only_ledger_are_one_sentence(books, ledger_path, tmp_path):
    import sqlite3

    path = _write(tmp_path, "ok.csv", HEAD + "ACME,B-1,2025-01-01,10\n")
    other = sqlite3.connect(ledger_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    books.conn.execute("PRAGMA busy_timeout = 50")
    try:
        _refused(books, ledger_path, path, r"books.sqlite is being changed by another program")
    finally:
        other.execute("ROLLBACK")
        other.close()
    pages = books.conn.execute("PRAGMA page_count").fetchone()[0]
    books.conn.execute(f"PRAGMA max_page_count = {pages}")
    big = _write(tmp_path, "big.csv", HEAD + "".join(f"ACME,F-{n},2025-01-01,10\n" for n in range(20000)))
    _refused(books, ledger_path, big, r"The disk holding books.sqlite is full; big.csv was not imported")
    books.conn.execute("PRAGMA max_page_count = 1073741823")
    books.conn.execute("PRAGMA query_only = 1")
    _refused(books, ledger_path, path, r"books.sqlite is read-only; ok.csv was not imported")
    books.conn.execute("PRAGMA query_only = 0")
    assert import_file(books, "invoices", path).rows == 1


def test_encodings_are_detected(books, tmp_path):
    text = HEAD + "ACME,Ü-1,2025-01-01,10\n"
    for enc, name in (("utf-16", "u16.csv"), ("cp1252", "win.csv"), ("utf-8-sig", "bom.csv")):
        p = tmp_path / name
        p.write_bytes(text.replace("Ü-1", f"Ü-{name}").encode(enc))
        assert import_file(books, "invoices", p).rows == 1
        assert books.invoice(f"Ü-{name}").amount == 1000


def test_a_number_repeated_in_a_later_batch_names_its_first_line(books, ledger_path, tmp_path, monkeypatch):
    from arledger.services import imports

    monkeypatch.setattr(imports, "BATCH_ROWS", 2)
    rows = "".join(f"ACME,N-{n},2025-01-01,10\n" for n in range(1, 6)) + "ACME,N-2,2025-01-01,10\n"
    books.add_invoice("ACME", "OLD-9", date(2024, 1, 1), 500)
    path = _write(tmp_path, "n.csv", HEAD + rows + "ACME,OLD-9,2025-01-01,10\n")
    err = _refused(books, ledger_path, path, r"n.csv line 7, column 'number': invoice 'N-2' appears twice \(first "
                                             r"on line 3\)")
    assert [str(e).split(": ", 1)[1] for e in err.errors] == [
        "invoice 'N-2' appears twice (first on line 3).", "invoice 'OLD-9' already exists in the ledger."]


def test_two_runs_of_the_same_payments_file_at_once_record_it_once(ledger_path, tmp_path):
    with Ledger.open(ledger_path, create=True) as led:
        led.add_customer(Customer(code="ACME", name="Acme GmbH", currency="EUR"))
        led.add_invoice("ACME", "P-1", date(2025, 1, 1), 10_000_00)
    path = _write(tmp_path, "pay.csv", "customer,date,amount\n" + "ACME,2025-02-01,1\n" * 3000)
    cmd = [sys.executable, "-m", "arledger", "--ledger", str(ledger_path), "import", "payments", str(path)]
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in runs]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 1], results
    refused = next(err for code, _, err in results if code == 1)
    assert "Traceback" not in refused and ("already imported" in refused or "being changed" in refused)
    with Ledger.open(ledger_path) as led:
        assert led.conn.execute("SELECT count(*) FROM payments").fetchone()[0] == 3000
