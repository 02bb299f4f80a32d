"""Vendor exports import to the aging we expect, by preset and by detection alone."""

from __future__ import annotations

import pytest

from arledger.services import import_mapping
from arledger.services.import_mapping import ImportSettings
from arledger.services.imports import import_file
from arledger.services.reports import AgingGrouping, aging
from tests.samples.vendor_exports import AS_OF, EXPECTED, add_sample_customers, write_samples


@pytest.fixture
def samples(tmp_path):
    return write_samples(tmp_path / "exports")


def _aging_by_invoice(ledger) -> dict[str, tuple[str, str, int, int]]:
    report = aging(ledger, AS_OF, grouping=AgingGrouping.INVOICE)
    return {r.invoice_number: (r.customer_code, r.currency, r.total, r.buckets.index(r.total)) for r in report.rows}


def _check(ledger, vendor: str, created: tuple[tuple[str, str], ...]) -> None:
    got = _aging_by_invoice(ledger)
    made = {name: code for code, name in created}
    want = {n: (c or made["Café Müller"], cur, amt, b) for n, (c, cur, amt, b) in EXPECTED[vendor].items()}
    assert got == want


@pytest.mark.parametrize("vendor", list(EXPECTED))
def test_each_vendor_export_imports_by_its_preset(ledger, samples, vendor):
    add_sample_customers(ledger)
    result = import_file(ledger, "invoices", samples[vendor], settings=ImportSettings(preset=vendor),
                         create_customers=True)
    assert result.rows == len(EXPECTED[vendor])
    _check(ledger, vendor, result.created_customers)


@pytest.mark.parametrize("vendor", list(EXPECTED))
def test_each_vendor_export_imports_from_detection_alone(ledger, samples, vendor):
    add_sample_customers(ledger)
    found = import_mapping.detect(samples[vendor], "invoices")
    result = import_file(ledger, "invoices", samples[vendor], settings=found.settings, create_customers=True)
    assert result.rows == len(EXPECTED[vendor])
    _check(ledger, vendor, result.created_customers)


def test_detection_reports_what_it_found(samples):
    xero = import_mapping.detect(samples["xero"], "invoices")
    assert xero.settings.columns["customer"] == "*ContactName"
    assert xero.settings.columns["line_amount"] == "LineAmount"
    assert "amount" not in xero.settings.columns  # the repeated invoice Total is not added to the lines
    assert xero.settings.date_order.value == "DMY"
    erp = import_mapping.detect(samples["erpnext"], "invoices")
    assert (erp.settings.encoding, erp.settings.numbers, erp.settings.date_order.value) == ("cp1252", "de_DE", "DMY")
    assert erp.table.delimiter == ";"
    gnucash = import_mapping.detect(samples["gnucash"], "invoices")
    assert gnucash.settings.encoding == "utf-16"
    assert gnucash.settings.columns["unit_price"] == "price"
    qbo = import_mapping.detect(samples["quickbooks-online"], "invoices")
    assert qbo.settings.encoding == "utf-8-sig" and qbo.settings.date_order.value == "MDY"
    assert any("QuickBooks Online" in str(n) for n in qbo.notes)


def test_lines_are_grouped_into_invoices_with_their_tax(ledger, samples):
    add_sample_customers(ledger)
    result = import_file(ledger, "invoices", samples["xero"], settings=ImportSettings(preset="xero"))
    assert (result.rows, result.grouped_lines) == (3, 4)
    inv = ledger.invoice("INV-0001")
    assert (inv.amount, inv.currency, inv.issue_date.isoformat(), inv.due_date.isoformat()) == (
        18000, "GBP", "2025-11-26", "2025-12-26")  # 100 + 20 tax + 50 + 10 tax


def test_customers_matched_by_code_then_name_then_loosely(ledger, samples):
    add_sample_customers(ledger)
    import_file(ledger, "invoices", samples["xero"], settings=ImportSettings(preset="xero"))
    # 'Tom Jones' by exact name, 'acme  gmbh' by name ignoring case and spacing
    assert ledger.customer_by_id(ledger.invoice("INV-0001").customer_id).code == "TOM"
    assert ledger.customer_by_id(ledger.invoice("INV-0003").customer_id).code == "ACME"


