"""SQL statements per letter preview and per customer view stay bounded (counts are deterministic, timings are not).

Before the letter loaded its customer and settings once and passed them down, a level-3 preview of the demo
ledger ran 57 statements (the customer read 9 times), then 46 (4 times, promises evaluated twice); now 33 (once);
a letter for interest alone (invoices paid late) read its interest lines twice, now once. The limitation setting
was read 4 times per letter (the overdue items' limitation, the interest lines' window, their limitation and the
shortest period), now once: 29, 31 and 34 statements became 26, 28 and 31.
The customer view ran 29-33 with the customer read 8 times (each tab by code), now 14-16 (once).
``tests/bench/bench_statements.py`` prints the figures.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from arledger.services import escalation
from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger
from tests.bench.bench_statements import ON, open_customer_view, preview_letter, sample, statements

PREVIEW_AT_MOST = 31
VIEW_AT_MOST = 17
CUSTOMER_READ = "SELECT id, code, name, kind, email, phone,"
PROMISES_READ = "SELECT p.id, p.customer_id, p.promised_on"
PAID_LATE_READ = "SELECT i.customer_id, i.id, i.number, i.due_date, 0,"  # the interest lines of invoices paid late
LIMITATION_SETTING_READ = "SELECT value FROM settings WHERE key = 'limitation_generic_years'"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("counts") / "demo.arledger"
    write_demo_ledger(path, customers=60, invoices=1500, today=ON)
    return path


def _reads(seen: list[str], prefix: str) -> int:
    return Counter(" ".join(s.split())[:len(prefix)] for s in seen)[prefix]


def test_a_letter_preview_runs_a_bounded_number_of_statements(demo: Path) -> None:
    with Ledger.open(demo) as ledger:
        codes = sample(ledger)
        assert len(codes) >= 3  # levels 1, 2 and 3 are due in the demo ledger on ON
        interest_only = {e.customer.code for e in escalation.letters_due(ledger, ON)
                         if e.decision and all(li.item.claim_only for li in e.decision.items)}
        assert interest_only & set(codes)  # a letter for interest alone is among them
        for code in codes:
            sent, seen = statements(ledger, lambda c=code: preview_letter(ledger, c))
            assert sent.pdf.startswith(b"%PDF") and not sent.recorded
            assert len(seen) <= PREVIEW_AT_MOST, (code, sent.level, len(seen))
            # the customer read once and its promises evaluated once, both passed down to what needs them
            assert _reads(seen, CUSTOMER_READ) == 1, (code, _reads(seen, CUSTOMER_READ))
            assert _reads(seen, PROMISES_READ) == 1, (code, _reads(seen, PROMISES_READ))
            # a letter for interest alone keeps the interest lines it decided on for its document
            assert _reads(seen, PAID_LATE_READ) <= 1, (code, _reads(seen, PAID_LATE_READ))
            # the limitation setting read once, for the items' limitation and the interest lines alike
            assert _reads(seen, LIMITATION_SETTING_READ) == 1, (code, _reads(seen, LIMITATION_SETTING_READ))
            # a preview only reads
            assert not [s for s in seen if s.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]


def test_the_customer_view_runs_a_bounded_number_of_statements(demo: Path) -> None:
    with Ledger.open(demo) as ledger:
        for code in sample(ledger):
            _none, seen = statements(ledger, lambda c=code: open_customer_view(ledger, c))
            assert 0 < len(seen) <= VIEW_AT_MOST, (code, len(seen))
            assert _reads(seen, CUSTOMER_READ) == 1, (code, _reads(seen, CUSTOMER_READ))
            assert _reads(seen, PROMISES_READ) == 1, (code, _reads(seen, PROMISES_READ))
