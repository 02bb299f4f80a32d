"""Importing customers, invoices, payments, credit notes and write-offs from CSV or XLSX, all or nothing.

Every row is checked before anything is written. One bad row rejects the whole file with messages that
name the file, line and column; the ledger is left exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from arledger.domain import fields
from arledger.domain.errors import UserError, ValidationError
from arledger.domain.model import Customer, CustomerKind, Invoice, Jurisdiction, Language, SettlementKind
from arledger.render.tables import Table, cell_text, read_table
from arledger.services import reversals
from arledger.services.customers import customer_from_fields, parse_split
from arledger.services.ledger import Ledger, SettlementResult
from arledger.services.policy import default_jurisdiction
from arledger.storage import customers as customer_rows
from arledger.storage import invoices as invoice_rows
from arledger.storage import settlements

MAX_REPORTED_ERRORS = 50
CUSTOMER_EXTRAS = ("risk_tier", "tags", "contacts", "do_not_contact", "attorney_on_record", "on_hold", "notes")


class ImportKind(StrEnum):
    CUSTOMERS = "customers"
    INVOICES = "invoices"
    PAYMENTS = "payments"
    CREDIT_NOTES = "credit_notes"
    WRITE_OFFS = "write_offs"


COLUMNS: dict[ImportKind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (required, optional)
    ImportKind.CUSTOMERS: (("code", "name"), ("kind", "email", "phone", "address", "country", "jurisdiction",
                                              "language", "timezone", "payment_terms_days", "credit_limit",
                                              "currency", "risk_tier", "tags", "contacts", "do_not_contact",
                                              "attorney_on_record", "on_hold", "notes")),
    ImportKind.INVOICES: (("customer", "number", "issue_date", "amount"), ("due_date", "currency", "reference",
                                                                          "voided_on", "void_reason")),
    ImportKind.PAYMENTS: (("customer", "date", "amount"), ("invoice", "method", "reference", "currency", "allocate",
                                                           "reversed_on", "reversal_reason")),
    ImportKind.CREDIT_NOTES: (("customer", "number", "date", "amount"), ("currency", "invoice", "allocate", "reason",
                                                                         "reversed_on", "reversal_reason")),
    ImportKind.WRITE_OFFS: (("invoice", "date", "reason"), ("amount", "reversed_on", "reversal_reason")),
}


class ImportRejected(UserError):
    """The file was rejected; errors lists every problem found (up to MAX_REPORTED_ERRORS)."""

    def __init__(self, source: str, errors: list[ValidationError], more: int = 0) -> None:
        self.source = source
        self.errors = errors
        self.more = more
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


@dataclass(frozen=True, slots=True)
class ImportResult:
    kind: ImportKind
    source: str
    rows: int
    dry_run: bool
    unapplied: dict[str, int] | None = None  # payments: credit left over, per currency


@dataclass
class _Collector:
    source: str
    errors: list[ValidationError]
    more: int = 0

    def add(self, line: int, column: str | None, message: str) -> None:
        if len(self.errors) >= MAX_REPORTED_ERRORS:
            self.more += 1
            return
        where = f"{self.source} line {line}" + (f", column '{column}'" if column else "")
        self.errors.append(ValidationError(f"{where}: {message}", field=column, line=line, source=self.source))

    def check(self, line: int, fn: Callable, *args, **kw):
        try:
            return fn(*args, **kw)
        except ValidationError as exc:
            self.add(line, exc.field, str(exc))
        except UserError as exc:
            self.add(line, None, str(exc))
        return None


def _check_headers(table: Table, kind: ImportKind) -> None:
    required, optional = COLUMNS[kind]
    missing = [c for c in required if c not in table.headers]
    if missing:
        names = ", ".join(f"'{m}'" for m in missing)
        raise ImportRejected(table.source, [ValidationError(
            f"{table.source} line 1: the {kind.value} file has no {names} column"
            f"{'s' if len(missing) > 1 else ''} (it needs {', '.join(required)}; it may have {', '.join(optional)}).",
            line=1, source=table.source)])


def import_file(ledger: Ledger, kind: ImportKind | str, path: Path | str, *, dry_run: bool = False,
                sheet: str | None = None) -> ImportResult:
    """Validate the whole file (or one sheet of a workbook), then (unless dry_run) write it in one transaction."""
    kind = ImportKind(kind)
    table = read_table(Path(path), sheet, COLUMNS[kind][0] + COLUMNS[kind][1])
    _check_headers(table, kind)
    if kind in (ImportKind.PAYMENTS, ImportKind.CREDIT_NOTES, ImportKind.WRITE_OFFS):
        return import_entries(ledger, kind, table, dry_run)
    handler = {ImportKind.CUSTOMERS: _customers, ImportKind.INVOICES: _invoices}[kind]
    return handler(ledger, table, dry_run)


def _txt(row: dict, key: str) -> str:
    return cell_text(row.get(key))


def _customers(ledger: Ledger, table: Table, dry_run: bool) -> ImportResult:
    col = _Collector(table.source, [])
    existing = customer_rows.ids_by_code(ledger.conn)
    seen: dict[str, int] = {}
    parsed: list[Customer] = []
    jurisdiction = default_jurisdiction(ledger)
    for line, row in table.rows:
        code = col.check(line, fields.required, _txt(row, "code"), "code")
        name = col.check(line, fields.required, _txt(row, "name"), "name")
        if code:
            if code.upper() in existing:
                col.add(line, "code", f"customer '{code}' already exists in the ledger.")
            elif code.upper() in seen:
                col.add(line, "code", f"customer '{code}' appears twice (first on line {seen[code.upper()]}).")
            seen.setdefault(code.upper(), line)
        currency = col.check(line, fields.parse_currency, _txt(row, "currency"), "currency", "EUR")
        values = dict(
            kind=col.check(line, fields.parse_choice, _txt(row, "kind"), CustomerKind, "kind", CustomerKind.COMPANY),
            email=col.check(line, fields.parse_email, _txt(row, "email"), "email"),
            jurisdiction=col.check(line, fields.parse_choice, _txt(row, "jurisdiction"), Jurisdiction,
                                   "jurisdiction", jurisdiction),
            language=col.check(line, fields.parse_choice, _txt(row, "language"), Language, "language",
                               Language.EN),
            timezone=col.check(line, fields.parse_timezone, _txt(row, "timezone"), "timezone"),
            payment_terms_days=col.check(line, fields.parse_int, row.get("payment_terms_days"),
                                         "payment_terms_days", minimum=0, maximum=3650, default=30),
        )
        limit_text = _txt(row, "credit_limit")
        credit_limit = None
        if limit_text and currency:
            credit_limit = col.check(line, fields.parse_money, row.get("credit_limit"), currency, "credit_limit",
                                     positive=False)
        if code and name and currency and all(v is not None for v in values.values()):
            base = Customer(code=code, name=name, phone=_txt(row, "phone"), address=_txt(row, "address"),
                            country=_txt(row, "country"), currency=currency, credit_limit=credit_limit, **values)
            extras = {k: row[k] for k in CUSTOMER_EXTRAS if k in row}
            customer = col.check(line, customer_from_fields, extras, base) if extras else base
            if customer is not None:
                parsed.append(customer)
    _raise_if_errors(col)
    if not dry_run:
        with ledger.database.atomic() as conn:
            if any(c.contacts for c in parsed):
                for c in parsed:
                    customer_rows.insert(conn, c)
            else:
                customer_rows.insert_many(conn, parsed)
    return ImportResult(ImportKind.CUSTOMERS, table.source, len(parsed), dry_run)


def _invoices(ledger: Ledger, table: Table, dry_run: bool) -> ImportResult:
    col = _Collector(table.source, [])
    customers = customer_rows.ids_by_code(ledger.conn)
    seen: dict[str, int] = {}
    parsed: list[tuple[int, Invoice]] = []
    voids: list[tuple[str, date, str]] = []
    for line, row in table.rows:
        code = col.check(line, fields.required, _txt(row, "customer"), "customer")
        cust = customers.get(code.upper()) if code else None
        if code and cust is None:
            col.add(line, "customer", f"there is no customer with code '{code}'.")
        number = col.check(line, fields.required, _txt(row, "number"), "number")
        if number:
            if number in seen:
                col.add(line, "number", f"invoice '{number}' appears twice (first on line {seen[number]}).")
            else:
                seen[number] = line
        issue = col.check(line, fields.parse_date, row.get("issue_date"), "issue_date")
        currency = col.check(line, fields.parse_currency, _txt(row, "currency"), "currency",
                             cust[1] if cust else "EUR")
        amount = col.check(line, fields.parse_money, row.get("amount"), currency, "amount") if currency else None
        due = col.check(line, fields.parse_optional_date, row.get("due_date"), "due_date")
        if issue and cust and due is None and not _txt(row, "due_date"):
            due = issue + timedelta(days=cust[2])
        if issue and due and due < issue:
            col.add(line, "due_date", f"due date {due} is before the issue date {issue}.")
            due = None
        voided = col.check(line, fields.parse_optional_date, row.get("voided_on"), "voided_on")
        if voided and not _txt(row, "void_reason"):
            col.add(line, "void_reason", "a voided invoice needs a void_reason.")
        if voided and issue and voided < issue:
            col.add(line, "voided_on", f"it is voided on {voided}, before it was issued ({issue}).")
        if voided and number:
            voids.append((number, voided, _txt(row, "void_reason")))
        if cust and number and issue and due and amount is not None and currency:
            parsed.append((line, Invoice(customer_id=cust[0], number=number, issue_date=issue, due_date=due,
                                         amount=amount, currency=currency, reference=_txt(row, "reference"))))
    taken = invoice_rows.existing_numbers(ledger.conn, (inv.number for _, inv in parsed))
    for line, inv in parsed:
        if inv.number in taken:
            col.add(line, "number", f"invoice '{inv.number}' already exists in the ledger.")
    _raise_if_errors(col)
    if not dry_run:
        with ledger.database.atomic() as conn:
            invoice_rows.insert_many(conn, (inv for _, inv in parsed))
            for number, on, reason in voids:
                reversals.void_invoice(ledger, number, on, reason)
    return ImportResult(ImportKind.INVOICES, table.source, len(parsed), dry_run)


def _raise_if_errors(col: _Collector) -> None:
    if col.errors:
        raise ImportRejected(col.source, col.errors, col.more)


# -- payments, credit notes and write-offs ------------------------------------------------------
# Importing payments, credit notes and write-offs: each row through the same service the command line and
# the app use, all rows in one transaction, so one bad row leaves the ledger exactly as it was.
#
# Rows are first checked on their own (customer, invoice, dates, amounts, split); then written in file order,
# where what only the ledger can tell (an invoice with less open than a write-off asks) is checked by the
# service and reported with its line. A dry run writes and rolls back, so it finds those too.
#
# Columns shared by the three: `reversed_on` and `reversal_reason` record that the entry was reversed (the
# workbook writes them, so its sheets re-import with the same aging); `allocate` ('INV-1:100; INV-2:50', or
# 'none' to keep it all as credit) splits a payment or credit note as the payer said.
# When the ledger's `imports.apply_credit` setting is true, unapplied credit is applied oldest first after
# the import, for the customers it touched.

APPLY_CREDIT_SETTING = "imports.apply_credit"


class _DryRun(Exception):
    """Raised at the end of a dry run's writes so the transaction rolls back."""


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    customer: str
    on: date
    write: Callable[[], SettlementResult]
    reversal: tuple[date, str] | None


