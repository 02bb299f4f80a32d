"""Outputs never touch the ledger: every command that writes a file refuses the ledger and what it keeps."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from arledger.domain.model import Customer, Jurisdiction
from arledger.services import letter_batch, letters
from arledger.services.exports import export_workbook
from arledger.services.ledger import Ledger
from arledger.services.output_paths import OutputRefused, why_refused
from tests.conftest import snapshot
from tests.test_cli import run

COMPANY = {"name": "Seller Ltd", "address": "1 High Street, York YO1 1AA", "email": "ar@seller.example"}


@pytest.fixture
def books(ledger: Ledger) -> Ledger:
    ledger.set_setting("company", COMPANY)
    ledger.add_customer(Customer(code="C", name="Carl Ltd", currency="GBP", jurisdiction=Jurisdiction.UK,
                                 address="2 Dock Road, Hull HU1 1AB"))
    ledger.add_invoice("C", "C-1", date(2025, 3, 1), 10_000, due_date=date(2025, 4, 1))
    return ledger


def test_what_is_refused(tmp_path: Path):
    ledger = tmp_path / "books.sqlite"
    ledger.write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert str(why_refused(ledger, ledger)) == "it is the ledger itself"
    assert "WAL" in str(why_refused(ledger, tmp_path / "books.sqlite-wal"))
    assert "SHM" in str(why_refused(ledger, tmp_path / "books.sqlite-shm"))
    assert "backup" in str(why_refused(ledger, tmp_path / "books.v2-backup-20260101T000000Z.sqlite"))
    assert "own folder" in str(why_refused(ledger, tmp_path / "books-files" / "letters" / "C" / "x.pdf"))
    link = tmp_path / "other-name.pdf"
    os.symlink(ledger, link)
    assert str(why_refused(ledger, link)) == "it is the ledger itself"
    hard = tmp_path / "hard.pdf"
    os.link(ledger, hard)
    assert str(why_refused(ledger, hard)) == "it is the ledger itself"
    other = tmp_path / "other.sqlite"
    other.write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert "database" in str(why_refused(ledger, other))
    from arledger.services import witness

    assert "witness" in str(why_refused(ledger, witness.default_folder() / witness.WITNESS_FILE))
    assert why_refused(ledger, tmp_path / "statement.pdf") is None


def test_statement_onto_the_ledger_is_refused_and_the_ledger_kept(books: Ledger, ledger_path: Path):
    books.close()
    before = snapshot(ledger_path)
    r = run("statement", "--customer", "C", "-o", ledger_path, "--ledger", ledger_path)
    assert r.returncode == 1
    assert "it is the ledger itself" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert snapshot(ledger_path) == before
    r = run("evidence", "verify", "--ledger", ledger_path)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_letter_render_onto_the_ledger_or_its_side_files_records_nothing(books: Ledger, ledger_path: Path,
                                                                         suffix: str):
    target = ledger_path.with_name(ledger_path.name + suffix)
    seq_before = books.conn.execute("SELECT count(*) FROM evidence").fetchone()[0]
    with pytest.raises(OutputRefused):
        letters.send_letter(books, "C", date(2025, 6, 1), out=target)
    assert books.conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == seq_before
    assert books.conn.execute("SELECT count(*) FROM letters").fetchone()[0] == 0


def test_cli_letters_render_onto_the_ledger_exits_1(books: Ledger, ledger_path: Path):
    books.close()
    before = snapshot(ledger_path)
    r = run("letters", "render", "--customer", "C", "--on", "2025-06-01", "-o", ledger_path, "--ledger", ledger_path)
    assert r.returncode == 1 and "it is the ledger itself" in r.stderr and "Traceback" not in r.stderr
    assert snapshot(ledger_path) == before


def test_batch_into_the_ledgers_own_folder_is_refused(books: Ledger, ledger_path: Path):
    inside = ledger_path.with_name("books-files") / "letters"
    with pytest.raises(OutputRefused, match="own folder"):
        letter_batch.batch(books, date(2025, 6, 1), inside)
    assert books.conn.execute("SELECT count(*) FROM letters").fetchone()[0] == 0


def test_workbook_and_backup_onto_the_ledger_are_refused(books: Ledger, ledger_path: Path, tmp_path: Path):
    with pytest.raises(OutputRefused):
        export_workbook(books, ledger_path, date(2025, 6, 1))
    with pytest.raises(OutputRefused):
        books.back_up(ledger_path)
    with pytest.raises(OutputRefused):
        books.back_up(ledger_path.with_name("books.sqlite-wal"))
    assert books.back_up(tmp_path / "copy.sqlite").is_file()
    assert books.counts()["invoices"] == 1


def test_preview_save_as_refuses_the_ledger(books: Ledger, ledger_path: Path, tmp_path: Path):
    from arledger.services.output_paths import save_copy

    src = tmp_path / "x.pdf"
    src.write_bytes(b"%PDF-1.4 test")
    with pytest.raises(OutputRefused):
        save_copy(ledger_path, src, ledger_path)
    assert save_copy(ledger_path, src, tmp_path / "y.pdf").read_bytes() == b"%PDF-1.4 test"
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("used for the statement:", "used for the letter:", "used for the letters:")),
    ("de_DE", ("für den Kontoauszug verwendet", "für den Brief verwendet", "für die Briefe verwendet")),
    ("zh_CN", ("不能用于对账单：", "不能用于信函：", "不能用于信函：")),
])
def test_a_refusal_names_the_output_in_the_readers_language(books: Ledger, ledger_path: Path, language: str,
                                                              words: tuple[str, str, str]):
    from arledger.render.messages import translate
    from arledger.services.statements import write_statement

    refusals = []
    for write in (lambda: write_statement(books, "C", None, date(2025, 6, 1), ledger_path),
                  lambda: letters.send_letter(books, "C", date(2025, 6, 1), out=ledger_path),
                  lambda: letter_batch.batch(books, date(2025, 6, 1), ledger_path.with_name("books-files"))):
        with pytest.raises(OutputRefused) as refused:
            write()
        refusals.append(translate(refused.value.message, language))
    for text, word in zip(refusals, words, strict=True):
        assert word in text, text
    if language != "en":
        assert not [t for t in refusals if "the statement" in t or "the letter" in t]
