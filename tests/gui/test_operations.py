"""Writes from the GUI are operations off the GUI thread that return a change set; pages refresh only what it
touches; reads never write; an unexpected error reaches the global hook (log file and error dialog)."""

from __future__ import annotations

import logging
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from arledger.domain.errors import UserError
from arledger.gui import errors
from arledger.gui.dialogs.payment import PaymentDialog
from arledger.gui.operations import LedgerOp, ReadWroteError, start_read
from arledger.services import customer_list, promises
from arledger.services.changes import Changes
from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger
from arledger.storage import evidence
from tests.gui.conftest import TODAY, save, wait_idle, with_modal


@pytest.fixture
def big_window(controller, tmp_path: Path, qtbot):
    """A window on a ledger with enough customers that the Customers list scrolls."""
    path = tmp_path / "big.sqlite"
    write_demo_ledger(path, customers=120, invoices=900, today=TODAY)
    assert controller.start(path), getattr(controller, "errors", None)
    window = controller.window
    window.resize(1100, 640)
    wait_idle(qtbot)
    window.risk.timer.stop()
    wait_idle(qtbot)
    return window


def _show(window, page, qtbot) -> None:
    window.show_page(window.pages.index(page))
    wait_idle(qtbot)


def test_a_payment_saves_off_the_gui_thread_and_refreshes_only_its_customers_rows(big_window, qtbot,
                                                                                  monkeypatch) -> None:
    window = big_window
    page = window.customers
    _show(window, page, qtbot)
    model, table = page.model, page.table
    while model.canFetchMore():
        model.fetchMore()
        wait_idle(qtbot)
    codes = [r.code for r in model.rows()]
    # a customer with something open, far enough down that the list has to be scrolled to it
    row = next(i for i, r in enumerate(model.rows()) if i >= 40 and r.main_balance.open_amount > 0)
    code = codes[row]
    table.selectRow(row)
    table.scrollTo(model.index(row, 0))
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    open_before = model.row_at(row).main_balance.open_amount

    # The service call waits until the GUI thread's timer has fired a few times: were the save made on the GUI
    # thread, the timer could not fire and the save would give up waiting.
    ticks: list[bool] = []  # one per timer tick: was the dialog open with OK disabled meanwhile?
    released = threading.Event()
    service_saw: list[bool] = []
    original = Ledger.record_payment

    def slow_record_payment(self, *args, **kwargs):
        service_saw.append(released.wait(timeout=20))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Ledger, "record_payment", slow_record_payment)
    dialogs: list[PaymentDialog] = []
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        d = dialogs[0] if dialogs else None
        if d is not None and d.saving is not None:
            ticks.append(d.isVisible() and not d.ok_button.isEnabled())
            if len(ticks) >= 5:
                released.set()
    timer.timeout.connect(tick)

    resets, letter_reads, dashboard_reads = model.resets, window.letters.tasks.started, window.dashboard.tasks.started
    changed_rows: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_r: changed_rows.append((a.row(), b.row())))

    def fill(d: PaymentDialog) -> None:
        dialogs.append(d)
        assert d.customer.code() == code
        d.amount.setText("1.00")
        timer.start()
        save(d)
        timer.stop()

    with_modal(qtbot, PaymentDialog, fill, window.actions_by_name["record_payment"].trigger)
    wait_idle(qtbot)

    assert service_saw == [True]  # released by the GUI thread's timer while the service call was running
    assert len(ticks) >= 5 and all(ticks)  # the dialog stayed open, Save disabled, the whole time
    assert dialogs[0].changes.customers == {code}
    # Only that customer's row was read again, in place: no reset, selection and scroll position kept.
    assert model.resets == resets
    assert changed_rows and {r for pair in changed_rows for r in pair} == {row}
    assert model.row_at(row).main_balance.open_amount == open_before - 100
    assert [r.code for r in model.rows()] == codes
    assert page.selected_customer_code() == code
    assert table.verticalScrollBar().value() == scroll
    # Pages that are not shown re-read when shown, not now; the Letters page has not been asked for anything.
    assert window.letters.tasks.started == letter_reads and window.dashboard.tasks.started == dashboard_reads
    assert window.dashboard.stale
    assert "recorded" in window.statusBar().currentMessage()


