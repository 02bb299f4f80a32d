"""Notices (the letters between the demands) go by post too: method and tracking number, a delivery record, the
queue's question after 10 days, and a delivered notice restarting limitation only when it is a demand (a repayment
agreement) and only where the rule pack says a delivered demand does (cn, not de)."""

from __future__ import annotations

from datetime import date

import pytest

from arledger.cli import main
from arledger.domain.errors import UserError
from arledger.domain.model import Customer, Jurisdiction
from arledger.services import notices, promises
from arledger.services.ledger import Ledger
from arledger.services.queue import work_queue
from arledger.storage import evidence
from tests.conftest import snapshot
from tests.services import test_dispatch
from tests.services.test_dispatch import _limitation_events

company = test_dispatch.company


def _customer(ledger: Ledger, code: str, jurisdiction: Jurisdiction) -> Customer:
    return ledger.add_customer(Customer(code=code, name=f"{code} Trading", currency="CNY",
                                        jurisdiction=jurisdiction, timezone="Asia/Shanghai"))


@pytest.fixture
def agreed(company: Ledger) -> tuple[Ledger, int]:
    """LAKE (China) agreed a two-instalment plan for L-1 on 2 June 2025; its repayment agreement went on 3 June."""
    ledger = company
    _customer(ledger, "LAKE", Jurisdiction.CN)
    ledger.add_invoice("LAKE", "L-1", date(2025, 3, 1), 1_250_000, due_date=date(2025, 4, 1))
    ledger.add_invoice("LAKE", "L-2", date(2025, 3, 5), 90_000, due_date=date(2025, 4, 5))  # not in the plan
    plan_id, _ = promises.add_plan(ledger, "LAKE", [(date(2025, 6, 30), 500_000), (date(2025, 7, 31), 750_000)],
                                      invoices=["L-1"], made_by="Li Wei", channel="meeting",
                                      agreed_on=date(2025, 6, 2))
    sent = notices.send_repayment_agreement(ledger, plan_id, on=date(2025, 6, 3))
    return ledger, sent.notice_id


def _restarts(ledger: Ledger, code: str) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in ledger.conn.execute(
        "SELECT e.kind, e.on_date, i.number FROM limitation_events e JOIN invoices i ON i.id = e.invoice_id"
        " WHERE e.customer_id = ?", (ledger.customer(code).id,))]


def test_a_delivered_repayment_agreement_restarts_limitation_in_china_for_its_invoices(agreed):
    ledger, nid = agreed
    posted = notices.record_notice_post(ledger, nid, "registered", tracking="RR123456789CN", on=date(2025, 6, 3))
    payload = evidence.payload(evidence.by_seq(ledger.conn, posted.evidence_seq))
    assert payload["tracking"] == "RR123456789CN" and payload["kind"] == "repayment_agreement"
    delivered = notices.record_notice_delivery(ledger, nid, date(2025, 6, 6), note="signed by reception")
    assert delivered.restarts_limitation
    assert _restarts(ledger, "LAKE") == [("demand_delivered", "2025-06-06", "L-1")]  # L-2 is not in the agreement
    event = evidence.payload(evidence.by_seq(ledger.conn, delivered.evidence_seq))
    assert event["posting_event"] == posted.evidence_seq and event["delivered_on"] == "2025-06-06"
    with pytest.raises(UserError, match="already recorded as delivered on 2025-06-06"):
        notices.record_notice_delivery(ledger, nid, date(2025, 6, 7))
    assert evidence.verify(ledger.conn).intact


def test_a_delivered_agreement_does_not_restart_limitation_in_germany(company):
    ledger = company
    _customer(ledger, "BERG", Jurisdiction.DE)
    ledger.add_invoice("BERG", "B-1", date(2025, 3, 1), 400_000, due_date=date(2025, 4, 1))
    plan_id, _ = promises.add_plan(ledger, "BERG", [(date(2025, 6, 30), 400_000)], invoices=["B-1"],
                                      made_by="K. Berg", channel="phone", agreed_on=date(2025, 6, 2))
    nid = notices.send_repayment_agreement(ledger, plan_id, on=date(2025, 6, 3)).notice_id
    notices.record_notice_post(ledger, nid, "ordinary", on=date(2025, 6, 3))
    assert not notices.record_notice_delivery(ledger, nid, date(2025, 6, 5)).restarts_limitation
    assert _limitation_events(ledger, ledger.customer("BERG").id) == []


