"""A bank statement reviewed in German and in Chinese: the reasons for every proposal, the outcomes and the
table's headings are the reader's words on the command line and in the review CSV, and a review CSV written in
either language reads back to the same decisions."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from arledger.cli.main import main
from arledger.paths import resources_dir
from arledger.render.bank_statements import read_statement
from arledger.render.messages import translate
from arledger.services import bank_import
from arledger.services.ledger import Ledger
from tests.samples.bank_statements import _ENTRIES, ACME_IBAN, CAMT053, CAMT054, OFX, _ntry, bank_ledger

PREFIXES = ("bank.reason.", "bank.outcome.", "cli.bank.", "cli.col.")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(re.sub(r"\{[a-z_]+\}", " ", text)) if len(w) >= 4}


def _looked_for(language: str) -> set[str]:
    """Words of the English sources of the bank review's sentences that no translation uses itself."""
    root = ET.parse(resources_dir() / "i18n" / f"messages_{language}.ts").getroot()
    source: set[str] = set()
    shared: set[str] = set()
    for m in root.iter("message"):
        t = m.find("translation")
        forms = [f.text or "" for f in t.findall("numerusform")] if t is not None else []
        shared |= _words(" ".join(forms) if forms else (t.text or "" if t is not None else ""))
        if (m.findtext("comment") or "").startswith(PREFIXES):
            source |= _words(f"{m.findtext('source')} {m.findtext('extracomment') or ''}")
    return source - shared


@pytest.fixture
def statements(tmp_path: Path) -> dict[str, Path]:
    out = {}
    # January again with one more line: six lines imported before, one new
    again = CAMT053.replace(_ENTRIES, _ENTRIES + _ntry("2026020100007", "500.00", "CRDT", "2026-02-01", "Dbtr",
                                                       "ACME GMBH", ACME_IBAN, "A-102"))
    for name, text in (("jan.xml", CAMT053), ("notice.xml", CAMT054), ("feb.ofx", OFX), ("again.xml", again)):
        out[name] = tmp_path / name
        out[name].write_text(text, encoding="utf-8")
    return out


def _review_all(ledger: Path, statements: dict[str, Path], language: str, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> str:
    """Every kind of reason: the January statement (invoice numbers, a combination, one amount, a debit, nothing,
    a customer code) applied, then a notice (an IBAN seen before), an OFX file (a payer's name seen before) and
    January again with a line more (imported before)."""
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    said = []
    for name, apply in (("jan.xml", True), ("notice.xml", False), ("feb.ofx", False), ("again.xml", False)):
        review = ledger.parent / f"{language}-{name}.csv"
        assert main(["--ledger", str(ledger), "import", "bank", str(statements[name]), "--review", str(review)]) == 0
        if apply:
            assert main(["--ledger", str(ledger), "import", "bank", str(statements[name]), "--apply",
                         str(review)]) == 0
        out = capsys.readouterr()
        said.append(out.out + out.err)
    return "\n".join(said)


def _payers(statements: dict[str, Path]) -> set[str]:
    return {w for path in statements.values() for ln in read_statement(path).lines for w in _words(ln.payer_name)}


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_the_bank_review_speaks_the_language(tmp_path: Path, statements: dict[str, Path], language: str,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("en", language):
        with Ledger.open(tmp_path / f"{name}.sqlite", create=True) as led:
            bank_ledger(led)
    english = _review_all(tmp_path / "en.sqlite", statements, "en", monkeypatch, capsys)
    local = _review_all(tmp_path / f"{language}.sqlite", statements, language, monkeypatch, capsys)
    looked_for = _looked_for(language) - _payers(statements)
    said_in_english = _words(english) & looked_for
    # the English run says these words (every kind of reason was met): the test can fail
    assert {"remittance", "payer", "together", "debit", "unmatched", "earlier", "statement",
            "known"} <= _words(english)
    assert len(said_in_english) > 25, sorted(said_in_english)
    assert sorted(_words(local) & looked_for) == []
    # the reasons are there, in the language
    assert ("Verwendungszweck" if language == "de_DE" else "汇款附言") in local
    assert ("von einer früheren Zahlung bekannt" if language == "de_DE" else "见于以前的付款") in local
    # the review CSVs: the reason column in the language, the rest the codes programs read
    rows = list(csv.DictReader((tmp_path / f"{language}-notice.xml.csv").open(encoding="utf-8")))
    assert rows[0]["outcome"] == "matched" and "DE89370400440532013000" in rows[0]["reason"]
    assert not _words(rows[0]["reason"]) & looked_for


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_a_review_csv_in_another_language_reads_back(ledger: Ledger, tmp_path: Path, language: str) -> None:
    bank_ledger(ledger)
    statement = tmp_path / "jan.xml"
    statement.write_text(CAMT053, encoding="utf-8")
    review = bank_import.review_statement(ledger, statement)
    path = bank_import.write_review(review, tmp_path / "review.csv", ledger, language)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["reason"] for r in rows] == [translate(p.reason, language) for p in review.proposals]
    assert all(r["reason"] != str(p.reason) for r, p in zip(rows, review.proposals, strict=True))
    # read back, the translated reasons change nothing: the same decisions, and they apply
    assert bank_import.read_decisions(path) == bank_import.decisions_from(review)
    result = bank_import.apply_review(ledger, review, bank_import.read_decisions(path))
    assert (result.payments, result.amounts) == (2, {"EUR": 119000 + 29750})
