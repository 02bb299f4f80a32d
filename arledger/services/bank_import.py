"""Bank statements in: read a camt.053/054, OFX/QFX, MT940 or mapped CSV statement, propose a match for every
credit line, let the user accept or reject each, and record only the accepted ones as payments.

Reviewing writes nothing. Applying is one transaction: the accepted lines become payments (through the ledger's
payment service, each with its evidence event), every line of the statement is remembered (so a second import of
the same file adds nothing), payers' IBANs and names are learnt for next time, and one evidence event records the
statement itself.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from arledger.domain.bank_matching import (
    Knowledge,
    Outcome,
    Proposal,
    StatementLine,
    normalise_name,
    outcome_word,
    propose_all,
)
from arledger.domain.errors import UserError, ValidationError
from arledger.domain.import_spec import kind_spec
from arledger.domain.messages import msg
from arledger.domain.money import format_amount
from arledger.render.bank_statements import read_statement, statement_format
from arledger.render.messages import translate
from arledger.services.import_formats import DEFAULT_NUMBERS, NUMBER_FORMATS, DateOrder, parse_money_cell
from arledger.services.import_mapping import ImportSettings, open_for, resolve_columns
from arledger.services.import_rows import ImportRejected, MappedRow, ReadContext, RowErrors, file_sha256
from arledger.services.ledger import Ledger
from arledger.storage import customers as customer_rows
from arledger.storage import evidence, import_lookups, import_memory

# proposals at or above this confidence start out accepted in a review; the user decides every line
ACCEPT_FROM = 80
REVIEW_COLUMNS = ("accept", "line", "date", "amount", "currency", "payer", "iban", "remittance", "bank_reference",
                  "outcome", "customer", "invoices", "confidence", "reason", "fingerprint")
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class BankReview:
    """A statement read and matched, nothing written yet."""

    source: str
    format: str
    sha256: str
    proposals: tuple[Proposal, ...]

    @property
    def new_lines(self) -> int:
        return sum(1 for p in self.proposals if p.outcome is not Outcome.SEEN)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for p in self.proposals:
            out[p.outcome.value] = out.get(p.outcome.value, 0) + 1
        return out


@dataclass(frozen=True)
class Decision:
    """The user's word on one line: accept it (to this customer and these invoices) or not."""

    accepted: bool
    customer_code: str = ""
    invoices: tuple[str, ...] = ()


@dataclass(frozen=True)
class BankApplyResult:
    source: str
    payments: int
    amounts: dict[str, int]  # per currency
    rejected: int
    debits: int
    unmatched: int
    already_seen: int
    unapplied: dict[str, int]


# -- reading ---------------------------------------------------------------------------------------------------
def _csv_statement(ledger: Ledger, path: Path, settings: ImportSettings | None) -> list[StatementLine]:
    spec = kind_spec("bank")
    if settings is None or not (settings.columns or settings.preset):
        raise UserError(msg("bank.unknown_format", "{path_name} is not a camt.053/054, OFX or MT940 statement; a CSV "
                "statement needs its columns mapped (--map date=...,amount=...,payer=...,remittance=..., --profile "
                "or --detect).", path_name=path.name))
    table = open_for(path, settings)
    index = resolve_columns(spec, table, settings)
    numbers = NUMBER_FORMATS.get(settings.numbers or "", DEFAULT_NUMBERS)
    ctx = ReadContext(ledger, spec, table, RowErrors(table.source), settings.date_order or DateOrder.YMD, numbers,
                   False)
    default_currency = str(ledger.setting("bank.currency", "EUR"))
    lines: list[StatementLine] = []
    for line, values in table.rows():
        row = MappedRow(line, values, index, ctx)
        currency = row.text("currency").upper() or default_currency
        on = row.date("date")
        amount = None
        if row.has("amount") and row.text("amount"):
            amount = row.ctx.col.check(row.line, parse_money_cell, row.raw("amount"), currency, numbers, "amount",
                                       allow_negative=True)
        else:
            credit = row.money("credit", currency, positive=False) if row.text("credit") else 0
            debit = ctx.col.check(line, parse_money_cell, row.raw("debit"), currency, numbers, "debit",
                                  allow_negative=True) if row.has("debit") and row.text("debit") else 0
            if credit is not None and debit is not None:
                amount = (credit or 0) - abs(debit or 0)
        if on and amount is not None:
            lines.append(StatementLine(line, on, amount, currency, row.text("bank_reference"), row.text("payer"),
                                       row.text("iban"), row.text("remittance")))
    if ctx.col.errors:
        raise ImportRejected(ctx.col.source, ctx.col.errors, ctx.col.more)
    return lines


