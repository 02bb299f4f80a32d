"""The collections parts of the accountant's workbook agree with the reports they come from."""

import csv
import json
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from arledger.cli import main
from arledger.domain.model import Customer, Jurisdiction
from arledger.domain.reasons import REASON_MESSAGES
from arledger.services import escalation, interest_claims, kpis, promises
from arledger.services.demo import write_demo_ledger
from arledger.services.export_collections import default_extras
from arledger.services.exports import export_workbook
from arledger.services.ledger import Ledger
from arledger.storage import evidence
from tests.services.test_exports import _recalculate_to_csv
from tests.sheets import TITLE_ROWS, sheet_table

AS_OF = date(2026, 6, 30)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xc")
    path = folder / "demo.sqlite"
    write_demo_ledger(path, customers=40, invoices=900, seed=5, today=AS_OF)
    out = folder / "books.xlsx"
    with Ledger.open(path) as led:
        extras, sheets = default_extras(led, AS_OF, date(2026, 4, 1), AS_OF)
        export_workbook(led, out, AS_OF, None, None, None, extras, more_sheets=sheets)
    return path, openpyxl.load_workbook(out)


def rows_of(ws):
    """Data rows by human header, without the Open items subtotals."""
    _head, rows = sheet_table(ws)
    return [r for r in rows if r.get("Invoice", True)]


def test_open_items_interest_matches_report_interest(book):
    path, wb = book
    with Ledger.open(path) as led:
        report = interest_claims.interest_to_json(interest_claims.interest_lines(led, AS_OF), AS_OF)
    # the open-items sheet lists open invoices; invoices paid late (still owing interest) are not among them
    want = {r["invoice"]: Decimal(r["interest_claimable"]) for r in report["rows"] if not r["settled"]}
    got = {r["Invoice"]: r["Interest"] for r in rows_of(wb["Open items"]) if r["Invoice"] in want}
    assert got and len(got) == len(want)
    for number, value in got.items():
        assert Decimal(str(value or 0)).quantize(Decimal("0.01")) == want[number], number
    ws = wb["Open items"]
    head = [c.value for c in ws[9]]
    col = head.index("Interest") + 1
    assert ws.cell(row=10, column=col).number_format.endswith(
        '"' + ws.cell(row=10, column=head.index("Currency") + 1).value + '"')


def test_limitation_date_is_a_real_date(book):
    _path, wb = book
    r = rows_of(wb["Open items"])[0]
    assert r["Limitation date"].year >= 2028


def test_contact_log_carries_the_chain(book):
    path, wb = book
    log = rows_of(wb["Contact log"])
    with Ledger.open(path) as led:
        stored = list(evidence.all_events(led.conn))
    assert [(r["seq"], r["hash"], r["prev_hash"]) for r in log] == [(e.seq, e.hash, e.prev_hash) for e in stored]


def test_promises_sheet_has_outcomes(book):
    path, wb = book
    got = {(r["customer"], r["due_date"].date(), r["status"]) for r in rows_of(wb["Promises"])}
    with Ledger.open(path) as led:
        evals, _ = promises.promise_statuses(led, AS_OF)
        codes = {c.id: c.code for c in led.customers_page(limit=1000)}
    assert got == {(codes[e.promise.customer_id], e.promise.due_date, e.status.value) for e in evals}


def test_kpi_sheet_matches_report_kpi(book):
    path, wb = book
    sheet = {(r["Measure"], r["Currency"]): r["Value"] for r in rows_of(wb["KPIs"])}
    with Ledger.open(path) as led:
        figures = kpis.period_kpis(led, date(2026, 4, 1), AS_OF)
    for k in figures:
        # real numbers, not text
        assert sheet[("DSO", k.currency)] == (None if k.dso is None else float(k.dso))
        assert sheet[("CEI", k.currency)] == (None if k.cei is None else float(k.cei))
    assert all(r["Definition"] for r in rows_of(wb["KPIs"]))



def test_contact_log_has_channel_direction_outcome_and_reason(book):
    path, wb = book
    log = [r for r in rows_of(wb["Contact log"]) if r["kind"] == "contact"]
    with Ledger.open(path) as led:
        stored = {e.seq: evidence.payload(e) for e in evidence.all_events(led.conn) if e.kind == "contact"}
    assert log and len(log) == len(stored)
    reasons = {code: str(title) for code, title in REASON_MESSAGES.items()}
    for r in log:
        p = stored[r["seq"]]
        assert (r["channel"], r["direction"], r["outcome"], r["reason"]) == (
            p["channel"], p["direction"], p.get("outcome"), reasons.get(p.get("reason")))
    assert any(r["reason"] for r in log)


def test_contact_log_in_german_names_channel_direction_outcome_and_reason_in_german(tmp_path):
    path = tmp_path / "demo.sqlite"
    write_demo_ledger(path, customers=12, invoices=200, seed=5, today=AS_OF)
    out = tmp_path / "de.xlsx"
    with Ledger.open(path) as led:
        extras, sheets = default_extras(led, AS_OF, date(2026, 4, 1), AS_OF, language="de_DE")
        export_workbook(led, out, AS_OF, None, None, None, extras, more_sheets=sheets, language="de_DE")
    wb = openpyxl.load_workbook(out)
    head, log = sheet_table(wb["Kontaktprotokoll"])
    assert head[:3] == ["seq", "recorded_at_utc", "kind"]  # the key names under the German headers
    calls = [r for r in log if r["channel"] == "Telefon"]
    assert calls and {r["kind"] for r in calls} == {"Kontakt"}
    assert {r["direction"] for r in calls} <= {"ausgehend", "eingehend"}
    assert {r["outcome"] for r in calls} & {"erreicht", "keine Antwort", "Zahlungszusage"}
    assert not {r["outcome"] for r in calls} & {"reached", "no-answer", "promise"}
    promises_ = sheet_table(wb["Zahlungszusagen"])[1]
    assert promises_ and {r["status"] for r in promises_} <= {"offen", "eingehalten", "teilweise eingehalten",
                                                             "gebrochen"}


