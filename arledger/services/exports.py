"""Excel export for accountants: the ledger's figures as a workbook they would have built by hand, laid out
like Xero's Aged Receivables Detail and QuickBooks' A/R Aging Detail.

Every sheet starts with a title block (company, report, as-of date, period, aging basis and buckets, when it
was generated) and prints with a header and footer (company, sheet, as-of date, page x of y) on the ledger's
paper size, fitted to as few pages across as keep the text at 7.5 pt or more. Sheets, in order:
  Aging summary  one row per customer and currency, bucket columns, live =SUM row totals and a
                 per-currency totals block (SUMIFS) below the table;
  Open items     one row per invoice open on the as-of date, its open amount in its bucket's column, a
                 subtotal per customer and currency, grand totals per currency, plus any columns an
                 OpenItemExtras provider adds (interest, compensation, limitation date, dispute, promise);
  Invoices, Payments, Credit notes, Write-offs, Refunds, Customers
                 every record of the period, under two header rows: what a person reads, and below it the
                 `arledger import` column names (the importer finds that row by its names, so each sheet
                 re-imports as it is, title block and all). Reversals and voids ride on their entry's row
                 (`reversed_on`, `reversal_reason`; `voided_on`, `void_reason`); payments and credit notes
                 carry their standing split in `allocate` (`unapplied` is what neither it nor a refund took);
  Reversals      the register of reversals and voids in the period, with their reasons;
  then any further sheets the caller passes (promises, contact log, KPIs).

The period defaults to everything up to the as-of date, which makes the entry sheets a complete copy: imported
into an empty ledger in the order Customers, Invoices, Write-offs, Credit notes, Payments, Refunds they give
the same aging and the same unapplied credit in every currency. A reversed entry re-imports as recorded and
reversed, settling (or refunding) nothing, so the sheets never depend on each other's order for room on an
invoice or for credit. Rows are streamed from SQL cursors into openpyxl's
write-only sheets, so memory stays flat; the file appears at its path only when complete (temp file +
os.replace). Formula cells carry their computed values.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Protocol, runtime_checkable

from arledger.domain.aging import AgingBasis, BucketScheme
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg
from arledger.domain.record_words import entry_kind_word, payment_method_word
from arledger.render import workbook_words as words
from arledger.render.excel import (
    AgingSummaryRow,
    Column,
    ExportCancelled,
    Kind,
    SheetLayout,
    TitleBlock,
    WorkbookWriter,
)
from arledger.render.messages import translate
from arledger.services.customers import format_split
from arledger.services.ledger import Ledger
from arledger.services.output_paths import check_output_file
from arledger.services.reports import AgingGrouping, aging
from arledger.storage import exports as export_rows
from arledger.storage import reversals as reversal_rows
from arledger.storage.rows import stored_text

EXTRAS_BATCH = 1000

SHEET_AGING = "Aging summary"
SHEET_OPEN_ITEMS = "Open items"
SHEET_INVOICES = "Invoices"
SHEET_PAYMENTS = "Payments"
SHEET_CUSTOMERS = "Customers"

SHEET_CREDIT_NOTES = "Credit notes"
SHEET_WRITE_OFFS = "Write-offs"
SHEET_REFUNDS = "Refunds"
SHEET_REVERSALS = "Reversals"
REPORT_NAMES: dict[str, Message] = {
    SHEET_AGING: msg("workbook.report.aging", "Aged Receivables Summary"),
    SHEET_OPEN_ITEMS: msg("workbook.report.open_items", "Aged Receivables Detail"),
    SHEET_INVOICES: words.SHEETS[SHEET_INVOICES],
    SHEET_PAYMENTS: msg("workbook.report.payments", "Payments received"),
    SHEET_CREDIT_NOTES: words.SHEETS[SHEET_CREDIT_NOTES], SHEET_WRITE_OFFS: words.SHEETS[SHEET_WRITE_OFFS],
    SHEET_REFUNDS: msg("workbook.report.refunds", "Refunds of credit"),
    SHEET_REVERSALS: msg("workbook.report.reversals", "Reversals and voids"),
    SHEET_CUSTOMERS: words.SHEETS[SHEET_CUSTOMERS],
}

# Human headers that differ from the column's own word (workbook_words.HEADERS), one message each.
_INVOICE_DATE = msg("workbook.col.invoice_date", "Invoice date")
_DAYS_OVERDUE = msg("workbook.col.days_overdue", "Days overdue")
_CUSTOMER_NAME = msg("workbook.col.customer_name", "Customer name")
_VOIDED_ON = msg("workbook.col.voided_on", "Voided on")
_RECEIVED_ON = msg("workbook.col.received_on", "Invoice received on")
_VOID_REASON = msg("workbook.col.void_reason", "Void reason")
_DATE_RECEIVED = msg("workbook.col.date_received", "Date received")
_APPLIED_TO = msg("workbook.col.applied_to", "Applied to (invoice:amount)")
_UNAPPLIED = msg("workbook.col.unapplied", "Unapplied")
_REVERSED_ON = msg("workbook.col.reversed_on", "Reversed on")
_REVERSAL_REASON = msg("workbook.col.reversal_reason", "Reversal reason")
_CREDIT_NOTE = msg("workbook.col.credit_note", "Credit note")
_DATE_PAID = msg("workbook.col.date_paid", "Date paid")
_WHAT = msg("workbook.col.what", "What")
_ENTRY_DATE = msg("workbook.col.entry_date", "Entry date")


def open_item_columns(scheme: BucketScheme) -> tuple[Column, ...]:
    """Open items: the invoice, then its open amount in the column of its bucket, then the open total."""
    return (
        Column("customer"), Column("name"), Column("invoice"), Column("issue_date", Kind.DATE, label=_INVOICE_DATE),
        Column("due_date", Kind.DATE), Column("reference"), Column("currency"), Column("amount", Kind.MONEY),
        Column("days_overdue", Kind.INTEGER, label=_DAYS_OVERDUE),
        *(Column(label, Kind.MONEY, label=title)
          for label, title in zip(scheme.labels, words.bucket_titles(scheme), strict=True)),
        Column("open", Kind.MONEY),
    )


# Header names match services.imports.COLUMNS so each sheet re-imports as it is.
# A currency column stands before the amounts, so a left-aligned text never runs into a right-aligned amount.
INVOICE_COLUMNS: tuple[Column, ...] = (
    Column("customer"), Column("name", label=_CUSTOMER_NAME), Column("number", label=words.HEADERS["invoice"]),
    Column("reference"), Column("issue_date", Kind.DATE, label=_INVOICE_DATE), Column("due_date", Kind.DATE),
    Column("received_on", Kind.DATE, label=_RECEIVED_ON),
    Column("currency"), Column("amount", Kind.MONEY), Column("settled", Kind.MONEY), Column("open", Kind.MONEY),
    Column("voided_on", Kind.DATE, label=_VOIDED_ON), Column("void_reason", label=_VOID_REASON),
)
PAYMENT_COLUMNS: tuple[Column, ...] = (
    Column("date", Kind.DATE, label=_DATE_RECEIVED), Column("customer"), Column("name", label=_CUSTOMER_NAME),
    Column("method"), Column("reference"), Column("allocate", label=_APPLIED_TO),
    Column("currency"), Column("amount", Kind.MONEY), Column("unapplied", Kind.MONEY, label=_UNAPPLIED),
    Column("reversed_on", Kind.DATE, label=_REVERSED_ON), Column("reversal_reason", label=_REVERSAL_REASON),
)
CREDIT_NOTE_COLUMNS: tuple[Column, ...] = (
    Column("date", Kind.DATE), Column("customer"), Column("name", label=_CUSTOMER_NAME),
    Column("number", label=_CREDIT_NOTE), Column("reason"), Column("allocate", label=_APPLIED_TO),
    Column("currency"), Column("amount", Kind.MONEY), Column("unapplied", Kind.MONEY, label=_UNAPPLIED),
    Column("reversed_on", Kind.DATE, label=_REVERSED_ON), Column("reversal_reason", label=_REVERSAL_REASON),
)
REFUND_COLUMNS: tuple[Column, ...] = (
    Column("date", Kind.DATE, label=_DATE_PAID), Column("customer"), Column("name", label=_CUSTOMER_NAME),
    Column("method"), Column("reference"), Column("reason"), Column("currency"), Column("amount", Kind.MONEY),
    Column("reversed_on", Kind.DATE, label=_REVERSED_ON), Column("reversal_reason", label=_REVERSAL_REASON),
)
WRITE_OFF_COLUMNS: tuple[Column, ...] = (
    Column("date", Kind.DATE), Column("customer"), Column("name", label=_CUSTOMER_NAME), Column("invoice"),
    Column("reason"), Column("currency"), Column("amount", Kind.MONEY),
    Column("reversed_on", Kind.DATE, label=_REVERSED_ON), Column("reversal_reason", label=_REVERSAL_REASON),
)
REVERSAL_COLUMNS: tuple[Column, ...] = (
    Column("date", Kind.DATE, label=_REVERSED_ON), Column("kind", label=_WHAT), Column("entry"),
    Column("customer"), Column("name", label=_CUSTOMER_NAME), Column("reason"),
    Column("entry_date", Kind.DATE, label=_ENTRY_DATE), Column("currency"), Column("amount", Kind.MONEY),
)
CUSTOMER_COLUMNS: tuple[Column, ...] = (
    Column("code"), Column("name"), Column("kind"), Column("email"), Column("phone"), Column("address"),
    Column("country"), Column("jurisdiction"), Column("language"), Column("timezone"),
    Column("risk_tier"), Column("tags"), Column("contacts"), Column("do_not_contact"),
    Column("attorney_on_record"), Column("on_hold"), Column("notes"),
    Column("payment_terms_days", Kind.INTEGER), Column("currency"),
    Column("credit_limit", Kind.MONEY),
)
_OPEN_ITEM_CURRENCY = 6
_KIND_NAMES = {**{k: entry_kind_word(k) for k in ("payment", "credit_note", "write_off", "refund")},
               "invoice": msg("workbook.kind.void", "void")}


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
    dispute (TEXT: e.g. 'quality since 2025-04-12: wrong colour'), promise (TEXT: e.g. 'EUR 500.00 by
    2025-07-01, pending'); texts in the workbook's language ('500,00 EUR bis 01.07.2025, offen' in German).
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
    import_names: bool = False  # a second header row of the columns' key names, as programs read them


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    as_of: date
    period_from: date | None
    period_to: date
    rows: dict[str, int] = field(default_factory=dict)  # sheet title -> data rows
    layouts: dict[str, SheetLayout] = field(default_factory=dict)  # sheet title -> where its rows are


#: A sheet row: one cell value per column (text, numbers, dates, None for blank).
SheetValues = tuple[object, ...]
#: (customer, name, invoice, issue date, due date, amount, open, currency, reference, days overdue, bucket label,
#: invoice id, customer id, bucket index); a plain tuple because a million are streamed.
_OpenRecord = tuple[str, str, str, date, date, int, int, str, str, int, str, int, int, int]


def _open_item_records(ledger: Ledger, as_of: date, scheme: BucketScheme) -> Iterator[_OpenRecord]:
    """(customer, name, invoice, issue date, due date, amount, open, currency, reference, days overdue,
    bucket label, invoice id, customer id, bucket index) for each invoice open on as_of, streamed from SQL."""
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
        k = bucket_of(age)
        yield (code, name, number, issue_d, due_d, amount, open_, cur, ref, overdue if overdue > 0 else 0,
               labels[k], iid, cid, k)


def _row_of(record: _OpenRecord) -> OpenItemRow:
    (code, name, number, issue, due, amount, open_, cur, ref, overdue, bucket, iid, cid, _k) = record
    return OpenItemRow(iid, cid, code, name, number, issue, due, amount, open_, cur, ref, overdue, bucket)


def open_item_rows(ledger: Ledger, as_of: date, scheme: BucketScheme) -> Iterator[OpenItemRow]:
    """Invoices open on as_of, streamed from SQL one row at a time (ordered by customer, currency, due date,
    invoice)."""
    for record in _open_item_records(ledger, as_of, scheme):
        yield _row_of(record)


def _sheet_row(r: _OpenRecord, blanks: tuple[None, ...]) -> SheetValues:
    """An Open items row: the invoice, then its open amount in its bucket's column, then the open total."""
    k = r[13]
    return (r[0], r[1], r[2], r[3], r[4], r[8], r[7], r[5], r[9], *blanks[:k], r[6], *blanks[k + 1:], r[6])


