"""Ledger entries and their reversals in the app, driven with pytest-qt: a split payment, existing credit
applied, a credit note, a write-off and a void with their confirmations, credit control, contact people."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from arledger.domain.model import DisputeReason
from arledger.gui.dialogs.credit_note import CreditNoteDialog
from arledger.gui.dialogs.customer import CustomerDialog
from arledger.gui.dialogs.invoice import InvoiceDialog
from arledger.gui.dialogs.payment import SPLIT, PaymentDialog
from arledger.gui.dialogs.refund import RefundDialog
from arledger.gui.dialogs.reversal import ReversalDialog
from arledger.services import customer_record, disputes, entries, invoice_list
from arledger.services.reports import aging
from arledger.storage import evidence
from tests.gui.conftest import save, wait_checked, wait_idle, with_modal
from tests.gui.test_dialogs import _type, answer_confirmation, ticked


def owed(led, code: str, on: date) -> int:
    return sum(r.total for r in aging(led, on, customer_code=code).rows)


def customer_with_open(led, n: int) -> str:
    return next(c for c in (f"C{i:05d}" for i in range(1, 16))
                if len(invoice_list.open_invoices_of(led, c, led.customer(c).currency)) >= n
                and not customer_record.customer_header(led, c).open_disputes)


def test_split_payment_then_its_reversal_with_aging_before_and_after(window, qtbot) -> None:
    led = window.ledger
    code = customer_with_open(led, 2)
    cur = led.customer(code).currency
    rows = invoice_list.open_invoices_of(led, code, cur)
    window.show_page(window.pages.index(window.customers))
    wait_idle(qtbot)  # lists read off the GUI thread
    window.customers.select_code(code)
    before = owed(led, code, date(2026, 4, 9))

    def fill(d: PaymentDialog) -> None:
        d.on.setDate(QDate(2026, 4, 10))
        _type(qtbot, d.amount, "100.00")
        wait_checked(d)  # the allocation is read off the GUI thread
        assert ticked(d)[0][0] == rows[0].number  # oldest first until the user says otherwise
        d.preview.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
        d.preview.item(1, 0).setCheckState(Qt.CheckState.Checked)
        d.preview.item(1, 3).setText("60.00")
        assert d.apply_to.currentData() == SPLIT
        assert ticked(d) == [(rows[1].number, "60.00")]
        assert "stays on the account as credit" in d.unapplied.text() and "in all" in d.unapplied.text()
        assert d.ok_button.isEnabled(), d.message()
        d.preview.item(1, 3).setText(f"{rows[1].open_amount / 100 + 1:.2f}")
        assert "only" in d.message()  # more than the invoice has open
        d.preview.item(1, 3).setText("60.00")
        save(d)

    with_modal(qtbot, PaymentDialog, fill, window.actions_by_name["record_payment"].trigger)
    after_rows = {r.number: r.open_amount for r in invoice_list.open_invoices_of(led, code, cur)}
    assert after_rows[rows[0].number] == rows[0].open_amount
    assert after_rows.get(rows[1].number, 0) == rows[1].open_amount - 6000
    assert led.unapplied_credit(code).get(cur) == 4000
    paid = owed(led, code, date(2026, 4, 10))
    assert paid == before - 6000
    payment = [e for e in entries.account(led, code).entries if e.kind == "payment"][-1]

    seen: list = []

    def reverse(d: ReversalDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("payment"))
        _type(qtbot, d.entry, str(payment.id))
        d.on.setDate(QDate(2026, 4, 20))
        _type(qtbot, d.reason, "bounced")
        assert rows[1].number in d.info.text()
        answer_confirmation(True, seen)
        save(d)

    with_modal(qtbot, ReversalDialog, reverse, window.actions_by_name["reverse_entry"].trigger)
    assert seen and seen[0].totals == {cur: 10000}
    assert owed(led, code, date(2026, 4, 19)) == paid  # what the ledger showed then
    assert owed(led, code, date(2026, 4, 20)) == before
    assert led.unapplied_credit(code).get(cur, 0) == 0
    assert "Reversed payment" in window.statusBar().currentMessage()


def test_credit_note_on_account_then_applied_with_the_next_payment(window, qtbot) -> None:
    led = window.ledger
    code = customer_with_open(led, 1)
    cur = led.customer(code).currency
    first = invoice_list.open_invoices_of(led, code, cur)[0]

    def credit(d: CreditNoteDialog) -> None:
        _type(qtbot, d.customer, code)
        _type(qtbot, d.number, "GUI-CN-1")
        d.on.setDate(QDate(2026, 4, 1))
        _type(qtbot, d.amount, "25.00")
        d.apply_to.setCurrentIndex(d.apply_to.findData("*on-account*"))
        wait_checked(d)  # the account is read off the GUI thread; the choice made meanwhile stays
        assert d.apply_to.currentData() == "*on-account*"
        assert d.ok_button.isEnabled(), d.message()
        save(d)

    with_modal(qtbot, CreditNoteDialog, credit, window.actions_by_name["credit_note"].trigger)
    assert led.unapplied_credit(code).get(cur) == 2500

    def pay(d: PaymentDialog) -> None:
        _type(qtbot, d.customer, code)
        d.on.setDate(QDate(2026, 4, 2))
        _type(qtbot, d.amount, "10.00")
        wait_checked(d)
        assert d.use_credit.isVisible() and "25" in d.use_credit.text()
        d.use_credit.setChecked(True)
        save(d)

    with_modal(qtbot, PaymentDialog, pay, window.actions_by_name["record_payment"].trigger)
    left = {r.number: r.open_amount for r in invoice_list.open_invoices_of(led, code, cur)}
    assert left.get(first.number, 0) == max(0, first.open_amount - 3500)
    assert led.unapplied_credit(code).get(cur, 0) == max(0, 3500 - first.open_amount)
    assert any(e.kind == "credit_applied" for e in evidence.for_customer(led.conn, led.customer(code).id))


def test_void_warns_of_an_open_dispute_and_cancel_changes_nothing(window, qtbot) -> None:
    led = window.ledger
    code = customer_with_open(led, 1)
    led.add_invoice(code, "GUI-VOID", date(2026, 3, 1), 5000, override_reason="test")
    disputes.open_dispute(led, "GUI-VOID", DisputeReason.PRICE, note="wrong price", on=date(2026, 3, 5))
    seen: list = []

    def void(d: ReversalDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("invoice"))
        _type(qtbot, d.entry, "GUI-VOID")
        d.on.setDate(QDate(2026, 3, 10))
        _type(qtbot, d.reason, "entered twice")
        answer_confirmation(False, seen)
        save(d)
        assert d.isVisible()  # cancelled: still open, nothing recorded
        answer_confirmation(True, seen)
        save(d)

    with_modal(qtbot, ReversalDialog, void, window.actions_by_name["reverse_entry"].trigger)
    assert "in dispute" in str(seen[0].warnings[0]) and seen[0].totals == {led.invoice("GUI-VOID").currency: 5000}
    assert owed(led, code, date(2026, 3, 9)) - owed(led, code, date(2026, 3, 10)) >= 5000
    kinds = [e.kind for e in evidence.for_customer(led.conn, led.customer(code).id)]
    assert kinds.count("invoice_voided") == 1


def test_invoice_over_the_credit_limit_needs_a_reason(window, qtbot) -> None:
    led = window.ledger
    code = customer_with_open(led, 1)
    import dataclasses

    led.update_customer(dataclasses.replace(led.customer(code), on_hold=True))

    def fill(d: InvoiceDialog) -> None:
        _type(qtbot, d.customer, code)
        _type(qtbot, d.number, "GUI-HOLD")
        _type(qtbot, d.amount, "10.00")
        assert "on hold" in d.message() and not d.ok_button.isEnabled()
        assert d.override.isVisible()
        _type(qtbot, d.override, "owner agreed")
        assert d.ok_button.isEnabled(), d.message()
        save(d)

    with_modal(qtbot, InvoiceDialog, fill, window.actions_by_name["new_invoice"].trigger)
    assert led.invoice("GUI-HOLD").amount == 1000
    events = [evidence.payload(e) for e in evidence.for_customer(led.conn, led.customer(code).id)
              if e.kind == "credit_override"]
    assert events[-1]["reason"] == "owner agreed"


def test_customer_dialog_keeps_contact_people_and_tags(window, qtbot) -> None:
    def fill(d: CustomerDialog) -> None:
        _type(qtbot, d.code, "PPL01")
        _type(qtbot, d.name, "People Ltd")
        _type(qtbot, d.tags, "wholesale, north")
        d.contacts.setPlainText("Ann Lee | AP clerk | 0123 | ann@people.example\nBob")
        assert d.ok_button.isEnabled(), d.message()
        d.contacts.setPlainText("Ann | AP | 1 | not-an-email")
        assert "not an email address" in d.message()
        d.contacts.setPlainText("Ann Lee | AP clerk | 0123 | ann@people.example\nBob")
        save(d)

    with_modal(qtbot, CustomerDialog, fill, window.actions_by_name["new_customer"].trigger)
    c = window.ledger.customer("PPL01")
    assert c.tags == ("wholesale", "north")
    assert [(p.name, p.role, p.email) for p in c.contacts] == [("Ann Lee", "AP clerk", "ann@people.example"),
                                                               ("Bob", "", "")]


def test_excel_export_uses_the_as_of_date_buckets_and_basis_on_screen(window, qtbot, tmp_path, monkeypatch) -> None:
    import openpyxl

    from arledger.domain.aging import AgingBasis

    window.show_page(window.pages.index(window.reports))
    page = window.reports
    page.as_of.setDate(QDate(2026, 1, 31))
    _type(qtbot, page.buckets, "15,45")
    page.basis.setCurrentIndex(page.basis.findData(AgingBasis.INVOICE))
    target = tmp_path / "screen.xlsx"
    monkeypatch.setattr(window, "choose_export_path", lambda: target)
    window.actions_by_name["export_excel"].trigger()
    qtbot.waitUntil(lambda: window.job.finished, timeout=60000)
    wait_idle(qtbot)  # the job's thread and the refresh it starts are done before the window goes
    assert window.job.error == ""
    ws = openpyxl.load_workbook(target, read_only=True)["Aging summary"]
    top = {r[0]: r[1] for r in ws.iter_rows(min_row=3, max_row=7, max_col=2, values_only=True)}
    assert top["As of"].date() == date(2026, 1, 31)
    assert top["Aged by"] == "invoice date" and top["Buckets"] == "0-15 days, 16-45 days, Over 45 days"


def test_refund_from_the_customer_view_then_its_reversal_with_credit_before_and_after(window, qtbot) -> None:
    """The customer view's Refund button opens the dialog on that customer; more than the credit is refused
    with a sentence; the confirmation shows the amount and warns that open invoices could take the credit."""
    from PySide6.QtWidgets import QPushButton

    led = window.ledger
    code = customer_with_open(led, 1)
    cur = led.customer(code).currency
    led.record_payment(code, date(2026, 4, 1), 5000, currency=cur, allocations=[])
    window.open_customer(code)
    wait_idle(qtbot)
    button = window.customer_view.findChild(QPushButton, "customer_refund")
    seen: list = []

    def refund(d: RefundDialog) -> None:
        assert d.customer.code() == code
        assert d.credit.text() == fmt_money(5000, cur) and d.currency.currentData() == cur
        d.on.setDate(QDate(2026, 4, 3))
        _type(qtbot, d.amount, "80.00")
        d.accept()
        assert d.isVisible() and "more than the" in d.message() and "of unapplied credit" in d.message()
        d.amount.clear()
        _type(qtbot, d.amount, "30.00")
        _type(qtbot, d.reason, "overpaid")
        answer_confirmation(True, seen)
        d.accept()

    with_modal(qtbot, RefundDialog, refund, button.click)
    assert seen[0].totals == {cur: 3000} and "could be applied" in str(seen[0].warnings[0])
    assert led.unapplied_credit(code).get(cur) == 2000
    refund_id = led.conn.execute("SELECT max(id) FROM refunds").fetchone()[0]

    def reverse(d: ReversalDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("refund"))
        _type(qtbot, d.entry, str(refund_id))
        d.on.setDate(QDate(2026, 4, 10))
        _type(qtbot, d.reason, "returned by the bank")
        answer_confirmation(True, seen)
        d.accept()

    with_modal(qtbot, ReversalDialog, reverse, window.actions_by_name["reverse_entry"].trigger)
    assert str(seen[1].title) == f"Reverse refund {refund_id}"
    assert led.unapplied_credit(code, date(2026, 4, 9)).get(cur) == 2000
    assert led.unapplied_credit(code, date(2026, 4, 10)).get(cur) == 5000
    kinds = [e.kind for e in evidence.for_customer(led.conn, led.customer(code).id)]
    assert kinds[-2:] == ["refund", "refund_reversed"]
    # the risk refresh each change schedules lands while the ledger is open, not after the window closed
    qtbot.waitUntil(lambda: not window.risk.timer.isActive() and not window.risk.busy(), timeout=30000)
    wait_idle(qtbot)


def fmt_money(minor: int, currency: str) -> str:
    from arledger.gui import formatting as fmt

    return fmt.money(minor, currency)
