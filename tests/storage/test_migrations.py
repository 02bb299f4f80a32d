import sqlite3
from datetime import date
from pathlib import Path

import pytest

from arledger.domain.errors import UserError
from arledger.domain.messages import message_from_data
from arledger.domain.model import Customer
from arledger.services import interest_claims
from arledger.services.ledger import Ledger
from arledger.storage import migrations
from arledger.storage.db import LedgerFileError, connect
from arledger.storage.migrations import latest_version, migrate, schema_version


def test_new_file_gets_latest_schema_with_wal_and_foreign_keys(ledger_path):
    with Ledger.open(ledger_path, create=True) as led:
        assert schema_version(led.database) == latest_version()
        assert led.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert led.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert led.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert led.backup_taken is None  # nothing to back up in a new file


def test_reopen_keeps_data_and_takes_no_backup(ledger_path, tmp_path):
    from datetime import date

    from arledger.domain.model import Customer

    with Ledger.open(ledger_path, create=True) as led:
        led.add_customer(Customer(code="A1", name="Alpha"))
        led.add_invoice("A1", "INV-1", date(2025, 1, 1), 1000)
    with Ledger.open(ledger_path) as led:
        assert led.backup_taken is None
        assert led.invoice("INV-1").amount == 1000
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []


FIXTURES = Path(__file__).parent / "fixtures"


def test_a_schema_1_file_is_upgraded_after_a_backup(tmp_path):
    """ledger-v1.sqlite was saved by schema 1 (the ledger core alone) with two invoices and a payment."""
    import shutil
    from datetime import date

    from arledger.services.reports import aging

    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "ledger-v1.sqlite", path)
    with Ledger.open(path) as led:
        assert led.backup_taken is not None and led.backup_taken.exists()
        assert schema_version(led.database) == latest_version()
        assert "evidence" in led.database.db.table_names()
        # the data came through: A-1 paid, 300.00 of A-2 open
        report = aging(led, date(2025, 6, 1))
        assert [(r.customer_code, r.total) for r in report.rows] == [("ACME", 30000)]
        # before the payment of 1 March both were wholly open: the backfilled first settlement date says so
        report = aging(led, date(2025, 2, 15))
        assert [(r.customer_code, r.total) for r in report.rows] == [("ACME", 150000)]
        # and the upgraded file works for new records
        led.add_invoice("ACME", "A-3", date(2025, 6, 1), 700)
    with sqlite3.connect(led.backup_taken) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT count(*) FROM invoices").fetchone()[0] == 2


def test_a_failing_step_leaves_the_file_at_its_old_version(ledger_path, monkeypatch):
    with Ledger.open(ledger_path, create=True):
        pass

    def broken(db):
        migrations.run_script(db, "CREATE TABLE half (id INTEGER);\nTHIS IS NOT SQL;")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(UserError, match="could not be upgraded"):
        Ledger.open(ledger_path)
    with sqlite3.connect(ledger_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS) - 1
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0


def test_newer_schema_is_refused(ledger_path):
    with Ledger.open(ledger_path, create=True):
        pass
    with sqlite3.connect(ledger_path) as raw:
        raw.execute(f"PRAGMA user_version = {latest_version() + 5}")
    with pytest.raises(LedgerFileError, match="newer arledger"):
        Ledger.open(ledger_path)


def test_foreign_sqlite_file_and_junk_are_refused(tmp_path: Path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE t (x)")
    with pytest.raises(LedgerFileError, match="not an arledger ledger"):
        Ledger.open(other)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LedgerFileError, match="not a ledger file"):
        Ledger.open(junk)
    with pytest.raises(LedgerFileError, match="no ledger file"):
        Ledger.open(tmp_path / "missing.sqlite")


def test_migrate_on_empty_file_from_scratch(tmp_path):
    db = connect(tmp_path / "x.sqlite", create=True)
    assert schema_version(db) == 0
    assert migrate(db) is None
    assert {"customers", "invoices", "payments", "allocations"} <= set(db.db.table_names())
    db.close()


def test_create_new_refuses_existing_file(ledger_path):
    ledger_path.write_text("x")
    with pytest.raises(UserError, match="already exists"):
        Ledger.create_new(ledger_path)


def test_a_schema_3_file_gains_sole_traders_contract_terms_and_waivers(ledger_path, monkeypatch):
    """A file saved by schema 3 (before interest terms) keeps its customers and contacts, and its CHECKs now take
    'sole_trader' and negotiation events while still refusing anything else."""
    from datetime import date

    from arledger.domain.model import ContactPerson

    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        with Ledger.open(ledger_path, create=True) as led:
            assert schema_version(led.database) == 3
    with sqlite3.connect(ledger_path) as raw:  # rows as schema 3 wrote them
        raw.execute("INSERT INTO customers (code, name, created_at) VALUES ('A1', 'Alpha', '2025-01-01T00:00:00Z')")
        raw.execute("INSERT INTO contact_people (customer_id, name, role) VALUES (1, 'Ann', 'AP')")
    with Ledger.open(ledger_path) as led:
        led.add_invoice("A1", "I-1", date(2025, 1, 1), 1000)
        assert schema_version(led.database) == latest_version()
        assert led.customer("A1").contacts == (ContactPerson("Ann", "AP"),)
        conn = led.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("UPDATE customers SET kind = 'sole_trader' WHERE code = 'A1'")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE customers SET kind = 'partnership' WHERE code = 'A1'")
        from arledger.services.limitations import record_limitation_event

        seq = record_limitation_event(led, "A1", "negotiation_start", date(2025, 3, 1))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO limitation_events (customer_id, on_date, kind, evidence_seq)"
                         " VALUES (1, '2025-03-01', 'gossip', ?)", (seq,))
        assert led.invoice("I-1").contract_rate_bp is None
        assert conn.execute("SELECT count(*) FROM interest_waivers").fetchone()[0] == 0


