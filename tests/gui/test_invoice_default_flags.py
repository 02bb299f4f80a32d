"""The invoice dialog records, for a customer under the German rule pack, whether the payment date was agreed and
whether the invoice told a consumer of default after 30 days (BGB §286); for others it shows neither."""

from __future__ import annotations

from arledger.domain.model import Customer, CustomerKind, Jurisdiction
from arledger.gui.dialogs.invoice import InvoiceDialog
from tests.gui.conftest import save, wait_idle


def _dialog(window, qtbot, code: str) -> InvoiceDialog:
    d = InvoiceDialog(window.ledger, code, window)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.amount, "5000")
    return d


def test_the_flags_are_saved_on_the_invoice_where_they_differ_from_the_customer(window, qtbot) -> None:
    led = window.ledger
    led.add_customer(Customer(code="DEV", name="Erika Muster", kind=CustomerKind.INDIVIDUAL, currency="EUR",
                              jurisdiction=Jurisdiction.DE, default_notice=True))
    d = _dialog(window, qtbot, "DEV")
    assert d.agreed.isVisible() and d.notice.isVisible()
    assert (d.agreed.isChecked(), d.notice.isChecked()) == (False, True)  # the customer's defaults
    d.agreed.setChecked(True)
    qtbot.keyClicks(d.number, "-A")
    save(d)
    assert d.saved is not None
    inv = led.invoice(d.saved.number)
    # agreed differs from the customer: the invoice's own; the notice is the customer's: left to it
    assert (inv.payment_date_agreed, inv.default_notice) == (True, None)
    wait_idle(qtbot)  # the window's refresh after the write


def test_other_customers_see_no_flags(window, qtbot) -> None:
    led = window.ledger
    led.add_customer(Customer(code="UKC", name="Harbour Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
    d = _dialog(window, qtbot, "UKC")
    assert not d.agreed.isVisible() and not d.notice.isVisible()
    d.agreed.setChecked(True)  # even if ticked somehow, nothing is recorded for a non-German customer
    save(d)
    assert d.saved is not None
    inv = led.invoice(d.saved.number)
    assert (inv.payment_date_agreed, inv.default_notice) == (None, None)
    wait_idle(qtbot)


def test_the_invoices_receipt_is_recorded_when_known_and_never_before_its_issue(window, qtbot) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    led = window.ledger
    led.add_customer(Customer(code="DEB", name="Muster GmbH", currency="EUR", jurisdiction=Jurisdiction.DE))
    d = _dialog(window, qtbot, "DEB")
    assert d.received_row.isVisible() and not d.received.isEnabled()
    d.issue.setDate(QDate(2026, 3, 2))
    d.received_known.setChecked(True)
    assert d.received.isEnabled()
    d.received.setDate(QDate(2026, 3, 1))
    d.accept()
    assert d.saved is None and "received before it was issued" in d.problem.text()
    d.received.setDate(QDate(2026, 3, 9))
    save(d)
    assert d.saved is not None
    assert led.invoice(d.saved.number).received_on == date(2026, 3, 9)
    wait_idle(qtbot)
    # unticked: not recorded, the due date stands for it; and a non-German customer is not asked
    d = _dialog(window, qtbot, "DEB")
    qtbot.keyClicks(d.number, "-B")
    save(d)
    assert d.saved is not None and led.invoice(d.saved.number).received_on is None
    wait_idle(qtbot)
    led.add_customer(Customer(code="UKR", name="Harbour Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
    d = _dialog(window, qtbot, "UKR")
    assert not d.received_row.isVisible()
    d.received_known.setChecked(True)  # even if ticked somehow, nothing is recorded for a non-German customer
    save(d)
    assert d.saved is not None and led.invoice(d.saved.number).received_on is None
    wait_idle(qtbot)
