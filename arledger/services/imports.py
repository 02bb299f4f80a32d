"""Importing customers, invoices, payments, credit notes, write-offs and refunds from CSV, XLSX or IIF files, all
or nothing.

Rows are streamed: each is checked and written inside one transaction, which is rolled back if any row is
bad (or the run is a dry run), so the ledger is left exactly as it was and memory stays flat however long the
file. Problems name the file, line and column. A file already imported (its SHA-256 is remembered) is refused
unless asked to import it again. Every import is one evidence event.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from arledger.domain import credit_control, fields
from arledger.domain.errors import UserError, ValidationError
from arledger.domain.import_spec import KINDS, kind_spec
from arledger.domain.messages import Count, Message, msg
from arledger.domain.model import Customer, CustomerKind, Invoice, Jurisdiction, Language, SettlementKind
from arledger.domain.money import amount_value, round_minor
from arledger.render.tables import cell_text
from arledger.services.import_formats import (
    DEFAULT_NUMBERS,
    NUMBER_FORMATS,
    DateOrder,
)
from arledger.services.import_mapping import ImportSettings, complete_formats, open_for, resolve_columns
from arledger.services.import_presets import preset
from arledger.services.import_rows import ImportRejected, MappedRow, ReadContext, RowErrors, file_sha256

__all__ = ["ImportRejected", "ImportResult", "import_file", "import_kinds", "register_handler"]
from arledger.services import reversals
from arledger.services.customers import customer_from_fields, parse_flag, parse_split
from arledger.services.ledger import Ledger
from arledger.services.policy import default_currency, default_jurisdiction
from arledger.storage import customers as customer_rows
from arledger.storage import evidence, evidence_records, import_lookups, import_memory, settlements
from arledger.storage import invoices as invoice_rows

BATCH_ROWS = 2000


@dataclass(frozen=True, slots=True)
class ImportResult:
    kind: str
    source: str
    rows: int
    dry_run: bool
    unapplied: dict[str, int] | None = None  # payments: credit left over, per currency
    created_customers: tuple[tuple[str, str], ...] = ()  # (code, name) of customers made from the file
    grouped_lines: int = 0  # invoice lines read to make `rows` invoices
    skipped_rows: int = 0  # rows of other transaction types in a vendor report
    settled_in_file: int = 0  # invoices: shown settled by the file's open column, so not credit controlled


class _DryRun(Exception):
    """Raised inside the transaction to roll back a complete, valid dry run."""


def import_file(ledger: Ledger, kind: str, path: Path | str, *, dry_run: bool = False, sheet: str | None = None,
                settings: ImportSettings | None = None, again: bool = False,
                create_customers: bool = False, allow_over_limit: str = "") -> ImportResult:
    """Check every row of the file and (unless dry_run) write them all in one transaction, or nothing.

    settings maps columns and gives the date order and number format; without it the headers must be the
    field names themselves and dates ISO. A file imported before is refused unless again. An invoice that
    takes its customer over the credit limit, or is for a customer on hold, is refused unless
    allow_over_limit gives the reason it goes in anyway (an evidence event per invoice)."""
    spec = kind_spec(str(kind))
    if spec.kind == "bank":
        raise UserError(msg("import.bank_needs_review", "Bank statements are imported with 'import bank', "
                "which proposes matches to review."))
    path = Path(path)
    if sheet and (settings is None or settings.sheet is None):
        settings = replace(settings or ImportSettings(), sheet=sheet)
    table = open_for(path, settings)
    strict_headers = settings if settings and (settings.columns or settings.preset) else None
    try:
        index = resolve_columns(spec, table, strict_headers)
    except ValidationError as exc:
        raise ImportRejected(table.source, [exc]) from None
    if strict_headers is not None:
        settings = complete_formats(spec, table, index, strict_headers)
    digest = file_sha256(path)
    order = settings.date_order if settings and settings.date_order else DateOrder.YMD
    numbers = NUMBER_FORMATS.get(settings.numbers or "", DEFAULT_NUMBERS) if settings else DEFAULT_NUMBERS
    ctx = ReadContext(ledger, spec, table, RowErrors(table.source), order, numbers, create_customers,
                      override_reason=allow_over_limit.strip())
    if settings is not None and settings.type_column:
        at = table.headers.index(settings.type_column) if settings.type_column in table.headers else None
        if at is None:
            raise ImportRejected(table.source, [ValidationError(
                msg("import.no_type_column", "{source} line 1: the type column '{type_column}' is not in the "
                        "file.", source=table.source, type_column=settings.type_column), line=1)])
        ctx.keep = (at, frozenset(t.casefold() for t in settings.types))
    elif settings is not None and settings.preset:
        ctx.keep = preset(settings.preset).row_filter(table.headers)
    handler = _HANDLERS[spec.kind]
    try:
        with ledger.database.atomic() as conn:
            # checked inside the write transaction, so two runs of the same file at once cannot both pass
            earlier = import_memory.imported_file(conn, digest, spec.kind)
            if earlier and not again:
                raise UserError(msg("import.already_imported", "{path_name} was already imported as {kind} on "
                        "{imported_at} (as {file_name}, {rows} rows); nothing was imported. Use --again to import "
                        "the same file a second time.", path_name=path.name, kind=spec.kind,
                        imported_at=earlier.imported_at[:10], file_name=earlier.file_name, rows=Count(earlier.rows)))
            result = replace(handler(ctx, index, dry_run), skipped_rows=ctx.skipped)
            _raise_if_errors(ctx.col, ctx.over_limit)
            if dry_run:
                raise _DryRun
            # every row the import wrote is covered by one event holding their digest
            evidence_records.seal_unrecorded(conn, ledger.actor(), ledger.now(), f"{spec.kind}_imported",
                                             {"file": path.name})
            seq, _ = evidence.append(conn, "import", ledger.actor(), None, {
                "kind": spec.kind, "file": path.name, "sha256": digest, "rows": result.rows,
                "created_customers": [c for c, _ in ctx.created],
                **({"settled_in_file": result.settled_in_file} if result.settled_in_file else {})}, ledger.now())
            import_memory.remember_file(conn, digest, spec.kind, path.name, result.rows, seq)
    except _DryRun:
        pass
    except ImportRejected:
        raise
    except ValidationError as exc:  # a structural problem met while streaming (a stray quote, a short row)
        raise ImportRejected(table.source, [exc]) from None
    except import_memory.WriteRefused as exc:
        raise _storage_problem(ledger, path, exc) from None
    return result


def _storage_problem(ledger: Ledger, path: Path, exc: Exception) -> UserError:
    text = str(exc)
    if "full" in text:
        return UserError(msg("import.disk_full", "The disk holding {path_name} is full; {path_name2} was "
                "not imported and the ledger is unchanged.", path_name=ledger.path.name, path_name2=path.name))
    if "readonly" in text or "read-only" in text:
        return UserError(msg("import.read_only", "{path_name} is read-only; {path_name2} was not imported.",
                path_name=ledger.path.name, path_name2=path.name))
    if "locked" in text or "busy" in text:
        return UserError(msg("import.busy", "{path_name} is being changed by another program; "
                "{path_name2} was not imported, try again in a moment.", path_name=ledger.path.name,
                path_name2=path.name))
    return UserError(msg("import.write_refused", "{path_name} was not imported: the ledger refused the "
            "write ({text}).", path_name=path.name, text=text))


def _rows(ctx: ReadContext, index: dict[str, int]) -> Iterator[MappedRow]:
    for line, values in ctx.table.rows():
        if ctx.keep is not None and cell_text(values[ctx.keep[0]]).casefold() not in ctx.keep[1]:
            ctx.skipped += 1  # a payment or journal line in a report that lists every transaction type
            continue
        yield MappedRow(line, values, index, ctx)


def _raise_if_errors(col: RowErrors, over_limit: int = 0) -> None:
    if col.errors:
        raise ImportRejected(col.source, sorted(col.errors, key=lambda e: e.line or 0), col.more, over_limit)


# -- customers -----------------------------------------------------------------------------------------------
def _customers(ctx: ReadContext, index: dict[str, int], dry_run: bool) -> ImportResult:
    col, ledger = ctx.col, ctx.ledger
    existing = customer_rows.ids_by_code(ledger.conn)
    seen: dict[str, int] = {}
    batch: list[Customer] = []
    count = 0
    jurisdiction = default_jurisdiction(ledger)
    own_currency = default_currency(ledger)
    for row in _rows(ctx, index):
        line = row.line
        code = col.check(line, fields.required, row.text("code"), "code")
        name = col.check(line, fields.required, row.text("name"), "name")
        if code:
            if code.upper() in existing:
                col.add(line, "code", msg("import.customer_exists", "customer '{code}' already exists in "
                        "the ledger.", code=code))
            elif code.upper() in seen:
                col.add(line, "code", msg("import.customer_twice", "customer '{code}' appears twice (first "
                        "on line {seen}).", code=code, seen=seen[code.upper()]))
            seen.setdefault(code.upper(), line)
        currency = col.check(line, fields.parse_currency, row.text("currency"), "currency", own_currency)
        values = dict(
            kind=col.check(line, fields.parse_choice, row.text("kind"), CustomerKind, "kind", CustomerKind.COMPANY),
            email=col.check(line, fields.parse_email, row.text("email"), "email"),
            jurisdiction=col.check(line, fields.parse_choice, row.text("jurisdiction"), Jurisdiction,
                                   "jurisdiction", jurisdiction),
            language=col.check(line, fields.parse_choice, row.text("language"), Language, "language", Language.EN),
            timezone=col.check(line, fields.parse_timezone, row.text("timezone"), "timezone"),
            payment_terms_days=col.check(line, fields.parse_int, _int_cell(row, "payment_terms_days"),
                                         "payment_terms_days", minimum=0, maximum=3650, default=30),
        )
        credit_limit = None
        if row.text("credit_limit") and currency:
            credit_limit = row.money("credit_limit", currency, positive=False)
        rate_bp, fee = _contract_terms(row, currency)
        lpr_factor = col.check(line, fields.parse_factor, row.raw("lpr_factor"), "lpr_factor")
        if code and name and currency and all(v is not None for v in values.values()) and not col.errors:
            customer = Customer(code=code, name=name, phone=row.text("phone"), address=row.text("address"),
                                country=row.text("country"), currency=currency, credit_limit=credit_limit,
                                contract_rate_bp=rate_bp, contract_fee=fee, lpr_factor=lpr_factor, **values)
            extras = {k: row.raw(k) for k in CUSTOMER_EXTRAS if row.has(k)}
            customer = col.check(line, customer_from_fields, extras, customer) if extras else customer
            if customer is None:
                continue
            if customer.contacts:  # contact people live in their own table
                customer_rows.insert(ledger.conn, customer)
            else:
                batch.append(customer)
            count += 1
        if len(batch) >= BATCH_ROWS:
            customer_rows.insert_many(ledger.conn, batch)
            batch.clear()
    if batch and not col.errors:
        customer_rows.insert_many(ledger.conn, batch)
    return ImportResult("customers", ctx.table.source, count, dry_run)


def _contract_terms(row: MappedRow, currency: str | None) -> tuple[int | None, int | None]:
    """The optional contract_rate (percent a year, as basis points) and contract_fee (an amount) of a row; a bad
    value is reported into the row's problems."""
    rate_bp = row.ctx.col.check(row.line, fields.parse_rate_bp, row.raw("contract_rate"), "contract_rate")
    fee = row.money("contract_fee", currency, positive=False) if row.text("contract_fee") and currency else None
    return rate_bp, fee


