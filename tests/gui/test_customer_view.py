"""The customer view reads its header off the GUI thread and its customer once per refresh, however many tabs are
opened; a refresh keeps showing the page (selection and scroll) until the read is in."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from arledger.gui.views import customer_view
from arledger.services import customer_record
from tests.gui.conftest import wait_idle

CUSTOMER_READ = "SELECT id, code, name, kind, email, phone,"
PROMISES_READ = "SELECT p.id, p.customer_id, p.promised_on"


def _reads(seen: list[str], prefix: str) -> int:
    return Counter(" ".join(s.split())[:len(prefix)] for s in seen)[prefix]


def test_every_tab_takes_the_customer_and_promises_the_header_read(window, qtbot) -> None:
    view = window.customer_view
    seen: list[str] = []
    window.ledger.conn.set_trace_callback(seen.append)
    try:
        window.open_customer("C00006")  # has promises, a plan, letters and a timeline
        wait_idle(qtbot)
        for tab in range(view.tabs.count()):
            view.show_tab(tab)
            wait_idle(qtbot)
    finally:
        window.ledger.conn.set_trace_callback(None)
    assert view.header is not None and view.header.customer.code == "C00006"
    # what every tab shows was read, from the customer the header read
    assert view.promise_model.rowCount() >= 3 and "Plan 1" in view.plans_label.text()
    assert view.timeline_model.rowCount() > 0 and view.letter_model.rowCount() > 0
    assert view.items_model.rowCount() > 0 and view.details_form.rowCount() > 5
    assert view.case_panel.summary is not None and view.case_panel.summary.customer.code == "C00006"
    # the header (customer and promises) is read on a worker's connection; the tabs take it from there and read
    # neither again on the GUI thread's connection
    assert _reads(seen, CUSTOMER_READ) == 0, [s for s in seen if s.lstrip().startswith("SELECT id, code")]
    assert _reads(seen, PROMISES_READ) == 0


def test_the_header_read_reads_the_customer_and_promises_once(window) -> None:
    seen: list[str] = []
    window.ledger.conn.set_trace_callback(seen.append)
    try:
        header, risk = customer_view._header_read(window.ledger, "C00006")
    finally:
        window.ledger.conn.set_trace_callback(None)
    assert header.customer.code == "C00006" and risk is not None
    assert _reads(seen, CUSTOMER_READ) == 1 and _reads(seen, PROMISES_READ) == 1


class Gate:
    """Stands in for customer_header: records the thread it ran on and waits until the test releases it."""

    def __init__(self) -> None:
        self.release, self.entered = threading.Event(), threading.Event()
        self.threads: list[int] = []

    def __call__(self, ledger, customer, as_of=None):
        self.threads.append(threading.get_ident())
        self.entered.set()
        assert self.release.wait(timeout=20), "the test never released the header read"
        return READ_HEADER(ledger, customer, as_of)


READ_HEADER = customer_record.customer_header


def test_a_refresh_reads_the_header_off_the_gui_thread_and_keeps_the_page(window, qtbot,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    view = window.customer_view
    window.open_customer("C00006")
    wait_idle(qtbot)
    assert view.name_label.text() == view.header.customer.name
    view.items_table.selectRow(2)
    chosen = view.selected_invoice_number()
    assert chosen

    gate = Gate()
    monkeypatch.setattr(customer_record, "customer_header", gate)
    view.refresh()  # returns while the read waits on the gate: the GUI thread is not blocked
    assert gate.entered.wait(timeout=20) and gate.threads != [threading.get_ident()]
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=5000)  # the event loop runs while the read is held
    assert view.is_loading()
    # meanwhile the page keeps what it showed, the selection included
    assert view.name_label.text() == view.header.customer.name and view.selected_invoice_number() == chosen
    gate.release.set()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=20000)
    wait_idle(qtbot)
    assert view.header.customer.code == "C00006" and view.name_label.text() == view.header.customer.name
    assert view.selected_invoice_number() == chosen  # selection kept after the new read


def test_opening_another_customer_shows_its_header_once_the_read_is_in(window, qtbot,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    view = window.customer_view
    window.open_customer("C00006")
    wait_idle(qtbot)
    gate = Gate()
    monkeypatch.setattr(customer_record, "customer_header", gate)
    window.open_customer("C00009")
    assert gate.entered.wait(timeout=20)
    view.show_tab(2)  # a tab opened meanwhile does not show the previous customer's promises as C00009's
    assert view.header is None or view.header.customer.code != "C00009"
    gate.release.set()
    qtbot.waitUntil(lambda: view.header is not None and view.header.customer.code == "C00009", timeout=20000)
    wait_idle(qtbot)
    assert view.name_label.text() == view.header.customer.name
    assert view.findChild(QLabel, "codeBadge").text() == "C00009"


def test_an_unknown_customer_is_said_once_the_read_is_in(window, qtbot) -> None:
    view = window.customer_view
    window.open_customer("NOPE")
    wait_idle(qtbot)
    assert "NOPE" in view.name_label.text() and view.header is None
