"""German default (BGB §286) from the ledger: when the debtor is in default decides `report interest`, the letter's
interest and the sentence that names the basis of default, in German and in English. EUR 5,000.00 due 2 April 2025,
letters as of ON = 1 June 2025; Basiszinssatz 2.27%, so 7.27% for a consumer, 11.27% for a business. Figures worked
by hand: 5,000 x rate x days / 365, rounded half-up to the cent."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from arledger.cli import main
from arledger.domain.model import Customer, CustomerKind, Jurisdiction, Language
from arledger.render.letters import render_letter
from arledger.services import dispatch, escalation, letters
from arledger.services.ledger import Ledger
from arledger.storage import evidence
from tests.conftest import snapshot
from tests.services.test_german_letters import german, pdf_text
from tests.services.test_letters import COMPANY

ON = date(2025, 6, 1)


def _customer(ledger: Ledger, code: str, *, kind: CustomerKind = CustomerKind.INDIVIDUAL,
              language: Language = Language.DE, reminded_on: date | None = None) -> int | None:
    """A de-pack customer without an agreed payment date, EUR 5,000.00 due 2 April 2025, and a level-1 letter
    on ``reminded_on`` if given (its id returned)."""
    ledger.set_setting("company", COMPANY)
    ledger.add_customer(Customer(code=code, name=f"{code} Kunde", kind=kind, currency="EUR", country="DE",
                                 jurisdiction=Jurisdiction.DE, language=language, timezone="Europe/Berlin",
                                 address="Musterstraße 5, 50667 Köln"))
    ledger.add_invoice(code, f"{code}-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    if reminded_on is None:
        return None
    return escalation.record_letter(ledger, code, 1, reminded_on, [f"{code}-1"]).id


def _report(ledger: Ledger, code: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["report", "interest", "--ledger", str(ledger.path), "--as-of", ON.isoformat(), "--customer", code,
                 "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["rows"]
    return row


def _letter_text(ledger: Ledger, code: str) -> tuple[str, int, int]:
    """The level-2 letter's text, its interest and compensation totals (minor units)."""
    doc = letters.build_letter(ledger, code, ON)
    assert doc.level == 2
    (total,) = doc.totals
    return pdf_text(render_letter(doc)), total.interest, total.compensation


def test_a_consumer_not_reminded_owes_no_interest(ledger, capsys):
    _customer(ledger, "NOR")
    row = _report(ledger, "NOR", capsys)
    assert (row["interest"], row["days"], row["periods"]) == ("0.00", 0, [])
    assert "not in default" in row["basis"]


def test_a_reminded_consumer_owes_interest_from_the_day_after_its_receipt(ledger, capsys):
    """Reminder of 10 April, no dispatch recorded: taken as posted, received 13 April; interest 14 April .. 1 June
    = 49 days: 5,000 x 7.27% x 49 / 365 = 48.7986 -> 48.80. The letter says so, and equals the report."""
    _customer(ledger, "REM", reminded_on=date(2025, 4, 10))
    row = _report(ledger, "REM", capsys)
    assert (row["interest"], row["days"], row["periods"][0]["from"]) == ("48.80", 49, "2025-04-14")
    text, interest, compensation = _letter_text(ledger, "REM")
    assert (interest, compensation) == (4880, 0)
    for needle in ("Sie befinden sich seit Zugang unserer Mahnung vom 10. April 2025 am 13. April 2025 in Verzug; "
                   "sie gilt 3 Tage nach ihrem Datum als zugegangen (§ 286 Abs. 1 BGB).",
                   "5 Prozentpunkten über dem Basiszinssatz (§ 288 Abs. 1 BGB)",
                   german(row["interest"]), "14.04.2025"):
        assert needle in text, needle
    for wrong in ("§ 286 Abs. 2", "§ 286 Abs. 3", "§ 288 Abs. 5", "03.04.2025"):
        assert wrong not in text, wrong


