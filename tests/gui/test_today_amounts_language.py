"""The Today page in German and in Chinese writes the amounts and dates inside its promise sentences as its lists
write them (the format region): a broken promise's follow-up task reads "123.456,78 £" and "19.11.2026" in German,
as the Amount column beside it does, never the English "123456.78 GBP"."""

from __future__ import annotations

from datetime import timedelta

import pytest

from arledger.services import promises
from arledger.services.ledger import Ledger
from arledger.services.queue import work_queue
from tests.gui.conftest import wait_idle

WRITTEN = {"de_DE": ("123.456,78\u00a0£", "%d.%m.%Y"), "zh_CN": ("£123,456.78", "%Y年%m月%d日")}


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_today_writes_a_broken_promise_s_amount_and_deadline_in_the_reader_s_language(controller, demo_path, qtbot,
                                                                                       language: str) -> None:
    with Ledger.open(demo_path) as led:
        today = led.today()
        customer = led.customers_page(limit=1)[0]
        assert customer.currency == "GBP"
        p = promises.add_promise(led, customer.code, 12_345_678, today - timedelta(days=10),
                                 promised_on=today - timedelta(days=20))
        deadline = next(ev.deadline for ev in promises.promise_statuses(led, today)[0] if ev.promise.id == p.id)
        work_queue(led, today)  # stores the broken promise's follow-up task, as the risk refresher does
    assert controller.start(demo_path), controller.errors
    assert controller.set_language(language, language)
    window = controller.window
    window.show_page(window.pages.index(window.today))
    wait_idle(qtbot)
    model = window.today.model
    [row] = [i for i, t in enumerate(model.rows()) if t.kind == "broken-promise" and t.customer_code == customer.code]
    text, column = model.data(model.index(row, 3)), model.data(model.index(row, 4))
    amount, date_format = WRITTEN[language]
    assert amount in text and deadline.strftime(date_format) in text, text
    assert amount == column  # the sentence and the Amount column agree
    assert "123456.78" not in text and deadline.isoformat() not in text
