"""The Letters page lists the other letters due beside the ladder (courtesy reminder, promise confirmation,
repayment agreement, thank-you), previews and sends each kind for English, Chinese and German customers, prints
one, emails one to a real SMTP server on localhost, and records a notice's posting and delivery. German customers
get their letters in German: the app's code does not depend on the language."""

from __future__ import annotations

import email
from datetime import date, timedelta
from email.policy import default as default_policy

import pytest
from PySide6.QtPrintSupport import QPrinter

from arledger.domain.model import Customer, Jurisdiction, Language
from arledger.gui.dialogs.notices import NoticePostDialog, NoticePreviewDialog
from arledger.services import letters, notices, promises
from arledger.storage import evidence
from tests.gui.conftest import wait_idle, with_modal
from tests.services import test_dispatch
from tests.services.test_letters import flat, pdf_text

inbox = test_dispatch.inbox
KINDS = {"courtesy", "promise_confirmation", "repayment_agreement", "thank_you"}


def _stage(ledger, language: Language, day: date) -> tuple[str, str]:
    """A customer in ``language`` with an invoice falling due in a week, an unconfirmed promise and an instalment
    plan still running, and another who had a letter and has paid in full; returns their codes."""
    tag = language.value.upper()
    cn = language is Language.ZH
    name = "华东船舶有限公司" if cn else "Lakeside Marine Ltd"
    code, thanked = f"N{tag}", f"T{tag}"
    for c, n in ((code, name), (thanked, f"{name} (2)")):
        ledger.add_customer(Customer(code=c, name=n, currency="CNY", language=language,
                                     jurisdiction=Jurisdiction.CN if cn else Jurisdiction.UK,
                                     email=f"ap@{c.lower()}.example", timezone="Asia/Shanghai"))
    ledger.set_setting("escalation_policy", {"courtesy_reminder_days": 14})
    ledger.add_invoice(code, f"{code}-1", day - timedelta(days=23), 500_000, due_date=day + timedelta(days=7))
    ledger.add_invoice(code, f"{code}-2", day - timedelta(days=90), 300_000, due_date=day - timedelta(days=60))
    ledger.add_invoice(code, f"{code}-3", day - timedelta(days=90), 800_000, due_date=day - timedelta(days=60))
    promises.add_promise(ledger, code, 300_000, day + timedelta(days=5), invoices=[f"{code}-2"], channel="phone",
                            made_by="Li Wei", promised_on=day)
    promises.add_plan(ledger, code, [(day + timedelta(days=10), 400_000), (day + timedelta(days=40), 400_000)],
                         invoices=[f"{code}-3"], made_by="Li Wei", channel="meeting", agreed_on=day)
    ledger.add_invoice(thanked, f"{thanked}-1", day - timedelta(days=80), 200_000, due_date=day - timedelta(days=50))
    letters.send_letter(ledger, thanked, day - timedelta(days=10), level=1)
    ledger.record_payment(thanked, day - timedelta(days=2), 200_000)
    return code, thanked


def _show_letters(window, qtbot) -> None:
    window.show_page(window.pages.index(window.letters))
    wait_idle(qtbot)
    page = window.letters
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20000)
    wait_idle(qtbot)


def _rows(page) -> list[tuple[str, str]]:
    return [(p.kind, p.customer.code) for p in page.proposed]