def open_item_values(records: Iterable[_OpenRecord], n_buckets: int, extras: OpenItemExtras | None
                     ) -> Iterator[SheetValues]:
    """Sheet rows from _open_item_records: the standard columns, then the extras' values if any.

    Without extras no OpenItemRow is built at all; with extras they are built a batch at a time.
    """
    blanks = (None,) * n_buckets
    if extras is None:
        for r in records:
            yield _sheet_row(r, blanks)
        return
    blank = (None,) * len(extras.columns)
    it = iter(records)
    while batch := list(islice(it, EXTRAS_BATCH)):
        more = extras.values([_row_of(r) for r in batch])
        for r in batch:
            values = tuple(more.get(r[11], blank))
            if len(values) != len(blank):
                raise ValueError(f"extras gave {len(values)} values for invoice {r[2]}, expected {len(blank)}")
            yield _sheet_row(r, blanks) + values


def write_open_items(writer: WorkbookWriter, ledger: Ledger, as_of: date, scheme: BucketScheme,
                     extras: OpenItemExtras | None = None) -> int:
    """The Open items sheet: rows streamed from SQL, a subtotal per customer and currency, grand totals."""
    widths = export_rows.open_item_text_widths(ledger.conn, as_of)
    columns = list(open_item_columns(scheme))
    for k, key in ((0, "customer"), (1, "name"), (2, "number"), (5, "reference")):
        columns[k] = Column(columns[k].header, columns[k].kind, min(widths[key], 40), columns[k].label)
    if extras is not None:
        columns += list(extras.columns)
    return writer.add_table(
        SHEET_OPEN_ITEMS, columns, open_item_values(_open_item_records(ledger, as_of, scheme), len(scheme.labels),
                                                    extras),
        currency_index=_OPEN_ITEM_CURRENCY, report=REPORT_NAMES[SHEET_OPEN_ITEMS], subtotal_by=0, label_index=1,
        key_index=2)


