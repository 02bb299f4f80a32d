"""The translation catalogs: every UI text of the current sources is translated in zh_CN and de_DE (and has its
English plural forms), translations keep their placeholders, and the shipped .qm files are compiled from the .ts.

The texts are extracted afresh from arledger/gui into temporary copies of the .ts files, so a new tr() text that
nobody translated fails here even if update.py was never run.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.i18n_catalogs import I18N, update

TRANSLATED = ("zh_CN", "de_DE")




@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Copies of the .ts files with the texts of today's sources merged in, as update.py would."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for lang in update.LANGUAGES:
        copies[lang] = shutil.copy(update.ts_path(lang, I18N), update.ts_path(lang, folder))
    update.extract(list(copies.values()))
    return copies


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_every_ui_text_is_translated(extracted: dict[str, Path], language: str) -> None:
    left = update.left_to_translate(extracted[language])
    assert not left, (f"{len(left)} texts are not translated in {language}; run resources/i18n/update.py and "
                      "translate them in Qt Linguist:\n" + "\n".join(f"[{m.context}] {m.source!r}" for m in left))


def test_the_chinese_and_german_catalogs_hold_every_text_of_the_ui(extracted: dict[str, Path]) -> None:
    sources = update.source_texts(extracted["zh_CN"])
    assert len(sources) > 500
    assert update.source_texts(extracted["de_DE"]) == sources
    assert {"&File", "Dashboard", "Record Payment", "%n day(s)"} <= sources


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%L?(?:\d|n)", text))


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_translations_keep_their_placeholders(language: str) -> None:
    wrong = []
    for m in update.read_messages(update.ts_path(language, I18N)):
        for text in m.translations:
            if text and _placeholders(text) != _placeholders(m.source):
                # A language without a grammatical number may leave %n out of a form only if it says the count
                # some other way; ours never do.
                wrong.append((m.source, text))
    assert not wrong


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_numerus_texts_have_every_plural_form_of_the_language(language: str) -> None:
    forms = {"zh_CN": 1, "de_DE": 2, "en": 2}[language]
    numerus = [m for m in update.read_messages(update.ts_path(language, I18N)) if m.numerus]
    assert numerus
    assert all(len(m.translations) == forms and all(m.translations) for m in numerus), [
        m.source for m in numerus if len(m.translations) != forms]


def test_no_ui_text_spells_a_plural_with_s_in_brackets_outside_a_counted_text() -> None:
    """A count is said with tr(text, "", n) and %n, whose English forms come from arledger_en.ts."""
    bad = [m.source for m in update.read_messages(update.ts_path("zh_CN", I18N))
           if "(s)" in m.source and not m.numerus]
    assert not bad


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path: Path, language: str) -> None:
    fresh = tmp_path / f"arledger_{language}.qm"
    update.compile_qm(update.ts_path(language, I18N), fresh)
    shipped = update.qm_path(language, I18N)
    assert shipped.exists(), f"{shipped.name} is missing; run resources/i18n/update.py"
    assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale; run resources/i18n/update.py"


def test_a_new_text_without_a_translation_is_reported(tmp_path: Path) -> None:
    """The check above can fail: a tr() text added to the sources shows up as left to translate."""
    gui = tmp_path / "arledger" / "gui"
    gui.mkdir(parents=True)
    (gui / "widget.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\nclass SampleWidget(QWidget):\n"
        "    def title(self) -> str:\n        return self.tr('Days past due')\n\n"
        "    def fresh(self) -> str:\n        return self.tr('A text nobody has translated yet')\n")
    ts = Path(shutil.copy(update.ts_path("de_DE", I18N), tmp_path / "arledger_de_DE.ts"))
    update.extract([ts], root=tmp_path)
    left = {(m.context, m.source): m.translations for m in update.left_to_translate(ts)}
    assert ("SampleWidget", "A text nobody has translated yet") in left
    # A known text in a new context is offered with the existing translation, still unfinished until checked.
    assert left[("SampleWidget", "Days past due")] == ("Tage überfällig",)
