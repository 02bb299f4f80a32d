from datetime import date

import openpyxl
import pytest

from arledger.services.import_mapping import ImportSettings
from arledger.services.imports import ImportRejected, import_file
from tests.conftest import snapshot

CUSTOMERS = """code,name,kind,email,jurisdiction,language,timezone,payment_terms_days,credit_limit,currency
ACME,Acme GmbH,company,ar@acme.example,de,en,Europe/Berlin,30,50000,EUR
TOM,Tom Jones,individual,,uk,en,Europe/London,14,,GBP
"""


def write(tmp_path, name, text, bom=False):
    p = tmp_path / name
    p.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return p


@pytest.fixture
def with_customers(ledger, tmp_path):
    import_file(ledger, "customers", write(tmp_path, "customers.csv", CUSTOMERS))
    return ledger


def test_customers_import_with_bom_and_any_header_case(ledger, tmp_path):
    text = CUSTOMERS.replace("code,name", "Code,NAME")
    result = import_file(ledger, "customers", write(tmp_path, "c.csv", text, bom=True))
    assert result.rows == 2
    tom = ledger.customer("TOM")
    assert (tom.kind.value, tom.jurisdiction.value, tom.payment_terms_days, tom.currency) == (
        "individual", "uk", 14, "GBP")
    assert ledger.customer("ACME").credit_limit == 5000000


def test_invoices_and_payments_import(with_customers, tmp_path):
    ledger = with_customers
    inv = write(tmp_path, "inv.csv", "customer,number,issue_date,due_date,amount,currency,reference\n"
                "ACME,A-1,2025-01-01,,1000.00,,PO-1\n"
                "ACME,A-2,2025-02-01,2025-02-15,250.5,,\n"
                "TOM,T-1,2025-01-01,,99.99,,\n")
    assert import_file(ledger, "invoices", inv).rows == 3
    assert ledger.invoice("A-1").due_date == date(2025, 1, 31)  # 30 days' terms
    assert ledger.invoice("T-1").due_date == date(2025, 1, 15)
    assert ledger.invoice("A-2").amount == 25050
    pay = write(tmp_path, "pay.csv", "customer,date,amount,invoice,method,reference\n"
                "ACME,2025-03-01,300,A-2,transfer,R1\n"
                "ACME,2025-03-02,1000,,transfer,R2\n")
    result = import_file(ledger, "payments", pay)
    # A-2 took 250.50 (49.50 over is unapplied credit); then 1,000.00 to A-1 oldest first
    assert result.unapplied == {"EUR": 4950}
    assert ledger.conn.execute("SELECT sum(amount - settled) FROM invoices WHERE currency = 'EUR'").fetchone()[0] == 0


