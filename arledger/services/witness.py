"""Witness files: copies of the evidence chain head kept outside the ledger file.

The hash chain shows that no event was changed *relative to the head*; someone able to rewrite the file could
recompute every later hash, cut the tail off or wipe the log. So after each letters batch, export, backup and
session that recorded something, the head (its sequence number and hash) is appended to a witness file in the
user data directory and, if the ``evidence.witness_folder`` setting names one, a second folder (a USB stick,
a synced folder). Verification looks for every head a witness saw: one the chain no longer has means the log
was rewritten or truncated since.

A line is JSON: {"ledger_id", "ledger", "seq", "head", "at", "why"}. A line counts for the ledger with the same
identity (setting ``ledger.id``) at the same path; copies of a ledger elsewhere are separate ledgers from then on.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from arledger import paths
from arledger.domain.messages import Message, msg
from arledger.storage import evidence
from arledger.storage import settings as settings_rows
from arledger.storage.db import Database

WITNESS_FILE = "evidence-heads.jsonl"
FOLDER_SETTING = "evidence.witness_folder"


@dataclass(frozen=True, slots=True)
class Anchor:
    """A chain head seen outside the ledger: event seq had this hash when the source recorded it."""

    seq: int
    head: str
    seen_at: str
    source: str


def default_folder() -> Path:
    return paths.user_data_dir() / "witness"


def folders(database: Database) -> list[Path]:
    """The witness folders of this ledger: the user data directory's, and the one the setting names."""
    out = [default_folder()]
    extra = settings_rows.get(database.conn, FOLDER_SETTING)
    if isinstance(extra, str) and extra.strip():
        out.append(Path(extra).expanduser())
    return out


def ledger_id(database: Database) -> str:
    return str(settings_rows.get(database.conn, "ledger.id") or "")


def append_head(database: Database, why: str) -> list[Message]:
    """Append the current head to every witness file; returns a sentence per folder that could not be written
    (a missing USB stick must not stop a batch or an export that already succeeded)."""
    seq, head = evidence.head(database.conn)
    if seq == 0:
        return []
    line = json.dumps({"ledger_id": ledger_id(database), "ledger": str(database.path.resolve()), "seq": seq,
                       "head": head, "at": datetime.now(UTC).isoformat(timespec="seconds"), "why": why},
                      sort_keys=True) + "\n"
    problems: list[Message] = []
    for folder in folders(database):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(folder / WITNESS_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, line.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            problems.append(msg("witness.not_written", "The chain head could not be written to the witness "
                                "folder {folder} ({reason}).", folder=str(folder), reason=str(exc.strerror or exc)))
    return problems


def anchors(database: Database) -> tuple[list[Anchor], list[Message]]:
    """Every head the witness files saw for this ledger, and notes on lines that name this file's path under
    another ledger identity (a replaced file, or a rewritten identity)."""
    me = ledger_id(database)
    here = str(database.path.resolve())
    found: list[Anchor] = []
    notes: dict[tuple[str, str, int], Message] = {}
    for folder in folders(database):
        path = folder / WITNESS_FILE
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        for line in text.splitlines():
            try:
                d = json.loads(line)
                seq, head = int(d["seq"]), str(d["head"])
            except (ValueError, KeyError, TypeError):
                continue
            if d.get("ledger") != here:
                continue  # a copy of this ledger elsewhere may go its own way
            if me and d.get("ledger_id") == me:
                found.append(Anchor(seq, head, str(d.get("at", "")), str(path)))
            else:
                notes[(str(path), head[:12], seq)] = msg(
                    "witness.other_ledger", "{path} saw a different ledger at this path (head {head}… at event {seq}); "
                    "if the file was replaced on purpose this is expected.", path=str(path), head=head[:12], seq=seq)
    return found, [notes[k] for k in sorted(notes)]
