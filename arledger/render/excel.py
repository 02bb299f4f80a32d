"""Excel workbooks for accountants, written with openpyxl's write-only (streaming) mode.

Every sheet is a plain table: one header row (frozen, repeated on each printed page, with an autofilter),
then one row per record. Numbers are numbers with a number format naming the row's currency, dates are
Excel dates, and text is always text: a value such as '=HYPERLINK(...)', '+1' or '@SUM(A1)' is stored as a
string cell with Excel's quote prefix, so no spreadsheet ever evaluates user text as a formula.

Money arrives here in integer minor units and is turned into a number only at the cell: a cell can hold
nothing but an IEEE double, and `minor / 10**decimals` is the correctly rounded double of the exact
decimal amount (Python's int / int true division rounds correctly), i.e. the same double Excel itself would
store for the typed amount. Totals are live formulas, so the spreadsheet adds the cells it shows.

Memory stays flat: rows are streamed into the sheet as they come and each cell is written as it is
appended. Column widths must be known before the first row of a streamed sheet, so they are measured from
a short look-ahead of rows plus width hints the caller can get cheaply (e.g. the longest name from SQL).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from itertools import islice
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from arledger.domain.errors import UserError
from arledger.domain.money import decimals, format_amount
from arledger.domain.spreadsheet_text import looks_like_formula

DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 60
MIN_WIDTH = 6
MAX_TEXT = 32767  # Excel's limit for one cell
LOOKAHEAD_ROWS = 500
# Text starting with one of these can be taken as a formula (or, after CR/tab, smuggled in) by spreadsheet
# programs; such cells get the quote prefix besides being stored as strings.
_ILLEGAL_XML = re.compile(r"[\000-\010\013\014\016-\037]")
# Text that needs more than being passed to openpyxl as it is: a formula or error-value look-alike (every
# error value starts with '#'), or a character XML forbids. One search per value keeps the common case cheap.
_NEEDS_CARE = re.compile(r"^[=+\-@\t\r#]|[\000-\010\013\014\016-\037]")

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
TOTAL_FONT = Font(bold=True)


class Kind(StrEnum):
    """What a column holds, which decides the cell type and number format."""

    TEXT = "text"
    DATE = "date"
    MONEY = "money"  # integer minor units of the row's currency
    INTEGER = "integer"


@dataclass(frozen=True, slots=True)
class Column:
    """A sheet column: its header, its kind, and optionally the longest content known in advance."""

    header: str
    kind: Kind = Kind.TEXT
    width_hint: int = 0  # characters; the look-ahead measures the rest


def money_format(currency: str) -> str:
    """Number format for amounts in currency: thousands separators, the currency's decimals, its ISO code."""
    places = decimals(currency)
    return f'#,##0{"." + "0" * places if places else ""} "{currency}"'


def excel_number(minor: int, currency: str) -> float:
    """Minor units as the double a cell stores (see the module docstring for why this is exact enough)."""
    return minor / 10 ** decimals(currency)


def clean_text(value: object) -> str:
    """Text a cell can hold: characters XML forbids are replaced, and it is cut to Excel's cell limit."""
    text = value if isinstance(value, str) else str(value)
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub("\ufffd", text)
    return text[:MAX_TEXT]


def needs_quote_prefix(text: str) -> bool:
    """True for text a spreadsheet could read as a formula."""
    return looks_like_formula(text)


class ExportCancelled(UserError):
    """The user cancelled the export; nothing was written."""


