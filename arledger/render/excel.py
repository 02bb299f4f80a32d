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
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from itertools import chain, islice
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg
from arledger.domain.money import decimals, format_amount
from arledger.domain.spreadsheet_text import looks_like_formula
from arledger.render import workbook_words as words
from arledger.render.messages import translate

DATE_FORMAT = "yyyy-mm-dd"
TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm:ss"
NUMBER_FORMAT = "#,##0.00"
MAX_WIDTH = 48
MIN_WIDTH = 6
TITLE_LABEL_WIDTH = 17  # 'Generated (UTC)' in column A of the title block
TITLE_VALUE_WIDTH = 21  # a timestamp in column B
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
NAMES_FONT = Font(italic=True, color="666666")
COMPANY_FONT = Font(bold=True, size=14)
REPORT_FONT = Font(bold=True, size=12)


class Kind(StrEnum):
    """What a column holds, which decides the cell type and number format."""

    TEXT = "text"
    DATE = "date"
    MONEY = "money"  # integer minor units of the row's currency
    INTEGER = "integer"
    NUMBER = "number"  # a decimal figure (a rate, a number of days): Decimal, float or int
    TIMESTAMP = "timestamp"  # a naive UTC datetime


@dataclass(frozen=True, slots=True)
class Column:
    """A sheet column: its header, its kind, and optionally the longest content known in advance."""

    header: str  # the name `arledger import` reads (or a plain key for sheets that are not imported)
    kind: Kind = Kind.TEXT
    width_hint: int = 0  # characters; the look-ahead measures the rest
    label: str | Message = ""  # what a person reads; default: the header's word, else the header capitalised

    @property
    def title(self) -> str:
        """The human header in English."""
        return self.title_in(None)

    def title_in(self, language: str | None) -> str:
        """The human header in ``language`` (English when None)."""
        label = self.label or words.HEADERS.get(self.header)
        if isinstance(label, Message):
            return translate(label, language)
        return label or self.header.replace("_", " ").capitalize()


def money_format(currency: str) -> str:
    """Number format for amounts in currency: thousands separators, the currency's decimals, its ISO code."""
    places = decimals(currency)
    return f'#,##0{"." + "0" * places if places else ""} "{currency}"'


def excel_number(minor: int, currency: str) -> float:
    """Minor units as the double a cell stores (see the module docstring for why this is exact enough)."""
    scale: int = 10 ** decimals(currency)
    return minor / scale


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
        self._number_columns = tuple(k for k, kind in enumerate(self.kinds) if kind is Kind.NUMBER)
        self._stamp_columns = tuple(k for k, kind in enumerate(self.kinds) if kind is Kind.TIMESTAMP)
        self._numbers: dict[int, WriteOnlyCell] = {}

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

    def row(self, values: Sequence[object], currency: str | None) -> list[object]:
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
            cell.value = _minor(value, self.headers[k]) / self._scale(currency)
            out[k] = cell
        for k in self._number_columns:
            value = out[k]
            if value is None or value == "":
                out[k] = None
                continue
            cell = self._numbers.get(k)
            if cell is None:
                cell = self._numbers[k] = WriteOnlyCell(self.ws)
                cell.number_format = NUMBER_FORMAT
            cell.value = _number(value, self.headers[k])
            out[k] = cell
        for k in self._stamp_columns:
            value = out[k]
            if isinstance(value, datetime):
                cell = WriteOnlyCell(self.ws, value=value.replace(tzinfo=None))
                cell.number_format = TIMESTAMP_FORMAT
                out[k] = cell
        return out


def _minor(value: object, header: str) -> int:
    """A money cell's value: minor units as an int."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(f"column {header!r} holds money in minor units; got {value!r}")


def _number(value: object, header: str) -> float:
    """A number cell's value as the double a cell stores."""
    if isinstance(value, int | float | Decimal | str) and not isinstance(value, bool):
        return float(value)
    raise TypeError(f"column {header!r} holds numbers; got {value!r}")


