"""The collections workflow through its services, on real ledger files, with hand-checked figures."""

import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest

from arledger.domain.errors import UserError
from arledger.domain.model import (
    Channel,
    Customer,
    CustomerKind,
    Direction,
    DisputeReason,
    Jurisdiction,
    Outcome,
    PromiseStatus,
)
from arledger.services import contacts, disputes, escalation, evidence_log, interest_claims, kpis, limitations, promises
from arledger.services.queue import work_queue
from arledger.services.reports import AgingGrouping, aging

# -- evidence log -------------------------------------------------------------------------------------


def tamper(path, *sql):
    """Edit the file directly, as an attacker would: drop the append-only triggers first."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER evidence_no_update")
    conn.execute("DROP TRIGGER evidence_no_delete")
    for s in sql:
        conn.execute(s)
    conn.commit()
    conn.close()


@pytest.fixture
def logged(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 100000)
    for n in range(5):
        contacts.log_contact(ledger, "ACME", Channel.EMAIL, Direction.OUT, f"Reminder {n}",
                                at=datetime(2025, 2, 3 + n, 10, tzinfo=UTC))
    ledger.record_payment("ACME", date(2025, 2, 20), 5000)
    return ledger


def test_every_action_is_an_event_and_the_chain_verifies(logged):
    check = evidence_log.verify_evidence(logged)
    assert check.intact and check.events == 7
    kinds = [r[0] for r in logged.conn.execute("SELECT kind FROM evidence ORDER BY seq")]
    assert kinds == ["invoice"] + ["contact"] * 5 + ["payment"]


def test_update_and_delete_are_refused_by_the_file_itself(logged):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        logged.conn.execute("UPDATE evidence SET payload = '{}' WHERE seq = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        logged.conn.execute("DELETE FROM evidence WHERE seq = 7")
    with pytest.raises(sqlite3.IntegrityError, match="extend the end of the chain"):
        logged.conn.execute("INSERT INTO evidence (seq, at, kind, actor, payload, prev_hash, hash)"
                            " VALUES (99, 'x', 'x', 'x', '{}', 'x', 'x')")


@pytest.mark.parametrize(("sql", "bad", "why"), [
    (["UPDATE evidence SET payload = replace(payload, 'Reminder 2', 'Reminder X') WHERE seq = 4"], 4, "altered"),
    (["UPDATE evidence SET at = '2024-01-01T00:00:00+00:00' WHERE seq = 5"], 5, "altered"),
    (["DELETE FROM evidence WHERE seq = 3"], 3, "missing"),
    (["UPDATE evidence SET seq = 100 WHERE seq = 3", "UPDATE evidence SET seq = 3 WHERE seq = 4",
      "UPDATE evidence SET seq = 4 WHERE seq = 100"], 3, "does not point"),
    (["DELETE FROM evidence WHERE seq = 7"], 7, "missing from the end"),
])
def test_tampering_is_found_at_the_first_bad_event(logged, ledger_path, sql, bad, why):
    logged.close()
    tamper(ledger_path, *sql)
    from arledger.services.ledger import Ledger

    with Ledger.open(ledger_path) as again:
        check = evidence_log.verify_evidence(again)
    assert not check.intact
    assert check.first_bad_seq == bad
    assert why in str(check.problem)


def test_a_crash_while_logging_leaves_no_half_event(logged, ledger_path):
    logged.close()
    script = f"""
import os
from datetime import date
from arledger.services.ledger import Ledger
from arledger.storage import evidence
led = Ledger.open({str(ledger_path)!r})
with led.database.atomic() as conn:
    evidence.append(conn, "contact", "x", None, {{"summary": "half"}})
    conn.execute("INSERT INTO payments (customer_id, date, amount, currency, created_at)"
                 " VALUES (1, '2025-03-01', 5, 'EUR', 'x')")
    os._exit(9)  # the process dies before the transaction commits
