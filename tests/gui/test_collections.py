"""Driving the collections screens: Today queue, customer view, contact with guards and promise, letters
(preview, print, send, batch with Cancel), Excel export, settings, language; qtmodeltester on every model."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from arledger.domain.model import ExcuseReason, Outcome
from arledger.gui.dialogs.collections import DisputeDialog, LogContactDialog, PlanDialog, PromiseDialog
from arledger.gui.dialogs.letter_preview import LetterPreviewDialog
from arledger.gui.dialogs.settings import SettingsDialog
from arledger.services import (
    customer_record,
    dashboard_figures,
    escalation,
    evidence_log,
    interest_report,
    invoice_list,
    letter_archive,
)
from arledger.services.queue import work_queue
from arledger.storage import evidence
from tests.gui.conftest import save, wait_checked, wait_idle, with_modal, with_modals


def _at_customer_time(ledger, code: str, hour: int, minute: int = 0, days_ago: int = 1) -> QDateTime:
    """A QDateTime (computer's local time) that is hour:minute for the customer, days_ago days back."""
    zone = ZoneInfo(ledger.customer(code).timezone or "UTC")
    there = datetime.combine(date.today() - timedelta(days=days_ago), datetime.min.time()).replace(
        hour=hour, minute=minute, tzinfo=zone)
    local = there.astimezone().replace(tzinfo=None)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def _show(window, page, qtbot) -> None:
    window.show_page(window.pages.index(page))
    wait_idle(qtbot)


def test_log_a_call_with_a_promise_and_see_the_queue_change(window, qtbot) -> None:
    _show(window, window.today, qtbot)
    queue = window.today.model.rows()
    assert queue and queue == sorted(queue, key=lambda t: -t.priority)
    call = next(t for t in queue if t.kind == "call")
    code = call.customer_code
    assert window.today.select_task("call", code)
    before = {(t.kind, t.customer_code) for t in queue}
    assert ("letter", code) in before

    def fill_contact(d: LogContactDialog) -> None:
        assert d.customer.code() == code
        assert d.tracks.toPlainText().count("“") > 3  # talk tracks: opening, responses, closing
        d.when.setDateTime(_at_customer_time(window.ledger, code, 11))
        d.outcome.setCurrentIndex(d.outcome.findData(Outcome.PROMISE))
        d.reason.setCurrentIndex(d.reason.findData(ExcuseReason.FINANCIAL))
        assert "Financial difficulty" in d.tracks.toPlainText()
        d.person.setCurrentText("Jo Payables")
        assert not d.ok_button.isEnabled() and "summary" in d.message()
        qtbot.keyClicks(d.summary_edit, "Agreed to pay the overdue amount next week.")
        assert not d.guard_box.isVisible(), d.guard_text.text()
        assert d.ok_button.isEnabled(), d.message()
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    def fill_promise(d: PromiseDialog) -> None:
        assert d.customer.code() == code and d.made_by.text() == "Jo Payables"
        assert d.amount.text()  # preset with the overdue amount
        d.due.setDate(d.due.date().addDays(3))
        assert d.ok_button.isEnabled(), d.message()
        save(d)

    with_modals(qtbot, [(LogContactDialog, fill_contact), (PromiseDialog, fill_promise)],
                window.actions_by_name["log_contact"].trigger)
    wait_idle(qtbot)
    after = {(t.kind, t.customer_code) for t in window.today.model.rows()}
    assert ("call", code) not in after  # contacted within the week
    assert ("letter", code) not in after  # a pending promise pauses letters
    promises, _plans = customer_record.customer_promises(window.ledger, code)
    assert promises[0].status == "pending" and promises[0].made_by == "Jo Payables"
    assert "promise" in window.statusBar().currentMessage()
    rows, _next = customer_record.timeline_page(window.ledger, code)
    assert [r.kind for r in rows[:2]] == ["promise", "contact"]


def test_a_call_at_night_shows_the_guard_and_needs_an_override_reason(window, qtbot) -> None:
    led = window.ledger
    code = next(t.customer_code for t in work_queue(led, date.today(), create_tasks=False) if t.kind == "call")
    d = LogContactDialog(led, code, window)
    d.show()
    wait_checked(d)  # the customer's facts are read off the GUI thread
    qtbot.keyClicks(d.summary_edit, "Late call, left a message.")
    assert d.ok_button.isEnabled()
    d.when.setDateTime(_at_customer_time(led, code, 23, 30))
    assert d.guard_box.isVisible()
    assert [v.rule for v in d.violations()] == ["contact-hours"]
    assert "Outside contact hours" in d.guard_text.text()
    assert not d.ok_button.isEnabled() and "override reason" in d.message()
    save(d)
    assert d.isVisible() and d.saved is None  # nothing saved until valid
    qtbot.keyClicks(d.override, "Customer asked us to call after their night shift.")
    assert d.ok_button.isEnabled(), d.message()
    save(d)
    assert d.saved is not None and d.saved.override_reason.startswith("Customer asked")
    kinds = [r.kind for r in customer_record.timeline_page(led, code)[0][:2]]
    assert kinds == ["contact", "guard_override"]
    assert evidence_log.verify_evidence(led).intact


def test_customer_view_from_the_list_with_lazy_timeline_and_back(window, qtbot) -> None:
    _show(window, window.customers, qtbot)
    code = "C00006"
    window.customers.select_code(code)
    window.customers.table.doubleClicked.emit(window.customers.table.currentIndex())
    view = window.customer_view
    assert window.current_page() is view and view.code == code
    wait_idle(qtbot)  # the header is read off the GUI thread
    assert view.header is not None and view.header.customer.code == code
    assert view.items_model.rowCount() == invoice_list.count_invoices(window.ledger, invoice_list.InvoiceFilter(
        customer_code=code))
    assert view.timeline_model.pages_loaded == 0  # not read until its tab is opened
    view.show_tab(1)
    assert view.timeline_model.rowCount() > 0
    first = view.timeline_model.row_at(0)
    tip = view.timeline_model.data(view.timeline_model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert first.hash in tip and not view.timeline_model.data(view.timeline_model.index(0, 1),
                                                               Qt.ItemDataRole.DecorationRole).isNull()
    view.show_tab(2)
    assert view.promise_model.rowCount() >= 3 and "Plan 1" in view.plans_label.text()
    view.show_tab(4)
    assert view.details_form.rowCount() > 5
    window.actions_by_name["back"].trigger()
    assert window.current_page() is window.customers


def test_generate_preview_print_and_send_a_letter(window, qtbot, tmp_path: Path) -> None:
    _show(window, window.letters, qtbot)
    due = window.letters.due_count()
    assert due > 0
    entry = window.letters.current_entry()
    code = entry.customer.code

    def fill(d: LetterPreviewDialog) -> None:
        assert d.page_count() > 0, d.problem.text()
        assert code in d.info.text() or entry.customer.code in d.windowTitle()
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        assert d.print_to(printer) == d.page_count()
        d.level.setCurrentIndex(d.level.findData(1))
        assert "level 1" in d.info.text()
        d.level.setCurrentIndex(0)
        qtbot.mouseClick(d.send_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, LetterPreviewDialog, fill, window.actions_by_name["preview_letter"].trigger)
    wait_idle(qtbot)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    sent = customer_record.customer_letters(window.ledger, code)
    assert sent and sent[0].path is not None and sent[0].path.is_file()
    assert window.letters.due_count() == due - 1
    assert letter_archive.check_archive(window.ledger) == []
    # The customer view opens the archived PDF in the same viewer.
    window.open_customer(code)
    wait_idle(qtbot)
    window.customer_view.show_tab(3)
    window.customer_view.letters.selectRow(0)

    def look(d) -> None:
        assert d.page_count() > 0
        save(d)

    from arledger.gui.dialogs.letter_preview import PdfViewerDialog

    with_modal(qtbot, PdfViewerDialog, look, window.customer_view.open_selected_letter)


def test_batch_letters_with_cancel_leaves_only_whole_logged_letters(window, qtbot, tmp_path: Path,
                                                                    monkeypatch) -> None:
    _show(window, window.letters, qtbot)
    due = window.letters.due_count()
    assert due >= 3
    out = tmp_path / "run"
    monkeypatch.setattr(window.letters, "choose_batch_folder", lambda: out)
    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(window.letters, "confirm_stale_rates", lambda w: asked.append(w) or True)
    real = letter_archive.render_letter

    def slow(*a, **k):
        time.sleep(0.15)
        return real(*a, **k)

    monkeypatch.setattr(letter_archive, "render_letter", slow)
    summaries = []
    monkeypatch.setattr(window.letters, "confirm_batch", lambda s: summaries.append(s) or True)
    window.actions_by_name["generate_letters"].trigger()
    qtbot.waitUntil(lambda: window.job is not None, timeout=30000)
    assert summaries[0].letters == due
    job = window.job
    job.progressed.connect(lambda done, total: done >= 1 and job.cancel())
    qtbot.waitUntil(lambda: job.finished, timeout=30000)
    wait_idle(qtbot)
    assert job.error == "", job.error
    result = job.result
    assert result.cancelled and 1 <= len(result.letters) < due
    assert "Stopped" in window.letters.banner.text()
    led = window.ledger
    # Every archived PDF is one recorded, logged letter; nothing half-written is left behind.
    assert letter_archive.check_archive(led) == []
    assert evidence_log.verify_evidence(led).intact
    assert sorted(p.name for p in out.glob("*.pdf") if not p.name.startswith("letters-")) == \
        sorted(s.out_path.name for s in result.letters)
    assert not list(out.glob(".*.part"))
    assert window.letters.due_count() == due - len(result.letters)
    # Running again with the same folder sends the rest.
    monkeypatch.setattr(letter_archive, "render_letter", real)
    window.actions_by_name["generate_letters"].trigger()
    qtbot.waitUntil(lambda: window.job is not None and window.job.finished, timeout=60000)
    wait_idle(qtbot)
    assert not window.job.result.cancelled and window.letters.due_count() == 0
    assert letter_archive.check_archive(led) == []


def test_batch_shows_its_summary_first_and_cancel_sends_nothing(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from arledger.gui.dialogs.batch_summary import BatchSummaryDialog

    _show(window, window.letters, qtbot)
    due = window.letters.due_count()
    head = evidence.head(window.ledger.conn)
    monkeypatch.setattr(window.letters, "choose_batch_folder", lambda: tmp_path / "run")
    seen: list[BatchSummaryDialog] = []

    def look(d: BatchSummaryDialog) -> None:
        seen.append(d)
        d.reject()

    def poll() -> None:  # the summary is read off the GUI thread, so the dialog opens a little later
        w = QApplication.activeModalWidget()
        if isinstance(w, BatchSummaryDialog):
            look(w)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    window.actions_by_name["generate_letters"].trigger()
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30000)
    wait_idle(qtbot)
    d = seen[0]
    assert d.summary.letters == due
    assert d.table.rowCount() == len(d.summary.lines) >= 1
    assert sum(line.letters for line in d.summary.lines) >= due  # a letter in two currencies counts twice
    assert d.table.item(0, 4).text().strip()
    assert not d.send_button.isDefault()
    assert window.job is None and not (tmp_path / "run").exists()
    assert evidence.head(window.ledger.conn) == head


def test_export_excel_from_the_window_and_cancel(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    import openpyxl

    target = tmp_path / "book.xlsx"
    monkeypatch.setattr(window, "choose_export_path", lambda: target)
    window.actions_by_name["export_excel"].trigger()
    qtbot.waitUntil(lambda: window.job.finished, timeout=30000)
    assert window.job.error == ""
    assert target.is_file()
    book = openpyxl.load_workbook(target, read_only=True)
    assert "Open items" in book.sheetnames
    book.close()
    assert "book.xlsx" in window.statusBar().currentMessage()
    # Cancelled at once: no file.
    other = tmp_path / "never.xlsx"
    monkeypatch.setattr(window, "choose_export_path", lambda: other)
    window.actions_by_name["export_excel"].trigger()
    window.job.cancel()
    qtbot.waitUntil(lambda: window.job.finished, timeout=30000)
    assert not other.exists()
    assert "cancelled" in window.statusBar().currentMessage()
    # From the Reports page too.
    _show(window, window.reports, qtbot)
    assert window.reports.findChild(type(window.reports.run_button), "reportsExport") is not None


def test_plan_and_dispute_dialogs(window, qtbot) -> None:
    led = window.ledger
    code = next(c for c in (f"C{i:05d}" for i in range(1, 16)) if invoice_list.open_invoices_of(led, c)
                and not customer_record.customer_header(led, c).open_disputes)
    d = PlanDialog(led, code, window)
    wait_checked(d)  # the customer's facts are read off the GUI thread
    assert d.message() and not d.problem.text()  # late validation: nothing said before the user acts
    for r in range(3):
        d.schedule.setData(d.schedule.index(r, 1), "100.00")
    assert d.ok_button.isEnabled(), d.message()
    d.schedule.setData(d.schedule.index(1, 0), date.today() + timedelta(days=400))
    assert "in order" in d.message()
    d.schedule.remove_row(1)
    save(d)
    assert d.saved is not None and len(d.saved[1]) == 2
    number = invoice_list.open_invoices_of(led, code)[0].number
    d = DisputeDialog(led, number, window)
    d.note.setText("Two pallets arrived damaged")
    d.amount.setText("999999999")
    assert "more than" in d.message()
    d.amount.clear()
    save(d)
    assert customer_record.customer_header(led, code).open_disputes == 1
    d = DisputeDialog(led, number, window, resolve=True)
    assert "resolution" in d.message() and not d.problem.text()
    d.resolution.setText("Credit note agreed for the damaged pallets")
    d.outcome.setCurrentIndex(d.outcome.findData("upheld"))
    save(d)
    assert customer_record.customer_header(led, code).open_disputes == 0
    assert d.saved.outcome == "upheld"


def test_an_instalment_date_edited_in_the_schedule_is_the_date_recorded(window, qtbot) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit, QStyleOptionViewItem

    d = PlanDialog(window.ledger, "", window)
    index = d.schedule.index(0, 0)
    first = d.schedule.rows[0][0]
    delegate = d.table.itemDelegateForColumn(0)
    editor = delegate.createEditor(d.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QDateEdit)
    delegate.setEditorData(editor, index)
    assert (editor.date().year(), editor.date().month(), editor.date().day()) == (first.year, first.month, first.day)
    moved = first + timedelta(days=3)
    editor.setDate(QDate(moved.year, moved.month, moved.day))
    delegate.setModelData(editor, d.schedule, index)
    assert d.schedule.rows[0][0] == moved
    d.reject()


def test_settings_store_company_policy_and_guards_through_set_setting(window, qtbot) -> None:
    led = window.ledger

    def fill(d: SettingsDialog) -> None:
        d.company["name"].setText("Brightwater Trading Ltd")
        d.bank["iban"].setText("GB33BUKB20201555555555")
        d.page_size.setCurrentText("Letter")
        d.buckets.setText("30,10")
        assert not d.ok_button.isEnabled() and d.message()
        d.buckets.setText("30,60,90")
        d.levels.item(0, 2).setText("soon")
        assert "whole numbers" in d.message()
        d.levels.item(0, 2).setText("5")
        d.hours_end.setTime(d.hours_start.time().addSecs(-3600))
        assert "end after" in d.message()
        d.hours_end.setTime(d.hours_start.time().addSecs(10 * 3600))
        d.max_calls.setValue(3)
        assert d.ok_button.isEnabled(), d.message()
        save(d)

    with_modal(qtbot, SettingsDialog, fill, window.actions_by_name["settings"].trigger)
    assert led.setting("company")["name"] == "Brightwater Trading Ltd"
    assert led.setting("company")["bank"]["iban"] == "GB33BUKB20201555555555"
    assert led.setting("letters.page_size") == "Letter"
    assert led.setting("escalation_policy")["levels"][0]["days_after_due"] == 5
    assert led.setting("contact_policy")["max_calls"] == 3
    assert led.bucket_scheme().boundaries == (30, 60, 90)


def test_dashboard_measures_and_limitation_open_the_lists_behind(window, qtbot) -> None:
    _show(window, window.dashboard, qtbot)
    dash = window.dashboard
    assert dash.collections is not None
    tiles = dash.kpi_tiles()
    assert {t.key for t in tiles} == {"dso", "cei", "promise_kept_rate"}
    assert all(t.toolTip() for t in tiles)
    dso = next(t for t in tiles if t.key == "dso")
    currency = dso.currencies[0]
    dso.clicked.emit("dso", currency)
    assert window.current_page() is window.invoices and window.invoices.model.filter.currency == currency
    window.show_kpi("promise_kept_rate", currency)
    wait_idle(qtbot)
    assert window.current_page() is window.reports and window.reports.tabs.currentIndex() == 2
    assert window.reports.kpi_model.columnCount() > 1
    tip = window.reports.kpi_model.data(window.reports.kpi_model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Days sales outstanding" in tip
    window.reports.show_tab(1)
    wait_idle(qtbot)
    assert window.reports.interest_model.rowCount() > 0


def test_chinese_ui_covers_the_collections_screens(controller, window, qtbot) -> None:
    assert controller.set_language("zh_CN")
    wait_idle(qtbot)
    w = controller.window
    titles = [w.side_bar.item(i).text() for i in range(w.side_bar.count())]
    assert "Today" not in titles and "Letters" not in titles
    d = LogContactDialog(w.ledger, "C00001", w)
    assert "开场" in d.tracks.toPlainText()
    assert d.windowTitle() != "Log Contact"
    d.reject()
    controller.set_language("en")
    wait_idle(qtbot)


@pytest.fixture
def ledger(demo_path: Path):
    from arledger.services.ledger import Ledger

    with Ledger.open(demo_path) as led:
        yield led


def test_every_collections_model_passes_qt_checks(qtmodeltester, ledger) -> None:
    from arledger.gui.models import collections as m
    from arledger.services import kpis

    today = date.today()
    queue = m.QueueTableModel()
    queue.set_rows(work_queue(ledger, today, create_tasks=False))
    qtmodeltester.check(queue, force_py=True)
    queue.sort(5, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(queue, force_py=True)
    timeline = m.TimelineTableModel(ledger)
    timeline.show_customer("C00006")
    qtmodeltester.check(timeline, force_py=True)
    promises, _plans = customer_record.customer_promises(ledger, "C00006")
    for model, rows in ((m.PromiseTableModel(), promises), (m.DisputeTableModel(), customer_record.customer_disputes(
            ledger, "C00006")), (m.SentLetterTableModel(), customer_record.customer_letters(ledger, "C00006")),
                        (m.LetterRunTableModel(), escalation.letters_due(ledger, today)),
                        (m.LimitationTableModel(), dashboard_figures.limitation_warnings(ledger, today))):
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)
    interest = m.InterestTableModel()
    interest.set_report(interest_report.interest_report(ledger, today))
    qtmodeltester.check(interest, force_py=True)
    assert interest.data(interest.index(interest.rowCount() - 1, 0)) == "Total"
    k = m.KpiTableModel(kpis.DEFINITIONS)
    k.set_figures(kpis.period_kpis(ledger, today - timedelta(days=89), today))
    qtmodeltester.check(k, force_py=True)
    schedule = m.ScheduleTableModel()
    schedule.set_rows([(today, "10.00"), (today + timedelta(days=30), "")])
    qtmodeltester.check(schedule, force_py=True)
    assert schedule.setData(schedule.index(1, 1), "12.50") and schedule.rows[1][1] == "12.50"


def test_the_preview_appendix_checkbox_is_honoured_both_ways(window, qtbot) -> None:
    led = window.ledger
    on = led.today()
    entries = [e for e in escalation.letters_due(led, on) if e.decision is not None]
    formal = next(e for e in entries if e.decision.level >= 3).customer.code
    dialog = LetterPreviewDialog(led, formal, on)
    qtbot.addWidget(dialog)
    assert dialog.appendix.isChecked() and dialog.preview.appendix  # levels 3-4 carry it by default
    shown = _pdf_text(dialog.preview.pdf)
    assert "Appendix: evidence log" in shown or "附件：催收记录" in shown
    dialog.appendix.setChecked(False)
    assert not dialog.preview.appendix
    assert "Appendix: evidence log" not in _pdf_text(dialog.preview.pdf)
    assert "附件：催收记录" not in _pdf_text(dialog.preview.pdf)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    dialog.wait_saved()
    assert dialog.sent is not None and not dialog.sent.appendix
    assert dialog.sent.archive_path.read_bytes() == dialog.preview.pdf  # what was shown is what went out
    reminder = next(e for e in entries if e.decision.level == 1).customer.code
    low = LetterPreviewDialog(led, reminder, on)
    qtbot.addWidget(low)
    assert not low.appendix.isChecked() and not low.preview.appendix
    low.appendix.setChecked(True)
    assert low.preview.appendix and low.preview.sha256 != ""
    low.reject()


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_the_queue_reads_as_sentences_with_money_dates_and_ranks(window, qtbot) -> None:
    import re

    from arledger.gui import formatting as fmt

    window.show_page(window.pages.index(window.today))
    wait_idle(qtbot)
    model = window.today.model
    rows = model.rows()
    assert rows
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    what, amount, priority = heads.index("What to do"), heads.index("Amount"), heads.index("Priority")
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(len(rows))]
    # Priority: rank and word in the cell, the score only in the tooltip.
    assert [t[priority].split(" · ")[0] for t in texts] == [str(n) for n in range(1, len(rows) + 1)]
    assert texts[0][priority] == "1 · Urgent" and texts[-1][priority].endswith("Low")
    tip = model.index(0, priority).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Rank 1 of {len(rows)}" in tip and fmt.count(round(rows[0].priority)) in tip
    for task, t in zip(rows, texts, strict=True):
        # No raw amount ("549368.43 CNY"), no ISO date, no compact score ("796M") anywhere a person reads.
        assert not re.search(r"\d+\.\d\d [A-Z]{3}\b|\d{4}-\d\d-\d\d|\b\d+(M|K|亿)\b", t[what] + t[amount]), t
        for m in task.amounts:
            assert fmt.money(m.minor, m.currency) in t[amount]
    call = next(i for i, task in enumerate(rows) if task.kind == "call")
    assert texts[call][what].startswith("Call about " + fmt.money(rows[call].amounts[0].minor,
                                                                  rows[call].amounts[0].currency))