def _currency(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _shown_width(col: Column, value: object, currency: str | None) -> int:
    if value is None:
        return 0
    if col.kind is Kind.DATE:
        return 10
    if col.kind is Kind.TIMESTAMP:
        return 19
    if col.kind is Kind.MONEY and currency is not None and isinstance(value, int):
        digits = len(format_amount(abs(value), currency))
        return digits + digits // 4 + (1 if value < 0 else 0) + 4  # separators, sign, " EUR"
    return _display_len(str(value))


def _display_len(text: str) -> int:
    # East Asian characters are about two columns wide.
    return len(text) + sum(1 for ch in text if ord(ch) >= 0x1100)


def fitted_widths(columns: Sequence[Column], rows: Sequence[Sequence[object]],
                  currency_index: int | None, language: str | None = None) -> list[float]:
    """Column widths in Excel character units for the header, the rows seen and the columns' hints."""
    # + room for the filter button; a long human header wraps onto two lines rather than widen the column
    widths = [max(min(_display_len(c.title_in(language)), 14) + 2, len(c.header) + 2, c.width_hint, MIN_WIDTH)
              for c in columns]
    for row in rows:
        cur = _currency(row[currency_index]) if currency_index is not None else None
        for k, (col, value) in enumerate(zip(columns, row, strict=True)):
            w = _shown_width(col, value, cur)
            if w > widths[k]:
                widths[k] = w
    return [min(MAX_WIDTH, w + 2) for w in widths]


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """What every sheet states above its table, as accountants' aged-receivables reports do: the company,
    the report, the as-of date, the period, the aging basis and buckets, and when the file was made."""

    company: str
    as_of: date
    basis: str | Message  # e.g. "due date"
    buckets: tuple[str | Message, ...]
    generated_at: datetime  # UTC
    period: str | Message = ""
    paper: str = "A4"  # or "Letter"


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """Where a sheet put things (1-based rows), so tests and readers can find them."""

    header_row: int  # the human header
    names_row: int | None  # the import names, when the sheet has them
    first_data_row: int
    last_data_row: int
    subtotal_rows: tuple[int, ...] = ()
    totals_rows: dict[str, int] = field(default_factory=dict)  # currency -> row of its grand total


# Page arithmetic for fit-to-width. Excel's column width unit is about one '0' of the default 11 pt font:
# 7 px plus 5 px padding at 96 dpi, i.e. 0.75 pt per px.
BODY_PT = 11
MIN_PRINT_PT = 7.5  # the smallest text the printout may have after fitting (7 pt asked, with room to spare)
_PAPER = {"A4": (9, 842.0), "Letter": (1, 792.0)}  # paper size code, long side in points (landscape width)
_SIDE_MARGIN_IN = 0.4


def _column_points(width: float) -> float:
    return (width * 7 + 5) * 0.75


def pages_wide(widths: Sequence[float], paper: str = "A4") -> int:
    """How many pages across a landscape printout needs so that fitting it to that width keeps the body text
    at MIN_PRINT_PT or more."""
    printable = _PAPER.get(paper, _PAPER["A4"])[1] - 2 * _SIDE_MARGIN_IN * 72
    total = sum(_column_points(w) for w in widths)
    scale = MIN_PRINT_PT / BODY_PT
    return max(1, math.ceil(total * scale / printable))


def _setup_sheet(ws: WriteOnlyWorksheet, widths: Sequence[float], header_rows: tuple[int, int] = (1, 1),
                 title: TitleBlock | None = None, language: str | None = None) -> None:
    """Everything a streamed sheet needs before its first row: widths, frozen header, print setup."""
    for k, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(k)].width = w
    first, last = header_rows
    ws.freeze_panes = f"A{last + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{first}:{last}"
    ws.print_options.gridLines = False
    paper = title.paper if title else "A4"
    ws.page_setup.fitToWidth = pages_wide(widths, paper)
    ws.page_setup.paperSize = _PAPER.get(paper, _PAPER["A4"])[0]
    ws.page_margins.left = ws.page_margins.right = _SIDE_MARGIN_IN
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if ws.page_setup.fitToWidth > 1:
        ws.print_title_cols = "A:A"  # each page across still says whose rows they are
    if title is not None:
        hf = ws.HeaderFooter
        # the body's size: header and footer shrink with the sheet (LibreOffice does so whatever the file says),
        # so they are never smaller than the body text
        hf.oddHeader.left.text = _hf_text(title.company)
        hf.oddHeader.center.text = "&A"
        hf.oddHeader.right.text = _hf_text(translate(words.print_as_of(title.as_of.isoformat()), language))
        hf.oddFooter.left.text = _hf_text(translate(
            words.print_generated(title.generated_at.strftime('%Y-%m-%d %H:%M')), language))
        hf.oddFooter.center.text = translate(words.PRINT_PAGE, language)
        for part in (hf.oddHeader.left, hf.oddHeader.center, hf.oddHeader.right, hf.oddFooter.left,
                     hf.oddFooter.center):
            part.size = BODY_PT


