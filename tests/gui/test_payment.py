"""Dialogs on a customer with 5,000 open invoices. The payment dialog's account and allocation preview are read off
the GUI thread, debounced, the newest input wins, and OK waits until the preview shown is the current one; the
credit note and promise dialogs read the customer off the GUI thread too."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer

from arledger.gui import operations
from arledger.gui.app import LanguageInstaller
from arledger.gui.dialogs.collections import PromiseDialog
from arledger.gui.dialogs.credit_note import CreditNoteDialog
from arledger.gui.dialogs.payment import PaymentDialog
from arledger.services import allocation_preview, customer_record, invoice_list
from arledger.services.demo import write_demo_ledger
from arledger.services.imports import import_file
from arledger.services.ledger import Ledger
from tests.gui.conftest import TODAY, save, wait_checked, wait_idle
from tests.gui.test_dialogs import ticked

T = TypeVar("T")

OPEN = 5000


def ledger_with_big_customer(folder: Path, *, customers: int, invoices: int) -> tuple[Path, str]:
    """A demo ledger whose first customer also has 5,000 open invoices of 100.00 to 149.00, twenty a day from
    1 Jan 2025 (BIG-00000 ...)."""
    path = folder / "ledger.sqlite"
    write_demo_ledger(path, customers=customers, invoices=invoices, today=TODAY)
    with Ledger.open(path) as led:
        code = led.conn.execute("SELECT code FROM customers ORDER BY id LIMIT 1").fetchone()[0]
        csv = folder / "invoices.csv"
        csv.write_text("customer,number,issue_date,amount\n" + "".join(
            f"{code},BIG-{i:05d},{date(2025, 1, 1) + timedelta(days=i // 20)},{100 + i % 50}.00\n"
            for i in range(OPEN)), encoding="utf-8")
        import_file(led, "invoices", csv, allow_over_limit="a test ledger")
    return path, code


@pytest.fixture(scope="module")
def big_account_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One customer with 5,000 open invoices and nothing else."""
    return ledger_with_big_customer(tmp_path_factory.mktemp("big_account"), customers=1, invoices=0)


@pytest.fixture
def big_account(big_account_template: tuple[Path, str], tmp_path: Path) -> Iterator[tuple[Ledger, str]]:
    path, code = big_account_template
    shutil.copy(path, tmp_path / "ledger.sqlite")
    with Ledger.open(tmp_path / "ledger.sqlite") as led:
        yield led, code


@pytest.fixture(autouse=True)
def british_english(qapp) -> Iterator[LanguageInstaller]:
    """The dialog as the app shows it to an en_GB user: English plural forms ("1 open invoice matches") and counts
    as the region writes them (5,000), whatever the test machine's locale."""
    languages = LanguageInstaller(qapp)
    languages.install("en", "en_GB")
    yield languages
    languages.install("en")  # as the controller fixture leaves it


@pytest.fixture
def dialog(big_account: tuple[Ledger, str], qtbot) -> Iterator[PaymentDialog]:
    led, code = big_account
    d = PaymentDialog(led, code)
    d.show()
    wait_checked(d)  # the account: read off the GUI thread too
    yield d
    d.discard()  # no "discard what you entered?" question
    wait_idle(qtbot)
    d.deleteLater()


class Gate:
    """Stands in for preview_allocation: each call records its thread and waits until the test releases it."""

    def __init__(self) -> None:
        self.original = allocation_preview.preview_allocation
        self.calls: list[tuple[int, threading.Event, threading.Event]] = []  # (amount, release, returned)
        self.on_gui_thread: list[bool] = []
        self.lock = threading.Lock()

    def __call__(self, ledger: Ledger, code: str, amount: int, *args: object) -> object:
        release, returned = threading.Event(), threading.Event()
        with self.lock:
            self.calls.append((amount, release, returned))
        self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        assert release.wait(timeout=20), "the test never released the preview"
        try:
            return self.original(ledger, code, amount, *args)
        finally:
            returned.set()

    def started(self, n: int) -> bool:
        with self.lock:
            return len(self.calls) >= n


