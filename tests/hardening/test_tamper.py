"""The tamper suite: each kind of edit someone with the file could make, triggers dropped (and put back, so the
trigger check alone cannot be what finds it), and `evidence verify` exits 1 naming what was done."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from arledger.cli.main import main
from arledger.domain.evidence import GENESIS, canonical, link_hash
from arledger.domain.model import Channel, Customer, Direction, DisputeReason, Jurisdiction
from arledger.services import (
    contacts,
    disputes,
    evidence_log,
    interest_claims,
    letters,
    limitations,
    policy,
    promises,
    witness,
)
from arledger.services.ledger import Ledger

ON = date(2025, 6, 10)
COMPANY = {"name": "Seller Ltd", "address": "1 High Street, York YO1 1AA", "email": "ar@seller.example"}


def build(path: Path, tmp: Path) -> None:
    """One of every kind of record, a formal letter that prints the chain head, and a witnessed head."""
    with Ledger.open(path, create=True) as led:
        led.set_setting("company", COMPANY)
        led.add_customer(Customer(code="C", name="Carl Ltd", currency="GBP", jurisdiction=Jurisdiction.UK,
                                  address="2 Dock Road, Hull HU1 1AB", timezone="UTC"))
        led.add_invoice("C", "C-1", date(2025, 2, 1), 100_000, due_date=date(2025, 3, 1))
        led.add_invoice("C", "C-2", date(2025, 2, 5), 50_000, due_date=date(2025, 3, 5))
        led.add_invoice("C", "C-3", date(2025, 2, 6), 20_000, due_date=date(2025, 3, 6))
        led.record_payment("C", date(2025, 3, 10), 10_000, invoice_number="C-1", reference="BACS 1")
        led.add_credit_note("C", "CN-1", date(2025, 3, 11), 5_000, invoice_number="C-2", reason="discount")
        led.write_off("C-3", date(2025, 3, 12), "agreed", amount=1_000)
        contacts.log_contact(led, "C", Channel.PHONE, Direction.OUT, "Promised to pay next week",
                                at=datetime(2025, 3, 20, 10, tzinfo=UTC))
        promises.add_promise(led, "C", 20_000, date(2025, 3, 28), promised_on=date(2025, 3, 20))
        promises.add_plan(led, "C", [(date(2025, 4, 30), 10_000), (date(2025, 5, 30), 10_000)],
                             agreed_on=date(2025, 4, 1), note="two parts")
        disputes.open_dispute(led, "C-2", DisputeReason.PRICE, note="price", on=date(2025, 4, 2))
        disputes.resolve_dispute(led, "C-2", "price confirmed", on=date(2025, 4, 9))
        limitations.record_limitation_event(led, "C", "acknowledgment", date(2025, 4, 10), note="signed")
        doc = tmp / "contract.pdf"
        doc.write_bytes(b"%PDF-1.4 the contract")
        evidence_log.add_attachment(led, "C", doc, "contract")
        led.set_setting("letters.allow_first_formal", True)  # a first letter may be a formal demand
        letters.send_letter(led, "C", ON, level=3, appendix=True)
        interest_claims.waive_interest(led, "C-1", "goodwill", compensation=1_000, on=ON)
        contacts.log_contact(led, "C", Channel.EMAIL, Direction.OUT, "Sent the formal demand",
                                at=datetime(2025, 6, 10, 11, tzinfo=UTC))


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("pristine")
    build(tmp / "books.sqlite", tmp)
    return tmp


@pytest.fixture
def books(pristine: Path, tmp_path: Path) -> Path:
    """A fresh copy (file and its folder) at the same path as the witnessed original, its witness lines kept."""
    path = pristine / "books.sqlite"
    backup = tmp_path / "orig"
    shutil.copytree(pristine, backup)
    yield path
    shutil.rmtree(pristine)
    shutil.copytree(backup, pristine)


def verify(path: Path, capsys) -> tuple[int, str]:
    code = main(["evidence", "verify", "--ledger", str(path)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out + out.err


def edit(path: Path, *sql: str, keep_triggers_dropped: bool = False, then=None) -> None:
    """Drop the append-only triggers, change the file, and (unless told) put the triggers back."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evidence'"
                            ).fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for s in sql:
        conn.execute(s)
    if then is not None:
        then(conn)
    if not keep_triggers_dropped:
        for _name, trigger_sql in triggers:
            conn.execute(trigger_sql)
    conn.commit()
    conn.close()


