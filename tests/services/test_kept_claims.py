"""The interest claims a letter run computes are kept while the ledger is unchanged (the work queue of the same day
reuses them), and never outlive the facts they came from: a payment, a waiver, a rate table, a setting or a write
by another program shows in the next run, with the figure `report interest` gives. Figures by hand in comments;
``late`` (tests/services/conftest.py) owes EUR 185.26 interest and EUR 40 compensation on an invoice paid late."""

from __future__ import annotations

import sqlite3
from datetime import date

from arledger.services import escalation, interest_claims, policy
from arledger.services.ledger import Ledger
from arledger.services.queue import work_queue
from tests.bench.bench_statements import statements
from tests.services.test_interest_only_letters import ON

PAID_LATE_READ = "SELECT i.customer_id, i.id, i.number, i.due_date, 0,"  # the invoices paid late, read once a run
OVERDUE_READ = "SELECT * FROM ( SELECT i.customer_id, i.id, i.number, i.due_date,"  # the overdue items


def _letter_total(ledger: Ledger, on: date = ON) -> int | None:
    """What the letter run proposes to LATE (minor units), or None when it proposes nothing."""
    found = [e for e in escalation.letters_due(ledger, on) if e.customer.code == "LATE" and e.decision]
    return found[0].decision.totals[0].minor if found and found[0].decision else None


def _report_total(ledger: Ledger, on: date = ON) -> int:
    """The same claim as `report interest` computes it: claimable interest + compensation of LATE's invoices."""
    lines = interest_claims.interest_lines(ledger, on, "LATE")
    return sum(ln.claimable_interest + (ln.claimable_compensation.minor if ln.claimable_compensation else 0)
               for ln in lines)


def _reads(ledger: Ledger, work, prefix: str) -> int:
    _result, seen = statements(ledger, work)
    return sum(" ".join(s.split()).startswith(prefix) for s in seen)


def test_the_work_queue_reuses_the_letter_run_of_the_day_until_the_ledger_changes(late):
    def letters(on: date = ON) -> object:
        return escalation.letters_due(late, on)

    def queue() -> object:
        return work_queue(late, ON, create_tasks=False)

    assert _reads(late, letters, OVERDUE_READ) == 1 and _reads(late, letters, OVERDUE_READ) == 0
    late.forget()
    assert _reads(late, letters, PAID_LATE_READ) == 1 and _reads(late, letters, PAID_LATE_READ) == 0
    assert _reads(late, queue, PAID_LATE_READ) == 0 and _reads(late, queue, OVERDUE_READ) == 0  # decided once
    assert _reads(late, lambda: letters(date(2025, 6, 2)), PAID_LATE_READ) == 1  # another day
    late.set_setting("aging.boundaries", [30, 60, 90])  # any write at all
    assert _reads(late, queue, OVERDUE_READ) == 1 and _reads(late, letters, PAID_LATE_READ) == 0
    interest_claims.waive_interest(late, "L-1", "goodwill", on=ON)
    assert not [t for t in work_queue(late, ON, create_tasks=False) if t.customer_code == "LATE"]


def test_a_waiver_after_a_kept_run_shows_in_the_next(late):
    assert _letter_total(late) == _report_total(late) == 18_526 + 4_000
    interest_claims.waive_interest(late, "L-1", "goodwill", interest=5_000, compensation=0, on=ON)
    assert _letter_total(late) == _report_total(late) == 13_526 + 4_000  # 185.26 - 50.00 + 40.00


def test_a_late_payment_after_a_kept_run_shows_in_the_next(late):
    assert _letter_total(late) == 22_526
    # EUR 1,000.00 due 1 March, paid 30 April: 1,000 x 11.27% x 60 / 365 = 18.526 = EUR 18.53, + EUR 40
    late.add_invoice("LATE", "L-2", date(2025, 1, 30), 100_000, due_date=date(2025, 3, 1))
    late.record_payment("LATE", date(2025, 4, 30), 100_000, invoice_number="L-2")
    assert _letter_total(late) == _report_total(late) == 22_526 + 1_853 + 4_000


def test_an_edited_rate_table_after_a_kept_run_shows_in_the_next(late):
    assert _letter_total(late) == 22_526
    own = policy.side_dir(late, "rates")
    own.mkdir(parents=True)
    # 3.27% from 2025 instead of 2.27%: 10,000 x 12.27% x 60 / 365 = 201.698 = EUR 201.70, + EUR 40
    (own / "de_basiszins.csv").write_text("effective_date,rate_percent\n2024-07-01,3.37\n2025-01-01,3.27\n")
    assert _letter_total(late) == _report_total(late) == 20_170 + 4_000


def test_a_setting_after_a_kept_run_shows_in_the_next(late):
    assert _letter_total(late) == 22_526
    late.set_setting("letters.interest_claim_days", 10)  # paid 32 days before ON: no longer a letter of its own
    assert _letter_total(late) is None
    late.set_setting("letters.interest_claim_days", 40)
    assert _letter_total(late) == 22_526


def test_a_write_by_another_program_after_a_kept_run_shows_in_the_next(late):
    assert _letter_total(late) == 22_526
    with Ledger.open(late.path) as other:  # the command line, say, while the app has the ledger open
        interest_claims.waive_interest(other, "L-1", "settled by phone", on=ON)
    assert _letter_total(late) is None
    assert _report_total(late) == 0


def test_every_connection_to_the_file_shares_what_is_kept(late):
    """The app opens the ledger on a connection of its own for each read (gui/operations.py): the Today page read
    after the Letters page finds the day's decisions kept."""
    escalation.letters_due(late, ON)
    with Ledger.open(late.path) as other:
        assert _reads(other, lambda: work_queue(other, ON, create_tasks=False), OVERDUE_READ) == 0


def test_a_write_by_a_program_that_is_not_arledger_shows_in_the_next_run(late):
    assert _letter_total(late) == 22_526
    raw = sqlite3.connect(late.path)  # the sqlite3 shell, say: the triggers change the version all the same
    with raw:
        raw.execute("UPDATE customers SET do_not_contact = 1 WHERE code = 'LATE'")
    raw.close()
    (entry,) = [e for e in escalation.letters_due(late, ON) if e.customer.code == "LATE"]
    assert entry.decision is None and entry.pause is not None


def test_nothing_is_kept_from_a_transaction_still_open(late):
    with late.database.atomic():
        assert _reads(late, lambda: escalation.letters_due(late, ON), OVERDUE_READ) == 1
        assert _reads(late, lambda: escalation.letters_due(late, ON), OVERDUE_READ) == 1
    assert _reads(late, lambda: escalation.letters_due(late, ON), OVERDUE_READ) == 1


def test_every_table_changes_the_version(ledger):
    """Also a table a later migration adds: migrate() gives it the triggers in the same step."""
    tables = {name for (name,) in ledger.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                      " AND name NOT LIKE 'sqlite_%' AND name != 'ledger_version'")}
    triggers = {name for (name,) in ledger.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    events = ("insert", "update", "delete")
    assert len(tables) > 30 and all(f"{t}_changes_version_on_{e}" in triggers for t in tables for e in events)
    before = ledger.database.version()
    ledger.set_setting("aging.boundaries", [30, 60])
    assert ledger.database.version() != before
