"""The customer view reads its customer once per refresh, however many tabs are opened."""

from __future__ import annotations

from collections import Counter

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
    assert _reads(seen, CUSTOMER_READ) == 1, [s for s in seen if s.lstrip().startswith("SELECT id, code")]
    assert _reads(seen, PROMISES_READ) == 1
