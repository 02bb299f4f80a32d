"""Back up a ledger into one archive and restore it: the database, its archived letters and attachments, and a
manifest of SHA-256 sums.

An archive is a zip file holding ``ledger.sqlite`` (a consistent copy made with SQLite's online backup API, so
the app may have the ledger open and another program may be writing), ``files/...`` (everything in the
ledger's ``<name>-files/`` folder: letters, attachments, its own templates and rate tables) and
``manifest.json`` (every member's SHA-256 and size, the schema version and the evidence chain's head).

Restoring checks every sum, the database's integrity and the evidence chain before it writes anything, and
never overwrites a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from arledger import __version__, paths
from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.services.ledger import Ledger
from arledger.services.output_paths import check_output_file
from arledger.storage import evidence
from arledger.storage.archive import archived_files
from arledger.storage.db import connect

ARCHIVE_FORMAT = 1
DATABASE_MEMBER = "ledger.sqlite"
MANIFEST_MEMBER = "manifest.json"
FILES_PREFIX = "files/"
AUTOMATIC_KEEP = 7
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class BackupResult:
    """What an archive holds."""

    path: Path
    files: int  # members besides the database and the manifest
    size: int  # bytes of the archive
    events: int
    evidence_head: str
    missing: tuple[str, ...]  # letters or attachments the ledger records but its folder lacks


@dataclass(frozen=True, slots=True)
class RestoreResult:
    ledger: Path
    files: int
    events: int
    evidence_head: str


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _side_files(ledger_path: Path) -> Iterator[tuple[str, Path]]:
    """(relative posix path, file) for every finished file in the ledger's files folder."""
    root = paths.ledger_side_dir(ledger_path, "files")
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.name.endswith((".part", ".partial")):
            yield path.relative_to(root).as_posix(), path


def back_up(ledger: Ledger, target: Path | str, *, overwrite: bool = False) -> BackupResult:
    """Write one archive of the open ledger to target (written beside it and renamed into place)."""
    target = check_output_file(ledger.path, target, msg("output.what_backup", "the backup"))
    if target.exists() and not overwrite:
        raise UserError(msg("backup.target_exists", "{target} already exists; choose another file name for "
                "the backup.", target=str(target)))
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".arledger-backup-", dir=target.parent))
    partial = target.with_name(f".{target.name}.partial")
    try:
        copy = work / DATABASE_MEMBER
        try:
            ledger.database.copy_to(copy)
        except OSError as exc:
            raise UserError(msg("backup.copy_failed", "The ledger could not be copied for the backup "
                    "({reason}).", reason=str(exc))) from None
        snapshot = connect(copy, check=False)
        try:
            chain = evidence.verify(snapshot.conn)
            recorded = archived_files(snapshot.conn)
            version = snapshot.schema_version()
            snapshot.use_rollback_journal()
        finally:
            snapshot.close()
        members = [{"path": DATABASE_MEMBER, "sha256": _sha256_file(copy), "size": copy.stat().st_size}]
        side = list(_side_files(ledger.path))
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.write(copy, DATABASE_MEMBER)
            for rel, path in side:
                members.append({"path": FILES_PREFIX + rel, "sha256": _sha256_file(path), "size": path.stat().st_size})
                zf.write(path, FILES_PREFIX + rel)
            sums = {m["path"]: m["sha256"] for m in members}
            missing = tuple(f.path for f in recorded if sums.get(FILES_PREFIX + f.path) != f.sha256)
            manifest = {
                "format": ARCHIVE_FORMAT, "arledger": __version__, "created": datetime.now(UTC).isoformat(
                    timespec="seconds"), "ledger": ledger.path.name, "schema_version": version,
                "evidence": {"events": chain.events, "head": chain.head, "intact": chain.intact},
                "members": members, "missing": list(missing),
            }
            zf.writestr(MANIFEST_MEMBER, json.dumps(manifest, indent=1, ensure_ascii=False))
        partial.replace(target)
        ledger.witness("backup")  # the chain head at the backup, kept outside the ledger
    except OSError as exc:
        raise UserError(msg("backup.write_failed", "The backup could not be written to {target} ({reason}).",
                target=str(target), reason=str(exc.strerror or exc))) from None
    finally:
        partial.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    return BackupResult(target, len(side), target.stat().st_size, chain.events, chain.head, missing)


def _safe_member(name: str) -> bool:
    pure = PurePosixPath(name)
    return not pure.is_absolute() and ".." not in pure.parts and "\\" not in name and name == pure.as_posix()


