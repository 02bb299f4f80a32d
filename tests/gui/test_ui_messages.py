"""Sentences made by the services (queue titles, timeline summaries, promise evaluations) read in the UI language:
the app renders their messages from the catalogs, it never shows their English defaults in Chinese or German."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from arledger.gui import formatting as fmt
from arledger.gui.models.collections import QueueTableModel
from arledger.render.messages import translate
from arledger.services import customer_record, promises
from arledger.services.queue import work_queue
from tests.gui.conftest import wait_idle
from tests.gui.test_i18n_walk import English

BROKEN = {"zh_CN": "承诺未兑现：截至", "de_DE": "Gebrochen: Bis"}
PAYMENT = {"zh_CN": "收款 ", "de_DE": "Zahlung "}


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_a_broken_promise_task_reads_in_the_ui_language(controller, window, qtbot, language: str) -> None:
    led = window.ledger
    code = next(t.customer_code for t in work_queue(led, date.today(), create_tasks=False) if t.kind == "call")
    due = date.today() - timedelta(days=10)
    promises.add_promise(led, code, 100, due, promised_on=due - timedelta(days=5))
    assert controller.set_language(language)
    window = controller.window
    window.show_page(window.pages.index(window.today))
    window.today.refresh()
    wait_idle(qtbot)
    model: QueueTableModel = window.today.model
    qtbot.waitUntil(lambda: any(t.kind == "broken-promise" for t in model.rows()), timeout=20000)  # read off-thread
    row = next(i for i, t in enumerate(model.rows()) if t.kind == "broken-promise" and t.customer_code == code)
    task = model.rows()[row]
    shown = model.data(model.index(row, 3))  # what to do
    assert shown == fmt.message_text(task.title)  # its amount and date as the lists write them
    deadline = task.title.params["reason"].params["deadline"]
    assert fmt.money(100, task.amounts[0].currency) in shown and fmt.day(deadline) in shown
    assert shown.startswith(BROKEN[language]) and "Broken:" not in shown
    assert str(task.title).startswith("Broken: Nothing of")  # the English default, for the log and JSON
    assert English(language).find(shown) is None


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_timeline_summarises_events_in_the_ui_language(controller, window, qtbot, language: str) -> None:
    led = window.ledger
    codes = [c.code for c in led.customers_page(limit=50)]
    code, seq = next((c, r.seq) for c in codes for r in customer_record.timeline_page(led, c)[0] if r.kind == "payment")
    assert controller.set_language(language)
    window = controller.window
    window.open_customer(code)
    view = window.customer_view
    view.tabs.setCurrentWidget(view.timeline.parentWidget())  # the timeline reads the ledger once it is shown
    wait_idle(qtbot)
    model = view.timeline_model
    column = 3  # summary

    def summaries() -> list[str]:
        return [model.data(model.index(r, column)) for r in range(model.rowCount(QModelIndex()))
                if model.row_at(r).seq == seq]

    # the page arrives from a read off the GUI thread, which may land after the idle wait on a loaded machine
    qtbot.waitUntil(lambda: bool(summaries()), timeout=20000)
    rows = summaries()
    assert rows and rows[0].startswith(PAYMENT[language]) and not rows[0].startswith("Payment ")
    assert English(language).find(rows[0]) is None


INTEREST_BASIS = {"zh_CN": "计收", "de_DE": "Zinsen"}


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_interest_basis_reads_in_the_ui_language_in_the_invoice_view_and_the_report(
        controller, window, qtbot, language: str) -> None:
    from arledger.gui.dialogs.invoice_view import InvoiceViewDialog
    from arledger.services import interest_claims, interest_report

    led = window.ledger
    line = next(ln for ln in interest_claims.interest_lines(led, date.today()) if ln.result.segments)
    english = line.result.basis
    assert controller.set_language(language)
    window = controller.window
    view = InvoiceViewDialog(window.ledger, line.invoice.number, window)
    view.show()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: bool(view.interest_basis.text()), timeout=20000)
    shown = view.interest_basis.text()
    assert INTEREST_BASIS[language] in shown and english not in shown
    # the UI language's sentence, its dates and amounts as the window writes them (the format region)
    assert shown.split("\n")[0] == fmt.message_text(line.result.basis_message)
    assert shown.split("\n")[0] != translate(line.result.basis_message, None)
    table = view.interest.table  # each period's rate and where it came from, in the UI language
    first = line.result.segments[0]
    source = table.item(0, 5).text()
    assert source == fmt.message_text(first.source) and source != first.rate_source
    rate = table.item(0, 4).text()
    assert rate.endswith("%") and ("," in rate) == (language == "de_DE")  # 12,25 % in German, 12.25% in Chinese
    view.close()

    report = interest_report.interest_report(led, date.today())
    window.reports.interest_model.set_report(report)
    model = window.reports.interest_model
    row = next(i for i, r in enumerate(report.rows) if r.invoice_number == line.invoice.number)
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert fmt.message_text(line.result.basis_message) in tip and english not in tip
