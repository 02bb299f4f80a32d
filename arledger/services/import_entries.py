"""Importing payments, credit notes and write-offs: each row through the same service the command line and
the app use, all rows in one transaction, so one bad row leaves the ledger exactly as it was.

Rows are first checked on their own (customer, invoice, dates, amounts, split); then written in file order,
where what only the ledger can tell (an invoice with less open than a write-off asks) is checked by the
service and reported with its line. A dry run writes and rolls back, so it finds those too.

Columns shared by the three: `reversed_on` and `reversal_reason` record that the entry was reversed (the
workbook writes them, so its sheets re-import with the same aging); `allocate` ('INV-1:100; INV-2:50', or
'none' to keep it all as credit) splits a payment or credit note as the payer said.
When the ledger's `imports.apply_credit` setting is true, unapplied credit is applied oldest first after
the import, for the customers it touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.model import SettlementKind
from arledger.render.tables import Table, cell_text
from arledger.services import reversals
from arledger.services.customers import parse_split
from arledger.services.imports import ImportKind, ImportResult, _Collector, _raise_if_errors
from arledger.services.ledger import Ledger, SettlementResult
from arledger.storage import customers as customer_rows
from arledger.storage import invoices as invoice_rows
from arledger.storage import settlements

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


def _txt(row: dict, key: str) -> str:
    return cell_text(row.get(key))


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
