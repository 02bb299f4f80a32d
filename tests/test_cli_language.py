"""The command line speaks the environment's language (ARLEDGER_LANGUAGE, then LANGUAGE, LC_ALL, LANG)."""

from __future__ import annotations

from pathlib import Path

import pytest

from arledger.cli.main import main


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "arledger: There is no ledger at {path}; create one with"),
    ("zh_CN.UTF-8", "arledger: {path} 处没有台账；可用"),
    ("de_DE.UTF-8", "arledger: Unter {path} gibt es kein Debitorenbuch;"),
])
def test_a_refusal_is_said_in_the_environment_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str], language: str,
                                                       expected: str) -> None:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    missing = tmp_path / "none.sqlite"
    assert main(["report", "aging", "--ledger", str(missing)]) == 1
    assert capsys.readouterr().err.startswith(expected.format(path=missing))
