"""The Reasons tab, the customer view's case section and the handover button, driven as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton

from arledger.domain.cases import CaseStage
from arledger.domain.model import Channel, Direction, DisputeReason, ExcuseReason, Outcome
from arledger.gui.dialogs.cases import CaseDialog, HandoverDialog
from arledger.services import cases, contacts, disputes, kpis
from arledger.storage import collections as rows
from tests.gui.conftest import TODAY, save, wait_idle, with_modal


def _overdue_code(window) -> str:
    ids = {r[0] for r in rows.overdue_items(window.ledger.conn, window.ledger.today())}
    return min(c.code for c in window.ledger.customers_page(limit=1000) if c.id in ids)


def test_reasons_tab_shows_table_and_chart(window, qtbot) -> None:
    code = _overdue_code(window)
    contacts.log_contact(window.ledger, code, Channel.PHONE, Direction.OUT, "cash is tight",
                            outcome=Outcome.REACHED, reason=ExcuseReason.FINANCIAL, override="test call")
    window.show_page(window.pages.index(window.reports))
    page = window.reports
    page.tabs.setCurrentIndex(3)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.reasons.report is not None, timeout=20000)
    table = page.reasons.table
    reasons_shown = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert "Financial difficulty" in reasons_shown and "None recorded" in reasons_shown
    # shares of each currency add up to 100 %
    for cur in {table.item(r, 0).text() for r in range(table.rowCount())}:
        total = sum(float(table.item(r, 4).text().rstrip("%")) for r in range(table.rowCount())
                    if table.item(r, 0).text() == cur)
        assert abs(total - 100) < 0.5
    currency = window.ledger.customer(code).currency
    page.reasons.currency.setCurrentText(currency)
    chart = page.reasons.chart.chart()
    assert chart.series() and len(page.reasons.chart.months) == 12
    assert currency in chart.title()
    bars = {b.label() for b in chart.series()[0].barSets()}
    assert "Financial difficulty" in bars


def test_case_section_owner_stage_and_risk_reasons(window, qtbot) -> None:
    code = _overdue_code(window)
    kpis.refresh_risk_tiers(window.ledger, window.ledger.today())
    window.open_customer(code)
    view = window.customer_view
    view.tabs.setCurrentWidget(view.case_panel)
    wait_idle(qtbot)
    panel = view.case_panel
    assert "Risk tier" in panel.risk_label.text() and "Average days late" in panel.record_label.text()

    def fill(d: CaseDialog) -> None:
        d.owner.setCurrentText("ann")
        d.stage.setCurrentIndex(d.stage.findData(CaseStage.PROMISE))
        d.note.setText("pays on Friday")
        save(d)

    with_modal(qtbot, CaseDialog, fill, panel.case_button.click)
    wait_idle(qtbot)
    state = cases.case_state(window.ledger, window.ledger.customer(code))
    assert (state.owner, state.stage) == ("ann", CaseStage.PROMISE)
    assert panel.history.rowCount() == 2 and panel.history.item(0, 1).text() == "Promise"
    assert "ann" in panel.owner_label.text()


def test_handover_button_writes_the_pack_and_moves_the_case(window, qtbot, tmp_path: Path) -> None:
    code = _overdue_code(window)
    window.open_customer(code)
    view = window.customer_view
    wait_idle(qtbot)
    button = next(b for b in view.action_buttons if b.objectName() == "customer_handover")
    out = tmp_path / "pack"

    def fill(d: HandoverDialog) -> None:
        d.to.setCurrentIndex(d.to.findData("court"))
        d.folder.setText(str(out))
        save(d)

    with_modal(qtbot, HandoverDialog, fill, button.click)
    qtbot.waitUntil(lambda: view.case_panel.last_pack is not None or bool(view.case_panel.last_error), timeout=60000)
    assert not view.case_panel.last_error
    wait_idle(qtbot)
    QApplication.processEvents()
    pack = view.case_panel.last_pack
    assert pack.pdf.is_file() and pack.bundle.is_file() and pack.pdf.parent == out
    assert cases.case_state(window.ledger, window.ledger.customer(code)).stage is CaseStage.COURT
    assert "Handed over" in window.statusBar().currentMessage()
    assert str(TODAY.year) in pack.pdf.name or pack.pdf.name.endswith(".pdf")


def test_risk_refresh_runs_on_open_and_after_changes(window, qtbot) -> None:
    # On open: tiers, reasons and warnings are stored without blocking the window.
    qtbot.waitUntil(lambda: window.risk.runs >= 1 and not window.risk.busy(), timeout=30000)
    stored = window.ledger.conn.execute("SELECT count(*) FROM risk_assessments").fetchone()[0]
    assert stored > 0
    code = _overdue_code(window)
    before = window.risk.runs
    cases.set_owner(window.ledger, code, "ann")
    number = next(r[2] for r in rows.overdue_items(window.ledger.conn, window.ledger.today(),
                                                   window.ledger.customer(code).id) if not r[6])
    disputes.open_dispute(window.ledger, number, DisputeReason.PRICE)  # a new dispute: a new warning
    window.ledger_changed("owner set, dispute opened")
    qtbot.waitUntil(lambda: window.risk.runs > before and not window.risk.busy(), timeout=30000)
    wait_idle(qtbot)
    # the dashboard lists the warnings first seen today
    window.show_page(window.pages.index(window.dashboard))
    wait_idle(qtbot)
    new = kpis.new_warnings(window.ledger, window.ledger.today())
    assert (code, "new-dispute") in {(w.customer_code, w.code) for w in new}
    assert window.dashboard.warnings_card.table.rowCount() == len(new)
    # the queue filtered by owner shows only that owner's customers
    window.show_page(window.pages.index(window.today))
    wait_idle(qtbot)
    today = window.today
    today.owner.setCurrentIndex(today.owner.findData("ann"))
    shown = {today.model.row_at(r).customer_code for r in range(today.model.rowCount())}
    assert shown <= {code} and len(today._all_tasks) > len(shown)


def test_talk_tracks_cover_obstacles_and_are_edited_per_ledger(window, qtbot) -> None:
    import json

    from arledger.gui.dialogs.collections import LogContactDialog
    from arledger.gui.talk_tracks import TalkTrackEditorDialog

    code = _overdue_code(window)
    dialog = LogContactDialog(window.ledger, code, window)
    qtbot.addWidget(dialog)
    dialog.tracks_situation.setCurrentIndex(dialog.tracks_situation.findData("never-received"))
    assert "We never received the invoice" in dialog.tracks.toPlainText()

    def edit(d: TalkTrackEditorDialog) -> None:
        data = json.loads(d.text.toPlainText())
        data["obstacles"]["never-received"]["lines"] = ["Our own line about a lost invoice."]
        d.text.setPlainText(json.dumps(data))
        save(d)

    with_modal(qtbot, TalkTrackEditorDialog, edit, dialog.findChild(QPushButton, "editTalkTracks").click)
    assert "Our own line about a lost invoice." in dialog.tracks.toPlainText()
    dialog.reject()