def _default_terms(row: MappedRow) -> tuple[bool | None, bool | None]:
    """The optional payment_date_agreed and default_notice (yes/no; empty: as the customer) of an invoice row
    (BGB § 286, the de pack); a bad value is reported into the row's problems."""
    def flag(name: str) -> bool | None:
        return row.ctx.col.check(row.line, parse_flag, row.raw(name), name) if row.text(name) else None
    return flag("payment_date_agreed"), flag("default_notice")


def _received(row: MappedRow, issue: date | None) -> date | None:
    """The optional received_on of an invoice row (the day the debtor received it, BGB § 286 (3)); a bad date or one
    before the issue date is reported into the row's problems."""
    received = row.date("received_on", required=False) if row.has("received_on") else None
    if received is not None and issue is not None and received < issue:
        row.ctx.col.add(row.line, "received_on", msg("import.received_before_issue", "received_on {received} is "
                        "before the issue date {issue}.", received=str(received), issue=str(issue)))
        return None
    return received


def _int_cell(row: MappedRow, name: str) -> object:
    value = row.raw(name)
    if isinstance(value, date | datetime):
        row.ctx.col.add(row.line, name, msg("import.date_not_number", "the cell holds a date ({value}), not a "
                "whole number.", value=cell_text(value)))
        return None
    return value if isinstance(value, int | float) else row.text(name)


