"""Driving the real window: create a customer and an invoice, record a payment, write off, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from arledger.domain.model import CustomerKind
from arledger.gui.dialogs.customer import CustomerDialog
from arledger.gui.dialogs.import_wizard import ImportWizard
from arledger.gui.dialogs.invoice import InvoiceDialog
from arledger.gui.dialogs.payment import PaymentDialog
from arledger.gui.dialogs.write_off import WriteOffDialog
from arledger.services import invoice_list
from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus
from tests.gui.conftest import save, wait_checked, wait_idle, with_modal


def _type(qtbot, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def ticked(d: PaymentDialog) -> list[tuple[str, str]]:
    """(invoice, amount typed or filled in) for each ticked row of the payment dialog's table."""
    return [(d.preview.item(i, 0).text(), d.preview.item(i, 3).text()) for i in range(d.preview.rowCount())
            if d.preview.item(i, 0).checkState() == Qt.CheckState.Checked]


def answer_confirmation(accept: bool, seen: list) -> None:
    """Answer the next confirmation dialog (opened from inside another dialog) and keep its summary."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from arledger.gui.dialogs.confirm import ConfirmChangeDialog

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, ConfirmChangeDialog):
            seen.append(w.summary)
            (w.confirm_button.click() if accept else w.reject())
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_new_customer_dialog_validates_inline_then_saves(window, qtbot) -> None:
    window.show_page(window.pages.index(window.customers))
    wait_idle(qtbot)  # lists read off the GUI thread
    before = window.customers.model.rowCount()

    def fill(d: CustomerDialog) -> None:
        # Nothing typed yet: the form knows what is missing but does not say so.
        assert "code" in d.message() and d.problem.text() == "" and d.ok_button.isEnabled()
        _type(qtbot, d.code, "ZED01")
        _type(qtbot, d.name, "Zed Widgets Ltd")
        _type(qtbot, d.currency, "GBPX"[:3])
        _type(qtbot, d.email, "not-an-email")
        assert not d.ok_button.isEnabled() and "not an email address" in d.message()
        _type(qtbot, d.email, "ap@zed.example")
        _type(qtbot, d.credit_limit, "1000.123")
        assert "more decimals" in d.message()
        _type(qtbot, d.credit_limit, "25,000")
        assert d.ok_button.isEnabled(), d.message()
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, CustomerDialog, fill, window.actions_by_name["new_customer"].trigger)
    wait_idle(qtbot)  # lists read off the GUI thread
    c = window.ledger.customer("ZED01")
    assert c.name == "Zed Widgets Ltd" and c.currency == "GBP" and c.credit_limit == 2_500_000
    assert window.customers.model.rowCount() == before + 1
    assert "ZED01" in window.statusBar().currentMessage()


def test_customer_dialog_takes_sole_trader_and_contract_terms(window, qtbot, tmp_path) -> None:
    def fill(d: CustomerDialog) -> None:
        _type(qtbot, d.code, "ST01")
        _type(qtbot, d.name, "Jo Bloggs Plumbing")
        _type(qtbot, d.currency, "GBP")
        d.kind.setCurrentIndex(d.kind.findData(CustomerKind.SOLE_TRADER))
        _type(qtbot, d.contract_rate, "12.345")
        assert not d.ok_button.isEnabled() and "more than two decimals" in d.message()
        _type(qtbot, d.contract_rate, "12.5")
        _type(qtbot, d.contract_fee, "50")
        assert d.ok_button.isEnabled(), d.message()
        d.grab().save(str(tmp_path / "customer-dialog-contract.png"))
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    with_modal(qtbot, CustomerDialog, fill, window.actions_by_name["new_customer"].trigger)
    c = window.ledger.customer("ST01")
    assert (c.kind, c.contract_rate_bp, c.contract_fee) == (CustomerKind.SOLE_TRADER, 1250, 5000)

    edit = CustomerDialog(window.ledger, c)
    qtbot.addWidget(edit)
    assert (edit.contract_rate.text(), edit.contract_fee.text()) == ("12.50", "50.00")
    assert edit.kind.currentData() == CustomerKind.SOLE_TRADER


def test_duplicate_customer_code_is_refused_in_the_dialog(window, qtbot) -> None:
    def fill(d: CustomerDialog) -> None:
        _type(qtbot, d.code, "C00001")
        _type(qtbot, d.name, "Copy")
        save(d)  # the ledger refuses; the sentence shows and the dialog stays open
        assert d.isVisible() and "already exists" in d.message()
        d.discard()  # typed input: a plain Cancel would ask first

    with_modal(qtbot, CustomerDialog, fill, window.actions_by_name["new_customer"].trigger)
    wait_idle(qtbot)  # lists read off the GUI thread


def test_new_invoice_then_payment_then_write_off_update_the_lists(window, qtbot) -> None:
    led = window.ledger
    code = invoice_list.invoices_page(led).rows[0].customer_code  # a customer with something open
    window.show_page(window.pages.index(window.invoices))
    wait_idle(qtbot)  # lists read off the GUI thread
    window.invoices.show_filter(InvoiceFilter(customer_code=code))
    wait_idle(qtbot)
    open_before = invoice_list.count_invoices(led, InvoiceFilter(customer_code=code))
    assert window.invoices.model.rowCount() == open_before

    def fill_invoice(d: InvoiceDialog) -> None:
        assert d.customer.code() == code  # preset from the filtered list
        _type(qtbot, d.number, "INV-0000001")
        assert "already exists" in d.message()
        _type(qtbot, d.number, "GUI-1")
        _type(qtbot, d.amount, "-5")
        assert not d.ok_button.isEnabled()
        _type(qtbot, d.amount, "1,234.50")
        assert d.ok_button.isEnabled(), d.message()
        save(d)

    with_modal(qtbot, InvoiceDialog, fill_invoice, window.actions_by_name["new_invoice"].trigger)
    wait_idle(qtbot)  # lists read off the GUI thread
    inv = led.invoice("GUI-1")
    assert inv.amount == 123450
    assert window.invoices.model.rowCount() == open_before + 1
    assert "GUI-1" in [r.number for r in window.invoices.model.rows()]

    # Pay exactly the new invoice: the preview shows it settled, the list loses it.
    rows = window.invoices.model.rows()
    window.invoices.table.selectRow([r.number for r in rows].index("GUI-1"))

    def fill_payment(d: PaymentDialog) -> None:
        wait_checked(d)  # the account is read off the GUI thread
        assert d.apply_to.currentData() == "GUI-1"
        _type(qtbot, d.amount, "1300")
        wait_checked(d)  # and so is the allocation
        # every open invoice of the account is listed; only the chosen one is ticked
        assert d.preview.rowCount() == open_before + 1
        assert ticked(d) == [("GUI-1", "1234.50")]
        assert "credit" in d.unapplied.text() and "open on the account in all" in d.unapplied.text()
        save(d)

    with_modal(qtbot, PaymentDialog, fill_payment, window.actions_by_name["record_payment"].trigger)
    wait_idle(qtbot)  # lists read off the GUI thread
    assert "GUI-1" not in [r.number for r in window.invoices.model.rows()]
    assert window.invoices.model.rowCount() == open_before
    assert led.unapplied_credit(code)

    # Write off the oldest open invoice of the customer.
    window.invoices.table.selectRow(0)
    target = window.invoices.model.rows()[0]

    confirmed: list = []

    def fill_write_off(d: WriteOffDialog) -> None:
        assert d.invoice.text() == target.number
        assert "needs" in d.message() or "reason" in d.message()
        _type(qtbot, d.amount, "999999999")
        _type(qtbot, d.reason, "Customer insolvent")
        assert "more than" in d.message()
        d.amount.clear()
        assert d.ok_button.isEnabled(), d.message()
        answer_confirmation(False, confirmed)  # cancelled: nothing written, the dialog stays open
        save(d)
        assert d.isVisible() and led.invoice(target.number)
        answer_confirmation(True, confirmed)
        save(d)

    with_modal(qtbot, WriteOffDialog, fill_write_off, window.actions_by_name["write_off"].trigger)
    wait_idle(qtbot)  # lists read off the GUI thread
    assert target.number not in [r.number for r in window.invoices.model.rows()]
    assert len(confirmed) == 2 and str(confirmed[0].lines[0]).startswith("Write off")
    assert confirmed[0].totals == {target.currency: target.open_amount}


def test_payment_oldest_first_preview_matches_what_is_recorded(window, qtbot) -> None:
    led = window.ledger
    window.show_page(window.pages.index(window.customers))
    wait_idle(qtbot)  # lists read off the GUI thread
    code = next(c for c in (f"C{i:05d}" for i in range(1, 16)) if len(invoice_list.open_invoices_of(led, c)) >= 2)
    window.customers.select_code(code)
    due = invoice_list.open_invoices_of(led, code)
    assert len(due) >= 2
    pay = due[0].open_amount + 1  # settles the oldest and one minor unit of the next
    shown: list[tuple[str, str]] = []

    def fill(d: PaymentDialog) -> None:
        assert d.customer.code() == code
        _type(qtbot, d.amount, f"{pay / 100:.2f}")
        wait_checked(d)
        shown.extend(ticked(d))
        save(d)

    with_modal(qtbot, PaymentDialog, fill, window.actions_by_name["record_payment"].trigger)
    wait_idle(qtbot)  # lists read off the GUI thread
    assert [n for n, _ in shown] == [due[0].number, due[1].number]
    after = {r.number: r.open_amount for r in invoice_list.open_invoices_of(led, code)}
    assert due[0].number not in after and after[due[1].number] == due[1].open_amount - 1


def test_import_wizard_shows_errors_and_leaves_the_ledger_unchanged(window, qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "invoices.csv"
    bad.write_text("customer,number,issue_date,amount\nC00001,NEW-1,2026-01-05,100.00\n"
                   "NOBODY,NEW-2,2026-13-01,12.345\n", encoding="utf-8")
    counts = window.ledger.counts()

    def fill(w: ImportWizard) -> None:
        w.choose.kinds.button(1).setChecked(True)
        w.choose.path.setText(str(bad))
        assert w.choose.isComplete()
        w.next()
        assert w.currentPage() is w.mapping and w.mapping.isComplete()
        w.next()
        page = w.check
        assert not page.isComplete()
        assert not w.button(QWizard.WizardButton.CommitButton).isEnabled()
        assert "cannot be imported" in page.verdict.text()
        problems = [(page.errors.item(i, 0).text(), page.errors.item(i, 1).text())
                    for i in range(page.errors.rowCount())]
        assert ("3", "customer") in problems and ("3", "issue_date") in problems
        assert page.rows.rowCount() == 2
        w.reject()

    with_modal(qtbot, ImportWizard, fill, window.actions_by_name["import"].trigger)
    wait_idle(qtbot)  # lists read off the GUI thread
    assert window.ledger.counts() == counts


def test_import_wizard_imports_a_good_file(window, qtbot, tmp_path: Path) -> None:
    good = tmp_path / "customers.csv"
    good.write_text("code,name,currency\nNEW1,New One Ltd,GBP\nNEW2,New Two GmbH,EUR\n", encoding="utf-8")
    window.show_page(window.pages.index(window.customers))
    wait_idle(qtbot)  # lists read off the GUI thread

    def fill(w: ImportWizard) -> None:
        w.choose.path.setText(str(good))
        w.next()
        w.next()
        assert w.check.isComplete() and "2" in w.check.verdict.text()
        w.next()  # commit
        assert w.currentPage() is w.done_page
        w.accept()

    with_modal(qtbot, ImportWizard, fill, window.actions_by_name["import"].trigger)
    wait_idle(qtbot)  # lists read off the GUI thread
    assert window.ledger.customer("NEW2").name == "New Two GmbH"
    assert "Imported 2" in window.statusBar().currentMessage()
    codes = {r.code for r in window.customers.model.rows()}
    assert {"NEW1", "NEW2"} <= codes


def test_dashboard_tile_opens_the_invoices_behind_it(window, qtbot) -> None:
    window.show_page(0)
    wait_idle(qtbot)
    tiles = [window.dashboard.tiles.itemAt(i).widget() for i in range(window.dashboard.tiles.count())]
    tile = next(t for t in tiles if t is not None)
    tile.overdue_clicked.emit(tile.currency)
    assert window.current_page() is window.invoices
    flt = window.invoices.model.filter
    assert flt.status is InvoiceStatus.OVERDUE and flt.currency == tile.currency
    assert all(r.currency == tile.currency and r.days_overdue > 0 for r in window.invoices.model.rows())
    # A customer in the top-overdue table opens that customer's overdue invoices.
    window.show_page(0)
    wait_idle(qtbot)  # lists read off the GUI thread
    window.dashboard._open_customer(0, 0)
    code = window.dashboard.top_table.item(0, 0).text()
    assert window.invoices.model.filter.customer_code == code


def test_search_and_sort_in_the_invoice_list(window, qtbot) -> None:
    window.show_page(window.pages.index(window.invoices))
    wait_idle(qtbot)  # lists read off the GUI thread
    page = window.invoices
    page.status.setCurrentIndex(page.status.findData(InvoiceStatus.ALL))
    _type(qtbot, page.search, "INV-000001")
    page._apply_filter()
    wait_idle(qtbot)
    numbers = [r.number for r in page.model.rows()]
    assert numbers and all("INV-000001" in n for n in numbers)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot)
    numbers = [r.number for r in page.model.rows()]
    assert numbers == sorted(numbers, reverse=True)
    assert "invoices" in page.subtitle.text()


def test_reports_page_runs_aging_with_custom_buckets(window, qtbot) -> None:
    window.show_page(window.pages.index(window.reports))
    wait_idle(qtbot)
    page = window.reports
    assert page.model.rowCount() > 0
    page.buckets.setText("15,45")
    page.run_report()
    wait_idle(qtbot)
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    assert headers[3:] == ["Not yet due", "1–15", "16–45", "46+", "Total"]  # titled from the day ranges
    page.buckets.setText("45,15")
    page.run_report()
    assert page.problem.isVisible() or "increasing" in page.problem.text()


def _answer_discard_prompt(qtbot, choice: str, seen: list[str]) -> None:
    """When the unsaved-changes question shows, note its text and press the button named choice."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "discardChanges":
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == choice).click()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_escape_asks_before_throwing_away_typed_notes(window, qtbot) -> None:
    from arledger.gui.dialogs.collections import LogContactDialog
    from arledger.services.customer_record import timeline_page

    code = window.customers.model.rows()[0].code
    before = len(timeline_page(window.ledger, code)[0])
    d = LogContactDialog(window.ledger, code, window)
    d.show()
    wait_checked(d)  # the customer's facts are read off the GUI thread
    qtbot.waitExposed(d)
    qtbot.keyClick(d, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not d.isVisible()

    d = LogContactDialog(window.ledger, code, window)
    d.show()
    wait_checked(d)  # the customer's facts are read off the GUI thread
    qtbot.waitExposed(d)
    qtbot.keyClicks(d.summary_edit, "Spoke to Jo; invoice approved, paying Friday.")
    seen: list[str] = []
    _answer_discard_prompt(qtbot, "Keep editing", seen)
    qtbot.keyClick(d.summary_edit, Qt.Key.Key_Escape)
    assert seen == ["Discard what you have entered?"]
    assert d.isVisible() and d.summary_edit.toPlainText().startswith("Spoke to Jo")
    _answer_discard_prompt(qtbot, "Discard", seen)
    d.close()  # the window's close button asks the same question
    assert len(seen) == 2 and not d.isVisible()
    assert len(timeline_page(window.ledger, code)[0]) == before  # nothing was saved


def test_validation_speaks_only_after_the_user_has_had_a_go(window, qtbot) -> None:
    from arledger.gui.dialogs.collections import LogContactDialog

    code = window.customers.model.rows()[0].code
    d = LogContactDialog(window.ledger, code, window)
    d.show()
    wait_checked(d)  # the customer's facts are read off the GUI thread
    d.activateWindow()
    qtbot.waitActive(d)
    # Freshly opened: the summary is missing, but nothing says so yet and OK can be pressed.
    assert "summary" in d.message() and d.problem.text() == "" and d.ok_button.isEnabled()
    assert d.focusWidget() is d.summary_edit
    # Typing a field and staying in it: still quiet.
    d.person.setFocus()
    qtbot.keyClicks(d.person.lineEdit(), "Jo Payables")
    assert d.problem.text() == ""
    # Leaving the changed field lets the form speak.
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(d.person.lineEdit(), QFocusEvent(QFocusEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    d.summary_edit.setFocus()
    assert "summary" in d.problem.text() and not d.ok_button.isEnabled()
    qtbot.keyClicks(d.summary_edit, "Left a message.")
    assert d.problem.text() == "" and d.ok_button.isEnabled()

    # Pressing OK on an untouched form is how a user asks what is missing.
    d2 = LogContactDialog(window.ledger, code, window)
    d2.show()
    wait_checked(d2)  # the customer's facts are read off the GUI thread
    qtbot.waitExposed(d2)
    qtbot.mouseClick(d2.ok_button, Qt.MouseButton.LeftButton)
    assert d2.isVisible() and "summary" in d2.problem.text()
    d.discard()
    d2.discard()
def test_waive_interest_dialog_shows_the_claim_and_records_a_waiver(window, qtbot) -> None:
    from datetime import date

    from arledger.domain.model import Customer, Jurisdiction
    from arledger.gui.dialogs.waiver import WaiveInterestDialog
    from arledger.services import interest_claims

    led = window.ledger
    led.add_customer(Customer(code="UKW", name="Waiver Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
    led.add_invoice("UKW", "W-1", date(2025, 6, 1), 200_000, due_date=date(2025, 6, 30))
    led.record_payment("UKW", date(2025, 7, 30), 200_000)  # 30 days late: GBP 20.14 interest + GBP 70

    def fill(d: WaiveInterestDialog) -> None:
        _type(qtbot, d.invoice, "W-1")
        d.on.setDate(date(2025, 9, 1))
        assert "20.14" in d.claimable.text() and "70.00" in d.claimable.text(), d.claimable.text()
        assert "interest or compensation" in d.message()
        _type(qtbot, d.interest, "25")
        _type(qtbot, d.reason, "Goodwill")
        assert d.ok_button.isEnabled()  # checked against the claim when saved
        save(d)
        assert d.isVisible() and "£20.14 of interest to waive on 1 Sep 2025" in d.message()
        _type(qtbot, d.interest, "20.14")
        _type(qtbot, d.compensation, "70")
        save(d)

    with_modal(qtbot, WaiveInterestDialog, fill, window.actions_by_name["waive_interest"].trigger)
    result = interest_claims.claimable_on(led, "W-1", date(2025, 9, 1))
    assert (result.claimable_interest, result.claimable_compensation.minor) == (0, 0)
