"""The Letters page's batch, driven as a person would: the summary dialog shows what the letters service says will
go out (by level, channel and currency, with the amounts), its Send button is clicked, the progress dialog's
Cancel is clicked half way, and a second run sends only the rest; the evidence log is counted before and after."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from arledger.gui import formatting as fmt
from arledger.gui.dialogs.batch_summary import BatchSummaryDialog
from arledger.services import dispatch, evidence_log, letter_archive
from arledger.storage import evidence
from tests.gui.conftest import wait_idle


def _letter_events(ledger) -> list:
    return [e for e in evidence.all_events(ledger.conn) if e.kind == "letter"]


def _summary_rows(d: BatchSummaryDialog) -> list[list[str]]:
    return [[d.table.item(r, c).text() for c in range(d.table.columnCount())] for r in range(d.table.rowCount())]


def _expected_rows(summary: dispatch.BatchSummary) -> list[list[str]]:
    return [[f"{line.level} · {fmt.level_name(line.level_name)}", "Print and post", line.currency,
             fmt.count(line.letters),
             fmt.amount(line.claimed, line.currency)] for line in summary.lines]


def _run_batch(window, qtbot, on: date, on_summary) -> BatchSummaryDialog:
    """Trigger Generate all due, let on_summary(dialog) act on the summary dialog once it opens; returns it."""
    seen: list[BatchSummaryDialog] = []
    failures: list[BaseException] = []

    def poll() -> None:  # the summary is read off the GUI thread, so the dialog opens a little later
        w = QApplication.activeModalWidget()
        if isinstance(w, BatchSummaryDialog):
            seen.append(w)
            try:
                on_summary(w)
            except BaseException as exc:
                failures.append(exc)
                w.done(0)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    window.letters.generate_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    if failures:
        raise failures[0]
    return seen[0]


def test_batch_summary_send_cancel_half_way_then_resume(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window.show_page(window.pages.index(window.letters))
    wait_idle(qtbot)
    ledger = window.ledger
    on = date.today()  # what the page and its batch use
    expected = dispatch.batch_summary(ledger, on)
    due = expected.letters
    assert due >= 4 and window.letters.due_count() == due
    out = tmp_path / "run"
    monkeypatch.setattr(window.letters, "choose_batch_folder", lambda: out)  # the system's folder picker
    monkeypatch.setattr(window.letters, "confirm_stale_rates", lambda warnings: True)
    real = letter_archive.render_letter

    def unhurried(*args, **kwargs):  # a real render, slowed so that Cancel lands half way through the run
        time.sleep(0.15)
        return real(*args, **kwargs)

    monkeypatch.setattr(letter_archive, "render_letter", unhurried)
    before = len(_letter_events(ledger))

    def check_and_send(d: BatchSummaryDialog) -> None:
        assert d.summary == expected
        assert _summary_rows(d) == _expected_rows(expected)
        assert d.send_button.text() == f"Send {due} letters"
        assert not d.send_button.isDefault()
        d.send_button.click()

    _run_batch(window, qtbot, on, check_and_send)
    qtbot.waitUntil(lambda: window.job is not None, timeout=30000)
    job = window.job
    clicked: list[int] = []

    def cancel_half_way(done: int, total: int) -> None:
        if done >= total // 2 and not clicked:
            progress = job.dialog
            assert isinstance(progress, QProgressDialog)
            (cancel,) = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
            clicked.append(done)
            cancel.click()

    job.progressed.connect(cancel_half_way)
    qtbot.waitUntil(lambda: job.finished, timeout=60000)
    wait_idle(qtbot)
    assert clicked and job.error == "", job.error
    first = job.result
    sent_first = len(first.letters)
    assert first.cancelled and 1 <= sent_first < due
    assert len(_letter_events(ledger)) == before + sent_first
    assert "Stopped on request" in window.letters.banner.text()
    assert letter_archive.check_archive(ledger) == [] and evidence_log.verify_evidence(ledger).intact
    qtbot.waitUntil(lambda: not window.letters.is_loading(), timeout=20000)
    assert window.letters.due_count() == due - sent_first

    # The second run: the summary shows only the rest, and only the rest is sent.
    monkeypatch.setattr(letter_archive, "render_letter", real)
    rest = dispatch.batch_summary(ledger, on)
    assert rest.letters == due - sent_first

    def send_rest(d: BatchSummaryDialog) -> None:
        assert _summary_rows(d) == _expected_rows(rest)
        d.send_button.click()

    _run_batch(window, qtbot, on, send_rest)
    qtbot.waitUntil(lambda: window.job is not None and window.job is not job and window.job.finished, timeout=60000)
    wait_idle(qtbot)
    second = window.job.result
    assert not second.cancelled and second.resumed == sent_first
    assert len(second.letters) - second.resumed == due - sent_first
    events = _letter_events(ledger)
    assert len(events) == before + due
    customers = [e.customer_id for e in events[before:]]
    assert len(set(customers)) == due  # nobody got two letters from the two runs
    assert window.letters.due_count() == 0
    assert letter_archive.check_archive(ledger) == [] and evidence_log.verify_evidence(ledger).intact
