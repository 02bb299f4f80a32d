"""Reading a mapped file row by row: typed cells through the chosen date order and number format, every problem
collected with its file, line and column (shared by the table imports and the CSV bank statements)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from arledger.domain.errors import UserError, ValidationError
from arledger.domain.import_spec import KindSpec
from arledger.render.tables import TableFile, cell_text
from arledger.services.import_formats import DateOrder, NumberFormat, parse_date_cell, parse_money_cell
from arledger.services.ledger import Ledger

MAX_REPORTED_ERRORS = 50
MAX_TEXT = 500  # characters kept from one text cell


class ImportRejected(UserError):
    """The file was rejected; errors lists every problem found (up to MAX_REPORTED_ERRORS)."""

    def __init__(self, source: str, errors: list[ValidationError], more: int = 0, over_limit: int = 0) -> None:
        self.source = source
        self.errors = errors
        self.more = more
        self.over_limit = over_limit  # rows refused by credit control alone: a reason would let them in
        total = len(errors) + more
        head = errors[0] if errors else None
        summary = f"{head} " if head else ""
        tail = f"{total - 1} more problem{'s' if total > 2 else ''} in {source}; " if total > 1 else ""
        super().__init__(f"{summary}({tail}nothing was imported.)")

    def lines(self) -> list[str]:
        out = [str(e) for e in self.errors]
        if self.more:
            out.append(f"... and {self.more} more.")
        out.append(f"{self.source} was not imported; the ledger is unchanged.")
        return out


@dataclass
class RowErrors:
    """Problems found so far, each a sentence naming the file, line and column (at most MAX_REPORTED_ERRORS)."""

    source: str
    errors: list[ValidationError] = field(default_factory=list)
    more: int = 0

    def add(self, line: int, column: str | None, message: str) -> None:
        if len(self.errors) >= MAX_REPORTED_ERRORS:
            self.more += 1
            return
        where = f"{self.source} line {line}" + (f", column '{column}'" if column else "")
        self.errors.append(ValidationError(f"{where}: {message}", field=column, line=line, source=self.source))

    def check(self, line: int, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        try:
            return fn(*args, **kw)
        except ValidationError as exc:
            self.add(line, exc.field, str(exc))
        except UserError as exc:
            self.add(line, None, str(exc))
        return None


@dataclass
class MappedRow:
    """One data row read through the mapping, with typed access that reports into the collector."""

    line: int
    values: list[object]
    index: dict[str, int]
    ctx: ReadContext

    def raw(self, name: str) -> object:
        i = self.index.get(name)
        return self.values[i] if i is not None and i < len(self.values) else None

    def has(self, name: str) -> bool:
        return name in self.index

    def text(self, name: str) -> str:
        value = self.raw(name)
        if isinstance(value, date | datetime) and name not in ("issue_date", "due_date", "date"):
            self.ctx.col.add(self.line, name, f"the cell holds a date ({cell_text(value)}), not text.")
            return ""
        if isinstance(value, bool):
            self.ctx.col.add(self.line, name, "the cell holds TRUE/FALSE, not text.")
            return ""
        text = cell_text(value)
        if len(text) > MAX_TEXT:
            self.ctx.col.add(self.line, name, f"the value is {len(text):,} characters long; at most {MAX_TEXT} "
                                              "are kept.")
            return text[:MAX_TEXT]
        return text

    def date(self, name: str, *, required: bool = True) -> date | None:
        found: date | None = self.ctx.col.check(self.line, parse_date_cell, self.raw(name), self.ctx.date_order,
                                                name, required=required)
        return found

    def money(self, name: str, currency: str, *, positive: bool = True) -> int | None:
        minor: int | None = self.ctx.col.check(self.line, parse_money_cell, self.raw(name), currency,
                                               self.ctx.numbers, name, allow_zero=not positive)
        return minor


@dataclass
class ReadContext:
    """One file being read: the ledger, the kind, the table, its formats and the problems found."""

    ledger: Ledger
    spec: KindSpec
    table: TableFile
    col: RowErrors
    date_order: DateOrder
    numbers: NumberFormat
    create_customers: bool
    created: list[tuple[str, str]] = field(default_factory=list)
    keep: tuple[int, frozenset[str]] | None = None  # (type column, accepted types): other rows are skipped
    skipped: int = 0
    override_reason: str = ""  # invoices: why ones over the credit limit or on hold go in anyway (logged)
    over_limit: int = 0  # invoices refused by credit control


def file_sha256(path: Path) -> str:
    """The file's SHA-256, read in blocks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


