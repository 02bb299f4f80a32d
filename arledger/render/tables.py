"""Reading tabular files strictly and in a stream: CSV in any common encoding, XLSX, and QuickBooks IIF.

A file is opened once to learn its headers; its rows are then read as often as needed (detection, then the
import) without holding them in memory. Anything malformed is one sentence naming the file and line: an
unterminated quote, a row with more or fewer fields than the header, a duplicate header, a workbook that
expands past a limit, a hidden sheet not asked for by name.
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from arledger.domain.errors import UserError, ValidationError
from arledger.domain.messages import Message, msg
from arledger.render import workbook_words

# A workbook's parts may expand to this much in total; more is refused before any XML is parsed.
MAX_XLSX_EXPANDED_BYTES = 256 * 2**20
# ...and no part may be compressed more than this (ordinary sheets compress 10-30 times).
MAX_XLSX_RATIO = 250
DELIMITERS = ",;\t|"
_SAMPLE_BYTES = 1 << 16

RowIterator = Iterator[tuple[int, list[object]]]


class TableError(ValidationError):
    """The file cannot be read as a table: one sentence naming the file and, where known, the line."""


@dataclass(frozen=True)
class TableFile:
    """A readable table: its headers and a way to stream its data rows (line number, cells) again and again."""

    path: Path
    source: str
    headers: tuple[str, ...]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    format: str = "csv"
    _rows: Callable[[], RowIterator] = field(default=lambda: iter(()), repr=False)

    def rows(self) -> RowIterator:
        """Every non-blank data row, streamed; a structural problem raises TableError at its line."""
        return self._rows()

    def sample(self, limit: int) -> list[tuple[int, list[object]]]:
        out = []
        for item in self.rows():
            out.append(item)
            if len(out) >= limit:
                break
        return out


def _fail(source: str, line: int | None, problem: Message) -> TableError:
    if line:
        return TableError(msg("table.at_line", "{source} line {line}: {problem}", source=source, line=line,
                              problem=problem), line=line, source=source)
    return TableError(msg("table.at_file", "{source}: {problem}", source=source, problem=problem), source=source)


_EMPTY = msg("table.empty", "is empty; it needs a header row.")


def _not_encoded(encoding: str, byte: int) -> Message:
    return msg("table.not_encoded", "is not {encoding} text (byte {byte}); choose its encoding.", encoding=encoding,
               byte=byte)


def _bad_workbook(name: str, problem: str) -> Message:
    return msg("table.bad_workbook", "{name} is not a readable Excel workbook ({problem}).", name=name,
               problem=problem)


def _blank(values: Sequence[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def open_table(path: Path | str, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None) -> TableFile:
    """Open a .csv/.txt, .xlsx/.xlsm or .iif file: headers now, rows on demand."""
    path = Path(path)
    if not path.is_file():
        raise UserError(msg("import.no_file", "There is no file at {path}.", path=str(path)))
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _open_xlsx(path, sheet)
        if sheet is not None:
            raise UserError(msg("table.sheet_needs_xlsx", "{name} is not a workbook; a sheet can only be chosen in an "
                                ".xlsx file.", name=path.name))
        if suffix == ".iif":
            return _open_iif(path, encoding)
        if suffix in (".csv", ".txt", ".tsv", ""):
            return _open_csv(path, encoding, delimiter)
    except PermissionError:
        raise UserError(msg("table.permission", "{name} cannot be read (permission denied).", name=path.name)) from None
    raise UserError(msg("table.unknown_kind", "{name} is neither a .csv, an .xlsx nor an .iif file.", name=path.name))


# -- encodings -------------------------------------------------------------------------------------------
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def detect_encoding(path: Path) -> str:
    """The file's text encoding: from its byte-order mark; else UTF-16 if every other byte is NUL; else UTF-8
    if the whole file decodes as UTF-8; else Windows-1252 (what Excel on Windows saves as 'CSV')."""
    with path.open("rb") as f:
        head = f.read(_SAMPLE_BYTES)
        for bom, name in _BOMS:
            if head.startswith(bom):
                return name
        if head:
            even, odd = head[0::2], head[1::2]
            if odd and odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.05:
                return "utf-16-le"
            if even and even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.05:
                return "utf-16-be"
        decoder = codecs.getincrementaldecoder("utf-8")()
        chunk = head
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = f.read(1 << 20)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
    # cp1252 leaves five bytes undefined; a file using them is not cp1252 and Latin-1 reads it faithfully
    with path.open("rb") as f:
        data = f.read(_SAMPLE_BYTES)
    return "cp1252" if not any(b in data for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)) else "latin-1"


def check_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UserError(msg("table.unknown_encoding", "'{name}' is not a text encoding; use one like utf-8, utf-16, "
                            "cp1252 or latin-1.", name=name)) from None


# -- CSV -------------------------------------------------------------------------------------------------
def _sniff_delimiter(text: str) -> str:
    first = text.splitlines()[0] if text else ""
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _open_csv(path: Path, encoding: str | None, delimiter: str | None) -> TableFile:
    enc = check_encoding(encoding) if encoding else detect_encoding(path)
    source = path.name
    try:
        with path.open("r", encoding=enc, newline="") as f:
            head = f.read(_SAMPLE_BYTES)
    except UnicodeDecodeError as exc:
        raise _fail(source, None, _not_encoded(enc, exc.start)) from None
    if head.startswith("\ufeff"):
        head = head[1:]
    if not head.strip():
        raise _fail(source, None, _EMPTY)
    delim = delimiter or _sniff_delimiter(head)

    def rows(with_header: bool = False) -> RowIterator:
        try:
            with path.open("r", encoding=enc, newline="") as f:
                reader = csv.reader(f, delimiter=delim, quotechar='"', doublequote=True, strict=True)
                width = None
                start = 1
                while True:
                    try:
                        values = next(reader)
                    except StopIteration:
                        return
                    except csv.Error as exc:
                        if "unexpected end of data" in str(exc) or "EOF" in str(exc):
                            raise _fail(source, start, msg(
                                "table.open_quote", "a quoted value starts here and is never closed (a missing \" "
                                "swallows every line after it).")) from None
                        if "field larger than field limit" in str(exc):
                            raise _fail(source, start, msg("table.long_value", "a value is longer than 131,072 "
                                                                "characters.")) from None
                        raise _fail(source, start, msg("table.csv_problem", "{problem}.",
                                                       problem=str(exc))) from None
                    line, start = start, reader.line_num + 1
                    if values and isinstance(values[0], str) and values[0].startswith("\ufeff"):
                        values[0] = values[0][1:]
                    if width is None:
                        if _blank(values):
                            continue
                        width = len(values)
                        if with_header:
                            yield line, list(values)
                            return
                        continue
                    if _blank(values):
                        continue
                    if len(values) != width:
                        raise _fail(source, line, msg("table.field_count", "has {count} fields but the header row "
                                                      "has {width} (a stray '{delimiter}' or quote?).",
                                                      count=len(values), width=width, delimiter=delim))
                    yield line, list(values)
        except UnicodeDecodeError as exc:
            raise _fail(source, start, msg("table.not_encoded_block", "is not {encoding} text (byte {byte} of "
                                           "the line's block); choose its encoding.", encoding=enc,
                                           byte=exc.start)) from None

    header = next(rows(with_header=True), None)
    if header is None:
        raise _fail(source, None, _EMPTY)
    headers = _check_headers(source, header[0], header[1])
    return TableFile(path, source, headers, enc, delim, None, (), "csv", rows)


def _check_headers(source: str, line: int, values: list[object]) -> tuple[str, ...]:
    headers = tuple(str(v if v is not None else "").strip() for v in values)
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        if not h:
            continue
        key = h.casefold()
        if key in seen:
            raise _fail(source, line, msg("table.duplicate_column", "the column '{column}' appears twice (columns "
                                          "{first} and {second}); rename one.", column=h, first=seen[key] + 1,
                                          second=i + 1))
        seen[key] = i
    if not any(headers):
        raise _fail(source, line, msg("table.empty_header", "the header row is empty."))
    return headers


# -- XLSX ------------------------------------------------------------------------------------------------
def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(_bad_workbook(path.name, str(exc))) from None
    total = sum(i.file_size for i in infos)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > 1 << 20), default=1)
    if total > MAX_XLSX_EXPANDED_BYTES or worst > MAX_XLSX_RATIO:
        raise UserError(msg("table.zip_bomb", "{name} expands to {size} MB (compressed {ratio} times); workbooks "
                            "that expand past {max_size} MB or {max_ratio} times are refused. Save it as CSV instead.",
                            name=path.name, size=f"{total / 2**20:,.0f}", ratio=f"{worst:,.0f}",
                            max_size=MAX_XLSX_EXPANDED_BYTES // 2**20, max_ratio=MAX_XLSX_RATIO))


def _cell(value: object) -> object:
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def _exported_sheet(sheet: str, names: Sequence[str]) -> str | None:
    """The sheet of an exported workbook that ``sheet`` names in any of the workbook's languages."""
    english = workbook_words.english_sheet_name(sheet)
    if english is None:
        return None
    return next((n for n in workbook_words.sheet_names(english) if n in names), None)


