"""The workbook writer: cell types, formats, layout and the formula-injection guard, read back with openpyxl."""

from __future__ import annotations

import csv
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from arledger.render.excel import (
    DATE_FORMAT,
    AgingSummaryRow,
    Column,
    ExportCancelled,
    Kind,
    WorkbookWriter,
    clean_text,
    excel_number,
    money_format,
    needs_quote_prefix,
    save_sheet_as_csv,
)

COLUMNS = (Column("customer"), Column("due_date", Kind.DATE), Column("amount", Kind.MONEY), Column("currency"),
           Column("days", Kind.INTEGER))
HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "=1+1", "#N/A", "\tTAB", "\rCR"]


def _write(path: Path, rows, columns=COLUMNS, currency_index=3, **kw) -> int:
    w = WorkbookWriter(**kw)
    n = w.add_table("Items", columns, rows, currency_index=currency_index)
    w.save(path)
    return n


def test_money_format_follows_the_currency_decimals():
    assert money_format("EUR") == '#,##0.00 "EUR"'
    assert money_format("JPY") == '#,##0 "JPY"'
    assert money_format("KWD") == '#,##0.000 "KWD"'


def test_excel_number_is_the_double_of_the_exact_decimal():
    from decimal import Decimal

    for minor, cur in ((123456, "EUR"), (1, "EUR"), (999999999999, "EUR"), (12345, "JPY"), (1001, "KWD")):
        assert excel_number(minor, cur) == float(Decimal(minor).scaleb(-{"EUR": 2, "JPY": 0, "KWD": 3}[cur]))


def test_values_types_and_formats(tmp_path):
    path = tmp_path / "t.xlsx"
    rows = [("C1", date(2025, 1, 31), 123456, "EUR", 12), ("C2", date(2025, 2, 1), 500, "JPY", 0),
            ("C3", date(2025, 3, 1), 1001, "KWD", 3), ("C4", None, 0, "EUR", None)]
    assert _write(path, rows) == 4
    ws = openpyxl.load_workbook(path)["Items"]
    assert [c.value for c in ws[1]] == ["customer", "due_date", "amount", "currency", "days"]
    assert ws["A2"].value == "C1" and ws["A2"].data_type == "s"
    assert ws["B2"].is_date and ws["B2"].value == datetime(2025, 1, 31) and ws["B2"].number_format == DATE_FORMAT
    assert ws["C2"].value == 1234.56 and ws["C2"].data_type == "n" and ws["C2"].number_format == '#,##0.00 "EUR"'
    assert ws["C3"].value == 500 and ws["C3"].number_format == '#,##0 "JPY"'
    assert ws["C4"].value == 1.001 and ws["C4"].number_format == '#,##0.000 "KWD"'
    assert ws["E2"].value == 12 and ws["E2"].data_type == "n"
    assert ws["B5"].value is None and ws["C5"].value == 0 and ws["E5"].value is None


