"""The command line speaks the environment's language (ARLEDGER_LANGUAGE, then LANGUAGE, LC_ALL, LANG)."""

from __future__ import annotations

import json
import sqlite3
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


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-language") / "demo.sqlite"
    assert main(["demo", "--ledger", str(path), "--customers", "6", "--invoices", "60", "--today",
                 "2026-03-31"]) == 0
    return path


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "arledger: 'not-an-address' is not an email address."),
    ("zh_CN", "arledger: 'not-an-address' 不是电子邮件地址。"),
    ("de_DE", "arledger: 'not-an-address' ist keine E-Mail-Adresse."),
])
def test_a_domain_refusal_is_said_in_the_environment_language_and_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], language: str,
        expected: str) -> None:
    ledger = tmp_path / "l.sqlite"
    assert main(["init", "--ledger", str(ledger)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    assert main(["customer", "add", "--ledger", str(ledger), "--code", "C1", "--name", "One",
                 "--email", "not-an-address"]) == 1
    assert capsys.readouterr().err.strip() == expected
    with sqlite3.connect(ledger) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (0,)


@pytest.mark.parametrize(("language", "call", "english"), [
    ("zh_CN", "致电", "Call about"),
    ("de_DE", "anrufen", "Call about"),
])
def test_the_queue_and_the_evidence_log_read_in_the_environment_language(
        demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], language: str, call: str,
        english: str) -> None:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "en")
    assert main(["queue", "--ledger", str(demo), "--on", "2026-03-31"]) == 0
    assert english in capsys.readouterr().out  # the same queue in English has calls to make
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    assert main(["queue", "--ledger", str(demo), "--on", "2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert call in out and english not in out
    assert main(["evidence", "list", "--ledger", str(demo), "--limit", "200"]) == 0
    log = capsys.readouterr().out
    payment = {"zh_CN": "收款 ", "de_DE": "Zahlung "}[language]
    assert payment in log and "Payment " not in log
    assert main(["queue", "--ledger", str(demo), "--on", "2026-03-31", "--format", "json"]) == 0
    tasks = json.loads(capsys.readouterr().out)  # JSON keeps the English text and gives its code
    assert any(t["title"].startswith("Call about") and t["title_code"] == "queue.call" for t in tasks)


@pytest.mark.parametrize(("language", "simple_interest"), [
    ("zh_CN", "按每年 365 天逐日计算单利"),
    ("de_DE", "einfache Zinsen taggenau auf Basis von 365 Tagen"),
])
def test_the_interest_report_gives_each_basis_in_the_environment_language(
        demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], language: str,
        simple_interest: str) -> None:
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    assert main(["report", "interest", "--ledger", str(demo), "--as-of", "2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert simple_interest in out and "simple interest per day" not in out
    assert main(["report", "interest", "--ledger", str(demo), "--as-of", "2026-03-31", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]  # JSON keeps the English and gives the code
    assert rows and all(r["basis"] and r["basis_code"].startswith("interest.basis.") for r in rows)
    assert any("simple interest per day" in r["basis"] for r in rows)


REPORT_WORDS = {
    # command: (Chinese, German, English that must be gone)
    ("report", "aging", "--as-of", "2026-03-31", "--by", "invoice"): (
        ["截至 2026-03-31 的账龄（按到期日）", "逾期天数", "未到期", "180 天以上", "合计"],
        ["Altersstruktur zum 2026-03-31 (nach Fälligkeitsdatum)", "Tage überfällig", "Über 180 Tage", "SUMME"],
        ["Aging as of", "days overdue", "Current", "Over 180 days", "TOTAL"]),
    ("report", "interest", "--as-of", "2026-03-31"): (
        ["截至 2026-03-31 的利息和赔偿", "付款先冲抵本金", "  起  ", "减免", "合计 "],
        ["Zinsen und Entschädigung zum 31.03.2026", "Zahlungen werden zuerst", "erlassen", "SUMME "],
        ["Interest and compensation as of", "Payments are applied", "waived", "TOTAL "]),
    ("report", "kpi", "--from", "2026-01-01", "--to", "2026-03-31"): (
        ["关键指标 2026-01-01 至 2026-03-31", "回收率", "风险等级：A"],
        ["Kennzahlen 01.01.2026 bis 31.03.2026", "Einbringungsquote", "Risikoklassen: A"],
        ["KPIs ", "recovery", "risk tiers"]),
    ("report", "reasons", "--from", "2026-01-01", "--to", "2026-03-31"): (
        ["截至 2026-03-31 按原因分列的逾期款项", "币种", "180 天以上 金额", "趋势（各月末逾期）"],
        ["Überfällig nach Grund zum 2026-03-31", "Währung", "Über 180 Tage Betrag", "Verlauf"],
        ["Overdue by reason", "currency", "Over 180 days amount", "Trend"]),
    ("report", "team", "--from", "2026-01-01", "--to", "2026-03-31"): (
        ["团队 2026-01-01 至 2026-03-31", "负责人", "兑现率"],
        ["Team 2026-01-01 bis 2026-03-31", "zuständig", "Einhaltungsquote"],
        [" to 2026-03-31", "owner", "kept rate"]),
    ("customer", "show", "C00002"): (
        ["未付", "未结发票", "分录（id：冲销命令使用的编号）"],
        ["offen", "Offene Rechnungen", "Buchungen (id: was Stornobefehle erwarten)"],
        ["Open invoices", "Entries (id:"]),
    ("case", "show", "--customer", "C00002"): (
        ["负责人", "风险等级"], ["zuständig", "Risikoklasse"], ["owner", "risk tier", "promises kept"]),
}


@pytest.mark.parametrize("command", list(REPORT_WORDS))
@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_report_headings_and_column_labels_read_in_the_environment_language(
        demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], language: str,
        command: tuple[str, ...]) -> None:
    chinese, german, english = REPORT_WORDS[command]
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "en")
    assert main([*command, "--ledger", str(demo)]) == 0
    said = capsys.readouterr().out
    assert all(e in said for e in english), [e for e in english if e not in said]  # the English is there ...
    monkeypatch.setenv("ARLEDGER_LANGUAGE", language)
    assert main([*command, "--ledger", str(demo)]) == 0
    out = capsys.readouterr().out
    wanted = chinese if language == "zh_CN" else german
    assert all(w in out for w in wanted), [w for w in wanted if w not in out]
    assert not any(e in out for e in english), [e for e in english if e in out]  # ... and gone in zh and de