def rehash_from(conn: sqlite3.Connection, first: int) -> None:
    """Recompute every hash from event `first` on, as a careful forger would."""
    rows = conn.execute("SELECT seq, at, kind, actor, customer_id, payload, recorded_at FROM evidence "
                        "WHERE seq >= ? ORDER BY seq", (first,)).fetchall()
    prev = conn.execute("SELECT hash FROM evidence WHERE seq = ?", (first - 1,)).fetchone()
    prev = prev[0] if prev else GENESIS
    for seq, at, kind, actor, cid, payload, recorded in rows:
        digest = link_hash(prev, canonical(seq, at, kind, actor, cid, json.loads(payload), recorded))
        conn.execute("UPDATE evidence SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest


def seq_of(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_the_untouched_ledger_verifies_with_its_anchors(books, capsys):
    code, text = verify(books, capsys)
    assert code == 0, text
    assert "chain heads seen outside the file" in text


def test_dropped_triggers(books, capsys):
    edit(books, keep_triggers_dropped=True)
    code, text = verify(books, capsys)
    assert code == 1 and "append-only triggers" in text and "evidence_no_update" in text


def test_an_edited_event(books, capsys):
    edit(books, "UPDATE evidence SET payload = replace(payload, 'next week', 'next year') WHERE kind = 'contact'")
    code, text = verify(books, capsys)
    assert code == 1 and "broken at event" in text and "altered after it was recorded" in text


def test_a_rewrite_with_every_later_hash_recomputed(books, capsys):
    first = seq_of(books, "SELECT min(seq) FROM evidence WHERE kind = 'contact'")

    def forge(conn):
        conn.execute("UPDATE evidence SET payload = replace(payload, 'next week', 'next year') WHERE seq = ?",
                     (first,))
        conn.execute("UPDATE contacts SET summary = 'Promised to pay next year' WHERE evidence_seq = ?", (first,))
        rehash_from(conn, first)

    edit(books, then=forge)
    code, text = verify(books, capsys)
    assert code == 1 and "the log was rewritten" in text
    assert "broken at event" not in text  # every link holds: only the heads kept outside the file show it


def test_a_rewrite_found_by_the_head_printed_in_an_archived_letter(books, capsys):
    for folder in [witness.default_folder()]:
        (folder / witness.WITNESS_FILE).rename(folder / "hidden.jsonl")
    try:
        first = seq_of(books, "SELECT min(seq) FROM evidence WHERE kind = 'contact'")

        def forge(conn):
            conn.execute("UPDATE evidence SET actor = 'someone else' WHERE seq = ?", (first,))
            rehash_from(conn, first)

        edit(books, then=forge)
        code, text = verify(books, capsys)
        assert code == 1 and "the log was rewritten" in text and "letters" in text  # the archived letter saw it
    finally:
        (witness.default_folder() / "hidden.jsonl").rename(witness.default_folder() / witness.WITNESS_FILE)


def test_a_truncated_tail(books, capsys):
    last = seq_of(books, "SELECT max(seq) FROM evidence")
    edit(books, f"DELETE FROM contacts WHERE evidence_seq = {last}", f"DELETE FROM evidence WHERE seq = {last}")
    code, text = verify(books, capsys)
    assert code == 1 and "the log was truncated" in text and f"now ends at event {last - 1}" in text


def test_a_wiped_log(books, capsys):
    edit(books, "DELETE FROM evidence")
    code, text = verify(books, capsys)
    assert code == 1 and "the log was truncated" in text and "now ends at event 0" in text


def test_a_forged_event_backdated_at_the_end(books, capsys):
    def forge(conn):
        seq, prev = conn.execute("SELECT seq, hash FROM evidence ORDER BY seq DESC LIMIT 1").fetchone()
        at = recorded = "2025-03-01T09:00:00+00:00"
        payload = {"customer": "C", "summary": "Customer admitted the debt", "channel": "phone"}
        digest = link_hash(prev, canonical(seq + 1, at, "acknowledgment", "x", 1, payload, recorded))
        conn.execute("INSERT INTO evidence (seq, at, kind, actor, customer_id, payload, prev_hash, hash, recorded_at)"
                     " VALUES (?, ?, 'acknowledgment', 'x', 1, ?, ?, ?, ?)",
                     (seq + 1, at, json.dumps(payload), prev, digest, recorded))
        conn.execute("INSERT INTO limitation_events (customer_id, on_date, kind, note, evidence_seq)"
                     " VALUES (1, '2025-03-01', 'acknowledgment', '', ?)", (seq + 1,))

    edit(books, then=forge)
    code, text = verify(books, capsys)
    assert code == 1 and "before the event ahead of it" in text and "inserted later" in text


def test_a_forged_event_slipped_into_the_middle(books, capsys):
    def forge(conn):
        middle = conn.execute("SELECT min(seq) FROM evidence WHERE kind = 'contact'").fetchone()[0]
        rows = conn.execute("SELECT seq FROM evidence WHERE seq >= ? ORDER BY seq DESC", (middle,)).fetchall()
        for (s,) in rows:
            conn.execute("UPDATE evidence SET seq = seq + 1 WHERE seq = ?", (s,))
        for table in ("contacts", "promises", "plans", "disputes", "letters", "attachments", "limitation_events",
                      "payments", "write_offs", "credit_notes", "invoices"):
            conn.execute(f"UPDATE {table} SET evidence_seq = evidence_seq + 1 WHERE evidence_seq >= ?", (middle,))
        conn.execute("UPDATE disputes SET resolved_seq = resolved_seq + 1 WHERE resolved_seq >= ?", (middle,))
        before = conn.execute("SELECT at, recorded_at FROM evidence WHERE seq = ?", (middle - 1,)).fetchone()
        conn.execute("INSERT INTO evidence (seq, at, kind, actor, customer_id, payload, prev_hash, hash, recorded_at)"
                     " VALUES (?, ?, 'note', 'x', 1, '{}', '', ?, ?)", (middle, before[0], "f" * 64, before[1]))
        rehash_from(conn, middle)

    edit(books, then=forge)
    code, text = verify(books, capsys)
    assert code == 1 and "the log was rewritten" in text


@pytest.mark.parametrize("what", ["letter", "attachment"])
def test_a_swapped_file_with_its_hash_column_updated(books, capsys, what):
    import hashlib

    with Ledger.open(books) as led:
        base = policy.side_dir(led, "")
        table, column = ("letters", "path") if what == "letter" else ("attachments", "stored_path")
        stored = led.conn.execute(f"SELECT {column} FROM {table}").fetchone()[0]
    target = base / stored
    forged = b"%PDF-1.4 a different document"
    target.write_bytes(forged)
    edit(books, f"UPDATE {table} SET sha256 = '{hashlib.sha256(forged).hexdigest()}'")
    code, text = verify(books, capsys)
    assert code == 1
    assert f"the file of {what}" in text and "does not match the SHA-256 in its evidence event" in text
    assert f"{what} 1 differs from its evidence event" in text and "sha256" in text


@pytest.mark.parametrize(("sql", "named"), [
    ("UPDATE payments SET amount = 1", "payment 1 differs from its evidence event"),
    ("UPDATE payments SET date = '2025-01-01'", "payment 1 differs from its evidence event"),
    ("UPDATE invoices SET amount = 200000 WHERE number = 'C-1'", "invoices recorded by evidence event"),
    ("UPDATE invoices SET due_date = '2026-12-31' WHERE number = 'C-2'", "invoices recorded by evidence event"),
    ("UPDATE credit_notes SET reason = 'other'", "credit note 1 differs from its evidence event"),
    ("UPDATE write_offs SET amount = 2", "write-off 1 differs from its evidence event"),
    ("UPDATE contacts SET summary = 'Refused to pay' WHERE id = 1", "contact 1 differs from its evidence event"),
    ("UPDATE contacts SET at = '2024-01-01T00:00:00+00:00' WHERE id = 1", "contact 1 differs"),
    ("UPDATE promises SET due_date = '2025-12-31' WHERE id = 1", "promise 1 differs from its evidence event"),
    ("UPDATE promises SET amount = 1 WHERE id = 2", "promise 2 differs from instalment 1"),
    ("UPDATE plans SET note = 'one part'", "plan 1 differs from its evidence event"),
    ("UPDATE disputes SET reason = 'quality'", "dispute 1 differs from its evidence event"),
    ("UPDATE disputes SET resolution = 'waived'", "dispute 1 differs from its resolution event"),
    ("UPDATE letters SET level = 1", "letter 1 differs from its evidence event"),
    ("UPDATE limitation_events SET on_date = '2025-06-01'", "limitation event 1 differs from its evidence event"),
    ("UPDATE limitation_events SET kind = 'suit'", "limitation event 1 says 'suit'"),
    ("UPDATE contacts SET customer_id = 99", "contact 1 belongs to another customer"),
    ("UPDATE interest_waivers SET reason = 'ordered by the court'", "interest waiver 1 differs from its evidence"),
])
def test_an_edited_record(books, capsys, sql, named):
    edit(books, "PRAGMA foreign_keys = OFF", sql)
    code, text = verify(books, capsys)
    assert code == 1 and named in text, text


@pytest.mark.parametrize(("sql", "named"), [
    ("DELETE FROM contact_invoices; DELETE FROM contacts WHERE id = 1", "recorded a contact that is no longer"),
    ("DELETE FROM allocations WHERE payment_id = 1; DELETE FROM payments", "recorded a payment that is no longer"),
    ("DELETE FROM letter_invoices; DELETE FROM letters", "recorded a letter that is no longer"),
    ("DELETE FROM promise_invoices; DELETE FROM promises WHERE plan_id IS NULL", "recorded a promise that is no"),
    ("INSERT INTO invoices (customer_id, number, issue_date, due_date, amount, currency, created_at)"
     " VALUES (1, 'X-9', '2025-01-01', '2025-02-01', 999, 'GBP', 'x')", "1 row of invoices (first id 4) is in no"),
    ("INSERT INTO payments (customer_id, date, amount, currency, created_at)"
     " VALUES (1, '2025-01-01', 999, 'GBP', 'x')", "1 row of payments (first id 2) is in no evidence event"),
])
def test_a_removed_or_smuggled_record(books, capsys, sql, named):
    edit(books, "PRAGMA foreign_keys = OFF", *sql.split("; "))
    code, text = verify(books, capsys)
    assert code == 1 and named in text, text


def test_anchor_prints_the_head_and_adds_it_to_the_witness_file(books, capsys):
    before = (witness.default_folder() / witness.WITNESS_FILE).read_text().count("\n")
    assert main(["evidence", "anchor", "--ledger", str(books)]) == 0
    out = capsys.readouterr().out
    seq = seq_of(books, "SELECT max(seq) FROM evidence")
    head = seq_of(books, "SELECT hash FROM evidence ORDER BY seq DESC LIMIT 1")
    assert f"event {seq}, {head}" in out
    assert (witness.default_folder() / witness.WITNESS_FILE).read_text().count("\n") == before + 1
