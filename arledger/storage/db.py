"""Open a ledger file: one SQLite database, WAL journal, foreign keys, a busy timeout.

Every write goes through `atomic()`, one IMMEDIATE transaction that commits as a whole or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import sqlite_utils

from arledger.domain.errors import UserError

BUSY_TIMEOUT_MS = 5000
APPLICATION_ID = 0x41524C47  # "ARLG": marks the file as an arledger ledger


Connection = sqlite3.Connection  # what services may hold without importing sqlite3 themselves


class LedgerFileError(UserError):
    """The file is missing, not a ledger, locked or unreadable."""


class Database:
    """A ledger file's connection plus the sqlite-utils view of it."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self._depth = 0

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction: commit on success, roll back on any exception. Nested calls join it."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise LedgerFileError(
                    f"{self.path.name} is being changed by another program; nothing was saved, try again in a moment."
                ) from None
            raise
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            if self.conn.in_transaction:  # SQLite has already rolled back after a full disk or I/O error
                self.conn.execute("ROLLBACK")
            raise
        else:
            self._depth = 0
            self.conn.execute("COMMIT")

    def copy_to(self, target: Path) -> None:
        """Write a consistent copy of the open file to target (SQLite's online backup, via a temporary
        file and a rename, so target is never half-written)."""
        tmp = target.with_name(target.name + ".partial")
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
            tmp.replace(target)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise OSError(str(exc)) from None

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()


def connect(path: Path | str, *, create: bool = False) -> Database:
    """Open (or, with create, make) the ledger file at path with the ledger's PRAGMAs set."""
    path = Path(path).expanduser()
    if not create and not path.exists():
        raise LedgerFileError(f"There is no ledger file at {path}.")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise LedgerFileError(f"{path} is not a ledger file ({exc}).") from None
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables > 0):
        conn.close()
        raise LedgerFileError(f"{path} is an SQLite file but not an arledger ledger.")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    if app_id == 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return Database(conn, path)
