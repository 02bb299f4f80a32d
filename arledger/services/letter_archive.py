"""Sending one letter: render, archive the PDF, log it as evidence; and keeping the archive and the log in step.

Sending a letter writes its PDF and records it, and an interruption at any moment must leave the letter
either sent (file archived and logged) or not sent at all. The order is:

1. render the PDF in memory and hash it;
2. write the bytes to ``.<name>.part`` beside the final archive name and fsync it;
3. record the letter (evidence event + letters row, one transaction) with that hash and the final path;
4. rename the part file to its final name.

A crash before 3 leaves only a part file nobody refers to (swept later); a crash between 3 and 4 leaves a
logged letter whose exact bytes wait in the part file, and :func:`reconcile_archive` (run before every
send and batch) finishes the rename after checking the hash. So every archived ``.pdf`` has exactly one
letters row with its SHA-256, and every row's file is there once reconciled."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from arledger.domain.errors import UserError
from arledger.domain.evidence import sha256_file
from arledger.domain.messages import Message, msg, plural_msg
from arledger.domain.model import Customer
from arledger.domain.money import Money
from arledger.render.email_message import BuiltEmail
from arledger.render.letters import render_letter
from arledger.services import dispatch, escalation, policy
from arledger.services.ledger import Ledger
from arledger.services.letter_document import _document, _Plan
from arledger.services.letterhead import _Context, _write_out
from arledger.storage import letters as letter_rows

PART_SWEEP_AFTER = timedelta(minutes=10)  # an unrecorded part file older than this is left over from a crash


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class SentLetter:
    """One rendered letter: what it claims, where it went, and (unless a preview) how it was recorded."""

    customer_code: str
    customer_name: str
    level: int
    level_name: str
    on: date
    reference: str
    invoice_numbers: tuple[str, ...]
    claimed: tuple[Money, ...]  # total claimed per currency
    reply_by: date | None
    sha256: str
    archive_path: Path | None  # None for a preview
    out_path: Path | None
    letter_id: int | None
    pdf: bytes = field(repr=False, default=b"")
    appendix: bool = False  # the evidence appendix is attached
    warnings: tuple[Message, ...] = ()  # for the sender (a rate assumed past its table's end); never printed
    enclosures: tuple[str, ...] = ()  # attached as pages of the PDF
    emailed_to: tuple[str, ...] = ()  # the recipients the mail server accepted it for; () when not emailed
    message_id: str = ""
    email_event: int | None = None

    @property
    def recorded(self) -> bool:
        return self.letter_id is not None

    @property
    def claimed_text(self) -> str | Message:
        """What the letter claims ("GBP 141.40 + EUR 40.00"), or the word for nothing."""
        return (" + ".join(f"{m.currency} {m.amount_text()}" for m in self.claimed)
                or msg("letters.claimed_nothing", "nothing"))

    def summary(self) -> Message:
        """One line for a batch report."""
        name = msg("letters.summary.level_name", " ({name})", name=self.level_name) if self.level_name else None
        reply = (msg("letters.summary.reply_by", ", reply by {date}", date=self.reply_by.isoformat())
                 if self.reply_by else None)
        how = msg("letters.summary.emailed", "; emailed to {recipients}", recipients=", ".join(self.emailed_to)) \
            if self.emailed_to else None
        return plural_msg("letters.summary", "{customer} {name}: level {level}{level_name}, {n} invoice, {claimed} "
                          "claimed{reply}{how}", "{customer} {name}: level {level}{level_name}, {n} invoices, "
                          "{claimed} claimed{reply}{how}", n=len(self.invoice_numbers), customer=self.customer_code,
                          name=self.customer_name, level=self.level, level_name=name, claimed=self.claimed_text,
                          reply=reply, how=how)


def _safe(code: str) -> str:
    return _UNSAFE.sub("_", code).strip("._") or "customer"


def _letters_root(ledger: Ledger) -> Path:
    return policy.side_dir(ledger, "letters")


def _stored(ledger: Ledger, path: Path) -> str:
    """How a letter's archive path is stored: relative to the ledger's file folder, with forward slashes."""
    return path.relative_to(policy.side_dir(ledger, "")).as_posix()


def _archive_slot(ledger: Ledger, customer: Customer, on: date, level: int) -> tuple[int, Path]:
    """The customer's next letter number and the archive file it gets (never one already used)."""
    n = letter_rows.count_for_customer(ledger.conn, customer.id) + 1
    folder = _letters_root(ledger) / _safe(customer.code)
    while True:
        path = folder / f"{on.isoformat()}-L{level}-{n}.pdf"
        if not path.exists() and letter_rows.letter_by_path(ledger.conn, _stored(ledger, path)) is None:
            return n, path
        n += 1


