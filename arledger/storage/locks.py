"""Named locks kept in the ledger itself (one row each), for work only one process may do at a time.

A lock row names its holder: host, process id and the process's start time. It is taken and released inside
write transactions, so two processes can never both see it free. A holder that died (killed, crashed, power
cut) leaves its row behind; the next taker finds that process gone (or the id reused by a younger process)
and takes the lock over, so a crash never locks a ledger for good.
"""

from __future__ import annotations

import os
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class LockHolder:
    name: str
    host: str
    pid: int
    pid_started: str
    taken_at: str


def process_start(pid: int) -> str:
    """When the process started, as the kernel counts it ('' where that cannot be read)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # the command name (field 2) may hold spaces and parentheses; fields after its closing ')' are plain
    return stat.rsplit(")", 1)[1].split()[19]


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def holder(conn: sqlite3.Connection, name: str) -> LockHolder | None:
    row = conn.execute("SELECT name, host, pid, pid_started, taken_at FROM locks WHERE name = ?", (name,)).fetchone()
    return LockHolder(*row) if row else None


def is_stale(h: LockHolder) -> bool:
    """True when the holder is certainly gone (same host, and its process no longer runs or was replaced)."""
    if h.host != socket.gethostname():
        return False  # another computer's process: it cannot be checked from here
    if not process_alive(h.pid):
        return True
    return bool(h.pid_started) and process_start(h.pid) != h.pid_started


def take(conn: sqlite3.Connection, name: str, taken_at: str) -> LockHolder | None:
    """Take the lock inside the caller's write transaction; returns the live holder instead if there is one."""
    current = holder(conn, name)
    if current is not None and not is_stale(current):
        return current
    conn.execute("INSERT OR REPLACE INTO locks (name, host, pid, pid_started, taken_at) VALUES (?, ?, ?, ?, ?)",
                 (name, socket.gethostname(), os.getpid(), process_start(os.getpid()), taken_at))
    return None


def release(conn: sqlite3.Connection, name: str) -> None:
    """Give the lock back (only this process's own)."""
    conn.execute("DELETE FROM locks WHERE name = ? AND host = ? AND pid = ?", (name, socket.gethostname(), os.getpid()))
