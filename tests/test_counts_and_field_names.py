"""Counts grouped as the reader's language groups them, and fields named in the reader's words: a German import of
1,234 rows reads "1.234 Rechnungen", a too-long contact name is refused as "Kontaktname ist ... lang"."""

from __future__ import annotations

from datetime import date

import pytest

from arledger.cli.main import main
from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.messages import Count, message_from_data, message_to_data, msg
from arledger.domain.model import ContactPerson, Customer
from arledger.render.messages import translate
from arledger.services import promises, settings_schema
from arledger.services.ledger import Ledger
from tests.samples.vendor_exports import add_sample_customers


@pytest.fixture
def books(tmp_path):
    path = tmp_path / "books.sqlite"
    with Ledger.open(path, create=True) as led:
        add_sample_customers(led)
    return path


@pytest.mark.parametrize(("language", "said"), [("de_DE", "1.234 Rechnungen importiert"),
                                                ("zh_CN", "已导入 1,234 条"), ("en", "imported 1,234 invoices")])
def test_a_large_import_counts_its_rows_as_the_reader_groups_them(books, tmp_path, capsys, monkeypatch, language,
                                                                   said) -> None:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    path = tmp_path / "many.csv"
    rows = [f"ACME,R-{i},2025-10-12,10.00,EUR" for i in range(1234)]
    path.write_text("customer,number,issue_date,amount,currency\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert main(["--ledger", str(books), "import", "invoices", str(path)]) == 0
    out = capsys.readouterr().out
    assert said in out, out
    with Ledger.open(books) as led:
        assert led.counts()["invoices"] == 1234


def test_a_count_is_grouped_a_plain_number_is_not_and_a_stored_count_stays_a_count() -> None:
    message = msg("test.count", "{count} rows in {year}, event {event}", count=Count(12345), year=2025, event=10001)
    assert str(message) == "12,345 rows in 2025, event 10001"
    assert message_from_data(message_to_data(message)) == message
    assert message_to_data(message)["params"]["count"] == {"type": "count", "value": 12345}  # type: ignore[index]
    too_long = fields.check_text
    with pytest.raises(UserError) as refused:
        too_long("x" * 23456, "notes", "summary")
    assert translate(refused.value.message, "de_DE") == ("Notizen ist 23.456 Zeichen lang; höchstens 20.000 sind "
                                                          "erlaubt.")
    assert "23,456 个字符" in translate(refused.value.message, "zh_CN")


@pytest.mark.parametrize(("language", "field"), [("de_DE", "Kontaktname ist"), ("zh_CN", "联系人姓名 长")])
def test_a_too_long_contact_name_is_refused_naming_the_field_in_the_readers_words(books, language, field) -> None:
    with Ledger.open(books) as led, pytest.raises(UserError) as refused:
        led.add_customer(Customer(code="LONG", name="Long Ltd", currency="EUR", contacts=(ContactPerson("x" * 500),)))
    said = translate(refused.value.message, language)
    assert said.startswith(field) and "contact" not in said, said
    with Ledger.open(books) as led:
        assert led.counts()["customers"] == 3


@pytest.mark.parametrize(("language", "field"), [("de_DE", "Datum der Rate 01.01.2300"),
                                                 ("zh_CN", "分期日期 2300-01-01")])
def test_a_bad_schedule_date_is_refused_naming_the_field_in_the_readers_words(books, language, field) -> None:
    with Ledger.open(books) as led, pytest.raises(UserError) as refused:
        promises.add_plan(led, "ACME", [(date(2300, 1, 1), 500)])
    said = translate(refused.value.message, language)
    assert field in said and "schedule" not in said, said


@pytest.mark.parametrize(("language", "words"), [("de_DE", ("escalation_policy Stufe 2 name ist 81 Zeichen",
                                                            "der Bankverbindung")),
                                                 ("zh_CN", ("escalation_policy 第 2 级的 name 长 81 个字符",
                                                            "company bank 的 iban"))])
def test_settings_name_a_level_and_a_bank_field_in_the_readers_words(language, words) -> None:
    levels = [{"level": 1, "name": "a"}, {"level": 2, "name": "x" * 81}]
    level = settings_schema.problem("escalation_policy", {"levels": levels})
    bank = settings_schema.problem("company", {"bank": {"iban": "x" * 101}})
    assert level is not None and bank is not None
    assert words[0] in translate(level, language) and "level" not in translate(level, language).replace(
        "escalation_policy", "")
    assert words[1] in translate(bank, language)


def test_an_export_names_its_sheets_and_counts_their_rows_in_the_readers_language(books, tmp_path, capsys,
                                                                                     monkeypatch) -> None:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "de_DE")
    with Ledger.open(books) as led:
        for i in range(1, 1202):
            led.add_invoice("ACME", f"R-{i}", date(2025, 10, 12), 1000)
    assert main(["--ledger", str(books), "export", "xlsx", str(tmp_path / "out.xlsx"), "--as-of", "2026-01-31"]) == 0
    said = capsys.readouterr().out
    assert "Rechnungen 1.201" in said and "31.01.2026" in said and "Invoices" not in said, said
