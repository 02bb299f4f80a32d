"""Backup and restore: one archive with the database, letters and attachments and their SHA-256 sums; a restore
that checks everything before it writes; init; the full check; quick_check on open."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from arledger import paths
from arledger.cli.main import main as cli_main
from arledger.domain.errors import UserError
from arledger.domain.model import Channel, Direction
from arledger.services import backup, lifecycle, reports
from arledger.services.contacts import log_contact
from arledger.services.evidence_log import add_attachment
from arledger.services.imports import import_file
from arledger.services.ledger import Ledger
from arledger.services.letters import send_letter
from arledger.storage import evidence
from arledger.storage.db import LedgerDamagedError, LedgerFileError

ON = date(2025, 6, 30)


def aging_json(ledger: Ledger) -> dict:
    return reports.aging_to_json(reports.aging(ledger, ON))


def built_ledger(folder: Path) -> Path:
    """init, import customers and invoices, a letter archived and an attachment kept."""
    path = folder / "books.sqlite"
    lifecycle.init_ledger(path, company="Northwind Ltd", currency="GBP", jurisdiction="uk")
    (folder / "customers.csv").write_text("code,name,email\nACME,Acme Trading Ltd,ap@acme.test\n"
                                          "ZHU,Zhu Manufacturing,ar@zhu.test\n", encoding="utf-8")
    (folder / "invoices.csv").write_text("customer,number,issue_date,due_date,amount\n"
                                         "ACME,INV-1,2025-01-10,2025-02-09,1200.00\n"
                                         "ACME,INV-2,2025-03-01,2025-03-31,80.50\n"
                                         "ZHU,INV-3,2025-05-01,2025-05-31,5000.00\n", encoding="utf-8")
    (folder / "contract.txt").write_text("Terms: 30 days net.\n", encoding="utf-8")
    with Ledger.open(path) as ledger:
        import_file(ledger, "customers", folder / "customers.csv")
        import_file(ledger, "invoices", folder / "invoices.csv")
        send_letter(ledger, "ACME", ON)
        add_attachment(ledger, "ACME", folder / "contract.txt", "contract")
    return path


def test_init_refuses_to_overwrite_and_sets_the_defaults(tmp_path):
    path = tmp_path / "new.sqlite"
    r = lifecycle.init_ledger(path, company="Acme Ltd", currency="gbp", jurisdiction="UK")
    assert (r.currency, r.jurisdiction) == ("GBP", "uk")
    with Ledger.open(path) as ledger:
        assert ledger.setting("company") == {"name": "Acme Ltd"}
        assert ledger.setting("default_currency") == "GBP" and ledger.setting("default_jurisdiction") == "uk"
    before = path.read_bytes()
    with pytest.raises(UserError, match="already exists"):
        lifecycle.init_ledger(path)
    assert path.read_bytes() == before
    with pytest.raises(UserError, match="'zz' is not a jurisdiction"):
        lifecycle.init_ledger(tmp_path / "other.sqlite", jurisdiction="zz")
    assert not (tmp_path / "other.sqlite").exists()


def test_imported_customers_take_the_ledger_currency(tmp_path):
    path = built_ledger(tmp_path)
    with Ledger.open(path) as ledger:
        assert ledger.customer("ACME").currency == "GBP"


def test_backup_while_another_connection_writes_then_restore_gives_the_same_ledger(tmp_path):
    """The issue's acceptance test: init, import, back up while another connection writes, restore into a new
    path: the same aging, the same evidence head (as of the copy) and the same letter bytes."""
    path = built_ledger(tmp_path)
    with Ledger.open(path) as ledger:
        aging_before = aging_json(ledger)
        (letter_path,) = (paths.ledger_side_dir(path, "files") / "letters").rglob("*.pdf")
        letter_bytes = letter_path.read_bytes()

    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        with Ledger.open(path) as other:
            n = 0
            while not stop.is_set():
                n += 1
                log_contact(other, "ZHU", Channel.EMAIL, Direction.OUT, f"reminder {n}",
                            at=datetime(2025, 6, 30, 9, 0, tzinfo=UTC), override="test of concurrent writes")
                written.append(n)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 3:
            threading.Event().wait(0.01)
        with Ledger.open(path) as ledger:
            started = len(written)
            result = backup.back_up(ledger, tmp_path / "archive.zip")
        ended = len(written)
        while len(written) < ended + 3:  # the writer goes on after the copy was taken
            threading.Event().wait(0.01)
    finally:
        stop.set()
        thread.join()

    assert result.missing == () and result.files == 2
    restored = tmp_path / "restored" / "copy.sqlite"
    r = backup.restore(result.path, restored)
    assert r.evidence_head == result.evidence_head and r.events == result.events
    with Ledger.open(restored) as copy, Ledger.open(path) as original:
        assert aging_json(copy) == aging_before == aging_json(original)
        head_seq, head_hash = evidence.head(copy.conn)
        assert head_hash == result.evidence_head
        # the copy is the original as it stood at one moment: its head is an event of the original's chain
        assert evidence.by_seq(original.conn, head_seq).hash == head_hash
        assert evidence.verify(copy.conn).intact
        assert result.events >= started and evidence.head(original.conn)[0] > head_seq
    copied = paths.ledger_side_dir(restored, "files") / letter_path.relative_to(paths.ledger_side_dir(path, "files"))
    assert copied.read_bytes() == letter_bytes
    report = lifecycle.check_ledger(restored)
    assert report.sound and report.files_checked == 2


def test_the_archive_lists_every_member_with_its_sum(tmp_path):
    path = built_ledger(tmp_path)
    with Ledger.open(path) as ledger:
        result = backup.back_up(ledger, tmp_path / "a.zip")
    with zipfile.ZipFile(result.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = sorted(n for n in zf.namelist() if n != "manifest.json")
    assert sorted(m["path"] for m in manifest["members"]) == names
    assert "ledger.sqlite" in names and any(n.startswith("files/letters/") and n.endswith(".pdf") for n in names)
    assert any(n.startswith("files/attachments/") and n.endswith("contract.txt") for n in names)
    assert manifest["evidence"]["intact"] and manifest["evidence"]["events"] == result.events


def _rewrite(archive: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(target, "w") as dst:
        members = {n: src.read(n) for n in src.namelist()}
        for name, data in change(members).items():
            dst.writestr(name, data)
    return target


@pytest.fixture
def archive(tmp_path) -> Path:
    path = built_ledger(tmp_path)
    with Ledger.open(path) as ledger:
        return backup.back_up(ledger, tmp_path / "good.zip").path


def test_restore_refuses_an_altered_member(archive, tmp_path):
    def alter(members):
        name = next(n for n in members if n.endswith(".pdf"))
        members[name] = members[name].replace(b"%%EOF", b"%%EOF\n% changed")
        return members

    bad = _rewrite(archive, tmp_path / "bad.zip", alter)
    with pytest.raises(UserError, match="does not match its SHA-256"):
        backup.restore(bad, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists() and not (tmp_path / "out-files").exists()


def test_restore_refuses_a_member_the_manifest_does_not_list(archive, tmp_path):
    bad = _rewrite(archive, tmp_path / "extra.zip", lambda m: {**m, "files/letters/forged.pdf": b"%PDF-1.4"})
    with pytest.raises(UserError, match="which its manifest does not list"):
        backup.restore(bad, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()


def test_restore_refuses_a_broken_evidence_chain_even_with_matching_sums(archive, tmp_path):
    """Someone edits an event in the archived database and recomputes the manifest: the chain check catches it."""
    work = tmp_path / "work.sqlite"

    def forge(members):
        work.write_bytes(members["ledger.sqlite"])
        conn = sqlite3.connect(work)
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE evidence SET payload = replace(payload, 'contract', 'invoice') WHERE kind = 'attachment'")
        conn.commit()
        conn.close()
        members["ledger.sqlite"] = work.read_bytes()
        manifest = json.loads(members["manifest.json"])

        for m in manifest["members"]:
            m["sha256"] = hashlib.sha256(members[m["path"]]).hexdigest()
            m["size"] = len(members[m["path"]])
        members["manifest.json"] = json.dumps(manifest).encode()
        return members

    bad = _rewrite(archive, tmp_path / "forged.zip", forge)
    with pytest.raises(UserError, match=r"evidence log .* is broken at event"):
        backup.restore(bad, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()


def test_restore_never_overwrites(archive, tmp_path):
    existing = tmp_path / "there.sqlite"
    existing.write_bytes(b"precious")
    with pytest.raises(UserError, match="already exists"):
        backup.restore(archive, existing)
    assert existing.read_bytes() == b"precious"


def test_backup_refuses_to_overwrite_unless_asked(archive, tmp_path):
    with Ledger.open(tmp_path / "books.sqlite") as ledger:
        with pytest.raises(UserError, match="already exists"):
            backup.back_up(ledger, archive)
        assert backup.back_up(ledger, archive, overwrite=True).path == archive


def test_automatic_backups_one_a_day_keeping_the_last_n(tmp_path):
    path = built_ledger(tmp_path)
    with Ledger.open(path) as ledger:
        for day in range(1, 10):
            assert backup.automatic_backup(ledger, keep=3, today=f"2025-07-0{day}") is not None
        assert backup.automatic_backup(ledger, keep=3, today="2025-07-09") is None  # already taken today
    kept = sorted(p.name for p in paths.backups_dir(path).iterdir())
    assert kept == ["books-2025-07-07.zip", "books-2025-07-08.zip", "books-2025-07-09.zip"]


def test_a_damaged_ledger_is_refused_naming_the_newest_backup(tmp_path):
    path = built_ledger(tmp_path)
    with Ledger.open(path) as ledger:
        newest = backup.automatic_backup(ledger, today="2025-07-01").path
    data = bytearray(path.read_bytes())
    page = 4096
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'invoices'").fetchone()[0]
    conn.close()
    start = (root - 1) * page
    data[start:start + 8] = b"\xff" * 8  # the b-tree page header of the invoices table
    path.write_bytes(bytes(data))
    with pytest.raises(LedgerDamagedError) as caught:
        Ledger.open(path)
    message = str(caught.value)
    assert message.startswith(f"{path} is damaged (") and f"the newest backup is {newest}" in message
    assert message.count(".") >= 1 and "\n" not in message
    report = lifecycle.check_ledger(path)
    assert not report.sound and report.integrity


def test_an_empty_or_foreign_file_is_refused_not_made_a_ledger(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(LedgerFileError, match="empty file"):
        Ledger.open(empty)
    assert empty.stat().st_size == 0
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all, just some notes " * 100)
    before = text.read_bytes()
    with pytest.raises(LedgerFileError, match="not a ledger"):
        Ledger.open(text)
    assert text.read_bytes() == before


def test_the_command_line_round_trip(tmp_path, capsys):
    path = built_ledger(tmp_path)
    assert cli_main(["--ledger", str(path), "check"]) == 0
    assert "chain intact" in capsys.readouterr().out
    assert cli_main(["backup", "--ledger", str(path), "-o", str(tmp_path / "b.zip")]) == 0
    assert cli_main(["restore", str(tmp_path / "b.zip"), "--ledger", str(tmp_path / "r.sqlite")]) == 0
    assert cli_main(["restore", str(tmp_path / "b.zip"), "--ledger", str(tmp_path / "r.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err
    assert cli_main(["init", "--ledger", str(tmp_path / "r.sqlite")]) == 1
    (tmp_path / "r-files" / "letters").mkdir(exist_ok=True)
    for pdf in (tmp_path / "r-files" / "letters").rglob("*.pdf"):
        pdf.write_bytes(pdf.read_bytes() + b"\n")
    assert cli_main(["check", "--ledger", str(tmp_path / "r.sqlite")]) == 1
    out, err = capsys.readouterr()
    assert "does not match its recorded SHA-256" in out and "failed the check" in err


def test_a_ledger_from_init_with_only_a_name_prints_a_clean_letterhead(tmp_path):
    import io

    from pypdf import PdfReader

    path = built_ledger(tmp_path)
    with Ledger.open(path) as ledger:
        sent = send_letter(ledger, "ZHU", ON, level=1, preview=True, out=tmp_path / "preview.pdf")
    first_page = PdfReader(io.BytesIO(sent.pdf)).pages[0].extract_text()
    assert "Northwind Ltd" in first_page and "()" not in first_page


@pytest.mark.parametrize(("language", "missing", "altered"), [
    ("de_DE", "Anlage attachments/", "stimmt nicht mit der erfassten SHA-256 überein"),
    ("zh_CN", "附件 attachments/", "与记录的 SHA-256 不符"),
])
def test_check_names_missing_and_altered_files_in_the_readers_language(tmp_path, capsys, monkeypatch, language,
                                                                        missing, altered):
    path = built_ledger(tmp_path)
    for pdf in (tmp_path / "books-files" / "letters").rglob("*.pdf"):
        pdf.write_bytes(pdf.read_bytes() + b"\n")
    for kept in (tmp_path / "books-files" / "attachments").rglob("*"):
        if kept.is_file():
            kept.unlink()
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    capsys.readouterr()
    assert cli_main(["check", "--ledger", str(path)]) == 1
    out = capsys.readouterr().out
    assert missing in out and altered in out
    assert "is missing" not in out and "does not match" not in out and "letter " not in out


def test_a_damage_report_is_a_message_in_the_readers_language(tmp_path, monkeypatch):
    from arledger.render.messages import translate
    from arledger.storage import db

    path = built_ledger(tmp_path)
    with Ledger.open(path) as ledger:
        assert lifecycle.damage_report(ledger) is None
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'letter_invoices'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page:(root - 1) * page + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    monkeypatch.setattr(db, "QUICK_CHECK_MAX_BYTES", 0)  # opened unchecked, as a large file is
    with Ledger.open(path) as ledger:
        report = lifecycle.damage_report(ledger)
    assert report is not None
    # no backup exists here, so the report says so rather than asking for a restore
    assert str(report).startswith(f"{path} is damaged (") and "no backup" in str(report)
    assert "Stop using it" not in str(report)
    german = translate(report, "de_DE")
    assert german.startswith(f"{path} ist beschädigt (") and "Sicherung" in german and "damaged" not in german
    assert translate(report, "zh_CN").startswith(f"{path} 已损坏（")