def _unpack(packed: str) -> list[tuple[str, int]]:
    if not packed:
        return []
    return [(n, int(a)) for n, a in (p.split(export_rows.UNIT_SEP) for p in packed.split(export_rows.RECORD_SEP))]


def _invoice_values(ledger: Ledger, period_from: date | None, period_to: date) -> Iterator[SheetValues]:
    fromiso = date.fromisoformat
    for code, name, number, issue, due, amount, cur, ref, settled, voided, why, received in \
            export_rows.invoices_issued(ledger.conn, period_from, period_to):
        yield (code, name, number, ref, fromiso(issue), fromiso(due), fromiso(received) if received else None, cur,
               amount, settled, 0 if voided else amount - settled, fromiso(voided) if voided else None, why)


def _payment_values(ledger: Ledger, period_from: date | None, period_to: date, language: str | None = None
                    ) -> Iterator[SheetValues]:
    for on, code, name, amount, cur, method, ref, applied, packed, reversed_on, why in export_rows.payments_in_period(
            ledger.conn, period_from, period_to):
        split = format_split(_unpack(packed), cur)
        left = 0 if reversed_on else amount - applied
        yield (date.fromisoformat(on), code, name, translate(payment_method_word(method), language) if method else "",
               ref, split, cur, amount, left,
               date.fromisoformat(reversed_on) if reversed_on else None, why)