def test_a_delivered_promise_confirmation_is_not_a_demand_even_in_china(company):
    ledger = company
    _customer(ledger, "LAKE", Jurisdiction.CN)
    ledger.add_invoice("LAKE", "L-1", date(2025, 3, 1), 1_250_000, due_date=date(2025, 4, 1))
    promise = promises.add_promise(ledger, "LAKE", 800_000, date(2025, 6, 16), invoices=["L-1"], channel="phone",
                                      made_by="Li Wei", promised_on=date(2025, 6, 2))
    before = _limitation_events(ledger, ledger.customer("LAKE").id)  # the promise itself restarts it (cn)
    nid = notices.send_promise_confirmation(ledger, promise.id, on=date(2025, 6, 2)).notice_id
    notices.record_notice_post(ledger, nid, "ems", tracking="EE1CN", on=date(2025, 6, 2))
    assert not notices.record_notice_delivery(ledger, nid, date(2025, 6, 4)).restarts_limitation
    assert _limitation_events(ledger, ledger.customer("LAKE").id) == before


def test_post_and_delivery_refuse_what_cannot_be_true_and_leave_the_ledger_alone(agreed):
    ledger, nid = agreed
    before = snapshot(ledger.path)
    with pytest.raises(UserError, match="A registered letter needs its tracking number"):
        notices.record_notice_post(ledger, nid, "registered")
    with pytest.raises(UserError, match="'pigeon' is not a way of posting"):
        notices.record_notice_post(ledger, nid, "pigeon")
    with pytest.raises(UserError, match="cannot have been posted on 2025-06-01"):
        notices.record_notice_post(ledger, nid, "ordinary", on=date(2025, 6, 1))
    with pytest.raises(UserError, match="no record of being posted"):
        notices.record_notice_delivery(ledger, nid, date(2025, 6, 5))
    with pytest.raises(UserError, match="There is no notice 999"):
        notices.record_notice_post(ledger, 999, "ordinary")
    assert snapshot(ledger.path) == before


def test_a_tampered_notice_is_not_recorded_as_posted(agreed):
    ledger, nid = agreed
    path = notices.recorded_notice(ledger, nid).path
    path.write_bytes(path.read_bytes() + b"%tampered")
    with pytest.raises(UserError, match="does not match its recorded SHA-256"):
        notices.record_notice_post(ledger, nid, "ordinary", on=date(2025, 6, 3))


def test_the_queue_asks_after_a_posted_notice_with_no_delivery_after_ten_days(agreed):
    ledger, nid = agreed
    notices.record_notice_post(ledger, nid, "courier", tracking="SF0001", on=date(2025, 6, 3))

    def delivery_tasks(on: date) -> list:
        return [t for t in work_queue(ledger, on, create_tasks=False) if t.kind == "delivery"]

    assert delivery_tasks(date(2025, 6, 12)) == []
    (task,) = delivery_tasks(date(2025, 6, 14))
    assert task.customer_code == "LAKE" and task.detail["notice_id"] == nid
    assert "The repayment agreement (notice" in str(task.title) and "SF0001" in str(task.title)
    notices.record_notice_delivery(ledger, nid, date(2025, 6, 13))
    assert delivery_tasks(date(2025, 6, 14)) == []


def test_cli_notices_list_post_delivered(agreed, capsys):
    ledger, nid = agreed
    path = str(ledger.path)
    assert main(["notices", "list", "--ledger", path]) == 0
    out = capsys.readouterr().out
    assert f"{nid:>5} 2025-06-03 LAKE" in out and "repayment agreement" in out and "not yet sent out" in out
    assert main(["notices", "post", "--customer", "LAKE", "--method", "registered", "--ledger", path]) == 1
    assert "needs its tracking number" in capsys.readouterr().err
    assert main(["notices", "post", "--customer", "LAKE", "--kind", "repayment_agreement", "--method", "registered",
                 "--tracking", "RR9CN", "--on", "2025-06-03", "--ledger", path]) == 0
    assert f"Recorded notice {nid} as posted (registered, tracking RR9CN)" in capsys.readouterr().out
    assert main(["notices", "delivered", "--notice", str(nid), "--on", "2025-06-05", "--ledger", path]) == 0
    assert "it restarts limitation for the invoices it names" in capsys.readouterr().out
    assert main(["notices", "list", "--format", "json", "--ledger", path]) == 0
    assert '"delivered_on": "2025-06-05"' in capsys.readouterr().out
    assert main(["notices", "post", "--customer", "NOBODY", "--method", "ordinary", "--ledger", path]) == 1
    assert capsys.readouterr().err.count("\n") == 1