def test_a_schema_6_file_takes_german_customers(ledger_path, monkeypatch):
    """A file saved by schema 6 keeps its customers and now accepts 'de' as a customer's language, nothing else."""
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:6])
        with Ledger.open(ledger_path, create=True) as led:
            assert schema_version(led.database) == 6
    with sqlite3.connect(ledger_path) as raw:
        raw.execute("INSERT INTO customers (code, name, created_at) VALUES ('B1', 'Bauer', '2025-01-01T00:00:00Z')")
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute("UPDATE customers SET language = 'de' WHERE code = 'B1'")
    with Ledger.open(ledger_path) as led:
        assert schema_version(led.database) == latest_version()
        conn = led.conn
        conn.execute("UPDATE customers SET language = 'de' WHERE code = 'B1'")
        assert led.customer("B1").language == "de"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE customers SET language = 'fr' WHERE code = 'B1'")


def test_a_file_saved_before_invoice_receipts_keeps_its_invoices_without_one(ledger_path, monkeypatch):
    """A file of the schema before m016 keeps its invoices (receipt not recorded) and can then record one."""
    before = migrations.MIGRATIONS.index(migrations.m016_invoice_receipt)
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        with Ledger.open(ledger_path, create=True) as led:
            led.add_customer(Customer(code="B1", name="Bauer GmbH", currency="EUR"))
            with led.database.atomic() as conn:
                conn.execute("INSERT INTO invoices (customer_id, number, issue_date, due_date, amount, currency,"
                             " reference, created_at) SELECT id, 'R-1', '2025-03-03', '2025-04-02', 500000, 'EUR', '',"
                             " '2025-03-03T00:00:00Z' FROM customers")
            assert schema_version(led.database) == before
    with Ledger.open(ledger_path) as led:
        assert schema_version(led.database) == latest_version()
        assert led.invoice("R-1").received_on is None
        interest_claims.set_invoice_received(led, "R-1", date(2025, 4, 20))
        assert led.invoice("R-1").received_on == date(2025, 4, 20)
        assert led.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_schema_15_file_keeps_its_risk_reasons_and_task_notes_as_messages(tmp_path):
    """A file saved by schema 15 (made by that version's `demo`, `promise add`, `queue` and `risk refresh`, plus a
    reason and a task note written by hand) stored risk reasons and broken-promise notes as English sentences.
    After the upgrade each known sentence is a message that reads the same in English and in the reader's language;
    an unknown one is shown as it was written."""
    import gzip
    import json
    from datetime import date

    from arledger.render.messages import translate
    from arledger.services import cases, kpis, queue

    path = tmp_path / "old.sqlite"
    path.write_bytes(gzip.decompress((FIXTURES / "ledger-v15-english-sentences.sqlite.gz").read_bytes()))
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 15
        before = {cid: json.loads(r) for cid, r in raw.execute("SELECT customer_id, reasons FROM risk_assessments")}
        notes_before = dict(raw.execute("SELECT source, note FROM tasks"))
    with Ledger.open(path) as led:
        assert schema_version(led.database) == latest_version()
        for code, cid in (("C00002", 2), ("C00004", 4), ("C00006", 6)):
            reasons = kpis.stored_risk(led, code).reasons
            assert [str(r) for r in reasons] == [
                s.replace("1 broken promise(s)", "1 broken promise") for s in before[cid]]
        broken = kpis.stored_risk(led, "C00002").reasons
        assert [r.code for r in broken] == ["risk.reason.days_late", "risk.reason.broken_promises"]
        assert [translate(r, "de_DE") for r in broken] == [
            "Zahlt im Durchschnitt 156,9 Tage zu spät (hoch: ab 30).",  # a decimal as German writes it
            "1 gebrochene Zahlungszusage (Beobachtung: ab 1)."]
        assert translate(broken[0], "zh_CN") == "平均逾期 156.9 天付款（高：自 30 起）。"
        credit = kpis.stored_risk(led, "C00004").reasons[1]
        assert credit.code == "risk.reason.credit_use" and "120 %" in translate(credit, "de_DE")
        by_hand = kpis.stored_risk(led, "C00006").reasons[2]
        assert (by_hand.code, translate(by_hand, "de_DE")) == ("", "Reviewed by hand: keep on watch.")

        tasks = {t.source: t.note for t in led_tasks(led)}
        assert {s: str(n) for s, n in tasks.items()} == {  # the same figures, now amounts written the English way
            **notes_before, "promise:3:broken": "Broken: Nothing of GBP 100.00 paid by 2026-11-13.",
            "promise:4:broken": "Partly kept: Only EUR 400.00 of EUR 1000.00 paid by 2026-11-15."}
        assert tasks["promise:3:broken"].code == "queue.promise_broken"
        assert translate(tasks["promise:3:broken"], "de_DE") == \
            "Gebrochen: Bis 13.11.2026 wurde nichts von 100,00 GBP bezahlt."
        assert translate(tasks["promise:4:broken"], "zh_CN").startswith("部分兑现：")
        assert (tasks[""].code, translate(tasks[""], "zh_CN")) == ("", "Ring back after the audit.")
        titles = {t.detail.get("task_id"): t.title for t in queue.work_queue(led, date(2026, 11, 26),
                                                                              create_tasks=False)}
        assert translate(titles[3], "de_DE") == "Ring back after the audit."

        [own] = cases.case_summary(led, "C00004").history
        assert (own.note.code, translate(own.note, "zh_CN")) == ("", "Owner asked to be called on Mondays.")
        [handed] = cases.case_summary(led, "C00006").history
        assert handed.note.code == "case.note.handed_over"
        assert str(handed.note) == "Handed over to a collection agency with pack C00006-handover-2026-11-26.pdf " \
            "(event 26)."
        assert translate(handed.note, "de_DE") == "An ein Inkassounternehmen übergeben mit Paket " \
            "C00006-handover-2026-11-26.pdf (Ereignis 26)."
        with pytest.raises(sqlite3.IntegrityError, match="never edited"):  # the history stays append-only
            led.conn.execute("UPDATE case_stages SET note = '' WHERE customer_id = 6")