def _credit_note_values(ledger: Ledger, period_from: date | None, period_to: date) -> Iterator[SheetValues]:
    for on, code, name, number, amount, cur, reason, applied, packed, reversed_on, why in \
            export_rows.credit_notes_in_period(ledger.conn, period_from, period_to):
        split = format_split(_unpack(packed), cur)
        left = 0 if reversed_on else amount - applied
        yield (date.fromisoformat(on), code, name, number, reason, split, cur, amount, left,
               date.fromisoformat(reversed_on) if reversed_on else None, why)


def _write_off_values(ledger: Ledger, period_from: date | None, period_to: date, language: str | None = None
                      ) -> Iterator[SheetValues]:
    for on, code, name, number, amount, cur, reason, said, reversed_on, why in export_rows.write_offs_in_period(
            ledger.conn, period_from, period_to):
        yield (date.fromisoformat(on), code, name, number, translate(stored_text(reason, said), language), cur, amount,
               date.fromisoformat(reversed_on) if reversed_on else None, why)


def _refund_values(ledger: Ledger, period_from: date | None, period_to: date) -> Iterator[SheetValues]:
    for on, code, name, amount, cur, method, ref, reason, reversed_on, why in export_rows.refunds_in_period(
            ledger.conn, period_from, period_to):
        yield (date.fromisoformat(on), code, name, method, ref, reason, cur, amount,
               date.fromisoformat(reversed_on) if reversed_on else None, why)


