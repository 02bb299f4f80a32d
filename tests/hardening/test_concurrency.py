"""One writer where it matters: two letter batches and two contact loggers run at once as real processes."""

from __future__ import annotations

import hashlib
import socket
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

from arledger.domain.model import Customer, Jurisdiction
from arledger.services import evidence_log, letter_archive, letter_batch, policy
from arledger.services.ledger import Ledger
from arledger.storage import locks

ON = date(2025, 6, 1)
ROOT = Path(__file__).resolve().parents[2]

BATCH = textwrap.dedent("""
    import sys
    from datetime import date
    from pathlib import Path
    from arledger.domain.errors import UserError
    from arledger.services import letter_archive, letter_batch
    from arledger.services.ledger import Ledger

    with Ledger.open(sys.argv[1]) as ledger:
        try:
            result = letter_batch.batch(ledger, date(2025, 6, 1), Path(sys.argv[2]))
        except UserError as exc:
            print(f"refused: {exc}")
            sys.exit(1)
    print(f"sent {len(result.letters)}")
""")

CONTACTS = textwrap.dedent("""
    import sys
    from arledger.domain.model import Channel, Direction
    from arledger.services import contacts, evidence_log
    from arledger.services.ledger import Ledger

    logged = refused = 0
    with Ledger.open(sys.argv[1]) as ledger:
        for n in range(4):
            try:  # at the moment of logging, so neither logger can slip calls in before the other's
                contacts.log_contact(ledger, "C00", Channel.PHONE, Direction.OUT, f"call {sys.argv[2]}-{n}")
                logged += 1
            except contacts.GuardRefused:
                refused += 1
    print(f"logged {logged} refused {refused}")
""")


def _books(ledger: Ledger, n: int) -> None:
    ledger.set_setting("company", {"name": "Seller Ltd", "address": "1 High Street, York YO1 1AA"})
    ledger.set_setting("contact_policy", {"max_calls": 3, "call_window_days": 7, "hours_start": "00:00",
                                          "hours_end": "23:59:59"})
    for i in range(n):
        code = f"C{i:02d}"
        ledger.add_customer(Customer(code=code, name=f"Buyer {i} Ltd", currency="GBP", jurisdiction=Jurisdiction.UK,
                                     address=f"{i + 1} Dock Road, Hull HU1 1AB", timezone="UTC"))
        ledger.add_invoice(code, f"{code}-1", date(2025, 3, 1), 10_000 + i, due_date=ON - timedelta(days=40))


def test_two_batches_and_two_contact_loggers_at_once(ledger: Ledger, ledger_path: Path, tmp_path: Path):
    _books(ledger, 12)
    ledger.close()
    (tmp_path / "batch.py").write_text(BATCH, encoding="utf-8")
    (tmp_path / "contacts.py").write_text(CONTACTS, encoding="utf-8")
    procs = [
        subprocess.Popen([sys.executable, str(tmp_path / "batch.py"), str(ledger_path), str(tmp_path / f"out{k}")],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for k in (1, 2)
    ] + [
        subprocess.Popen([sys.executable, str(tmp_path / "contacts.py"), str(ledger_path), str(k)],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for k in (1, 2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    for (stdout, stderr), p in zip(outs, procs, strict=True):
        assert "Traceback" not in stderr, stderr
        assert p.returncode in (0, 1), (stdout, stderr)
    batch_lines = [outs[0][0].strip(), outs[1][0].strip()]
    # one run sent every letter; the other was refused in one sentence or found nothing left to send
    assert "sent 12" in batch_lines, batch_lines
    for line in batch_lines:
        assert line in ("sent 12", "sent 0") or (line.startswith("refused: Another letters batch is already running")
                                                and line.count(". ") == 0), line
    with Ledger.open(ledger_path) as again:
        per_customer = again.conn.execute("SELECT customer_id, count(*) FROM letters GROUP BY customer_id").fetchall()
        assert len(per_customer) == 12 and all(c == 1 for _cid, c in per_customer)
        paths = [r[0] for r in again.conn.execute("SELECT path FROM letters")]
        assert len(paths) == len(set(paths))
        base = policy.side_dir(again, "")
        for path, sha in again.conn.execute("SELECT path, sha256 FROM letters"):
            assert hashlib.sha256((base / path).read_bytes()).hexdigest() == sha
        calls = again.conn.execute("SELECT count(*) FROM contacts WHERE channel = 'phone'").fetchone()[0]
        assert calls == 3  # the limit, although two loggers tried eight calls between them
        assert evidence_log.verify_evidence(again).intact
        assert letter_archive.check_archive(again) == []
        assert again.conn.execute("SELECT count(*) FROM locks").fetchone()[0] == 0


def test_a_killed_batch_leaves_a_stale_lock_that_the_next_run_takes_over(ledger: Ledger, tmp_path: Path):
    _books(ledger, 2)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    with ledger.database.atomic() as conn:
        conn.execute("INSERT INTO locks (name, host, pid, pid_started, taken_at) VALUES (?, ?, ?, '', ?)",
                     ("letters-batch", socket.gethostname(), pid, "2025-06-01T00:00:00+00:00"))
    result = letter_batch.batch(ledger, ON, tmp_path / "out")
    assert len(result.letters) == 2
    assert locks.holder(ledger.conn, "letters-batch") is None


def test_a_live_holder_refuses_a_second_batch_in_one_sentence(ledger: Ledger, tmp_path: Path):
    from arledger.services.work_locks import WorkBusy

    _books(ledger, 2)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with ledger.database.atomic() as conn:
            conn.execute("INSERT INTO locks (name, host, pid, pid_started, taken_at) VALUES (?, ?, ?, ?, ?)",
                         ("letters-batch", socket.gethostname(), sleeper.pid,
                          locks.process_start(sleeper.pid), "2025-06-01T00:00:00+00:00"))
        try:
            letter_batch.batch(ledger, ON, tmp_path / "out")
            raise AssertionError("a second batch ran while the first held the lock")
        except WorkBusy as exc:
            assert str(exc).startswith("Another letters batch is already running on this ledger (process")
        assert ledger.conn.execute("SELECT count(*) FROM letters").fetchone()[0] == 0
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_busy_ledger_is_one_sentence(ledger: Ledger, ledger_path: Path, monkeypatch, capsys):
    from arledger.cli.main import main
    from arledger.storage import db

    _books(ledger, 1)
    ledger.close()
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(ledger_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is in the middle of a write
    try:
        code = main(["contact", "log", "--customer", "C00", "--channel", "email", "--direction", "in",
                     "--summary", "Their reply", "--ledger", str(ledger_path)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "is being changed by another program; nothing was saved" in err