def led_tasks(led):
    from datetime import date

    from arledger.storage import collections as rows

    return rows.open_tasks(led.conn, date(2026, 11, 26))


def test_a_schema_19_file_reads_its_promise_task_figures_as_the_reader_writes_them(tmp_path, monkeypatch):
    """A file at the schema before m020 stored a broken promise's amounts and deadline in its follow-up task as
    English text ("1000.00 EUR", "2026-11-15"): the schema 15 file upgraded that far, plus a task as that schema's
    queue wrote it and one whose figure is no amount. Opened now, the figures are values: German writes
    "1.000,00 EUR" and "15.11.2026", Chinese "EUR 1,000.00"; the figure that is no amount stays as stored."""
    import gzip
    import json

    from arledger.render.messages import translate

    path = tmp_path / "v19.sqlite"
    path.write_bytes(gzip.decompress((FIXTURES / "ledger-v15-english-sentences.sqlite.gz").read_bytes()))
    before = migrations.MIGRATIONS.index(migrations.m021_promise_figures_as_values)
    written_by_19 = {"code": "queue.promise_broken", "default": "Broken: {reason}", "params": {"reason": {
        "code": "promises.broken", "default": "Nothing of {promised} paid by {deadline}.",
        "params": {"promised": "549368.43 CNY", "deadline": "2026-10-02"}}}}
    not_an_amount = {"code": "queue.promise_broken", "default": "Broken: {reason}", "params": {"reason": {
        "code": "promises.broken", "default": "Nothing of {promised} paid by {deadline}.",
        "params": {"promised": "the balance", "deadline": "2026-10-03"}}}}
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        with Ledger.open(path) as led:
            assert schema_version(led.database) == before
            with led.database.atomic() as conn:
                for n, data in ((5, written_by_19), (6, not_an_amount)):
                    conn.execute("INSERT INTO tasks (customer_id, due_on, kind, note, source, note_message) VALUES"
                                 " (3, '2026-10-04', 'broken-promise', ?, ?, ?)",
                                 (str(message_from_data(data)), f"promise:{n}:broken", json.dumps(data)))
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == before
        stored = raw.execute("SELECT note_message FROM tasks WHERE source = 'promise:4:broken'").fetchone()[0]
        assert '"1000.00 EUR"' in stored  # the previous schema's text, so the test can fail
    with Ledger.open(path) as led:
        assert schema_version(led.database) == latest_version()
        tasks = {t.source: t.note for t in led_tasks(led)}
    assert translate(tasks["promise:4:broken"], "de_DE") == \
        "Teilweise eingehalten: Nur 400,00 EUR von 1.000,00 EUR bis 15.11.2026 bezahlt."
    assert translate(tasks["promise:5:broken"], "de_DE") == \
        "Gebrochen: Bis 02.10.2026 wurde nichts von 549.368,43 CNY bezahlt."
    assert "人民币549,368.43元" in translate(tasks["promise:5:broken"], "zh_CN")
    assert "EUR 1,000.00" in translate(tasks["promise:4:broken"], "zh_CN")
    # the figure that is no amount is shown as stored; its date, a date, as the reader writes it
    assert translate(tasks["promise:6:broken"], "de_DE") == \
        "Gebrochen: Bis 03.10.2026 wurde nichts von the balance bezahlt."
    assert tasks["promise:6:broken"].params["reason"].params["promised"] == "the balance"