def _reversal(col: _Collector, line: int, row: dict, on: date | None) -> tuple[date, str] | None:
    rev = col.check(line, fields.parse_optional_date, row.get("reversed_on"), "reversed_on")
    if rev is None:
        return None
    why = _txt(row, "reversal_reason")
    if not why:
        col.add(line, "reversal_reason", "a reversed entry needs a reversal_reason.")
        return None
    if on and rev < on:
        col.add(line, "reversed_on", f"it is reversed on {rev}, before its own date {on}.")
        return None
    return rev, why


def import_entries(ledger: Ledger, kind: ImportKind, table: Table, dry_run: bool) -> ImportResult:
    col = _Collector(table.source, [])
    parse = {ImportKind.PAYMENTS: _payment_rows, ImportKind.CREDIT_NOTES: _credit_note_rows,
             ImportKind.WRITE_OFFS: _write_off_rows}[kind]
    rows = parse(ledger, table, col)
    _raise_if_errors(col)
    unapplied: dict[str, int] = {}
    settlement_kind = {ImportKind.PAYMENTS: SettlementKind.PAYMENT, ImportKind.CREDIT_NOTES: SettlementKind.CREDIT_NOTE,
                       ImportKind.WRITE_OFFS: SettlementKind.WRITE_OFF}[kind]
    try:
        with ledger.database.atomic():
            last: dict[str, date] = {}
            for r in rows:
                try:
                    result = r.write()
                    if r.reversal is not None:
                        reversals.reverse_entry(ledger, settlement_kind, result.source_id, *r.reversal)
                    elif result.unapplied:
                        unapplied[result.currency] = unapplied.get(result.currency, 0) + result.unapplied
                except UserError as exc:
                    col.add(r.line, None, str(exc))
                    _raise_if_errors(col)
                last[r.customer] = max(r.on, last.get(r.customer, r.on))
            if kind is not ImportKind.WRITE_OFFS and ledger.setting(APPLY_CREDIT_SETTING, False):
                unapplied = {}
                for code, on in sorted(last.items()):
                    ledger.apply_credit(code, on)
                    for cur, v in ledger.unapplied_credit(code).items():
                        unapplied[cur] = unapplied.get(cur, 0) + v
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    left = unapplied if kind is not ImportKind.WRITE_OFFS else None
    return ImportResult(kind, table.source, len(rows), dry_run, left)


