"""The last English of the command line's own, in German and Chinese: the instalment plan's field names, the
mail server password prompt and the kinds of the `letters due` lines (argparse's help stays English)."""

from __future__ import annotations

import getpass
import shutil
import sys
from pathlib import Path

import pytest

from arledger.cli.main import main

WORDS = {"de_DE": {"date": "Datum der Rate 01.12.1800", "amount": "'Betrag der Rate'", "prompt": "Passwort des "
                   "Mailservers: ", "level": "Stufe 3 (2. Mahnung)",
                   "thanks": "Dankschreiben"},
         "zh_CN": {"date": "分期日期 1800-12-01", "amount": "'分期金额'", "prompt": "邮件服务器密码： ",
                   "level": "3 级（正式催款函）", "thanks": "感谢函"}}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("leftovers-language") / "sample.sqlite"
    assert main(["demo", "--ledger", str(path), "--today", "2026-11-26"]) == 0
    return path


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_plan_fields_password_prompt_and_letter_kinds_speak_the_language(sample: Path, tmp_path: Path, language: str,
                                                                         monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    ledger = tmp_path / "sample.sqlite"
    shutil.copy(sample, ledger)
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    monkeypatch.setenv("ARLEDGER_LEDGER", str(ledger))
    words = WORDS[language]
    capsys.readouterr()

    assert main(["plan", "add", "--customer", "C00014", "--schedule", "1800-12-01:500"]) == 1
    said = capsys.readouterr().err
    assert words["date"] in said and "schedule" not in said, said
    assert main(["plan", "add", "--customer", "C00014", "--schedule", "2026-12-01:"]) == 1
    said = capsys.readouterr().err
    assert words["amount"] in said and "schedule" not in said, said

    prompts: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or "")
    assert main(["email", "password"]) == 1  # nothing typed: nothing stored
    assert prompts == [words["prompt"]]
    capsys.readouterr()

    assert main(["letters", "due", "--on", "2026-11-26"]) == 0
    lines = capsys.readouterr().out.splitlines()
    kinds = [line[11:].split("  ")[0].strip() for line in lines if line[:1].strip()]
    assert words["level"] in kinds and words["thanks"] in kinds, lines[:4]
    assert not [k for k in kinds if k.startswith(("level", "paused", "courtesy", "thank"))], kinds

    assert main(["letters", "thank-you", "--customer", "C00003"]) == 0
    capsys.readouterr()
    assert main(["notices", "list"]) == 0
    [notice] = capsys.readouterr().out.splitlines()
    assert words["thanks"] in notice and "thank_you" not in notice, notice
