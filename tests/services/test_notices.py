"""Letters between the demands: a promise confirmed in writing (书面确认), read back from the PDF, emailed to a
real SMTP server on localhost, and the queue's reminder of promises still unconfirmed after 24 hours."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime
from email.policy import default as default_policy

import pytest

from arledger.cli import main
from arledger.domain.errors import UserError
from arledger.domain.model import Customer, Language
from arledger.domain.money import Money
from arledger.services import dispatch, escalation, letters, notices, promises
from arledger.services.ledger import Ledger
from arledger.services.queue import work_queue
from arledger.storage import evidence
from tests.conftest import snapshot
from tests.services import test_dispatch
from tests.services.test_dispatch import _smtp
from tests.services.test_letters import flat, pdf_text

company = test_dispatch.company  # the fixtures shared with the tests of emailing a letter
inbox = test_dispatch.inbox


@pytest.fixture
def promised(company: Ledger) -> tuple[Ledger, int]:
    """Lakeside promised on the phone on 2 June 2025 to pay CNY 8,000.00 of L-1 by 16 June."""
    ledger = company
    ledger.clock = lambda: datetime(2025, 6, 2, 9, 30, tzinfo=UTC)
    ledger.add_customer(Customer(code="LAKE", name="Lakeside Marine Co.", currency="CNY",
                                 email="ap@lakeside.example", timezone="Asia/Shanghai"))
    ledger.add_invoice("LAKE", "L-1", date(2025, 3, 1), 1_250_000, due_date=date(2025, 4, 1))
    promise = promises.add_promise(ledger, "LAKE", 800_000, date(2025, 6, 16), invoices=["L-1"], channel="phone",
                                      made_by="Li Wei (accounts)", promised_on=date(2025, 6, 2))
    return ledger, promise.id


def test_the_confirmation_states_the_recorded_promise(promised):
    ledger, pid = promised
    sent = notices.send_promise_confirmation(ledger, pid)
    text = pdf_text(sent.archive_path.read_bytes())
    assert "Confirmation of your promise to pay CNY 8,000.00 by 16 June 2025" in text
    assert "agreed on 2 June 2025 (phone)" in text
    assert "Promised by: Li Wei (accounts)" in text and "invoice L-1" in text
    assert sent.reference == "LAKE-20250602-PC-1" and sent.reference in text
    event = evidence.payload(evidence.by_seq(ledger.conn, sent.evidence_seq))
    assert event["kind"] == "promise_confirmation" and event["about"] == pid and event["sha256"] == sent.sha256
    assert evidence.verify(ledger.conn).intact
    # it is not a level of the ladder: the letter due is still the first reminder
    assert not any(e.kind == "letter" for e in evidence.all_events(ledger.conn))
    with pytest.raises(UserError, match=f"Promise {pid} was already confirmed on 2025-06-02"):
        notices.send_promise_confirmation(ledger, pid)


def test_a_chinese_customer_gets_a_chinese_confirmation(promised):
    ledger, pid = promised
    c = ledger.customer("LAKE")
    ledger.update_customer(Customer(**{**{f: getattr(c, f) for f in c.__slots__}, "language": Language.ZH}))
    text = pdf_text(notices.send_promise_confirmation(ledger, pid).pdf)
    assert "书面确认" in text and "人民币8,000.00元" in text and "2025年6月16日" in text


def test_emailed_confirmation_is_recorded_with_its_email_only_when_accepted(promised, inbox, ledger_path):
    ledger, pid = promised
    box, port = inbox
    _smtp(ledger, port)
    box.refuse.add("ap@lakeside.example")
    before = snapshot(ledger_path)
    with pytest.raises(UserError, match="refused the recipient"):
        notices.send_promise_confirmation(ledger, pid, mailer=dispatch.mailer(ledger))
    assert snapshot(ledger_path) == before
    assert not [p for p in ledger_path.parent.rglob("*") if p.suffix in (".pdf", ".eml")]

    box.refuse.clear()
    sent = notices.send_promise_confirmation(ledger, pid, mailer=dispatch.mailer(ledger))
    (_sender, rcpts, data), = box.messages
    assert rcpts == ["ap@lakeside.example"]
    msg = email.message_from_bytes(data, policy=default_policy)
    assert msg["Subject"] == "Confirmation of your payment promise LAKE-20250602-PC-1 from Northwind Supplies Ltd"
    assert "promise to pay CNY 8,000.00 by 16 June 2025" in msg.get_body(preferencelist=("plain",)).get_content()
    (pdf,) = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content() == sent.archive_path.read_bytes()
    emailed = evidence.payload(evidence.by_seq(ledger.conn, sent.email_event))
    assert emailed["notice_event"] == sent.evidence_seq and emailed["message_id"] == msg["Message-ID"]


def test_the_queue_asks_for_a_confirmation_after_24_hours(promised):
    ledger, pid = promised
    ledger.clock = lambda: datetime(2025, 6, 3, 9, 0, tzinfo=UTC)  # 23.5 hours after the promise
    assert notices.unconfirmed_promises(ledger) == []
    assert not [t for t in work_queue(ledger, date(2025, 6, 3)) if t.kind == "confirm-promise"]
    ledger.clock = lambda: datetime(2025, 6, 3, 10, 0, tzinfo=UTC)
    assert [u.promise_id for u in notices.unconfirmed_promises(ledger)] == [pid]
    (task,) = [t for t in work_queue(ledger, date(2025, 6, 3)) if t.kind == "confirm-promise"]
    assert task.customer_code == "LAKE" and task.detail["promise_id"] == pid
    notices.send_promise_confirmation(ledger, pid)
    assert notices.unconfirmed_promises(ledger) == []


def test_cli_confirm_promise(promised, inbox, capsys):
    ledger, pid = promised
    box, port = inbox
    _smtp(ledger, port)
    path = str(ledger.path)
    assert main(["letters", "confirm-promise", "--promise", "99", "--ledger", path]) == 1
    assert "There is no promise 99." in capsys.readouterr().err
    assert main(["letters", "confirm-promise", "--promise", str(pid), "--email", "--on", "2025-06-02",
                 "--ledger", path]) == 0
    out = capsys.readouterr().out
    assert f"Sent the confirmation of promise {pid} to LAKE (LAKE-20250602-PC-1)" in out
    assert "Emailed to ap@lakeside.example" in out and len(box.messages) == 1


# ------------------------------------------------------------------------------------------------ thank-you
@pytest.fixture
def repaid(company: Ledger) -> Ledger:
    """Lakeside had a reminder for L-1 (CNY 12,500.00) on 1 June and paid 5,000.00 on 5 June and 7,500.00 on
    12 June."""
    ledger = company
    ledger.add_customer(Customer(code="LAKE", name="Lakeside Marine Co.", currency="CNY",
                                 email="ap@lakeside.example", timezone="Asia/Shanghai"))
    ledger.add_invoice("LAKE", "L-1", date(2025, 3, 1), 1_250_000, due_date=date(2025, 4, 1))
    letters.send_letter(ledger, "LAKE", date(2025, 6, 1), level=1)
    ledger.record_payment("LAKE", date(2025, 6, 5), 500_000)
    return ledger


def test_thank_you_is_proposed_once_paid_in_full_and_states_the_payments(repaid, capsys):
    ledger = repaid
    assert notices.thank_you_due(ledger, date(2025, 6, 12)) == []  # 7,500.00 still open
    with pytest.raises(UserError, match="LAKE has not paid in full on 2025-06-12"):
        notices.send_thank_you(ledger, "LAKE", on=date(2025, 6, 12))
    ledger.record_payment("LAKE", date(2025, 6, 12), 750_000)
    assert [c.code for c in notices.thank_you_due(ledger, date(2025, 6, 12))] == ["LAKE"]
    assert main(["letters", "due", "--on", "2025-06-12", "--ledger", str(ledger.path)]) == 0
    assert "letters thank-you --customer LAKE" in capsys.readouterr().out

    sent = notices.send_thank_you(ledger, "LAKE", on=date(2025, 6, 13))
    text = flat(pdf_text(sent.pdf))
    assert flat("Thank you: your account is paid in full") in text
    assert flat("With the payment received on 12 June 2025, the invoice we wrote to you about is paid in full") in text
    assert flat("Invoice L-1: CNY 12,500.00") in text
    assert flat("5 June 2025: CNY 5,000.00") in text and flat("12 June 2025: CNY 7,500.00") in text
    assert sent.reference == "LAKE-20250613-TY-1"
    assert evidence.payload(evidence.by_seq(ledger.conn, sent.evidence_seq))["kind"] == "thank_you"
    assert notices.thank_you_due(ledger, date(2025, 6, 13)) == []  # thanked once
    with pytest.raises(UserError, match="no letter since the last thank-you"):
        notices.send_thank_you(ledger, "LAKE", on=date(2025, 6, 14))


def test_cli_thank_you_by_email(repaid, inbox, capsys):
    ledger = repaid
    box, port = inbox
    _smtp(ledger, port)
    ledger.record_payment("LAKE", date(2025, 6, 12), 750_000)
    assert main(["letters", "thank-you", "--customer", "LAKE", "--on", "2025-06-13", "--email",
                 "--ledger", str(ledger.path)]) == 0
    assert "Sent the thank-you to LAKE (LAKE-20250613-TY-1)" in capsys.readouterr().out
    msg = email.message_from_bytes(box.messages[0][2], policy=default_policy)
    assert msg["Subject"] == "Thank you: account paid in full (LAKE-20250613-TY-1) from Northwind Supplies Ltd"


# ------------------------------------------------------------------------------------------------ courtesy
@pytest.fixture
def upcoming(company: Ledger) -> Ledger:
    """Lakeside's L-1 (CNY 12,500.00) and L-2 (CNY 300.00) fall due on 10 and 12 June; L-3 on 30 June."""
    ledger = company
    ledger.add_customer(Customer(code="LAKE", name="Lakeside Marine Co.", currency="CNY",
                                 email="ap@lakeside.example", timezone="Asia/Shanghai"))
    ledger.add_invoice("LAKE", "L-1", date(2025, 5, 11), 1_250_000, due_date=date(2025, 6, 10))
    ledger.add_invoice("LAKE", "L-2", date(2025, 5, 13), 30_000, due_date=date(2025, 6, 12))
    ledger.add_invoice("LAKE", "L-3", date(2025, 5, 31), 99_000, due_date=date(2025, 6, 30))
    return ledger