def _reversal_values(ledger: Ledger, period_from: date | None, period_to: date, language: str | None = None
                     ) -> Iterator[SheetValues]:
    for r in reversal_rows.in_period(ledger.conn, period_from, period_to):
        kind = _KIND_NAMES.get(r.kind)
        yield (r.date, translate(kind, language) if kind else r.kind, r.entry, r.customer, r.name, r.reason,
               r.entry_date,
               r.currency, r.amount)


def _customer_values(ledger: Ledger) -> Iterator[SheetValues]:
    for row in export_rows.customers(ledger.conn):
        contacts = "; ".join(" | ".join(p.split("|")).rstrip(" |") for p in row[15].split(export_rows.RECORD_SEP)) \
            if row[15] else ""
        flags = tuple("yes" if v else "no" for v in row[16:19])
        yield (*row[:10], row[13] or "", (row[14] or "").replace(",", ", "), contacts, *flags, row[19], row[10],
               row[12], row[11])


def title_block(ledger: Ledger, as_of: date, scheme: BucketScheme, period_from: date | None, period_to: date,
                generated_at: datetime | None = None) -> TitleBlock:
    """The title every sheet carries: company and paper size from the ledger's settings."""
    company = ledger.setting("company", {}) or {}
    name = company.get("name", "") if isinstance(company, dict) else str(company)
    paper = ledger.setting("letters.page_size", "A4")
    period = words.period_text(period_from.isoformat() if period_from else None, period_to.isoformat())
    return TitleBlock(company=name, as_of=as_of, basis=words.basis_name(scheme.basis is AgingBasis.DUE),
                      buckets=words.bucket_titles(scheme),
                      generated_at=generated_at or ledger.now(), period=period,
                      paper=paper if paper in ("A4", "Letter") else "A4")