def _open_xlsx(path: Path, sheet: str | None) -> TableFile:
    _check_archive(path)
    import openpyxl  # ~0.25 s, only for XLSX files

    def load() -> Any:
        try:
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError) for a damaged workbook
            raise UserError(_bad_workbook(path.name, f"{type(exc).__name__}: {exc}")) from None

    wb = load()
    try:
        names = tuple(wb.sheetnames)
        visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
        if sheet is None:
            if not visible:
                raise UserError(msg("table.no_visible_sheet", "{name} has no visible sheet; name the sheet to read.",
                                    name=path.name))
            title = visible[0]
        elif sheet in names:
            title = sheet  # a hidden sheet is read only when it is named
        elif (alias := _exported_sheet(sheet, names)) is not None:
            title = alias  # our own workbook in another language: 'Credit notes' is '贷项通知单' there
        else:
            listed = ", ".join(f"'{n}'" for n in names)
            raise UserError(msg("table.no_sheet", "{name} has no sheet named '{sheet}'; it has {sheets}.",
                                name=path.name, sheet=sheet, sheets=listed))
    finally:
        wb.close()
    source = f"{path.name} [{title}]" if sheet else path.name
    start = _names_row(load, title)

    def rows(with_header: bool = False) -> RowIterator:
        book = load()
        try:
            ws = book[title]
            ws.reset_dimensions()  # a <dimension> that understates the data must not cut rows off
            width = None
            try:
                for n, values in enumerate(ws.iter_rows(min_row=start, values_only=True), start=start):
                    values = [_cell(v) for v in values]
                    if width is None:
                        if _blank(values):
                            continue
                        while values and (values[-1] is None or values[-1] == ""):
                            values.pop()
                        width = len(values)
                        if with_header:
                            yield n, values
                            return
                        continue
                    if _blank(values):
                        continue
                    extra = [i for i, v in enumerate(values[width:], start=width) if v not in (None, "")]
                    if extra:
                        raise _fail(source, n, msg("table.value_beyond_header", "has a value in column {column}, "
                                                   "right of the last column with a header.",
                                                   column=_column_letter(extra[0])))
                    values = values[:width] + [None] * (width - len(values))
                    yield n, values
            except TableError:
                raise
            except Exception as exc:  # damaged sheet XML surfaces only while streaming
                raise _fail(source, None, msg("table.unreadable", "cannot be read ({problem}).",
                                               problem=f"{type(exc).__name__}: {exc}")) from None
        finally:
            book.close()

    header = next(rows(with_header=True), None)
    if header is None:
        raise _fail(source, None, _EMPTY)
    headers = _check_headers(source, header[0], header[1])
    return TableFile(path, source, headers, None, None, title, names, "xlsx", rows)


