"""Batch runs: every letter due on a day, one PDF per customer plus one file for printing, resumable after a crash."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from arledger.domain.dunning import sentences
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, distinct, msg
from arledger.domain.model import Customer
from arledger.domain.money import Money
from arledger.render.pdf_files import combine_pdfs, write_pdf
from arledger.services import dispatch, escalation, interest_claims, policy
from arledger.services.ledger import Ledger
from arledger.services.letter_archive import ByEmail, SentLetter, _safe, _send, reconcile_archive
from arledger.services.letter_document import CLAIM_INTEREST_FROM_LEVEL, _Plan, letter_customer
from arledger.services.letterhead import _Context
from arledger.services.output_paths import check_output_file, check_output_folder
from arledger.services.work_locks import LETTERS_BATCH, exclusive
from arledger.storage import dispatch as dispatch_rows
from arledger.storage import evidence
from arledger.storage import letters as letter_rows


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch run produced. ``letters`` are in printing order (resumed ones first)."""

    on: date
    out_dir: Path
    letters: tuple[SentLetter, ...]
    combined: Path | None
    due: int  # letters due when the run started (not counting resumed ones)
    paused: int  # customers held back by a pause
    resumed: int = 0  # letters recorded by an interrupted earlier run of this batch, printed again here
    cancelled: bool = False
    failed: tuple[tuple[str, str], ...] = ()  # (customer code, why) for each letter the mail server did not take

    @property
    def emailed(self) -> tuple[SentLetter, ...]:
        return tuple(s for s in self.letters if s.emailed_to)

    @property
    def printed(self) -> tuple[SentLetter, ...]:
        return tuple(s for s in self.letters if not s.emailed_to)

    def summary_lines(self) -> list[Message]:
        """One line per letter, in printing order."""
        return [s.summary() for s in self.letters]


class StaleRates(UserError):
    """A batch would claim interest at rates assumed past the end of their tables; ``warnings`` says which."""

    def __init__(self, warnings: Sequence[Message]) -> None:
        self.warnings = tuple(warnings)
        stale = sentences(self.warnings) if self.warnings else None
        super().__init__(msg("letter.stale_rates", "{warnings} No letter was sent: update the rate tables, or "
                             "acknowledge that the last known rates are used and send the batch anyway.",
                             warnings=stale))


def stale_rate_warnings(ledger: Ledger, on: date, entries: Sequence[escalation.LetterRunEntry] | None = None
                        ) -> tuple[Message, ...]:
    """One sentence per rate the letters due on ``on`` would assume past the end of its table (empty when
    every table reaches ``on``). For the sender only: a letter never says it."""
    if all(table.known_through() >= on for table in policy.rate_tables(ledger).values()):
        return ()
    if entries is None:
        entries = escalation.letters_due(ledger, on)
    wanted = {(e.customer.id, li.item.number) for e in entries if e.decision is not None
              and e.decision.level >= CLAIM_INTEREST_FROM_LEVEL for li in e.decision.items}
    if not wanted:
        return ()
    return distinct(note for ln in interest_claims.interest_lines(ledger, on)
                    if (ln.customer.id, ln.invoice.number) in wanted for note in ln.result.stale_notes)


def batch(ledger: Ledger, on: date, out_dir: Path, *, progress: Callable[[int, int], None] | None = None,
          cancel: Callable[[], bool] | None = None, accept_stale_rates: bool = False,
          mailer: dispatch.Mailer | None = None) -> BatchResult:
    """Send every letter ``letters_due`` lists for ``on``: one PDF per customer in ``out_dir`` plus one
    combined file for printing. ``progress(done, total)`` is called after each letter and ``cancel()`` is
    checked before each; a cancelled or killed run keeps the letters it finished (each archived and logged)
    and a later run with the same date and folder picks up where it stopped, printing those again.

    Raises :class:`StaleRates` (and sends nothing) when a letter would use a rate past its table's end,
    unless ``accept_stale_rates``.

    With ``mailer`` each customer with an email address gets the letter by email (recorded only once the
    server accepted it) and the others are printed; a letter the server refused or could not take is not
    recorded, is listed in :attr:`BatchResult.failed` with one sentence, and the batch goes on.
    """
    out_dir = check_output_folder(ledger.path, out_dir, msg("output.what_letters", "the letters"))
    if not accept_stale_rates:
        stale = stale_rate_warnings(ledger, on)
        if stale:
            raise StaleRates(stale)
    with exclusive(ledger, LETTERS_BATCH, msg("work.what_letters_batch", "Another letters batch")):
        return _batch(ledger, on, out_dir, progress, cancel, mailer)