# -- finding customers -----------------------------------------------------------------------------------------
class _CustomerFinder:
    """A customer by code, then by exact name, then by name ignoring case and spacing; unknown ones are made
    from the file when asked."""

    def __init__(self, ctx: ReadContext) -> None:
        self.ctx = ctx
        self.by_code: dict[str, tuple[int, str, int]] = {}
        self.by_name: dict[str, list[tuple[int, str, int]]] = {}
        self.by_loose: dict[str, list[tuple[int, str, int]]] = {}
        for key in import_lookups.customer_keys(ctx.ledger.conn):
            self._add(key.id, key.code, key.name, key.currency, key.payment_terms_days)

    def _add(self, cid: int, code: str, name: str, currency: str, terms: int) -> None:
        entry = (cid, currency, terms)
        self.by_code[code.upper()] = entry
        self.by_name.setdefault(name, []).append(entry)
        self.by_loose.setdefault(_loose(name), []).append(entry)

    def find(self, row: MappedRow, value: str, currency: str | None) -> tuple[int, str, int] | None:
        hit = self.by_code.get(value.upper())
        if hit:
            return hit
        for table, how in ((self.by_name, value), (self.by_loose, _loose(value))):
            found = table.get(how)
            if found and len(found) == 1:
                return found[0]
            if found:
                self.ctx.col.add(row.line, "customer", msg("import.customer_ambiguous", "{found} customers are "
                        "named '{value}'; use the customer code.", found=len(found), value=value))
                return None
        if not self.ctx.create_customers:
            self.ctx.col.add(row.line, "customer", msg("import.unknown_customer", "there is no customer with "
                    "code or name '{value}' (use --create-customers to add the unknown ones).", value=value))
            return None
        return self._create(value, currency or "EUR")

    def _create(self, name: str, currency: str) -> tuple[int, str, int]:
        base = re.sub(r"[^A-Z0-9]", "", name.upper())[:10] or "CUST"
        code, n = base, 1
        while code in self.by_code:
            n += 1
            code = f"{base}-{n}"
        customer = Customer(code=code, name=name[:200], currency=currency,
                            jurisdiction=default_jurisdiction(self.ctx.ledger))
        cid = customer_rows.insert(self.ctx.ledger.conn, customer)
        self._add(cid, code, name, currency, customer.payment_terms_days)
        self.ctx.created.append((code, name))
        return self.by_code[code]