class HeldRead:
    """Stands in for one service read: each call records whether it ran on the GUI thread and waits until a timer
    on the GUI thread has ticked `ticks` times while it waited (so the GUI thread was free all along)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.original = getattr(owner, name)
        self.release = threading.Event()
        self.on_gui_thread: list[bool] = []
        self.args: list[tuple[object, ...]] = []  # each call's arguments
        monkeypatch.setattr(owner, name, self)

    def __call__(self, *args: object, **kwargs: object) -> object:
        self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        self.args.append(args)
        assert self.release.wait(timeout=20), "the test never released the read"
        return self.original(*args, **kwargs)

    def run(self, act: Callable[[], object], look: Callable[[], T], ticks: int = 5) -> list[T]:
        """act() (which starts the read and waits for its result) while a 10 ms GUI-thread timer records look()
        at each tick of the held read, releasing it after `ticks` ticks."""
        seen: list[T] = []

        def tick() -> None:
            if self.on_gui_thread and not self.release.is_set():
                seen.append(look())
                if len(seen) >= ticks:
                    self.release.set()

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        try:
            act()
        finally:
            timer.stop()
            self.release.set()
        return seen


def test_the_dialog_shows_the_whole_account_though_it_lists_the_oldest_500(dialog: PaymentDialog) -> None:
    assert "5,000 open invoices" in dialog.customer_info.text()
    assert dialog.listed.text() == "Showing 500 of 5,000 open invoices — type to find others"
    assert dialog.preview.rowCount() == 500
    # a payment larger than the listed invoices is measured against all 5,000
    dialog.amount.setText("1000000.00")
    wait_checked(dialog)
    assert "more than the" in dialog.unapplied.text() and "622,500.00" in dialog.unapplied.text()


def test_a_preview_on_5000_open_invoices_does_not_block_the_gui_thread(dialog: PaymentDialog, qtbot,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate()
    monkeypatch.setattr(allocation_preview, "preview_allocation", gate)
    seen: list[tuple[bool, bool, str]] = []  # per tick while the preview runs: pending, OK enabled, problem line

    def tick() -> None:
        if gate.started(1) and not gate.calls[0][1].is_set():
            seen.append((dialog.pending(), dialog.ok_button.isEnabled(), dialog.problem.text()))
            if len(seen) >= 5:
                gate.calls[0][1].set()  # released by the GUI thread's timer: it kept firing while the read ran

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "2500.00")
    assert dialog.pending() and not dialog.ok_button.isEnabled()
    dialog.accept()  # pressing Enter meanwhile saves nothing
    assert dialog.saving is None
    wait_checked(dialog)
    timer.stop()

    assert [amount for amount, _, _ in gate.calls] == [250000]  # seven keystrokes, one read: the last input
    assert gate.on_gui_thread == [False]
    assert len(seen) >= 5 and all(p and not ok and t == "Calculating the allocation…" for p, ok, t in seen)
    # oldest first: BIG-00000 (100.00) .. BIG-00021 (121.00) take 2,431.00; the last 69.00 goes to BIG-00022
    rows = ticked(dialog)
    assert rows[0] == ("BIG-00000", "100.00") and len(rows) == 23 and rows[-1] == ("BIG-00022", "69.00")
    assert dialog.ok_button.isEnabled() and dialog.problem.text() == ""

    save(dialog)
    assert dialog.changes.invoices == {f"BIG-{i:05d}" for i in range(23)}
    assert allocation_preview.settlement_account(dialog.ledger, dialog.customer.code()).open_count == OPEN - 22


def test_a_stale_preview_is_dropped_and_save_waits_for_the_current_one(dialog: PaymentDialog, qtbot,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate()
    monkeypatch.setattr(allocation_preview, "preview_allocation", gate)
    dialog.amount.setText("100.00")
    qtbot.waitUntil(lambda: gate.started(1))
    dialog.amount.setText("300.00")  # typed while the first preview runs
    qtbot.waitUntil(lambda: gate.started(2))
    assert [amount for amount, _, _ in gate.calls] == [10000, 30000]
    before = ticked(dialog)

    # The older preview finishes first: it is dropped, nothing it computed reaches the table, OK stays disabled.
    running = len(operations._RUNNING)
    gate.calls[0][1].set()
    assert gate.calls[0][2].wait(timeout=20)
    qtbot.waitUntil(lambda: len(operations._RUNNING) == running - 1)  # its worker reported and was let go
    assert dialog.pending() and not dialog.ok_button.isEnabled()
    assert ticked(dialog) == before == []
    assert dialog.problem.text() == "Calculating the allocation…"

    gate.calls[1][1].set()
    wait_checked(dialog)
    assert ticked(dialog) == [("BIG-00000", "100.00"), ("BIG-00001", "101.00"), ("BIG-00002", "99.00")]
    assert dialog.ok_button.isEnabled() and len(gate.calls) == 2


def test_an_unknown_customer_is_said_once_the_account_read_is_in(dialog: PaymentDialog) -> None:
    dialog.amount.setText("10.00")
    wait_checked(dialog)
    dialog.customer.setText("NOBODY")
    assert dialog.pending() and dialog.preview.rowCount() == 0  # no other customer's invoices meanwhile
    wait_checked(dialog)
    assert dialog.message() == "There is no customer with code 'NOBODY'."
    assert not dialog.ok_button.isEnabled()


def test_the_credit_note_dialog_reads_the_account_off_the_gui_thread(big_account: tuple[Ledger, str], qtbot,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    led, code = big_account
    held = HeldRead(monkeypatch, allocation_preview, "settlement_account")
    d = CreditNoteDialog(led, code, "BIG-00003")
    d.show()

    def act() -> None:
        d.number.setText("CN-BIG-1")
        d.amount.setText("10.00")
        wait_checked(d)
    seen = held.run(act, lambda: (d.pending(), d.ok_button.isEnabled()))
    assert held.on_gui_thread == [False]
    assert len(seen) >= 5 and all(p and not ok for p, ok in seen)
    assert d.apply_to.count() == 2 + 500 and d.apply_to.currentData() == "BIG-00003"
    assert d.ok_button.isEnabled(), d.message()
    d.discard()
    wait_idle(qtbot)
    d.deleteLater()


def test_the_promise_dialog_reads_the_customer_off_the_gui_thread_and_ticks_the_named_invoices(
        big_account: tuple[Ledger, str], qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    led, code = big_account
    held = HeldRead(monkeypatch, customer_record, "customer_header")
    d = PromiseDialog(led, code, invoices=("BIG-00001", "BIG-00004"))
    d.show()
    seen = held.run(lambda: wait_checked(d), lambda: (d.pending(), d.ok_button.isEnabled(), d.invoices.count()))
    assert held.on_gui_thread == [False]
    assert len(seen) >= 5 and all(p and not ok and n == 0 for p, ok, n in seen)
    assert d.invoices.count() == 200 and d.invoices.checked() == ("BIG-00001", "BIG-00004")
    assert "open" in d.customer_info.text() and d.currency.text() == "GBP"
    # the amount filled in from the overdue balance is not the user's input: no complaint, no "discard?" question
    assert d.amount.text() == "622500.00" and not d.has_changes() and d.problem.text() == ""
    d.discard()
    wait_idle(qtbot)
    d.deleteLater()


# -- every open invoice is reachable: the find box -----------------------------------------------------------------
def _found(d: PaymentDialog, qtbot) -> None:
    """Wait until the table lists what the find box asks for."""
    qtbot.waitUntil(lambda: not d.matches.pending() and d.listed.text() != "Finding invoices…", timeout=20000)


def _listed(d: PaymentDialog) -> list[str]:
    return [d.preview.item(i, 0).text() for i in range(d.preview.rowCount())]


def _row(d: PaymentDialog, number: str) -> int:
    return _listed(d).index(number)


def _paid_by(path: Path, payment_id: int) -> list[tuple[str, int]]:
    """What the ledger file says the payment settled: (invoice, amount) per allocation."""
    with Ledger.open(path) as led:
        return [tuple(r) for r in led.conn.execute(
            "SELECT i.number, a.amount FROM allocations a JOIN invoices i ON i.id = a.invoice_id"
            " WHERE a.payment_id = ? ORDER BY i.number", (payment_id,))]


def test_invoice_4711_of_5000_is_found_by_typing_and_takes_a_part_payment(dialog: PaymentDialog, qtbot,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert "BIG-04711" not in _listed(dialog)  # not among the oldest 500
    held = HeldRead(monkeypatch, allocation_preview, "find_open_invoices")
    dialog.amount.setText("50.00")
    wait_checked(dialog)

    def act() -> None:
        dialog.find_invoice.setFocus()
        qtbot.keyClicks(dialog.find_invoice, "4711")
        _found(dialog, qtbot)
    seen = held.run(act, lambda: (dialog.listed.text(), dialog.preview.rowCount(), dialog.pending()))
    # four keystrokes, one read, off the GUI thread; meanwhile the list stayed and the form was not held up
    assert held.on_gui_thread == [False] and [a[3] for a in held.args] == ["4711"]
    assert len(seen) >= 5 and all(s == ("Finding invoices…", 500, False) for s in seen)
    assert _listed(dialog) == ["BIG-04711"]
    assert dialog.listed.text() == "1 open invoice matches “4711”."

    # Oldest first, the 50.00 went to BIG-00000; ticking the invoice found makes the payment the user's, as
    # the table shows it: BIG-04711 only, filled in with the whole 50.00.
    qtbot.keyClick(dialog.find_invoice, Qt.Key.Key_Return)  # Enter ends the search, it does not record the payment
    assert dialog.saving is None and dialog.isVisible() and dialog.preview.hasFocus()
    assert (dialog.preview.currentRow(), dialog.preview.currentColumn()) == (0, 0)
    qtbot.keyClick(dialog.preview, Qt.Key.Key_Space)  # ticks it
    assert ticked(dialog) == [("BIG-04711", "50.00")] and dialog.apply_to.currentData() == "*split*"
    dialog.preview.item(0, 3).setText("40.00")  # the remittance says 40.00 of it
    wait_checked(dialog)
    assert ticked(dialog) == [("BIG-04711", "40.00")]
    assert dialog.preview.item(0, 4).text() == "£71.00"  # 111.00 open, 40.00 applied
    assert "£10.00 stays on the account as credit" in dialog.unapplied.text()
    assert "£622,500.00 is open on the account in all" in dialog.unapplied.text()

    save(dialog)
    assert dialog.result_ is not None and dialog.result_.allocations == (("BIG-04711", 4000),)
    assert _paid_by(dialog.ledger.path, dialog.result_.source_id) == [("BIG-04711", 4000)]
    assert invoice_list.invoice_row(dialog.ledger, "BIG-04711").open_amount == 7100
    account = allocation_preview.settlement_account(dialog.ledger, dialog.customer.code())
    assert account.open_count == OPEN and account.open_total == 62250000 - 4000 and account.credit == 1000


def test_the_find_box_reads_once_per_pause_and_finds_amounts_too(dialog: PaymentDialog, qtbot,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldRead(monkeypatch, allocation_preview, "find_open_invoices")
    held.release.set()  # not held: this test counts the reads
    dialog.find_invoice.setFocus()
    qtbot.keyClicks(dialog.find_invoice, "BIG-0471")
    _found(dialog, qtbot)
    assert [a[3] for a in held.args] == ["BIG-0471"]
    assert _listed(dialog) == [f"BIG-0471{i}" for i in range(10)]
    dialog.find_invoice.selectAll()
    qtbot.keyClicks(dialog.find_invoice, "149.00")  # typed over it
    _found(dialog, qtbot)
    assert [a[3] for a in held.args] == ["BIG-0471", "149.00"]  # six keystrokes after the pause, one read
    # 149.00 is no invoice number: the invoices of that amount, oldest first (every 50th of 100.00..149.00)
    assert len(_listed(dialog)) == 100 and _listed(dialog)[:2] == ["BIG-00049", "BIG-00099"]
    assert dialog.listed.text() == "100 open invoices match “149.00”."
    # BIG-00000 .. BIG-04999 with a 1 in them: 5,000 less the 4 x 9 x 9 x 9 without; the oldest 500 are listed
    dialog.find_invoice.setText("1")
    _found(dialog, qtbot)
    assert dialog.preview.rowCount() == 500
    assert dialog.listed.text() == ("Showing 500 of 2,084 open invoices that match “1” — type more to narrow "
                                    "them")
    dialog.find_invoice.setText("no such")
    _found(dialog, qtbot)
    assert dialog.preview.rowCount() == 0 and dialog.listed.text() == "No open invoice matches “no such”."
    dialog.find_invoice.clear()  # back to the oldest 500, read with the account: no read
    assert len(held.args) == 4 and dialog.preview.rowCount() == 500
    assert dialog.listed.text() == "Showing 500 of 5,000 open invoices — type to find others"


def test_what_the_user_ticked_stays_ticked_while_the_search_changes(dialog: PaymentDialog, qtbot) -> None:
    row = _row(dialog, "BIG-00001")
    dialog.preview.item(row, 0).setCheckState(Qt.CheckState.Checked)  # no amount received yet: nothing filled in
    dialog.preview.item(row, 3).setText("101.00")
    dialog.find_invoice.setText("4711")
    _found(dialog, qtbot)
    assert _listed(dialog) == ["BIG-04711"] and ticked(dialog) == []
    assert dialog.listed.text() == "1 open invoice matches “4711”.\n1 ticked invoice not listed here stays ticked."
    dialog.amount.setText("500.00")
    wait_checked(dialog)
    dialog.preview.item(0, 0).setCheckState(Qt.CheckState.Checked)  # fills min(111.00, 500.00 - 101.00)
    assert ticked(dialog) == [("BIG-04711", "111.00")]
    dialog.preview.item(0, 3).setText("80.00")
    wait_checked(dialog)
    # the preview and the credit left over count both invoices, listed or not, against the whole balance
    assert "£319.00 stays on the account as credit" in dialog.unapplied.text()

    dialog.find_invoice.setText("BIG-0000")
    _found(dialog, qtbot)
    assert ticked(dialog) == [("BIG-00001", "101.00")]
    dialog.preview.item(_row(dialog, "BIG-00003"), 3).setText("3.00")  # typed, not ticked first
    dialog.find_invoice.clear()
    wait_checked(dialog)
    assert ticked(dialog) == [("BIG-00001", "101.00"), ("BIG-00003", "3.00")]
    assert dialog.listed.text() == ("Showing 500 of 5,000 open invoices — type to find others\n"
                                    "1 ticked invoice not listed here stays ticked.")
    assert "£316.00 stays on the account as credit" in dialog.unapplied.text()
    assert dialog.apply_to.currentData() == "*split*"

    save(dialog)
    assert dialog.result_ is not None
    assert _paid_by(dialog.ledger.path, dialog.result_.source_id) == [
        ("BIG-00001", 10100), ("BIG-00003", 300), ("BIG-04711", 8000)]
    assert dialog.credit_left == 31600


def test_a_payment_opened_for_an_invoice_beyond_the_oldest_500_is_for_that_invoice(
        big_account: tuple[Ledger, str], qtbot) -> None:
    led, code = big_account
    d = PaymentDialog(led, code, "BIG-04711")
    d.show()
    wait_checked(d)
    assert d.apply_to.currentData() == "BIG-04711" and d.find_invoice.text() == "BIG-04711"
    _found(d, qtbot)
    assert _listed(d) == ["BIG-04711"]
    d.amount.setText("200.00")
    wait_checked(d)
    assert ticked(d) == [("BIG-04711", "111.00")]
    save(d)
    assert d.result_ is not None and d.result_.allocations == (("BIG-04711", 11100),) and d.credit_left == 8900
    wait_idle(qtbot)
    d.deleteLater()


@pytest.fixture(scope="module")
def crowded_ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The customer with 5,000 open invoices among 40 customers with 20,000 more."""
    return ledger_with_big_customer(tmp_path_factory.mktemp("crowded"), customers=40, invoices=20000)