def _customer(ledger: Ledger, col: _Collector, line: int, row: dict, customers: dict) -> tuple[str, tuple] | None:
    code = col.check(line, fields.required, _txt(row, "customer"), "customer")
    cust = customers.get(code.upper()) if code else None
    if code and cust is None:
        col.add(line, "customer", f"there is no customer with code '{code}'.")
        return None
    return (code, cust) if cust else None


def _invoice_of(ledger: Ledger, col: _Collector, line: int, row: dict, cust: tuple | None, code: str | None):
    number = _txt(row, "invoice") or None
    if not number:
        return None
    inv = invoice_rows.by_number(ledger.conn, number)
    if inv is None:
        col.add(line, "invoice", f"there is no invoice numbered '{number}'.")
    elif cust and inv.customer_id != cust[0]:
        col.add(line, "invoice", f"invoice '{number}' belongs to another customer, not '{code}'.")
        return None
    return inv


def _split(col: _Collector, line: int, row: dict, currency: str | None):
    text = _txt(row, "allocate")
    if not text or currency is None:
        return None
    return col.check(line, parse_split, text, currency, "allocate")


def _payment_rows(ledger: Ledger, table: Table, col: _Collector) -> list[_Row]:
    customers = customer_rows.ids_by_code(ledger.conn)
    out: list[_Row] = []
    for line, row in table.rows:
        found = _customer(ledger, col, line, row, customers)
        code, cust = found if found else (None, None)
        on = col.check(line, fields.parse_date, row.get("date"), "date")
        inv = _invoice_of(ledger, col, line, row, cust, code)
        currency = col.check(line, fields.parse_currency, _txt(row, "currency"), "currency",
                             inv.currency if inv else (cust[1] if cust else "EUR"))
        amount = col.check(line, fields.parse_money, row.get("amount"), currency, "amount") if currency else None
        split = _split(col, line, row, currency)
        reversal = _reversal(col, line, row, on)
        if inv and split is not None:
            col.add(line, "allocate", "give either 'invoice' or 'allocate', not both.")
        if code and on and amount is not None and currency:
            def write(code=code, on=on, amount=amount, currency=currency, inv=inv, split=split, row=row,
                      reversal=reversal):
                return ledger.record_payment(code, on, amount, currency=currency,
                                             invoice_number=inv.number if inv else None, method=_txt(row, "method"),
                                             reference=_txt(row, "reference"),
                                             allocations=[] if reversal else split)
            out.append(_Row(line, code, on, write, reversal))
    return out


