"""The work queue's tasks where its faster paths could drop or duplicate one: calls decided once per time zone and
flags, a customer's exposure read from its rows as columns, escalation looked at only after a final-level letter,
ties ordered by customer and kind. Real ledger files."""

import dataclasses
from collections import Counter
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from arledger.domain import compliance
from arledger.domain.messages import Message
from arledger.domain.model import Channel, Customer, Direction, DisputeReason, Jurisdiction, Outcome
from arledger.services import contacts, disputes, escalation, policy
from arledger.services.queue import work_queue
from arledger.storage import collections as rows

ON = date(2025, 6, 2)


def _customer(ledger, code, zone="Europe/Berlin", **flags):
    c = ledger.add_customer(Customer(code=code, name=f"{code} GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                     timezone=zone, payment_date_agreed=True))
    if flags:
        ledger.update_customer(dataclasses.replace(c, **flags))
    return c


@pytest.fixture
def callers(ledger):
    """Customers overdue alike, in three zones, some of whom the contact guards keep from a call (the flags pause
    their letters too, so the queue never asks the guards about them; the test holds if that changes)."""
    specs = [("A-DNC", "Europe/Berlin", {"do_not_contact": True}), ("B-PLAIN", "Europe/Berlin", {}),
             ("C-ATTY", "Europe/Berlin", {"attorney_on_record": True}), ("D-PLAIN", "Europe/Berlin", {}),
             ("E-DNC", "Europe/Berlin", {"do_not_contact": True}), ("F-CALLED", "Europe/Berlin", {}),
             ("G-DISPUTE", "Europe/Berlin", {}), ("H-SHANGHAI", "Asia/Shanghai", {}),
             ("I-DNC", "Asia/Shanghai", {"do_not_contact": True}), ("J-NEWYORK", "America/New_York", {}),
             ("K-ATTY", "America/New_York", {"attorney_on_record": True})]
    for n, (code, zone, flags) in enumerate(specs):
        _customer(ledger, code, zone)
        ledger.add_invoice(code, f"{code}-1", date(2025, 3, 1), 100000 + n, due_date=date(2025, 4, 1))
        if flags:
            ledger.update_customer(dataclasses.replace(ledger.customer(code), **flags))
    # a call 10 days ago: no longer in the week that holds back the next call, still among the recent contacts
    contacts.log_contact(ledger, "F-CALLED", Channel.PHONE, Direction.OUT, "No answer", outcome=Outcome.NO_ANSWER,
                         at=datetime(2025, 5, 23, 10, tzinfo=UTC))
    disputes.open_dispute(ledger, "G-DISPUTE-1", DisputeReason.QUALITY, amount=100, on=date(2025, 5, 1))
    return ledger


def test_each_customer_the_guards_allow_is_called_once_and_no_other(callers):
    calls = Counter(t.customer_code for t in work_queue(callers, ON, create_tasks=False) if t.kind == "call")
    assert calls == {"B-PLAIN": 1, "D-PLAIN": 1, "F-CALLED": 1, "H-SHANGHAI": 1, "J-NEWYORK": 1}
    # the same answers as asking the guards customer by customer, at noon in the customer's zone
    pol, recent = policy.contact_policy(callers), rows.contacts_since(callers.conn, datetime(2025, 5, 19, tzinfo=UTC))
    disputed = rows.customers_with_open_disputes(callers.conn)
    for code in ("A-DNC", "B-PLAIN", "C-ATTY", "D-PLAIN", "E-DNC", "F-CALLED", "G-DISPUTE", "H-SHANGHAI", "I-DNC",
                 "J-NEWYORK", "K-ATTY"):
        c = callers.customer(code)
        noon = datetime.combine(ON, time(12), ZoneInfo(c.timezone)).astimezone(UTC)
        allowed = not compliance.check_contact(pol, c, Channel.PHONE, noon, recent.get(c.id, ()),
                                               has_open_dispute=c.id in disputed)
        assert (code in calls) is allowed, code
    called = next(t for t in work_queue(callers, ON, create_tasks=False) if t.customer_code == "F-CALLED"
                  and t.kind == "call")
    assert called.detail["last_contact"] == "2025-05-23" and "last contact 2025-05-23" in str(called.title)
    assert [str(m) for m in called.amounts] == ["1000.05 EUR"] and called.invoices == ("F-CALLED-1",)


def test_contact_hours_that_leave_out_noon_hold_back_every_call(callers):
    callers.set_setting("contact_policy", {"hours_start": "13:00", "hours_end": "20:00"})
    tasks = work_queue(callers, ON, create_tasks=False)
    assert not [t for t in tasks if t.kind == "call"]
    assert {t.customer_code for t in tasks if t.kind == "letter"} >= {"B-PLAIN", "H-SHANGHAI", "J-NEWYORK"}


def test_a_customer_in_two_currencies_is_called_about_the_larger_with_the_oldest_item_s_days(ledger):
    _customer(ledger, "MIX")
    ledger.add_invoice("MIX", "M-1", date(2025, 3, 1), 10000, due_date=date(2025, 4, 1))
    ledger.add_invoice("MIX", "M-2", date(2025, 2, 1), 15000, currency="USD", due_date=date(2025, 3, 2))
    ledger.add_invoice("MIX", "M-3", date(2025, 3, 5), 6000, due_date=date(2025, 4, 5))
    (call,) = [t for t in work_queue(ledger, ON, create_tasks=False) if t.kind == "call"]
    assert [str(m) for m in call.amounts] == ["160.00 EUR"]  # EUR 160 open beats USD 150
    assert call.detail["days_overdue"] == (ON - date(2025, 3, 2)).days  # the oldest item, in either currency
    assert sorted(call.invoices) == ["M-1", "M-2", "M-3"]
    assert "EUR 160.00 up to 92 days overdue" in str(call.title)


def test_escalation_is_proposed_after_the_final_level_only(ledger):
    final = policy.escalation_policy(ledger).final_level.level
    for code, level in (("FINAL", final), ("EARLIER", final - 1)):
        _customer(ledger, code)
        ledger.add_invoice(code, f"{code}-1", date(2025, 1, 1), 50000, due_date=date(2025, 2, 1))
        escalation.record_letter(ledger, code, level, date(2025, 4, 1), [f"{code}-1"])
    tasks = work_queue(ledger, ON, create_tasks=False)
    assert [t.customer_code for t in tasks if t.kind == "escalation"] == ["FINAL"]
    assert Counter((t.customer_code, t.kind) for t in tasks).most_common(1)[0][1] == 1  # nothing twice


def test_equal_priorities_are_ordered_by_customer_then_kind(ledger):
    for code in ("ZED", "AMY"):
        _customer(ledger, code)
        ledger.add_invoice(code, f"{code}-1", date(2025, 4, 1), 20000, due_date=date(2025, 5, 1))
    with ledger.database.atomic() as conn:  # a follow-up weighs as a letter does (1.5): equal priorities
        rows.insert_task(conn, ledger.customer("AMY").id, ON, "task", Message("", "Ask for the delivery note", {}),
                         "user:1")
    tasks = work_queue(ledger, ON, create_tasks=False)
    top = [(t.customer_code, t.kind) for t in tasks if t.kind in ("letter", "task")]
    assert top == [("AMY", "letter"), ("AMY", "task"), ("ZED", "letter")]
    assert len({t.priority for t in tasks if t.kind in ("letter", "task")}) == 1
    assert [t.priority for t in tasks] == sorted((t.priority for t in tasks), reverse=True) and len(tasks) == 5
