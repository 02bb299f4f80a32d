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
from arledger.domain.messages import Message, msg

BUSY_TIMEOUT_MS = 5000
APPLICATION_ID = 0x41524C47  # "ARLG": marks the file as an arledger ledger


Connection = sqlite3.Connection  # what services may hold without importing sqlite3 themselves


# quick_check reads the whole file (about 1-3 s per 100 MB here): files above this size are opened at once and
# checked in the background by the app (and in full by `arledger check`), so a large ledger still opens quickly.
QUICK_CHECK_MAX_BYTES = 64 * 2**20

# Files that passed quick_check in this process: the app's worker threads open their own connections, and the
# whole file need not be read again for each of them.
# The key holds the main file's size and modification time, so a file changed since is checked again.
_CHECKED: set[tuple[Path, int, int]] = set()


class LedgerFileError(UserError):
    """The file is missing, not a ledger, locked or unreadable."""


class LedgerDamagedError(LedgerFileError):
    """SQLite's own check found the file damaged; ``problems`` are its first findings."""

    def __init__(self, path: Path, problems: list[str], message: Message | str = "") -> None:
        self.path = path
        self.problems = problems
        super().__init__(message or msg("ledger.damaged", "{path} is damaged ({problem}).", path=str(path),
                                        problem=problems[0] if problems else "unreadable"))


def _quick_check(conn: sqlite3.Connection, limit: int) -> list[str]:
    """SQLite's quick_check before the Database exists: an empty list when the file is sound."""
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({int(limit)})")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return _findings(rows)


def _findings(rows: list[str]) -> list[str]:
    """An integrity check's findings one a line, without SQLite's '*** in database main ***' headings (a sentence
    names the first finding, never the heading)."""
    lines = [ln.strip() for text in rows for ln in str(text).splitlines()]
    return [] if lines == ["ok"] else [ln for ln in lines if ln and not ln.startswith("***")]


class Database:
    """A ledger file's connection plus the sqlite-utils view of it."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self._depth = 0
        self._wrote = False
        self.damage: str = ""  # why the file is known to be damaged; no write is started once it is set

    def refuse_writes(self, why: str) -> None:
        """Mark the file damaged (an integrity check failed, or SQLite reported corruption): every later write
        is refused with one sentence, so a damaged ledger is never written to."""
        self.damage = why

    def check_integrity(self, *, quick: bool = True, limit: int = 10) -> list[str]:
        """SQLite's own check of every page and index (quick_check skips comparing index contents); the
        problems it reports, empty when the file is sound. Problems mark the file damaged."""
        pragma = "quick_check" if quick else "integrity_check"
        try:
            found = [r[0] for r in self.conn.execute(f"PRAGMA {pragma}({int(limit)})")]
        except sqlite3.DatabaseError as exc:
            found = [str(exc)]
        problems = _findings(found)
        if problems:
            self.refuse_writes(problems[0])
        return problems

    def _damaged_error(self) -> LedgerFileError:
        return LedgerFileError(msg("ledger.damaged_write", "{name} is damaged ({problem}); nothing was saved. Restore "
                                   "it from a backup, or run 'arledger check' for what is wrong.",
                                   name=self.path.name, problem=self.damage))

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
        if self.damage:
            raise self._damaged_error()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise self._busy_error() from None
            raise
        self._depth = 1
        self._wrote = True
        try:
            yield self.conn
        except sqlite3.DatabaseError as exc:
            self._depth = 0
            problem = self._rolled_back(exc)
            if problem is not None:
                raise problem from None
            raise
        except BaseException:
            self._depth = 0
            if self.conn.in_transaction:  # SQLite has already rolled back after a full disk or I/O error
                self.conn.execute("ROLLBACK")
            raise
        else:
            self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                problem = self._rolled_back(exc)
                if problem is not None:
                    raise problem from None
                raise

    def _rolled_back(self, exc: sqlite3.DatabaseError) -> LedgerFileError | None:
        """Roll back after a database error in a write; the sentence to raise instead, for a damaged file (no
        more writes are then allowed) or a busy one, else None (the error is a bug and propagates)."""
        with suppress(sqlite3.Error):
            self.conn.execute("ROLLBACK")
        if _is_corruption(exc):
            self.refuse_writes(str(exc))
            return self._damaged_error()
        if _is_busy(exc):
            return self._busy_error()
        return None

    def _busy_error(self) -> LedgerFileError:
        return LedgerFileError(msg("ledger.busy_write", "{name} is being changed by another program; nothing was "
                                   "saved, try again in a moment.", name=self.path.name))

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

    def use_rollback_journal(self) -> None:
        """Leave WAL mode, so the file is complete on its own when closed (a copy inside an archive)."""
        self.conn.execute("PRAGMA journal_mode = DELETE")

    def data_version(self) -> int:
        """Changes whenever another connection (another program) commits to the file."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def version(self) -> int | None:
        """A value every write to the file changes (migration m016's triggers), the same on every connection; None
        for a file not yet migrated that far."""
        try:
            row = self.conn.execute("SELECT version FROM ledger_version WHERE id = 1").fetchone()
        except sqlite3.OperationalError:
            return None
        return int(row[0]) if row else None

    def checked_on_open(self) -> bool:
        """Whether opening ran quick_check on this file (small enough), or it is left to a background check."""
        return self.path.stat().st_size <= QUICK_CHECK_MAX_BYTES

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection; one that wrote first lets SQLite refresh its query statistics. (A read-only
        connection does not: that would be a commit other programs, such as the open app, see as a change.)"""
        if self._wrote:
            with suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()


def _is_busy(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _is_corruption(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "malformed" in text or "not a database" in text or "corrupt" in text


def connect(path: Path | str, *, create: bool = False, check: bool = True) -> Database:
    """Open (or, with create, make) the ledger file at path with the ledger's PRAGMAs set.

    An existing ledger (up to QUICK_CHECK_MAX_BYTES) is checked with SQLite's quick_check the first time this
    process opens it (unless check is False): a damaged file is a LedgerDamagedError. An empty (0-byte) or
    foreign file is refused, never silently made a new ledger."""
    path = Path(path).expanduser()
    if not create and not path.exists():
        raise LedgerFileError(msg("ledger.no_file", "There is no ledger file at {path}.", path=str(path)))
    if not create and path.is_file() and path.stat().st_size == 0:
        raise LedgerFileError(msg("ledger.empty_file", "{path} is an empty file (0 bytes), not a ledger; create a "
                                  "ledger with 'arledger init' or restore one from a backup.", path=str(path)))
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise LedgerFileError(msg("ledger.not_ledger", "{path} is not a ledger file ({problem}).", path=str(path),
                                  problem=str(exc))) from None
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables > 0):
        conn.close()
        raise LedgerFileError(msg("ledger.foreign_sqlite", "{path} is an SQLite file but not an arledger ledger.",
                                  path=str(path)))
    if check and tables > 0:
        stat = path.stat()
        key = (path.resolve(), stat.st_size, stat.st_mtime_ns)
        if key not in _CHECKED and stat.st_size <= QUICK_CHECK_MAX_BYTES:
            problems = _quick_check(conn, limit=3)
            if problems:
                conn.close()
                raise LedgerDamagedError(path, problems)
            _CHECKED.add(key)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        conn.close()
        if _is_busy(exc):
            raise LedgerFileError(msg("ledger.busy", "{name} is being changed by another program; try again in a "
                                      "moment.", name=path.name)) from None
        raise LedgerFileError(msg("ledger.cannot_open", "{path} cannot be opened ({problem}).", path=str(path),
                                  problem=str(exc))) from None
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    if app_id == 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return Database(conn, path)
