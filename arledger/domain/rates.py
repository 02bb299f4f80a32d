"""Dated reference-rate tables (Bank of England base rate, ECB main refinancing rate, Basiszinssatz,
China's 1-year Loan Prime Rate).

A table is a CSV text with the columns ``effective_date,rate_percent``; lines starting with ``#`` are
comments, and two comment keys are understood:

* ``# label: BoE base`` -- the short name printed in rate sources ("BoE base 4.00% (2025-08-07)");
* ``# known_through: 2025-12-31`` -- the last date for which the table is known to be complete.

Without ``known_through`` a table is taken to be complete until the day before the next half-year
start (1 January or 1 July) after its last entry, because the statutory reference dates are half-yearly
and the shipped tables are refreshed at least that often. A rate asked for a later date is the last
entry's rate, flagged ``stale`` so letters and screens can say it was assumed unchanged.

The caller (services, via arledger.paths) resolves where the files live; this module only parses text,
and :func:`read_rate_table` reads a path it is given.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from arledger.domain.errors import UserError, ValidationError
from arledger.domain.messages import Message, Percent, msg

BOE_BASE_RATE = "boe_base_rate"
ECB_MRO = "ecb_mro"
DE_BASISZINS = "de_basiszins"
CN_LPR_1Y = "cn_lpr_1y"

# Printed in rate sources when the file has no "# label:" comment.
DEFAULT_LABELS: dict[str, str] = {
    BOE_BASE_RATE: "BoE base",
    ECB_MRO: "ECB MRO",
    DE_BASISZINS: "Basiszinssatz",
    CN_LPR_1Y: "LPR 1y",
}

# The shipped tables' names in the reader's language (a table whose file sets its own label prints that).
_LABEL_MESSAGES: dict[str, Message] = {
    BOE_BASE_RATE: msg("rates.label.boe_base_rate", "BoE base"),
    ECB_MRO: msg("rates.label.ecb_mro", "ECB MRO"),
    DE_BASISZINS: msg("rates.label.de_basiszins", "Basiszinssatz"),
    CN_LPR_1Y: msg("rates.label.cn_lpr_1y", "LPR 1y"),
}


@dataclass(frozen=True, slots=True)
class RateEntry:
    """A rate in percent a year, in force from ``effective`` until the next entry."""

    effective: date
    rate_percent: Decimal


class RateOn(NamedTuple):
    """The answer of :meth:`RateTable.rate_on`; unpacks as ``(rate, effective, stale)``."""

    rate: Decimal
    effective: date
    stale: bool


@dataclass(frozen=True, slots=True)
class RateTable:
    """A dated rate table, entries sorted by effective date (at least one entry)."""

    name: str
    entries: tuple[RateEntry, ...]
    label: str = ""
    known_through_date: date | None = None

    def __post_init__(self) -> None:
        if not self.entries:
            raise UserError(msg("rates.empty", "The rate table '{name}' has no entries.", name=self.name))
        dates = [e.effective for e in self.entries]
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            raise UserError(msg("rates.order", "The rate table '{name}' must list each date once, oldest first.",
                                name=self.name))

    @property
    def display_label(self) -> str:
        return self.label or DEFAULT_LABELS.get(self.name, self.name)

    @property
    def label_message(self) -> Message | str:
        """The label in the reader's language: a shipped table's name is translated, the user's own label is data."""
        shipped = _LABEL_MESSAGES.get(self.name)
        if shipped is not None and self.display_label == DEFAULT_LABELS[self.name]:
            return shipped
        return self.display_label

    @property
    def last_entry(self) -> RateEntry:
        return self.entries[-1]

    def known_through(self) -> date:
        """Last date for which this table is taken to be complete (see the module docstring)."""
        if self.known_through_date is not None:
            return max(self.known_through_date, self.last_entry.effective)
        return next_half_year_start(self.last_entry.effective) - timedelta(days=1)

    def rate_on(self, day: date) -> RateOn:
        """The rate in force on ``day``, the date it took effect, and whether it is assumed (stale).

        Raises UserError when ``day`` is before the table's first entry.
        """
        if day < self.entries[0].effective:
            raise UserError(msg("rates.before_start",
                                "The rate table '{name}' starts on {start}; it has no rate for {day}.",
                                name=self.name, start=self.entries[0].effective, day=day))
        found = self.entries[bisect_right(self.entries, day, key=_effective) - 1]
        return RateOn(found.rate_percent, found.effective, day > self.known_through())

    def stale_message(self, day: date) -> Message:
        """One sentence saying that the rate for ``day`` was assumed from the last entry."""
        last = self.last_entry
        return msg("rates.stale", "The {label} rate table ends with {rate} from {effective}; that rate was assumed "
                   "for {day} -- update the '{name}' table.", label=self.label_message,
                   rate=Percent(last.rate_percent), effective=last.effective, day=day, name=self.name)


