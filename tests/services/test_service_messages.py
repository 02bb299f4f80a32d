"""What the services refuse is said in the reader's language: messages rendered from the catalogs, nested parts
(an import problem's line and column, a reversal's kind of entry) and counted ones included."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from arledger.cli.main import main
from arledger.domain.errors import UserError
from arledger.domain.model import Channel, Customer, CustomerKind, Direction, Jurisdiction
from arledger.render.messages import translate
from arledger.services import contacts, disputes, promises, reversals
from arledger.services.import_rows import ImportRejected
from arledger.services.imports import import_file
from arledger.services.ledger import Ledger
from tests.conftest import snapshot

BAD_INVOICES = ("customer,number,issue_date,amount\n"
                "NOPE,A-1,2025-01-01,10\n"
                "ACME,A-2,2025-01-01,-5\n"
                "ACME,A-3,soon,10\n")


def test_a_ledger_refusal_reads_in_chinese_and_german(ledger: Ledger, acme: Customer) -> None:
    with pytest.raises(UserError) as err:
        ledger.record_payment("ACME", date(2025, 3, 1), 0)
    assert str(err.value) == "A payment must be for more than zero."
    assert err.value.message.code == "ledger.payment_zero"
    assert translate(err.value.message, "zh_CN") == "付款金额必须大于零。"
    assert translate(err.value.message, "de_DE") == "Eine Zahlung muss über mehr als null lauten."


def test_a_parameter_that_is_a_message_is_translated_too(ledger: Ledger, acme: Customer) -> None:
    with pytest.raises(UserError) as err:
        reversals.reverse_payment(ledger, 999, date(2025, 3, 1), "entered twice")
    assert str(err.value) == "There is no payment 999."
    assert translate(err.value.message, "de_DE") == "Es gibt keine Zahlung 999."
    assert translate(err.value.message, "zh_CN") == "没有收款 999。"  # the entry kind as the ledger names it


def test_an_unknown_customer_reads_in_german(ledger: Ledger) -> None:
    with pytest.raises(UserError) as err:
        ledger.customer("NOBODY")
    assert translate(err.value.message, "de") == "Es gibt keinen Kunden mit der Nummer 'NOBODY'."


def test_import_problems_name_line_and_column_in_the_readers_language(ledger: Ledger, acme: Customer,
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "inv.csv"
    path.write_text(BAD_INVOICES, encoding="utf-8")
    before = snapshot(ledger.path)
    with pytest.raises(ImportRejected) as err:
        import_file(ledger, "invoices", path)
    assert snapshot(ledger.path) == before
    english = [str(line) for line in err.value.lines()]
    german = [translate(line, "de_DE") for line in err.value.lines()]
    chinese = [translate(line, "zh_CN") for line in err.value.lines()]
    assert english[0] == ("inv.csv line 2, column 'customer': there is no customer with code or name 'NOPE' "
                          "(use --create-customers to add the unknown ones).")
    assert german[0] == ("inv.csv Zeile 2, Spalte 'customer': es gibt keinen Kunden mit der Nummer oder dem Namen "
                         "'NOPE' (mit --create-customers werden unbekannte angelegt).")
    assert chinese[0].startswith("inv.csv 第 2 行，“customer”列：没有编号或名称为“NOPE”的客户")
    assert german[-1] == "inv.csv wurde nicht importiert; das Debitorenbuch ist unverändert."
    assert chinese[-1] == "inv.csv 未导入；台账未更改。"
    assert not any(line in english for line in german + chinese)


@pytest.mark.parametrize(("rows", "german_tail"), [
    (BAD_INVOICES, "(2 weitere Probleme in inv.csv; es wurde nichts importiert.)"),
    (BAD_INVOICES.rsplit("\n", 2)[0] + "\n", "(1 weiteres Problem in inv.csv; es wurde nichts importiert.)"),
])
def test_the_count_of_further_problems_takes_the_german_plural(ledger: Ledger, acme: Customer, tmp_path: Path,
                                                               rows: str, german_tail: str) -> None:
    path = tmp_path / "inv.csv"
    path.write_text(rows, encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        import_file(ledger, "invoices", path)
    assert translate(err.value.message, "de_DE").endswith(german_tail)
    assert translate(err.value.message, "zh_CN").endswith("；未导入任何内容。）")


def test_the_cli_prints_import_problems_in_german(ledger: Ledger, acme: Customer, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "inv.csv"
    path.write_text(BAD_INVOICES, encoding="utf-8")
    ledger.close()
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "de_DE")
    assert main(["--ledger", str(ledger.path), "import", "invoices", str(path)]) == 1
    err = capsys.readouterr().err
    assert "inv.csv Zeile 3, Spalte 'amount': '-5' ist negativ; Beträge müssen null oder mehr sein." in err
    assert err.rstrip().endswith("inv.csv wurde nicht importiert; das Debitorenbuch ist unverändert.")


def test_the_cli_says_a_service_refusal_in_chinese(ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    ledger.close()
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "zh_CN.UTF-8")
    assert main(["--ledger", str(ledger.path), "settings", "set", "backups.keep", "9999"]) == 1
    assert capsys.readouterr().err.strip() == ("arledger: backups.keep 必须在 0 到 365 之间；实际为 9,999；"
                                               "该设置保持不变。")


def test_refund_refusals_read_in_german_and_chinese(ledger: Ledger, acme: Customer) -> None:
    from arledger.services import entries

    ledger.record_payment("ACME", date(2025, 5, 1), 10000)
    rid = ledger.refund("ACME", date(2025, 5, 5), 6000, reason="overpaid")
    before = snapshot(ledger.path)
    refusals = {}
    for ref, on in (("x", date(2025, 5, 10)), (999, date(2025, 5, 10)), (rid, date(2025, 5, 4))):
        with pytest.raises(UserError) as err:
            reversals.reverse_refund(ledger, ref, on, "returned by the bank")
        refusals[ref] = err.value.message
    assert snapshot(ledger.path) == before
    assert translate(refusals["x"], "de_DE") == ("'x' ist keine Nummer einer Erstattung; geben Sie die ID aus dem "
                                                 "Verlauf des Kunden an.")
    assert translate(refusals[999], "de_DE") == "Es gibt keine Erstattung 999."
    assert translate(refusals[rid], "de_DE") == (f"Die Erstattung {rid} wurde am 2025-05-05 gebucht; sie kann nicht "
                                                 "vor diesem Tag storniert werden.")
    assert translate(refusals[rid], "zh_CN") == f"退款 {rid} 记录于 2025-05-05；不能在该日之前冲销。"
    reversals.reverse_refund(ledger, rid, date(2025, 5, 10), "returned by the bank")
    with pytest.raises(UserError) as err:
        reversals.reverse_refund(ledger, rid, date(2025, 5, 11), "again")
    assert translate(err.value.message, "de_DE") == f"Die Erstattung {rid} wurde bereits am 2025-05-10 storniert."
    # the summary shown before a refund or its reversal refuses in the same words
    with pytest.raises(UserError) as err:
        entries.reversal_summary(ledger, "refund", "999", date(2025, 5, 12))
    assert translate(err.value.message, "de_DE") == "Es gibt keine Erstattung 999."
    with pytest.raises(UserError) as err:
        entries.refund_summary(ledger, "ACME", 0, "EUR", date(2025, 5, 12))
    assert err.value.message.code == "ledger.refund_zero"
    with pytest.raises(UserError) as err:
        entries.refund_summary(ledger, "ACME", 20000, "EUR", date(2025, 5, 12))
    assert err.value.message.code == "ledger.refund_over_credit"
    assert "100.00 EUR" in translate(err.value.message, "de_DE").replace(",", ".")


def test_promise_dispute_and_contact_refusals_read_in_german_and_chinese(ledger: Ledger, acme: Customer) -> None:
    ledger.add_customer(Customer(code="EMMA", name="Emma Clarke", kind=CustomerKind.INDIVIDUAL, currency="GBP",
                                 jurisdiction=Jurisdiction.UK, timezone="Europe/London"))
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 100000)
    before = snapshot(ledger.path)
    with pytest.raises(UserError) as promise:
        promises.add_promise(ledger, "ACME", 5000, date(2025, 3, 1), promised_on=date(2025, 3, 5))
    with pytest.raises(UserError) as dispute:
        disputes.resolve_dispute(ledger, "A-1", "Credit note agreed", on=date(2025, 3, 5))
    with pytest.raises(UserError) as contact:
        contacts.log_contact(ledger, "ACME", Channel.PHONE, Direction.OUT, "  ")
    with pytest.raises(contacts.GuardRefused) as guarded:
        contacts.log_contact(ledger, "EMMA", Channel.PHONE, Direction.OUT, "Chasing",
                             at=datetime(2025, 3, 3, 21, 30, tzinfo=UTC))
    assert snapshot(ledger.path) == before
    assert str(promise.value) == ("The promised date 2025-03-01 is before the day the promise was made "
                                  "(2025-03-05).")
    assert translate(promise.value.message, "de_DE") == ("Das zugesagte Datum 2025-03-01 liegt vor dem Tag, an dem "
                                                         "die Zahlungszusage gegeben wurde (2025-03-05).")
    assert translate(promise.value.message, "zh_CN") == "承诺付款日期 2025-03-01 早于作出承诺的日期（2025-03-05）。"
    assert dispute.value.message.code == "dispute.none_open"
    assert translate(dispute.value.message, "de_DE") == "Zu Rechnung A-1 gibt es keinen offenen Streitfall."
    assert translate(dispute.value.message, "zh_CN") == "发票 A-1 没有未解决的争议。"
    assert translate(contact.value.message, "de_DE") == ("Ein Kontakt braucht eine Zusammenfassung dessen, was "
                                                         "gesagt oder gesendet wurde.")
    assert translate(contact.value.message, "zh_CN") == "联系记录需要写明所说或所发的内容摘要。"
    rule = guarded.value.violations[0].message  # the guard's own sentence, a message too
    assert str(guarded.value) == f"{rule} Nothing was logged; give an override reason to record it anyway."
    assert translate(guarded.value.message, "de_DE") == (
        "Außerhalb der Kontaktzeiten: 21:30 in Europe/London; Anrufe sind ab 08:00 erlaubt (2025-03-04 08:00 UTC). "
        "Es wurde nichts erfasst; geben Sie einen Grund für die Ausnahme an, um den Kontakt trotzdem zu erfassen.")
    assert translate(guarded.value.message, "zh_CN") == (
        "不在联系时段内：Europe/London 当地时间 21:30；打电话自 08:00 起允许（2025-03-04 08:00 UTC）。"
        "未记录任何内容；如仍要记录，请填写例外理由。")