def test_xlsx_import_with_real_dates_and_numbers(with_customers, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Customer", "Number", "Issue_Date", "Amount"])
    ws.append(["ACME", "X-1", date(2025, 5, 1), 1234.56])
    ws.append(["ACME", 1002, "2025-05-02", 10])
    path = tmp_path / "inv.xlsx"
    wb.save(path)
    assert import_file(with_customers, "invoices", path).rows == 2
    assert with_customers.invoice("X-1").amount == 123456
    assert with_customers.invoice("1002").issue_date == date(2025, 5, 2)


@pytest.mark.parametrize(("kind", "text", "expected"), [
    ("invoices", "customer,number,issue_date,amount\nNOBODY,A-1,2025-01-01,10\n",
     "line 2, column 'customer': there is no customer with code or name 'NOBODY'"),
    ("invoices", "customer,number,issue_date,amount\nACME,A-1,2025-01-01,10\nACME,A-1,2025-01-02,10\n",
     "line 3, column 'number': invoice 'A-1' appears twice"),
    ("invoices", "customer,number,issue_date,amount\nACME,A-9,2025-01-01,10\nACME,OLD-1,2025-01-01,10\n",
     "line 3, column 'number': invoice 'OLD-1' already exists"),
    ("invoices", "customer,number,issue_date,amount\nACME,A-1,2025-02-30,10\n",
     "line 2, column 'issue_date': '2025-02-30' is not a date"),
    ("invoices", "customer,number,issue_date,amount\nACME,A-1,2025-01-01,-10\n",
     "line 2, column 'amount': '-10' is negative"),
    ("invoices", "customer,number,issue_date,amount\nACME,A-1,2025-01-01,10.001\n",
     "line 2, column 'amount': '10.001' has more decimals than EUR allows"),
    ("invoices", "customer,number,issue_date,due_date,amount\nACME,A-1,2025-01-10,2025-01-01,10\n",
     "line 2, column 'due_date': due date 2025-01-01 is before the issue date 2025-01-10"),
    ("invoices", "customer,number,amount\nACME,A-1,10\n",
     "line 1: the invoices file has no 'issue_date' column"),
    ("invoices", "customer,number,issue_date,amount\nACME,,2025-01-01,10\n",
     "line 2, column 'number': 'number' is required"),
    ("payments", "customer,date,amount,invoice\nACME,2025-01-01,10,NOPE\n",
     "line 2, column 'invoice': there is no invoice numbered 'NOPE'"),
    ("payments", "customer,date,amount\nACME,01/02/2025,10\n",
     "line 2, column 'date': '01/02/2025' is not a date"),
    ("payments", "customer,date,amount\nACME,2025-01-01,0\n",
     "line 2, column 'amount': The amount must be more than zero"),
    ("customers", "code,name,jurisdiction\nNEW,New Ltd,mars\n",
     "line 2, column 'jurisdiction': 'mars' is not a valid jurisdiction"),
    ("customers", "code,name\nACME,Again\n",
     "line 2, column 'code': customer 'ACME' already exists"),
    ("customers", "code,name,timezone\nNEW,New,Moon/Base\n",
     "line 2, column 'timezone': 'Moon/Base' is not a time zone"),
])
def test_every_bad_row_rejects_the_whole_file_and_changes_nothing(with_customers, tmp_path, ledger_path, kind, text,
                                                                  expected):
    ledger = with_customers
    ledger.add_invoice("ACME", "OLD-1", date(2024, 1, 1), 500)
    # a good first row that must not be imported when a later row is bad
    before = snapshot(ledger_path)
    path = write(tmp_path, f"bad-{kind}.csv", text)
    with pytest.raises(ImportRejected) as err:
        import_file(ledger, kind, path)
    assert f"bad-{kind}.csv {expected}" in str(err.value) or expected in str(err.value)
    assert str(err.value).startswith(f"bad-{kind}.csv line")
    assert "nothing was imported" in str(err.value)
    assert snapshot(ledger_path) == before


def test_all_errors_are_listed_not_just_the_first(with_customers, tmp_path):
    path = write(tmp_path, "inv.csv", "customer,number,issue_date,amount\nACME,A-1,bad,10\nNOBODY,A-2,2025-01-01,x\n")
    with pytest.raises(ImportRejected) as err:
        import_file(with_customers, "invoices", path)
    lines = err.value.lines()
    assert len(err.value.errors) == 3
    assert str(lines[-1]) == "inv.csv was not imported; the ledger is unchanged."


def test_dry_run_validates_only(with_customers, tmp_path, ledger_path):
    before = snapshot(ledger_path)
    path = write(tmp_path, "inv.csv", "customer,number,issue_date,amount\nACME,A-1,2025-01-01,10\n")
    assert import_file(with_customers, "invoices", path, dry_run=True).rows == 1
    assert snapshot(ledger_path) == before


def test_unreadable_files(with_customers, tmp_path):
    from arledger.domain.errors import UserError

    latin = tmp_path / "latin.csv"
    latin.write_bytes("code,name\nX,Caf\xe9\n".encode("cp1252"))
    with pytest.raises(UserError, match="is not utf-8 text"):
        import_file(with_customers, "customers", latin, settings=ImportSettings(encoding="utf-8"))
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip")
    with pytest.raises(UserError, match="not a readable Excel workbook"):
        import_file(with_customers, "customers", fake)
    with pytest.raises(UserError, match="no file at"):
        import_file(with_customers, "customers", tmp_path / "missing.csv")


def test_a_named_sheet_of_a_workbook(with_customers, tmp_path):
    from arledger.domain.errors import UserError

    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["anything"])
    ws = wb.create_sheet("Invoices")
    ws.append(["customer", "number", "issue_date", "amount"])
    ws.append(["ACME", "S-1", date(2025, 5, 1), 10])
    path = tmp_path / "book.xlsx"
    wb.save(path)
    assert import_file(with_customers, "invoices", path, sheet="Invoices").rows == 1
    with pytest.raises(UserError, match="has no sheet named 'Nope'; it has 'Notes', 'Invoices'"):
        import_file(with_customers, "invoices", path, sheet="Nope")
    with pytest.raises(ImportRejected, match=r"book.xlsx line 1: 'anything' is not a column of the invoices file"):
        import_file(with_customers, "invoices", path)  # the first sheet is not an invoice list
