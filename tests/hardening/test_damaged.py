"""No write to a damaged ledger, and leftovers of killed runs cleaned at the next start."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from arledger.cli.main import main
from arledger.domain.model import Customer
from arledger.services import leftovers
from arledger.services.ledger import Ledger
from arledger.storage.db import LedgerFileError


def _books(path: Path, n: int = 400) -> None:
    with Ledger.open(path, create=True) as led:
        led.add_customer(Customer(code="C", name="Carl Ltd", currency="EUR"))
        with led.database.atomic():
            for i in range(n):
                led.add_invoice("C", f"INV-{i:05d}", date(2025, 1, 1 + i % 28), 1_000 + i)


def _corrupt_index(path: Path, index: str) -> None:
    """Overwrite the root page of an index with garbage, as a failing disk or a torn copy would."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xde\xad\xbe\xef" * (page_size // 4))


@pytest.fixture
def opened_unchecked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open without the quick_check a small ledger gets on opening, as a ledger too large for it is opened (the
    app checks those in the background): the damage is met afterwards, which is what these tests are about."""
    from arledger.storage import db

    monkeypatch.setattr(db, "QUICK_CHECK_MAX_BYTES", 0)


def test_a_damaged_ledger_is_refused_on_opening(tmp_path: Path, capsys):
    path = tmp_path / "books.sqlite"
    _books(path)
    _corrupt_index(path, "invoices_by_due")
    code = main(["import", "invoices", str(_csv(tmp_path)), "--ledger", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and f"{path} is damaged (" in err


def test_an_integrity_problem_stops_every_write(tmp_path: Path, opened_unchecked: None):
    path = tmp_path / "books.sqlite"
    _books(path)
    _corrupt_index(path, "invoices_by_due")
    with Ledger.open(path) as led:
        problems = led.database.check_integrity()
        assert problems
        count = led.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        with pytest.raises(LedgerFileError, match=r"books.sqlite is damaged .*; nothing was saved"):
            led.add_customer(Customer(code="D", name="Dora Ltd", currency="EUR"))
        assert led.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == count


def test_corruption_met_during_a_write_is_one_sentence_and_marks_the_file(tmp_path: Path, capsys,
                                                                          opened_unchecked: None):
    path = tmp_path / "books.sqlite"
    _books(path)
    _corrupt_index(path, "invoices_by_due")
    code = main(["import", "invoices", str(_csv(tmp_path)), "--ledger", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and "is damaged" in err and "nothing was saved" in err
    with Ledger.open(path) as led:
        try:
            led.add_invoice("C", "X-1", date(2025, 3, 1), 500)
        except LedgerFileError as exc:
            assert "is damaged" in str(exc)
        assert led.database.damage
        with pytest.raises(LedgerFileError, match="is damaged"):
            led.add_customer(Customer(code="E", name="Eve Ltd", currency="EUR"))


def _csv(tmp_path: Path) -> Path:
    f = tmp_path / "more.csv"
    f.write_text("customer,number,issue_date,amount\n" + "".join(
        f"C,NEW-{i},2025-02-{1 + i % 28:02d},10.00\n" for i in range(50)), encoding="utf-8")
    return f


def test_leftovers_of_killed_runs_are_removed_at_the_next_start(tmp_path: Path):
    path = tmp_path / "books.sqlite"
    _books(path, 3)
    stale = [tmp_path / ".export.xlsx.1a2b3c4d.part", tmp_path / ".statement.pdf.xk2_9a0q.part",
             tmp_path / "copy.sqlite.partial"]
    attachments = tmp_path / "books-files" / "attachments" / "ab"
    attachments.mkdir(parents=True)
    stale.append(attachments / "abcd-contract.pdf.part")
    fresh = tmp_path / ".other.xlsx.9f8e7d6c.part"  # a run still writing it
    letter_part = tmp_path / "books-files" / "letters" / "C" / ".2025-06-01-L1-1.pdf.part"
    letter_part.parent.mkdir(parents=True)
    mine = tmp_path / "notes.part"  # not a name arledger makes
    old = time.time() - 2 * leftovers.LEFTOVER_AGE.total_seconds()
    for p in [*stale, fresh, letter_part, mine]:
        p.write_bytes(b"half")
    for p in [*stale, letter_part, mine]:
        os.utime(p, (old, old))
    with Ledger.open(path):
        pass
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and mine.exists()
    assert letter_part.exists()  # reconcile_archive decides about letters: it may hold a recorded letter