@pytest.mark.parametrize("language", [Language.EN, Language.ZH, Language.DE])
def test_every_other_letter_is_listed_previewed_and_sent_in_the_customers_language(window, qtbot, language, tmp_path,
                                                                                   monkeypatch):
    ledger = window.ledger
    code, thanked = _stage(ledger, language, window.letters.day)
    window.ledger_changed()
    _show_letters(window, qtbot)
    page = window.letters
    mine = [r for r in _rows(page) if r[1] in (code, thanked)]
    assert sorted(mine) == sorted([("courtesy", code), ("promise_confirmation", code),
                                   ("repayment_agreement", code), ("thank_you", thanked)])
    assert page.other_table.rowCount() == len(page.proposed)
    assert page.tabs.tabText(1) == f"Other letters ({len(page.proposed)})"
    texts = {}
    seen: dict = {}
    for kind, who in mine:
        row = _rows(page).index((kind, who))
        page.other_table.selectRow(row)
        assert page.other_table.item(row, 1).text().startswith(who)
        seen.clear()

        def send(d: NoticePreviewDialog, kind: str = kind, who: str = who) -> None:
            qtbot.waitUntil(lambda: d.preview is not None or d.error is not None, timeout=20000)
            assert d.error is None, d.error
            assert d.page_count() >= 1 and "not sent yet" in d.info.text()
            d.archive_button.click()
            qtbot.waitUntil(lambda: d.sent is not None or d.error is not None, timeout=20000)
            assert d.error is None, d.error
            assert d.post_button.isVisible() and d.print_button.isEnabled()
            seen["sent"] = d.sent
            if kind == "thank_you":  # print the archived PDF to a file, then record its posting from here
                printer = QPrinter()
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(tmp_path / f"{who}.pdf"))
                monkeypatch.setattr(d, "choose_printer", lambda: printer)
                d.print_button.click()
                assert (tmp_path / f"{who}.pdf").read_bytes() == d.sent.archive_path.read_bytes()

                def post(p: NoticePostDialog) -> None:
                    p.method.setCurrentIndex(p.method.findData("ordinary"))
                    p.save_button.click()
                    qtbot.waitUntil(lambda: not p.isVisible(), timeout=20000)

                with_modal(qtbot, NoticePostDialog, post, d.post_button.click)
                assert "as posted (Ordinary post)" in d.info.text() and not d.post_button.isEnabled()
            d.accept()

        with_modal(qtbot, NoticePreviewDialog, send, page.notice_preview_button.click)
        sent = seen["sent"]
        assert sent.kind == kind and sent.customer_code == who
        texts[kind] = pdf_text(sent.archive_path.read_bytes())
        event = evidence.payload(evidence.by_seq(ledger.conn, sent.evidence_seq))
        assert event["kind"] == kind and event["sha256"] == sent.sha256
        wait_idle(qtbot)
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=20000)
        assert (kind, who) not in _rows(page)  # sent: no longer proposed
    for kind, text in texts.items():
        if language is Language.ZH:
            assert "华东船舶有限公司" in text and any("\u4e00" <= ch <= "\u9fff" for ch in text.replace(
                "华东船舶有限公司", "")), kind
        else:
            assert "Lakeside Marine Ltd" in text, kind
    assert flat("2") in flat(texts["repayment_agreement"])
    listed = [(n.kind, n.customer_code) for n in page.sent]
    assert sorted(r for r in listed if r[1] in (code, thanked)) == sorted(mine)
    (thanks,) = [n for n in page.sent if n.kind == "thank_you" and n.customer_code == thanked]
    assert thanks.posted == "ordinary" and thanks.delivered_on is None


def test_record_posting_and_delivery_of_a_notice_in_the_app(window, qtbot):
    ledger = window.ledger
    code, _thanked = _stage(ledger, Language.ZH, window.letters.day)
    plan = next(p for p in notices.proposed_notices(ledger, window.letters.day)
                if p.kind == "repayment_agreement" and p.customer.code == code)
    sent = notices.send_notice(ledger, plan.kind, code, plan.about_id, on=window.letters.day)
    window.ledger_changed()
    _show_letters(window, qtbot)
    page = window.letters
    page.tabs.setCurrentIndex(2)
    row = [n.notice_id for n in page.sent].index(sent.notice_id)
    page.sent_table.selectRow(row)
    assert page.notice_post_button.isEnabled() and not page.notice_delivered_button.isEnabled()
    assert page.sent_table.item(row, 3).text() == "Archived, not sent out yet"

    def refuse_then_post(d: NoticePostDialog) -> None:
        d.method.setCurrentIndex(d.method.findData("registered"))
        d.save_button.click()  # no tracking number
        qtbot.waitUntil(lambda: d.error is not None, timeout=20000)
        assert "needs its tracking number" in d.status.text() and d.isVisible()
        d.tracking.setText("RR123456789CN")
        d.save_button.click()
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=20000)

    with_modal(qtbot, NoticePostDialog, refuse_then_post, page.notice_post_button.click)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20000)
    assert "Recorded notice" in window.statusBar().currentMessage()
    row = [n.notice_id for n in page.sent].index(sent.notice_id)
    page.sent_table.selectRow(row)
    assert page.sent_table.item(row, 3).text() == "Posted (Registered / recorded, RR123456789CN)"
    assert page.notice_delivered_button.isEnabled() and not page.notice_post_button.isEnabled()

    def deliver(d: NoticePostDialog) -> None:
        d.note.setText("signed by reception")
        d.save_button.click()
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=20000)

    with_modal(qtbot, NoticePostDialog, deliver, page.notice_delivered_button.click)
    wait_idle(qtbot)
    assert "It restarts limitation for the invoices it names." in window.statusBar().currentMessage()
    kinds = [e.kind for e in evidence.all_events(ledger.conn)]
    assert kinds[-3:] == ["notice_posted", "notice_delivered", "demand_delivered"]
    assert ledger.conn.execute("SELECT count(*) FROM limitation_events e JOIN invoices i ON i.id = e.invoice_id "
                               "WHERE e.kind = 'demand_delivered' AND i.number = ?", (f"{code}-3",)).fetchone()[0] == 1


