"""What imports remember: mapping profiles, imported files' hashes, bank statement lines and payer identities."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple

from arledger.domain.bank_matching import StatementLine
from arledger.storage.rows import now_utc

# What a refused write looks like to the services (disk full, read-only file, locked ledger, a constraint).
WriteRefused = sqlite3.DatabaseError


class ProfileRow(NamedTuple):
    name: str
    kind: str
    settings: dict[str, Any]
    updated_at: str


class ImportedFileRow(NamedTuple):
    sha256: str
    kind: str
    file_name: str
    rows: int
    imported_at: str


# -- profiles --------------------------------------------------------------------------------------------
def save_profile(conn: sqlite3.Connection, name: str, kind: str, settings: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO import_profiles (name, kind, settings, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, settings = excluded.settings,"
        " updated_at = excluded.updated_at",
        (name.strip(), kind, json.dumps(settings, sort_keys=True, ensure_ascii=False), now_utc()))


def profile(conn: sqlite3.Connection, name: str) -> ProfileRow | None:
    row = conn.execute("SELECT name, kind, settings, updated_at FROM import_profiles WHERE name = ?",
                       (name.strip(),)).fetchone()
    return ProfileRow(row[0], row[1], json.loads(row[2]), row[3]) if row else None


def profile_names(conn: sqlite3.Connection, kind: str | None = None) -> list[str]:
    if kind is None:
        return [r[0] for r in conn.execute("SELECT name FROM import_profiles ORDER BY name")]
    return [r[0] for r in conn.execute("SELECT name FROM import_profiles WHERE kind = ? ORDER BY name", (kind,))]


# -- imported files --------------------------------------------------------------------------------------
def imported_file(conn: sqlite3.Connection, sha256: str, kind: str) -> ImportedFileRow | None:
    row = conn.execute("SELECT sha256, kind, file_name, rows, imported_at FROM imported_files"
                       " WHERE sha256 = ? AND kind = ? ORDER BY id LIMIT 1", (sha256, kind)).fetchone()
    return ImportedFileRow(*row) if row else None


def remember_file(conn: sqlite3.Connection, sha256: str, kind: str, file_name: str, rows: int,
                  evidence_seq: int | None) -> None:
    conn.execute("INSERT INTO imported_files (sha256, kind, file_name, rows, imported_at, evidence_seq)"
                 " VALUES (?, ?, ?, ?, ?, ?)", (sha256, kind, file_name, rows, now_utc(), evidence_seq))


# -- statement lines -------------------------------------------------------------------------------------
def seen_fingerprints(conn: sqlite3.Connection, fingerprints: Iterable[str]) -> set[str]:
    found: set[str] = set()
    batch = list(fingerprints)
    for i in range(0, len(batch), 500):
        chunk = batch[i:i + 500]
        found.update(r[0] for r in conn.execute(
            f"SELECT fingerprint FROM statement_lines WHERE fingerprint IN ({','.join('?' * len(chunk))})", chunk))
    return found


def remember_line(conn: sqlite3.Connection, line: StatementLine, file_sha256: str, outcome: str,
                  customer_id: int | None = None, payment_id: int | None = None) -> None:
    conn.execute(
        "INSERT INTO statement_lines (fingerprint, file_sha256, booked_on, amount, currency, bank_reference,"
        " payer_name, payer_iban, remittance, outcome, customer_id, payment_id, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (line.fingerprint, file_sha256, line.booked_on.isoformat(), line.amount, line.currency,
         line.bank_reference, line.payer_name, line.payer_iban, line.remittance, outcome, customer_id,
         payment_id, now_utc()))


# -- payer identities ------------------------------------------------------------------------------------
def payer_identities(conn: sqlite3.Connection) -> tuple[dict[str, int], dict[str, int]]:
    """(IBAN -> customer id, normalised payer name -> customer id) learnt from accepted lines."""
    ibans: dict[str, int] = {}
    names: dict[str, int] = {}
    for cid, kind, value in conn.execute("SELECT customer_id, kind, value FROM payer_identities"):
        (ibans if kind == "iban" else names)[value] = cid
    return ibans, names


def learn_identity(conn: sqlite3.Connection, customer_id: int, kind: str, value: str) -> None:
    conn.execute("INSERT INTO payer_identities (customer_id, kind, value) VALUES (?, ?, ?)"
                 " ON CONFLICT(kind, value) DO UPDATE SET customer_id = excluded.customer_id",
                 (customer_id, kind, value))