def test_a_recorded_delivery_is_the_receipt(ledger, capsys):
    """Posted 10 April, delivered 15 April: interest 16 April .. 1 June = 47 days: 363.50 x 47 / 365 = 46.81."""
    _customer(ledger, "DEL")
    letter_id = letters.send_letter(ledger, "DEL", date(2025, 4, 10)).letter_id  # the level-1 reminder, archived
    dispatch.record_post(ledger, letter_id, "registered", tracking="RR123456785DE", on=date(2025, 4, 10))
    dispatch.record_delivery(ledger, letter_id, date(2025, 4, 15))
    row = _report(ledger, "DEL", capsys)
    assert (row["interest"], row["days"]) == ("46.81", 47)
    text, interest, _comp = _letter_text(ledger, "DEL")
    assert interest == 4681
    assert ("seit Zugang unserer Mahnung vom 10. April 2025 am 15. April 2025 in Verzug; an diesem Tag wurde sie Ihnen "
            "zugestellt (§ 286 Abs. 1 BGB)") in text


def test_an_agreed_payment_date_runs_from_the_day_after_due(ledger, capsys, tmp_path: Path):
    """`invoice set-contract --payment-date-agreed yes`: 3 April .. 1 June = 60 days: 363.50 x 60 / 365 = 59.75."""
    _customer(ledger, "AGR", reminded_on=date(2025, 4, 10))
    ledger.close()
    assert main(["invoice", "set-contract", "--ledger", str(ledger.path), "--invoice", "AGR-1",
                 "--payment-date-agreed", "yes"]) == 0
    assert "payment date agreed yes" in capsys.readouterr().out
    with Ledger.open(ledger.path) as reopened:
        assert reopened.invoice("AGR-1").payment_date_agreed is True
        row = _report(reopened, "AGR", capsys)
        assert (row["interest"], row["days"]) == ("59.75", 60)
        text, interest, _comp = _letter_text(reopened, "AGR")
    assert interest == 5975
    assert "seit Ablauf des vereinbarten Zahlungstermins ohne Mahnung in Verzug (§ 286 Abs. 2 Nr. 1 BGB)" in text
    assert "§ 286 Abs. 1" not in text and "§ 286 Abs. 3" not in text


def test_a_business_is_in_default_30_days_after_due(ledger, capsys):
    """Reminder of 10 May received 13 May, after the 30 days: default from 3 May (§286(3)); 3 May .. 1 June = 30
    days: 5,000 x 11.27% x 30 / 365 = 46.3151 -> 46.32, plus EUR 40 (§288(5))."""
    _customer(ledger, "BIZ", kind=CustomerKind.COMPANY, reminded_on=date(2025, 5, 10))
    row = _report(ledger, "BIZ", capsys)
    assert (row["interest"], row["compensation"], row["days"]) == ("46.32", "40.00", 30)
    text, interest, compensation = _letter_text(ledger, "BIZ")
    assert (interest, compensation) == (4632, 4000)
    for needle in ("Sie befinden sich seit dem 3. Mai 2025 in Verzug, weil Sie nicht innerhalb von 30 Tagen nach "
                   "Fälligkeit und Zugang der Rechnung gezahlt haben (§ 286 Abs. 3 BGB).",
                   "9 Prozentpunkten über dem Basiszinssatz (§ 288 Abs. 2 BGB)", german(row["interest"])):
        assert needle in text, needle
    assert "§ 286 Abs. 1" not in text and "§ 286 Abs. 2" not in text


def test_an_english_letter_to_a_german_consumer_names_the_reminder(ledger, capsys):
    _customer(ledger, "ENG", language=Language.EN, reminded_on=date(2025, 4, 10))
    row = _report(ledger, "ENG", capsys)
    text, interest, _comp = _letter_text(ledger, "ENG")
    assert row["interest"] == "48.80" and interest == 4880
    assert ("You have been in default since 13 April 2025, when you received our reminder of 10 April 2025, taken to "
            "reach you 3 days after its date (section 286(1) of the German Civil Code, BGB).") in text