def _write_synced(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _part_of(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def _finish(ledger: Ledger, part: Path, final: Path) -> bool:
    """After recording was attempted: move the part file into place if its letter was recorded, else drop it.

    True if the letter is recorded. Deciding by what the ledger holds (not by whether an exception was seen)
    keeps this right even when the interruption came after the commit.
    """
    row = letter_rows.letter_by_path(ledger.conn, _stored(ledger, final))
    if row is None:
        part.unlink(missing_ok=True)
        return False
    try:
        os.replace(part, final)
    except FileNotFoundError:
        if not final.exists():  # someone else's reconcile would have moved it; otherwise it is truly lost
            raise
    return True


@dataclass(frozen=True, slots=True)
class ByEmail:
    """Send the letter by email through ``mailer`` to ``to`` (comma-separated; None: the customer's address)."""

    mailer: dispatch.Mailer
    to: str | None = None


def _send(ledger: Ledger, ctx: _Context, plan: _Plan, on: date, *, appendix: bool | None, out: Path | None,
          preview: bool, out_for: Callable[[int], Path] | None = None, sync_out: bool = True,
          by_email: ByEmail | None = None) -> SentLetter:
    """Render, archive and record one letter. ``out_for(number)`` names the copy by the letter's number (a batch);
    ``sync_out=False`` leaves syncing the ``out`` copy to the caller (a batch).

    The archive slot is chosen, the letter rendered and its record written in one write transaction, so two
    processes sending at once can neither take the same slot nor print a chain head that is already stale.
    With ``by_email`` the message is handed to the mail server inside that transaction and the letter and its
    email are recorded only once the server accepted it: a refused or failed send records and archives nothing.
    """
    recipients: tuple[str, ...] = ()
    if by_email is not None and not preview:
        recipients = dispatch.recipients_for(plan.customer, by_email.to)
    customer = plan.customer
    if preview:
        number, _final = _archive_slot(ledger, customer, on, plan.level)
        sent = _render_one(ledger, ctx, plan, on, appendix, number, out)
        if out is not None:
            _write_out(out, sent.pdf, None)
        return sent
    part = final = eml = None
    message_id, email_event = "", None
    try:
        with ledger.database.atomic():
            number, final = _archive_slot(ledger, customer, on, plan.level)
            if out_for is not None:
                out = out_for(number)
            sent = _render_one(ledger, ctx, plan, on, appendix, number, out)
            part = _part_of(final)
            _write_synced(part, sent.pdf)
            if by_email is not None:
                built, accepted = _hand_over(ledger, by_email.mailer, sent, recipients, final)
                eml = dispatch.free_path(final.with_suffix(".eml"))
                dispatch.write_atomic(eml, built.data)
            letter = escalation.record_letter(
                ledger, customer.code, plan.level, on, sent.invoice_numbers, reply_by=sent.reply_by,
                sha256=sent.sha256, path=_stored(ledger, final), level_name=plan.level_name, totals=sent.claimed)
            if by_email is not None and eml is not None:
                email_event = dispatch.record_email(ledger, customer, letter.id, built, recipients,
                                                    by_email.mailer.settings, accepted, eml)
                message_id = built.message_id
    finally:
        recorded = _finish(ledger, part, final) if part is not None and final is not None else False
        if eml is not None and not recorded:
            eml.unlink(missing_ok=True)
    if not recorded:  # pragma: no cover - the transaction raised; the finally re-raises first
        raise UserError(msg("letter.not_recorded", "The letter to {customer} was not recorded; nothing was "
                            "archived.", customer=customer.code))
    if out is not None:
        _write_out(out, sent.pdf, final, sync=sync_out)
    return dataclasses.replace(sent, archive_path=final, out_path=out, letter_id=letter.id,
                               emailed_to=recipients if by_email is not None else (), message_id=message_id,
                               email_event=email_event)


def _hand_over(ledger: Ledger, mailer: dispatch.Mailer, sent: SentLetter, recipients: tuple[str, ...],
               final: Path) -> tuple[BuiltEmail, datetime]:
    """Build the letter's email and give it to the mail server; returns the message and when it was accepted."""
    claimed = " + ".join(f"{m.amount_text()} {m.currency}" for m in sent.claimed)
    facts = dispatch.LetterFacts(
        ledger.customer(sent.customer_code), f"level{sent.level}", sent.level, sent.reference, sent.on, claimed,
        sent.reply_by.isoformat() if sent.reply_by else "", sent.pdf, f"{final.stem}.pdf")
    built = dispatch.compose_email(ledger, facts, recipients, mailer.settings, ledger.now())
    mailer.hand_over(recipients, built)
    return built, ledger.now().astimezone(UTC)


def _render_one(ledger: Ledger, ctx: _Context, plan: _Plan, on: date, appendix: bool | None, number: int,
                out: Path | None) -> SentLetter:
    customer = plan.customer
    doc, warnings = _document(ledger, ctx, plan, on, appendix=appendix, number=number)
    data = render_letter(doc, templates_dir=ctx.templates_dir)
    numbers = tuple(line.invoice_number for line in doc.lines)
    claimed = tuple(Money(t.currency, t.claimed) for t in doc.totals)
    return SentLetter(customer.code, customer.name, plan.level, plan.level_name, on, doc.reference, numbers, claimed,
                      doc.reply_by, hashlib.sha256(data).hexdigest(), None, out, None, data,
                      appendix=doc.include_appendix, warnings=warnings, enclosures=doc.enclosures)


def reconcile_archive(ledger: Ledger, *, sweep_after: timedelta = PART_SWEEP_AFTER) -> list[Message]:
    """Finish what an interrupted send left behind; returns a sentence per letter it completed.

    A part file whose letter was recorded (same path, same SHA-256) is renamed into place; one nobody
    recorded is deleted once older than ``sweep_after`` (a younger one may belong to a send in progress).
    """
    root = _letters_root(ledger)
    if not root.is_dir():
        return []
    done: list[Message] = []
    now = time.time()
    for part in sorted(root.rglob(".*.pdf.part")):
        final = part.with_name(part.name[1:-len(".part")])
        row = letter_rows.letter_by_path(ledger.conn, _stored(ledger, final))
        if row is None:
            if now - part.stat().st_mtime >= sweep_after.total_seconds():
                part.unlink(missing_ok=True)
            continue
        if final.exists():
            part.unlink(missing_ok=True)
        elif sha256_file(part) == row.sha256:
            os.replace(part, final)
            done.append(msg("letter.archive_completed", "Completed archiving {path} (evidence event {seq}).",
                            path=_stored(ledger, final), seq=row.evidence_seq))
    return done


def check_archive(ledger: Ledger) -> list[Message]:
    """Problems between the letters archive and the log: a recorded letter whose file is missing or differs,
    or an archived PDF no letter refers to. Empty when they agree."""
    problems: list[Message] = []
    recorded: set[str] = set()
    base = policy.side_dir(ledger, "")
    for letter in letter_rows.archived_letters(ledger.conn):
        recorded.add(letter.path)
        path = base / letter.path
        if not path.is_file():
            problems.append(msg("letter.archive_no_file", "Letter {letter} (evidence event {seq}) has no file at "
                                "{path}.", letter=letter.id, seq=letter.evidence_seq, path=str(path)))
        elif sha256_file(path) != letter.sha256:
            problems.append(msg("letter.archive_file_differs", "The file of letter {letter} at {path} does not match "
                                "its recorded SHA-256.", letter=letter.id, path=str(path)))
    root = _letters_root(ledger)
    for path in sorted(root.rglob("*.pdf")) if root.is_dir() else ():
        if _stored(ledger, path) not in recorded:
            problems.append(msg("letter.archive_unrecorded", "{path} is in the letters archive but no letter refers "
                                "to it.", path=str(path)))
    return problems
