"""The last English the command line printed under German and Chinese: the default letter levels' names ("Friendly
reminder", ...) in the work queue, "None%" in report kpi, the settings' descriptions in settings list (the GUI's
side: tests/gui/test_last_english_gui.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from arledger.cli.main import main
from arledger.domain.dunning import DEFAULT_LEVELS, level_phrase, level_title
from arledger.render.messages import translate
from arledger.services.settings import SETTINGS

ENGLISH_NAMES = tuple(level.name for level in DEFAULT_LEVELS)
NAMES = {"de_DE": ("Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung"),
         "zh_CN": ("付款提醒函", "第二次催款通知", "正式催款函", "最后催款函")}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("level-names") / "sample.sqlite"
    assert main(["demo", "--ledger", str(path), "--today", "2026-11-26"]) == 0
    return path


def _queue(ledger: Path, language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    capsys.readouterr()
    assert main(["--ledger", str(ledger), "queue", "--on", "2026-11-26", "--limit", "40"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_the_queue_names_letter_levels_in_the_readers_language(sample: Path, language: str,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    english = _queue(sample, "en", monkeypatch, capsys)
    assert "(Friendly reminder)" in english and "(Final demand)" in english  # the test can fail
    local = _queue(sample, language, monkeypatch, capsys)
    assert [n for n in ENGLISH_NAMES if n.lower() in local.lower()] == []
    assert NAMES[language][0] in local and NAMES[language][3] in local


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_each_default_level_name_is_a_message_and_a_ledgers_own_name_stays(language: str) -> None:
    for level, local in zip(DEFAULT_LEVELS, NAMES[language], strict=True):
        assert translate(level_title(level.name), language) == local
        assert translate(level_phrase(level.name), language) == local  # German nouns keep their capital
        assert str(level_phrase(level.name)) == level.name.lower()
    assert translate(level_title("Mahnbescheid-Vorstufe"), language) == "Mahnbescheid-Vorstufe"


NO_PROMISES = {"en": "promises kept – (no promise fell due in the period)",
               "de_DE": "Zusagen eingehalten – (im Zeitraum wurde keine Zahlungszusage fällig)",
               "zh_CN": "承诺兑现率 –（本期尚无到期的付款承诺）"}


@pytest.mark.parametrize("language", ["en", "de_DE", "zh_CN"])
def test_report_kpi_says_no_promise_fell_due_instead_of_none(sample: Path, language: str,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    capsys.readouterr()
    assert main(["--ledger", str(sample), "report", "kpi", "--from", "2026-01-01", "--to", "2026-11-26"]) == 0
    out = capsys.readouterr().out
    usd = next(line for line in out.splitlines() if line.strip().startswith("USD"))  # no USD promise in the period
    assert "None" not in out and usd.endswith(NO_PROMISES[language])
    rates = {"en": "CEI 87.24%", "de_DE": "CEI 87,24\u00a0%", "zh_CN": "CEI 87.24%"}
    assert rates[language] in usd  # a rate as the reader writes it


def _settings_list(ledger: Path, language: str, monkeypatch: pytest.MonkeyPatch,
                   capsys: pytest.CaptureFixture[str]) -> list[str]:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    capsys.readouterr()
    assert main(["--ledger", str(ledger), "settings", "list"]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_settings_list_describes_each_setting_in_the_readers_language(sample: Path, language: str,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    english = _settings_list(sample, "en", monkeypatch, capsys)
    local = _settings_list(sample, language, monkeypatch, capsys)
    assert len(english) == len(local) == 2 * len(SETTINGS)
    english_help = {line for line in english if line.startswith("    ")}
    assert "    letter ladder: levels [{level, name, days_after_due, reply_days, reply_days_individual_ew}], " \
           "min_gap_days, min_amount (minor units), escalation_grace_days" in english_help  # the test can fail
    local_help = [line for line in local if line.startswith("    ")]
    assert len(local_help) == len(SETTINGS) and [line for line in local_help if line in english_help] == []
    assert not any("(default)" in line for line in local)
    # the JSON keys a user types stay as they are
    assert any("hours_start, hours_end" in line for line in local_help)


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_a_letters_evidence_summary_names_its_level_in_the_readers_language(language: str) -> None:
    from arledger.services.evidence_view import describe

    said = describe("letter", {"level": 2, "level_name": "Second reminder", "sent_on": "2026-09-28"})
    assert "Second reminder" in str(said)
    assert NAMES[language][1] in translate(said, language) and "reminder" not in translate(said, language)


def test_a_bad_setting_value_is_refused_in_the_readers_language(ledger) -> None:
    from arledger.domain.errors import UserError
    from arledger.render.messages import translate
    from arledger.services.settings import set_setting

    refused = {}
    for key, text in (("default_currency", "12"), ("aging.boundaries", '["x"]')):
        with pytest.raises(UserError) as err:
            set_setting(ledger, key, text)
        refused[key] = err.value.message
    assert "three-letter" in str(refused["default_currency"])
    assert "three-letter" not in translate(refused["default_currency"], "de_DE")
    for message in refused.values():
        assert "must be" not in translate(message, "de_DE") and "invalid literal" not in translate(message, "de_DE")
    assert ledger.setting("default_currency") is None and ledger.setting("aging.boundaries") is None