def test_a_chinese_letter_to_a_german_business_cites_the_30_days(ledger, capsys):
    _customer(ledger, "CHN", kind=CustomerKind.COMPANY, language=Language.ZH, reminded_on=date(2025, 5, 10))
    text, interest, _comp = _letter_text(ledger, "CHN")
    assert interest == 4632
    assert "第286条第3款" in text and "第286条第1款" not in text


def test_the_import_columns_set_the_flags(ledger, tmp_path: Path, capsys):
    customers = tmp_path / "customers.csv"
    customers.write_text("code,name,kind,jurisdiction,currency,default_notice\n"
                         "IMP,Import Kunde,individual,de,EUR,yes\n", encoding="utf-8")
    invoices = tmp_path / "invoices.csv"
    invoices.write_text("customer,number,issue_date,due_date,amount,currency,payment_date_agreed\n"
                        "IMP,IMP-1,2025-03-03,2025-04-02,5000.00,EUR,\n"
                        "IMP,IMP-2,2025-03-03,2025-04-02,5000.00,EUR,yes\n", encoding="utf-8")
    ledger.close()
    for kind, path in (("customers", customers), ("invoices", invoices)):
        assert main(["import", kind, str(path), "--ledger", str(ledger.path)]) == 0, capsys.readouterr()
    capsys.readouterr()
    assert main(["report", "interest", "--ledger", str(ledger.path), "--as-of", ON.isoformat(), "--customer", "IMP",
                 "--format", "json"]) == 0
    rows = {r["invoice"]: r for r in json.loads(capsys.readouterr().out)["rows"]}
    # IMP-1: the notice on the invoice (customer default): from 3 May, 30 days, 29.88; IMP-2 agreed: 60 days, 59.75
    assert (rows["IMP-1"]["interest"], rows["IMP-2"]["interest"]) == ("29.88", "59.75")
    bad = tmp_path / "bad.csv"
    bad.write_text("customer,number,issue_date,due_date,amount,currency,default_notice\n"
                   "IMP,IMP-3,2025-03-03,2025-04-02,1.00,EUR,perhaps\n", encoding="utf-8")
    assert main(["import", "invoices", str(bad), "--ledger", str(ledger.path)]) != 0
    err = capsys.readouterr().err
    assert "default_notice" in err and "perhaps" in err


def test_customer_edit_sets_the_customers_default(ledger, capsys):
    """`customer edit --payment-date-agreed yes` moves the consumer's start from the reminder (49 days, 48.80) to
    the day after due (60 days: 363.50 x 60 / 365 = 59.75)."""
    _customer(ledger, "CED", reminded_on=date(2025, 4, 10))
    assert _report(ledger, "CED", capsys)["interest"] == "48.80"
    ledger.close()
    assert main(["customer", "edit", "--ledger", str(ledger.path), "CED", "--payment-date-agreed", "yes"]) == 0
    with Ledger.open(ledger.path) as reopened:
        assert reopened.customer("CED").payment_date_agreed is True
        assert _report(reopened, "CED", capsys)["interest"] == "59.75"
    assert main(["customer", "edit", "--ledger", str(ledger.path), "CED", "--default-notice", "perhaps"]) != 0
    assert "default_notice" in capsys.readouterr().err


