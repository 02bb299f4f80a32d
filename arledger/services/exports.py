"""Excel export for accountants: the ledger's figures as a workbook they would have built by hand.

Sheets, in order:
  Aging summary  one row per customer and currency, bucket columns, live =SUM row totals and a
                 per-currency totals block (SUMIFS) below the table;
  Open items     one row per invoice open on the as-of date, plus any columns an OpenItemExtras provider
                 adds (interest, limitation date, dispute/promise status, from the collections services);
  Invoices       every invoice issued in the period, with the `arledger import invoices` column names;
  Payments       every payment dated in the period, with the `arledger import payments` column names;
  Customers      customer master data, with the `arledger import customers` column names;
  then any further sheets the caller passes (promises, contact log, KPIs).

The period defaults to everything up to the as-of date, which makes Customers, Invoices and Payments a
complete copy that re-imports into an empty ledger with the same aging (credit notes and write-offs have no
import kind yet, so they are not carried over). Rows are streamed from SQL cursors into openpyxl's write-only sheets,
so memory stays flat; the file appears at its path only when complete (temp file + os.replace).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Protocol, runtime_checkable

from arledger.domain.aging import AgingBasis, BucketScheme
from arledger.domain.errors import UserError
from arledger.render.excel import (
    AgingSummaryRow,
    Column,
    ExportCancelled,
    Kind,
    WorkbookWriter,
)
from arledger.services.ledger import Ledger
from arledger.services.output_paths import check_output_file
from arledger.services.reports import AgingGrouping, aging
from arledger.storage import exports as export_rows

EXTRAS_BATCH = 1000

SHEET_AGING = "Aging summary"
SHEET_OPEN_ITEMS = "Open items"
SHEET_INVOICES = "Invoices"
SHEET_PAYMENTS = "Payments"
SHEET_CUSTOMERS = "Customers"

OPEN_ITEM_COLUMNS: tuple[Column, ...] = (
    Column("customer"), Column("name"), Column("invoice"), Column("issue_date", Kind.DATE),
    Column("due_date", Kind.DATE), Column("amount", Kind.MONEY), Column("open", Kind.MONEY),
    Column("currency"), Column("reference"), Column("days_overdue", Kind.INTEGER), Column("bucket"),
)
_OPEN_ITEM_CURRENCY = 7

# Column names match services.imports.COLUMNS so a sheet saved on its own re-imports as it is.
INVOICE_COLUMNS: tuple[Column, ...] = (
    Column("customer"), Column("name"), Column("number"), Column("issue_date", Kind.DATE),
    Column("due_date", Kind.DATE), Column("amount", Kind.MONEY), Column("currency"), Column("reference"),
    Column("settled", Kind.MONEY), Column("open", Kind.MONEY),
)
PAYMENT_COLUMNS: tuple[Column, ...] = (
    Column("date", Kind.DATE), Column("customer"), Column("name"), Column("amount", Kind.MONEY),
    Column("currency"), Column("invoice"), Column("method"), Column("reference"), Column("applied_to"),
    Column("unapplied", Kind.MONEY),
)
CUSTOMER_COLUMNS: tuple[Column, ...] = (
    Column("code"), Column("name"), Column("kind"), Column("email"), Column("phone"), Column("address"),
    Column("country"), Column("jurisdiction"), Column("language"), Column("timezone"),
    Column("payment_terms_days", Kind.INTEGER), Column("credit_limit", Kind.MONEY), Column("currency"),
)


@dataclass(frozen=True, slots=True)
class OpenItemRow:
    """One open invoice as the Open items sheet shows it; amounts in minor units of currency."""

    invoice_id: int
    customer_id: int
    customer: str
    name: str
    invoice: str
    issue_date: date
    due_date: date
    amount: int
    open_amount: int
    currency: str
    reference: str
    days_overdue: int
    bucket: str


@runtime_checkable
class OpenItemExtras(Protocol):
    """More Open items columns, supplied by another service (the collections layer).

    `columns` names and types the columns, appended after the standard ones in this order. Suggested
    headers: interest (MONEY), interest_basis (TEXT: rule and rate used), limitation_date (DATE),
    dispute (TEXT), promise (TEXT: e.g. 'EUR 500.00 by 2025-07-01, pending').
    `values(items)` is called with up to EXTRAS_BATCH rows at a time (so the provider can answer with one
    query per batch) and returns, per invoice id, one value per column: str for TEXT, date for DATE,
    int minor units of that invoice's currency for MONEY, int for INTEGER, None for an empty cell.
    Invoices missing from the mapping get empty cells.
    """

    columns: Sequence[Column]

    def values(self, items: Sequence[OpenItemRow]) -> Mapping[int, Sequence[object]]: ...


@dataclass(frozen=True, slots=True)
class SheetData:
    """A further sheet (promises, contact log, KPIs ...): title, columns and streamed rows.

    currency_index names the column holding each row's currency when there are MONEY columns.
    """

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]
    currency_index: int | None = None


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    as_of: date
    period_from: date | None
    period_to: date
    rows: dict[str, int] = field(default_factory=dict)  # sheet title -> data rows


def _open_item_records(ledger: Ledger, as_of: date, scheme: BucketScheme) -> Iterator[tuple]:
    """(customer, name, invoice, issue date, due date, amount, open, currency, reference, days overdue,
    bucket, invoice id, customer id) for each invoice open on as_of, streamed from SQL."""
    labels = scheme.labels
    bucket_of = scheme.bucket_of
    fromiso = date.fromisoformat
    by_due = scheme.basis is AgingBasis.DUE
    for iid, code, name, number, issue, due, amount, open_, cur, ref, cid in export_rows.open_items(
            ledger.conn, as_of):
        due_d = fromiso(due)
        issue_d = fromiso(issue)
        overdue = (as_of - due_d).days
        age = overdue if by_due else (as_of - issue_d).days
        yield (code, name, number, issue_d, due_d, amount, open_, cur, ref, overdue if overdue > 0 else 0,
               labels[bucket_of(age)], iid, cid)


def _row_of(record: tuple) -> OpenItemRow:
    (code, name, number, issue, due, amount, open_, cur, ref, overdue, bucket, iid, cid) = record
    return OpenItemRow(iid, cid, code, name, number, issue, due, amount, open_, cur, ref, overdue, bucket)


def open_item_rows(ledger: Ledger, as_of: date, scheme: BucketScheme) -> Iterator[OpenItemRow]:
    """Invoices open on as_of, streamed from SQL one row at a time (ordered by customer, due date, invoice)."""
    for record in _open_item_records(ledger, as_of, scheme):
        yield _row_of(record)


def _open_item_values(records: Iterable[tuple], extras: OpenItemExtras | None) -> Iterator[tuple]:
    """Sheet rows from _open_item_records: the standard columns, then the extras' values if any.

    Without extras no OpenItemRow is built at all; with extras they are built a batch at a time.
    """
    n = len(OPEN_ITEM_COLUMNS)
    if extras is None:
        for r in records:
            yield r[:n]
        return
    blank = (None,) * len(extras.columns)
    it = iter(records)
    while batch := list(islice(it, EXTRAS_BATCH)):
        more = extras.values([_row_of(r) for r in batch])
        for r in batch:
            values = tuple(more.get(r[11], blank))
            if len(values) != len(blank):
                raise ValueError(f"extras gave {len(values)} values for invoice {r[2]}, expected {len(blank)}")
            yield r[:n] + values


def _invoice_values(ledger: Ledger, period_from: date | None, period_to: date) -> Iterator[tuple]:
    fromiso = date.fromisoformat
    for code, name, number, issue, due, amount, cur, ref, settled in export_rows.invoices_issued(
            ledger.conn, period_from, period_to):
        yield code, name, number, fromiso(issue), fromiso(due), amount, cur, ref, settled, amount - settled


def _payment_values(ledger: Ledger, period_from: date | None, period_to: date) -> Iterator[tuple]:
    from arledger.domain.money import format_amount

    for on, code, name, amount, cur, method, ref, applied, packed in export_rows.payments_in_period(
            ledger.conn, period_from, period_to):
        parts = [p.split(export_rows.UNIT_SEP) for p in packed.split(export_rows.RECORD_SEP)] if packed else []
        numbers = {n for n, _ in parts}
        # The import applies a payment to its `invoice`, else oldest first: name the invoice only when
        # the payment went to exactly one, so re-importing reproduces the allocation.
        single = next(iter(numbers)) if len(numbers) == 1 else ""
        applied_to = "; ".join(f"{n} {format_amount(int(a), cur)}" for n, a in parts)
        yield date.fromisoformat(on), code, name, amount, cur, single, method, ref, applied_to, amount - applied


def _customer_values(ledger: Ledger) -> Iterator[tuple]:
    yield from export_rows.customers(ledger.conn)


def export_workbook(ledger: Ledger, path: Path | str, as_of: date, scheme: BucketScheme | None = None,
                    period_from: date | None = None, period_to: date | None = None,
                    extras: OpenItemExtras | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None, *,
                    more_sheets: Sequence[SheetData] = ()) -> ExportResult:
    """Write the accountant's workbook to path, all or nothing.

    as_of: the aging date (Aging summary, Open items). The period (default: everything up to as_of) picks
    the invoices issued and the payments dated that the Invoices and Payments sheets list.
    progress(done, total) is called as rows are written (total is an estimate); cancel() is polled as
    often, and if it returns True the export stops with ExportCancelled and nothing is left at path.
    """
    scheme = scheme or ledger.bucket_scheme()
    period_to = period_to or as_of
    if period_from and period_from > period_to:
        raise UserError(f"The period starts on {period_from}, after it ends ({period_to}).")
    target = check_output_file(ledger.path, path, "the workbook")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name ending in .xlsx.")
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"{target.name} does not end in .xlsx; Excel would not open it as a workbook.")
    if not target.parent.is_dir():
        raise UserError(f"There is no folder {target.parent} to write {target.name} into.")
    if extras is not None and not isinstance(extras, OpenItemExtras):
        raise TypeError("extras must have .columns and .values(items)")

    total = _estimate_rows(ledger, as_of, period_from, period_to) + sum(
        len(s.rows) if isinstance(s.rows, Sequence) else 0 for s in more_sheets)
    done = 0

    def on_rows(n: int) -> None:
        nonlocal done
        done += n
        if cancel is not None and cancel():
            raise ExportCancelled("The export was cancelled; no file was written.")
        if progress is not None:
            progress(done, max(total, done))

    writer = WorkbookWriter(on_rows=on_rows)
    counts: dict[str, int] = {}
    try:
        report = aging(ledger, as_of, scheme, AgingGrouping.CUSTOMER)
        summary = [AgingSummaryRow(r.customer_code, r.customer_name, r.currency, r.buckets) for r in report.rows]
        writer.add_aging_summary(SHEET_AGING, as_of, scheme.basis.value, scheme.labels, summary)
        counts[SHEET_AGING] = len(summary)
        on_rows(0)

        widths = export_rows.open_item_text_widths(ledger.conn, as_of)
        columns = list(OPEN_ITEM_COLUMNS)
        for k, key in ((0, "customer"), (1, "name"), (2, "number"), (8, "reference")):
            columns[k] = Column(columns[k].header, columns[k].kind, widths[key])
        if extras is not None:
            columns += list(extras.columns)
        counts[SHEET_OPEN_ITEMS] = writer.add_table(
            SHEET_OPEN_ITEMS, columns, _open_item_values(_open_item_records(ledger, as_of, scheme), extras),
            currency_index=_OPEN_ITEM_CURRENCY)
        counts[SHEET_INVOICES] = writer.add_table(
            SHEET_INVOICES, INVOICE_COLUMNS, _invoice_values(ledger, period_from, period_to), currency_index=6)
        counts[SHEET_PAYMENTS] = writer.add_table(
            SHEET_PAYMENTS, PAYMENT_COLUMNS, _payment_values(ledger, period_from, period_to), currency_index=4)
        counts[SHEET_CUSTOMERS] = writer.add_table(
            SHEET_CUSTOMERS, CUSTOMER_COLUMNS, _customer_values(ledger), currency_index=12)
        for sheet in more_sheets:
            counts[sheet.title] = writer.add_table(sheet.title, sheet.columns, sheet.rows,
                                                   currency_index=sheet.currency_index)
        _save_atomically(writer, target)
        ledger.witness("export")
    except BaseException:
        writer.discard()
        raise
    return ExportResult(target, as_of, period_from, period_to, counts)


def _estimate_rows(ledger: Ledger, as_of: date, period_from: date | None, period_to: date) -> int:
    return export_rows.count_rows(ledger.conn, as_of, period_from, period_to)


def _save_atomically(writer: WorkbookWriter, target: Path) -> None:
    """Save beside the target under a temporary name, then rename over it in one step."""
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        # os.open with 0o666 lets the umask decide the final permissions, as for any file the user saves.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise UserError(f"Cannot write to {target.parent} ({exc.strerror}).") from None
    try:
        writer.save(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UserError(f"Cannot write {target} ({exc.strerror or exc}).") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


__all__ = [
    "CUSTOMER_COLUMNS", "INVOICE_COLUMNS", "OPEN_ITEM_COLUMNS", "PAYMENT_COLUMNS", "Column",
    "ExportCancelled", "ExportResult", "Kind", "OpenItemExtras", "OpenItemRow", "SheetData",
    "export_workbook", "open_item_rows",
]
