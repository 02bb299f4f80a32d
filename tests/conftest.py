"""Shared fixtures: real ledger files in a temporary folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The CLI speaks the environment's language; tests read its English unless a test asks for another.
os.environ["ARLEDGER_LANGUAGE"] = "en"
# Witness files go to the user data directory: each test run (and the processes it starts) gets its own.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="arledger-tests-data-")

from arledger.domain.model import Customer, CustomerKind, Jurisdiction
from arledger.services.ledger import Ledger


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "books.sqlite"


@pytest.fixture
def ledger(ledger_path: Path) -> Iterator[Ledger]:
    with Ledger.open(ledger_path, create=True) as led:
        yield led


@pytest.fixture
def acme(ledger: Ledger) -> Customer:
    # payment dates agreed by contract: in default (and bearing interest) from the day after the due date
    return ledger.add_customer(Customer(code="ACME", name="Acme GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                        timezone="Europe/Berlin", payment_date_agreed=True))


@pytest.fixture
def tom(ledger: Ledger) -> Customer:
    return ledger.add_customer(Customer(code="TOM", name="Tom Jones", kind=CustomerKind.INDIVIDUAL, currency="GBP",
                                        jurisdiction=Jurisdiction.UK, timezone="Europe/London", payment_terms_days=14))


def snapshot(path: Path) -> bytes:
    """Every table's rows in a stable order: equal snapshots mean an unchanged ledger. SQLite's own planner
    statistics (sqlite_stat*, written by `PRAGMA optimize` when a ledger is closed) are not ledger content."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        out = []
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE"
                                    " 'sqlite\\_stat%' ESCAPE '\\' ORDER BY name"):
            out.append(repr((name, conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall())))
        return "\n".join(out).encode()
    finally:
        conn.close()


@pytest.fixture
def cups_pdf() -> Callable[[str], Path]:
    """The PDF printer .ci/run sets up (CUPS with cups-pdf, queue ArledgerPDF): returns a function that waits for
    the printed file of a job title and returns it. Skipped on a machine without it, but never in CI."""
    import pwd
    import shutil
    import subprocess
    import time

    ok = shutil.which("lpstat") and subprocess.run(["lpstat", "-p", PDF_PRINTER], capture_output=True).returncode == 0
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide the CUPS PDF printer {PDF_PRINTER} (see .ci/run).")
        pytest.skip(f"no CUPS PDF printer {PDF_PRINTER} here (.ci/run sets one up)")
    out_dir = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"

    def printed(title: str, timeout: float = 60.0) -> Path:
        stem = title.removesuffix(".pdf")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = sorted(out_dir.glob(f"{stem}*.pdf"), key=lambda p: p.stat().st_mtime)
            if found and found[-1].stat().st_size > 0:
                time.sleep(0.3)  # cups-pdf renames into place; let the write settle
                return found[-1]
            time.sleep(0.2)
        raise AssertionError(f"nothing named {stem}*.pdf arrived in {out_dir} within {timeout:.0f} s")

    return printed


PDF_PRINTER = "ArledgerPDF"
