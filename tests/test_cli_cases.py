"""Cases, settlements, the handover pack and the new reports as a user runs them."""

import csv
import io
import json
import shutil
import sqlite3
from decimal import Decimal

import pytest
from pypdf import PdfReader

from tests.conftest import snapshot
from tests.test_cli import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cases") / "demo.sqlite"
    r = run("demo", "--ledger", path, "--customers", "30", "--invoices", "600", "--today", "2026-06-30")
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture
def copy(demo, tmp_path):
    path = tmp_path / "c.sqlite"
    shutil.copyfile(demo, path)
    return path


def test_report_reasons_formats(demo):
    r = run("report", "reasons", "--ledger", demo, "--from", "2026-01-01", "--to", "2026-06-30", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["buckets"] == ["1-30", "31-90", "91-180", "over 180"] and data["rows"]
    for cur in {row["currency"] for row in data["rows"]}:
        shares = sum(float(row["share"]) for row in data["rows"] if row["currency"] == cur)
        assert abs(shares - 100) < 0.05
    assert data["trend"][0]["month"] == "2026-01" and data["trend"][-1]["month"] == "2026-06"
    rows = list(csv.reader(io.StringIO(run("report", "reasons", "--ledger", demo, "--from", "2026-06-01", "--to",
                                           "2026-06-30", "--format", "csv").stdout)))
    assert rows[0][:5] == ["currency", "reason", "amount", "count", "share_percent"]
    table = run("report", "reasons", "--ledger", demo, "--from", "2026-06-01", "--to", "2026-06-30").stdout
    assert "Overdue by reason on 2026-06-30" in table and "Trend" in table


def test_case_owner_stage_show_queue_and_team(copy):
    assert run("case", "owner", "--ledger", copy, "--customer", "C00001", "ann").returncode == 0
    r = run("case", "stage", "--ledger", copy, "--customer", "C00001", "promise", "--note", "pays Friday")
    assert r.returncode == 0 and "now promise" in r.stdout
    r = run("case", "stage", "--ledger", copy, "--customer", "C00001", "promise")
    assert r.returncode == 1 and "already at stage" in r.stderr and "Traceback" not in r.stderr
    run("risk", "refresh", "--ledger", copy, "--as-of", "2026-06-30")
    data = json.loads(run("case", "show", "--ledger", copy, "--customer", "C00001", "--as-of", "2026-06-30",
                          "--format", "json").stdout)
    assert (data["owner"], data["stage"]) == ("ann", "promise")
    assert data["risk_tier"] in ("A", "B", "C") and [h["stage"] for h in data["history"]] == ["active", "promise"]
    for w in data["warnings"]:
        assert "000000" not in w["message"]
    queue = json.loads(run("queue", "--ledger", copy, "--on", "2026-06-30", "--owner", "ann", "--format",
                           "json").stdout)
    assert {t["customer"] for t in queue} <= {"C00001"}
    team = json.loads(run("report", "team", "--ledger", copy, "--from", "2026-01-01", "--to", "2026-06-30",
                          "--format", "json").stdout)
    assert [o["owner"] for o in team["owners"]] == ["ann", None]


def test_plan_and_dispute_lists(copy):
    conn = sqlite3.connect(copy)
    code, number = conn.execute(
        "SELECT c.code, i.number FROM invoices i JOIN customers c ON c.id = i.customer_id"
        " WHERE i.settled < i.amount AND NOT EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id)"
        " AND c.code != 'C00003' AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.customer_id = c.id)"
        " ORDER BY c.code, i.due_date LIMIT 1").fetchone()
    assert run("plan", "add", "--ledger", copy, "--customer", code, "--schedule", "2026-05-01:10,2026-08-01:10",
               "--agreed-on", "2026-04-20").returncode == 0
    assert run("dispute", "open", "--ledger", copy, "--invoice", number, "--reason", "price", "--amount", "5",
               "--on", "2026-06-01").returncode == 0
    plans = json.loads(run("plan", "list", "--ledger", copy, "--customer", code, "--format", "json").stdout)
    assert [(p["instalments"], p["promised"]) for p in plans] == [(2, "20.00")]
    disputes = run("dispute", "list", "--ledger", copy, "--customer", code).stdout
    assert number in disputes and "price" in disputes and "5.00" in disputes and "open" in disputes
    none = conn.execute("SELECT code FROM customers c WHERE NOT EXISTS (SELECT 1 FROM plans p"
                        " WHERE p.customer_id = c.id) AND code != ? LIMIT 1", (code,)).fetchone()[0]
    assert "has no instalment plans" in run("plan", "list", "--ledger", copy, "--customer", none).stdout


def test_settlement_refused_input_leaves_the_ledger_unchanged(copy):
    before = snapshot(copy)
    r = run("settlement", "offer", "--ledger", copy, "--customer", "C00001", "--deadline", "2026-07-31", "--on",
            "2026-06-30")
    assert r.returncode == 1 and "must give something up" in r.stderr
    r = run("settlement", "offer", "--ledger", copy, "--customer", "C00001", "--deadline", "2026-07-31", "--on",
            "2026-06-30", "--discount", "12.345")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert snapshot(copy) == before


def test_settlement_held_back_until_approved(copy):
    run("settings", "set", "--ledger", copy, "settlement.approval_threshold", "1000")
    r = run("settlement", "offer", "--ledger", copy, "--customer", "C00001", "--deadline", "2026-07-31", "--on",
            "2026-06-30", "--discount", "10.00")
    assert r.returncode == 0 and "held back" in r.stdout
    offer_id = json.loads(run("settlement", "list", "--ledger", copy, "--on", "2026-07-01", "--format",
                              "json").stdout)[0]["id"]
    r = run("settlement", "approve", "--ledger", copy, str(offer_id), "--approver", "Ann Boss", "--reason", "fine")
    assert r.returncode == 0 and "Offer letter archived" in r.stdout


def test_handover_command(copy, tmp_path):
    out = tmp_path / "pack"
    r = run("handover", "--ledger", copy, "--customer", "C00001", "--to", "agency", "-o", out, "--on", "2026-06-30")
    assert r.returncode == 0, r.stderr
    pdf = next(out.glob("*.pdf"))
    assert "Claim summary" in PdfReader(pdf).pages[0].extract_text()
    assert next(out.glob("*.zip")).stat().st_size > 0
    data = json.loads(run("case", "show", "--ledger", copy, "--customer", "C00001", "--format", "json").stdout)
    assert data["stage"] == "agency"
    r = run("handover", "--ledger", copy, "--customer", "C00001", "--to", "agency", "-o", out, "--on", "2026-06-30")
    assert r.returncode == 1 and "already handed over" in r.stderr


def test_settlement_list_speaks_german(copy, monkeypatch):
    """The offers list, its statuses and a decided offer's outcome in the environment's language."""
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "de_DE")
    r = run("settlement", "offer", "--ledger", copy, "--customer", "C00001", "--deadline", "2026-07-31", "--on",
            "2026-06-30", "--discount", "10.00")
    assert r.returncode == 0 and "Vergleichsangebot" in r.stdout and "31.07.2026" in r.stdout, r.stdout + r.stderr
    offer = json.loads(run("settlement", "list", "--ledger", copy, "--on", "2026-07-01", "--format", "json").stdout)[0]
    assert offer["status"].endswith("paid so far; the offer runs until 2026-07-31.")  # machine output stays English
    pending = run("settlement", "list", "--ledger", copy, "--on", "2026-07-01").stdout
    due = f"{Decimal(offer['amount_due']):,.2f}".translate(str.maketrans(",.", ".,"))  # 54.848,93 German-style
    assert f"von {due} {offer['currency']} bisher gezahlt; das Angebot gilt bis zum 31.07.2026." in pending
    assert "offen" in pending and "angeboten am 30.06.2026" in pending
    assert "paid so far" not in pending and "instead of" not in pending and "pending" not in pending
    lapsed = run("settlement", "list", "--ledger", copy, "--on", "2026-08-01")
    assert "Das Angebot ist verfallen" in lapsed.stderr and "verfallen" in lapsed.stdout
    assert "lapsed" not in lapsed.stdout + lapsed.stderr