def _batch(ledger: Ledger, on: date, out_dir: Path, progress: Callable[[int, int], None] | None,
           cancel: Callable[[], bool] | None, mailer: dispatch.Mailer | None = None) -> BatchResult:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(msg("dispatch.folder_failed", "Cannot create the folder {out_dir}: {reason}.",
                            out_dir=str(out_dir), reason=str(exc.strerror or exc))) from None
    ctx = _Context.load(ledger)
    reconcile_archive(ledger)
    marker = out_dir / f".arledger-batch-{on.isoformat()}.json"
    start_seq = _batch_start(ledger, marker)
    earlier = _resumed(ledger, on, start_seq, out_dir)
    entries = escalation.letters_due(ledger, on)
    due = [e for e in entries if e.decision is not None]
    total = len(earlier) + len(due)
    sent: list[SentLetter] = list(earlier)
    failed: list[tuple[str, str]] = []
    cancelled = False
    if progress:
        progress(len(sent), total)
    for entry in due:
        if cancel is not None and cancel():
            cancelled = True
            break
        assert entry.decision is not None
        customer = letter_customer(ledger, entry.customer.code)
        plan = _Plan.from_decision(customer, entry.decision)

        def copy_path(number: int, code: str = customer.code, level: int = plan.level) -> Path:
            name = f"{_safe(code)}-{on.isoformat()}-L{level}-{number}.pdf"
            return check_output_file(ledger.path, out_dir / name, msg("output.what_a_letter", "a letter"))

        by_email = None
        if mailer is not None and _has_email(customer):
            by_email = ByEmail(mailer)
        try:
            sent.append(_send(ledger, ctx, plan, on, appendix=None, out=None, preview=False, out_for=copy_path,
                              sync_out=False, by_email=by_email))
        except UserError as exc:
            if by_email is None:
                raise
            failed.append((customer.code, str(exc)))
        if progress:
            progress(len(sent) + len(failed), total)
    combined = None
    to_print = [s for s in sent if not s.emailed_to]
    if to_print:
        combined = check_output_file(ledger.path, out_dir / f"letters-{on.isoformat()}.pdf",
                                     msg("output.what_combined_letters", "the combined letters"))
        write_pdf(combined, combine_pdfs([s.pdf for s in to_print]))
    # The copies were written without a sync each (the archived originals were synced before recording);
    # one pass now, before the marker goes: a crash before it leaves the marker, and the rerun rewrites any
    # copy that does not hold its letter's bytes.
    _sync_files([s.out_path for s in sent if s.out_path is not None])
    if not cancelled:
        marker.unlink(missing_ok=True)
    ledger.witness("letters_batch")
    return BatchResult(on, out_dir, tuple(sent), combined, len(due), len(entries) - len(due), len(earlier), cancelled,
                       tuple(failed))


def _has_email(customer: Customer) -> bool:
    try:
        dispatch.recipients_for(customer)
    except UserError:
        return False
    return True


def _sync_files(paths: Sequence[Path]) -> None:
    folders = set()
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        folders.add(path.parent)
    for folder in sorted(folders):
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:  # a platform that cannot open folders (Windows): the files are synced
            continue
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)


def _batch_start(ledger: Ledger, marker: Path) -> int:
    """The evidence seq a batch started after: kept in a marker file until the batch completes."""
    if marker.is_file():
        try:
            return int(json.loads(marker.read_text(encoding="utf-8"))["after_seq"])
        except (ValueError, KeyError, TypeError):
            pass
    seq = evidence.head(ledger.conn)[0]
    marker.write_text(json.dumps({"after_seq": seq}), encoding="utf-8")
    return seq


def _resumed(ledger: Ledger, on: date, after_seq: int, out_dir: Path) -> list[SentLetter]:
    """Letters an interrupted run of this batch already recorded, read back from the archive."""
    out = []
    base = policy.side_dir(ledger, "")
    for lid, customer_id, level, stored, sha, seq in letter_rows.letters_recorded_since(ledger.conn, on, after_seq):
        path = base / stored
        data = path.read_bytes() if path.is_file() else b""
        if hashlib.sha256(data).hexdigest() != sha:
            raise UserError(msg("letter.archive_altered", "The archived letter {path} is missing or altered; check the "
                                 "letters archive.", path=str(path)))
        customer = ledger.customer_by_id(customer_id)
        target = out_dir / f"{_safe(customer.code)}-{path.name}"
        if not target.is_file() or target.read_bytes() != data:  # missing, or torn by a crash before the sync
            write_pdf(target, data)
        event = evidence.by_seq(ledger.conn, seq)
        p = evidence.payload(event) if event else {}
        claimed = []
        for text in p.get("totals", []):
            amount, _, currency = str(text).rpartition(" ")
            claimed.append(Money.parse(amount.replace(",", ""), currency))
        reply = date.fromisoformat(p["reply_by"]) if p.get("reply_by") else None
        # a letter the interrupted run emailed stays emailed: it must not go into the print file as well
        emailed = next((tuple(d.recipients.split(", ")) for d in dispatch_rows.dispatches_of(ledger.conn, lid)
                        if d.method == "email" and d.recipients), ())
        out.append(SentLetter(customer.code, customer.name, level, str(p.get("level_name", "")), on, path.stem,
                              tuple(p.get("invoices", ())), tuple(claimed), reply, sha, path, target, lid, data,
                              emailed_to=emailed))
    return out