def test_courtesy_reminders_are_off_by_default(upcoming):
    assert notices.courtesy_due(upcoming, date(2025, 6, 5)) == []
    with pytest.raises(UserError, match="Courtesy reminders are off"):
        notices.send_courtesy(upcoming, "LAKE", on=date(2025, 6, 5))


def test_courtesy_reminder_names_what_falls_due_within_the_days_set(upcoming, capsys):
    ledger = upcoming
    ledger.set_setting("escalation_policy", {"courtesy_reminder_days": 7, "courtesy_min_amount": 100_000})
    (due,) = notices.courtesy_due(ledger, date(2025, 6, 5))
    assert due.totals == (Money("CNY", 1_280_000),)  # L-1 + L-2; L-3 is 25 days away
    assert main(["letters", "due", "--on", "2025-06-05", "--ledger", str(ledger.path)]) == 0
    assert "letters courtesy --customer LAKE" in capsys.readouterr().out
    sent = notices.send_courtesy(ledger, "LAKE", on=date(2025, 6, 5))
    text = flat(pdf_text(sent.pdf))
    assert flat("Courtesy reminder: 2 invoices fall due on 10 June 2025") in text
    assert flat("Invoice L-1 of 11 May 2025: CNY 12,500.00 due on 10 June 2025") in text
    assert flat("Invoice L-2 of 13 May 2025: CNY 300.00 due on 12 June 2025") in text
    assert flat("Nothing is overdue.") in text  # true here: nothing was due before 5 June
    assert "L-3" not in text and sent.reference == "LAKE-20250605-L0-1"
    assert evidence.payload(evidence.by_seq(ledger.conn, sent.evidence_seq))["kind"] == "courtesy"
    assert notices.courtesy_due(ledger, date(2025, 6, 6)) == []  # named once
    # not a level of the ladder: no letter is recorded and the first reminder after the due date is level 1
    assert not any(e.kind == "letter" for e in evidence.all_events(ledger.conn))
    assert [d.decision.level for d in escalation.letters_due(ledger, date(2025, 7, 20)) if d.decision] == [1]


