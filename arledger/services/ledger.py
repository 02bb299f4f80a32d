"""The Ledger facade: every use case the GUI and the command line share.

Each write method is one transaction and returns what it changed.
"""

from __future__ import annotations

import dataclasses
import getpass
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from arledger import paths
from arledger.domain import allocation, credit_control, fields
from arledger.domain.aging import BucketScheme
from arledger.domain.errors import UserError, ValidationError
from arledger.domain.messages import Message, message_to_data, msg
from arledger.domain.model import Customer, Invoice, SettlementKind
from arledger.domain.money import amount_value, format_amount
from arledger.domain.record_words import payment_method_code
from arledger.services import leftovers, settings_schema, witness
from arledger.services.output_paths import check_output_file
from arledger.storage import customers as customer_rows
from arledger.storage import evidence, evidence_records, settlements
from arledger.storage import invoices as invoice_rows
from arledger.storage import settings as settings_rows
from arledger.storage.db import Connection, Database, LedgerDamagedError, LedgerFileError, connect
from arledger.storage.migrations import migrate


@dataclass(frozen=True, slots=True)
class SettlementResult:
    """What a payment or credit note changed: its id, the invoices it settled and what is left over."""

    source_id: int
    currency: str
    allocations: tuple[tuple[str, int], ...]  # (invoice number, amount)
    unapplied: int


def damaged_file(path: Path, problem: str) -> Message:
    """The sentence for a ledger file SQLite found damaged (``problem`` is SQLite's own finding), naming the newest
    backup to restore."""
    newest = paths.newest_backup(path)
    if newest:
        return msg("ledger.damaged_backup", "{path} is damaged ({problem}); the newest backup is {backup} (restore "
                   "it with 'arledger restore {backup} --ledger NEW').", path=str(path), problem=problem,
                   backup=str(newest))
    return msg("ledger.damaged_no_backup", "{path} is damaged ({problem}); no backup of it was found.",
               path=str(path), problem=problem)


def _check_customer(c: Customer) -> None:
    fields.check_customer(c.code, c.name, c.email, c.phone, c.address, c.notes,
                          tuple(p.name for p in c.contacts), c.credit_limit, c.currency)



def refund_over_credit(code: str, available: int, amount: int, currency: str) -> Message:
    """Why a refund of ``amount`` is refused: the customer has only ``available`` of unapplied credit."""
    return msg("ledger.refund_over_credit", "Customer {c_code} has {available} of unapplied credit; a refund of "
               "{amount} is more than that.", c_code=code, available=amount_value(available, currency),
               amount=amount_value(amount, currency))


def check_received(number: str, issue_date: date, received_on: date | None) -> None:
    """An invoice's receipt is a real date, not before the invoice was issued (one sentence otherwise)."""
    if received_on is None:
        return
    fields.check_date(received_on, "received_on")
    if received_on < issue_date:
        raise UserError(msg("ledger.received_before_issue", "Invoice {number} cannot have been received on "
                            "{received_on}, before it was issued ({issue_date}).", number=number.strip(),
                            received_on=received_on.isoformat(), issue_date=issue_date.isoformat()))

_T = TypeVar("_T")
# Results Ledger.remembered keeps, the least recently used dropped first: a letter run on the 1M-invoice ledger holds
# every overdue item (~145 MB), so two (today's and one other day's).
KEPT_RESULTS = 2
_KEPT: OrderedDict[tuple[str, Hashable], tuple[int, Any]] = OrderedDict()  # (file, key) -> (version, result)
_KEPT_LOCK = threading.Lock()  # the app reads on worker threads


