"""The collections and customer commands, run on the sample ledger in German and in Chinese, leave no English of
their own: contact guards, risk reasons and warnings, entry kinds, contact and promise words, task kinds and the
lines each command prints. The English words looked for come from the English sources of those sentences (the
message catalog's source texts); words the ledger's own data holds (names, summaries, level names, notes) and words
the translations use themselves are not counted."""

from __future__ import annotations

import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from arledger.cli.main import main
from arledger.paths import resources_dir
from arledger.services import policy
from arledger.services.ledger import Ledger

# The sentences of this area, by the prefix of their codes.
PREFIXES = ("compliance.", "risk.", "entry.", "evidence.", "promise.status.", "plan.status.", "dispute.reason.",
            "customer.kind.", "word.", "queue.", "promises.", "timeline.", "workbook.col.", "cli.contact.",
            "cli.customer.", "cli.invoice.", "cli.evidence.", "cli.promise.", "cli.plan", "cli.dispute",
            "cli.limitation.", "cli.attach.", "cli.risk.", "cli.case.", "cli.col.", "cli.queue.", "cli.task")

COMMANDS: tuple[tuple[str, ...], ...] = (
    ("risk", "refresh", "--as-of", "2026-11-26"),
    ("queue", "--on", "2026-11-26", "--limit", "25"),
    ("case", "show", "--customer", "C00014"),
    ("customer", "show", "C00014"),
    ("customer", "show", "C00009"),
    ("invoice", "show", "INV-0001089"),
    ("promise", "list"),
    ("plan", "list", "--customer", "C00051"),
    ("dispute", "list", "--customer", "C00053"),
    ("evidence", "list", "--limit", "40"),
    ("evidence", "verify"),
    ("contact", "log", "--customer", "C00014", "--channel", "phone", "--direction", "out", "--summary", "x",
     "--at", "2026-11-26T23:00:00+00:00"),
    ("contact", "log", "--customer", "C00014", "--channel", "email", "--direction", "out", "--summary", "x",
     "--outcome", "reached", "--at", "2026-11-26T10:00:00+00:00"),
    ("promise", "add", "--customer", "C00014", "--amount", "100", "--date", "2026-12-10"),
    ("dispute", "open", "--invoice", "INV-0001484", "--reason", "quality", "--note", "x"),
    ("dispute", "resolve", "--invoice", "INV-0001484", "--resolution", "x", "--outcome", "upheld"),
    ("limitation", "record", "--customer", "C00014", "--kind", "acknowledgment", "--date", "2026-11-20"),
    ("plan", "add", "--customer", "C00014", "--schedule", "2026-12-01:500,2027-01-01:500"),
    ("customer", "add", "--code", "N1", "--name", "x", "--kind", "individual"),
    ("customer", "edit", "N1", "--do-not-contact", "yes"),
    ("contact", "log", "--customer", "N1", "--channel", "letter", "--direction", "out", "--summary", "x",
     "--at", "2026-11-26T10:00:00+00:00"),
    ("case", "show", "--customer", "C00002"),
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")


def _catalog(language: str) -> list[tuple[str, str, str]]:
    """(code, English source, translation) of every message in a catalog."""
    root = ET.parse(resources_dir() / "i18n" / f"messages_{language}.ts").getroot()
    out = []
    for m in root.iter("message"):
        t = m.find("translation")
        forms = [f.text or "" for f in t.findall("numerusform")] if t is not None else []
        translated = " ".join(forms) if forms else (t.text or "" if t is not None else "")
        out.append((m.findtext("comment") or "", f"{m.findtext('source')} {m.findtext('extracomment') or ''}",
                    translated))
    return out


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(re.sub(r"\{[a-z_]+\}", " ", text)) if len(w) >= 4}


def _data_words(path: Path) -> set[str]:
    """Every word the ledger file holds as data (customer names, summaries, notes, settings, payloads), and the
    names of its letter levels (the ladder's own words, kept with its letters)."""
    with Ledger.open(path) as led:
        words = set().union(*(_words(level.name) for level in policy.escalation_policy(led).levels))
    with sqlite3.connect(path) as conn:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN"
                                     " ('risk_assessments', 'risk_warnings', 'tasks')"):  # messages' English copies
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        words |= _words(value)
    return words


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("records-language") / "sample.sqlite"
    assert main(["demo", "--ledger", str(path), "--today", "2026-11-26"]) == 0
    return path


def _run_all(ledger: Path, language: str, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> dict[tuple[str, ...], str]:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    monkeypatch.setenv("ARLEDGER_LEDGER", str(ledger))
    capsys.readouterr()
    out = {}
    for command in COMMANDS:
        main(list(command))
        said = capsys.readouterr()
        out[command] = said.out + said.err
    return out


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_collections_and_customer_commands_leave_no_english(sample: Path, tmp_path: Path, language: str,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    english_ledger, ledger = tmp_path / "en.sqlite", tmp_path / "local.sqlite"
    shutil.copy(sample, english_ledger)
    shutil.copy(sample, ledger)
    english = _run_all(english_ledger, "en", monkeypatch, capsys)
    local = _run_all(ledger, language, monkeypatch, capsys)

    catalog = _catalog(language)
    source_words = set().union(*(_words(src) for code, src, _t in catalog if code.startswith(PREFIXES)))
    shared = set().union(*(_words(t) for _c, _s, t in catalog)) | _data_words(english_ledger)
    looked_for = source_words - shared
    said_in_english = {w for text in english.values() for w in _words(text)} & looked_for
    assert len(said_in_english) > 60, sorted(said_in_english)  # the English run says these words: the test can fail
    left = {" ".join(command): sorted(_words(text) & looked_for) for command, text in local.items()}
    assert {c: words for c, words in left.items() if words} == {}
    # the commands did their work in this language too (same refusals, same records)
    assert "contact-hours" in local[COMMANDS[11]] and "C00014" in local[COMMANDS[3]]
