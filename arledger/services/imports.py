"""Importing customers, invoices and payments from CSV or XLSX, all or nothing.

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
from arledger.domain.model import Customer, CustomerKind, Invoice, Jurisdiction, Language
from arledger.render.tables import Table, cell_text, read_table
from arledger.services.ledger import Ledger
from arledger.services.policy import default_currency, default_jurisdiction
from arledger.storage import customers as customer_rows
from arledger.storage import invoices as invoice_rows

MAX_REPORTED_ERRORS = 50


class ImportKind(StrEnum):
    CUSTOMERS = "customers"
    INVOICES = "invoices"
    PAYMENTS = "payments"


COLUMNS: dict[ImportKind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (required, optional)
    ImportKind.CUSTOMERS: (("code", "name"), ("kind", "email", "phone", "address", "country", "jurisdiction",
                                              "language", "timezone", "payment_terms_days", "credit_limit",
                                              "currency", "contract_rate", "contract_fee", "lpr_factor")),
    ImportKind.INVOICES: (("customer", "number", "issue_date", "amount"), ("due_date", "currency", "reference",
                                                                          "contract_rate", "contract_fee")),
    ImportKind.PAYMENTS: (("customer", "date", "amount"), ("invoice", "method", "reference")),
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
    table = read_table(Path(path), sheet)
    _check_headers(table, kind)
    handler = {ImportKind.CUSTOMERS: _customers, ImportKind.INVOICES: _invoices,
               ImportKind.PAYMENTS: _payments}[kind]
    return handler(ledger, table, dry_run)


def _txt(row: dict, key: str) -> str:
    return cell_text(row.get(key))


def _customers(ledger: Ledger, table: Table, dry_run: bool) -> ImportResult:
    col = _Collector(table.source, [])
    existing = customer_rows.ids_by_code(ledger.conn)
    seen: dict[str, int] = {}
    parsed: list[Customer] = []
    jurisdiction = default_jurisdiction(ledger)
    own_currency = default_currency(ledger)
    for line, row in table.rows:
        code = col.check(line, fields.required, _txt(row, "code"), "code")
        name = col.check(line, fields.required, _txt(row, "name"), "name")
        if code:
            if code.upper() in existing:
                col.add(line, "code", f"customer '{code}' already exists in the ledger.")
            elif code.upper() in seen:
                col.add(line, "code", f"customer '{code}' appears twice (first on line {seen[code.upper()]}).")
            seen.setdefault(code.upper(), line)
        currency = col.check(line, fields.parse_currency, _txt(row, "currency"), "currency", own_currency)
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
        rate_bp, fee, terms_ok = _contract_terms(col, line, row, currency)
        lpr_factor = col.check(line, fields.parse_factor, row.get("lpr_factor"), "lpr_factor")
        terms_ok = terms_ok and (lpr_factor is not None or not _txt(row, "lpr_factor"))
        if code and name and currency and terms_ok and all(v is not None for v in values.values()):
            parsed.append(Customer(code=code, name=name, phone=_txt(row, "phone"), address=_txt(row, "address"),
                                   country=_txt(row, "country"), currency=currency, credit_limit=credit_limit,
                                   contract_rate_bp=rate_bp, contract_fee=fee, lpr_factor=lpr_factor, **values))
    _raise_if_errors(col)
    if not dry_run:
        with ledger.database.atomic() as conn:
            customer_rows.insert_many(conn, parsed)
    return ImportResult(ImportKind.CUSTOMERS, table.source, len(parsed), dry_run)


def _contract_terms(col: _Collector, line: int, row: dict, currency: str | None
                    ) -> tuple[int | None, int | None, bool]:
    """The optional contract_rate (percent a year) and contract_fee (an amount) of a row, and whether both read."""
    rate_bp = col.check(line, fields.parse_rate_bp, row.get("contract_rate"), "contract_rate")
    ok = rate_bp is not None or not _txt(row, "contract_rate")
    fee = None
    if _txt(row, "contract_fee") and currency:
        fee = col.check(line, fields.parse_money, row.get("contract_fee"), currency, "contract_fee", positive=False)
        ok = ok and fee is not None
    return rate_bp, fee, ok


def _invoices(ledger: Ledger, table: Table, dry_run: bool) -> ImportResult:
    col = _Collector(table.source, [])
    customers = customer_rows.ids_by_code(ledger.conn)
    seen: dict[str, int] = {}
    parsed: list[tuple[int, Invoice]] = []
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
        rate_bp, fee, terms_ok = _contract_terms(col, line, row, currency)
        if cust and number and issue and due and amount is not None and currency and terms_ok:
            parsed.append((line, Invoice(customer_id=cust[0], number=number, issue_date=issue, due_date=due,
                                         amount=amount, currency=currency, reference=_txt(row, "reference"),
                                         contract_rate_bp=rate_bp, contract_fee=fee)))
    taken = invoice_rows.existing_numbers(ledger.conn, (inv.number for _, inv in parsed))
    for line, inv in parsed:
        if inv.number in taken:
            col.add(line, "number", f"invoice '{inv.number}' already exists in the ledger.")
    _raise_if_errors(col)
    if not dry_run:
        with ledger.database.atomic() as conn:
            invoice_rows.insert_many(conn, (inv for _, inv in parsed))
    return ImportResult(ImportKind.INVOICES, table.source, len(parsed), dry_run)


def _payments(ledger: Ledger, table: Table, dry_run: bool) -> ImportResult:
    col = _Collector(table.source, [])
    customers = customer_rows.ids_by_code(ledger.conn)
    parsed: list[tuple[str, date, int, str, str | None, str, str]] = []
    for line, row in table.rows:
        code = col.check(line, fields.required, _txt(row, "customer"), "customer")
        cust = customers.get(code.upper()) if code else None
        if code and cust is None:
            col.add(line, "customer", f"there is no customer with code '{code}'.")
        on = col.check(line, fields.parse_date, row.get("date"), "date")
        number = _txt(row, "invoice") or None
        inv = None
        if number:
            inv = invoice_rows.by_number(ledger.conn, number)
            if inv is None:
                col.add(line, "invoice", f"there is no invoice numbered '{number}'.")
            elif cust and inv.customer_id != cust[0]:
                col.add(line, "invoice", f"invoice '{number}' belongs to another customer, not '{code}'.")
        currency = inv.currency if inv else (cust[1] if cust else "EUR")
        amount = col.check(line, fields.parse_money, row.get("amount"), currency, "amount")
        if cust and on and amount is not None:
            parsed.append((code, on, amount, currency, number, _txt(row, "method"), _txt(row, "reference")))
    _raise_if_errors(col)
    unapplied: dict[str, int] = {}
    if not dry_run:
        with ledger.database.atomic():
            for code, on, amount, currency, number, method, reference in parsed:
                result = ledger.record_payment(code, on, amount, currency=currency, invoice_number=number,
                                               method=method, reference=reference)
                if result.unapplied:
                    unapplied[currency] = unapplied.get(currency, 0) + result.unapplied
    return ImportResult(ImportKind.PAYMENTS, table.source, len(parsed), dry_run, unapplied)


def _raise_if_errors(col: _Collector) -> None:
    if col.errors:
        raise ImportRejected(col.source, col.errors, col.more)
