"""SQL statements per letter preview and per customer view stay bounded (counts are deterministic, timings are not).

Before the letter loaded its customer and settings once and passed them down, a level-3 preview of the demo
ledger ran 57 statements (the customer read 9 times); ``tests/bench/bench_statements.py`` prints the figures.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger
from tests.bench.bench_statements import ON, open_customer_view, preview_letter, sample, statements

PREVIEW_AT_MOST = 48
VIEW_AT_MOST = 34
CUSTOMER_READS_AT_MOST = 4  # send_letter, unapplied credit, the statement's aging, the batch-wide customer map


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("counts") / "demo.arledger"
    write_demo_ledger(path, customers=60, invoices=1500, today=ON)
    return path


def _customer_reads(seen: list[str]) -> int:
    return Counter(" ".join(s.split())[:40] for s in seen)["SELECT id, code, name, kind, email, phone,"]


def test_a_letter_preview_runs_a_bounded_number_of_statements(demo: Path) -> None:
    with Ledger.open(demo) as ledger:
        codes = sample(ledger)
        assert len(codes) >= 3  # levels 1, 2 and 3 are due in the demo ledger on ON
        for code in codes:
            sent, seen = statements(ledger, lambda c=code: preview_letter(ledger, c))
            assert sent.pdf.startswith(b"%PDF") and not sent.recorded
            assert len(seen) <= PREVIEW_AT_MOST, (code, sent.level, len(seen))
            assert _customer_reads(seen) <= CUSTOMER_READS_AT_MOST, (code, _customer_reads(seen))
            # a preview only reads
            assert not [s for s in seen if s.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]


def test_the_customer_view_runs_a_bounded_number_of_statements(demo: Path) -> None:
    with Ledger.open(demo) as ledger:
        for code in sample(ledger):
            _none, seen = statements(ledger, lambda c=code: open_customer_view(ledger, c))
            assert 0 < len(seen) <= VIEW_AT_MOST, (code, len(seen))