class Ledger:
    """One open ledger file."""

    def __init__(self, database: Database, backup: Path | None = None) -> None:
        self.database = database
        self.backup_taken = backup
        # Where evidence timestamps come from; the sample-ledger generator replays history through it.
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._head_at_open = evidence.head(database.conn)
        self.witness_problems: list[Message] = []
        self._closed = False

    def now(self) -> datetime:
        """The current moment (UTC) as this ledger records it."""
        return self.clock()

    def today(self) -> date:
        """Today's date on this computer, by the ledger's clock."""
        return self.now().astimezone().date()

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, create: bool = False) -> Ledger:
        """Open the ledger at path (creating it if create), upgrading its schema after a backup."""
        path = Path(path).expanduser()
        if path.exists() and path.is_dir():
            raise LedgerFileError(msg("ledger.is_folder", "{path} is a folder, not a ledger file.", path=str(path)))
        try:
            database = connect(path, create=create)
        except LedgerDamagedError as exc:
            raise LedgerDamagedError(path, exc.problems, damaged_file(path, exc.problems[0])) from None
        try:
            backup = migrate(database)
        except BaseException:
            database.close()
            raise
        leftovers.sweep(path)
        return cls(database, backup)

    @classmethod
    def create_new(cls, path: Path | str) -> Ledger:
        """Create a ledger at path; refuse to touch an existing file."""
        path = Path(path).expanduser()
        if path.exists():
            raise LedgerFileError(msg("ledger.file_exists", "{path} already exists; choose another file name.",
                                      path=str(path)))
        return cls.open(path, create=True)

    @property
    def path(self) -> Path:
        return self.database.path

    def remembered(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, kept under ``key`` while the file is unchanged: any write, by any connection or program,
        changes the ledger's version (migration m016) and the result is computed again. Kept in this process's
        memory only, for every connection to the file alike (the app opens one per read). The key must name
        everything else the result depends on (the day, rate table files). The result is shared by later callers:
        treat it as read only."""
        if self.conn.in_transaction:  # uncommitted writes may still roll back: keep nothing read from them
            return compute()
        before = self.database.version()
        if before is None:
            return compute()
        slot = (str(self.path.resolve()), key)
        with _KEPT_LOCK:
            kept = _KEPT.get(slot)
            if kept is not None and kept[0] == before:
                _KEPT.move_to_end(slot)
                return kept[1]  # type: ignore[no-any-return]
        value = compute()
        if self.database.version() == before:  # nothing was written while it was computed
            with _KEPT_LOCK:
                for stale in [s for s, (v, _) in _KEPT.items() if s[0] == slot[0] and v != before]:
                    del _KEPT[stale]  # read under an earlier version of this file: never wanted again
                _KEPT[slot] = (before, value)
                while len(_KEPT) > KEPT_RESULTS:
                    _KEPT.popitem(last=False)
        return value

    def forget(self) -> None:
        """Drop every result :meth:`remembered` keeps for this file (a benchmark measures a first read)."""
        path = str(self.path.resolve())
        with _KEPT_LOCK:
            for slot in [s for s in _KEPT if s[0] == path]:
                del _KEPT[slot]

    @property
    def conn(self) -> Connection:
        return self.database.conn

    def close(self) -> None:
        """Close the file; if this session recorded evidence, its new chain head goes to the witness files."""
        if self._closed:
            return
        self._closed = True
        try:
            if evidence.head(self.conn) != self._head_at_open:
                self.witness("close")
        finally:
            self.database.close()

    def witness(self, why: str) -> list[Message]:
        """Append the chain head to the witness files outside the ledger; returns what could not be written."""
        problems = witness.append_head(self.database, why)
        self.witness_problems.extend(problems)
        self._head_at_open = evidence.head(self.conn)
        return problems

    def interrupt(self) -> None:
        """Stop the query this ledger's connection is running (safe to call from another thread)."""
        self.conn.interrupt()

    def back_up(self, target: Path | str) -> Path:
        """Copy the open ledger to target, consistent even while it is in use."""

        target = check_output_file(self.path, target, msg("output.what_backup", "the backup"))
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.database.copy_to(target)
        except OSError as exc:
            raise UserError(msg("backup.write_failed", "The backup could not be written to {target} ({reason}).",
                    target=str(target), reason=str(exc))) from None
        self.witness("backup")
        return target

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def actor(self) -> str:
        """Who is recording: the ledger's 'user.name' setting, else the operating-system user."""
        name = self.setting("user.name")
        if name:
            return str(name)
        try:
            return getpass.getuser()
        except Exception:  # no user database (some containers): still record something meaningful
            return "arledger"

    def _log_settlement(self, conn: Connection, kind: str, table: str, customer: Customer, result: SettlementResult,
                        payload: dict[str, Any]) -> None:
        """The evidence event for a payment, credit note or write-off, in the same transaction."""
        cur = result.currency
        payload = {"customer": customer.code, **payload,
                   "applied": [[n, format_amount(a, cur)] for n, a in result.allocations],
                   "unapplied": format_amount(result.unapplied, cur)}
        seq, _ = evidence.append(conn, kind, self.actor(), customer.id, payload, self.now())
        settlements.set_evidence_seq(conn, table, result.source_id, seq)

    # -- settings ------------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:  # settings hold JSON values
        """The stored value, or default when there is none or it breaks the setting's schema (a value stored
        before the schema existed; services.bounds.out_of_bounds reports it)."""
        value = settings_rows.get(self.conn, key, default)
        if value is not default and settings_schema.problem(key, value):
            return default
        return value

    def set_setting(self, key: str, value: Any) -> None:
        with self.database.atomic() as conn:
            settings_rows.put(conn, key, value)

    def bucket_scheme(self) -> BucketScheme:
        return BucketScheme(tuple(self.setting("aging.boundaries", [30, 90, 180])))

    # -- customers -----------------------------------------------------------------------------
    def customer(self, code: str) -> Customer:
        """The customer with this code; a clear error if there is none."""
        c = customer_rows.by_code(self.conn, code.strip())
        if c is None:
            raise UserError(msg("customer.unknown_code", "There is no customer with code '{code}'.", code=code))
        return c

    def customer_of(self, customer: Customer | str) -> Customer:
        """``customer`` itself when the caller has read it already, else the customer with that code."""
        return customer if isinstance(customer, Customer) else self.customer(customer)

    def customer_by_id(self, cid: int) -> Customer:
        c = customer_rows.by_id(self.conn, cid)
        if c is None:
            raise UserError(msg("customer.unknown_id", "There is no customer with id {cid}.", cid=cid))
        return c

    def add_customer(self, customer: Customer) -> Customer:
        _check_customer(customer)
        with self.database.atomic() as conn:
            if customer_rows.by_code(conn, customer.code):
                raise UserError(msg("ledger.customer_exists", "A customer with code '{customer_code}' "
                        "already exists.", customer_code=customer.code))
            cid = customer_rows.insert(conn, customer)
        return dataclasses.replace(customer, id=cid)

    def update_customer(self, customer: Customer) -> Customer:
        _check_customer(customer)
        with self.database.atomic() as conn:
            other = customer_rows.by_code(conn, customer.code)
            if other and other.id != customer.id:
                raise UserError(msg("ledger.customer_exists", "A customer with code '{customer_code}' "
                        "already exists.", customer_code=customer.code))
            customer_rows.update(conn, customer)
        return customer

    def customers_page(self, *, after_code: str | None = None, limit: int = 200, search: str = "") -> list[Customer]:
        return customer_rows.page(self.conn, after_code=after_code, limit=limit, search=search)

    # -- invoices ------------------------------------------------------------------------------
    def invoice(self, number: str) -> Invoice:
        inv = invoice_rows.by_number(self.conn, number.strip())
        if inv is None:
            raise UserError(msg("ledger.unknown_invoice", "There is no invoice numbered '{number}'.",
                    number=number))
        return inv

    def credit_problem(self, customer_code: str, amount: int, currency: str | None = None) -> Message | None:
        """Why a new invoice of amount would break credit control (customer on hold, or over the credit
        limit), or None. The limit is in the customer's currency and counts what is open less unapplied
        credit in that currency."""
        c = self.customer(customer_code)
        return credit_control.credit_problem(c, self.owed(c), amount, currency or c.currency)

    def owed(self, customer: Customer) -> int:
        """What the customer owes today in its own currency: open invoices less unapplied credit."""
        cur = customer.currency
        return invoice_rows.open_balance(self.conn, customer.id, cur) - settlements.unapplied_credit(
            self.conn, customer.id).get(cur, 0)

    def add_invoice(self, customer_code: str, number: str, issue_date: date, amount: int, *,
                    currency: str | None = None, due_date: date | None = None, reference: str = "",
                    override_reason: str = "", payment_date_agreed: bool | None = None,
                    default_notice: bool | None = None, received_on: date | None = None) -> Invoice:
        """Record an invoice; the due date defaults to the issue date plus the customer's terms.
        ``payment_date_agreed`` and ``default_notice`` (BGB § 286, the de pack) default to the customer's;
        ``received_on`` is the day the debtor received it, when known (§ 286 (3)).

        An invoice for a customer on hold or over the credit limit is refused unless override_reason says
        why it goes in anyway; the override is an evidence event.
        """

        c = self.customer(customer_code)
        fields.check_date(issue_date, "issue_date")
        due = due_date or issue_date + timedelta(days=c.payment_terms_days)
        fields.check_date(due, "due_date")
        fields.check_amount(amount, currency or c.currency, "amount")
        fields.check_text(number, "number", "short")
        fields.check_text(reference, "reference", "short")
        if due < issue_date:
            raise UserError(msg("ledger.due_before_issue", "Invoice {number} is due {due} before it was issued "
                    "({issue_date}).", number=number, due=str(due), issue_date=str(issue_date)))
        if amount <= 0:
            raise UserError(msg("ledger.invoice_zero", "Invoice {number} must be for more than zero.",
                    number=number))
        check_received(number, issue_date, received_on)
        inv = Invoice(customer_id=c.id, number=number.strip(), issue_date=issue_date, due_date=due,
                      amount=amount, currency=currency or c.currency, reference=reference,
                      payment_date_agreed=payment_date_agreed, default_notice=default_notice,
                      received_on=received_on)
        problem = self.credit_problem(c.code, amount, inv.currency)
        if problem and not override_reason.strip():
            raise UserError(msg("ledger.over_limit", "{problem} Give a reason to raise it anyway "
                    "(--allow-over-limit REASON).", problem=problem))
        with self.database.atomic() as conn:
            if invoice_rows.by_number(conn, inv.number):
                raise UserError(msg("ledger.invoice_exists", "An invoice numbered '{number}' already "
                        "exists.", number=inv.number))
            iid = invoice_rows.insert(conn, inv)
            if problem:
                evidence.append(conn, "credit_override", self.actor(), c.id, credit_control.override_event(
                    c, inv.number, amount, inv.currency, problem, override_reason), self.now())
            evidence_records.seal_unrecorded(conn, self.actor(), self.now(), "invoice", {
                "customer": c.code, "number": inv.number, "issue_date": inv.issue_date.isoformat(),
                "due_date": inv.due_date.isoformat(), "amount": format_amount(amount, inv.currency),
                "currency": inv.currency, **({"received_on": received_on.isoformat()} if received_on else {})},
                customer_id=c.id)
        return dataclasses.replace(inv, id=iid)

    # -- settlements ---------------------------------------------------------------------------
    def _split(self, conn: Connection, customer_id: int, currency: str, amount: int,
               split: Sequence[tuple[str, int]]) -> list[tuple[Invoice, int]]:
        """Check a split the payer asked for: each invoice the customer's, in currency, open for that much."""
        out: list[tuple[Invoice, int]] = []
        seen: set[str] = set()
        for number, part in split:
            inv = self.invoice(number)
            if inv.number in seen:
                raise UserError(msg("ledger.allocation_invoice_twice", "Invoice {number} is named twice in the "
                        "allocation.", number=inv.number))
            seen.add(inv.number)
            if inv.customer_id != customer_id:
                raise UserError(msg("ledger.invoice_other_customer", "Invoice {number} belongs to another "
                        "customer.", number=inv.number))
            if inv.currency != currency:
                raise UserError(msg("ledger.invoice_other_currency", "Invoice {number} is in {currency}, "
                        "not {wanted}.", number=inv.number, currency=inv.currency, wanted=currency))
            if part <= 0:
                raise UserError(msg("ledger.allocation_zero", "The amount for invoice {number} must be more "
                        "than zero.", number=inv.number))
            open_now = invoice_rows.receivable(conn, inv.id).open_amount
            if part > open_now:
                raise UserError(msg("ledger.allocation_over_open", "Invoice {number} has {open_now} open; {part} "
                        "cannot be applied to it.", number=inv.number, open_now=amount_value(open_now, currency),
                        part=amount_value(part, currency)))
            out.append((inv, part))
        if sum(p for _, p in out) > amount:
            raise UserError(msg("ledger.allocation_too_much", "The allocation adds up to {value}, more than the "
                    "{amount} received.", value=amount_value(sum(p for _, p in out), currency),
                    amount=amount_value(amount, currency)))
        return out

    def _spread(self, conn: Connection, kind: SettlementKind, source_id: int, customer_id: int,
                currency: str, on: date, amount: int, invoice: Invoice | None,
                named: tuple[Invoice, ...] = (), split: Sequence[tuple[str, int]] | None = None
                ) -> SettlementResult:
        if split is not None:
            chosen = self._split(conn, customer_id, currency, amount, split)
            settlements.insert_allocations(conn, kind, source_id,
                                           [(inv.id, max(on, inv.issue_date), part) for inv, part in chosen])
            return SettlementResult(source_id, currency, tuple((inv.number, p) for inv, p in chosen),
                                    amount - sum(p for _, p in chosen))
        if named:
            for inv in named:
                if inv.customer_id != customer_id or inv.currency != currency:
                    raise UserError(msg("ledger.credit_invoice_mismatch", "Invoice {number} is not an invoice of "
                            "this customer in {currency}.", number=inv.number, currency=currency))
            receivables = [invoice_rows.receivable(conn, inv.id) for inv in named]
            parts, left = allocation.allocate(amount, receivables)
        elif invoice is not None:
            if invoice.customer_id != customer_id:
                raise UserError(msg("ledger.invoice_other_customer", "Invoice {number} belongs to another "
                        "customer.", number=invoice.number))
            if invoice.currency != currency:
                raise UserError(msg("ledger.invoice_other_currency", "Invoice {number} is in {currency}, "
                        "not {wanted}.", number=invoice.number, currency=invoice.currency, wanted=currency))
            receivables = [invoice_rows.receivable(conn, invoice.id)]
            parts, left = allocation.allocate_to(amount, receivables[0])
        else:
            receivables = invoice_rows.open_receivables(conn, customer_id, currency)
            parts, left = allocation.allocate(amount, receivables)
        issue = {r.invoice_id: r for r in receivables}
        # A credit given before an invoice existed takes effect on the invoice's issue date.
        settlements.insert_allocations(
            conn, kind, source_id, [(iid, max(on, issue[iid].issue_date), amt) for iid, amt in parts]
        )
        return SettlementResult(source_id, currency, tuple((issue[i].number, a) for i, a in parts), left)

    def record_payment(self, customer_code: str, on: date, amount: int, *, currency: str | None = None,
                       invoice_number: str | None = None, method: str = "", reference: str = "",
                       invoice_numbers: tuple[str, ...] = (),
                       allocations: Sequence[tuple[str, int]] | None = None) -> SettlementResult:
        """Record a payment and apply it oldest first, to the named invoice (or to several named invoices,
        oldest first among them), or as the payer split it (allocations: (invoice number, amount); an empty
        split keeps it all as credit); the rest stays as credit. A method the product offers is kept as its code
        (``bank_transfer``, given so or as its English words), any other as typed."""
        method = payment_method_code(method.strip())
        c = self.customer(customer_code)
        cur = currency or c.currency
        if amount <= 0:
            raise UserError(msg("ledger.payment_zero", "A payment must be for more than zero."))
        fields.check_date(on, "date")
        fields.check_amount(amount, cur, "amount")
        fields.check_text(method, "method", "short")
        fields.check_text(reference, "reference", "short")
        inv = self.invoice(invoice_number) if invoice_number else None
        named = tuple(self.invoice(n) for n in invoice_numbers)
        with self.database.atomic() as conn:
            pid = settlements.insert_payment(conn, c.id, on, amount, cur, method, reference)
            result = self._spread(conn, SettlementKind.PAYMENT, pid, c.id, cur, on, amount, inv, named,
                                  allocations)
            self._log_settlement(conn, "payment", "payments", c, result, {
                "payment_id": pid, "date": on.isoformat(), "amount": format_amount(amount, cur), "currency": cur,
                "method": method, "reference": reference})
            return result

    def add_credit_note(self, customer_code: str, number: str, on: date, amount: int, *,
                        currency: str | None = None, invoice_number: str | None = None,
                        reason: str = "", allocations: Sequence[tuple[str, int]] | None = None) -> SettlementResult:
        """Record a credit note against the named invoice, oldest first, or split as given (an empty split
        keeps it on account); the rest stays as credit."""
        c = self.customer(customer_code)
        cur = currency or c.currency
        if amount <= 0:
            raise UserError(msg("ledger.credit_note_zero", "A credit note must be for more than zero."))
        fields.check_date(on, "date")
        fields.check_amount(amount, cur, "amount")
        fields.check_text(number, "number", "short")
        fields.check_text(reason, "reason", "summary")
        inv = self.invoice(invoice_number) if invoice_number else None
        with self.database.atomic() as conn:
            if settlements.credit_note_exists(conn, number):
                raise UserError(msg("ledger.credit_note_exists", "A credit note numbered '{number}' already "
                        "exists.", number=number))
            nid = settlements.insert_credit_note(conn, c.id, number, on, amount, cur, inv.id if inv else None,
                                                 reason)
            result = self._spread(conn, SettlementKind.CREDIT_NOTE, nid, c.id, cur, on, amount, inv,
                                  split=allocations)
            self._log_settlement(conn, "credit_note", "credit_notes", c, result, {
                "number": number, "date": on.isoformat(), "amount": format_amount(amount, cur), "currency": cur,
                "reason": reason})
            return result

    def write_off(self, invoice_number: str, on: date, reason: str | Message,
                  amount: int | None = None) -> SettlementResult:
        """Write off the invoice's open amount (or part of it) with a reason: someone's own words, or a message
        when the ledger writes the reason itself (kept as its message too, read in the reader's language)."""
        said = reason if isinstance(reason, Message) else None
        reason = str(reason)
        if not reason.strip():
            raise UserError(msg("ledger.write_off_reason_missing", "A write-off needs a reason."))
        fields.check_date(on, "date")
        fields.check_text(reason, "reason", "summary")
        inv = self.invoice(invoice_number)
        with self.database.atomic() as conn:
            open_now = invoice_rows.receivable(conn, inv.id).open_amount
            take = open_now if amount is None else amount
            if open_now == 0:
                raise UserError(msg("ledger.nothing_to_write_off", "Invoice {number} has nothing open to write off.",
                        number=inv.number))
            if take <= 0 or take > open_now:
                raise UserError(
                    msg("ledger.write_off_over_open", "Invoice {number} has {open_now} open; a write-off must be "
                            "more than zero and no more than that.", number=inv.number,
                            open_now=amount_value(open_now, inv.currency))
                )
            wid = settlements.insert_write_off(conn, inv.id, on, take, reason.strip(), said)
            settlements.insert_allocations(conn, SettlementKind.WRITE_OFF, wid,
                                           [(inv.id, max(on, inv.issue_date), take)])
            result = SettlementResult(wid, inv.currency, ((inv.number, take),), 0)
            self._log_settlement(conn, "write_off", "write_offs", self.customer_by_id(inv.customer_id), result, {
                "invoice": inv.number, "date": on.isoformat(), "amount": format_amount(take, inv.currency),
                "currency": inv.currency, "reason": reason.strip(),
                **({"reason_message": message_to_data(said)} if said else {})})
        return result

    def apply_credit(self, customer_code: str, on: date,
                     invoice_numbers: Sequence[str] | None = None) -> list[SettlementResult]:
        """Apply the customer's unapplied payments and credit notes (oldest credit first) to open invoices,
        oldest first or only to the invoices named (in the order given); an evidence event per source."""
        c = self.customer(customer_code)
        results = []
        with self.database.atomic() as conn:
            chosen = [self.invoice(n) for n in invoice_numbers] if invoice_numbers else None
            for inv in chosen or ():
                if inv.customer_id != c.id:
                    raise UserError(msg("ledger.invoice_other_customer", "Invoice {number} belongs to another "
                            "customer.", number=inv.number))
            for currency in settlements.unapplied_credit(conn, c.id):
                targets = None
                if chosen is not None:
                    targets = [invoice_rows.receivable(conn, i.id) for i in chosen if i.currency == currency]
                for kind, sid, _d, left in settlements.unapplied_sources(conn, c.id, currency):
                    if targets is None:
                        result = self._spread(conn, SettlementKind(kind), sid, c.id, currency, on, left, None)
                    else:
                        parts: list[tuple[str, int]] = []
                        for k, r in enumerate(targets):
                            take = min(left - sum(p for _, p in parts), r.open_amount)
                            if take > 0:
                                parts.append((r.number, take))
                                targets[k] = dataclasses.replace(r, open_amount=r.open_amount - take)
                        result = self._spread(conn, SettlementKind(kind), sid, c.id, currency, on, left, None,
                                              split=parts)
                    if result.allocations:
                        results.append(result)
                        evidence.append(conn, "credit_applied", self.actor(), c.id, {
                            "customer": c.code, "source": f"{kind} {sid}", "date": on.isoformat(),
                            "currency": currency,
                            "applied": [[n, format_amount(a, currency)] for n, a in result.allocations]}, self.now())
        return results

    def refund(self, customer_code: str, on: date, amount: int, *, currency: str | None = None, method: str = "",
               reference: str = "", reason: str = "", takes_credit: bool = True) -> int:
        """Pay back unapplied credit (oldest credit first); returns the refund's id.

        takes_credit=False records a refund that is reversed in the same transaction (an import of a reversed
        refund): it takes nothing, as a reversed payment re-imported settles nothing."""
        c = self.customer(customer_code)
        cur = currency or c.currency
        fields.check_date(on, "date")
        for value, name in ((method, "method"), (reference, "reference"), (reason, "reason")):
            fields.check_text(value, name, "short" if name != "reason" else "summary")
        if amount <= 0:
            raise ValidationError(msg("ledger.refund_zero", "A refund must be for more than zero."), field="amount")
        with self.database.atomic() as conn:
            available = settlements.unapplied_credit(conn, c.id).get(cur, 0)
            if takes_credit and amount > available:
                raise ValidationError(refund_over_credit(c.code, available, amount, cur), field="amount")
            rid = settlements.insert_refund(conn, c.id, on, amount, cur, method, reference, reason.strip())
            parts, left = [], amount if takes_credit else 0
            for kind, sid, _d, credit in settlements.unapplied_sources(conn, c.id, cur) if left else ():
                take = min(left, credit)
                parts.append((kind, sid, take))
                left -= take
                if left == 0:
                    break
            settlements.insert_refund_parts(conn, rid, parts)
            seq, _ = evidence.append(conn, "refund", self.actor(), c.id, {
                "customer": c.code, "refund_id": rid, "date": on.isoformat(), "amount": format_amount(amount, cur),
                "currency": cur, "method": method, "reference": reference, "reason": reason.strip()}, self.now())
            settlements.set_evidence_seq(conn, "refunds", rid, seq)
        return rid

    def unapplied_credit(self, customer: Customer | str, as_of: date | None = None) -> dict[str, int]:
        """Credit per currency not yet applied to an invoice, of a customer read already or given by code."""
        return settlements.unapplied_credit(self.conn, self.customer_of(customer).id, as_of)

    def open_items_page(self, *, after: tuple[str, int] | None = None, limit: int = 200,
                        customer_code: str | None = None) -> list[invoice_rows.OpenItemRow]:
        cid = self.customer(customer_code).id if customer_code else None
        return invoice_rows.open_items_page(self.conn, after=after, limit=limit, customer_id=cid)

    def counts(self) -> dict[str, int]:
        return {"customers": customer_rows.count(self.conn), "invoices": invoice_rows.count(self.conn)}