def _effective(entry: RateEntry) -> date:
    return entry.effective


def next_half_year_start(day: date) -> date:
    """The first 1 January or 1 July strictly after ``day``."""
    return date(day.year, 7, 1) if day.month < 7 else date(day.year + 1, 1, 1)


def half_year_start(day: date) -> date:
    """The 1 January or 1 July on or before ``day``."""
    return date(day.year, 1, 1) if day.month < 7 else date(day.year, 7, 1)


def format_percent(rate: Decimal) -> str:
    """'4.00%' -- at least two decimals, more only if the rate has them."""
    return str(Percent(rate))


def parse_rate_table(text: str, name: str, *, source: str | None = None) -> RateTable:
    """Parse CSV text (``effective_date,rate_percent``; ``#`` comments) into a sorted RateTable.

    A header row is optional. Rates may be negative (the Basiszinssatz was, 2013-2022). Bad lines raise
    ValidationError with the line number.
    """
    where = source or name
    label = ""
    known_through: date | None = None
    entries: list[RateEntry] = []
    for line_no, row in _rows(text):
        first = row[0].strip()
        if first.startswith("#"):
            key, _, value = first.lstrip("#").partition(":")
            key = key.strip().lower()
            if key == "label":
                label = value.strip()
            elif key == "known_through":
                known_through = _parse_date(value.strip(), where, line_no)
            continue
        if first.lower() == "effective_date":
            continue
        if len(row) < 2:
            raise ValidationError(msg("rates.file.bad_line", "{file} line {line}: expected "
                                      "'effective_date,rate_percent'.", file=where, line=line_no),
                                  line=line_no, source=where)
        effective = _parse_date(first, where, line_no)
        rate_text = row[1].strip().rstrip("%")
        try:
            rate = Decimal(rate_text)
        except InvalidOperation:
            rate = Decimal("NaN")
        if not rate.is_finite():
            raise ValidationError(msg("rates.file.bad_rate", "{file} line {line}: '{text}' is not a rate in percent.",
                                      file=where, line=line_no, text=row[1].strip()), line=line_no, source=where)
        entries.append(RateEntry(effective, rate))
    entries.sort(key=lambda e: e.effective)
    for before, after in pairwise(entries):
        if before.effective == after.effective:
            raise ValidationError(msg("rates.file.twice", "{file}: the date {day} is listed twice.", file=where,
                                      day=after.effective), source=where)
    if not entries:
        raise ValidationError(msg("rates.file.empty", "{file}: the rate table has no entries.", file=where),
                              source=where)
    return RateTable(name, tuple(entries), label, known_through)


def read_rate_table(path: Path, name: str | None = None) -> RateTable:
    """Read and parse a rate table file; the name defaults to the file's stem."""
    return parse_rate_table(path.read_text(encoding="utf-8"), name or path.stem, source=str(path))


def index_rate_tables(tables: Sequence[RateTable]) -> dict[str, RateTable]:
    """Tables keyed by name, as interest functions expect them."""
    return {t.name: t for t in tables}


def _rows(text: str) -> list[tuple[int, list[str]]]:
    out: list[tuple[int, list[str]]] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            out.append((line_no, [line.strip()]))
            continue
        out.append((line_no, next(csv.reader(io.StringIO(line)))))
    return out


def _parse_date(text: str, where: str, line_no: int) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(msg("rates.file.bad_date", "{file} line {line}: '{text}' is not a date like "
                                  "2025-01-31.", file=where, line=line_no, text=text),
                              line=line_no, source=where) from None