def test_send_a_courtesy_reminder_by_email_from_the_list(window, qtbot, inbox):
    box, port = inbox
    ledger = window.ledger
    code, _thanked = _stage(ledger, Language.EN, window.letters.day)
    window.ledger_changed()
    _show_letters(window, qtbot)
    page = window.letters
    row = _rows(page).index(("courtesy", code))
    page.other_table.selectRow(row)
    assert not page.notice_email_button.isEnabled()  # no mail server yet
    test_dispatch._smtp(ledger, port)
    page.other_table.selectRow(row)
    page._other_selected()
    assert page.notice_email_button.isEnabled() and page.notice_email_button.toolTip() == f"ap@{code.lower()}.example"
    box.refuse.add(f"ap@{code.lower()}.example")
    before = len(list(evidence.all_events(ledger.conn)))
    page.notice_email_button.click()
    qtbot.waitUntil(lambda: bool(page.notice_error), timeout=20000)
    assert "refused the recipient" in page.other_hint.text()
    assert len(list(evidence.all_events(ledger.conn))) == before
    box.refuse.clear()
    page.notice_email_button.click()
    qtbot.waitUntil(lambda: bool(box.messages), timeout=20000)
    wait_idle(qtbot)
    (_sender, rcpts, data), = box.messages
    assert rcpts == [f"ap@{code.lower()}.example"]
    msg = email.message_from_bytes(data, policy=default_policy)
    events = list(evidence.all_events(ledger.conn))[before:]
    assert [e.kind for e in events] == ["notice", "notice_emailed"]
    assert evidence.payload(events[0])["kind"] == "courtesy"
    assert evidence.payload(events[1])["message_id"] == msg["Message-ID"]
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20000)
    assert ("courtesy", code) not in _rows(page)
    assert "Courtesy reminder NEN-" in window.statusBar().currentMessage()
    assert "sent: emailed to ap@nen.example" in window.statusBar().currentMessage()


def test_notice_writes_refresh_through_the_announcer_and_keep_the_letters_selection(window, qtbot):
    from arledger.gui.operations import announcer
    from arledger.services.changes import Changes

    ledger = window.ledger
    day = window.letters.day
    code, _thanked = _stage(ledger, Language.EN, day)
    for p in notices.proposed_notices(ledger, day):
        if p.customer.code == code and p.kind in ("promise_confirmation", "repayment_agreement"):
            notices.send_notice(ledger, p.kind, code, p.about_id, on=day)
    window.ledger_changed()
    window.show_page(window.pages.index(window.customers))  # read once: a broad refresh would mark it stale
    wait_idle(qtbot)
    _show_letters(window, qtbot)
    page = window.letters
    announced: list[Changes] = []
    announcer().changed.connect(announced.append)

    # select something other than the first row in both lists
    page.tabs.setCurrentIndex(2)
    assert len(page.sent) >= 2
    page.sent_table.selectRow(1)
    chosen = page.current_sent()
    assert chosen is not None and chosen.customer_code == code and not chosen.posted
    proposals = list(page.proposed)
    assert len(proposals) >= 2
    page.other_table.selectRow(1)
    proposal = page.current_proposal()
    reads = page.tasks.started

    def post(d: NoticePostDialog) -> None:
        d.method.setCurrentIndex(d.method.findData("ordinary"))
        d.save_button.click()
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=20000)

    with_modal(qtbot, NoticePostDialog, post, page.notice_post_button.click)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20000)
    assert announced == [Changes.of([code], events=True, letters=True)]  # the write said what it changed
    assert page.tasks.started > reads  # the page re-read from the announcement
    assert page.current_sent().notice_id == chosen.notice_id and page.current_sent().posted == "ordinary"
    assert page.current_proposal() == proposal  # the other list kept its selection too
    assert not window.customers.stale  # no broad refresh: only the customer's row was read again
    assert "as posted (Ordinary post)" in window.statusBar().currentMessage()

    # sending the selected notice: it leaves the list, and the row that took its place is selected
    page.tabs.setCurrentIndex(1)
    page.notice_archive_button.click()
    qtbot.waitUntil(lambda: len(announced) == 2, timeout=20000)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=20000)
    assert announced[1] == Changes.of([proposal.customer.code], events=True, letters=True)
    rest = [p for p in proposals if p != proposal]
    assert page.proposed == rest
    assert page.current_proposal() == rest[min(1, len(rest) - 1)]
    assert not window.customers.stale
    assert " sent: archived to print at " in window.statusBar().currentMessage()