def test_a_recorded_receipt_of_the_invoice_moves_the_30_days_and_the_letter_says_so(ledger, capsys, tmp_path):
    """Received 20 April, after the due date (2 April): default 30 days after the receipt, from 21 May; 21 May ..
    1 June = 12 days: 5,000 x 11.27% x 12 / 365 = 18.5260 -> 18.53, plus EUR 40 (§288(5))."""
    _customer(ledger, "RCV", kind=CustomerKind.COMPANY, language=Language.EN)
    escalation.record_letter(ledger, "RCV", 1, date(2025, 5, 25), ["RCV-1"])  # received 28 May: later, so no basis
    before = snapshot(ledger.path)
    capsys.readouterr()
    # before the invoice was issued: one sentence, nothing written
    assert main(["invoice", "set-received", "--ledger", str(ledger.path), "--invoice", "RCV-1",
                 "--on", "2025-03-01"]) == 1
    assert "before it was issued" in capsys.readouterr().err
    assert snapshot(ledger.path) == before
    assert main(["invoice", "set-received", "--ledger", str(ledger.path), "--invoice", "RCV-1",
                 "--on", "2025-04-20"]) == 0
    assert "received on 2025-04-20" in capsys.readouterr().out
    assert ledger.invoice("RCV-1").received_on == date(2025, 4, 20)
    row = _report(ledger, "RCV", capsys)
    assert (row["interest"], row["days"], row["periods"][0]["from"]) == ("18.53", 12, "2025-05-21")
    assert "30 days after our invoice was received on 2025-04-20, later than its due date" in row["basis"]
    text = " ".join(_letter_text(ledger, "RCV")[0].split())
    assert ("You have been in default since 21 May 2025, as you did not pay within 30 days of receiving the invoice "
            "on 20 April 2025, after its due date (section 286(3) of the German Civil Code, BGB).") in text
    events = [evidence.payload(e) for e in evidence.all_events(ledger.conn) if e.kind == "invoice_received"]
    assert [(e["invoice"], e["received_on"]) for e in events] == [("RCV-1", "2025-04-20")]
    # cleared: the due date stands for the receipt again (3 May .. 1 June = 30 days, 46.32)
    assert main(["invoice", "set-received", "--ledger", str(ledger.path), "--invoice", "RCV-1", "--on", "none"]) == 0
    assert _report(ledger, "RCV", capsys)["interest"] == "46.32"


def test_the_posting_delay_is_a_setting(ledger, capsys):
    """Reminder of 10 April, no dispatch recorded, taken as received 5 days after its date (15 April): 16 April ..
    1 June = 47 days: 363.50 x 47 / 365 = 46.8068 -> 46.81."""
    _customer(ledger, "SET", reminded_on=date(2025, 4, 10))
    assert _report(ledger, "SET", capsys)["interest"] == "48.80"  # the default: 3 days
    assert main(["settings", "set", "verzug.post_receipt_days", "5", "--ledger", str(ledger.path)]) == 0
    row = _report(ledger, "SET", capsys)
    assert (row["interest"], row["days"]) == ("46.81", 47)
    assert "taken as received 5 days after its date, on 2025-04-15" in row["basis"]
    capsys.readouterr()
    assert main(["settings", "set", "verzug.post_receipt_days", "-1", "--ledger", str(ledger.path)]) == 1


def test_the_receipt_goes_in_by_import_and_out_in_the_workbook(ledger, capsys, tmp_path):
    import openpyxl

    from tests.sheets import sheet_table

    _customer(ledger, "IMP", kind=CustomerKind.COMPANY)
    rows = tmp_path / "i.csv"
    rows.write_text("customer,number,issue_date,due_date,amount,received_on\n"
                    "IMP,IMP-2,2025-03-03,2025-04-02,5000,2025-04-20\nIMP,IMP-3,2025-03-03,2025-04-02,5000,\n")
    assert main(["import", "invoices", str(rows), "--ledger", str(ledger.path)]) == 0
    assert (ledger.invoice("IMP-2").received_on, ledger.invoice("IMP-3").received_on) == (date(2025, 4, 20), None)
    bad = tmp_path / "b.csv"
    bad.write_text("customer,number,issue_date,due_date,amount,received_on\n"
                   "IMP,IMP-4,2025-03-03,2025-04-02,5000,2025-03-01\n")
    before = snapshot(ledger.path)
    capsys.readouterr()
    assert main(["import", "invoices", str(bad), "--ledger", str(ledger.path)]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "received_on 2025-03-01 is before the issue date 2025-03-03" in err
    assert snapshot(ledger.path) == before
    out = tmp_path / "w.xlsx"
    assert main(["export", "xlsx", str(out), "--ledger", str(ledger.path), "--as-of", ON.isoformat(),
                 "--language", "en"]) == 0
    _head, sheet = sheet_table(openpyxl.load_workbook(out)["Invoices"])
    got = {r["number"]: r["received_on"] for r in sheet}
    assert got["IMP-2"].date() == date(2025, 4, 20) and got["IMP-3"] is None and got["IMP-1"] is None
