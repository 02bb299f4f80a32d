"""Interest, rates and limitation read in German and Chinese: the CLI's interest report (rate make-up, basis,
stale-rate notes, limitation warnings) and the workbook's interest basis hold no English words but the statutes'
own names. The word list is every word of the English defaults of those messages."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from arledger.cli.main import main
from arledger.paths import resources_dir

AREAS = ("interest.", "rates.", "limitation.", "cli.interest.", "cli.contract.", "cli.flag.")
# The statutes, procedures and rates are cited by their own names in every language.
OWN_NAMES = ("Late Payment of Commercial Debts (Interest) Act 1998", "UK Late Payment Act", "Limitation Act 1980",
             "Section 5A", "Loan Prime Rate", "Bank of England", "Pre-Action Protocol for Debt Claims")
# Words of the English sources a German sentence uses too.
SHARED = {"basiszinssatz", "rate", "cent", "china"}  # "rate" only in "Loan Prime Rate" or a file name


def english_words() -> set[str]:
    """Every word (4+ letters) of the English texts of the interest, rate and limitation messages."""
    root = ET.parse(resources_dir() / "i18n" / "messages_de_DE.ts").getroot()
    words: set[str] = set()
    for message in root.iter("message"):
        if (message.findtext("comment") or "").startswith(AREAS):
            text = re.sub(r"\{\w+\}", " ", message.findtext("source") or "")
            words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", text))
    return words - SHARED


def english_in(text: str) -> set[str]:
    for name in OWN_NAMES:
        text = text.replace(name, " ")
    text = re.sub(r"\S*_\S*", " ", text)  # rate tables by file name: 'de_basiszins'
    found = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}
    return found & english_words()


def test_the_word_list_catches_the_english() -> None:
    assert {"interest", "limitation", "barred", "contract", "assumed", "points", "base"} <= english_words()
    assert english_in("BoE base 4.25% (2025-05-08) + 8") == {"base"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("interest-language") / "demo.sqlite"
    assert main(["demo", "--ledger", str(path), "--customers", "12", "--invoices", "200", "--today",
                 "2026-03-31"]) == 0
    return path


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_the_interest_report_holds_no_english(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str], language: str) -> None:
    # As of late 2028 the German and Chinese debts near their limitation dates: the warnings are printed too.
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "en")
    assert main(["report", "interest", "--ledger", str(demo), "--as-of", "2028-10-01"]) == 0
    english = capsys.readouterr().out
    for said in ("limitation period", "BoE base", "Basiszinssatz", "+ 8", "rate table ends", "ECB MRO"):
        assert said in english, said  # the report says all of it ...
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    assert main(["report", "interest", "--ledger", str(demo), "--as-of", "2028-10-01"]) == 0
    out = capsys.readouterr().out
    assert english_in(out) == set()  # ... and none of it in English in German or Chinese
    said = {"de_DE": ["Verjährungsfrist", "Leitzins der Bank of England", "+ 8 Prozentpunkte", "Zinstabelle"],
            "zh_CN": ["诉讼时效", "英格兰银行基准利率", "+ 8 个百分点", "利率表"]}[language]
    assert all(s in out for s in said), [s for s in said if s not in out]


@pytest.mark.parametrize("language", ["de", "zh"])
def test_the_workbooks_interest_basis_is_in_its_language(demo: Path, tmp_path: Path, language: str) -> None:
    book = tmp_path / f"{language}.xlsx"
    assert main(["export", "xlsx", "--ledger", str(demo), "--as-of", "2026-03-31", "--language", language,
                 str(book)]) == 0
    sheet = openpyxl.load_workbook(book, read_only=True).worksheets[1]
    rows = list(sheet.iter_rows(values_only=True))
    title = "Zinsgrundlage" if language == "de" else "计息依据"
    header = next(r for r in rows if r and title in r)
    column = header.index(title)
    bases = [r[column] for r in rows[rows.index(header) + 1:] if len(r) > column and r[column]]
    assert bases and english_in(" ".join(bases)) == set()
    assert any(("Prozentpunkte" if language == "de" else "个百分点") in b for b in bases)


@pytest.mark.parametrize(("language", "said"), [
    ("de_DE", ["C00001: Vertragszins 12,50\u00a0% p. a., Gebühr nicht gesetzt.",
               ": Zahlungstermin vereinbart: ja, Hinweis auf den Verzug: wie beim Kunden."]),
    ("zh_CN", ["C00001：合同利率：每年 12.50%；费用：未设置。", "：约定付款日期：是；迟延通知：同客户设置。"]),
])
def test_contract_terms_are_confirmed_in_the_environment_language(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        language: str, said: list[str]) -> None:
    ledger = tmp_path / "copy.sqlite"
    ledger.write_bytes(demo.read_bytes())
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    assert main(["customer", "set-contract", "--ledger", str(ledger), "--customer", "C00001", "--rate", "12.5"]) == 0
    with closing(sqlite3.connect(ledger)) as conn:
        number = conn.execute("SELECT number FROM invoices ORDER BY id LIMIT 1").fetchone()[0]
    assert main(["invoice", "set-contract", "--ledger", str(ledger), "--invoice", number,
                 "--payment-date-agreed", "yes"]) == 0
    out = capsys.readouterr().out
    assert all(s in out for s in said), out
    assert english_in(out) == set() and "not set" not in out and "as the customer" not in out


@pytest.mark.parametrize(("language", "said"), [
    ("de_DE", "Anerkenntnis vom 2026-03-01 erfasst (Nachweisereignis "),
    ("zh_CN", "已记录 2026-03-01 的承认债务（证据事件 "),
])
def test_a_limitation_event_is_confirmed_in_the_environment_language(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        language: str, said: str) -> None:
    ledger = tmp_path / "copy.sqlite"
    ledger.write_bytes(demo.read_bytes())
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    assert main(["limitation", "record", "--ledger", str(ledger), "--customer", "C00002", "--kind",
                 "acknowledgment", "--date", "2026-03-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(said) and "Recorded" not in out
