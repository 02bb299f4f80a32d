"""`evidence verify` on a tampered ledger speaks the reader's language: every problem it finds (a broken link, an
edited record, a deleted row, a missing archived letter, a truncated log) is a message, so in German and Chinese no
English sentence is left, and each names the event it concerns. Opening a damaged ledger file says so in German."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from arledger.cli.main import main
from arledger.render.pdf_text import printed_chain_heads
from arledger.services import backup, policy, witness
from arledger.services.ledger import Ledger
from tests.hardening.test_tamper import build, edit, rehash_from, seq_of

LANGUAGES = ("de_DE", "zh_CN")
# Words of the English problems that must not survive translation (whole words, any case; German writes "Problem"
# too, so that one is not among them).
ENGLISH_WORDS = ("event", "evidence", "differs", "missing", "recorded", "payment", "contact", "letter", "row", "rows",
                 "truncated", "rewritten", "altered", "ledger", "damaged", "backup", "amount", "file")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pristine-language")
    build(tmp / "books.sqlite", tmp)
    return tmp


@pytest.fixture
def books(pristine: Path, tmp_path: Path) -> Path:
    """A copy of the built ledger and its files at a path of its own (no witness saw it: the checks here are the
    ledger's own)."""
    import shutil

    folder = tmp_path / "copy"
    shutil.copytree(pristine, folder)
    return folder / "books.sqlite"


def verify(path: Path, language: str, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    capsys.readouterr()
    code = main(["evidence", "verify", "--ledger", str(path)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out + out.err


def english_phrases(text: str) -> set[str]:
    """Every run of three English words in text (paths, hashes and numbers have no spaces inside)."""
    found = set()
    for run in re.findall(r"[A-Za-z]+(?:[ '-][A-Za-z]+){2,}", text):
        words = re.split(r"[ ]", run)
        found |= {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}
    return found


def assert_no_english(english: str, local: str) -> None:
    left = sorted(p for p in english_phrases(english) if p in local)
    assert left == [], f"English left: {left}\n{local}"
    prose = re.sub(r"\S*/\S*", "", local.replace("--ledger", ""))  # paths and the command's options stay as they are
    words = sorted({w for w in ENGLISH_WORDS if re.search(rf"\b{w}\b", prose, re.IGNORECASE)})
    assert words == [], f"English words left: {words}\n{local}"


def _payment_seq(path: Path) -> int:
    return seq_of(path, "SELECT evidence_seq FROM payments WHERE id = 1")


def _edited_event(path: Path) -> tuple[int, str]:
    seq = _payment_seq(path)
    edit(path, f"UPDATE evidence SET payload = replace(payload, 'BACS 1', 'BACS 9') WHERE seq = {seq}")
    return seq, "was altered after it was recorded"


def _edited_amount(path: Path) -> tuple[int, str]:
    edit(path, "UPDATE payments SET amount = 1")
    return _payment_seq(path), "payment 1 differs from its evidence event"


def _deleted_row(path: Path) -> tuple[int, str]:
    seq = seq_of(path, "SELECT evidence_seq FROM contacts WHERE id = 1")
    edit(path, "PRAGMA foreign_keys = OFF", "DELETE FROM contact_invoices", "DELETE FROM contacts WHERE id = 1")
    return seq, "recorded a contact that is no longer in the ledger"


def _removed_pdf(path: Path) -> tuple[int, str]:
    seq = seq_of(path, "SELECT evidence_seq FROM letters")
    stored = seq_of(path, "SELECT path FROM letters")
    with Ledger.open(path) as led:
        (policy.side_dir(led, "") / stored).unlink()
    return seq, "the file of letter 1"


def _smuggled_rows(path: Path) -> tuple[int, str]:
    edit(path, *["INSERT INTO payments (customer_id, date, amount, currency, created_at)"
                 " VALUES (1, '2025-01-01', 999, 'GBP', 'x')"] * 2)
    return 2, "2 rows of payments (first id 2) are in no evidence event"


def _dropped_triggers(path: Path) -> tuple[int | None, str]:
    edit(path, keep_triggers_dropped=True)
    return None, "the append-only triggers"  # no event to name: the guards of them all


def _edited_kind_and_resolution(path: Path) -> tuple[int, str]:
    edit(path, "UPDATE limitation_events SET kind = 'suit'", "UPDATE disputes SET resolution = 'waived'",
         "UPDATE promises SET amount = 1 WHERE id = 2", "UPDATE contacts SET customer_id = 99 WHERE id = 1")
    return seq_of(path, "SELECT evidence_seq FROM limitation_events"), "says 'suit'"


def _cut_tail(path: Path) -> tuple[int, str]:
    last = seq_of(path, "SELECT max(seq) FROM evidence")
    edit(path, f"DELETE FROM evidence WHERE seq = {last}")
    return last, "is missing from the end of the log"


def _rewritten(path: Path) -> tuple[int, str]:
    first = seq_of(path, "SELECT min(seq) FROM evidence WHERE kind = 'contact'")

    def forge(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE evidence SET actor = 'someone else' WHERE seq = ?", (first,))
        rehash_from(conn, first)

    edit(path, then=forge)
    # found by the chain head printed in the archived formal letter: verify names the event whose hash it saw
    printed = [seq for pdf in sorted(path.parent.rglob("*-L3-*.pdf")) for seq, _head in printed_chain_heads(
        pdf.read_bytes()) if seq >= first]
    assert printed, "the formal letter prints a head after the rewritten event"
    return min(printed), "the log was rewritten"


def _wiped(path: Path) -> tuple[None, str]:
    edit(path, "DELETE FROM evidence")
    return None, "more record problem"  # every record lost its event, and the letter's printed head its log


def _witnessed_then_cut(path: Path) -> tuple[int, str]:
    assert main(["evidence", "anchor", "--ledger", str(path)]) == 0  # a witness file keeps the head
    last = seq_of(path, "SELECT max(seq) FROM evidence")
    edit(path, f"DELETE FROM contacts WHERE evidence_seq = {last}", f"DELETE FROM evidence WHERE seq = {last}")
    return last, "the log was truncated"


TAMPERS: dict[str, Callable[[Path], tuple[int | None, str]]] = {
    "an edited event payload": _edited_event,
    "an edited payment amount": _edited_amount,
    "a deleted record row": _deleted_row,
    "a removed archived letter": _removed_pdf,
    "rows added outside arledger": _smuggled_rows,
    "dropped append-only triggers": _dropped_triggers,
    "edited kinds, resolutions, instalments, customers": _edited_kind_and_resolution,
    "a cut-off tail": _cut_tail,
    "a rewrite with every later hash recomputed": _rewritten,
    "a wiped log": _wiped,
    "a tail cut after a witness saw it": _witnessed_then_cut,
}


@pytest.mark.parametrize("tamper", TAMPERS, ids=list(TAMPERS))
def test_verify_names_each_problem_in_the_readers_language(books: Path, tamper: str,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    seq, english_says = TAMPERS[tamper](books)
    code, english = verify(books, "en", monkeypatch, capsys)
    assert code == 1 and english_says in english, english  # the English run finds it: the comparison can fail
    for language in LANGUAGES:
        code, local = verify(books, language, monkeypatch, capsys)
        assert code == 1
        assert_no_english(english, local)
        if seq is not None:
            # names the event (or the count); hashes are taken out first, a digit inside one names nothing
            named = re.sub(r"[0-9a-f]{8,}", "#", local)
            assert re.search(rf"(?<![\d.,]){seq}(?![\d.,])", named), local


def test_problems_are_counted_in_the_readers_plural(books: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    edit(books, "INSERT INTO payments (customer_id, date, amount, currency, created_at)"
                " VALUES (1, '2025-01-01', 999, 'GBP', 'x')")
    _, english = verify(books, "en", monkeypatch, capsys)
    assert "1 row of payments (first id 2) is in no evidence event; it was added outside arledger" in english
    _, german = verify(books, "de_DE", monkeypatch, capsys)
    assert "1 Eintrag unter Zahlungen (erste ID 2) steht in keinem Beweisereignis" in german
    _smuggled_rows(books)
    _, german = verify(books, "de_DE", monkeypatch, capsys)
    assert "3 Einträge unter Zahlungen (erste ID 2) stehen in keinem Beweisereignis" in german
    _, chinese = verify(books, "zh_CN", monkeypatch, capsys)
    assert "收款中有 3 行（首个 ID 2）不在任何证据事件中" in chinese


def _damage(path: Path) -> None:
    """Overwrite the b-tree page header of the invoices table, as a failing disk would."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'invoices'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size:(root - 1) * size + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("with_backup", [True, False], ids=["with a backup", "without a backup"])
def test_a_damaged_ledger_is_refused_in_the_readers_language(books: Path, with_backup: bool,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    if with_backup:
        with Ledger.open(books) as led:
            newest = backup.automatic_backup(led, today="2025-07-01")
        assert newest is not None
    _damage(books)
    code, english = verify(books, "en", monkeypatch, capsys)
    assert code == 1 and f"{books} is damaged (" in english
    assert ("the newest backup is" in english) == with_backup and ("no backup" in english) != with_backup
    code, german = verify(books, "de_DE", monkeypatch, capsys)
    assert code == 1 and f"{books} ist beschädigt (" in german
    assert ("die neueste Sicherung ist" in german) == with_backup
    assert ("keine Sicherung" in german) != with_backup
    assert_no_english(english.replace(english[english.index("(") + 1:english.index(")")], ""), german)
    code, chinese = verify(books, "zh_CN", monkeypatch, capsys)
    assert code == 1 and f"{books} 已损坏（" in chinese


def test_a_folder_or_an_existing_file_is_refused_in_german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()
    for language, says in (("en", "is a folder, not a ledger file."), ("de_DE", "ist ein Ordner, keine "
                                                                                "Debitorenbuch-Datei."),
                           ("zh_CN", "是文件夹，不是台账文件。")):
        monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
        capsys.readouterr()
        assert main(["evidence", "verify", "--ledger", str(folder)]) == 1
        assert says in capsys.readouterr().err
    existing = tmp_path / "existing.sqlite"
    Ledger.open(existing, create=True).close()
    for language, says in (("en", "already exists; choose another file name."),
                           ("de_DE", "ist bereits vorhanden; wählen Sie einen anderen Dateinamen."),
                           ("zh_CN", "已存在；请另选文件名。")):
        monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
        capsys.readouterr()
        assert main(["demo", "--ledger", str(existing)]) == 1
        assert f"{existing} {says}" in capsys.readouterr().err


def test_a_witness_line_of_another_ledger_is_noted_in_the_readers_language(books: Path,
                                                                           monkeypatch: pytest.MonkeyPatch,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = witness.default_folder()
    folder.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"ledger_id": "another", "ledger": str(books.resolve()), "seq": 3, "head": "ab" * 32,
                       "at": "2025-01-01T00:00:00+00:00", "why": "test"})
    with (folder / witness.WITNESS_FILE).open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    code, english = verify(books, "en", monkeypatch, capsys)
    assert code == 0 and "saw a different ledger at this path" in english
    code, german = verify(books, "de_DE", monkeypatch, capsys)
    assert code == 0 and "hat unter diesem Pfad ein anderes Debitorenbuch gesehen (Kettenkopf abababababab… bei " \
                         "Ereignis 3)" in german
    assert_no_english(english, german)


def test_check_names_a_missing_archived_letter_in_the_readers_language(books: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    _removed_pdf(books)
    runs = {}
    for language in ("en", *LANGUAGES):
        monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
        capsys.readouterr()
        assert main(["check", "--ledger", str(books)]) == 1
        out = capsys.readouterr()
        runs[language] = out.out + out.err
    assert "letter letters/C/2025-06-10-L3-1.pdf is missing" in runs["en"]
    assert "Schreiben letters/C/2025-06-10-L3-1.pdf fehlt" in runs["de_DE"]
    assert "函件 letters/C/2025-06-10-L3-1.pdf 缺失" in runs["zh_CN"]
    for language in LANGUAGES:
        assert_no_english(runs["en"], runs[language])
