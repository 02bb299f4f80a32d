"""The interest-waiver reason the ledger writes itself (a settlement paid by its deadline) is stored as its message
and read in the reader's language; a reason someone typed stays as typed; a file from before the change gets the
message of each known sentence (the append-only evidence events of those old waivers keep their English)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from arledger.domain.model import Customer, Jurisdiction
from arledger.render.messages import translate
from arledger.services import evidence_log, interest_claims, settlements
from arledger.services.evidence_view import describe
from arledger.services.ledger import Ledger
from arledger.storage import collections as rows
from arledger.storage import evidence, migrations
from arledger.storage.evidence_records import record_problems
from arledger.storage.migrations import latest_version, schema_version

ON = date(2025, 6, 1)
SAID = {"de_DE": "Vergleichsangebot ACME-S1 fristgerecht bezahlt", "zh_CN": "和解方案 ACME-S1 已在期限内付清"}


def _books(path: Path) -> Ledger:
    led = Ledger.open(path, create=True)
    led.add_customer(Customer(code="ACME", name="Acme GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                              payment_date_agreed=True))
    led.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    return led


def _settle(led: Ledger) -> None:
    settlements.make_offer(led, "ACME", date(2025, 6, 30), waive_interest=True, waive_compensation=True,
                           invoices=["A-1"], on=ON)
    led.record_payment("ACME", date(2025, 6, 20), 500_000, invoice_number="A-1")
    settlements.review(led, date(2025, 6, 25))


def _waivers(led: Ledger) -> list:
    return rows.waivers_for_invoices(led.conn, [led.invoice("A-1").id])[led.invoice("A-1").id]


def _waiver_event(led: Ledger) -> dict:
    [event] = [e for e in evidence.all_events(led.conn) if e.kind == "interest_waived"]
    return evidence.payload(event)


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_a_settlements_waiver_reason_reads_in_the_readers_language(tmp_path: Path, language: str) -> None:
    with _books(tmp_path / "l.sqlite") as led:
        _settle(led)
        [waiver] = _waivers(led)
        assert waiver.reason == "Settlement offer ACME-S1 paid by its deadline"  # the English, as before
        assert waiver.reason_text().code == "interest.waiver.settlement_paid"
        assert translate(waiver.reason_text(), language) == SAID[language]
        shown = translate(describe("interest_waived", _waiver_event(led)), language)
        assert SAID[language] in shown and "Settlement offer" not in shown
        assert evidence_log.verify_evidence(led).first_bad_seq is None
        assert record_problems(led.conn) == []  # the event still matches its row


def test_a_typed_reason_stays_as_typed(tmp_path: Path) -> None:
    with _books(tmp_path / "l.sqlite") as led:
        interest_claims.waive_interest(led, "A-1", "  Kulanz nach Telefonat ", on=ON)
        [waiver] = _waivers(led)
        assert (waiver.reason, waiver.reason_message) == ("Kulanz nach Telefonat", None)
        assert translate(waiver.reason_text(), "zh_CN") == "Kulanz nach Telefonat"
        assert "reason_message" not in _waiver_event(led)


def test_a_file_from_before_gets_the_message_of_each_known_sentence(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite"
    before = migrations.MIGRATIONS.index(migrations.m019_waiver_reasons_as_messages)
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        with _books(path) as led:
            led.add_invoice("ACME", "A-2", date(2025, 3, 3), 100_000, due_date=date(2025, 4, 2))
            seq = led.conn.execute("SELECT max(seq) FROM evidence").fetchone()[0]
            with led.database.atomic() as conn:
                for number, reason in (("A-1", "Settlement offer ACME-S7 paid by its deadline"),
                                       ("A-2", "Settlement offer paid early, by phone")):
                    conn.execute("INSERT INTO interest_waivers (invoice_id, on_date, interest, compensation, reason,"
                                 " evidence_seq) SELECT id, '2025-06-25', 100, 0, ?, ? FROM invoices WHERE number = ?",
                                 (reason, seq, number))
            assert schema_version(led.database) == before
    with Ledger.open(path) as led:
        assert schema_version(led.database) == latest_version()
        ids = {n: led.invoice(n).id for n in ("A-1", "A-2")}
        found = rows.waivers_for_invoices(led.conn, ids.values())
        [known], [typed] = found[ids["A-1"]], found[ids["A-2"]]
        assert known.reason_text().code == "interest.waiver.settlement_paid"
        assert translate(known.reason_text(), "de_DE") == "Vergleichsangebot ACME-S7 fristgerecht bezahlt"
        assert str(known.reason_text()) == known.reason
        assert (typed.reason_message, translate(typed.reason_text(), "de_DE")) == (
            None, "Settlement offer paid early, by phone")
    with sqlite3.connect(path) as raw:
        stored = raw.execute("SELECT reason_message FROM interest_waivers WHERE reason LIKE '%S7%'").fetchone()[0]
        assert json.loads(stored)["params"] == {"offer": "ACME-S7"}