def test_layout_frozen_header_filter_print_setup_widths(tmp_path):
    path = tmp_path / "t.xlsx"
    long_name = "A customer with a rather long legal name Ltd"
    _write(path, [(long_name, date(2025, 1, 1), 100, "EUR", 1), ("B", date(2025, 1, 2), 200, "EUR", 2)])
    ws = openpyxl.load_workbook(path)["Items"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:E3"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == "$1:$1"
    assert ws.column_dimensions["A"].width >= len(long_name)
    assert 10 <= ws.column_dimensions["B"].width < 20
    assert ws["A1"].font.b


def test_width_hint_counts_for_rows_beyond_the_lookahead(tmp_path):
    path = tmp_path / "t.xlsx"
    rows = [("x", None, 1, "EUR", 1)] * 5 + [("y" * 40, None, 1, "EUR", 1)]
    cols = (Column("customer", width_hint=40), *COLUMNS[1:])
    w = WorkbookWriter()
    w.add_table("Items", cols, rows, currency_index=3, lookahead=2)
    w.save(path)
    assert openpyxl.load_workbook(path)["Items"].column_dimensions["A"].width >= 40


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_literal_text(tmp_path, text):
    path = tmp_path / "t.xlsx"
    _write(path, [(text, None, 1, "EUR", None)])
    ws = openpyxl.load_workbook(path)["Items"]
    cell = ws["A2"]
    # expat normalises a bare CR in XML text to a line feed; lxml (which openpyxl uses when it is installed, as
    # pikepdf brings it) keeps it: either way the text comes back as the literal text written
    assert cell.value in (text, text.replace("\r", "\n"))
    assert cell.data_type == "s"
    if needs_quote_prefix(text):
        assert cell.quotePrefix  # Excel keeps it text even after the user edits the cell
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


def test_header_text_is_guarded_too(tmp_path):
    path = tmp_path / "t.xlsx"
    _write(path, [("a",)], columns=(Column("=cmd|' /C calc'!A0"),), currency_index=None)
    cell = openpyxl.load_workbook(path)["Items"]["A1"]
    assert cell.value == "=cmd|' /C calc'!A0" and cell.data_type == "s"


def test_characters_xml_forbids_do_not_break_the_export():
    assert clean_text("a\x01b\x1fc\td\ne") == "a\ufffdb\ufffdc\td\ne"
    assert len(clean_text("x" * 40000)) == 32767


def test_aging_summary_formulas_and_totals_block(tmp_path):
    path = tmp_path / "t.xlsx"
    rows = [AgingSummaryRow("C1", "One", "EUR", (100, 200, 0, 0, 50)),
            AgingSummaryRow("C2", "Two", "GBP", (0, 0, 300, 0, 0)),
            AgingSummaryRow("C3", "=Three", "EUR", (1, 2, 3, 4, 5))]
    w = WorkbookWriter()
    layout = w.add_aging_summary("Aging summary", date(2025, 6, 30), "due",
                                 ("current", "1-30", "31-90", "91-180", "over 180"), rows)
    w.save(path)
    ws = openpyxl.load_workbook(path)["Aging summary"]
    assert [c.value for c in ws[1]] == ["customer", "name", "currency", "current", "1-30", "31-90", "91-180",
                                        "over 180", "total"]
    assert ws["D2"].value == 1 and ws["D2"].number_format == '#,##0.00 "EUR"'
    assert ws["I2"].value == "=SUM(D2:H2)" and ws["I2"].data_type == "f"
    assert ws["I3"].number_format == '#,##0.00 "GBP"'
    assert ws["B4"].value == "=Three" and ws["B4"].data_type == "s"
    assert layout.first_data_row == 2 and layout.last_data_row == 4
    # one blank row, a title row, then one totals row per currency, outside the filtered table
    assert ws.auto_filter.ref == "A1:I4"
    assert all(c.value is None for c in ws[5])
    assert ws["A6"].value == "Totals by currency"
    assert layout.totals_rows == {"EUR": 7, "GBP": 8}
    assert ws["C7"].value == "EUR" and ws["C8"].value == "GBP"
    assert ws["D7"].value == "=SUMIFS(D$2:D$4,$C$2:$C$4,$C7)"
    assert ws["I8"].value == "=SUMIFS(I$2:I$4,$C$2:$C$4,$C8)"
    assert ws["D8"].number_format == '#,##0.00 "GBP"'
    assert ws["B10"].value == datetime(2025, 6, 30) and ws["B10"].is_date
    assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"


def test_cancel_from_on_rows_leaves_no_temp_files(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def stop(n: int) -> None:
        raise ExportCancelled("The export was cancelled; no file was written.")

    w = WorkbookWriter(on_rows=stop, report_every=10)
    with pytest.raises(ExportCancelled):
        w.add_table("Items", COLUMNS, [("a", None, 1, "EUR", 1)] * 50, currency_index=3)
    w.discard()
    assert list(tmp_path.iterdir()) == []


def test_save_sheet_as_csv_stops_at_the_totals_block(tmp_path):
    path = tmp_path / "t.xlsx"
    w = WorkbookWriter()
    w.add_aging_summary("Aging summary", date(2025, 6, 30), "due", ("current", "over 30"),
                        [AgingSummaryRow("C1", "+One", "EUR", (150, 2))])
    w.add_table("Items", COLUMNS, [("=x", date(2025, 1, 31), 123456, "EUR", 12)], currency_index=3)
    w.save(path)
    out = tmp_path / "items.csv"
    assert save_sheet_as_csv(path, "Items", out) == 1
    with open(out, encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh)) == [["customer", "due_date", "amount", "currency", "days"],
                                        ["=x", "2025-01-31", "1234.56", "EUR", "12"]]
    assert save_sheet_as_csv(path, "Aging summary", tmp_path / "a.csv") == 1
    from arledger.domain.errors import UserError
    with pytest.raises(UserError, match="no sheet named"):
        save_sheet_as_csv(path, "Nope", tmp_path / "n.csv")


def test_title_block_sheet_to_csv_starts_at_the_import_names(tmp_path):
    from arledger.render.excel import TitleBlock

    path = tmp_path / "t.xlsx"
    w = WorkbookWriter(title=TitleBlock("Seller & Co", date(2025, 6, 30), "due date", ("current", "over 30"),
                                        datetime(2025, 7, 1, 9, 30)))
    w.add_table("Items", COLUMNS, [("x", date(2025, 1, 31), 123456, "EUR", 12)], currency_index=3,
                import_names=True)
    w.save(path)
    ws = openpyxl.load_workbook(path)["Items"]
    assert ws["A1"].value == "Seller & Co" and ws["B3"].is_date and isinstance(ws["B7"].value, datetime)
    assert [c.value for c in ws[9]] == ["Customer", "Due date", "Amount", "Currency", "Days"]
    assert ws.oddHeader.left.text == "Seller && Co"  # '&' starts a code in a header, so it is doubled
    out = tmp_path / "items.csv"
    assert save_sheet_as_csv(path, "Items", out) == 1
    with open(out, encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == ["customer", "due_date", "amount", "currency", "days"]
