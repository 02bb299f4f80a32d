"""The contact guards' sentences, the risk tier's reasons and warnings, and a contact's outcome in the timeline
read in the UI language: the window renders their messages, never their English defaults."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime, QModelIndex
from PySide6.QtWidgets import QLabel

from arledger.domain.model import Channel, Direction, Outcome
from arledger.gui.dialogs.collections import LogContactDialog
from arledger.services import contacts, customer_record, kpis
from arledger.services.queue import work_queue
from tests.gui.conftest import wait_checked, wait_idle
from tests.gui.test_i18n_walk import English

GUARD = {"zh_CN": "不在联系时段内", "de_DE": "Außerhalb der Kontaktzeiten"}
DAYS_LATE = {"zh_CN": "平均逾期", "de_DE": "Zahlt im Durchschnitt"}
REACHED = {"zh_CN": "已联系上：", "de_DE": "erreicht: "}


def _night_for(ledger, code: str) -> QDateTime:
    """23:30 yesterday for the customer, as the computer's local time."""
    zone = ZoneInfo(ledger.customer(code).timezone or "UTC")
    there = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(hour=23, minute=30,
                                                                                          tzinfo=zone)
    local = there.astimezone().replace(tzinfo=None)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_log_contact_dialog_states_the_guard_in_the_ui_language(controller, window, qtbot,
                                                                     language: str) -> None:
    led = window.ledger
    code = next(t.customer_code for t in work_queue(led, date.today(), create_tasks=False) if t.kind == "call")
    assert controller.set_language(language)
    d = LogContactDialog(controller.window.ledger, code, controller.window)
    d.show()
    d.when.setDateTime(_night_for(led, code))
    qtbot.keyClicks(d.summary_edit, "x")
    wait_checked(d)  # the customer's facts are read off the GUI thread
    assert d.guard_box.isVisible() and [v.rule for v in d.violations()] == ["contact-hours"]
    shown = d.guard_text.text()
    assert GUARD[language] in shown and "Outside contact hours" not in shown and " calls " not in shown
    assert "A contact rule applies" not in shown  # the box's own heading is translated too
    d.hide()  # closing would ask before throwing the typed summary away


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_case_tab_gives_risk_reasons_and_warnings_in_the_ui_language(controller, window, qtbot,
                                                                         language: str) -> None:
    led = window.ledger
    kpis.refresh_risk_tiers(led, led.today())
    code = next(c.code for c in led.customers_page(limit=1000)
                if any(r.code == "risk.reason.days_late" for r in kpis.stored_risk(led, c).reasons)
                and kpis.stored_risk(led, c).warnings)
    assert controller.set_language(language)
    window = controller.window
    window.open_customer(code)
    view = window.customer_view
    view.tabs.setCurrentWidget(view.case_panel)
    wait_idle(qtbot)
    risk, warnings = view.case_panel.risk_label.text(), view.case_panel.warnings_label.text()
    assert DAYS_LATE[language] in risk and "days late on average" not in risk
    english_warnings = [str(m) for _c, m in kpis.stored_risk(led, code).warnings]
    assert english_warnings and not any(w in warnings for w in english_warnings)
    badge = view.findChild(QLabel, "riskBadge")
    assert DAYS_LATE[language] in badge.toolTip() and "days late on average" not in badge.toolTip()
    tip = view.findChild(QLabel, "warningBadge").toolTip()
    assert tip and not any(w in tip for w in english_warnings)


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_timeline_names_a_contacts_outcome_in_the_ui_language(controller, window, qtbot,
                                                                  language: str) -> None:
    led = window.ledger
    code = next(t.customer_code for t in work_queue(led, date.today(), create_tasks=False) if t.kind == "call")
    contacts.log_contact(led, code, Channel.EMAIL, Direction.OUT, "Statement sent.", outcome=Outcome.REACHED,
                         at=datetime.now(UTC) - timedelta(minutes=5))
    seq = customer_record.timeline_page(led, code)[0][0].seq
    assert controller.set_language(language)
    window = controller.window
    window.open_customer(code)
    view = window.customer_view
    view.tabs.setCurrentWidget(view.timeline.parentWidget())
    wait_idle(qtbot)
    model = view.timeline_model
    shown = [model.data(model.index(r, 3)) for r in range(model.rowCount(QModelIndex())) if model.row_at(r).seq == seq]
    assert shown == [f"{REACHED[language]}Statement sent."]
    assert English(language).find(shown[0]) is None
