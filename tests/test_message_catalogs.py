"""The message catalogs (resources/i18n/messages_<lang>.ts): every message the code can make is translated in
zh_CN and de_DE, translations keep their fields, and extraction finds what the sources say.

The messages are extracted afresh from the sources into temporary copies, so a new msg() that nobody translated
fails here even if update.py was never run.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.i18n_catalogs import I18N, update


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("messages")
    copies = {lang: Path(shutil.copy(update.messages_path(lang, I18N), update.messages_path(lang, folder)))
              for lang in update.MESSAGE_LANGUAGES}
    update.extract_messages(copies)
    return copies


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_every_message_is_translated(extracted: dict[str, Path], language: str) -> None:
    left = update.left_to_translate(extracted[language])
    assert not left, (f"{len(left)} messages are not translated in {language}; run resources/i18n/update.py and "
                      "translate them (update.py --fill, or Qt Linguist):\n"
                      + "\n".join(f"[{m.comment}] {m.source!r}" for m in left))


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_translations_keep_the_fields_of_the_english(language: str) -> None:
    wrong = []
    for m in update.read_messages(update.messages_path(language, I18N)):
        for text in m.translations:
            if text and not _fields(text) <= _fields(m.source) | {"n"}:
                wrong.append((m.comment, text))
            if text and not m.numerus and _fields(text) != _fields(m.source):
                wrong.append((m.comment, text))
    assert not wrong


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_counted_messages_have_every_plural_form_of_the_language(language: str) -> None:
    forms = update.PLURAL_FORMS[language]
    wrong = [m.comment for m in update.read_messages(update.messages_path(language, I18N))
             if m.numerus and len(m.translations) != forms]
    assert not wrong


def test_the_catalogs_hold_the_messages_of_the_sources(extracted: dict[str, Path]) -> None:
    codes = {m.code for m in update.code_messages()}
    assert {"ledger.missing", "cli.no_desktop"} <= codes
    for language in update.MESSAGE_LANGUAGES:
        assert {m.comment for m in update.read_messages(extracted[language])} == codes


def _sources(tmp_path: Path, body: str) -> Path:
    module = tmp_path / "arledger" / "services" / "sample.py"
    module.parent.mkdir(parents=True)
    module.write_text("from arledger.domain.messages import msg, plural_msg\n\n\n" + body)
    return tmp_path


def test_a_new_or_changed_message_is_reported_until_translated(tmp_path: Path) -> None:
    """The check above can fail: a new message, and one whose English changed, are left to translate."""
    root = _sources(tmp_path, "def a():\n    return msg('ledger.missing', 'No ledger at {path}.', path='x')\n\n\n"
                              "def b():\n    return plural_msg('x.sent', '{n} sent.', '{n} sent (all).', n=2)\n")
    ts = Path(shutil.copy(update.messages_path("de_DE", I18N), tmp_path / "messages_de_DE.ts"))
    update.extract_messages({"de_DE": ts}, root=root)
    left = {m.comment: m for m in update.left_to_translate(ts)}
    assert set(left) == {"ledger.missing", "x.sent"}
    assert left["ledger.missing"].translations[0].startswith("Unter {path}")  # kept as a hint for the translator
    assert left["x.sent"].numerus and len(left["x.sent"].translations) == 2


def test_one_code_with_two_texts_or_a_text_that_is_not_literal_is_refused(tmp_path: Path) -> None:
    root = _sources(tmp_path, "def a(t):\n    return msg('a.b', 'One.'), msg('a.b', 'Two.'), msg('a.c', t)\n")
    with pytest.raises(SystemExit) as stop:
        update.code_messages(root)
    assert "a.b has another text" in str(stop.value) and "needs literal strings" in str(stop.value)
