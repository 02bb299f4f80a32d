"""The work queue on the sample ledger, in German and in Chinese: the amounts and dates inside its call and promise
sentences are written as the reader writes them (549.368,43 CNY and 19.09.2026 in German, 人民币549,368.43元 in
Chinese), not as the English text ("549368.43 CNY")."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from arledger.cli.main import main

_TASK = re.compile(r"^\s*\d+\. (\[[^]]*\]) (\S+) ")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("amounts-language") / "sample.sqlite"
    assert main(["demo", "--ledger", str(path), "--today", "2026-11-26"]) == 0
    return path


def _queue(ledger: Path, language: str, on: str, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """The queue's lines by what they begin with after the customer: kind and customer code to the line."""
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    monkeypatch.setenv("ARLEDGER_LEDGER", str(ledger))
    capsys.readouterr()
    assert main(["queue", "--on", on]) == 0
    lines = capsys.readouterr().out.splitlines()
    return {f"{found[1]} {found[2]}": line for line in lines if (found := _TASK.match(line))}


EXPECTED = {
    "de_DE": {("2026-11-26", "[Anruf] C00009"): "Wegen 549.368,43 CNY, bis zu 483 Tage überfällig",
              ("2026-09-17", "[Zusage prüfen] C00014"): "Zahlungszusage über 90.089,91 CNY, fällig am 16.09.2026, "
                                                         "prüfen: 0,00 CNY von 90.089,91 CNY bisher bezahlt; die "
                                                         "Zusage läuft bis 19.09.2026.",
              ("2026-09-21", "[gebrochene Zusage] C00014"): "Gebrochen: Bis 19.09.2026 wurde nichts von 90.089,91 "
                                                            "CNY bezahlt."},
    "zh_CN": {("2026-11-26", "[电话] C00009"): "人民币549,368.43元",
              ("2026-09-17", "[核对承诺] C00014"): "目前已付 人民币0.00元（承诺 人民币90,089.91元）",
              ("2026-09-21", "[承诺未兑现] C00014"): "承诺未兑现：截至 2026-09-19，人民币90,089.91元 分文未付。"},
}


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_queue_sentences_write_amounts_and_dates_as_the_reader_does(sample: Path, tmp_path: Path, language: str,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    ledger = tmp_path / "sample.sqlite"
    shutil.copy(sample, ledger)
    for (on, task), said in EXPECTED[language].items():
        line = _queue(ledger, language, on, monkeypatch, capsys)[task]
        assert said in line, line
        assert "549368.43 CNY" not in line and "90089.91 CNY" not in line


@pytest.mark.parametrize(("language", "said"), [("de_DE", "Zahlung 23.748,99 GBP am 15.09.2026"),
                                                ("zh_CN", "收款 GBP 23,748.99，日期 2026-09-15")])
def test_evidence_summaries_write_the_recorded_amount_and_date_as_the_reader_does(
        sample: Path, language: str, said: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    capsys.readouterr()
    assert main(["evidence", "list", "--limit", "400", "--ledger", str(sample)]) == 0
    out = capsys.readouterr().out
    assert said in out and "23748.99" not in out
