"""The payment dialog offers the methods the product knows in the reader's language and keeps the one chosen as its
code; words typed there are kept as typed; the invoice view names the method in the reader's language again."""

from __future__ import annotations

import os
from pathlib import Path

from arledger.gui.dialogs.invoice_view import InvoiceViewDialog
from arledger.gui.dialogs.payment import PaymentDialog
from arledger.services.ledger import Ledger
from tests.gui.conftest import save, wait_checked, wait_idle


def _pay(ledger: Ledger, code: str, qtbot, method: str, amount: str) -> None:
    d = PaymentDialog(ledger, code)
    d.show()
    wait_checked(d)
    d.method.setCurrentText(method)
    d.amount.setText(amount)
    wait_checked(d)
    assert d.ok_button.isEnabled(), d.message()
    save(d)
    wait_idle(qtbot)


def test_payment_methods_in_german_are_kept_by_code(controller, qtbot, demo_path: Path) -> None:
    assert controller.set_language("de_DE")
    with Ledger.open(demo_path) as ledger:
        code = ledger.conn.execute(
            "SELECT c.code FROM invoices i JOIN customers c ON c.id = i.customer_id"
            " WHERE i.amount > i.settled + 1000 AND i.voided_on IS NULL ORDER BY i.id LIMIT 1").fetchone()[0]
        probe = PaymentDialog(ledger, code)
        assert [probe.method.itemText(i) for i in range(probe.method.count())] == [
            "Überweisung", "Karte", "Scheck", "bar"]
        probe.discard()
        probe.deleteLater()
        last = ledger.conn.execute("SELECT max(id) FROM payments").fetchone()[0] or 0
        _pay(ledger, code, qtbot, "Überweisung", "3")
        _pay(ledger, code, qtbot, "per Bote", "2")
        assert [m for (m,) in ledger.conn.execute("SELECT method FROM payments WHERE id > ? ORDER BY id", (last,))] \
            == ["bank_transfer", "per Bote"]
        number = ledger.conn.execute("SELECT i.number FROM allocations a JOIN invoices i ON i.id = a.invoice_id"
                                     " WHERE a.payment_id = ?", (last + 1,)).fetchone()[0]
        view = InvoiceViewDialog(ledger, number)
        view.show()
        wait_idle(qtbot)
        view.tabs.setCurrentWidget(view.settlements)
        if os.environ.get("ARLEDGER_SHOT"):  # a screenshot to look at: ARLEDGER_SHOT=/tmp/invoice.png
            view.grab().save(os.environ["ARLEDGER_SHOT"])
        table = view.settlements.table
        cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                 if table.item(r, c)]
        view.close()
    assert any(c.startswith("Überweisung") for c in cells) and "bank_transfer" not in " ".join(cells), cells