def test_finding_an_invoice_reads_the_customers_open_invoices_by_index(crowded_ledger: tuple[Path, str]) -> None:
    """The find box's SQL, as run: each statement on the invoices table searches the customer's open invoices by
    an index, not a scan of every customer's invoices."""
    path, code = crowded_ledger
    with Ledger.open(path) as led:
        run: list[str] = []
        led.conn.set_trace_callback(run.append)  # the statements with their values bound
        try:
            found = allocation_preview.find_open_invoices(led, code, "GBP", "1")
        finally:
            led.conn.set_trace_callback(None)
        # BIG-00000 .. BIG-04999 with a 1 in them (the demo's own invoice numbers of this customer may add some)
        assert found.count >= 2084 and len(found.rows) == 500
        plans = {sql: " | ".join(r[3] for r in led.conn.execute("EXPLAIN QUERY PLAN " + sql))
                 for sql in run if "FROM invoices" in sql}
        assert len(plans) == 2, plans  # the page and its count
        for plan in plans.values():
            assert "SEARCH i USING INDEX invoices_open_by_customer_due (customer_id=? AND currency=?)" in plan, plan
        # an amount is looked for as an amount too: the 100 invoices of 149.00 (and any of the demo's)
        assert allocation_preview.find_open_invoices(led, code, "GBP", "149.00").count >= 100
        assert [r.number for r in allocation_preview.find_open_invoices(led, code, "GBP", "BIG-04711").rows] == [
            "BIG-04711"]
        assert allocation_preview.find_open_invoices(led, code, "GBP", "4%").count == 0  # % is no LIKE wildcard
