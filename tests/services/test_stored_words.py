"""The last sentences the ledger wrote into its own rows in English: the note of the limitation event a delivered
letter or notice records, and the reason of the write-off a paid settlement makes. Both are kept as their messages
and read in the reader's language (timeline, evidence list, handover pack, invoice view, workbook, statement); a
note or reason someone typed stays as typed; a file from before gets the message of each sentence of exactly that
shape (its append-only evidence events keep their English)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from arledger.cli.main import main
from arledger.domain.model import Customer, Jurisdiction, Language
from arledger.render.excel import ExportCancelled
from arledger.render.messages import translate
from arledger.services import (
    bank_import,
    dispatch,
    evidence_log,
    exports,
    handover,
    invoice_story,
    letters,
    limitations,
    notices,
    promises,
    settlements,
    statements,
)
from arledger.services.customer_record import timeline_page
from arledger.services.evidence_view import describe
from arledger.services.ledger import Ledger
from arledger.storage import evidence, migrations
from arledger.storage.evidence_records import record_problems
from arledger.storage.migrations import latest_version, schema_version
from arledger.storage.rows import stored_text
from tests.samples.bank_statements import CAMT053, bank_ledger

ON = date(2025, 6, 1)
LANGUAGES = ("de_DE", "zh_CN")
COMPANY = {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol"}


def _lake(path: Path, language: Language = Language.EN) -> Ledger:
    led = Ledger.open(path, create=True)
    led.set_setting("company", COMPANY)
    led.add_customer(Customer(code="LAKE", name="Lakeside Marine Co.", currency="CNY", jurisdiction=Jurisdiction.CN,
                              language=language, timezone="Asia/Shanghai"))
    led.add_invoice("LAKE", "L-1", date(2025, 3, 1), 1_250_000, due_date=date(2025, 4, 1))
    return led


def _deliver_letter(led: Ledger) -> tuple[int, int, int]:
    """A letter to LAKE posted and delivered; (letter id, its evidence event, the delivery's event)."""
    lid = letters.send_letter(led, "LAKE", ON, level=1).letter_id
    assert lid is not None
    dispatch.record_post(led, lid, "registered", tracking="RR123456789CN", on=date(2025, 6, 2))
    delivered = dispatch.record_delivery(led, lid, date(2025, 6, 5), note="signed by reception")
    assert delivered.restarts_limitation
    record = led.conn.execute("SELECT evidence_seq FROM letters WHERE id = ?", (lid,)).fetchone()[0]
    return lid, record, delivered.evidence_seq


def _limitation_event(led: Ledger) -> evidence.EvidenceRow:
    [event] = [e for e in evidence.all_events(led.conn) if e.kind == "demand_delivered"]
    return event


LETTER_NOTE = {"de_DE": "Schreiben {lid} (Nachweisereignis {record}) zugestellt; Ereignis {seq}",
               "zh_CN": "信函 {lid}（证据事件 {record}）已送达；事件 {seq}"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_delivered_letters_limitation_note_reads_in_the_readers_language(tmp_path: Path, language: str,
                                                                           monkeypatch: pytest.MonkeyPatch,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "l.sqlite"
    with _lake(path) as led:
        lid, record, seq = _deliver_letter(led)
        english = f"letter {lid} (evidence event {record}) delivered; event {seq}"
        note, stored = led.conn.execute("SELECT note, note_message FROM limitation_events").fetchone()
        assert note == english  # the record keeps the English its event has
        assert json.loads(stored)["code"] == "limitation.note.letter_delivered"
        said = LETTER_NOTE[language].format(lid=lid, record=record, seq=seq)
        event = _limitation_event(led)
        assert evidence.payload(event)["note"] == english
        shown = translate(describe(event.kind, evidence.payload(event)), language)
        assert said in shown and "delivered" not in shown
        rows, _ = timeline_page(led, "LAKE")
        [row] = [r for r in rows if r.kind == "demand_delivered"]
        assert said in translate(row.summary, language)
        assert evidence_log.verify_evidence(led).first_bad_seq is None
        assert record_problems(led.conn) == []
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    capsys.readouterr()
    assert main(["--ledger", str(path), "evidence", "list", "--customer", "LAKE"]) == 0
    out = capsys.readouterr().out
    assert said in out and "delivered; event" not in out


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_delivered_notices_limitation_note_reads_in_the_readers_language(tmp_path: Path, language: str) -> None:
    with _lake(tmp_path / "l.sqlite") as led:
        plan_id, _ = promises.add_plan(led, "LAKE", [(date(2025, 6, 30), 500_000), (date(2025, 7, 31), 750_000)],
                                       invoices=["L-1"], made_by="Li Wei", channel="meeting",
                                       agreed_on=date(2025, 6, 2))
        nid = notices.send_repayment_agreement(led, plan_id, on=date(2025, 6, 3)).notice_id
        notices.record_notice_post(led, nid, "registered", tracking="RR123456789CN", on=date(2025, 6, 3))
        seq = notices.record_notice_delivery(led, nid, date(2025, 6, 6)).evidence_seq
        event = _limitation_event(led)
        assert evidence.payload(event)["note_message"]["code"] == "limitation.note.notice_delivered"
        shown = translate(describe(event.kind, evidence.payload(event)), language)
        assert f"{seq}" in shown and "delivered" not in shown and "notice" not in shown
        assert ("Schreiben" if language == "de_DE" else "通知") in shown
        assert record_problems(led.conn) == []


def test_a_typed_limitation_note_stays_as_typed(tmp_path: Path) -> None:
    with _lake(tmp_path / "l.sqlite") as led:
        limitations.record_limitation_event(led, "LAKE", "acknowledgment", date(2025, 6, 3), note="Anruf von Li Wei")
        assert led.conn.execute("SELECT note, note_message FROM limitation_events").fetchone() == (
            "Anruf von Li Wei", None)
        [event] = [e for e in evidence.all_events(led.conn) if e.kind == "acknowledgment"]
        assert "note_message" not in evidence.payload(event)
        assert "Anruf von Li Wei" in translate(describe(event.kind, evidence.payload(event)), "zh_CN")


def test_the_handover_pack_names_the_delivery_and_the_restart_in_chinese(tmp_path: Path) -> None:
    with _lake(tmp_path / "l.sqlite", Language.ZH) as led:
        lid, record, seq = _deliver_letter(led)
        pack = handover.build_handover(led, "LAKE", tmp_path / "out", to="lawyer", on=date(2025, 6, 10))
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(pack.pdf).pages)
    assert f"信函{lid}（证据事件{record}）已送达；事件{seq}" in text
    assert "催告已送达，2025-06-05" in text  # restarted by, in the Limitation section
    for english in ("delivered;event", "demand_delivered", "limitationperiod"):
        assert english not in text, english


# -- a paid settlement's write-off ----------------------------------------------------------------------
WRITE_OFF = {"de_DE": "Vergleichsangebot ACME-S1: Nachlass vereinbart und bis 30.06.2025 bezahlt",
             "zh_CN": "和解方案 ACME-S1：已约定减免并于 2025-06-30 前付清"}
ENGLISH_WRITE_OFF = "Settlement offer ACME-S1: discount agreed and paid by 2025-06-30"


def _settled(path: Path, language: Language = Language.EN) -> Ledger:
    led = Ledger.open(path, create=True)
    led.set_setting("company", COMPANY)
    led.add_customer(Customer(code="ACME", name="Acme GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                              language=language, payment_date_agreed=True))
    led.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    settlements.make_offer(led, "ACME", date(2025, 6, 30), discount=50_000, waive_interest=True,
                           waive_compensation=True, invoices=["A-1"], on=ON)
    led.record_payment("ACME", date(2025, 6, 20), 450_000, invoice_number="A-1")
    settlements.review(led, date(2025, 6, 25))
    return led


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_settlements_write_off_reason_reads_in_the_readers_language(tmp_path: Path, language: str) -> None:
    with _settled(tmp_path / "l.sqlite") as led:
        reason, stored = led.conn.execute("SELECT reason, reason_message FROM write_offs").fetchone()
        assert reason == ENGLISH_WRITE_OFF  # the English, as before, so the record matches its event
        assert json.loads(stored)["code"] == "write_off.reason.settlement_paid"
        [line] = [s for s in invoice_story.invoice_story(led, "A-1").settlements if s.kind == "write_off"]
        assert translate(line.note, language) == WRITE_OFF[language]
        [event] = [e for e in evidence.all_events(led.conn) if e.kind == "write_off"]
        shown = translate(describe(event.kind, evidence.payload(event)), language)
        assert WRITE_OFF[language] in shown and "Settlement" not in shown
        assert evidence_log.verify_evidence(led).first_bad_seq is None
        assert record_problems(led.conn) == []
        out = tmp_path / "book.xlsx"
        exports.export_workbook(led, out, date(2025, 6, 30), language=language)
    cells = [str(c) for ws in openpyxl.load_workbook(out, read_only=True).worksheets
             for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert WRITE_OFF[language] in cells and not [c for c in cells if "discount agreed" in c]


@pytest.mark.parametrize(("language", "expected"), [(Language.DE, WRITE_OFF["de_DE"]),
                                                    (Language.ZH, WRITE_OFF["zh_CN"])])
def test_the_statement_names_the_write_off_in_the_customers_language(tmp_path: Path, language: Language,
                                                                      expected: str) -> None:
    with _settled(tmp_path / "l.sqlite", language) as led:
        doc = statements.build_statement(led, "ACME", None, date(2025, 6, 30))
    [row] = [r for r in doc.rows if r.kind == "write_off"]
    assert row.note == expected


def test_a_typed_write_off_reason_stays_as_typed(tmp_path: Path) -> None:
    with _settled(tmp_path / "l.sqlite") as led:
        led.add_invoice("ACME", "A-2", date(2025, 3, 3), 10_000, due_date=date(2025, 4, 2))
        led.write_off("A-2", date(2025, 6, 26), "  Settlement offer ACME-S1: discount agreed and paid by phone ")
        assert led.conn.execute("SELECT reason, reason_message FROM write_offs ORDER BY id DESC").fetchone() == (
            "Settlement offer ACME-S1: discount agreed and paid by phone", None)
        [line] = invoice_story.invoice_story(led, "A-2").settlements
        assert translate(line.note, "de_DE") == "Settlement offer ACME-S1: discount agreed and paid by phone"


# -- a file from before ---------------------------------------------------------------------------------
def test_a_file_from_before_gets_the_message_of_each_known_sentence(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite"
    before = migrations.MIGRATIONS.index(migrations.m022_delivery_notes_and_write_off_reasons_as_messages)
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        with _lake(path) as led:
            led.add_invoice("LAKE", "L-2", date(2025, 3, 1), 100_000, due_date=date(2025, 4, 1))
            seq = led.conn.execute("SELECT max(seq) FROM evidence").fetchone()[0]
            cid = led.customer("LAKE").id
            with led.database.atomic() as conn:
                for note in ("letter 3 (evidence event 40) delivered; event 57",
                             "notice 2 (evidence event 41) delivered; event 58",
                             "letter 3 delivered, said Li Wei"):
                    conn.execute("INSERT INTO limitation_events (customer_id, on_date, kind, note, evidence_seq)"
                                 " VALUES (?, '2025-06-05', 'demand_delivered', ?, ?)", (cid, note, seq))
                for number, reason in (("L-1", "Settlement offer LAKE-S7: discount agreed and paid by 2025-06-30"),
                                       ("L-2", "Settlement offer LAKE-S7: discount agreed by phone")):
                    conn.execute("INSERT INTO write_offs (invoice_id, date, amount, reason, created_at)"
                                 " SELECT id, '2025-06-25', 100, ?, '2025-06-25T00:00:00+00:00' FROM invoices"
                                 " WHERE number = ?", (reason, number))
            assert schema_version(led.database) == before
    with Ledger.open(path) as led:
        assert schema_version(led.database) == latest_version()
        notes = led.conn.execute("SELECT note, note_message FROM limitation_events ORDER BY id").fetchall()
        reasons = led.conn.execute("SELECT reason, reason_message FROM write_offs ORDER BY id").fetchall()
    (letter, letter_said), (notice, notice_said), (typed, typed_said) = notes
    assert translate(stored_text(letter, letter_said), "de_DE") == (
        "Schreiben 3 (Nachweisereignis 40) zugestellt; Ereignis 57")
    assert translate(stored_text(notice, notice_said), "zh_CN") == "通知 2（证据事件 41）已送达；事件 58"
    assert str(stored_text(letter, letter_said)) == letter and str(stored_text(notice, notice_said)) == notice
    assert (typed, typed_said) == ("letter 3 delivered, said Li Wei", None)
    (known, known_said), (other, other_said) = reasons
    assert translate(stored_text(known, known_said), "de_DE") == (
        "Vergleichsangebot LAKE-S7: Nachlass vereinbart und bis 30.06.2025 bezahlt")
    assert str(stored_text(known, known_said)) == known
    assert (other, other_said) == ("Settlement offer LAKE-S7: discount agreed by phone", None)
    with sqlite3.connect(path) as raw:
        stored = raw.execute("SELECT reason_message FROM write_offs WHERE reason LIKE '%2025-06-30'").fetchone()[0]
    assert json.loads(stored)["params"] == {"offer": "LAKE-S7", "deadline": {"type": "date", "value": "2025-06-30"}}


def test_a_cancelled_export_says_so_in_the_readers_language(tmp_path: Path) -> None:
    with _settled(tmp_path / "l.sqlite") as led, pytest.raises(ExportCancelled) as caught:
        exports.export_workbook(led, tmp_path / "book.xlsx", date(2025, 6, 30), cancel=lambda: True)
    assert caught.value.message.code == "export.cancelled"
    assert translate(caught.value.message, "de_DE") == "Der Export wurde abgebrochen; es wurde keine Datei geschrieben."
    assert not (tmp_path / "book.xlsx").exists()


# -- payment methods ------------------------------------------------------------------------------------
METHOD = {"de_DE": "Überweisung", "zh_CN": "银行转账"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bank_statements_payments_are_bank_transfers_in_the_readers_language(ledger: Ledger, tmp_path: Path,
                                                                               language: str) -> None:
    books = bank_ledger(ledger)
    statement = tmp_path / "camt053.xml"
    statement.write_text(CAMT053, encoding="utf-8")
    review = bank_import.review_statement(books, statement)
    assert bank_import.apply_review(books, review, bank_import.decisions_from(review)).payments > 0
    methods = {m for (m,) in books.conn.execute("SELECT method FROM payments")}
    assert methods == {"bank_transfer"}  # the code, in the record and in its event
    assert record_problems(books.conn) == []
    number = books.conn.execute("SELECT i.number FROM allocations a JOIN invoices i ON i.id = a.invoice_id"
                                " WHERE a.kind = 'payment' LIMIT 1").fetchone()[0]
    [line] = [s for s in invoice_story.invoice_story(books, number).settlements if s.kind == "payment"]
    assert translate(line.method, language) == METHOD[language]
    out = tmp_path / "book.xlsx"
    exports.export_workbook(books, out, date(2026, 2, 28), language=language)
    cells = [str(c) for ws in openpyxl.load_workbook(out, read_only=True).worksheets
             for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert METHOD[language] in cells and not [c for c in cells if "bank transfer" in c or "bank_transfer" in c]


@pytest.mark.parametrize(("language", "expected"), [(Language.DE, METHOD["de_DE"]), (Language.ZH, METHOD["zh_CN"])])
def test_the_statement_names_the_payment_method_in_the_customers_language(tmp_path: Path, language: Language,
                                                                          expected: str) -> None:
    with _settled(tmp_path / "l.sqlite", language) as led:
        led.add_invoice("ACME", "A-2", date(2025, 3, 3), 10_000, due_date=date(2025, 4, 2))
        led.record_payment("ACME", date(2025, 6, 21), 1_000, invoice_number="A-2", method="bank transfer")
        led.record_payment("ACME", date(2025, 6, 22), 1_000, invoice_number="A-2", method="Scheck")
        led.record_payment("ACME", date(2025, 6, 23), 1_000, invoice_number="A-2", method="Wechsel von Oma")
        assert [m for (m,) in led.conn.execute("SELECT method FROM payments ORDER BY id")] == [
            "", "bank_transfer", "cheque", "Wechsel von Oma"]  # what the product offers by code, typed as typed
        assert record_problems(led.conn) == []
        doc = statements.build_statement(led, "ACME", None, date(2025, 6, 30))
    notes = [r.note for r in doc.rows if r.kind == "payment"]
    assert notes == ["", expected, "Scheck" if language is Language.DE else "支票", "Wechsel von Oma"]


def test_payments_stored_as_words_before_methods_had_codes_read_in_the_readers_language(tmp_path: Path) -> None:
    """Rows the bank import and the payment dialog wrote before: their words stay (the records and their
    append-only events agree on them) and read as the method they name."""
    with _settled(tmp_path / "l.sqlite", Language.DE) as led:
        cid = led.customer("ACME").id
        with led.database.atomic() as conn:
            for method in ("bank transfer", "银行转账", "cash", "per Bote"):
                conn.execute("INSERT INTO payments (customer_id, date, amount, currency, method, reference,"
                             " created_at) VALUES (?, '2025-06-21', 100, 'EUR', ?, '', '2025-06-21')", (cid, method))
        doc = statements.build_statement(led, "ACME", None, date(2025, 6, 30))
    notes = [r.note for r in doc.rows if r.kind == "payment"][1:]
    assert notes == ["Überweisung", "Überweisung", "bar", "per Bote"]