def export_workbook(ledger: Ledger, path: Path | str, as_of: date, scheme: BucketScheme | None = None,
                    period_from: date | None = None, period_to: date | None = None,
                    extras: OpenItemExtras | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None, *,
                    more_sheets: Sequence[SheetData] = (), language: str | None = None) -> ExportResult:
    """Write the accountant's workbook to path, all or nothing.

    as_of: the aging date (Aging summary, Open items). The period (default: everything up to as_of) picks
    the invoices issued and the payments, credit notes, write-offs and reversals dated that the entry sheets
    list. language (a language or locale name, English when None) is the language of what people read: headers,
    titles, labels and sheet names; the import names row and the numbers stay as they are. progress(done, total)
    is called as rows are written (total is an estimate); cancel() is polled as
    often, and if it returns True the export stops with ExportCancelled and nothing is left at path.
    """
    scheme = scheme or ledger.bucket_scheme()
    period_to = period_to or as_of
    if period_from and period_from > period_to:
        raise UserError(msg("export.period_reversed", "The period starts on {period_from}, after it ends "
                "({period_to}).", period_from=str(period_from), period_to=str(period_to)))
    target = check_output_file(ledger.path, path, msg("output.what_workbook", "the workbook"))
    if target.is_dir():
        raise UserError(msg("export.target_is_folder", "{target} is a folder; give a file name ending in .xlsx.",
                target=str(target)))
    if target.suffix.lower() != ".xlsx":
        raise UserError(msg("export.not_xlsx", "{target} does not end in .xlsx; Excel would not open it as a "
                "workbook.", target=target.name))
    if not target.parent.is_dir():
        raise UserError(msg("export.no_folder", "There is no folder {parent} to write {target} into.",
                parent=str(target.parent), target=target.name))
    if extras is not None and not isinstance(extras, OpenItemExtras):
        raise TypeError("extras must have .columns and .values(items)")

    total = _estimate_rows(ledger, as_of, period_from, period_to) + sum(
        len(s.rows) if isinstance(s.rows, Sequence) else 0 for s in more_sheets)
    done = 0

    def on_rows(n: int) -> None:
        nonlocal done
        done += n
        if cancel is not None and cancel():
            raise ExportCancelled(msg("export.cancelled", "The export was cancelled; no file was written."))
        if progress is not None:
            progress(done, max(total, done))

    writer = WorkbookWriter(on_rows=on_rows, title=title_block(ledger, as_of, scheme, period_from, period_to),
                            language=language)
    counts: dict[str, int] = {}
    try:
        report = aging(ledger, as_of, scheme, AgingGrouping.CUSTOMER)
        summary = [AgingSummaryRow(r.customer_code, r.customer_name, r.currency, r.buckets) for r in report.rows]
        writer.add_aging_summary(SHEET_AGING, as_of, scheme.basis.value, words.bucket_titles(scheme), summary,
                                 report=REPORT_NAMES[SHEET_AGING])
        counts[SHEET_AGING] = len(summary)
        on_rows(0)
        counts[SHEET_OPEN_ITEMS] = write_open_items(writer, ledger, as_of, scheme, extras)
        entry_sheets = (
            (SHEET_INVOICES, INVOICE_COLUMNS, _invoice_values(ledger, period_from, period_to), 7),
            (SHEET_PAYMENTS, PAYMENT_COLUMNS, _payment_values(ledger, period_from, period_to, language), 6),
            (SHEET_CREDIT_NOTES, CREDIT_NOTE_COLUMNS, _credit_note_values(ledger, period_from, period_to), 6),
            (SHEET_WRITE_OFFS, WRITE_OFF_COLUMNS, _write_off_values(ledger, period_from, period_to, language), 5),
            (SHEET_REFUNDS, REFUND_COLUMNS, _refund_values(ledger, period_from, period_to), 6),
        )
        for title, columns, rows, cur in entry_sheets:
            counts[title] = writer.add_table(title, columns, rows, currency_index=cur, report=REPORT_NAMES[title],
                                             import_names=True)
        counts[SHEET_REVERSALS] = writer.add_table(
            SHEET_REVERSALS, REVERSAL_COLUMNS, _reversal_values(ledger, period_from, period_to, language),
            currency_index=7,
            report=REPORT_NAMES[SHEET_REVERSALS])
        counts[SHEET_CUSTOMERS] = writer.add_table(
            SHEET_CUSTOMERS, CUSTOMER_COLUMNS, _customer_values(ledger), currency_index=18,
            report=REPORT_NAMES[SHEET_CUSTOMERS], import_names=True)
        for sheet in more_sheets:
            counts[sheet.title] = writer.add_table(sheet.title, sheet.columns, sheet.rows,
                                                   currency_index=sheet.currency_index,
                                                   import_names=sheet.import_names)
        _save_atomically(writer, target)
        ledger.witness("export")
    except BaseException:
        writer.discard()
        raise
    return ExportResult(target, as_of, period_from, period_to, counts, writer.layouts)


def _estimate_rows(ledger: Ledger, as_of: date, period_from: date | None, period_to: date) -> int:
    return export_rows.count_rows(ledger.conn, as_of, period_from, period_to)


def _save_atomically(writer: WorkbookWriter, target: Path) -> None:
    """Save beside the target under a temporary name, then rename over it in one step."""
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        # os.open with 0o666 lets the umask decide the final permissions, as for any file the user saves.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise UserError(msg("export.folder_write_failed", "Cannot write to {parent} ({reason}).",
                            parent=str(target.parent), reason=exc.strerror)) from None
    try:
        writer.save(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UserError(msg("export.write_failed", "Cannot write {target} ({reason}).", target=str(target),
                reason=str(exc.strerror or exc))) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


__all__ = [
    "CREDIT_NOTE_COLUMNS", "CUSTOMER_COLUMNS", "INVOICE_COLUMNS", "PAYMENT_COLUMNS", "REFUND_COLUMNS",
    "WRITE_OFF_COLUMNS", "Column",
    "ExportCancelled", "ExportResult", "Kind", "OpenItemExtras", "OpenItemRow", "SheetData",
    "export_workbook", "open_item_columns", "open_item_rows", "title_block", "write_open_items",
]
