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
from arledger.domain.messages import Count, Message, msg, plural_msg
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
        if total > 1:
            tail = plural_msg("import.rejected_more", "({n} more problem in {source}; nothing was imported.)",
                              "({n} more problems in {source}; nothing was imported.)", n=total - 1, source=source)
        else:
            tail = msg("import.rejected", "(nothing was imported.)")
        super().__init__(msg("import.rejected_first", "{problem} {tail}", problem=errors[0].message, tail=tail)
                         if errors else tail)

    def lines(self) -> list[Message]:
        """Every problem found, then what became of the file: one message a line."""
        out = [e.message for e in self.errors]
        if self.more:
            out.append(msg("import.more_problems", "... and {n} more.", n=self.more))
        out.append(msg("import.not_imported", "{source} was not imported; the ledger is unchanged.",
                       source=self.source))
        return out


@dataclass
class RowErrors:
    """Problems found so far, each a sentence naming the file, line and column (at most MAX_REPORTED_ERRORS)."""

    source: str
    errors: list[ValidationError] = field(default_factory=list)
    more: int = 0

    def add(self, line: int, column: str | None, problem: Message) -> None:
        if len(self.errors) >= MAX_REPORTED_ERRORS:
            self.more += 1
            return
        if column:
            where = msg("import.where_column", "{source} line {line}, column '{column}'", source=self.source,
                        line=line, column=column)
        else:
            where = msg("import.where_line", "{source} line {line}", source=self.source, line=line)
        self.errors.append(ValidationError(msg("import.problem_at", "{where}: {problem}", where=where,
                                               problem=problem), field=column, line=line, source=self.source))

    def check(self, line: int, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        try:
            return fn(*args, **kw)
        except ValidationError as exc:
            self.add(line, exc.field, exc.message)
        except UserError as exc:
            self.add(line, None, exc.message)
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
            self.ctx.col.add(self.line, name, msg("import.date_not_text", "the cell holds a date ({value}), not "
                    "text.", value=cell_text(value)))
            return ""
        if isinstance(value, bool):
            self.ctx.col.add(self.line, name, msg("import.bool_not_text", "the cell holds TRUE/FALSE, not text."))
            return ""
        text = cell_text(value)
        if len(text) > MAX_TEXT:
            self.ctx.col.add(self.line, name, msg("import.text_too_long", "the value is {length} characters "
                    "long; at most {max_text} are kept.", length=Count(len(text)), max_text=Count(MAX_TEXT)))
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