def test_reasons_sheet_matches_report_reasons(book):
    from arledger.services import reasons

    path, wb = book
    got = [(r["Currency"], r["Reason"], r["Count"]) for r in rows_of(wb["Overdue reasons"]) if r["Section"] != "trend"]
    with Ledger.open(path) as led:
        report = reasons.reasons_report(led, date(2026, 4, 1), AS_OF)
    assert got == [(ln.currency, reasons.REASON_TITLES[ln.reason], ln.count) for ln in report.lines]
    amounts = [r["Amount"] for r in rows_of(wb["Overdue reasons"]) if r["Section"] != "trend"]
    assert [Decimal(str(a)).quantize(Decimal("0.01")) for a in amounts[:1]] == [
        Decimal(report.lines[0].amount).scaleb(-2)]


@pytest.fixture(scope="module")
def claims_book(tmp_path_factory):
    """The sample ledger plus a waived, a contract-rate, a partly paid invoice and two German invoices whose default
    (Verzug) began by a reminder and by § 286 (3); the workbook and `report interest` both by the command line."""
    folder = tmp_path_factory.mktemp("claims")
    path = folder / "demo.sqlite"
    write_demo_ledger(path, customers=12, invoices=200, seed=3, today=AS_OF)
    with Ledger.open(path) as led:
        led.add_customer(Customer(code="XWV", name="Waived Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
        led.add_invoice("XWV", "XWV-1", date(2026, 2, 1), 100_000, due_date=date(2026, 3, 1))
        interest_claims.waive_interest(led, "XWV-1", "goodwill", interest=1_000, compensation=4_000,
                                       on=date(2026, 6, 1))
        led.add_invoice("XWV", "XWV-2", date(2026, 1, 2), 200_000, due_date=date(2026, 2, 1))
        led.record_payment("XWV", date(2026, 4, 15), 50_000, invoice_number="XWV-2")
        led.add_customer(Customer(code="XCR", name="Contract Inc", currency="USD", jurisdiction=Jurisdiction.US))
        led.add_invoice("XCR", "XCR-1", date(2026, 3, 2), 300_000, due_date=date(2026, 4, 1))
        interest_claims.set_invoice_terms(led, "XCR-1", rate_bp=1_250, fee=5_000, payment_date_agreed=None,
                                          default_notice=None)
        led.add_customer(Customer(code="XVZ", name="Verzug GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                  timezone="Europe/Berlin"))
        led.add_invoice("XVZ", "XVZ-1", date(2026, 2, 1), 400_000, due_date=date(2026, 3, 2))
        led.add_invoice("XVZ", "XVZ-2", date(2026, 4, 1), 100_000, due_date=date(2026, 5, 1))
        escalation.record_letter(led, "XVZ", 1, date(2026, 3, 20), ["XVZ-1"])
    out = folder / "books.xlsx"
    assert main(["--ledger", str(path), "export", "xlsx", str(out), "--as-of", AS_OF.isoformat(),
                 "--language", "en"]) == 0
    return path, out


def test_workbook_interest_is_report_interest_per_invoice(claims_book, capsys, tmp_path):
    path, out = claims_book
    capsys.readouterr()
    assert main(["--ledger", str(path), "report", "interest", "--as-of", AS_OF.isoformat(), "--format", "json"]) == 0
    report = {r["invoice"]: r for r in json.loads(capsys.readouterr().out)["rows"]
              if not r["settled"] and not r["time_barred"]}
    special = ("XWV-1", "XWV-2", "XCR-1", "XVZ-1", "XVZ-2")
    assert Decimal(report["XWV-1"]["interest_waived"]) == Decimal("10.00")
    assert report["XCR-1"]["rule"] == "contract"
    assert "our reminder of 2026-03-20" in report["XVZ-1"]["basis"]  # in default by the reminder's receipt
    assert "BGB §286(3)" in report["XVZ-2"]["basis"]  # and 30 days after the due date
    want = {n: (Decimal(r["interest_claimable"]), Decimal(r["compensation_claimable"])) for n, r in report.items()}
    # reopened with openpyxl
    sheet = {r["Invoice"]: r for r in rows_of(openpyxl.load_workbook(out)["Open items"]) if r["Invoice"] in want}
    assert set(sheet) == set(want) and set(special) <= set(sheet)
    for number, (interest, comp) in want.items():
        got = sheet[number]
        assert Decimal(str(got["Interest"] or 0)).quantize(Decimal("0.01")) == interest, number
        assert Decimal(str(got["Compensation"] or 0)).quantize(Decimal("0.01")) == comp, number
    # and recalculated by LibreOffice
    csv_path = _recalculate_to_csv(out, tmp_path)["Open items"]
    with open(csv_path, encoding="utf-8", newline="") as fh:
        lines = list(csv.reader(fh))
    head = lines[TITLE_ROWS]
    number_col, interest_col = head.index("Invoice"), head.index("Interest")
    recalculated = {ln[number_col]: Decimal(ln[interest_col] or 0).quantize(Decimal("0.01"))
                    for ln in lines[TITLE_ROWS + 1:] if len(ln) > interest_col and ln[number_col] in want}
    assert recalculated == {n: interest for n, (interest, _comp) in want.items()}
