"""Leftovers of runs that were killed mid-write, removed the next time the ledger is opened.

Every file arledger writes goes through a temporary name first (``.<name>.<random>.part`` beside an output,
``<name>.partial`` beside a backup, ``<hash>-<file>.part`` in the attachments folder). A run killed before
its rename leaves that file behind. A temporary file nobody has written to for LEFTOVER_AGE is no longer
being written (a live writer keeps touching it), so it is removed. Letter part files are not touched here:
one may hold a recorded letter's only copy, and letters.reconcile_archive finishes or removes them.
"""

from __future__ import annotations

import contextlib
import re
import time
from datetime import timedelta
from pathlib import Path

from arledger import paths

LEFTOVER_AGE = timedelta(hours=1)
_TEMP_NAME = re.compile(r"^\..+\.[^.]+\.part$|^.+\.partial$")


def _old(path: Path, now: float) -> bool:
    try:
        return now - path.stat().st_mtime >= LEFTOVER_AGE.total_seconds()
    except OSError:
        return False


def sweep(ledger_path: Path, *, now: float | None = None) -> list[Path]:
    """Remove stale temporary files beside the ledger and in its attachments folder; returns what went."""
    now = time.time() if now is None else now
    removed = []
    candidates: list[Path] = []
    folder = ledger_path.parent
    with contextlib.suppress(OSError):
        candidates += [p for p in folder.iterdir() if _TEMP_NAME.match(p.name) and not p.name.endswith(".pdf.part")]
    attachments = paths.ledger_side_dir(ledger_path, "files") / "attachments"
    if attachments.is_dir():
        candidates += list(attachments.rglob("*.part"))
    for path in candidates:
        if path.is_file() and _old(path, now):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                continue
    return removed