class _CreditControl:
    """Credit control over an invoice file: what each customer owes grows with the file's earlier invoices.
    A refused invoice is a row problem unless the import gives a reason, then it is logged once written.

    A file that says what is still open of each invoice (the accountant's workbook does) is restoring history:
    an invoice it shows settled extends no credit and is not checked, and one partly settled counts only its
    open part, which is what the customer owes once the file's payments, credit notes and write-offs are in."""

    def __init__(self, ctx: ReadContext) -> None:
        self.ctx = ctx
        self.customers: dict[int, tuple[Customer, int]] = {}  # id -> (customer, owed so far)
        self.overrides: list[tuple[Customer, str, int, str, Message]] = []  # (customer, number, amount, cur, problem)
        self.settled_in_file = 0  # invoices the file shows settled, so not credit controlled

    def allows(self, line: int, customer_id: int, number: str, amount: int, currency: str,
               open_amount: int | None = None) -> bool:
        if open_amount == 0:
            self.settled_in_file += 1
            return True
        amount = amount if open_amount is None else open_amount
        known = self.customers.get(customer_id)
        if known is None:
            c = self.ctx.ledger.customer_by_id(customer_id)
            known = (c, self.ctx.ledger.owed(c) if c.credit_limit is not None else 0)
        c, owed = known
        problem = credit_control.credit_problem(c, owed, amount, currency, number)
        if problem and not self.ctx.override_reason:
            self.ctx.over_limit += 1
            self.ctx.col.add(line, "customer" if c.on_hold else "amount",
                             msg("import.over_limit_row", "{problem} It goes in only with a reason for overriding "
                                 "credit control.", problem=problem))
            self.customers[customer_id] = known
            return False
        if problem:
            self.overrides.append((c, number, amount, currency, problem))
        self.customers[customer_id] = (c, owed + amount if currency == c.currency else owed)
        return True

    def log(self) -> None:
        ledger = self.ctx.ledger
        for c, number, amount, currency, problem in self.overrides:
            evidence.append(ledger.conn, "credit_override", ledger.actor(), c.id, credit_control.override_event(
                c, number, amount, currency, problem, self.ctx.override_reason), ledger.now())


def _loose(name: str) -> str:
    return " ".join(name.casefold().split())


# -- invoices --------------------------------------------------------------------------------------------------
@dataclass
class _InvoiceDraft:
    line: int
    customer: tuple[int, str, int]
    number: str
    issue: date
    due: date | None
    due_given: bool
    currency: str
    reference: str
    amount: int = 0
    lines: int = 0
    total: int | None = None
    contract_rate_bp: int | None = None
    contract_fee: int | None = None
    payment_date_agreed: bool | None = None
    default_notice: bool | None = None
    received_on: date | None = None