def _hf_text(text: str) -> str:
    """User text in a header or footer: '&' starts a code there, so it is doubled."""
    return clean_text(text).replace("&", "&&")[:200]


def _header_cells(ws: WriteOnlyWorksheet, headers: Sequence[str], *, names: bool = False) -> list[WriteOnlyCell]:
    out = []
    for h in headers:
        cell = WriteOnlyCell(ws)
        text = clean_text(h)
        cell.value = text
        cell.data_type = "s"
        if needs_quote_prefix(text):
            cell.quotePrefix = True
        if names:
            cell.font = NAMES_FONT
        else:
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(vertical="center", wrap_text=True)
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
    header_row: int = 1


# A formula cell as openpyxl writes it, with its empty value element: <c r="F12" s="3"><f>...</f><v></v></c>
_FORMULA_CELL = re.compile(rb'(<c r="([A-Z]+[0-9]+)"[^>]*><f>[^<]*</f>)<v(?:\s*/>|></v>)')


class WorkbookWriter:
    """Builds one workbook sheet by sheet in streaming mode; save() writes it to a path.

    on_rows(n) is called every `report_every` rows written to any table sheet; it may raise
    ExportCancelled to stop (the caller discards the unsaved workbook).

    With a TitleBlock every sheet starts with it and gets a header and footer (company, sheet, as-of date,
    page x of y) and the paper size it names. Formula cells are written with the value they compute, so a
    reader that does not recalculate (a file previewer, pandas, openpyxl with data_only=True) sees the
    totals: openpyxl cannot store a formula's cached value, so each finished sheet's XML gets the values
    put into its empty <v> elements before the workbook is saved.
    """

    def __init__(self, *, on_rows: Callable[[int], None] | None = None, report_every: int = 1000,
                 title: TitleBlock | None = None, language: str | None = None) -> None:
        self.workbook = Workbook(write_only=True)
        self.language = language
        self.on_rows = on_rows
        self.report_every = report_every
        self.title = title
        self.layouts: dict[str, SheetLayout] = {}

    def text(self, value: str | Message) -> str:
        """A label in the workbook's language (plain strings are data and stay as they are)."""
        return translate(value, self.language) if isinstance(value, Message) else value

    def sheet_name(self, english: str) -> str:
        """The tab name of one of the workbook's sheets in its language (Excel allows 31 characters)."""
        message = words.SHEETS.get(english)
        return clean_text(self.text(message))[:31] if message is not None else english

    # -- title block --------------------------------------------------------------------------------
    def _title_label_width(self) -> int:
        """Column A's width for the title block's labels in the workbook's language (bold, so a little more)."""
        labels = (words.AS_OF, words.PERIOD, words.AGED_BY, words.BUCKETS, words.GENERATED)
        return max(TITLE_LABEL_WIDTH, *(_display_len(self.text(m)) + 3 for m in labels))

    def _title_rows(self, ws: WriteOnlyWorksheet, report: str | Message) -> int:
        """Write the title block; returns the number of rows it took (0 without a TitleBlock)."""
        t = self.title
        if t is None:
            return 0
        company = WriteOnlyCell(ws, value=clean_text(t.company) or self.text(words.NO_COMPANY))
        company.font = COMPANY_FONT
        company.data_type = "s"
        name = WriteOnlyCell(ws, value=clean_text(self.text(report)))
        name.font = REPORT_FONT
        as_of = WriteOnlyCell(ws, value=t.as_of)
        as_of.number_format = DATE_FORMAT
        as_of.alignment = Alignment(horizontal="left")
        stamp = WriteOnlyCell(ws, value=t.generated_at.replace(tzinfo=None, microsecond=0))
        stamp.number_format = TIMESTAMP_FORMAT
        stamp.alignment = Alignment(horizontal="left")
        ws.append([company])
        ws.append([name])
        period = t.period or words.period_text(None, t.as_of.isoformat())
        ws.append([self._bold(ws, self.text(words.AS_OF)), as_of])
        ws.append([self._bold(ws, self.text(words.PERIOD)), self.text(period)])
        ws.append([self._bold(ws, self.text(words.AGED_BY)), self.text(t.basis)])
        ws.append([self._bold(ws, self.text(words.BUCKETS)), ", ".join(self.text(b) for b in t.buckets)])
        ws.append([self._bold(ws, self.text(words.GENERATED)), stamp])
        ws.append([])
        return 8

    # -- tables -------------------------------------------------------------------------------------
    def add_table(self, title: str, columns: Sequence[Column], rows: Iterable[Sequence[object]], *,
                  currency_index: int | None = None, lookahead: int = LOOKAHEAD_ROWS, report: str | Message = "",
                  import_names: bool = False, subtotal_by: int | None = None, label_index: int | None = None,
                  key_index: int | None = None) -> int:
        """Stream rows into a new sheet; returns how many data rows were written.

        Each row has one value per column: str for TEXT, date for DATE, int minor units for MONEY (in the
        currency found at currency_index of the same row), int for INTEGER, Decimal/float for NUMBER, a naive
        UTC datetime for TIMESTAMP; None or '' leaves the cell empty.

        import_names: a second header row holds the `arledger import` column names under the human headers
        (the importer finds that row by its names, so the sheet re-imports as it is).
        subtotal_by: rows come grouped by this column and by currency; after each group a bold subtotal row
        (SUBTOTAL formulas over the group's money columns, labelled in label_index), and below the table a
        grand total per currency (SUMIFS over the rows whose key_index cell is not empty, i.e. not the
        subtotals).
        """
        if any(c.kind is Kind.MONEY for c in columns) and currency_index is None:
            raise ValueError(f"sheet {title!r} has money columns but no currency column")
        ws = self.workbook.create_sheet(self.sheet_name(title))
        it: Iterator[Sequence[object]] = iter(rows)
        head = list(islice(it, lookahead))
        widths = fitted_widths(columns, head, currency_index, self.language)
        if self.title is not None and len(widths) > 1:
            widths[0] = max(widths[0], self._title_label_width())  # the title block stays readable
            widths[1] = max(widths[1], TITLE_VALUE_WIDTH)
        top = self._title_rows_count()
        header_row = top + 1
        names_row = header_row + 1 if import_names else None
        last_header = names_row or header_row
        _setup_sheet(ws, widths, (header_row, last_header), self.title, self.language)
        self._title_rows(ws, report or words.SHEETS.get(title, title))
        ws.append(_header_cells(ws, [c.title_in(self.language) if (self.title or import_names) else c.header
                                     for c in columns]))
        if import_names:
            ws.append(_header_cells(ws, [c.header for c in columns], names=True))
        cells = _Cells(ws, columns)
        money_cols = [k for k, c in enumerate(columns) if c.kind is Kind.MONEY]
        cached: dict[str, float] = {}
        subtotal_rows: list[int] = []
        grand: dict[str, list[int]] = {}
        n = 0
        row_no = last_header
        every = self.report_every
        group: tuple[object, str | None] | None = None  # (subtotal_by value, currency) of the rows so far
        group_start = row_no + 1
        sums = [0] * len(money_cols)

        def close_group() -> None:
            nonlocal row_no, sums
            assert group is not None and currency_index is not None and subtotal_by is not None
            row_no += 1
            cur = group[1] or ""  # a group of rows without a currency (no money in them) totals as such
            line: list[object] = [None] * len(columns)
            line[subtotal_by] = group[0]
            line[currency_index] = cur
            if label_index is not None:
                line[label_index] = self._bold(ws, self.text(words.group_total(str(group[0]), cur)))
            for j, k in enumerate(money_cols):
                letter = get_column_letter(k + 1)
                cell = WriteOnlyCell(ws, value=f"=SUBTOTAL(9,{letter}{group_start}:{letter}{row_no - 1})")
                cell.number_format = money_format(cur)
                cell.font = TOTAL_FONT
                line[k] = cell
                cached[f"{letter}{row_no}"] = excel_number(sums[j], cur)
            ws.append(line)
            subtotal_rows.append(row_no)
            totals = grand.setdefault(cur, [0] * len(money_cols))
            for j, v in enumerate(sums):
                totals[j] += v
            sums = [0] * len(money_cols)

        for source in (head, it):
            for values in source:
                cur = _currency(values[currency_index]) if currency_index is not None else None
                if subtotal_by is not None:
                    key = (values[subtotal_by], cur)
                    if key != group:
                        if group is not None:
                            close_group()
                        group, group_start = key, row_no + 1
                    for j, k in enumerate(money_cols):
                        v = values[k]
                        if v is not None and v != "":
                            sums[j] += _minor(v, columns[k].header)
                ws.append(cells.row(values, cur))
                row_no += 1
                n += 1
                if self.on_rows is not None and n % every == 0:
                    self.on_rows(every)
        if group is not None:
            close_group()
        if self.on_rows is not None and n % every:
            self.on_rows(n % every)
        last_row = row_no
        filter_row = last_header
        ws.auto_filter.ref = f"A{filter_row}:{get_column_letter(len(columns))}{max(last_row, filter_row + 1)}"
        totals_rows: dict[str, int] = {}
        if subtotal_by is not None and grand and key_index is not None and currency_index is not None:
            ws.append([])
            ws.append([self._bold(ws, self.text(words.TOTALS_BY_CURRENCY))])
            row_no += 2
            cur_letter = get_column_letter(currency_index + 1)
            key_letter = get_column_letter(key_index + 1)
            first_data = last_header + 1
            for cur in sorted(grand):
                row_no += 1
                line = [None] * len(columns)
                line[0] = self._bold(ws, self.text(words.TOTAL))
                line[currency_index] = self._bold(ws, cur)
                for j, k in enumerate(money_cols):
                    letter = get_column_letter(k + 1)
                    cell = WriteOnlyCell(ws, value=(
                        f"=SUMIFS({letter}${first_data}:{letter}${last_row},${cur_letter}${first_data}:"
                        f"${cur_letter}${last_row},${cur_letter}{row_no},${key_letter}${first_data}:"
                        f"${key_letter}${last_row},\"<>\")"))
                    cell.number_format = money_format(cur)
                    cell.font = TOTAL_FONT
                    line[k] = cell
                    cached[f"{letter}{row_no}"] = excel_number(grand[cur][j], cur)
                ws.append(line)
                totals_rows[cur] = row_no
        self._finish(ws, cached)
        self.layouts[title] = SheetLayout(header_row, names_row, last_header + 1, last_row, tuple(subtotal_rows),
                                          totals_rows)
        return n

    def _title_rows_count(self) -> int:
        return 8 if self.title is not None else 0

    def add_aging_summary(self, title: str, as_of: date, basis: str, labels: Sequence[str | Message],
                          rows: Sequence[AgingSummaryRow], report: str | Message = "") -> AgingSummaryLayout:
        """The aging table with live formulas, and per-currency totals in a block below it.

        Each row's total is =SUM over its bucket cells. The totals block sits one blank row below the
        table, outside the autofilter range, and uses SUMIFS over the whole data range by currency: it
        never counts a subtotal twice, never adds two currencies, and gives the same figures however the
        table is sorted or filtered. Every formula carries its value.
        """
        columns = [Column("customer"), Column("name"), Column("currency"),
                   *(Column(str(lab), Kind.MONEY, label=lab if isinstance(lab, Message) else lab.capitalize())
                     for lab in labels), Column("total", Kind.MONEY)]
        plain = [(r.customer, r.name, r.currency, *r.buckets, sum(r.buckets)) for r in rows]
        ws = self.workbook.create_sheet(self.sheet_name(title))
        widths = fitted_widths(columns, plain, 2, self.language)
        widths[0] = max(widths[0], _display_len(self.text(words.TOTALS_BY_CURRENCY)) + 2)
        if self.title is not None:
            widths[0] = max(widths[0], self._title_label_width())
            widths[1] = max(widths[1], TITLE_VALUE_WIDTH)
        top = self._title_rows_count()
        header_row = top + 1
        _setup_sheet(ws, widths, (header_row, header_row), self.title, self.language)
        self._title_rows(ws, report or words.SHEETS.get(title, title))
        ws.append(_header_cells(ws, [c.title_in(self.language) if self.title else c.header for c in columns]))
        cells = _Cells(ws, columns)
        cached: dict[str, float] = {}
        first_bucket = 4
        total_col = first_bucket + len(labels)
        last_bucket_letter = get_column_letter(total_col - 1)
        total_letter = get_column_letter(total_col)
        first, last = header_row + 1, header_row + len(rows)
        for r_idx, r in enumerate(rows, start=first):
            out = cells.row((r.customer, r.name, r.currency, *r.buckets, None), r.currency)
            formula = WriteOnlyCell(ws, value=f"=SUM({get_column_letter(first_bucket)}{r_idx}:"
                                              f"{last_bucket_letter}{r_idx})")
            formula.number_format = money_format(r.currency)
            out[-1] = formula
            cached[f"{total_letter}{r_idx}"] = excel_number(sum(r.buckets), r.currency)
            ws.append(out)
        ws.append([])
        totals_rows: dict[str, int] = {}
        row_no = last + 2
        currencies = sorted({r.currency for r in rows})
        if currencies:
            ws.append([self._bold(ws, self.text(words.TOTALS_BY_CURRENCY))])
            row_no += 1
        for cur in currencies:
            line: list[object] = [self._bold(ws, self.text(words.TOTAL)), None, self._bold(ws, cur)]
            mine = [r for r in rows if r.currency == cur]
            for c in range(first_bucket, total_col + 1):
                letter = get_column_letter(c)
                cell = WriteOnlyCell(ws, value=f"=SUMIFS({letter}${first}:{letter}${last},"
                                               f"$C${first}:$C${last},$C{row_no})")
                cell.number_format = money_format(cur)
                cell.font = TOTAL_FONT
                line.append(cell)
                value = (sum(sum(r.buckets) for r in mine) if c == total_col
                         else sum(r.buckets[c - first_bucket] for r in mine))
                cached[f"{letter}{row_no}"] = excel_number(value, cur)
            ws.append(line)
            totals_rows[cur] = row_no
            row_no += 1
        if self.title is None:
            ws.append([])
            as_of_cell = WriteOnlyCell(ws, value=as_of)
            as_of_cell.number_format = DATE_FORMAT
            ws.append([self._bold(ws, self.text(words.AGED_AS_OF)), as_of_cell])
            ws.append([self._bold(ws, self.text(words.AGED_BY)), self.text(words.basis_name(basis == "due"))])
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(total_col)}{max(last, header_row + 1)}"
        self._finish(ws, cached)
        self.layouts[title] = SheetLayout(header_row, None, first, last, (), totals_rows)
        return AgingSummaryLayout(first, last, totals_rows, total_col, header_row)

    @staticmethod
    def _bold(ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = TOTAL_FONT
        return cell

    @staticmethod
    def _finish(ws: WriteOnlyWorksheet, cached: dict[str, float]) -> None:
        """Close the sheet's stream and write each formula's value into its cell."""
        ws.close()
        if not cached:
            return
        path = Path(ws._writer.out)  # openpyxl's temporary file for this sheet, added to the zip on save
        data = path.read_bytes()

        def put(m: re.Match[bytes]) -> bytes:
            value = cached.get(m.group(2).decode())
            if value is None:
                return m.group(0)
            return m.group(1) + b"<v>" + repr(value).encode() + b"</v>"

        path.write_bytes(_FORMULA_CELL.sub(put, data))

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

    Reads only the table: below a title block it starts at the row of import names when the sheet has one
(else at the human header), and it stops at the first blank row, so a totals block is left out.
    Dates become ISO dates and numbers their shortest exact text. Cell text is copied as it is (no
    formula-prefix neutralising), because the file is meant for re-import, not for opening in a
    spreadsheet. Returns the number of data rows written.
    """
    wb = load_workbook(str(workbook_path), read_only=True, data_only=True)
    try:
        if sheet not in wb.sheetnames:
            english = words.english_sheet_name(sheet) or sheet
            sheet = next((n for n in words.sheet_names(english) if n in wb.sheetnames), sheet)
        if sheet not in wb.sheetnames:
            raise UserError(msg("export.no_sheet", "{name} has no sheet named '{sheet}'.",
                                name=Path(workbook_path).name, sheet=sheet))
        rows = wb[sheet].iter_rows(values_only=True)
        top = list(islice(rows, TITLE_SCAN_ROWS))
        start = _table_start(top)
        rows = chain(top[start:], rows)
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


TITLE_SCAN_ROWS = 12
_IMPORT_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _table_start(top: list[tuple[object, ...]]) -> int:
    """Index of the row a table starts at: the import-names row if there is one, else the first row after the
    title block's blank line (or 0 for a sheet without a title block)."""
    for k, values in enumerate(top):
        texts = [v for v in values if v is not None]
        if texts and all(isinstance(v, str) and _IMPORT_NAME.match(v) for v in texts) and len(texts) > 1:
            return k
    for k, values in enumerate(top):
        if all(v is None for v in values) and k + 1 < len(top):
            return k + 1
    return 0


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