def _credit_note_rows(ledger: Ledger, table: Table, col: _Collector) -> list[_Row]:
    customers = customer_rows.ids_by_code(ledger.conn)
    out: list[_Row] = []
    seen: dict[str, int] = {}
    for line, row in table.rows:
        found = _customer(ledger, col, line, row, customers)
        code, cust = found if found else (None, None)
        number = col.check(line, fields.required, _txt(row, "number"), "number")
        if number:
            if number in seen:
                col.add(line, "number", f"credit note '{number}' appears twice (first on line {seen[number]}).")
            seen.setdefault(number, line)
            if settlements.credit_note_exists(ledger.conn, number):
                col.add(line, "number", f"credit note '{number}' already exists in the ledger.")
        on = col.check(line, fields.parse_date, row.get("date"), "date")
        inv = _invoice_of(ledger, col, line, row, cust, code)
        currency = col.check(line, fields.parse_currency, _txt(row, "currency"), "currency",
                             inv.currency if inv else (cust[1] if cust else "EUR"))
        amount = col.check(line, fields.parse_money, row.get("amount"), currency, "amount") if currency else None
        split = _split(col, line, row, currency)
        reversal = _reversal(col, line, row, on)
        if code and number and on and amount is not None and currency:
            def write(code=code, number=number, on=on, amount=amount, currency=currency, inv=inv, split=split,
                      row=row, reversal=reversal):
                return ledger.add_credit_note(code, number, on, amount, currency=currency,
                                              invoice_number=inv.number if inv and not split else None,
                                              reason=_txt(row, "reason"), allocations=[] if reversal else split)
            out.append(_Row(line, code, on, write, reversal))
    return out


def _write_off_rows(ledger: Ledger, table: Table, col: _Collector) -> list[_Row]:
    out: list[_Row] = []
    for line, row in table.rows:
        number = col.check(line, fields.required, _txt(row, "invoice"), "invoice")
        inv = invoice_rows.by_number(ledger.conn, number) if number else None
        if number and inv is None:
            col.add(line, "invoice", f"there is no invoice numbered '{number}'.")
        on = col.check(line, fields.parse_date, row.get("date"), "date")
        reason = col.check(line, fields.required, _txt(row, "reason"), "reason")
        amount = None
        if inv and _txt(row, "amount"):
            amount = col.check(line, fields.parse_money, row.get("amount"), inv.currency, "amount")
            if amount is None:
                continue
        reversal = _reversal(col, line, row, on)
        if inv and on and reason:
            code = ledger.customer_by_id(inv.customer_id).code

            def write(inv=inv, on=on, reason=reason, amount=amount):
                return ledger.write_off(inv.number, on, reason, amount)
            out.append(_Row(line, code, on, write, reversal))
    return out