TITLE_SCAN_ROWS = 20
_IMPORT_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _names_row(load: Callable[[], Any], title: str) -> int:
    """The row a sheet's table starts at: a row of import names (lower-case field names) among the first
    TITLE_SCAN_ROWS, as the exported workbook writes under its title block and human headers; else row 1."""
    book = load()
    try:
        ws = book[title]
        ws.reset_dimensions()
        for n, values in enumerate(ws.iter_rows(max_row=TITLE_SCAN_ROWS, values_only=True), start=1):
            texts = [v for v in values if v not in (None, "")]
            if len(texts) > 1 and all(isinstance(v, str) and _IMPORT_NAME.match(v) for v in texts):
                return n
        return 1
    finally:
        book.close()


def _column_letter(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


# -- QuickBooks Desktop IIF ------------------------------------------------------------------------------
def _open_iif(path: Path, encoding: str | None) -> TableFile:
    """An IIF file's invoice transactions: the columns of its !TRNS header, one row per TRNS line of type
    INVOICE (the accounts-receivable side, which carries the invoice total)."""
    enc = check_encoding(encoding) if encoding else detect_encoding(path)
    source = path.name

    def rows(with_header: bool = False) -> RowIterator:
        header: list[str] | None = None
        try:
            with path.open("r", encoding=enc, newline="") as f:
                for n, raw in enumerate(f, start=1):
                    cells = raw.rstrip("\r\n").split("\t")
                    tag = cells[0].strip().upper()
                    if tag == "!TRNS":
                        header = [c.strip() for c in cells[1:]]
                        if with_header:
                            yield n, list(header)
                            return
                    elif tag == "TRNS":
                        if header is None:
                            raise _fail(source, n, msg("table.iif_order", "a TRNS line comes before the !TRNS header "
                                                             "line."))
                        values = [c.strip() for c in cells[1:]]
                        if len(values) > len(header) and any(values[len(header):]):
                            raise _fail(source, n, msg("table.iif_field_count", "has {count} fields but !TRNS names "
                                                             "{width}.", count=len(values), width=len(header)))
                        values = values[:len(header)] + [""] * (len(header) - len(values))
                        kind = values[header.index("TRNSTYPE")] if "TRNSTYPE" in header else ""
                        if kind.upper() == "INVOICE":
                            yield n, list(values)
        except UnicodeDecodeError as exc:
            raise _fail(source, None, _not_encoded(enc, exc.start)) from None

    header = next(rows(with_header=True), None)
    if header is None:
        raise _fail(source, None, msg("table.iif_no_header", "has no !TRNS header line; it is not a QuickBooks IIF "
                                       "transaction file."))
    headers = _check_headers(source, header[0], header[1])
    return TableFile(path, source, headers, enc, "\t", None, (), "iif", rows)


def cell_text(value: object) -> str:
    """A cell as text, for fields that are text whatever the file stored."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
