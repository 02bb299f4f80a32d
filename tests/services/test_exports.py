"""The accountant's workbook end to end: sheets, figures against the aging report, extras, atomic writing,
the command line, recalculation in LibreOffice, and re-import into an empty ledger."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from datetime import date, datetime
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

TODAY = date(2025, 6, 30)
SCHEME = BucketScheme((30, 90, 180))
SHEETS = ["Aging summary", "Open items", "Invoices", "Payments", "Customers"]


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
    rows = ws.iter_rows(values_only=True)
    head = list(next(rows))
    out = []
    for r in rows:
        if all(v is None for v in r):
            break
        out.append(dict(zip(head, r, strict=False)))
    return head, out


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
    assert head == ["customer", "name", "currency", *SCHEME.labels, "total"]
    assert len(rows) == len(report.rows)
    for n, (got, want) in enumerate(zip(rows, report.rows, strict=True), start=2):
        assert (got["customer"], got["name"], got["currency"]) == (want.customer_code, want.customer_name,
                                                                   want.currency)
        assert tuple(_minor(got[lab], want.currency) for lab in SCHEME.labels) == want.buckets
        assert got["total"] == f"=SUM(D{n}:H{n})"
        assert ws.cell(n, 4).number_format == f'#,##0.00 "{want.currency}"'
    last = len(rows) + 1
    totals = {ws.cell(r, 3).value: r for r in range(last + 2, ws.max_row + 1) if ws.cell(r, 1).value == "Total"}
    assert sorted(totals) == [t.currency for t in report.totals]
    for cur, r in totals.items():
        assert ws.cell(r, 4).value == f"=SUMIFS(D$2:D${last},$C$2:$C${last},$C{r})"
        assert ws.cell(r, 9).value == f"=SUMIFS(I$2:I${last},$C$2:$C${last},$C{r})"
        assert ws.cell(r, 9).number_format == f'#,##0.00 "{cur}"'
    assert ws.auto_filter.ref == f"A1:I{last}"


def test_open_items_match_aging_by_invoice(demo_path, demo_export):
    ws = openpyxl.load_workbook(demo_export)["Open items"]
    head, rows = _table(ws)
    assert head == ["customer", "name", "invoice", "issue_date", "due_date", "amount", "open", "currency",
                    "reference", "days_overdue", "bucket"]
    with Ledger.open(demo_path) as led:
        report = aging(led, TODAY, SCHEME, AgingGrouping.INVOICE)
    assert len(rows) == len(report.rows) > 50
    for got, want in zip(rows, report.rows, strict=True):
        assert got["invoice"] == want.invoice_number
        assert got["due_date"] == datetime.combine(want.due_date, datetime.min.time())
        assert _minor(got["open"], want.currency) == want.total
        assert _minor(got["amount"], want.currency) == want.amount
        assert got["days_overdue"] == want.days_overdue
        assert got["bucket"] == SCHEME.labels[next(k for k, v in enumerate(want.buckets) if v)]
    assert ws["D2"].is_date and ws["D2"].number_format == "yyyy-mm-dd"
    assert ws["F2"].number_format.endswith(f'"{rows[0]["currency"]}"')
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:K{len(rows) + 1}"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"


def test_payments_sheet_lists_the_period(demo_path, tmp_path):
    out = tmp_path / "p.xlsx"
    with Ledger.open(demo_path) as led:
        result = export_workbook(led, out, TODAY, SCHEME, date(2025, 6, 1), date(2025, 6, 30))
        want = led.conn.execute("SELECT count(*) FROM payments WHERE date BETWEEN '2025-06-01' AND '2025-06-30'"
                                ).fetchone()[0]
    head, rows = _table(openpyxl.load_workbook(out)["Payments"])
    assert head == ["date", "customer", "name", "amount", "currency", "invoice", "method", "reference",
                    "applied_to", "unapplied"]
    assert len(rows) == want == result.rows["Payments"] > 0
    assert all(date(2025, 6, 1) <= r["date"].date() <= date(2025, 6, 30) for r in rows)
    assert all(r["applied_to"].startswith(r["invoice"]) for r in rows if r["invoice"])


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
    head, rows = _table(openpyxl.load_workbook(out)["Open items"])
    assert head[-3:] == ["interest", "limitation_date", "status"]
    assert sum(provider.batches) == len(rows)
    late = next(r for r in rows if r["days_overdue"] > 0)
    assert late["status"] == "=disputed" and isinstance(late["limitation_date"], datetime)
    assert _minor(late["interest"], late["currency"]) == _minor(late["open"], late["currency"]) // 100
    current = next(r for r in rows if r["days_overdue"] == 0)
    assert current["interest"] is None and current["status"] is None
    plain_head, _ = _table(openpyxl.load_workbook(demo_export)["Open items"])
    assert "interest" not in plain_head and plain_head[-1] == "bucket"


def test_hostile_customer_names_stay_text(ledger, tmp_path):
    names = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)"]
    for k, name in enumerate(names):
        ledger.add_customer(Customer(code=f"H{k}", name=name, currency="EUR"))
        ledger.add_invoice(f"H{k}", f"=INV{k}", date(2025, 1, 1), 1000 + k)
    ledger.record_payment("H0", date(2025, 2, 1), 500, method="@cash", reference="-ref")
    out = tmp_path / "h.xlsx"
    export_workbook(ledger, out, TODAY, SCHEME)
    wb = openpyxl.load_workbook(out)
    for title, col in (("Aging summary", 2), ("Open items", 2), ("Invoices", 2), ("Customers", 2)):
        cells = [wb[title].cell(r, col) for r in range(2, 2 + len(names))]
        assert [c.value for c in cells] == names, title
        assert all(c.data_type == "s" for c in cells), title
    inv = wb["Open items"]["C2"]
    assert inv.value == "=INV0" and inv.data_type == "s"
    pay = [c for c in wb["Payments"][2]]
    assert [pay[6].value, pay[7].value] == ["@cash", "-ref"] and pay[6].data_type == "s"


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
    assert head[3:] == ["current", "1-30", "31-60", "over 60", "total"]
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
    head = lines[0]
    keys = [*report["buckets"], "total"]
    got = {}
    for line in lines:
        if line and line[0] == "Total":
            cur = line[2]
            got[cur] = {k: str(round(Decimal(line[head.index(k)]), decimals(cur))) for k in keys}
    want = {t["currency"]: {k: t[k] for k in keys} for t in report["totals"]}
    assert got == want
    # each row's =SUM total too
    for line, row in zip(lines[1:], report["rows"], strict=False):
        assert str(round(Decimal(line[head.index("total")]), decimals(row["currency"]))) == row["total"]
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
        names = [r[1] for r in list(csv.reader(fh))[1:]]
    assert names == ['=HYPERLINK("http://x","y")', "=1+1", "@SUM(A1)"]


# -- round trip through `arledger import` ----------------------------------------------------------

def _reimport(xlsx: Path, tmp_path: Path, target: Path) -> None:
    """The exported sheets go straight back in with `arledger import KIND FILE --sheet NAME`."""
    for sheet, kind in (("Customers", "customers"), ("Invoices", "invoices"), ("Payments", "payments")):
        assert main(["--ledger", str(target), "import", kind, str(xlsx), "--sheet", sheet]) == 0


def test_round_trip_into_an_empty_ledger_gives_the_same_aging(demo_path, tmp_path):
    # The demo's credit notes and write-off (which `arledger import` cannot take) all come later than
    # this date, so invoices and payments up to it are the whole story.
    as_of = date(2024, 8, 31)
    with Ledger.open(demo_path) as led:
        later = led.conn.execute("SELECT (SELECT count(*) FROM credit_notes WHERE date <= :d) +"
                                 " (SELECT count(*) FROM write_offs WHERE date <= :d)", {"d": as_of.isoformat()})
        assert later.fetchone()[0] == 0
        export_workbook(led, tmp_path / "books.xlsx", as_of, SCHEME)
        want_c = aging_to_json(aging(led, as_of, SCHEME))
        want_i = aging_to_json(aging(led, as_of, SCHEME, AgingGrouping.INVOICE))
    target = tmp_path / "copy.sqlite"
    Ledger.create_new(target).close()
    _reimport(tmp_path / "books.xlsx", tmp_path, target)
    with Ledger.open(target) as copy:
        assert aging_to_json(aging(copy, as_of, SCHEME)) == want_c
        assert aging_to_json(aging(copy, as_of, SCHEME, AgingGrouping.INVOICE)) == want_i
        assert want_c["rows"]


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
    assert split["invoice"] is None and split["applied_to"] == "A-1 1000.00; A-2 200.00"
    over = next(r for r in rows if r["reference"] == "over")
    assert over["invoice"] == "T-1" and over["unapplied"] == 30.01
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
    _head, rows = _table(openpyxl.load_workbook(out, read_only=True)["Open items"])
    assert [r["bucket"] for r in rows] == [
        scheme.labels[next(k for k, v in enumerate(w.buckets) if v)] for w in report.rows]
