"""Record a promise in the app, send its written confirmation by email to a real SMTP server on localhost, and
see the evidence event; a refused address records nothing and says why."""

from __future__ import annotations

import email
from email.policy import default as default_policy

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from arledger.domain.model import Customer
from arledger.gui.dialogs.collections import PromiseDialog
from arledger.gui.dialogs.promise_confirmation import PromiseConfirmationDialog
from arledger.services import escalation
from arledger.storage import evidence
from tests.gui.conftest import save, wait_idle, with_modal
from tests.services import test_dispatch

inbox = test_dispatch.inbox


def _overdue_customer(window) -> str:
    return next(e.customer.code for e in escalation.letters_due(window.ledger, window.ledger.today()) if e.decision)


def _record_promise(window, qtbot, code: str) -> PromiseConfirmationDialog:
    window.open_customer(code)
    wait_idle(qtbot)

    def fill(d: PromiseDialog) -> None:
        assert d.customer.code() == code
        d.due.setDate(d.due.date().addDays(3))
        assert d.ok_button.isEnabled(), d.message()
        save(d)

    with_modal(qtbot, PromiseDialog, fill, window.actions_by_name["record_promise"].trigger)
    wait_idle(qtbot)
    offer = window.promise_offer
    assert isinstance(offer, PromiseConfirmationDialog) and offer.isVisible()
    return offer


def test_record_a_promise_and_email_its_confirmation(window, qtbot, inbox) -> None:
    box, port = inbox
    ledger = window.ledger
    code = _overdue_customer(window)
    c = ledger.customer(code)
    ledger.update_customer(Customer(**{**{f: getattr(c, f) for f in c.__slots__}, "email": "ap@debtor.example"}))
    test_dispatch._smtp(ledger, port)

    offer = _record_promise(window, qtbot, code)
    assert "written confirmation of the promise" in offer.message.text()
    assert offer.email_button.isEnabled() and offer.email_button.toolTip() == "ap@debtor.example"

    box.refuse.add("ap@debtor.example")
    offer.email_button.click()
    qtbot.waitUntil(lambda: offer.error is not None, timeout=20000)
    assert "refused the recipient ap@debtor.example" in offer.status.text()
    assert not [e for e in evidence.all_events(ledger.conn) if e.kind == "notice"]

    box.refuse.clear()
    offer.email_button.click()
    qtbot.waitUntil(lambda: offer.sent is not None, timeout=20000)
    wait_idle(qtbot)
    (_sender, rcpts, data), = box.messages
    assert rcpts == ["ap@debtor.example"]
    msg = email.message_from_bytes(data, policy=default_policy)
    assert msg["Subject"].startswith("Confirmation of your payment promise ")
    events = [e for e in evidence.all_events(ledger.conn) if e.kind in ("notice", "notice_emailed")]
    assert [e.kind for e in events] == ["notice", "notice_emailed"]
    assert evidence.payload(events[0])["kind"] == "promise_confirmation"
    assert evidence.payload(events[1])["message_id"] == msg["Message-ID"]
    assert "Sent the written confirmation" in window.statusBar().currentMessage()
    assert not offer.isVisible()


def test_the_letter_preview_sends_by_email_off_the_window_and_records_it_once_accepted(window, qtbot, inbox):
    from arledger.gui.dialogs.letter_preview import LetterPreviewDialog

    box, port = inbox
    ledger = window.ledger
    code = _overdue_customer(window)
    dialog = LetterPreviewDialog(ledger, code, ledger.today())
    qtbot.addWidget(dialog)
    assert not dialog.email_button.isEnabled()  # no mail server set up yet
    c = ledger.customer(code)
    ledger.update_customer(Customer(**{**{f: getattr(c, f) for f in c.__slots__}, "email": "ap@debtor.example"}))
    test_dispatch._smtp(ledger, port)
    dialog.render_preview()
    assert dialog.email_button.isEnabled()
    letters_before = [e for e in evidence.all_events(ledger.conn) if e.kind == "letter"]

    box.refuse.add("ap@debtor.example")
    dialog.email_button.click()
    qtbot.waitUntil(lambda: dialog.email_error is not None, timeout=20000)
    assert "refused the recipient" in dialog.email_error
    assert [e for e in evidence.all_events(ledger.conn) if e.kind == "letter"] == letters_before

    box.refuse.clear()
    dialog.email_button.click()
    qtbot.waitUntil(lambda: dialog.sent is not None, timeout=20000)
    assert dialog.sent.emailed_to == ("ap@debtor.example",) and len(box.messages) == 1
    kinds = [e.kind for e in evidence.all_events(ledger.conn)][-2:]
    assert kinds == ["letter", "letter_emailed"]


def test_the_batch_dialog_offers_email_where_possible_and_the_batch_emails_those(window, qtbot, inbox, monkeypatch,
                                                                                 tmp_path):
    from arledger.gui.dialogs.batch_summary import BatchSummaryDialog
    from arledger.services import letter_archive

    box, port = inbox
    ledger = window.ledger
    test_dispatch._smtp(ledger, port)
    due = [e.customer for e in escalation.letters_due(ledger, ledger.today()) if e.decision]
    first = due[0]
    ledger.update_customer(Customer(**{**{f: getattr(first, f) for f in first.__slots__},
                                       "email": "ap@debtor.example"}))
    with_address = {c.code for c in due if c.code == first.code or c.email or any(p.email for p in c.contacts)}
    out = tmp_path / "batch"
    monkeypatch.setattr(window.letters, "choose_batch_folder", lambda: out)
    monkeypatch.setattr(window.letters, "confirm_stale_rates", lambda w: True)

    def choose_email(d: BatchSummaryDialog) -> None:
        assert d.by_email.isEnabled() and not d.by_email.isChecked()
        d.by_email.setChecked(True)
        channels = [d.table.item(r, 1).text() for r in range(d.table.rowCount())]
        assert d.email_summary is not None and "Email" in channels
        assert len(channels) == len(d.email_summary.lines) and d.summary is d.email_summary
        save(d)

    seen: list[BatchSummaryDialog] = []
    failures: list[BaseException] = []

    def poll() -> None:  # the summary is read off the GUI thread, so the dialog comes a little later
        w = QApplication.activeModalWidget()
        if isinstance(w, BatchSummaryDialog):
            seen.append(w)
            try:
                choose_email(w)
            except BaseException as exc:  # reported below, once the dialog is closed
                failures.append(exc)
                w.done(0)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    window.actions_by_name["generate_letters"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    if failures:
        raise failures[0]
    qtbot.waitUntil(lambda: window.job is not None and window.job.finished, timeout=60000)
    wait_idle(qtbot)
    result = window.job.result
    assert {s.customer_code for s in result.emailed} == with_address and not result.failed
    assert len(result.printed) == len(due) - len(with_address)
    assert len(box.messages) == len(with_address) and ["ap@debtor.example"] in [m[1] for m in box.messages]
    assert f"{len(with_address)} of them by email" in window.letters.banner.text()
    assert letter_archive.check_archive(ledger) == []
