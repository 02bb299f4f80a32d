"""The accountant's workbook end to end: sheets, figures against the aging report, extras, atomic writing,
the command line, recalculation in LibreOffice, and re-import into an empty ledger."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from arledger.cli import main
from arledger.domain.aging import BucketScheme
from arledger.domain.errors import UserError
from arledger.domain.model import Customer
from arledger.domain.money import decimals
from arledger.render.excel import Column, ExportCancelled, Kind
from arledger.services.demo import write_demo_ledger
from arledger.services.exports import OpenItemRow, export_workbook
from arledger.services.ledger import Ledger
from arledger.services.reports import AgingGrouping, aging, aging_to_json
from tests.sheets import TITLE_ROWS, sheet_table

TODAY = date(2025, 6, 30)
SCHEME = BucketScheme((30, 90, 180))
SHEETS = ["Aging summary", "Open items", "Invoices", "Payments", "Credit notes", "Write-offs", "Refunds", "Reversals",
          "Customers"]
HEADER = TITLE_ROWS + 1  # the human header row, under the title block


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo_ledger(path, customers=15, invoices=400, seed=11, today=TODAY)
    return path


@pytest.fixture(scope="module")
def demo_export(demo_path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "books.xlsx"
    with Ledger.open(demo_path) as led:
        export_workbook(led, out, TODAY, SCHEME)
    return out


def _table(ws) -> tuple[list[str], list[dict]]:
    """The rows under the title block, keyed by import names where the sheet has them, else human headers."""
    return sheet_table(ws)


def _items(ws) -> list[dict]:
    """Open items without the subtotal rows."""
    return [r for r in _table(ws)[1] if r["Invoice"]]


def _minor(value: float, currency: str) -> int:
    return int((Decimal(repr(value)) * 10 ** decimals(currency)).to_integral_value())


def test_sheets_in_order(demo_export):
    assert openpyxl.load_workbook(demo_export, read_only=True).sheetnames == SHEETS


def test_aging_summary_matches_the_report(demo_path, demo_export):
    wb = openpyxl.load_workbook(demo_export)
    ws = wb["Aging summary"]
    head, rows = _table(ws)
    with Ledger.open(demo_path) as led:
        report = aging(led, TODAY, SCHEME)
    labels = [lab.capitalize() for lab in SCHEME.labels]
    assert head == ["Customer", "Name", "Currency", *labels, "Total"]
    assert len(rows) == len(report.rows)
    first = HEADER + 1
    for n, (got, want) in enumerate(zip(rows, report.rows, strict=True), start=first):
        assert (got["Customer"], got["Name"], got["Currency"]) == (want.customer_code, want.customer_name,
                                                                   want.currency)
        assert tuple(_minor(got[lab], want.currency) for lab in labels) == want.buckets
        assert got["Total"] == f"=SUM(D{n}:H{n})"
        assert ws.cell(n, 4).number_format == f'#,##0.00 "{want.currency}"'
    last = HEADER + len(rows)
    totals = {ws.cell(r, 3).value: r for r in range(last + 2, ws.max_row + 1) if ws.cell(r, 1).value == "Total"}
    assert sorted(totals) == [t.currency for t in report.totals]
    for cur, r in totals.items():
        assert ws.cell(r, 4).value == f"=SUMIFS(D${first}:D${last},$C${first}:$C${last},$C{r})"
        assert ws.cell(r, 9).value == f"=SUMIFS(I${first}:I${last},$C${first}:$C${last},$C{r})"
        assert ws.cell(r, 9).number_format == f'#,##0.00 "{cur}"'
    assert ws.auto_filter.ref == f"A{HEADER}:I{last}"


def test_open_items_match_aging_by_invoice(demo_path, demo_export):
    ws = openpyxl.load_workbook(demo_export)["Open items"]
    head, _ = _table(ws)
    labels = [lab.capitalize() for lab in SCHEME.labels]
    assert head == ["Customer", "Name", "Invoice", "Invoice date", "Due date", "Reference", "Currency", "Amount",
                    "Days overdue", *labels, "Open"]
    rows = _items(ws)
    with Ledger.open(demo_path) as led:
        report = aging(led, TODAY, SCHEME, AgingGrouping.INVOICE)
    assert len(rows) == len(report.rows) > 50
    # the sheet lists each customer's invoices currency by currency; the report by due date
    want_by_number = {w.invoice_number: w for w in report.rows}
    for got in rows:
        want = want_by_number[got["Invoice"]]
        assert got["Due date"] == datetime.combine(want.due_date, datetime.min.time())
        assert _minor(got["Open"], want.currency) == want.total
        assert _minor(got["Amount"], want.currency) == want.amount
        assert got["Days overdue"] == want.days_overdue
        # the open amount stands in its bucket's column, the others are empty
        assert tuple(_minor(got[lab] or 0, want.currency) for lab in labels) == want.buckets
    first = HEADER + 1
    assert ws[f"D{first}"].is_date and ws[f"D{first}"].number_format == "yyyy-mm-dd"
    assert ws[f"H{first}"].number_format.endswith(f'"{rows[0]["Currency"]}"')
    assert ws.freeze_panes == f"A{first}" and ws.auto_filter.ref.startswith(f"A{HEADER}:O")
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == f"${HEADER}:${HEADER}"


def test_payments_sheet_lists_the_period(demo_path, tmp_path):
    out = tmp_path / "p.xlsx"
    with Ledger.open(demo_path) as led:
        result = export_workbook(led, out, TODAY, SCHEME, date(2025, 6, 1), date(2025, 6, 30))
        want = led.conn.execute("SELECT count(*) FROM payments WHERE date BETWEEN '2025-06-01' AND '2025-06-30'"
                                ).fetchone()[0]
    head, rows = _table(openpyxl.load_workbook(out)["Payments"])
    assert head == ["date", "customer", "name", "method", "reference", "allocate", "currency", "amount", "unapplied",
                    "reversed_on", "reversal_reason"]
    assert len(rows) == want == result.rows["Payments"] > 0
    assert all(date(2025, 6, 1) <= r["date"].date() <= date(2025, 6, 30) for r in rows)
    assert all(r["allocate"] for r in rows)


class _Collections:
    """A stand-in for the collections layer's provider."""

    columns: Sequence[Column] = (Column("interest", Kind.MONEY), Column("limitation_date", Kind.DATE),
                                 Column("status"))

    def __init__(self) -> None:
        self.batches: list[int] = []

    def values(self, items: Sequence[OpenItemRow]) -> dict[int, tuple]:
        self.batches.append(len(items))
        return {r.invoice_id: (r.open_amount // 100, date(r.due_date.year + 3, 12, 31), "=disputed")
                for r in items if r.days_overdue > 0}


def test_extras_add_columns_only_when_given(demo_path, demo_export, tmp_path):
    out = tmp_path / "x.xlsx"
    provider = _Collections()
    with Ledger.open(demo_path) as led:
        export_workbook(led, out, TODAY, SCHEME, extras=provider)
    ws = openpyxl.load_workbook(out)["Open items"]
    head, _ = _table(ws)
    rows = _items(ws)
    assert head[-3:] == ["Interest", "Limitation date", "Status"]
    assert sum(provider.batches) == len(rows)
    late = next(r for r in rows if r["Days overdue"] > 0)
    assert late["Status"] == "=disputed" and isinstance(late["Limitation date"], datetime)
    assert _minor(late["Interest"], late["Currency"]) == _minor(late["Open"], late["Currency"]) // 100
    current = next(r for r in rows if r["Days overdue"] == 0)
    assert current["Interest"] is None and current["Status"] is None
    plain_head, _ = _table(openpyxl.load_workbook(demo_export)["Open items"])
    assert "Interest" not in plain_head and plain_head[-1] == "Open"


def test_hostile_customer_names_stay_text(ledger, tmp_path):
    names = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"]
    for k, name in enumerate(names):
        ledger.add_customer(Customer(code=f"H{k}", name=name, currency="EUR"))
        ledger.add_invoice(f"H{k}", f"=INV{k}", date(2025, 1, 1), 1000 + k)
    ledger.record_payment("H0", date(2025, 2, 1), 500, method="@cash", reference="-ref")
    out = tmp_path / "h.xlsx"
    export_workbook(ledger, out, TODAY, SCHEME)
    wb = openpyxl.load_workbook(out)
    for title, col, first, step in (("Aging summary", 2, HEADER + 1, 1), ("Open items", 2, HEADER + 1, 2),
                                    ("Invoices", 2, HEADER + 2, 1), ("Customers", 2, HEADER + 2, 1)):
        cells = [wb[title].cell(first + k * step, col) for k in range(len(names))]
        assert [c.value for c in cells] == names, title
        assert all(c.data_type == "s" for c in cells), title
    inv = wb["Open items"][f"C{HEADER + 1}"]
    assert inv.value == "=INV0" and inv.data_type == "s"
    pay = [c for c in wb["Payments"][HEADER + 2]]
    assert [pay[3].value, pay[4].value] == ["@cash", "-ref"] and pay[3].data_type == "s"


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_path, tmp_path):
    out = tmp_path / "c.xlsx"
    out.write_bytes(b"previous export")
    calls = []
    with Ledger.open(demo_path) as led, pytest.raises(ExportCancelled):
        export_workbook(led, out, TODAY, SCHEME, progress=lambda d, t: calls.append((d, t)),
                        cancel=lambda: len(calls) >= 1)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.xlsx"]