def test_unknown_customers_are_refused_unless_created_and_each_created_one_is_listed(ledger, samples, ledger_path):
    from arledger.services.imports import ImportRejected
    from tests.conftest import snapshot

    add_sample_customers(ledger)
    before = snapshot(ledger_path)
    with pytest.raises(ImportRejected, match="line 2, column 'customer': there is no customer with code or name "
                                             "'Café Müller'"):
        import_file(ledger, "invoices", samples["erpnext"], settings=ImportSettings(preset="erpnext"))
    assert snapshot(ledger_path) == before
    result = import_file(ledger, "invoices", samples["erpnext"], settings=ImportSettings(preset="erpnext"),
                         create_customers=True)
    assert result.created_customers == (("CAFMLLER", "Café Müller"),)
    assert ledger.customer("CAFMLLER").currency == "EUR"


def test_a_profile_saved_once_imports_the_next_file(ledger, samples, tmp_path):
    add_sample_customers(ledger)
    found = import_mapping.detect(samples["erpnext"], "invoices")
    import_mapping.save_profile(ledger, "Our ERPNext", "invoices", found.settings)
    settings = import_mapping.settings_from_options(ledger, "invoices", profile="our erpnext")
    assert settings == found.settings
    result = import_file(ledger, "invoices", samples["erpnext"], settings=settings, create_customers=True)
    assert result.rows == 2


def test_a_quickbooks_desktop_report_keeps_only_its_invoices(ledger, tmp_path):
    add_sample_customers(ledger)
    path = tmp_path / "qbd-transactions.csv"
    path.write_text("Type,Date,Num,Name,Memo,Due Date,Amount,Open Balance\n"
                    "Invoice,11/26/2025,QB-80,Globex Corporation,Consulting,12/26/2025,\"2,000.00\",\"2,000.00\"\n"
                    "Payment,11/30/2025,,Globex Corporation,Thanks,,-500.00,\n"
                    "Credit Memo,12/01/2025,CM-1,Globex Corporation,,,-50.00,\n", encoding="utf-8")
    result = import_file(ledger, "invoices", path, settings=ImportSettings(preset="quickbooks-desktop"))
    assert (result.rows, result.skipped_rows) == (1, 2)
    inv = ledger.invoice("QB-80")
    assert (inv.amount, inv.currency, inv.due_date.isoformat(), inv.reference) == (
        200000, "USD", "2025-12-26", "Consulting")
    detected = import_mapping.detect(path, "invoices")
    assert (detected.settings.type_column, detected.settings.types) == ("Type", ("invoice",))
    import_mapping.save_profile(ledger, "qbd", "invoices", detected.settings)
    again = import_mapping.settings_from_options(ledger, "invoices", profile="qbd")
    assert again == detected.settings


def test_invoice_lines_report_each_problem_once_and_blank_currencies_repeat_the_invoice(ledger, tmp_path):
    from arledger.services.imports import ImportRejected

    add_sample_customers(ledger)
    path = tmp_path / "lines.csv"
    path.write_text("customer,number,issue_date,line_amount,tax_amount,currency\n"
                    "NOBODY,L-1,2025-11-26,100.00,19.00,EUR\n"
                    "NOBODY,L-1,2025-11-26,50.00,9.50,EUR\n"
                    "ACME,L-2,2025-11-26,10.00,1.90,EUR\n"
                    "ACME,L-2,2025-11-26,5.00,0.95,\n"
                    "ACME,L-2,2025-11-26,5.00,0.95,GBP\n", encoding="utf-8")
    settings = ImportSettings(columns={"customer": "customer", "number": "number", "issue_date": "issue_date",
                                       "line_amount": "line_amount", "tax_amount": "tax_amount",
                                       "currency": "currency"})
    with pytest.raises(ImportRejected) as err:
        import_file(ledger, "invoices", path, settings=settings)
    assert [(e.line, e.field) for e in err.value.errors] == [(2, "customer"), (3, "customer"), (6, "currency")]