def test_courtesy_below_the_minimum_is_not_proposed(upcoming):
    upcoming.set_setting("escalation_policy", {"courtesy_reminder_days": 7, "courtesy_min_amount": 2_000_000})
    assert notices.courtesy_due(upcoming, date(2025, 6, 5)) == []


def test_courtesy_does_not_say_nothing_is_overdue_when_something_is(upcoming):
    ledger = upcoming
    ledger.add_invoice("LAKE", "L-0", date(2025, 4, 1), 10_000, due_date=date(2025, 5, 1))
    ledger.set_setting("escalation_policy", {"courtesy_reminder_days": 7})
    text = flat(pdf_text(notices.send_courtesy(ledger, "LAKE", on=date(2025, 6, 5)).pdf))
    assert flat("Invoice L-1 of 11 May 2025") in text and "L-0" not in text
    assert flat("Nothing is overdue") not in text


# ------------------------------------------------------------------------------------------------ agreement
def test_repayment_agreement_states_the_schedule_the_default_clause_and_both_signatures(company, capsys):
    ledger = company
    ledger.add_customer(Customer(code="LAKE", name="Lakeside Marine Co.", currency="CNY", timezone="Asia/Shanghai"))
    ledger.add_invoice("LAKE", "L-1", date(2025, 3, 1), 1_250_000, due_date=date(2025, 4, 1))
    plan_id, _ = promises.add_plan(ledger, "LAKE", [(date(2025, 6, 30), 500_000), (date(2025, 7, 31), 750_000)],
                                      invoices=["L-1"], made_by="Li Wei", channel="meeting",
                                      agreed_on=date(2025, 6, 2), note="interest waived if kept")
    assert main(["letters", "agreement", "--plan", str(plan_id), "--on", "2025-06-03",
                 "--ledger", str(ledger.path)]) == 0
    assert f"Sent the repayment agreement of plan {plan_id} to LAKE (LAKE-20250603-RA-1)" in capsys.readouterr().out
    (pdf,) = (ledger.path.parent / "books-files" / "notices" / "LAKE").glob("*.pdf")
    text = flat(pdf_text(pdf.read_bytes()))
    assert flat("Repayment agreement: 2 instalments totalling CNY 12,500.00") in text
    assert flat("agreed on 2 June 2025 (meeting) with Li Wei between Northwind Supplies Ltd (the creditor) and "
                "Lakeside Marine Co. (the debtor) for invoice L-1") in text
    assert flat("Instalment 1: CNY 5,000.00 by 30 June 2025") in text
    assert flat("Instalment 2: CNY 7,500.00 by 31 July 2025") in text
    assert flat("If any instalment is not paid in full by its date, the whole of the remaining balance becomes due "
                "at once") in text
    assert flat("Also agreed: interest waived if kept") in text
    assert flat("For Northwind Supplies Ltd:") in text and flat("For Lakeside Marine Co.:") in text
    assert main(["letters", "agreement", "--plan", "999", "--ledger", str(ledger.path)]) == 1
    assert "There is no instalment plan 999." in capsys.readouterr().err
