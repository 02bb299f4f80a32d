"""The command line's help and usage errors read in the environment's language: the help texts of commands and
options, and argparse's own words around them (usage, section titles, -h's help, the sentence of a usage error)."""

from __future__ import annotations

import re

import pytest

from arledger.cli.argparse_words import WORDS
from arledger.cli.main import build_parser, main

CASES = {
    "top-level help": ["--help"],
    "invoice add help": ["invoice", "add", "--help"],
    "a missing required argument": ["invoice", "add", "--customer", "C1", "--number", "N1"],
    "an invalid choice": ["report", "aging", "--basis", "sometimes"],
}
LANGUAGES = {"de_DE": ("Verwendung:", "Optionen", "diese Hilfe anzeigen und beenden",
                       "folgende Argumente sind erforderlich: --customer, --number, --date, --amount"),
             "zh_CN": ("用法：", "选项", "显示此帮助信息并退出",
                       "缺少以下必需参数：--customer, --number, --date, --amount")}


def _run(argv: list[str], language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
         ) -> tuple[int, str]:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out + err


def _names() -> set[str]:
    """What the help names rather than says: commands, actions and choices (typed as they are)."""
    parser, _ = build_parser()
    names = {"arledger"}
    stack = [parser]
    while stack:
        p = stack.pop()
        for action in p._actions:
            for choice in action.choices or ():
                names.add(str(choice))
            if isinstance(action.choices, dict):
                stack.extend(action.choices.values())
    return names


# Words German spells as English does (a loanword, a word of both languages, a name): not a leak.
SAME_IN_GERMAN = {"argument", "desktop", "was", "linux"}


def english_words(text: str, names: set[str]) -> set[str]:
    """The English words of a help or usage text: option names (--due), metavars (DUE), environment variables and
    the names of commands and choices (install-desktop) and the values the user typed ('sometimes') left out."""
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    text = re.sub(rf"(?<![\w-])({named})(?![\w-])", " ", text)
    text = re.sub(r"'[^'\n]*'|-{1,2}[A-Za-z][\w-]*|\$\w+|\{[^}]*\}|\b[A-Z][A-Z_]+\b", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z']+", text)
            if len(w) > 2 and w.lower() not in SAME_IN_GERMAN}


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("case", list(CASES))
def test_help_and_usage_errors_speak_the_environments_language(case: str, language: str,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    names = _names()
    status, english = _run(CASES[case], "en", monkeypatch, capsys)
    translated_status, translated = _run(CASES[case], language, monkeypatch, capsys)
    assert translated_status == status  # the same outcome: 0 for help, 2 for a usage error
    words = english_words(english, names)
    assert len(words) >= 2, english  # the comparison has something to compare
    leaked = words & english_words(translated, names)
    assert not leaked, f"English in the {language} output: {sorted(leaked)}\n{translated}"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_argparses_own_words(language: str, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    usage, options, help_, required = LANGUAGES[language]
    _, text = _run(["invoice", "add", "--help"], language, monkeypatch, capsys)
    assert text.startswith(usage)
    assert f"\n{options}:\n" in text or f"\n{options}：\n" in text
    assert help_ in text
    _, text = _run(["invoice", "add"], language, monkeypatch, capsys)
    assert text.startswith(usage)
    assert f"arledger invoice add: {required}\n" in text  # the option names stay as typed


def test_argparse_is_english_again_after_a_run(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The hook is argparse's only while the command line is built and parsed: another parser in the process (a
    test, a library) keeps argparse's English."""
    import argparse

    _run(["--help"], "de_DE", monkeypatch, capsys)
    assert argparse.ArgumentParser(prog="x").format_usage().startswith("usage: ")
    assert set(WORDS) >= {"usage: ", "options", "positional arguments", "show this help message and exit",
                          "the following arguments are required: %s", "expected one argument",
                          "invalid choice: %(value)r (choose from %(choices)s)"}