def _line_amount(row: MappedRow, currency: str) -> int | None:
    if row.has("line_amount") and row.text("line_amount"):
        return row.money("line_amount", currency, positive=False)
    if row.has("unit_price") and row.text("unit_price"):
        price = row.money("unit_price", currency, positive=False)
        qty_text = row.text("quantity") or "1"
        try:
            qty = Decimal(qty_text.replace(",", "."))
        except InvalidOperation:
            row.ctx.col.add(row.line, "quantity", msg("import.bad_quantity", "'{qty_text}' is not a quantity.",
                    qty_text=qty_text))
            return None
        return None if price is None else round_minor(qty * price)
    return 0


def _open_amount(row: MappedRow, amount: int, currency: str) -> int | None:
    """The row's open amount when the file gives one (None when not); -1 after reporting a bad one."""
    if not (row.has("open") and row.text("open")):
        return None
    still_open = row.money("open", currency, positive=False)
    if still_open is None:
        return -1
    if not 0 <= still_open <= amount:
        row.ctx.col.add(row.line, "open", msg("import.open_out_of_range", "the open amount {open} is not between "
                        "0 and the invoice amount {amount}.", open=amount_value(still_open, currency),
                        amount=amount_value(amount, currency)))
        return -1
    return still_open


def _invoices(ctx: ReadContext, index: dict[str, int], dry_run: bool) -> ImportResult:
    col, conn = ctx.col, ctx.ledger.conn
    finder = _CustomerFinder(ctx)
    control = _CreditControl(ctx)
    grouped = any(f in index for f in ctx.spec.line_fields)
    seen: dict[str, int] = {}  # grouped files only: invoice lines are gathered in memory anyway
    drafts: dict[str, _InvoiceDraft] = {}
    batch: list[tuple[int, Invoice]] = []
    voids: list[tuple[int, str, date, str]] = []  # (line, number, voided on, reason)
    count = lines = 0
    # Earlier rows of this file are found in the ledger itself (written, to be rolled back if anything is
    # wrong), and the line each came from by its id: 4 bytes a row instead of a dict of every number.
    base_id = import_lookups.max_invoice_id(conn)
    line_of = array("I")

    def flush() -> None:
        found = import_lookups.invoice_ids(conn, [inv.number for _, inv in batch])
        first: dict[str, int] = {}
        keep: list[tuple[int, Invoice]] = []
        for line, inv in batch:
            iid = found.get(inv.number)
            if inv.number in first:
                col.add(line, "number", msg("import.invoice_twice", "invoice '{number}' appears twice "
                        "(first on line {first}).", number=inv.number, first=first[inv.number]))
            elif iid is not None and iid > base_id and iid - base_id <= len(line_of):
                col.add(line, "number", msg("import.invoice_twice_in_file", "invoice '{number}' appears twice "
                        "(first on line {line_of}).", number=inv.number, line_of=line_of[iid - base_id - 1]))
            elif iid is not None:
                col.add(line, "number", msg("import.invoice_exists", "invoice '{number}' already exists in "
                        "the ledger.", number=inv.number))
            else:
                first[inv.number] = line
                keep.append((line, inv))
        invoice_rows.insert_many(conn, (inv for _, inv in keep))
        line_of.extend(line for line, _ in keep)
        batch.clear()

    for row in _rows(ctx, index):
        line = row.line
        lines += 1
        value = col.check(line, fields.required, row.text("customer"), "customer")
        currency_text = row.text("currency")
        currency = col.check(line, fields.parse_currency, currency_text, "currency", "XXX") if currency_text \
            else None
        cust = finder.find(row, value, currency) if value else None
        currency = currency or (cust[1] if cust else None)
        number = col.check(line, fields.required, row.text("number"), "number")
        issue = row.date("issue_date")
        due = row.date("due_date", required=False)
        received = _received(row, issue)
        voided = row.date("voided_on", required=False) if row.has("voided_on") else None
        if voided and number:
            if not row.text("void_reason"):
                col.add(line, "void_reason", msg("import.void_reason_missing", "a voided invoice needs a "
                        "void_reason."))
            else:
                voids.append((line, number, voided, row.text("void_reason")))
        if grouped and number and number in drafts:
            d = drafts[number]
            if cust and d.customer[0] != cust[0]:
                col.add(line, "customer", msg("import.invoice_other_customer_line", "invoice '{number}' (line {line}) "
                        "belongs to another customer.", number=number, line=d.line))
            line_currency = currency if currency_text else d.currency  # a blank cell repeats the invoice's
            part = _line_amount(row, d.currency) if line_currency == d.currency else None
            if line_currency and line_currency != d.currency:
                col.add(line, "currency", msg("import.invoice_currency_line", "invoice '{number}' is in {currency} "
                        "on line {line}.", number=number, currency=d.currency, line=d.line))
            if part is not None:
                d.amount += part
            tax = row.money("tax_amount", d.currency, positive=False) if row.text("tax_amount") else 0
            d.amount += tax or 0
            d.lines += 1
            continue
        if grouped and number in seen:
            continue  # another line of an invoice whose first line was refused (its problems are listed)
        if grouped and number:
            seen[number] = line
        if not (cust and number and issue and currency):
            if not grouped and row.has("amount"):
                row.money("amount", currency or "EUR")  # its problems are reported with the others
            continue
        if grouped:
            part = _line_amount(row, currency)
            tax = row.money("tax_amount", currency, positive=False) if row.text("tax_amount") else 0
            total = row.money("amount", currency) if row.has("amount") and row.text("amount") else None
            rate_bp, fee = _contract_terms(row, currency)
            agreed, notice = _default_terms(row)
            drafts[number] = _InvoiceDraft(line, cust, number, issue, due, bool(row.text("due_date")), currency,
                                           row.text("reference"), (part or 0) + (tax or 0), 1, total, rate_bp, fee,
                                           agreed, notice, received)
            continue
        amount = row.money("amount", currency)
        rate_bp, fee = _contract_terms(row, currency)
        agreed, notice = _default_terms(row)
        if due is None and not row.text("due_date"):
            due = issue + timedelta(days=cust[2])
        if due and due < issue:
            col.add(line, "due_date", msg("import.due_before_issue", "due date {due} is before the issue date "
                    "{issue}.", due=str(due), issue=str(issue)))
            continue
        if amount is not None and due:
            if amount == 0:
                col.add(line, "amount", msg("import.invoice_zero", "an invoice must be for more than zero."))
                continue
            still_open = _open_amount(row, amount, currency)
            if still_open is not None and still_open < 0:
                continue
            if not voided and not control.allows(line, cust[0], number, amount, currency, still_open):
                continue
            batch.append((line, Invoice(customer_id=cust[0], number=number, issue_date=issue, due_date=due,
                                        amount=amount, currency=currency, reference=row.text("reference"),
                                        contract_rate_bp=rate_bp, contract_fee=fee, payment_date_agreed=agreed,
                                        default_notice=notice, received_on=received)))
            count += 1
            if len(batch) >= BATCH_ROWS:
                flush()
    voided_numbers = {number for _, number, _, _ in voids}
    for d in drafts.values():
        due = d.due or d.issue + timedelta(days=d.customer[2])
        if d.total is not None and d.total != d.amount:
            col.add(d.line, "amount", msg("import.invoice_lines_differ", "invoice '{number}' totals {total} but "
                    "its {lines} lines and tax add up to {amount}.", number=d.number,
                    total=amount_value(d.total, d.currency), lines=d.lines,
                    amount=amount_value(d.amount, d.currency)))
        elif d.amount <= 0:
            col.add(d.line, "amount", msg("import.invoice_sum_zero", "invoice '{number}' adds up to {amount}; an "
                    "invoice must be for more than zero.", number=d.number,
                    amount=amount_value(d.amount, d.currency)))
        elif due < d.issue:
            col.add(d.line, "due_date", msg("import.due_before_issue", "due date {due} is before the issue date "
                    "{issue}.", due=str(due), issue=str(d.issue)))
        elif d.number in voided_numbers or control.allows(d.line, d.customer[0], d.number, d.amount, d.currency):
            batch.append((d.line, Invoice(customer_id=d.customer[0], number=d.number, issue_date=d.issue,
                                          due_date=due, amount=d.amount, currency=d.currency,
                                          reference=d.reference, contract_rate_bp=d.contract_rate_bp,
                                          contract_fee=d.contract_fee, payment_date_agreed=d.payment_date_agreed,
                                          default_notice=d.default_notice, received_on=d.received_on)))
            count += 1
        if len(batch) >= BATCH_ROWS:
            flush()
    if batch:
        flush()
    if voids and not col.errors:
        for line, number, on, why in voids:
            try:
                reversals.void_invoice(ctx.ledger, number, on, why)
            except UserError as exc:
                col.add(line, "voided_on", exc.message)
    if not col.errors:
        control.log()
    return ImportResult("invoices", ctx.table.source, count, dry_run, None, tuple(ctx.created),
                        lines if grouped else 0, settled_in_file=control.settled_in_file)


