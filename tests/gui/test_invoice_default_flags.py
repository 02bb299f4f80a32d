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