"""
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert r.returncode == 9
    from arledger.services.ledger import Ledger

    with Ledger.open(ledger_path) as again:
        assert again.conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == 7
        assert again.conn.execute("SELECT count(*) FROM payments").fetchone()[0] == 1
        assert evidence_log.verify_evidence(again).intact


# -- contacts and guards ------------------------------------------------------------------------------


@pytest.fixture
def person(ledger):
    return ledger.add_customer(Customer(code="EMMA", name="Emma Clarke", kind=CustomerKind.INDIVIDUAL,
                                        currency="GBP", jurisdiction=Jurisdiction.UK, timezone="Europe/London"))


def count(ledger, table):
    return ledger.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_call_outside_hours_is_refused_and_nothing_is_logged(ledger, person):
    late = datetime(2025, 3, 3, 21, 30, tzinfo=UTC)  # 21:30 in London (GMT)
    with pytest.raises(contacts.GuardRefused) as err:
        contacts.log_contact(ledger, "EMMA", Channel.PHONE, Direction.OUT, "Chasing", at=late)
    assert err.value.violations[0].rule == "contact-hours"
    assert err.value.violations[0].next_allowed == datetime(2025, 3, 4, 8, 0, tzinfo=UTC)
    assert count(ledger, "contacts") == 0 and count(ledger, "evidence") == 0


def test_override_is_logged_with_its_reason(ledger, person):
    late = datetime(2025, 3, 3, 21, 30, tzinfo=UTC)
    ev = contacts.log_contact(ledger, "EMMA", Channel.PHONE, Direction.OUT, "Returned her call",
                                 at=late, override="She asked us to call back after 21:00")
    assert ev.override_reason == "She asked us to call back after 21:00"
    kinds = [r[0] for r in ledger.conn.execute("SELECT kind FROM evidence ORDER BY seq")]
    assert kinds == ["guard_override", "contact"]


def test_pause_after_a_conversation_with_an_individual(ledger, person):
    contacts.log_contact(ledger, "EMMA", Channel.PHONE, Direction.OUT, "Talked", outcome=Outcome.REACHED,
                            at=datetime(2025, 3, 3, 10, tzinfo=UTC))
    with pytest.raises(contacts.GuardRefused) as err:
        contacts.log_contact(ledger, "EMMA", Channel.PHONE, Direction.OUT, "Again",
                                at=datetime(2025, 3, 6, 10, tzinfo=UTC))
    assert [v.rule for v in err.value.violations] == ["conversation-pause"]
    # a letter is not a call: allowed
    contacts.log_contact(ledger, "EMMA", Channel.LETTER, Direction.OUT, "Posted a reminder",
                            at=datetime(2025, 3, 6, 10, tzinfo=UTC))


def test_seven_calls_in_seven_days_cap(ledger, acme):
    for d in range(7):
        contacts.log_contact(ledger, "ACME", Channel.PHONE, Direction.OUT, "No answer", outcome=Outcome.NO_ANSWER,
                                at=datetime(2025, 3, 3 + d, 9, tzinfo=UTC))
    with pytest.raises(contacts.GuardRefused) as err:
        contacts.log_contact(ledger, "ACME", Channel.PHONE, Direction.OUT, "Eighth",
                                at=datetime(2025, 3, 9, 15, tzinfo=UTC))
    assert err.value.violations[0].rule == "call-cap"


def test_do_not_contact_and_dispute_pauses(ledger, acme):
    import dataclasses

    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 1000)
    disputes.open_dispute(ledger, "A-1", DisputeReason.QUALITY, on=date(2025, 3, 1))
    with pytest.raises(contacts.GuardRefused, match="open dispute"):
        contacts.log_contact(ledger, "ACME", Channel.PHONE, Direction.OUT, "x",
                                at=datetime(2025, 3, 3, 10, tzinfo=UTC))
    ledger.update_customer(dataclasses.replace(ledger.customer("ACME"), do_not_contact=True))
    with pytest.raises(contacts.GuardRefused, match="asked not to be contacted"):
        contacts.log_contact(ledger, "ACME", Channel.EMAIL, Direction.OUT, "x",
                                at=datetime(2025, 3, 3, 10, tzinfo=UTC))


# -- promises, plans, disputes and letters due --------------------------------------------------------


@pytest.fixture
def overdue(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 100000)  # due 2025-01-31
    ledger.add_invoice("ACME", "A-2", date(2025, 1, 15), 50000)  # due 2025-02-14
    return ledger


def status_on(ledger, on):
    evals, plans = promises.promise_statuses(ledger, on)
    return [e.status for e in evals], plans


def test_promise_outcomes(overdue):
    led = overdue
    promises.add_promise(led, "ACME", 30000, date(2025, 3, 10), promised_on=date(2025, 3, 1))
    assert status_on(led, date(2025, 3, 12))[0] == [PromiseStatus.PENDING]  # within date + 3 days' grace
    assert status_on(led, date(2025, 3, 14))[0] == [PromiseStatus.BROKEN]  # nothing paid by 13 March
    led.record_payment("ACME", date(2025, 3, 12), 10000)
    assert status_on(led, date(2025, 3, 14))[0] == [PromiseStatus.PARTLY_KEPT]
    led.record_payment("ACME", date(2025, 3, 13), 20000)
    assert status_on(led, date(2025, 3, 14))[0] == [PromiseStatus.KEPT]


def test_a_pending_promise_pauses_letters_and_a_broken_one_escalates_with_a_task(overdue):
    led = overdue
    due = escalation.letters_due(led, date(2025, 3, 5))
    # A-1 is 33 days late (level 2), but nothing was sent yet and levels are not skipped: level 1
    assert [(e.customer.code, e.decision.level) for e in due] == [("ACME", 1)]
    promises.add_promise(led, "ACME", 150000, date(2025, 3, 10), invoices=["A-1", "A-2"],
                            promised_on=date(2025, 3, 5))
    (entry,) = escalation.letters_due(led, date(2025, 3, 6))
    assert entry.decision is None and "Promise to pay EUR 1500.00 by 2025-03-10" in str(entry.reason)
    (entry,) = escalation.letters_due(led, date(2025, 3, 14))
    assert entry.decision is not None  # broken: escalation resumes at once
    tasks = work_queue(led, date(2025, 3, 14))
    assert any(t.kind == "broken-promise" and t.customer_code == "ACME" for t in tasks)


def test_plan_with_a_missed_instalment_is_broken(overdue):
    led = overdue
    plan_id, _ = promises.add_plan(led, "ACME", [(date(2025, 3, 1), 50000), (date(2025, 4, 1), 50000)],
                                             agreed_on=date(2025, 2, 20))
    led.record_payment("ACME", date(2025, 3, 1), 50000)
    _, plans = status_on(led, date(2025, 3, 10))
    assert plans[plan_id].status.value == "on track"
    _, plans = status_on(led, date(2025, 4, 10))
    assert plans[plan_id].status.value == "broken" and plans[plan_id].missed == (2,)


def test_a_disputed_invoice_leaves_letters_and_interest(ledger):
    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    ledger.add_invoice("DE1", "D-1", date(2025, 1, 1), 500000, due_date=date(2025, 2, 1))
    ledger.add_invoice("DE1", "D-2", date(2025, 1, 1), 100000, due_date=date(2025, 2, 1))
    disputes.open_dispute(ledger, "D-2", DisputeReason.QUALITY, on=date(2025, 2, 1), note="damaged")
    (entry,) = escalation.letters_due(ledger, date(2025, 4, 2))
    assert entry.invoice_numbers == ("D-1",)
    lines = {ln.invoice.number: ln.result for ln in interest_claims.interest_lines(ledger, date(2025, 4, 2))}
    # D-1: EUR 5,000 x (2.27% + 9) x 60 / 365 = 92.63 (COLLECTIONS.md's worked example), + EUR 40
    assert lines["D-1"].total_interest == 9263
    assert lines["D-1"].compensation.minor == 4000
    assert lines["D-2"].total_interest == 0  # disputed the whole time
    disputes.resolve_dispute(ledger, "D-2", "Credit agreed for the damaged part", on=date(2025, 4, 2))
    with pytest.raises(UserError, match="no open dispute"):
        disputes.resolve_dispute(ledger, "D-2", "again")


def test_interest_across_a_rate_change_and_a_part_payment(ledger):
    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    ledger.add_invoice("DE1", "R-1", date(2025, 5, 1), 500000, due_date=date(2025, 5, 31))
    ledger.add_invoice("DE1", "P-1", date(2025, 1, 1), 500000, due_date=date(2025, 2, 1))
    ledger.record_payment("DE1", date(2025, 3, 3), 200000, invoice_number="P-1")
    r = {ln.invoice.number: ln.result for ln in interest_claims.interest_lines(ledger, date(2025, 7, 30))}
    # 30 June days at 11.27% (46.3151 -> 46.32) + 30 July days at 1.27% + 9 = 10.27% (42.2055 -> 42.21)
    # = 88.53, the sum of the rounded periods
    assert [(s.days, str(s.annual_rate), s.interest) for s in r["R-1"].segments] == [(30, "11.27", 4632),
                                                                                   (30, "10.27", 4221)]
    assert r["R-1"].total_interest == 8853
    r = {ln.invoice.number: ln.result for ln in interest_claims.interest_lines(ledger, date(2025, 4, 2))}
    # P-1: 30 days on 5,000 (46.3151 -> 46.32) then 30 days on 3,000 (27.7890 -> 27.79) = 74.11; accrued
    # interest survives
    assert r["P-1"].total_interest == 7411


def test_limitation_date_in_aging_and_restart_by_part_payment_and_acknowledgment(ledger):
    from arledger.services.limitations import aging_invoice_extras

    ledger.add_customer(Customer(code="UK1", name="Harbour Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
    ledger.add_invoice("UK1", "U-1", date(2019, 12, 16), 100000, due_date=date(2020, 1, 15))
    report = aging(ledger, date(2025, 12, 1), grouping=AgingGrouping.INVOICE)
    extra = aging_invoice_extras(ledger, report)[report.rows[0].invoice_id]
    # six years from the due date; within 180 days, so a warning
    assert extra == {"limitation_date": "2026-01-15", "limitation_warning": True}
    ledger.record_payment("UK1", date(2021, 6, 1), 100, invoice_number="U-1")
    extra = aging_invoice_extras(ledger, report)[report.rows[0].invoice_id]
    assert extra == {"limitation_date": "2027-06-01"}
    limitations.record_limitation_event(ledger, "UK1", "acknowledgment", date(2023, 3, 1), invoices=["U-1"])
    extra = aging_invoice_extras(ledger, report)[report.rows[0].invoice_id]
    assert extra == {"limitation_date": "2029-03-01"}


def test_time_barred_invoice_is_capped_below_a_formal_demand(ledger):
    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    ledger.add_invoice("DE1", "OLD", date(2020, 1, 1), 100000, due_date=date(2020, 2, 1))
    ledger.set_setting("letters.allow_first_formal", True)  # a first letter could be a formal demand, but not here
    (entry,) = escalation.letters_due(ledger, date(2025, 3, 1))  # barred since 31 Dec 2023
    assert entry.decision.level == 2 and not entry.decision.court_action_allowed


def test_attachment_is_copied_and_hashed(ledger, acme, tmp_path):
    import hashlib

    doc = tmp_path / "contract.pdf"
    doc.write_bytes(b"%PDF-1.4 signed contract")
    digest = evidence_log.add_attachment(ledger, "ACME", doc, "contract")
    assert digest == hashlib.sha256(doc.read_bytes()).hexdigest()
    stored = list(ledger.path.parent.rglob(f"{digest}-contract.pdf"))
    assert stored and stored[0].read_bytes() == doc.read_bytes()
    assert evidence_log.verify_evidence(ledger).intact


# -- KPIs ---------------------------------------------------------------------------------------------


def test_kpis_hand_checked(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2024, 12, 1), 100000)  # due 2024-12-31
    ledger.add_invoice("ACME", "A-2", date(2025, 1, 10), 60000)  # due 2025-02-09
    ledger.add_invoice("ACME", "A-3", date(2025, 3, 15), 40000)  # due 2025-04-14
    ledger.record_payment("ACME", date(2025, 1, 20), 100000)
    ledger.record_payment("ACME", date(2025, 3, 1), 30000)
    (k,) = kpis.period_kpis(ledger, date(2025, 1, 1), date(2025, 3, 31))
    # 90 days; closing AR 700 (300 overdue + 400 current); credit sales 1,000; opening AR 1,000
    assert (k.days, k.closing_ar, k.closing_current_ar, k.credit_sales, k.opening_ar) == (90, 70000, 40000, 100000,
                                                                                          100000)
    assert str(k.dso) == "63.00"  # 700 / (1000 / 90)
    assert str(k.best_possible_dso) == "36.00"  # 400 / (1000 / 90)
    assert str(k.add) == "27.00"
    assert str(k.cei) == "81.25"  # (1000 + 1000 - 700) / (1000 + 1000 - 400)
    assert str(k.recovery_rate) == "216.67"  # collected 1,300 / due 600
    assert str(k.bad_debt_ratio) == "0.00"


def test_an_invoice_older_than_the_rate_table_is_reported_not_fatal(ledger):
    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    # the Basiszinssatz table starts on 2002-01-01
    ledger.add_invoice("DE1", "ANCIENT", date(2001, 1, 1), 100000, due_date=date(2001, 2, 1))
    ledger.add_invoice("DE1", "RECENT", date(2025, 1, 1), 500000, due_date=date(2025, 2, 1))
    lines = {ln.invoice.number: ln.result for ln in interest_claims.interest_lines(ledger, date(2001, 6, 1))}
    assert lines["ANCIENT"].total_interest == 0
    assert lines["ANCIENT"].basis.startswith("No interest computed:")
    lines = {ln.invoice.number: ln.result for ln in interest_claims.interest_lines(ledger, date(2025, 4, 2))}
    assert lines["RECENT"].total_interest == 9263


def test_a_correction_is_a_new_event_pointing_at_the_old(logged):
    seq = evidence_log.correct_event(logged, 4, "The call was on 6 February, not 5 February.")
    assert seq == 8
    from arledger.storage import evidence

    ev = evidence.by_seq(logged.conn, 8)
    payload = evidence.payload(ev)
    assert (ev.kind, payload["corrects"], payload["corrects_hash"]) == ("correction", 4,
                                                                        evidence.by_seq(logged.conn, 4).hash)
    assert evidence_log.verify_evidence(logged).intact
    with pytest.raises(UserError, match="no evidence event 99"):
        evidence_log.correct_event(logged, 99, "x")


def test_an_edited_rate_table_is_read_again(ledger):
    """Rate tables are parsed once, but a user's own table takes effect as soon as it is saved."""
    from arledger.services import policy

    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    ledger.add_invoice("DE1", "D-1", date(2025, 1, 1), 500000, due_date=date(2025, 2, 1))
    assert interest_claims.interest_lines(ledger, date(2025, 4, 2))[0].result.total_interest == 9263
    own = policy.side_dir(ledger, "rates")
    own.mkdir(parents=True)
    # the same periods, but 3.00% from 2025: 5,000 x 12% x 60 / 365 = 98.63
    (own / "de_basiszins.csv").write_text("effective_date,rate_percent\n2024-07-01,3.37\n2025-01-01,3.00\n")
    assert interest_claims.interest_lines(ledger, date(2025, 4, 2))[0].result.total_interest == 9863