def read_lines(ledger: Ledger, path: Path | str,
               settings: ImportSettings | None = None) -> tuple[str, list[StatementLine]]:
    """(format, lines) of a statement file."""
    path = Path(path)
    if not path.is_file():
        raise UserError(msg("bank.no_file", "There is no file at {path}.", path=str(path)))
    fmt = statement_format(path)
    if fmt is None:
        return "csv", _csv_statement(ledger, path, settings)
    return fmt, list(read_statement(path).lines)


def review_statement(ledger: Ledger, path: Path | str, settings: ImportSettings | None = None) -> BankReview:
    """Read the statement and propose a match for each line. Writes nothing."""
    path = Path(path)
    fmt, lines = read_lines(ledger, path, settings)
    ibans, names = import_memory.payer_identities(ledger.conn)
    codes = {key.code.upper(): key.id for key in import_lookups.customer_keys(ledger.conn)}
    knowledge = Knowledge(import_lookups.open_invoices(ledger.conn), codes, ibans, names)
    seen = import_memory.seen_fingerprints(ledger.conn, (ln.fingerprint for ln in lines))
    proposals = propose_all(lines, knowledge, seen)
    proposals = [replace(p, accepted=p.outcome is Outcome.MATCHED and p.confidence >= ACCEPT_FROM) for p in proposals]
    return BankReview(path.name, fmt, file_sha256(path), tuple(proposals))


# -- the review file -------------------------------------------------------------------------------------------
def _safe(text: str) -> str:
    """Text for a CSV a spreadsheet will open: a leading formula character is neutralised with an apostrophe."""
    return "'" + text if text.startswith(_FORMULA_PREFIXES) else text


def _unsafe(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:2] in _FORMULA_PREFIXES else text


def write_review(review: BankReview, target: Path | str, ledger: Ledger, language: str | None = None) -> Path:
    """Write the proposals as CSV (one row per line, 'accept' yes/no for the user to edit), atomically. The
    reasons are in ``language`` (English when None); the column names and the outcome stay the codes
    :func:`read_decisions` and other programs read."""
    target = Path(target).expanduser()
    if target.resolve() == ledger.path.resolve() or target.resolve().parent == ledger.path.resolve():
        raise UserError(msg("bank.review_is_ledger", "{target} is the ledger itself; choose another file for "
                "the review.", target=str(target)))
    tmp = target.with_name(target.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(REVIEW_COLUMNS)
            for p in review.proposals:
                ln = p.statement_line
                w.writerow(["yes" if p.accepted else "no", ln.line, ln.booked_on.isoformat(),
                            format_amount(ln.amount, ln.currency), ln.currency, _safe(ln.payer_name),
                            _safe(ln.payer_iban), _safe(ln.remittance), _safe(ln.bank_reference), p.outcome.value,
                            _safe(p.customer_code), _safe(" ".join(p.invoices)), p.confidence,
                            _safe(translate(p.reason, language)),
                            ln.fingerprint])
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(msg("bank.review_write_failed", "The review could not be written to {target} ({reason}).",
                target=str(target), reason=str(exc.strerror or exc))) from None
    return target


def read_decisions(path: Path | str) -> dict[str, Decision]:
    """The user's decisions from an edited review CSV, by line fingerprint."""
    path = Path(path)
    if not path.is_file():
        raise UserError(msg("bank.no_review_file", "There is no review file at {path}.", path=str(path)))
    out: dict[str, Decision] = {}
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f, strict=True)
            names = reader.fieldnames or ()
            missing = [c for c in ("accept", "customer", "invoices", "fingerprint") if c not in names]
            if missing:
                raise UserError(msg("bank.review_columns_missing", "{path_name} is not a review file written by "
                        "'import bank --review' (it has no {missing} column).", path_name=path.name,
                        missing=', '.join(missing)))
            for n, row in enumerate(reader, start=2):
                answer = (row.get("accept") or "").strip().lower()
                if answer not in ("yes", "no", "y", "n", "1", "0", "true", "false", ""):
                    raise ValidationError(msg("bank.accept_not_yes_no", "{path_name} line {n}, column 'accept': "
                            "'{answer}' is neither yes nor no.", path_name=path.name, n=n, answer=answer),
                                          line=n, source=path.name, field="accept")
                out[(row.get("fingerprint") or "").strip()] = Decision(
                    answer in ("yes", "y", "1", "true"), _unsafe((row.get("customer") or "").strip()),
                    tuple(_unsafe(x) for x in (row.get("invoices") or "").split()))
    except csv.Error as exc:
        raise UserError(msg("bank.review_unreadable", "{path_name} is not a readable CSV file ({reason}).",
                path_name=path.name, reason=str(exc))) from None
    except UnicodeDecodeError:
        raise UserError(msg("bank.review_not_utf8", "{path_name} is not UTF-8 text.", path_name=path.name)) from None
    return out


