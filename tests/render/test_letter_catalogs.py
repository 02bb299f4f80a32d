"""Letter catalogs are complete: every template English has exists in Chinese and German, and every fixed
label, reason, dispatch phrase, rule name, level name, enclosure, event kind and code that English (or any
language) has is there in the others, never empty. Removing one makes these tests fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from arledger.domain.dunning import DEFAULT_LEVELS
from arledger.paths import letter_templates_dir
from arledger.render import wording
from arledger.render.letter_data import LANGUAGES

OTHERS = [lang for lang in LANGUAGES if lang != "en"]


def template_files(language: str, root: Path | None = None) -> set[str]:
    folder = (root or letter_templates_dir()) / language
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.j2")}


# Per language a catalog keyed by the same codes; English is the source of the keys.
CATALOGS: dict[str, dict[str, dict[str, str]]] = {
    "LABELS": wording.LABELS, "REASONS": wording.REASONS, "SENT_BY": wording.SENT_BY,
    "RULE_LABELS": wording.RULE_LABELS,
}
# Catalogs English leaves to the code itself ("letter"): every language but English
# translates all of them, so each translation carries the keys of every other translation.
TRANSLATED_ONLY: dict[str, dict[str, dict[str, str]]] = {
    "ENCLOSURES": wording.ENCLOSURES,
    "EVENT_KINDS": wording.EVENT_KINDS, "CODES": wording.CODES,
}


def missing_templates(english: set[str], other: set[str]) -> set[str]:
    return english - other


def catalog_gaps(catalog: dict[str, dict[str, str]], source: str, target: str) -> list[str]:
    """Keys of ``source`` missing from ``target`` and keys of ``target`` whose value is empty."""
    have = catalog.get(target, {})
    return sorted({k for k in catalog[source] if k not in have} | {k for k, v in have.items() if not str(v).strip()})


def test_german_is_a_letter_language():
    assert set(LANGUAGES) == {"en", "zh", "de"}


@pytest.mark.parametrize("language", OTHERS)
def test_every_english_template_exists_in_every_language(language):
    english = template_files("en")
    assert {"level1.txt.j2", "level4.txt.j2", "statement.txt.j2", "email/level3.txt.j2",
            "email/thank_you.txt.j2"} <= english
    assert missing_templates(english, template_files(language)) == set()


def test_a_removed_template_is_found(tmp_path):
    """The check above fails when a file goes missing (here from a copy of the shipped folders)."""
    for lang in ("en", "de"):
        for name in template_files(lang):
            target = tmp_path / lang / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("x")
    (tmp_path / "de" / "email" / "level2.txt.j2").unlink()
    assert missing_templates(template_files("en", tmp_path), template_files("de", tmp_path)) == {"email/level2.txt.j2"}


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize("name", sorted(CATALOGS))
def test_every_english_key_is_in_every_language(name, language):
    assert catalog_gaps(CATALOGS[name], "en", language) == []
    assert catalog_gaps(CATALOGS[name], "en", "en") == []  # and no English value is empty


@pytest.mark.parametrize("name", sorted(TRANSLATED_ONLY))
def test_translated_catalogs_carry_the_same_keys(name):
    catalog = TRANSLATED_ONLY[name]
    assert set(OTHERS) <= set(catalog)
    for source in catalog:
        for target in OTHERS:
            assert catalog_gaps(catalog, source, target) == [], (source, target)


def test_a_removed_or_emptied_key_is_found():
    labels = {lang: dict(values) for lang, values in wording.LABELS.items()}
    del labels["de"]["interest_title"]
    labels["zh"]["pay_title"] = " "
    assert catalog_gaps(labels, "en", "de") == ["interest_title"]
    assert catalog_gaps(labels, "en", "zh") == ["pay_title"]
    kinds = {lang: dict(values) for lang, values in wording.EVENT_KINDS.items()}
    del kinds["de"]["write_off"]
    assert catalog_gaps(kinds, "zh", "de") == ["write_off"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_level_name_of_the_default_policy_is_translated(language):
    fmt = wording.Formatter(language, "", "A4")
    for level in DEFAULT_LEVELS:
        name = fmt.level_name(level.name)
        assert name and (language == "en" or name != level.name)
