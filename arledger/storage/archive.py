"""The files a ledger keeps beside itself that its records prove: archived letters and attachments."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple


class ArchivedFile(NamedTuple):
    """A file the ledger recorded with its SHA-256; path is relative to the ledger's files folder."""

    kind: str  # letter | attachment
    path: str
    sha256: str


def archived_files(conn: sqlite3.Connection) -> list[ArchivedFile]:
    """Every archived letter and attachment the ledger records, in a stable order."""
    rows = conn.execute(
        "SELECT 'letter', path, sha256 FROM letters WHERE path <> ''"
        " UNION ALL SELECT 'attachment', stored_path, sha256 FROM attachments"
        " ORDER BY 1, 2")
    return [ArchivedFile(*r) for r in rows]