class _Cells:
    """Turns one row of values into what a write-only sheet appends, as cheaply as openpyxl allows.

    openpyxl takes a plain value through a fast path and a Cell object through a slower one (it tries the
    object as a value first), so only values that need something beyond openpyxl's defaults become cells:
    money (its currency's number format) and formula-like or error-like text (forced to a string, with the
    quote prefix). Dates get openpyxl's default date format, which is DATE_FORMAT. A write-only cell is
    serialised the moment its row is appended, so one styled cell per column and currency is reused for
    every row.
    """

    def __init__(self, ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
        self.ws = ws
        self.kinds = tuple(c.kind for c in columns)
        self.headers = tuple(c.header for c in columns)
        self._quoted: list[WriteOnlyCell] = []
        for _ in columns:
            quoted = WriteOnlyCell(ws)
            quoted.quotePrefix = True
            self._quoted.append(quoted)
        self._text: list[WriteOnlyCell] = [WriteOnlyCell(ws) for _ in columns]
        self._money: dict[tuple[int, str], WriteOnlyCell] = {}
        self._scales: dict[str, int] = {}
        self._text_columns = tuple(k for k, kind in enumerate(self.kinds) if kind is Kind.TEXT)
        self._money_columns = tuple(k for k, kind in enumerate(self.kinds) if kind is Kind.MONEY)

    def _scale(self, currency: str) -> int:
        scale = self._scales.get(currency)
        if scale is None:
            scale = self._scales[currency] = 10 ** decimals(currency)
        return scale

    def money(self, index: int, currency: str) -> WriteOnlyCell:
        cell = self._money.get((index, currency))
        if cell is None:
            cell = WriteOnlyCell(self.ws)
            cell.number_format = money_format(currency)
            self._money[(index, currency)] = cell
        return cell

    def text(self, index: int, value: object) -> object:
        text = clean_text(value)
        if looks_like_formula(text):
            cell = self._quoted[index]
        elif text in ERROR_CODES or text.startswith("="):
            cell = self._text[index]
        else:
            return text  # openpyxl stores any other str as a string as it is
        cell.value = text
        # openpyxl would make '=...' a formula and '#N/A' an error value; user text is neither.
        cell.data_type = "s"
        return cell

    def row(self, values: Sequence[object], currency: str | None) -> list:
        if len(values) != len(self.kinds):
            raise ValueError(f"a row has {len(values)} values for {len(self.kinds)} columns")
        out = list(values)  # DATE and INTEGER values go as they are: openpyxl's defaults are the formats wanted
        for k in self._text_columns:
            value = out[k]
            if value is None:
                continue
            if value == "":
                out[k] = None
            elif not isinstance(value, str) or len(value) > MAX_TEXT or _NEEDS_CARE.search(value):
                out[k] = self.text(k, value)
        for k in self._money_columns:
            value = out[k]
            if value is None or value == "":
                out[k] = None
                continue
            if currency is None:
                raise ValueError(f"column {self.headers[k]!r} holds money but the row has no currency")
            cell = self.money(k, currency)
            cell.value = value / self._scale(currency)
            out[k] = cell
        return out


def _shown_width(col: Column, value: object, currency: str | None) -> int:
    if value is None:
        return 0
    if col.kind is Kind.DATE:
        return 10
    if col.kind is Kind.MONEY and currency is not None and isinstance(value, int):
        digits = len(format_amount(abs(value), currency))
        return digits + digits // 4 + (1 if value < 0 else 0) + 4  # separators, sign, " EUR"
    text = str(value)
    # East Asian characters are about two columns wide.
    return len(text) + sum(1 for ch in text if ord(ch) >= 0x1100)


def fitted_widths(columns: Sequence[Column], rows: Sequence[Sequence[object]],
                  currency_index: int | None) -> list[float]:
    """Column widths in Excel character units for the header, the rows seen and the columns' hints."""
    widths = [max(len(c.header) + 3, c.width_hint, MIN_WIDTH) for c in columns]  # + room for the filter button
    for row in rows:
        cur = row[currency_index] if currency_index is not None else None
        for k, (col, value) in enumerate(zip(columns, row, strict=True)):
            w = _shown_width(col, value, cur)
            if w > widths[k]:
                widths[k] = w
    return [min(MAX_WIDTH, w + 2) for w in widths]


def _setup_sheet(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    """Everything a streamed sheet needs before its first row: widths, frozen header, print setup."""
    for k, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(k)].width = w
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = False


def _header_cells(ws: WriteOnlyWorksheet, headers: Sequence[str]) -> list[WriteOnlyCell]:
    out = []
    for h in headers:
        cell = WriteOnlyCell(ws)
        text = clean_text(h)
        cell.value = text
        cell.data_type = "s"
        if needs_quote_prefix(text):
            cell.quotePrefix = True
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        out.append(cell)
    return out


@dataclass(frozen=True, slots=True)
class AgingSummaryRow:
    """One customer's open amounts in one currency, in minor units, bucket by bucket."""

    customer: str
    name: str
    currency: str
    buckets: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AgingSummaryLayout:
    """Where the Aging summary put things (1-based rows), so tests and readers can find the totals."""

    first_data_row: int
    last_data_row: int
    totals_rows: dict[str, int]  # currency -> row of its totals
    total_column: int


class WorkbookWriter:
    """Builds one workbook sheet by sheet in streaming mode; save() writes it to a path.

    on_rows(n) is called every `report_every` rows written to any table sheet; it may raise
    ExportCancelled to stop (the caller discards the unsaved workbook).
    """

    def __init__(self, *, on_rows: Callable[[int], None] | None = None, report_every: int = 1000) -> None:
        self.workbook = Workbook(write_only=True)
        self.on_rows = on_rows
        self.report_every = report_every

    def add_table(self, title: str, columns: Sequence[Column], rows: Iterable[Sequence[object]], *,
                  currency_index: int | None = None, lookahead: int = LOOKAHEAD_ROWS) -> int:
        """Stream rows into a new sheet; returns how many data rows were written.

        Each row has one value per column: str for TEXT, date for DATE, int minor units for MONEY (in the
        currency found at currency_index of the same row), int for INTEGER; None or '' leaves the cell empty.
        """
        if any(c.kind is Kind.MONEY for c in columns) and currency_index is None:
            raise ValueError(f"sheet {title!r} has money columns but no currency column")
        ws = self.workbook.create_sheet(title)
        it: Iterator[Sequence[object]] = iter(rows)
        head = list(islice(it, lookahead))
        _setup_sheet(ws, fitted_widths(columns, head, currency_index))
        ws.append(_header_cells(ws, [c.header for c in columns]))
        cells = _Cells(ws, columns)
        n = 0
        every = self.report_every
        for source in (head, it):
            for values in source:
                ws.append(cells.row(values, values[currency_index] if currency_index is not None else None))
                n += 1
                if self.on_rows is not None and n % every == 0:
                    self.on_rows(every)
        if self.on_rows is not None and n % every:
            self.on_rows(n % every)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n + 1}"
        return n

    def add_aging_summary(self, title: str, as_of: date, basis: str, labels: Sequence[str],
                          rows: Sequence[AgingSummaryRow]) -> AgingSummaryLayout:
        """The aging table with live formulas, and per-currency totals in a block below it.

        Each row's total is =SUM over its bucket cells. The totals block sits one blank row below the
        table, outside the autofilter range, and uses SUMIFS over the whole data range by currency: it
        never counts a subtotal twice, never adds two currencies, and gives the same figures however the
        table is sorted or filtered.
        """
        headers = ["customer", "name", "currency", *labels, "total"]
        columns = [Column("customer"), Column("name"), Column("currency"),
                   *(Column(lab, Kind.MONEY) for lab in labels), Column("total", Kind.MONEY)]
        plain = [(r.customer, r.name, r.currency, *r.buckets, sum(r.buckets)) for r in rows]
        ws = self.workbook.create_sheet(title)
        widths = fitted_widths(columns, plain, 2)
        widths[0] = max(widths[0], len("Totals by currency") + 2)
        _setup_sheet(ws, widths)
        ws.append(_header_cells(ws, headers))
        cells = _Cells(ws, columns)
        first_bucket = 4
        total_col = first_bucket + len(labels)
        last_bucket_letter = get_column_letter(total_col - 1)
        first, last = 2, len(rows) + 1
        for r_idx, r in enumerate(rows, start=first):
            out = cells.row((r.customer, r.name, r.currency, *r.buckets, None), r.currency)
            formula = WriteOnlyCell(ws, value=f"=SUM({get_column_letter(first_bucket)}{r_idx}:"
                                              f"{last_bucket_letter}{r_idx})")
            formula.number_format = money_format(r.currency)
            out[-1] = formula
            ws.append(out)
        ws.append([])
        totals_rows: dict[str, int] = {}
        row_no = last + 2
        currencies = sorted({r.currency for r in rows})
        if currencies:
            ws.append([self._bold(ws, "Totals by currency")])
            row_no += 1
        for cur in currencies:
            line: list = [self._bold(ws, "Total"), None, self._bold(ws, cur)]
            for c in range(first_bucket, total_col + 1):
                letter = get_column_letter(c)
                cell = WriteOnlyCell(ws, value=f"=SUMIFS({letter}${first}:{letter}${last},"
                                               f"$C${first}:$C${last},$C{row_no})")
                cell.number_format = money_format(cur)
                cell.font = TOTAL_FONT
                line.append(cell)
            ws.append(line)
            totals_rows[cur] = row_no
            row_no += 1
        ws.append([])
        as_of_cell = WriteOnlyCell(ws, value=as_of)
        as_of_cell.number_format = DATE_FORMAT
        ws.append([self._bold(ws, "Aged as of"), as_of_cell])
        ws.append([self._bold(ws, "Aged by"), f"{basis} date"])
        ws.auto_filter.ref = f"A1:{get_column_letter(total_col)}{max(last, 2)}"
        return AgingSummaryLayout(first, last, totals_rows, total_col)

    @staticmethod
    def _bold(ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = TOTAL_FONT
        return cell

    def save(self, path: Path | str) -> None:
        """Write the workbook to path (the caller makes that atomic)."""
        self.workbook.save(str(path))

    def discard(self) -> None:
        """Drop an unsaved workbook and the temporary files its streamed sheets were written to."""
        for ws in self.workbook.worksheets:
            writer = getattr(ws, "_writer", None)
            if writer is None:
                continue
            try:
                if not ws.closed:
                    ws.close()
                writer.cleanup()
            except (OSError, ValueError, KeyError):
                pass  # best effort: openpyxl also removes its temporary files at exit


def save_sheet_as_csv(workbook_path: Path | str, sheet: str, csv_path: Path | str) -> int:
    """Copy one sheet's header and data rows to a UTF-8 CSV file that `arledger import` reads.

    Reads only the table: it stops at the first blank row, so a totals block below the table is left out.
    Dates become ISO dates and numbers their shortest exact text. Cell text is copied as it is (no
    formula-prefix neutralising), because the file is meant for re-import, not for opening in a
    spreadsheet. Returns the number of data rows written.
    """
    wb = load_workbook(str(workbook_path), read_only=True, data_only=True)
    try:
        if sheet not in wb.sheetnames:
            raise UserError(f"{Path(workbook_path).name} has no sheet named '{sheet}'.")
        rows = wb[sheet].iter_rows(values_only=True)
        n = -1
        with open(csv_path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            for values in rows:
                if all(v is None for v in values):
                    break
                w.writerow([_csv_text(v) for v in values])
                n += 1
        return max(n, 0)
    finally:
        wb.close()


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
