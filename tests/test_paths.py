"""Data files are found through the installed package, and a missing one is a loud error, never a zero."""

from __future__ import annotations

import importlib.resources
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from arledger import paths
from arledger.cli.main import main as cli_main
from arledger.domain.messages import msg
from arledger.domain.model import Customer, Jurisdiction
from arledger.render import messages
from arledger.services import policy
from arledger.services.interest_claims import interest_lines


def test_resources_and_templates_are_the_mapped_data_packages():
    assert paths.resources_dir() == Path(str(importlib.resources.files("arledger._resources")))
    assert paths.letter_templates_dir() == Path(str(importlib.resources.files("arledger._letter_templates")))
    for name in ("rates/boe_base_rate.csv", "rates/ecb_mro.csv", "rates/de_basiszins.csv", "icons/arledger.svg",
                 "i18n/arledger_zh_CN.qm", "talk_tracks/en.json", "talk_tracks/zh.json",
                 "fonts/LiberationSans-Regular.ttf", "fonts/wqy-microhei.ttc"):
        assert paths.resource_file(*name.split("/")).stat().st_size > 0, name
    assert (paths.letter_templates_dir() / "zh" / "level3.txt.j2").is_file()


@pytest.fixture
def resources_without_boe(tmp_path, monkeypatch) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir() / "rates", copy / "rates")
    (copy / "rates" / "boe_base_rate.csv").unlink()
    monkeypatch.setattr(paths, "resources_dir", lambda: copy)
    return copy


def test_a_missing_rate_table_is_an_error_not_zero_interest(ledger, resources_without_boe):
    ledger.add_customer(Customer(code="UK1", name="Brit Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
    ledger.add_invoice("UK1", "I-1", date(2025, 1, 1), 500_000, due_date=date(2025, 1, 31))
    with pytest.raises(paths.MissingResourceError, match=r"rates/boe_base_rate\.csv is missing"):
        interest_lines(ledger, date(2025, 6, 30))
    with pytest.raises(paths.MissingResourceError):
        policy.rate_tables(ledger)


def test_the_command_line_says_so_in_one_sentence(ledger, resources_without_boe, capsys):
    path = ledger.path
    ledger.close()
    assert cli_main(["--ledger", str(path), "report", "interest", "--as-of", "2025-06-30"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("arledger: The file resources/rates/boe_base_rate.csv is missing") and err.count("\n") == 1


def test_the_command_line_says_so_in_the_reader_s_language(ledger, resources_without_boe, capsys, monkeypatch):
    shipped = Path(str(importlib.resources.files("arledger._resources")))
    shutil.copytree(shipped / "i18n", resources_without_boe / "i18n")
    messages.catalog.cache_clear()
    path = ledger.path
    ledger.close()
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "de_DE")
    try:
        assert cli_main(["--ledger", str(path), "report", "interest", "--as-of", "2025-06-30"]) == 1
        err = capsys.readouterr().err
        assert err.startswith("arledger: Die Datei resources/rates/boe_base_rate.csv fehlt in dieser Installation "
                              "von arledger; installieren Sie arledger neu (gesucht unter ") and err.count("\n") == 1
    finally:
        messages.catalog.cache_clear()


def test_without_any_resources_the_sentence_is_english(ledger, capsys, monkeypatch):
    """No resources folder at all: no catalog can be read, so the reader gets the English sentence, not a crash."""
    def missing() -> Path:
        raise paths.MissingResourceError(msg("paths.folder_missing", "arledger's {folder} folder (package {package}) "
                                             "is missing from this installation; reinstall arledger",
                                             folder="resources", package=paths.RESOURCES_PACKAGE), "/gone")

    path = ledger.path
    ledger.close()
    monkeypatch.setattr(paths, "resources_dir", missing)
    monkeypatch.setattr(messages, "resources_dir", missing)
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "zh_CN")
    messages.catalog.cache_clear()
    try:
        assert cli_main(["--ledger", str(path), "report", "interest", "--as-of", "2025-06-30"]) == 1
        err = capsys.readouterr().err
        assert err == ("arledger: arledger's resources folder (package arledger._resources) is missing from this "
                       "installation; reinstall arledger (looked for /gone).\n")
    finally:
        messages.catalog.cache_clear()


def test_an_installation_without_its_data_package_is_refused(monkeypatch):
    monkeypatch.setattr(paths, "PROJECT_DIR", Path("/nonexistent"))
    paths._data_package_dir.cache_clear()
    try:
        with pytest.raises(paths.MissingResourceError, match="reinstall arledger"):
            paths._data_package_dir("arledger._no_such_data", "no_such_folder")
    finally:
        paths._data_package_dir.cache_clear()


def test_interest_with_the_shipped_tables_is_not_zero(ledger):
    ledger.add_customer(Customer(code="UK1", name="Brit Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
    ledger.add_invoice("UK1", "I-1", date(2025, 1, 1), 500_000, due_date=date(2025, 1, 31))
    (line,) = interest_lines(ledger, date(2025, 3, 1))
    assert line.result.rule == "uk"
    # base rate 4.75% on 31 Dec 2024 + 8% = 12.75%; 29 days on GBP 5,000.00: 5000 x 0.1275 x 29 / 365 = 50.65
    assert line.result.total_interest == int(Decimal("50.65") * 100)