def test_a_refused_save_shows_its_sentence_in_the_dialog_and_changes_nothing(window, qtbot, monkeypatch) -> None:
    code = customer_list.customers_page(window.ledger).rows[0].code
    head = evidence.head(window.ledger.conn)

    def refuse(self, *args, **kwargs):
        raise UserError("The payment date is in a closed period.")  # as a service refusal reads

    monkeypatch.setattr(Ledger, "record_payment", refuse)
    window.statusBar().clearMessage()

    def fill(d: PaymentDialog) -> None:
        d.customer.setText(code)
        d.amount.setText("5.00")
        save(d)
        assert d.isVisible() and d.message() == "The payment date is in a closed period."
        assert d.problem.text() == d.message() and d.ok_button.isEnabled() and d.saving is None
        d.done(0)

    with_modal(qtbot, PaymentDialog, fill, window.actions_by_name["record_payment"].trigger)
    assert evidence.head(window.ledger.conn) == head and not window.statusBar().currentMessage()


def test_pages_reads_never_write(window, qtbot, monkeypatch) -> None:
    """Every page's read runs under the check that its connection changed no row (a ReadWroteError would reach
    the hook); visiting every page reports none. The Today page's queue once stored follow-up tasks."""
    reported: list[BaseException] = []
    monkeypatch.setattr(errors, "report", reported.append)
    for page in window.pages:
        _show(window, page, qtbot)
    window.open_customer(customer_list.customers_page(window.ledger).rows[0].code)
    wait_idle(qtbot)
    assert reported == []
    assert window.today.queue  # the queue was read


def test_a_read_that_writes_is_reported(demo_path: Path, qtbot, monkeypatch) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(errors, "report", reported.append)
    heard: list[str] = []

    def sneaky(ledger: Ledger) -> None:
        with ledger.database.atomic() as conn:
            conn.execute("UPDATE settings SET value = value WHERE key = (SELECT key FROM settings LIMIT 1)")

    start_read(demo_path, sneaky, lambda _r: None, heard.append)
    qtbot.waitUntil(lambda: bool(heard), timeout=20000)
    assert isinstance(reported[0], ReadWroteError) and heard


def test_the_queue_read_leaves_total_changes_at_zero(demo_path: Path) -> None:
    from arledger.services.queue import work_queue

    with Ledger.open(demo_path) as ledger:
        today = ledger.today()
        code = customer_list.customers_page(ledger).rows[0].code
        # broken a week ago: the queue with create_tasks stores its follow-up task, the read must not
        promises.add_promise(ledger, code, 10**9, today - timedelta(days=10), promised_on=today - timedelta(days=20),
                                currency=ledger.customer(code).currency)
    with Ledger.open(demo_path) as ledger:
        before = ledger.conn.total_changes
        work_queue(ledger, today, create_tasks=False)
        assert ledger.conn.total_changes == before
        work_queue(ledger, today)  # the write the risk refresher makes: it does store the task
        assert ledger.conn.total_changes > before


def test_an_unexpected_error_is_logged_and_its_details_copied(qapp: QApplication, qtbot, tmp_path: Path,
                                                              demo_path: Path) -> None:
    log_file = errors.install(qapp, tmp_path / "log")
    try:
        try:
            raise ValueError("the sample bug")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: bool(errors.OPEN_DIALOGS), timeout=5000)
        dialog = errors.OPEN_DIALOGS[-1]
        assert "ValueError" in dialog.sentence.text() and "Traceback" not in dialog.sentence.text()
        text = log_file.read_text(encoding="utf-8")
        assert "ValueError: the sample bug" in text and "test_an_unexpected_error_is_logged" in text
        dialog.copy_button.click()
        copied = QGuiApplication.clipboard().text()
        assert "Traceback" in copied and "ValueError: the sample bug" in copied and "arledger " in copied
        assert "Python" in copied and "Qt for Python" in copied
        dialog.close()

        # A plain thread's error goes there too (threading.excepthook), and so does a bug inside an operation.
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: "ZeroDivisionError" in log_file.read_text(encoding="utf-8"), timeout=5000)
        heard: list[str] = []

        def buggy(ledger: Ledger) -> Changes:
            raise KeyError("inside an operation")

        op = LedgerOp(qapp, demo_path, buggy, on_error=heard.append)
        op.wait()
        assert len(heard) == 1 and "KeyError" in heard[0] and "inside an operation" not in heard[0]
        qtbot.waitUntil(lambda: "KeyError: 'inside an operation'" in log_file.read_text(encoding="utf-8"),
                        timeout=5000)
    finally:
        errors.uninstall()
        for d in list(errors.OPEN_DIALOGS):
            d.close()
        logging.getLogger("arledger").handlers.clear()
