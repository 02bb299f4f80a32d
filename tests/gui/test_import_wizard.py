"""The import wizard driven as a user drives it: detection, mapping, a profile, review and apply."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from arledger.gui.dialogs.import_wizard import ImportWizard
from arledger.services import import_mapping
from arledger.storage import invoices as invoice_rows
from tests.gui.conftest import wait_idle, with_modal
from tests.samples.bank_statements import CAMT053, bank_ledger
from tests.samples.vendor_exports import write_samples


def _kind(w: ImportWizard, kind: str) -> None:
    w.choose.kinds.button(w.choose.kind_names.index(kind)).setChecked(True)


def test_detection_proposes_the_mapping_the_user_confirms_and_saves(window, qtbot, tmp_path: Path) -> None:
    files = write_samples(tmp_path / "exports")

    def fill(w: ImportWizard) -> None:
        _kind(w, "invoices")
        w.choose.path.setText(str(files["xero"]))
        w.next()
        m = w.mapping
        assert w.currentPage() is m and m.isComplete()
        assert m.field_boxes["customer"].currentData() == "*ContactName"
        assert m.field_boxes["line_amount"].currentData() == "LineAmount"
        assert m.field_boxes["amount"].currentData() == ""  # the repeated total is left out
        assert m.date_order.currentData() == "DMY" and m.numbers.currentData() == "en_US"
        assert "Xero" in m.notes.text()
        assert m.sample.rowCount() == 4 and m.sample.item(0, 1).text() == "Tom Jones"
        m.map_field("reference", "")  # the user ignores a column
        m.save_name.setText("Xero export")
        m.save_button.click()
        assert "Saved as profile 'Xero export'" in m.problem.text()
        m.create_customers.setChecked(True)
        w.next()
        assert w.check.isComplete(), w.check.verdict.text()
        assert "All 3 rows are valid" in w.check.verdict.text()
        assert "Acme GmbH (ACMEGMBH)" in w.check.verdict.text()
        w.next()  # commit
        assert w.currentPage() is w.done_page
        assert "3 rows were added" in w.done_page.label.text()
        w.accept()

    with_modal(qtbot, ImportWizard, fill, window.actions_by_name["import"].trigger)
    wait_idle(qtbot)
    led = window.ledger
    assert led.invoice("INV-0001").amount == 18000 and led.invoice("INV-0001").reference == ""
    assert led.invoice("INV-0003").customer_id == led.customer("ACMEGMBH").id  # matched by name, loosely
    saved = import_mapping.settings_from_options(led, "invoices", profile="Xero export")
    assert saved.columns["line_amount"] == "LineAmount" and "reference" not in saved.columns


def test_columns_mapped_by_hand_with_day_first_dates_and_decimal_commas(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "eigene.csv"
    path.write_bytes("Konto;Dok;Tag;Wert\nC00001;R-9001;12.10.2025;1.234,50\n"
                     "C00001;R-9002;01.02.2026;99,90\n".encode("cp1252"))

    def fill(w: ImportWizard) -> None:
        _kind(w, "invoices")
        w.choose.path.setText(str(path))
        w.next()
        m = w.mapping
        assert not m.isComplete()  # no header names a field
        assert m.encoding.currentText() in ("utf-8", "cp1252")
        m.map_field("customer", "Konto")
        m.map_field("number", "Dok")
        m.map_field("issue_date", "Tag")
        m.map_field("amount", "Wert")
        assert m.isComplete()
        m.date_order.setCurrentIndex(m.date_order.findData("DMY"))
        m.numbers.setCurrentIndex(m.numbers.findData("de_DE"))
        w.next()
        assert w.check.isComplete(), w.check.verdict.text()
        w.next()
        w.accept()

    with_modal(qtbot, ImportWizard, fill, window.actions_by_name["import"].trigger)
    wait_idle(qtbot)
    inv = window.ledger.invoice("R-9001")
    assert (inv.amount, inv.issue_date) == (123450, date(2025, 10, 12))
    assert window.ledger.invoice("R-9002").amount == 9990


def test_a_wrong_mapping_shows_every_problem_and_imports_nothing(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("Client,No,Date,Total\nC00001,X-1,26/11/2025,10.00\nC00001,X-2,11/26/2025,20.00\n",
                    encoding="utf-8")
    counts = window.ledger.counts()

    def fill(w: ImportWizard) -> None:
        _kind(w, "invoices")
        w.choose.path.setText(str(path))
        w.next()
        for f, c in (("customer", "Client"), ("number", "No"), ("issue_date", "Date"), ("amount", "Total")):
            w.mapping.map_field(f, c)
        w.mapping.date_order.setCurrentIndex(w.mapping.date_order.findData("DMY"))
        w.next()
        assert not w.check.isComplete()
        problems = [(w.check.errors.item(i, 0).text(), w.check.errors.item(i, 1).text())
                    for i in range(w.check.errors.rowCount())]
        assert problems == [("3", "issue_date")]
        w.reject()

    with_modal(qtbot, ImportWizard, fill, window.actions_by_name["import"].trigger)
    assert window.ledger.counts() == counts


def test_a_bank_statement_is_reviewed_line_by_line_then_applied(window, qtbot, tmp_path: Path) -> None:
    bank_ledger(window.ledger)
    statement = tmp_path / "january.xml"
    statement.write_text(CAMT053, encoding="utf-8")

    def fill(w: ImportWizard) -> None:
        _kind(w, "bank")
        w.choose.path.setText(str(statement))
        w.next()
        page = w.review
        assert w.currentPage() is page
        t = page.table
        assert t.rowCount() == 6
        rows = [(t.item(i, 6).text(), t.item(i, 7).text(), t.item(i, 8).text()) for i in range(6)]
        assert rows[0] == ("ACME", "A-100", "99%") and rows[1] == ("BETA", "B-200 B-201", "50%")
        assert "invoice number in the remittance text" in t.item(0, 9).text()
        assert [t.item(i, 0).checkState() == Qt.CheckState.Checked for i in range(6)] == [
            True, False, False, False, False, True]
        assert not (t.item(3, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable)  # a debit cannot be accepted
        page.set_accepted(1, True)  # the user accepts the Beta combination
        page.set_accepted(5, False)  # and rejects the code-only match
        assert "3 accepted" not in page.summary.text() and "2 accepted" in page.summary.text()
        w.next()  # commit
        assert w.currentPage() is w.done_page
        assert "Payments recorded from january.xml: 2 (€2,190.00)." in w.done_page.label.text()
        w.accept()

    with_modal(qtbot, ImportWizard, fill, window.actions_by_name["import"].trigger)
    wait_idle(qtbot)
    from arledger.services import invoice_list

    open_now = {r.number for code in ("ACME", "BETA", "GAMMA")
                for r in invoice_list.open_invoices_of(window.ledger, code)}
    assert open_now == {"A-101", "A-102", "C-300"}

    def again(w: ImportWizard) -> None:
        _kind(w, "bank")
        w.choose.path.setText(str(statement))
        w.next()
        assert w.review.table.rowCount() == 6
        assert "Nothing new: all 6 lines of this statement were imported before." in w.review.summary.text()
        assert not w.review.isComplete()
        w.reject()

    # every line was remembered (rejected, unmatched and debit ones too): nothing is proposed again
    with_modal(qtbot, ImportWizard, again, window.actions_by_name["import"].trigger)


def test_a_csv_bank_statement_goes_through_the_mapping_first(window, qtbot, tmp_path: Path) -> None:
    bank_ledger(window.ledger)
    path = tmp_path / "konto.csv"
    path.write_text("Buchungstag;Betrag;Auftraggeber;Verwendungszweck\n20.01.2026;1.190,00;ACME GMBH;Rechnung A-100\n"
                    "21.01.2026;-9,90;Bank;Gebühr\n", encoding="utf-8")

    def fill(w: ImportWizard) -> None:
        _kind(w, "bank")
        w.choose.path.setText(str(path))
        w.next()
        assert w.currentPage() is w.mapping and w.mapping.isComplete()
        assert w.mapping.field_boxes["remittance"].currentData() == "Verwendungszweck"
        assert (w.mapping.date_order.currentData(), w.mapping.numbers.currentData()) == ("DMY", "de_DE")
        w.next()
        assert w.currentPage() is w.review and w.review.table.rowCount() == 2
        assert w.review.table.item(0, 7).text() == "A-100"
        w.next()
        assert "Payments recorded from konto.csv: 1 (€1,190.00)." in w.done_page.label.text()
        w.accept()

    with_modal(qtbot, ImportWizard, fill, window.actions_by_name["import"].trigger)
    wait_idle(qtbot)
    assert window.ledger.invoice("A-100").amount == 119000
    from arledger.services import invoice_list

    assert "A-100" not in {r.number for r in invoice_list.open_invoices_of(window.ledger, "ACME")}


def _credit_controlled(window) -> None:
    """LIM (EUR) may owe at most 1,000.00 and owes nothing; HOLD is on hold."""
    from arledger.domain.model import Customer

    window.ledger.add_customer(Customer(code="LIM", name="Limited Ltd", currency="EUR", credit_limit=100000))
    window.ledger.add_customer(Customer(code="HOLD", name="Held GmbH", currency="EUR", on_hold=True))


def _override_events(ledger) -> list[dict]:
    import json

    from arledger.storage import evidence

    return [json.loads(e.payload_json) for e in evidence.all_events(ledger.conn) if e.kind == "credit_override"]


def test_invoices_refused_by_credit_control_go_in_only_with_a_reason(window, qtbot, tmp_path: Path) -> None:
    _credit_controlled(window)
    wait_idle(qtbot)
    path = tmp_path / "big.csv"
    path.write_text("customer,number,issue_date,amount\nLIM,L-1,2026-03-01,600.00\nLIM,L-2,2026-03-02,600.00\n"
                    "HOLD,H-1,2026-03-03,10.00\n", encoding="utf-8")
    counts = window.ledger.counts()

    def refuse(w: ImportWizard) -> None:
        _kind(w, "invoices")
        w.choose.path.setText(str(path))
        w.next()
        w.next()
        c = w.check
        assert not c.isComplete()
        assert c.verdict.text().startswith("2 invoices would take a customer over the credit limit or are for a "
                                           "customer on hold; nothing will be written.")
        problems = [(c.errors.item(i, 0).text(), c.errors.item(i, 1).text()) for i in range(c.errors.rowCount())]
        assert problems == [("3", "amount"), ("4", "customer")]
        assert "Invoice L-2 takes customer LIM to" in c.errors.item(0, 2).text()
        assert "over the credit limit" in c.errors.item(0, 2).text()
        assert c.override_box.isVisibleTo(w) and not c.reason.isEnabled()
        c.override.setChecked(True)
        assert not c.isComplete()  # a reason is required
        c.reason.setText("   ")
        assert not c.isComplete()
        w.reject()

    with_modal(qtbot, ImportWizard, refuse, window.actions_by_name["import"].trigger)
    wait_idle(qtbot)
    assert window.ledger.counts() == counts
    assert invoice_rows.by_number(window.ledger.conn, "L-1") is None and _override_events(window.ledger) == []

    def accept(w: ImportWizard) -> None:
        _kind(w, "invoices")
        w.choose.path.setText(str(path))
        w.next()
        w.next()
        c = w.check
        c.override.setChecked(True)
        c.reason.setText("large order agreed with the owner")
        assert c.isComplete()
        w.next()  # commit
        assert w.currentPage() is w.done_page, c.verdict.text()
        text = w.done_page.label.text()
        assert "3 rows were added" in text
        assert "2 invoices went in despite credit control; each override is in the evidence log" in text
        w.accept()

    with_modal(qtbot, ImportWizard, accept, window.actions_by_name["import"].trigger)
    wait_idle(qtbot)
    assert window.ledger.invoice("L-2").amount == 60000 and window.ledger.invoice("H-1").amount == 1000
    events = _override_events(window.ledger)
    assert [(e["customer"], e["invoice"], e["reason"]) for e in events] == [
        ("LIM", "L-2", "large order agreed with the owner"), ("HOLD", "H-1", "large order agreed with the owner")]


def test_other_problems_beside_credit_control_offer_no_override(window, qtbot, tmp_path: Path) -> None:
    _credit_controlled(window)
    wait_idle(qtbot)
    path = tmp_path / "mixed.csv"
    path.write_text("customer,number,issue_date,amount\nHOLD,H-1,2026-03-03,10.00\nLIM,L-9,not a date,5.00\n",
                    encoding="utf-8")

    def fill(w: ImportWizard) -> None:
        _kind(w, "invoices")
        w.choose.path.setText(str(path))
        w.next()
        w.next()
        assert "This file cannot be imported: 2 problems found." in w.check.verdict.text()
        assert not w.check.override_box.isVisibleTo(w)
        w.check.override.setChecked(True)
        w.check.reason.setText("sneaking past")
        assert not w.check.isComplete()
        w.reject()

    with_modal(qtbot, ImportWizard, fill, window.actions_by_name["import"].trigger)