# -- payments --------------------------------------------------------------------------------------------------
def _payments(ctx: ReadContext, index: dict[str, int], dry_run: bool) -> ImportResult:
    return _settlements(ctx, index, dry_run, "payments")


def _credit_notes(ctx: ReadContext, index: dict[str, int], dry_run: bool) -> ImportResult:
    return _settlements(ctx, index, dry_run, "credit_notes")


def _reversal(row: MappedRow, on: date | None) -> tuple[date, str] | None:
    """A row's reversed_on and reversal_reason (the workbook writes them), checked."""
    col = row.ctx.col
    rev = row.date("reversed_on", required=False) if row.has("reversed_on") else None
    if rev is None:
        return None
    why = row.text("reversal_reason")
    if not why:
        col.add(row.line, "reversal_reason", msg("import.reversal_reason_missing", "a reversed entry needs a "
                "reversal_reason."))
        return None
    if on and rev < on:
        col.add(row.line, "reversed_on", msg("import.reversed_before_date", "it is reversed on {rev}, before its "
                "own date {on}.", rev=str(rev), on=str(on)))
        return None
    return rev, why


def _settlements(ctx: ReadContext, index: dict[str, int], dry_run: bool, kind: str) -> ImportResult:
    """Payments or credit notes, each through the same service as the command line, in file order: to the
    named invoice, split as `allocate` says, or oldest first; a row with reversed_on is recorded and reversed
    that day, settling nothing. With imports.apply_credit set, unapplied credit is applied afterwards."""
    col, ledger = ctx.col, ctx.ledger
    finder = _CustomerFinder(ctx)
    unapplied: dict[str, int] = {}
    count = 0
    last: dict[str, date] = {}
    seen: dict[str, int] = {}
    code_of = {entry[0]: code for code, entry in finder.by_code.items()}
    for row in _rows(ctx, index):
        line = row.line
        value = col.check(line, fields.required, row.text("customer"), "customer")
        cust = finder.find(row, value, None) if value else None
        if cust:
            code_of.setdefault(cust[0], next(c for c, e in finder.by_code.items() if e[0] == cust[0]))
        number = None
        if kind == "credit_notes":
            number = col.check(line, fields.required, row.text("number"), "number")
            if number:
                if number in seen:
                    col.add(line, "number", msg("import.credit_note_twice", "credit note '{number}' appears "
                            "twice (first on line {seen}).", number=number, seen=seen[number]))
                elif settlements.credit_note_exists(ledger.conn, number):
                    col.add(line, "number", msg("import.credit_note_exists", "credit note '{number}' already "
                            "exists in the ledger.", number=number))
                seen.setdefault(number, line)
        on = row.date("date")
        invoice = row.text("invoice") or None
        inv = None
        if invoice:
            inv = invoice_rows.by_number(ledger.conn, invoice)
            if inv is None:
                col.add(line, "invoice", msg("import.unknown_allocated_invoice", "there is no invoice numbered "
                        "'{invoice}'.", invoice=invoice))
            elif cust and inv.customer_id != cust[0]:
                col.add(line, "invoice", msg("import.invoice_other_customer", "invoice '{invoice}' belongs to "
                        "another customer, not '{value}'.", invoice=invoice, value=value))
        currency_text = row.text("currency") if row.has("currency") else ""
        currency = (col.check(line, fields.parse_currency, currency_text, "currency") if currency_text else
                    inv.currency if inv else (cust[1] if cust else "EUR"))
        amount = row.money("amount", currency, positive=True) if currency else None
        split = None
        if row.has("allocate") and row.text("allocate") and currency:
            split = col.check(line, parse_split, row.text("allocate"), currency, "allocate")
            if inv is not None and split is not None:
                col.add(line, "allocate", msg("import.invoice_and_allocate", "give either 'invoice' or 'allocate', "
                        "not both."))
        reversal = _reversal(row, on)
        if cust and on and amount is not None and currency and not col.errors:
            code = code_of[cust[0]]
            try:
                if kind == "payments":
                    result = ledger.record_payment(code, on, amount, currency=currency, invoice_number=invoice,
                                                   method=row.text("method"), reference=row.text("reference"),
                                                   allocations=[] if reversal else split)
                    entry_kind = SettlementKind.PAYMENT
                else:
                    assert number is not None  # a credit note line without a number has a column error
                    result = ledger.add_credit_note(code, number, on, amount, currency=currency,
                                                    invoice_number=None if reversal else invoice,
                                                    reason=row.text("reason"), allocations=[] if reversal else split)
                    entry_kind = SettlementKind.CREDIT_NOTE
                if reversal:
                    reversals.reverse_entry(ledger, entry_kind, result.source_id, *reversal)
            except ValidationError as exc:
                col.add(line, exc.field, exc.message)
                continue
            except UserError as exc:
                col.add(line, None, exc.message)
                continue
            count += 1
            last[code] = max(on, last.get(code, on))
            if result.unapplied and not reversal:
                unapplied[currency] = unapplied.get(currency, 0) + result.unapplied
    if not col.errors and ledger.setting(APPLY_CREDIT_SETTING, False):
        unapplied = {}
        for code, on in sorted(last.items()):
            ledger.apply_credit(code, on)
            for cur, v in ledger.unapplied_credit(code).items():
                unapplied[cur] = unapplied.get(cur, 0) + v
    return ImportResult(kind, ctx.table.source, count, dry_run, unapplied, tuple(ctx.created))


