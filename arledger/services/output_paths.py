"""The one check every written file passes: an output never lands on the ledger or anything it owns.

A statement, letter, batch folder, workbook, CSV or backup is refused when its path is the ledger file, its
SQLite side files (``-wal``, ``-shm``, ``-journal``), one of its migration backups, anything inside its
``-files`` folder (letters archive, attachments, templates, rates), or another SQLite database. Symlinks and
hard links are followed, so another name for the same file is refused too.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from arledger import paths
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
SQLITE_MAGIC = b"SQLite format 3\x00"


# what is being written, named in a refusal ("... cannot be used for the backup: ...")
_OUTPUT = msg("output.what_output", "the output")
_COPY = msg("output.what_copy", "the copy")

class OutputRefused(UserError):
    """A file the user asked for would overwrite the ledger or something it keeps."""


def _real(path: Path) -> Path:
    return Path(os.path.realpath(Path(path).expanduser()))


def _is_backup_name(ledger: Path, candidate: Path) -> bool:
    pattern = re.escape(ledger.stem) + r"\.[^/]*-backup-[^/]*\.sqlite"
    return candidate.parent == ledger.parent and re.fullmatch(pattern, candidate.name) is not None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def why_refused(ledger_path: Path, target: Path) -> Message | None:
    """The reason target may not be written while ledger_path is open, or None when it is safe."""
    ledger = _real(ledger_path)
    out = _real(target)
    files_dir = _real(paths.ledger_side_dir(ledger, "files"))
    if out == ledger or _same_file(out, ledger):
        return msg("output.is_ledger", "it is the ledger itself")
    for suffix in SIDE_SUFFIXES:
        if out == ledger.with_name(ledger.name + suffix):
            return msg("output.is_side_file", "it is the ledger's {kind} file", kind=suffix[1:].upper())
    if _is_backup_name(ledger, out):
        return msg("output.is_backup", "it is a backup of the ledger")
    if out == files_dir or files_dir in out.parents:
        return msg("output.in_files_dir", "it is inside the ledger's own folder {folder}", folder=str(files_dir))
    witness_dir = _real(paths.user_data_dir() / "witness")
    if out == witness_dir or witness_dir in out.parents:
        return msg("output.in_witness_dir", "it is inside the folder that keeps the evidence chain's witness files")
    if out.is_file() and _is_sqlite_file(out):
        return msg("output.is_database", "it is a database file (perhaps another ledger)")
    return None


def check_output_file(ledger_path: Path, target: Path | str, what: Message = _OUTPUT) -> Path:
    """Return target if it may be written; raise OutputRefused with one sentence otherwise."""
    target = Path(target).expanduser()
    reason = why_refused(ledger_path, target)
    if reason:
        raise OutputRefused(msg("output.unusable_file", "{target} cannot be used for {what}: {reason}; "
                "nothing was written, choose another file.", target=str(target), what=what, reason=reason))
    return target


def check_output_folder(ledger_path: Path, folder: Path | str, what: Message = _OUTPUT) -> Path:
    """Return folder if files may be written into it; the ledger's own folder (``-files``) is refused."""
    folder = Path(folder).expanduser()
    out = _real(folder)
    files_dir = _real(paths.ledger_side_dir(_real(ledger_path), "files"))
    if out == files_dir or files_dir in out.parents:
        raise OutputRefused(msg("output.inside_ledger", "{folder} cannot be used for {what}: it is inside the "
                "ledger's own folder {files_dir}; nothing was written, choose another folder.", folder=str(folder),
                what=what, files_dir=str(files_dir)))
    if out.exists() and not out.is_dir():
        raise OutputRefused(msg("output.not_a_folder", "{folder} cannot be used for {what}: it is a file, not "
                "a folder.", folder=str(folder), what=what))
    return folder


def write_atomically(target: Path, data: bytes) -> None:
    """Write data to target through a temporary file in the same folder and one rename, so target is either
    the old file or the whole new one, never a torn mix."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save_copy(ledger_path: Path | None, source: Path, target: Path | str, what: Message = _COPY) -> Path:
    """Copy an already written file (a previewed PDF) to a place the user chose, checked and atomic."""
    target = check_output_file(ledger_path, target, what) if ledger_path else Path(target)
    write_atomically(target, Path(source).read_bytes())
    return target
