"""A ledger's life from the command line and the app: create an empty one, check one thoroughly."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from arledger import paths
from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.evidence import ChainCheck
from arledger.domain.messages import Message, msg
from arledger.domain.model import Jurisdiction
from arledger.services.ledger import Ledger
from arledger.storage import evidence
from arledger.storage.archive import archived_files
from arledger.storage.db import connect

# the kinds of archived file storage.archive.archived_files reports, as a problem names them
_FILE_KINDS: dict[str, Message] = {"letter": msg("lifecycle.kind.letter", "letter"),
                                   "attachment": msg("lifecycle.kind.attachment", "attachment")}


@dataclass(frozen=True, slots=True)
class InitResult:
    path: Path
    company: str
    currency: str
    jurisdiction: str


def init_ledger(path: Path | str, *, company: str = "", currency: str = "EUR",
                jurisdiction: str = Jurisdiction.GENERIC.value) -> InitResult:
    """Create an empty ledger at path with the company's name, default currency and rule pack for new
    customers; refuses to touch an existing file. Every value is checked before anything is written."""
    path = Path(path).expanduser()
    code = fields.parse_currency(currency, "currency")
    try:
        rules = Jurisdiction(jurisdiction.strip().lower())
    except ValueError:
        raise UserError(msg("lifecycle.unknown_jurisdiction", "'{jurisdiction}' is not a jurisdiction; use one of "
                "{value}.", jurisdiction=jurisdiction, value=', '.join(j.value for j in Jurisdiction))) from None
    name = company.strip()
    if path.exists():
        raise UserError(msg("lifecycle.ledger_exists", "{path} already exists; choose another file name "
                "(arledger never overwrites a ledger).", path=str(path)))
    with Ledger.create_new(path) as ledger, ledger.database.atomic():
        if name:
            ledger.set_setting("company", {"name": name})
        ledger.set_setting("default_currency", code)
        ledger.set_setting("default_jurisdiction", rules.value)
    return InitResult(path, name, code, rules.value)


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What a full check of a ledger found."""

    path: Path
    schema_version: int
    integrity: tuple[str, ...]  # SQLite integrity_check findings; empty when sound
    chain: ChainCheck | None  # None when the database is too damaged to read the log
    files_checked: int
    file_problems: tuple[Message, ...]  # archived letters and attachments missing or altered

    @property
    def sound(self) -> bool:
        return not self.integrity and self.chain is not None and self.chain.intact and not self.file_problems


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def check_ledger(path: Path | str) -> CheckReport:
    """Run SQLite's full integrity_check, verify the evidence chain and every archived letter and attachment
    against its recorded SHA-256. Reads only: an old schema is not upgraded."""
    path = Path(path).expanduser()
    db = connect(path, check=False)
    try:
        version = db.schema_version()
        integrity = tuple(db.check_integrity(quick=False))
        try:
            chain = evidence.verify(db.conn)
            recorded = archived_files(db.conn)
        except Exception as exc:  # a damaged file can fail anywhere; the report says so instead of a traceback
            if not integrity:
                raise
            return CheckReport(path, version, (*integrity, str(exc)), None, 0, ())
    finally:
        db.close()
    base = paths.ledger_side_dir(path, "files")
    problems = []
    for f in recorded:
        file = base / f.path
        kind = _FILE_KINDS.get(f.kind, f.kind)
        if not file.is_file():
            problems.append(msg("lifecycle.file_missing", "{kind} {path} is missing", kind=kind, path=f.path))
        elif _sha256(file) != f.sha256:
            problems.append(msg("lifecycle.file_altered", "{kind} {path} does not match its recorded SHA-256",
                                kind=kind, path=f.path))
    return CheckReport(path, version, integrity, chain, len(recorded), tuple(problems))


def checked_on_open(ledger: Ledger) -> bool:
    """False for a ledger too large to be checked while it opens: the app then calls damage_report in the
    background."""
    return ledger.database.checked_on_open()


def damage_report(ledger: Ledger) -> Message | None:
    """SQLite's quick_check of an open ledger: None when sound, else one sentence naming the newest backup."""
    problems = ledger.database.check_integrity()
    if not problems:
        return None
    newest = paths.newest_backup(ledger.path)
    where = (msg("lifecycle.newest_backup", "the newest backup is {path}", path=str(newest)) if newest
             else msg("lifecycle.no_backup", "no backup of it was found"))
    return msg("lifecycle.damaged", "{path} is damaged ({problem}); {where}. Stop using it and restore the backup.",
               path=str(ledger.path), problem=problems[0], where=where)


def data_version(ledger: Ledger) -> int:
    """A number that changes whenever another program (the command line, another window) commits to the
    ledger: the app polls it to know when to re-read."""
    return ledger.database.data_version()


def automatic_backups_kept(ledger: Ledger) -> int:
    """How many daily automatic backups the app keeps beside the ledger (setting 'backups.keep'; 0 = none)."""
    value = ledger.setting("backups.keep", 7)
    return value if isinstance(value, int) and value >= 0 else 7
