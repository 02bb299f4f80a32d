"""The accountant's workbook in the reader's language: headers, titles, labels and sheet names in Chinese and German,
the numbers and the import names as in English, and a Chinese workbook re-importing to the same aging."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from arledger.cli import main
from arledger.domain.aging import BucketScheme
from arledger.paths import resources_dir
from arledger.render.excel import save_sheet_as_csv
from arledger.render.workbook_words import SHEETS
from arledger.services.demo import write_demo_ledger
from arledger.services.export_collections import default_extras
from arledger.services.exports import export_workbook
from arledger.services.ledger import Ledger
from arledger.services.reports import AgingGrouping, aging, aging_to_json
from tests.sheets import TITLE_ROWS

TODAY = date(2025, 6, 30)
SCHEME = BucketScheme((30, 90, 180))
HEADER = TITLE_ROWS + 1
LANGUAGES = ("zh_CN", "de_DE")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo_ledger(path, customers=12, invoices=300, seed=7, today=TODAY)
    return path


@pytest.fixture(scope="module")
def books(demo_path, tmp_path_factory) -> dict[str | None, Path]:
    """The workbook (with the collections sheets) in English, Chinese and German."""
    folder = tmp_path_factory.mktemp("books")
    out: dict[str | None, Path] = {}
    with Ledger.open(demo_path) as led:
        for language in (None, *LANGUAGES):
            path = folder / f"books-{language or 'en'}.xlsx"
            extras, sheets = default_extras(led, TODAY, date(2025, 4, 1), TODAY, language=language)
            export_workbook(led, path, TODAY, SCHEME, None, None, extras, more_sheets=sheets, language=language)
            out[language] = path
    return out


def _workbook_catalog(language: str) -> dict[str, str]:
    """English default -> translation of every workbook message whose translation differs from its English
    (a word the same in both languages, like German 'Definition', is no English left behind)."""
    root = ET.parse(resources_dir() / "i18n" / f"messages_{language}.ts").getroot()
    out = {}
    for m in root.iter("message"):
        if (m.findtext("comment") or "").startswith("workbook."):
            source, translation = m.findtext("source") or "", m.findtext("translation") or ""
            if translation != source and "{" not in source:
                out[source] = translation
    return out


def _people_text(ws) -> list[str]:
    """What a person reads above the data: the report name, the title block's labels and the human header."""
    rows = list(ws.iter_rows(min_row=1, max_row=HEADER, values_only=True))
    texts = [rows[1][0], *(r[0] for r in rows[2:7]), *rows[HEADER - 1]]
    return [t for t in texts if isinstance(t, str) and t]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_header_or_title_is_left(books, language):
    english = _workbook_catalog(language)
    wb = openpyxl.load_workbook(books[language])
    en = openpyxl.load_workbook(books[None])
    assert wb.sheetnames == [english.get(name, name) for name in en.sheetnames]
    assert not set(wb.sheetnames) & set(SHEETS)
    for ws, ws_en in zip(wb.worksheets, en.worksheets, strict=True):
        shown = _people_text(ws)
        assert shown and not set(shown) & set(english), (ws.title, set(shown) & set(english))
        # every English header or label has its translation in the same place
        pairs = list(zip(_people_text(ws_en), shown, strict=True))
        assert [english[t] for t, _ in pairs if t in english] == [t for e, t in pairs if e in english], ws.title
        # and the texts made from a pattern (bucket titles, "{bucket} amount") left no English word behind
        assert not [t for t in shown if re.search(r"\b(days|Over|amount|count)\b", t)], ws.title
        if language == "zh_CN":
            assert all(re.search(r"[\u4e00-\u9fff]", t) for t in shown), ws.title
        assert ws["B3"].is_date and ws["B3"].value == ws_en["B3"].value


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_totals_and_import_names_are_as_in_english(books, language):
    wb = openpyxl.load_workbook(books[language], data_only=True)
    en = openpyxl.load_workbook(books[None], data_only=True)
    for ws, ws_en in zip(wb.worksheets, en.worksheets, strict=True):
        for row, row_en in zip(ws.iter_rows(min_row=HEADER + 1), ws_en.iter_rows(min_row=HEADER + 1), strict=True):
            for cell, cell_en in zip(row, row_en, strict=True):
                if isinstance(cell_en.value, int | float) or cell_en.is_date:
                    assert cell.value == cell_en.value and cell.number_format == cell_en.number_format, \
                        (ws.title, cell.coordinate)
    invoices = wb[SHEETS_IN(language)["Invoices"]]
    names = [c.value for c in next(invoices.iter_rows(min_row=HEADER + 1, max_row=HEADER + 1))]
    assert names[:3] == ["customer", "name", "number"]
    totals = [r for r in wb.worksheets[0].iter_rows(values_only=True) if r[0] in ("合计", "Summe")]
    assert totals and all(isinstance(v, float) for v in totals[0][3:])


def SHEETS_IN(language: str) -> dict[str, str]:
    english = _workbook_catalog(language)
    return {name: english.get(name, name) for name in SHEETS}