def _write_offs(ctx: ReadContext, index: dict[str, int], dry_run: bool) -> ImportResult:
    """Write-offs of invoices, whole or part, each with its reason; reversed ones are reversed on their day."""
    col, ledger = ctx.col, ctx.ledger
    count = 0
    for row in _rows(ctx, index):
        line = row.line
        number = col.check(line, fields.required, row.text("invoice"), "invoice")
        inv = invoice_rows.by_number(ledger.conn, number) if number else None
        if number and inv is None:
            col.add(line, "invoice", msg("import.unknown_invoice", "there is no invoice numbered '{number}'.",
                    number=number))
        on = row.date("date")
        reason = col.check(line, fields.required, row.text("reason"), "reason")
        amount = row.money("amount", inv.currency, positive=True) if inv and row.text("amount") else None
        reversal = _reversal(row, on)
        if inv and on and reason and not col.errors:
            try:
                result = ledger.write_off(inv.number, on, reason, amount)
                if reversal:
                    reversals.reverse_entry(ledger, SettlementKind.WRITE_OFF, result.source_id, *reversal)
            except UserError as exc:
                col.add(line, None, exc.message)
                continue
            count += 1
    return ImportResult("write_offs", ctx.table.source, count, dry_run, None)


def _refunds(ctx: ReadContext, index: dict[str, int], dry_run: bool) -> ImportResult:
    """Refunds of unapplied credit, in file order, each through the same service as the command line (refused
    beyond the credit the customer has then); a reversed one is recorded and reversed, taking nothing."""
    col, ledger = ctx.col, ctx.ledger
    finder = _CustomerFinder(ctx)
    code_of = {entry[0]: code for code, entry in finder.by_code.items()}
    count = 0
    for row in _rows(ctx, index):
        line = row.line
        value = col.check(line, fields.required, row.text("customer"), "customer")
        cust = finder.find(row, value, None) if value else None
        on = row.date("date")
        currency_text = row.text("currency") if row.has("currency") else ""
        currency = (col.check(line, fields.parse_currency, currency_text, "currency") if currency_text else
                    cust[1] if cust else None)
        amount = row.money("amount", currency, positive=True) if currency else None
        reversal = _reversal(row, on)
        if cust and on and amount is not None and currency and not col.errors:
            try:
                rid = ledger.refund(code_of[cust[0]], on, amount, currency=currency, method=row.text("method"),
                                    reference=row.text("reference"), reason=row.text("reason"),
                                    takes_credit=reversal is None)
                if reversal:
                    reversals.reverse_refund(ledger, rid, *reversal)
            except ValidationError as exc:
                col.add(line, exc.field, exc.message)
                continue
            except UserError as exc:
                col.add(line, None, exc.message)
                continue
            count += 1
    return ImportResult("refunds", ctx.table.source, count, dry_run, None)


_HANDLERS: dict[str, Callable[[ReadContext, dict[str, int], bool], ImportResult]] = {
    "customers": _customers, "invoices": _invoices, "payments": _payments, "credit_notes": _credit_notes,
    "write_offs": _write_offs, "refunds": _refunds,
}
APPLY_CREDIT_SETTING = "imports.apply_credit"
CUSTOMER_EXTRAS = ("risk_tier", "tags", "contacts", "do_not_contact", "attorney_on_record", "on_hold", "notes",
                   "payment_date_agreed", "default_notice")


def register_handler(kind: str, handler: Callable[[ReadContext, dict[str, int], bool], ImportResult]) -> None:
    """Add the import of a kind declared in domain.import_spec (its rows are read through the same machinery)."""
    if kind not in KINDS:
        raise ValueError(f"declare the kind '{kind}' with domain.import_spec.register_kind first")
    _HANDLERS[kind] = handler


def import_kinds() -> tuple[str, ...]:
    """The kinds a table file can be imported as (bank statements have their own command)."""
    return tuple(k for k in KINDS if k != "bank" and k in _HANDLERS)
