"""The invoice view: opened by double-click or Enter from the invoice list and the customer's open items, it
shows the invoice's whole story with amounts in its currency, and its actions act on that invoice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from arledger.gui import formatting as fmt
from arledger.gui.dialogs.collections import DisputeDialog
from arledger.gui.dialogs.invoice_view import InvoiceViewDialog
from arledger.services import invoice_list
from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus
from arledger.services.invoice_story import invoice_story
from tests.gui.conftest import save, wait_idle, with_modal


def _part_paid(window) -> invoice_list.InvoiceRow:
    page = invoice_list.invoices_page(window.ledger, InvoiceFilter(status=InvoiceStatus.OPEN), limit=1000)
    return next(r for r in page.rows if 0 < r.open_amount < r.amount and r.days_overdue > 0)


def test_double_click_opens_the_invoice_with_its_settlements_and_interest(window, qtbot) -> None:
    inv = _part_paid(window)
    window.show_invoices(InvoiceFilter(status=InvoiceStatus.OPEN, search=inv.number))
    qtbot.waitUntil(lambda: any(r.number == inv.number for r in window.invoices.model.rows()), timeout=10000)
    row = next(i for i, r in enumerate(window.invoices.model.rows()) if r.number == inv.number)
    table = window.invoices.table
    table.selectRow(row)
    rect = table.visualRect(window.invoices.model.index(row, 0))

    amounts = [s.amount for s in invoice_story(window.ledger, inv.number).settlements]

    def check(d: InvoiceViewDialog) -> None:
        assert d.number == inv.number and inv.number in d.windowTitle()
        assert d.tile_values["amount"].text() == fmt.money(inv.amount, inv.currency)
        assert d.tile_values["open"].text() == fmt.money(inv.open_amount, inv.currency)
        assert d.tile_values["settled"].text() == fmt.money(inv.amount - inv.open_amount, inv.currency)
        rows = d.settlements.table.texts()
        assert rows and not d.settlements.table.isHidden() and d.settlements.empty.isHidden()
        # every amount a person reads carries its currency
        assert all(r[2] == fmt.money(fmt_minor, inv.currency) for r, fmt_minor in zip(rows, amounts, strict=True))
        assert d.interest.table.rowCount() or d.interest_basis.text()
        assert f"{inv.customer_code} · {inv.customer_name}".replace("&", "&&") == d.customer_button.text()
        save(d)

    def double_click() -> None:
        # Qt's item views only take a double click on the item the first click pressed.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    with_modal(qtbot, InvoiceViewDialog, check, double_click)


def test_enter_opens_the_invoice_and_a_dispute_from_it_shows_at_once(window, qtbot) -> None:
    inv = _part_paid(window)
    window.show_invoices(InvoiceFilter(status=InvoiceStatus.OPEN, search=inv.number))
    qtbot.waitUntil(lambda: any(r.number == inv.number for r in window.invoices.model.rows()), timeout=10000)
    table = window.invoices.table
    table.selectRow(next(i for i, r in enumerate(window.invoices.model.rows()) if r.number == inv.number))
    table.setFocus()
    seen: dict[str, object] = {}

    def fill_dispute(d: DisputeDialog) -> None:
        assert d.invoice.text() == inv.number
        d.note.setText("Two pallets arrived damaged.")
        save(d)

    def open_dispute(d: InvoiceViewDialog) -> None:
        assert not d.disputes.empty.isHidden() and "open a dispute" in d.disputes.empty.text()
        assert d.buttons["open_dispute"].isVisibleTo(d) and not d.buttons["resolve_dispute"].isVisibleTo(d)
        # the dispute dialog runs on top of the invoice view; the view reads its story again when it closes
        with_modal(qtbot, DisputeDialog, fill_dispute, d.buttons["open_dispute"].click)
        seen["disputes"] = d.disputes.table.texts()
        seen["badge"] = d.badge_texts()
        seen["resolve"] = d.buttons["resolve_dispute"].isVisibleTo(d)
        save(d)

    with_modal(qtbot, InvoiceViewDialog, open_dispute, lambda: qtbot.keyClick(table, Qt.Key.Key_Return))
    wait_idle(qtbot)
    assert len(seen["disputes"]) == 1 and "Two pallets arrived damaged." in seen["disputes"][0]
    assert "Disputed" in seen["badge"] and seen["resolve"] is True


def test_the_customer_view_opens_an_open_item_in_the_invoice_view(window, qtbot) -> None:
    inv = _part_paid(window)
    window.open_customer(inv.customer_code)
    wait_idle(qtbot)
    items = window.customer_view.items_table
    row = next(i for i, r in enumerate(window.customer_view.items_model.rows()) if r.number == inv.number)
    items.selectRow(row)

    def check(d: InvoiceViewDialog) -> None:
        assert d.number == inv.number
        save(d)

    with_modal(qtbot, InvoiceViewDialog, check, lambda: items.activated.emit(items.currentIndex()))


def test_a_customer_name_with_an_ampersand_reads_whole_on_the_customer_button(window, qtbot) -> None:
    from arledger.services import customer_record

    code = next(c for c in (f"C{i:05d}" for i in range(1, 16))
                if "&" in customer_record.customer_header(window.ledger, c).customer.name
                and invoice_list.open_invoices_of(window.ledger, c))
    name = customer_record.customer_header(window.ledger, code).customer.name
    d = InvoiceViewDialog(window.ledger, invoice_list.open_invoices_of(window.ledger, code)[0].number, window)
    # A single & would mark a shortcut: "Harbour & Finch Ltd" showed as "Harbour _Finch Ltd".
    assert d.customer_button.text() == f"{code} · {name}".replace("&", "&&")
    d.close()