def test_a_chinese_workbook_re_imports_to_the_same_aging(demo_path, books, tmp_path):
    target = tmp_path / "copy.sqlite"
    Ledger.create_new(target).close()
    # the English sheet names still find the Chinese sheets
    for sheet, kind in (("Customers", "customers"), ("Invoices", "invoices"), ("Write-offs", "write_offs"),
                        ("Credit notes", "credit_notes"), ("Payments", "payments"), ("Refunds", "refunds")):
        more = ["--allow-over-limit", "restoring the accountant's workbook"] if kind == "invoices" else []
        assert main(["--ledger", str(target), "import", kind, str(books["zh_CN"]), "--sheet", sheet, *more]) == 0
    with Ledger.open(demo_path) as led, Ledger.open(target) as copy:
        assert aging_to_json(aging(copy, TODAY, SCHEME)) == aging_to_json(aging(led, TODAY, SCHEME))
        assert aging_to_json(aging(copy, TODAY, SCHEME, AgingGrouping.INVOICE)) == \
            aging_to_json(aging(led, TODAY, SCHEME, AgingGrouping.INVOICE))


def test_sheets_are_found_by_their_name_in_any_language(books, tmp_path):
    zh = books["zh_CN"]
    rows = save_sheet_as_csv(zh, "Credit notes", tmp_path / "a.csv")
    assert rows == save_sheet_as_csv(zh, "贷项通知单", tmp_path / "b.csv")
    assert rows == save_sheet_as_csv(zh, "Gutschriften", tmp_path / "c.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    with pytest.raises(Exception, match="no sheet named 'Bilanz'"):
        save_sheet_as_csv(zh, "Bilanz", tmp_path / "d.csv")


def test_cli_export_speaks_the_environment_language_or_the_option(demo_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "zh_CN")
    zh, de = tmp_path / "zh.xlsx", tmp_path / "de.xlsx"
    assert main(["--ledger", str(demo_path), "export", "xlsx", str(zh), "--as-of", TODAY.isoformat()]) == 0
    assert main(["--ledger", str(demo_path), "export", "xlsx", str(de), "--as-of", TODAY.isoformat(),
                 "--language", "de"]) == 0
    capsys.readouterr()
    assert openpyxl.load_workbook(zh, read_only=True).sheetnames[:2] == ["账龄汇总", "未结项目"]
    wb = openpyxl.load_workbook(de, read_only=True)
    assert wb.sheetnames[:2] == ["Altersstruktur", "Offene Posten"]
    assert wb.worksheets[0]["A3"].value == "Stichtag"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not on PATH")
def test_libreoffice_recalculates_a_chinese_workbook_to_the_same_totals(books, tmp_path):
    from tests.services.test_exports import _recalculate_to_csv

    zh = _recalculate_to_csv(books["zh_CN"], tmp_path / "zh")
    en = _recalculate_to_csv(books[None], tmp_path / "en")

    def totals(path: Path) -> list[list[str]]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [ln.split(",")[2:] for ln in lines if ln.startswith(("Total,", "合计,"))]

    assert totals(zh["账龄汇总"]) == totals(en["Aging summary"]) != []


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdffonts") is None,
                    reason="LibreOffice (soffice) and poppler-utils are needed")
def test_libreoffice_prints_a_chinese_workbook_in_a_chinese_font(books, tmp_path):
    """The workbook names no font of its own (Excel's default), so Chinese text is drawn by the font fallback of
    the machine's installed Chinese font: here the shipped WenQuanYi Micro Hei, installed for the user."""
    import subprocess

    home = tmp_path / "home"
    (home / ".fonts").mkdir(parents=True)
    shutil.copy(resources_dir() / "fonts" / "wqy-microhei.ttc", home / ".fonts")
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{home / 'profile'}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path), str(books["zh_CN"])],
                   check=True, capture_output=True, timeout=180, env={"PATH": "/usr/bin:/bin", "HOME": str(home)})
    pdf = tmp_path / books["zh_CN"].with_suffix(".pdf").name
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYiMicroHei" in fonts
    text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "应收账款账龄汇总" in text and "按币种合计" in text


@pytest.mark.parametrize(("language", "said"), [
    ("de_DE", r"^\d{1,3}(\.\d{3})*,\d{2} [A-Z]{3} bis \d\d\.\d\d\.\d{4}, (offen|eingehalten|teilweise eingehalten|"
              r"gebrochen)$"),
    ("zh_CN", r"^\d{4}-\d\d-\d\d 前支付 (人民币)?([A-Z]{3} )?\d{1,3}(,\d{3})*\.\d\d元?，"
              r"(待兑现|已兑现|部分兑现|未兑现)$")])
def test_a_promise_in_the_open_items_reads_in_the_language(books, language, said):
    """The open items' promise cell: its amount, date and status as the reader writes them (English: "EUR 1234.00
    by 2025-03-10, kept")."""
    def cells(path: Path, pattern: str) -> list[str]:
        return [c for ws in openpyxl.load_workbook(path).worksheets for row in ws.iter_rows(values_only=True)
                for c in row if isinstance(c, str) and re.search(pattern, c)]

    english = cells(books[None], r"^[A-Z]{3} \d+\.\d\d by \d{4}-\d\d-\d\d, (pending|kept|partly kept|broken)$")
    assert english
    assert len(cells(books[language], said)) == len(english)
