"""Shared fixtures: real ledger files in a temporary folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
    return ledger.add_customer(Customer(code="ACME", name="Acme GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                        timezone="Europe/Berlin"))


@pytest.fixture
def tom(ledger: Ledger) -> Customer:
    return ledger.add_customer(Customer(code="TOM", name="Tom Jones", kind=CustomerKind.INDIVIDUAL, currency="GBP",
                                        jurisdiction=Jurisdiction.UK, timezone="Europe/London", payment_terms_days=14))


def snapshot(path: Path) -> bytes:
    """Every table's rows in a stable order: equal snapshots mean an unchanged ledger."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        out = []
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            out.append(repr((name, conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall())))
        return "\n".join(out).encode()
    finally:
        conn.close()