def test_progress_reports_rows(demo_path, tmp_path):
    calls: list[tuple[int, int]] = []
    with Ledger.open(demo_path) as led:
        result = export_workbook(led, tmp_path / "p.xlsx", TODAY, SCHEME, progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == sum(v for k, v in result.rows.items() if k != "Aging summary")
    assert all(d <= t for d, t in calls)


def test_bad_targets_are_user_errors(ledger, tmp_path):
    with pytest.raises(UserError, match="no folder"):
        export_workbook(ledger, tmp_path / "nope" / "a.xlsx", TODAY)
    with pytest.raises(UserError, match=r"does not end in \.xlsx"):
        export_workbook(ledger, tmp_path / "a.csv", TODAY)
    with pytest.raises(UserError, match="after it ends"):
        export_workbook(ledger, tmp_path / "a.xlsx", TODAY, period_from=date(2025, 7, 1))


def test_cli_export_and_errors(demo_path, tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    assert main(["--ledger", str(demo_path), "export", "xlsx", str(out), "--as-of", "2025-06-30",
                 "--buckets", "30,60"]) == 0
    assert "Wrote" in capsys.readouterr().out
    head, _ = _table(openpyxl.load_workbook(out, read_only=True)["Aging summary"])
    assert head[3:] == ["Current", "1-30", "31-60", "Over 60", "Total"]
    assert main(["--ledger", str(demo_path), "export", "xlsx", str(tmp_path / "x" / "a.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("arledger: ") and err.count("\n") == 1 and "Traceback" not in err


# -- LibreOffice recalculation ---------------------------------------------------------------------

def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _recalculate_to_csv(xlsx: Path, outdir: Path) -> dict[str, Path]:
    """Every sheet as CSV, values computed by LibreOffice (raw numbers, UTF-8)."""
    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not on PATH; install libreoffice-calc-nogui to run this test")
    profile = outdir / "profile"
    # Filter options: comma, double quote, UTF-8, from line 1, ..., raw (not as shown) values, all sheets (-1).
    cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to",
           'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', "--outdir",
           str(outdir), str(xlsx)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(outdir)})
    return {p.stem.removeprefix(f"{xlsx.stem}-"): p for p in outdir.glob("*.csv")}


def test_libreoffice_recalculates_to_the_report_totals(demo_path, demo_export, tmp_path, capsys):
    sheets = _recalculate_to_csv(demo_export, tmp_path)
    assert main(["--ledger", str(demo_path), "report", "aging", "--as-of", TODAY.isoformat(), "--buckets",
                 "30,90,180", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    with open(sheets["Aging summary"], encoding="utf-8", newline="") as fh:
        lines = list(csv.reader(fh))
    head = lines[TITLE_ROWS]
    keys = [*report["buckets"], "total"]
    columns = [head.index(k.capitalize()) for k in keys]
    got = {}
    for line in lines:
        if line and line[0] == "Total":
            cur = line[2]
            got[cur] = {k: str(round(Decimal(line[c]), decimals(cur))) for k, c in zip(keys, columns, strict=True)}
    want = {t["currency"]: {k: t[k] for k in keys} for t in report["totals"]}
    assert got == want
    # each row's =SUM total too
    for line, row in zip(lines[HEADER:], report["rows"], strict=False):
        assert str(round(Decimal(line[head.index("Total")]), decimals(row["currency"]))) == row["total"]
    # and a formula-looking name comes back from LibreOffice as the same text, not a result
    with open(sheets["Customers"], encoding="utf-8", newline="") as fh:
        assert all(not r[1].startswith(("#", "Err:")) for r in csv.reader(fh))


def test_libreoffice_keeps_hostile_text_literal(ledger, tmp_path):
    ledger.add_customer(Customer(code="H1", name='=HYPERLINK("http://x","y")', currency="EUR"))
    ledger.add_customer(Customer(code="H2", name="=1+1", currency="EUR"))
    ledger.add_customer(Customer(code="H3", name="@SUM(A1)", currency="EUR"))
    out = tmp_path / "h.xlsx"
    export_workbook(ledger, out, TODAY, SCHEME)
    sheets = _recalculate_to_csv(out, tmp_path / "lo")
    with open(sheets["Customers"], encoding="utf-8", newline="") as fh:
        names = [r[1] for r in list(csv.reader(fh))[HEADER + 1:]]
    assert names == ['=HYPERLINK("http://x","y")', "=1+1", "@SUM(A1)"]


# -- round trip through `arledger import` ----------------------------------------------------------

def _reimport(xlsx: Path, tmp_path: Path, target: Path) -> None:
    """The exported sheets go straight back in with `arledger import KIND FILE --sheet NAME`, title block and
    all; write-offs before payments and credit notes, which name the invoices they still settle. Invoices go in
    before the payments that settled them, so credit control is overridden for them, with a reason."""
    for sheet, kind in (("Customers", "customers"), ("Invoices", "invoices"), ("Write-offs", "write_offs"),
                        ("Credit notes", "credit_notes"), ("Payments", "payments"), ("Refunds", "refunds")):
        more = ["--allow-over-limit", "restoring the accountant's workbook"] if kind == "invoices" else []
        assert main(["--ledger", str(target), "import", kind, str(xlsx), "--sheet", sheet, *more]) == 0, sheet


def _with_every_kind_of_entry(led: Ledger) -> list[str]:
    """In every currency of the ledger: a payment, a credit note, a write-off and a refund each reversed, a credit
    note kept on account, a payment on account partly refunded, a part write-off that stands, and a voided
    invoice. Returns the currencies."""
    from arledger.services import reversals

    d1, d2 = TODAY - timedelta(days=12), TODAY - timedelta(days=4)
    currencies = [r[0] for r in led.conn.execute("SELECT DISTINCT currency FROM invoices ORDER BY 1")]
    for k, cur in enumerate(currencies):
        number, cid = led.conn.execute(
            "SELECT number, customer_id FROM invoices WHERE currency = ? AND closed_on = '9999-12-31'"
            " AND amount - settled > 1000 AND issue_date <= ? ORDER BY due_date LIMIT 1",
            (cur, d1.isoformat())).fetchone()
        code = led.customer_by_id(cid).code
        paid = led.record_payment(code, d1, 500, currency=cur, invoice_number=number, reference=f"RT-{k}")
        reversals.reverse_payment(led, paid.source_id, d2, "bounced")
        led.add_credit_note(code, f"RT-CN-{k}", d1, 300, currency=cur, invoice_number=number, reason="price")
        reversals.reverse_credit_note(led, f"RT-CN-{k}", d2, "issued in error")
        led.add_credit_note(code, f"RT-ON-{k}", d1, 200, currency=cur, allocations=[], reason="goodwill")
        wo = led.write_off(number, d1, "doubtful", 100)
        reversals.reverse_write_off(led, wo.source_id, d2, "paid after all")
        led.write_off(number, d2, "small balance", 50)
        led.add_invoice(code, f"RT-VOID-{k}", d1, 999, currency=cur, override_reason="test")
        reversals.void_invoice(led, f"RT-VOID-{k}", d2, "entered twice")
        led.record_payment(code, d1, 700, currency=cur, allocations=[], reference=f"RT-OVER-{k}")
        led.refund(code, d1 + timedelta(days=1), 250, currency=cur, method="bank transfer", reason="overpaid")
        refund = led.refund(code, d1 + timedelta(days=2), 100, currency=cur, reason="overpaid")
        reversals.reverse_refund(led, refund, d2, "returned by the bank")
    return currencies


def test_round_trip_with_credit_notes_write_offs_and_reversals_in_every_currency(demo_path, tmp_path):
    books = tmp_path / "books.sqlite"
    shutil.copy(demo_path, books)
    with Ledger.open(books) as led:
        currencies = _with_every_kind_of_entry(led)
        result = export_workbook(led, tmp_path / "books.xlsx", TODAY, SCHEME)
        want_c = aging_to_json(aging(led, TODAY, SCHEME))
        want_i = aging_to_json(aging(led, TODAY, SCHEME, AgingGrouping.INVOICE))
        want_credit = {c.code: led.unapplied_credit(c.code) for c in led.customers_page(limit=1000)}
    assert len(currencies) >= 4
    assert result.rows["Reversals"] == 5 * len(currencies)
    assert result.rows["Refunds"] == 2 * len(currencies)
    assert {cur for credit in want_credit.values() for cur in credit} == set(currencies)
    book = openpyxl.load_workbook(tmp_path / "books.xlsx")
    over = [_minor(r["unapplied"], r["currency"]) for r in _table(book["Payments"])[1]
            if str(r["reference"]).startswith("RT-OVER-")]
    kept = [_minor(r["unapplied"], r["currency"]) for r in _table(book["Credit notes"])[1]
            if str(r["number"]).startswith("RT-ON-")]
    # 700 paid on account and 200 credited on account, less the 250 refund standing (oldest credit first)
    assert [a + b for a, b in zip(over, kept, strict=True)] == [650] * len(currencies)
    refunds = _table(book["Refunds"])[1]
    assert [(r["reason"], r["reversal_reason"]) for r in refunds].count(("overpaid", "returned by the bank")) == \
        len(currencies)
    assert result.rows["Write-offs"] >= 2 * len(currencies) and result.rows["Credit notes"] >= 2 * len(currencies)
    target = tmp_path / "copy.sqlite"
    Ledger.create_new(target).close()
    _reimport(tmp_path / "books.xlsx", tmp_path, target)
    with Ledger.open(target) as copy:
        assert aging_to_json(aging(copy, TODAY, SCHEME)) == want_c
        assert aging_to_json(aging(copy, TODAY, SCHEME, AgingGrouping.INVOICE)) == want_i
        assert {c.code: copy.unapplied_credit(c.code) for c in copy.customers_page(limit=1000)} == want_credit
        assert {t["currency"] for t in want_c["totals"]} == set(currencies)
        voided = copy.conn.execute("SELECT count(*) FROM invoices WHERE voided_on IS NOT NULL").fetchone()[0]
        assert voided == len(currencies)


def test_round_trip_with_split_payments_and_credit(ledger, acme, tom, tmp_path):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 100000)
    ledger.add_invoice("ACME", "A-2", date(2025, 2, 1), 50050)
    ledger.add_invoice("TOM", "T-1", date(2025, 3, 1), 1999)
    ledger.record_payment("ACME", date(2025, 3, 10), 120000, method="bank transfer", reference="split")
    ledger.record_payment("TOM", date(2025, 4, 1), 5000, invoice_number="T-1", reference="over")
    out = tmp_path / "books.xlsx"
    export_workbook(ledger, out, TODAY, SCHEME)
    _head, rows = _table(openpyxl.load_workbook(out)["Payments"])
    split = next(r for r in rows if r["reference"] == "split")
    assert split["allocate"] == "A-1:1000.00; A-2:200.00"
    over = next(r for r in rows if r["reference"] == "over")
    assert over["allocate"] == "T-1:19.99" and over["unapplied"] == 30.01
    target = tmp_path / "copy.sqlite"
    Ledger.create_new(target).close()
    _reimport(out, tmp_path, target)
    with Ledger.open(target) as copy:
        assert aging_to_json(aging(copy, TODAY, SCHEME, AgingGrouping.INVOICE)) == aging_to_json(
            aging(ledger, TODAY, SCHEME, AgingGrouping.INVOICE))
        assert copy.unapplied_credit("TOM") == ledger.unapplied_credit("TOM") == {"GBP": 3001}


def test_invoice_date_basis_buckets_match_the_report(demo_path, tmp_path):
    from arledger.domain.aging import AgingBasis

    scheme = BucketScheme((30, 60), AgingBasis.INVOICE)
    out = tmp_path / "i.xlsx"
    with Ledger.open(demo_path) as led:
        export_workbook(led, out, TODAY, scheme)
        report = aging(led, TODAY, scheme, AgingGrouping.INVOICE)
    rows = _items(openpyxl.load_workbook(out, read_only=True)["Open items"])
    want = {w.invoice_number: w.buckets for w in report.rows}
    labels = [lab.capitalize() for lab in scheme.labels]
    assert len(rows) == len(want)
    for r in rows:
        assert tuple(_minor(r[lab] or 0, r["Currency"]) for lab in labels) == want[r["Invoice"]]


# -- what a reader and a printer see ---------------------------------------------------------------

def test_every_sheet_has_the_title_block_and_prints_with_page_numbers(demo_path, tmp_path):
    out = tmp_path / "t.xlsx"
    with Ledger.open(demo_path) as led:
        led.set_setting("letters.page_size", "Letter")
        try:
            export_workbook(led, out, TODAY, SCHEME, period_from=date(2025, 1, 1))
        finally:
            led.set_setting("letters.page_size", "A4")
        company = led.setting("company")["name"]
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        assert ws["A1"].value == company, ws.title
        assert ws["A2"].value  # the report's name
        assert (ws["A3"].value, ws["B3"].value) == ("As of", datetime(2025, 6, 30)) and ws["B3"].is_date
        assert ws["B4"].value == "2025-01-01 to 2025-06-30"
        assert ws["B5"].value == "due date" and ws["B6"].value == "current, 1-30, 31-90, 91-180, over 180"
        assert isinstance(ws["B7"].value, datetime)  # generated at: a real timestamp, not text
        assert ws.page_setup.paperSize == 1  # Letter, from the ledger's settings
        assert ws.oddFooter.center.text == "Page &P of &N"
        assert ws.oddHeader.right.text == "As of 2025-06-30"
        assert int(ws.page_setup.fitToWidth) >= 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    # entry sheets: human headers, and under them the names `arledger import` reads
    ws = wb["Credit notes"]
    assert [c.value for c in ws[HEADER]][:4] == ["Date", "Customer", "Customer name", "Credit note"]
    assert [c.value for c in ws[HEADER + 1]][:4] == ["date", "customer", "name", "number"]


def test_a_reader_that_does_not_recalculate_sees_the_totals(demo_path, demo_export):
    with Ledger.open(demo_path) as led:
        report = aging(led, TODAY, SCHEME)
    wb = openpyxl.load_workbook(demo_export, data_only=True)
    ws = wb["Aging summary"]
    totals = {ws.cell(r, 3).value: r for r in range(HEADER + 1, ws.max_row + 1) if ws.cell(r, 1).value == "Total"}
    for t in report.totals:
        assert _minor(ws.cell(totals[t.currency], 9).value, t.currency) == t.total
        assert tuple(_minor(ws.cell(totals[t.currency], 4 + k).value, t.currency)
                     for k in range(len(SCHEME.labels))) == t.buckets
    for n, row in enumerate(report.rows, start=HEADER + 1):
        assert _minor(ws.cell(n, 9).value, row.currency) == row.total
    # Open items: each customer's subtotal and the grand totals carry their values too
    items = wb["Open items"]
    head = [c.value for c in items[HEADER]]
    open_col = head.index("Open") + 1
    sums: dict[tuple[str, str], int] = {}
    grand: dict[str, int] = {}
    for r in range(HEADER + 1, items.max_row + 1):
        code, invoice, cur = items.cell(r, 1).value, items.cell(r, 3).value, items.cell(r, 7).value
        value = items.cell(r, open_col).value
        if code is None or code == "Total" or value is None:
            if code == "Total":
                grand[cur] = _minor(value, cur)
            continue
        if invoice:
            sums[(code, cur)] = sums.get((code, cur), 0) + _minor(value, cur)
        else:
            assert items.cell(r, 2).value == f"Total {code} {cur}"
            assert _minor(value, cur) == sums.pop((code, cur))
    assert sums == {}
    assert grand == {t.currency: t.total for t in report.totals}


def test_libreoffice_prints_the_workbook_at_seven_points_or_more(demo_path, tmp_path):
    """Convert the whole workbook to PDF, measure the smallest text, and keep page images to look at."""
    import re

    soffice = _soffice()
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice and poppler-utils are needed to print the workbook")
    xlsx = tmp_path / "print.xlsx"
    with Ledger.open(demo_path) as led:
        from arledger.services.export_collections import default_extras

        extras, sheets = default_extras(led, TODAY)
        export_workbook(led, xlsx, TODAY, SCHEME, extras=extras, more_sheets=sheets)
    cmd = [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(tmp_path), str(xlsx)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=240, env={**os.environ, "HOME": str(tmp_path)})
    pdf = tmp_path / "print.pdf"
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout
    words = [(float(m[3]) - float(m[1]), m[4]) for m in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', boxes)]
    pages = boxes.count("<page ")
    assert pages > 10 and len(words) > 5000
    smallest = min(h for h, _ in words)
    # a word's box is the font's ascent to descent, a little under its point size, so this is >= 7 pt text
    assert smallest >= 7.0, sorted(words)[:5]
    text = " ".join(w for _, w in words)
    assert f"Page 1 of {pages}" in text and "Aged Receivables Detail" in text
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", str(pdf), str(tmp_path / "page")],
                       check=True)
        assert len(list(tmp_path.glob("page-*.png"))) == 3
