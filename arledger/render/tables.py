"""Reading tabular files (CSV in UTF-8 with or without BOM, and XLSX) into rows keyed by header."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path

from arledger.domain.errors import UserError


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header names (lower-cased, trimmed) and its data rows with their line numbers."""

    source: str
    headers: tuple[str, ...]
    rows: list[tuple[int, dict[str, object]]]


def _normalise(headers: list[object]) -> tuple[str, ...]:
    return tuple(str(h or "").strip().lower() for h in headers)


def _blank(values: list[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


HEADER_SCAN_ROWS = 20


def read_table(path: Path, sheet: str | None = None, expect: tuple[str, ...] = ()) -> Table:
    """Read a .csv or .xlsx file (an .xlsx file's first sheet, or the named one); one clear sentence if it
    cannot be read.

    In a workbook the header is the row among the first HEADER_SCAN_ROWS that holds most of the `expect`
    names (the later one on a tie), so a sheet may carry a title block and a human header row above the row
    of import names; otherwise it is the first row."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"There is no file at {path}.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet, expect)
    if sheet is not None:
        raise UserError(f"{path.name} is not a workbook; a sheet can only be chosen in an .xlsx file.")
    if suffix in (".csv", ".txt", ""):
        return _read_csv(path)
    raise UserError(f"{path.name} is neither a .csv nor an .xlsx file.")


def _read_csv(path: Path) -> Table:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path.name} is not UTF-8 text (byte {exc.start}); save it as CSV UTF-8.") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise UserError(f"{path.name} line {reader.line_num}: {exc}.") from None
    if not lines:
        raise UserError(f"{path.name} is empty; it needs a header row.")
    headers = _normalise(lines[0])
    rows = []
    line_no = 1
    for values in lines[1:]:
        line_no += 1
        if _blank(values):
            continue
        rows.append((line_no, {h: (values[i] if i < len(values) else "") for i, h in enumerate(headers) if h}))
    return Table(path.name, headers, rows)


def _cell(value: object) -> object:
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def _header_index(top: list[list[object]], expect: tuple[str, ...]) -> int:
    best, best_hits = 0, 0
    wanted = set(expect)
    for k, values in enumerate(top):
        hits = len(wanted & set(_normalise(values)))
        if hits and hits >= best_hits:
            best, best_hits = k, hits
    return best


def _read_xlsx(path: Path, sheet: str | None, expect: tuple[str, ...] = ()) -> Table:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"{path.name} is not a readable Excel workbook ({exc}).") from None
    try:
        if sheet is None:
            ws = wb.worksheets[0]
        elif sheet in wb.sheetnames:
            ws = wb[sheet]
        else:
            names = ", ".join(f"'{n}'" for n in wb.sheetnames)
            raise UserError(f"{path.name} has no sheet named '{sheet}'; it has {names}.")
        it: Iterator = ws.iter_rows(values_only=True)
        top = [list(v) for v in islice(it, HEADER_SCAN_ROWS if expect else 1)]
        if not top:
            raise UserError(f"{path.name} is empty; it needs a header row.")
        at = _header_index(top, expect) if expect else 0
        headers = _normalise(top[at])
        rows = []
        for n, values in enumerate(chain(top[at + 1:], it), start=at + 2):
            values = list(values)
            if _blank(values):
                continue
            rows.append((n, {h: _cell(values[i]) if i < len(values) else None
                             for i, h in enumerate(headers) if h}))
        return Table(f"{path.name} [{ws.title}]" if sheet else path.name, headers, rows)
    finally:
        wb.close()


def cell_text(value: object) -> str:
    """A cell as text, for fields that are text whatever the file stored."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
