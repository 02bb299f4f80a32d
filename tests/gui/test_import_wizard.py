"""The import wizard driven as a user drives it: detection, mapping, a profile, review and apply."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from arledger.gui.dialogs.import_wizard import ImportWizard
from arledger.services import import_mapping
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