def _read_manifest(zf: zipfile.ZipFile, archive: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(zf.read(MANIFEST_MEMBER))
    except KeyError:
        raise UserError(msg("backup.no_manifest", "{archive} is not an arledger backup (it has no "
                "{manifest_member}).", archive=str(archive), manifest_member=MANIFEST_MEMBER)) from None
    except ValueError:
        raise UserError(msg("backup.manifest_unreadable", "The manifest of {archive} cannot be read; the archive "
                "is damaged.", archive=str(archive))) from None
    if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
        raise UserError(msg("backup.unknown_format", "{archive} is a backup format this version of arledger "
                "does not know.", archive=str(archive)))
    return manifest


def restore(archive: Path | str, new_ledger: Path | str) -> RestoreResult:
    """Restore an archive into a new ledger file (and its files folder) after checking everything in it.

    Every member's SHA-256 must match the manifest, nothing may be in the archive that the manifest does not
    list, the database must pass SQLite's integrity check and its evidence chain must verify with the head
    the manifest recorded. Only then is anything written; an existing file is never overwritten."""
    archive = Path(archive).expanduser()
    new_ledger = Path(new_ledger).expanduser()
    side = paths.ledger_side_dir(new_ledger, "files")
    for existing in (new_ledger, side):
        if existing.exists():
            raise UserError(msg("backup.restore_target_exists", "{existing} already exists; restore into a new "
                    "ledger file name.", existing=str(existing)))
    if not archive.is_file():
        raise UserError(msg("backup.missing", "There is no backup at {archive}.", archive=str(archive)))
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError):
        raise UserError(msg("backup.not_zip", "{archive} is not an arledger backup (not a zip archive).",
                archive=str(archive))) from None
    new_ledger.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".arledger-restore-", dir=new_ledger.parent))
    try:
        with zf:
            manifest = _read_manifest(zf, archive)
            listed = {m["path"]: m for m in manifest.get("members", [])}
            names = [i.filename for i in zf.infolist() if not i.is_dir()]
            for name in names:
                if name != MANIFEST_MEMBER and name not in listed:
                    raise UserError(msg("backup.unlisted_member", "{archive} holds {name}, which its manifest "
                            "does not list; nothing was restored.", archive=str(archive), name=name))
            for name, member in listed.items():
                if not _safe_member(name):
                    raise UserError(msg("backup.member_outside", "{archive} names a file outside the ledger "
                            "({name}); nothing was restored.", archive=str(archive), name=name))
                if name not in names:
                    raise UserError(msg("backup.member_missing", "{archive} lacks {name}, which its manifest "
                            "lists; nothing was restored.", archive=str(archive), name=name))
                out = work / name
                out.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with zf.open(name) as src, out.open("wb") as dst:
                    while block := src.read(_CHUNK):
                        digest.update(block)
                        dst.write(block)
                if digest.hexdigest() != member["sha256"]:
                    raise UserError(msg("backup.member_hash_differs", "{name} in {archive} does not match its "
                            "SHA-256 in the manifest; the archive is damaged and nothing was restored.", name=name,
                            archive=str(archive)))
        if DATABASE_MEMBER not in listed:
            raise UserError(msg("backup.no_database", "{archive} holds no ledger database; nothing was "
                    "restored.", archive=str(archive)))
        db = connect(work / DATABASE_MEMBER, check=False)
        try:
            problems = db.check_integrity(quick=False)
            if problems:
                raise UserError(msg("backup.ledger_damaged", "The ledger in {archive} is damaged "
                        "({problems}); nothing was restored.", archive=str(archive), problems=problems[0]))
            chain = evidence.verify(db.conn)
        finally:
            db.close()
        recorded_head = manifest.get("evidence", {}).get("head")
        if not chain.intact:
            raise UserError(msg("backup.chain_broken", "The evidence log in {archive} is broken at event "
                    "{first_bad_seq} ({problem}); nothing was restored.", archive=str(archive),
                    first_bad_seq=chain.first_bad_seq, problem=chain.problem))
        if chain.head != recorded_head:
            raise UserError(msg("backup.chain_head_differs", "The evidence log in {archive} ends at {head}…, not at "
                    "the head its manifest recorded ({recorded_head}…); nothing was restored.", archive=str(archive),
                    head=chain.head[:12], recorded_head=str(recorded_head)[:12]))
        files_dir = work / FILES_PREFIX.rstrip("/")
        if files_dir.is_dir():
            os.rename(files_dir, side)
        os.rename(work / DATABASE_MEMBER, new_ledger)
    except OSError as exc:
        raise UserError(msg("backup.restore_failed", "The backup could not be restored to {new_ledger} ({reason}).",
                new_ledger=str(new_ledger), reason=str(exc.strerror or exc))) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    files = sum(1 for name in listed if name.startswith(FILES_PREFIX))
    return RestoreResult(new_ledger, files, chain.events, chain.head)


def automatic_backup(ledger: Ledger, *, keep: int = AUTOMATIC_KEEP, today: str | None = None) -> BackupResult | None:
    """Today's automatic backup into ``<name>-backups/`` beside the ledger, unless one exists for today; the
    oldest automatic backups beyond ``keep`` are removed. Returns None when today's was already taken."""
    folder = paths.backups_dir(ledger.path)
    day = today or ledger.today().isoformat()
    target = folder / f"{ledger.path.stem}-{day}.zip"
    if target.exists():
        return None
    result = back_up(ledger, target)
    automatic = sorted(folder.glob(f"{ledger.path.stem}-????-??-??.zip"))
    for old in automatic[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return result