def decisions_from(review: BankReview) -> dict[str, Decision]:
    """The review's proposals taken as they are (accepted where the proposal says so)."""
    return {p.statement_line.fingerprint: Decision(p.accepted, p.customer_code, p.invoices) for p in review.proposals}


# -- applying --------------------------------------------------------------------------------------------------
def apply_review(ledger: Ledger, review: BankReview, decisions: Mapping[str, Decision]) -> BankApplyResult:
    """Record the accepted lines as payments and remember every line, in one transaction; a bad decision (an
    unknown customer, an invoice of someone else) refuses the whole statement with its line named."""
    errors: list[ValidationError] = []
    by_fp = {p.statement_line.fingerprint: p for p in review.proposals}
    for fp in decisions:
        if fp and fp not in by_fp:
            errors.append(ValidationError(msg("bank.review_unknown_line", "{source}: the review names a line that is "
                    "not in this statement (fingerprint {fp}…); review this statement again.", source=review.source,
                    fp=fp[:12])))
    plan: list[tuple[Proposal, Decision | None]] = [(p, decisions.get(p.statement_line.fingerprint))
                                                    for p in review.proposals]
    for p, d in plan:
        if d is None or not d.accepted or p.outcome is Outcome.SEEN:
            continue
        ln = p.statement_line
        where = f"{review.source} line {ln.line}"
        if ln.amount <= 0:
            errors.append(ValidationError(msg("bank.debit_accepted", "{where}: a debit cannot be accepted "
                    "as a customer payment.", where=where), line=ln.line))
        elif not d.customer_code:
            errors.append(ValidationError(msg("bank.accepted_without_customer", "{where}: accepted but no customer "
                    "is named.", where=where), line=ln.line))
        elif customer_rows.by_code(ledger.conn, d.customer_code) is None:
            errors.append(ValidationError(msg("bank.unknown_customer_at", "{where}: there is no customer with code "
                    "'{customer_code}'.", where=where, customer_code=d.customer_code),
                                          line=ln.line))
    if errors:
        raise ImportRejected(review.source, errors[:50], max(0, len(errors) - 50))
    if review.new_lines == 0:  # every line was imported before: nothing to record, not even the statement
        return BankApplyResult(review.source, 0, {}, 0, 0, 0, len(review.proposals), {})
    payments = rejected = debits = unmatched = seen = 0
    amounts: dict[str, int] = {}
    unapplied: dict[str, int] = {}
    try:
        with ledger.database.atomic() as conn:
            fresh = [p.statement_line.fingerprint for p, _ in plan if p.outcome is not Outcome.SEEN]
            if import_memory.seen_fingerprints(conn, fresh):  # another run applied it since it was reviewed
                raise UserError(msg("bank.applied_meanwhile", "{source} was applied meanwhile (by another "
                        "window or command); nothing was recorded now. Review it again to see what is left.",
                        source=review.source))
            for p, d in plan:
                ln = p.statement_line
                if p.outcome is Outcome.SEEN:
                    seen += 1
                    continue
                if d is not None and d.accepted:
                    try:
                        result = ledger.record_payment(
                            d.customer_code, ln.booked_on, ln.amount, currency=ln.currency, method="bank_transfer",
                            reference=(ln.bank_reference or ln.remittance)[:200], invoice_numbers=d.invoices)
                    except UserError as exc:
                        raise ImportRejected(review.source, [ValidationError(
                            msg("bank.line_problem", "{source} line {line}: {problem}", source=review.source,
                                line=ln.line, problem=exc.message), line=ln.line)]) from None
                    cust = customer_rows.by_code(conn, d.customer_code)
                    if cust is None:  # record_payment has just found it; only a concurrent rename could do this
                        raise UserError(msg("customer.unknown_code", "There is no customer with code '{code}'.",
                                            code=d.customer_code))
                    import_memory.remember_line(conn, ln, review.sha256, "applied", cust.id, result.source_id)
                    if ln.payer_iban:
                        import_memory.learn_identity(conn, cust.id, "iban", ln.payer_iban.replace(" ", "").upper())
                    if normalise_name(ln.payer_name):
                        import_memory.learn_identity(conn, cust.id, "name", normalise_name(ln.payer_name))
                    payments += 1
                    amounts[ln.currency] = amounts.get(ln.currency, 0) + ln.amount
                    if result.unapplied:
                        unapplied[ln.currency] = unapplied.get(ln.currency, 0) + result.unapplied
                    continue
                outcome = {Outcome.DEBIT: "debit", Outcome.UNMATCHED: "unmatched"}.get(p.outcome, "rejected")
                debits += outcome == "debit"
                unmatched += outcome == "unmatched"
                rejected += outcome == "rejected"
                import_memory.remember_line(conn, ln, review.sha256, outcome)
            evidence.append(conn, "bank_statement", ledger.actor(), None, {
                "file": review.source, "format": review.format, "sha256": review.sha256, "payments": payments,
                "amounts": {c: format_amount(v, c) for c, v in sorted(amounts.items())}, "rejected": rejected,
                "debits": debits, "unmatched": unmatched, "already_imported": seen}, ledger.now())
    except import_memory.WriteRefused as exc:
        raise UserError(msg("bank.write_refused", "{source} was not applied: the ledger refused the write "
                "({reason}); nothing changed.", source=review.source, reason=str(exc))) \
            from None
    return BankApplyResult(review.source, payments, amounts, rejected, debits, unmatched, seen, unapplied)


def proposals_table(review: BankReview, language: str | None = None) -> Iterable[tuple[str, ...]]:
    """Rows for printing: line, date, amount, payer, outcome, customer, invoices, confidence, reason; the outcome
    and the reason in ``language`` (English when None)."""
    for p in review.proposals:
        ln = p.statement_line
        yield (str(ln.line), ln.booked_on.isoformat(), f"{format_amount(ln.amount, ln.currency)} {ln.currency}",
               ln.payer_name[:30], translate(outcome_word(p.outcome), language), p.customer_code,
               " ".join(p.invoices), str(p.confidence) if p.outcome is Outcome.MATCHED else "",
               translate(p.reason, language))


def is_statement_file(path: Path | str) -> bool:
    """Whether the file is a camt/OFX/MT940 statement (read as it is) rather than a CSV needing a mapping."""
    p = Path(path)
    return p.is_file() and statement_format(p) is not None
