"""The collections commands as a user runs them."""

import json
import sqlite3

import pytest

from tests.test_cli import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("col") / "demo.sqlite"
    r = run("demo", "--ledger", path, "--customers", "60", "--invoices", "1500", "--today", "2026-06-30")
    assert r.returncode == 0, r.stderr
    return path


def test_demo_has_a_collections_history(demo):
    conn = sqlite3.connect(demo)
    kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM evidence")}
    assert {"opening_import", "contact", "letter", "promise", "plan", "dispute_opened", "payment",
            "acknowledgment"} <= kinds
    r = run("promise", "list", "--ledger", demo, "--on", "2026-06-30", "--format", "json")
    statuses = {p["status"] for p in json.loads(r.stdout)}
    assert {"kept", "broken"} <= statuses or {"kept", "partly kept"} <= statuses


def test_evidence_verify_and_tamper(demo, tmp_path):
    r = run("evidence", "verify", "--ledger", demo)
    assert r.returncode == 0 and "intact" in r.stdout and "chain head" in r.stdout
    import shutil

    copy = tmp_path / "t.sqlite"
    shutil.copyfile(demo, copy)
    conn = sqlite3.connect(copy)
    conn.execute("DROP TRIGGER evidence_no_update")
    conn.execute("UPDATE evidence SET payload = replace(payload, 'e', 'E') WHERE seq = 5")
    conn.commit()
    conn.close()
    r = run("evidence", "verify", "--ledger", copy)
    assert r.returncode == 1
    assert "broken at event 5" in r.stderr and "Traceback" not in r.stderr


def test_guarded_contact_is_refused_then_overridden(demo, tmp_path):
    import shutil

    path = tmp_path / "c.sqlite"
    shutil.copyfile(demo, path)
    before = sqlite3.connect(path).execute("SELECT count(*) FROM evidence").fetchone()[0]
    # C00001 is in Europe/London; 23:00 UTC in June is 00:00 there
    args = ("contact", "log", "--ledger", path, "--customer", "C00001", "--channel", "phone", "--direction", "out",
            "--summary", "Chasing INV", "--at", "2026-06-30T23:00:00Z")
    r = run(*args)
    assert r.returncode == 1
    assert "refused (contact-hours)" in r.stderr and "Next allowed: 2026-07-01T07:00" in r.stderr
    assert sqlite3.connect(path).execute("SELECT count(*) FROM evidence").fetchone()[0] == before
    r = run(*args, "--override", "Customer asked for a late call")
    assert r.returncode == 0 and "guard overridden" in r.stdout
    assert sqlite3.connect(path).execute("SELECT count(*) FROM evidence").fetchone()[0] == before + 2


def test_promise_plan_dispute_commands(demo, tmp_path):
    import shutil

    path = tmp_path / "p.sqlite"
    shutil.copyfile(demo, path)
    r = run("promise", "add", "--ledger", path, "--customer", "C00001", "--amount", "250.00", "--date", "2026-07-10",
            "--promised-on", "2026-06-30")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Recorded promise")
    r = run("promise", "add", "--ledger", path, "--customer", "C00001", "--amount", "2.505", "--date", "2026-07-10")
    assert r.returncode == 1 and "more decimals than GBP allows" in r.stderr
    r = run("plan", "add", "--ledger", path, "--customer", "C00001", "--schedule", "2026-07-01:100,2026-08-01:100",
            "--agreed-on", "2026-06-30")
    assert (r.returncode, r.stdout.strip()) == (0, "Recorded instalment plan 2 with 2 instalments.") or \
        r.stdout.startswith("Recorded instalment plan")
    r = run("plan", "add", "--ledger", path, "--customer", "C00001", "--schedule", "2026-07-01")
    assert r.returncode == 1 and "is not DATE:AMOUNT" in r.stderr
    number = sqlite3.connect(path).execute(
        "SELECT number FROM invoices WHERE settled < amount AND id NOT IN (SELECT invoice_id FROM disputes)"
        " LIMIT 1").fetchone()[0]
    r = run("dispute", "open", "--ledger", path, "--invoice", number, "--reason", "price", "--note", "wrong price")
    assert r.returncode == 0 and "out of escalation" in r.stdout
    r = run("dispute", "open", "--ledger", path, "--invoice", number, "--reason", "price")
    assert r.returncode == 1 and "already has an open dispute" in r.stderr
    r = run("dispute", "resolve", "--ledger", path, "--invoice", number, "--resolution", "Price confirmed")
    assert r.returncode == 0
    r = run("dispute", "open", "--ledger", path, "--invoice", number, "--reason", "nonsense")
    assert r.returncode == 2


def test_letters_due_json(demo):
    r = run("letters", "due", "--ledger", demo, "--on", "2026-06-30", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data
    for e in data:
        assert {"customer", "level", "invoices", "reason"} <= set(e)
    due = [e for e in data if e["level"]]
    paused = [e for e in data if e.get("paused")]
    assert due and all(1 <= e["level"] <= 4 and e["invoices"] for e in due)
    assert all(e["level"] is None and e["reason"] for e in paused)


def test_queue_and_reports(demo):
    r = run("queue", "--ledger", demo, "--on", "2026-06-30", "--format", "json")
    tasks = json.loads(r.stdout)
    assert {"letter", "call"} <= {t["kind"] for t in tasks}
    assert [t["priority"] for t in tasks] == sorted((t["priority"] for t in tasks), reverse=True)
    r = run("report", "interest", "--ledger", demo, "--as-of", "2026-06-30", "--format", "json")
    data = json.loads(r.stdout)
    from decimal import Decimal

    for t in data["totals"]:
        rows = [x for x in data["rows"] if x["currency"] == t["currency"] and not x["time_barred"]]
        assert Decimal(t["interest"]) == sum(Decimal(x["interest_claimable"]) for x in rows)
    for x in data["rows"]:  # an invoice's interest is the sum of its period lines, to the cent
        assert Decimal(x["interest"]) == sum(Decimal(p["interest"]) for p in x["periods"])
    assert any(x["rule"] == "uk" and "Late Payment of Commercial Debts" in x["basis"] for x in data["rows"])
    r = run("report", "kpi", "--ledger", demo, "--from", "2026-01-01", "--to", "2026-06-30", "--format", "json")
    data = json.loads(r.stdout)
    assert {c["currency"] for c in data["currencies"]} == {"CNY", "EUR", "GBP", "USD"}
    assert all(c["dso"] is not None for c in data["currencies"])
    assert sum(data["risk_tiers"].values()) > 0
    r = run("report", "kpi", "--ledger", demo, "--from", "2026-06-30", "--to", "2026-01-01")
    assert r.returncode == 1 and "before it starts" in r.stderr


def test_aging_by_invoice_carries_limitation_date(demo):
    r = run("report", "aging", "--ledger", demo, "--as-of", "2026-06-30", "--by", "invoice", "--format", "json")
    rows = json.loads(r.stdout)["rows"]
    assert rows and all("limitation_date" in x for x in rows)


def test_settings_are_checked_before_they_are_stored(demo, tmp_path):
    import shutil

    path = tmp_path / "s.sqlite"
    shutil.copyfile(demo, path)
    r = run("settings", "set", "contact_policy", '{"hours_start": "25:00"}', "--ledger", path)
    assert r.returncode == 1 and "contact_policy hours_start must be a time like 08:00" in r.stderr
    r = run("settings", "set", "escalation_policy", '{"levels": [{"level": 2, "name": "x", "days_after_due": 1, '
            '"reply_days": 7}]}', "--ledger", path)
    assert r.returncode == 1 and "numbered 1, 2, 3" in r.stderr
    r = run("settings", "set", "nonsense", "1", "--ledger", path)
    assert r.returncode == 1 and "is not a setting" in r.stderr
    r = run("settings", "set", "escalation_policy", '{"min_gap_days": 30}', "--ledger", path)
    assert r.returncode == 0
    # a wider gap holds back letters to customers written to within 30 days
    due_wide = json.loads(run("letters", "due", "--ledger", path, "--on", "2026-06-30", "--format", "json").stdout)
    due_std = json.loads(run("letters", "due", "--ledger", demo, "--on", "2026-06-30", "--format", "json").stdout)
    assert len([e for e in due_wide if e["level"]]) <= len([e for e in due_std if e["level"]])


def test_risk_tiers_are_stored(demo):
    r = run("risk", "refresh", "--ledger", demo, "--as-of", "2026-06-30")
    assert r.returncode == 0 and r.stdout.startswith("Risk tiers stored: A ")
    tiers = {t for (t,) in sqlite3.connect(demo).execute("SELECT DISTINCT risk_tier FROM customers")}
    assert {"A", "B", "C"} & tiers


def test_verify_checks_the_kept_files_too(demo, tmp_path):
    import shutil

    path = tmp_path / "v.sqlite"
    shutil.copyfile(demo, path)
    doc = tmp_path / "contract.pdf"
    doc.write_bytes(b"%PDF-1.4 contract")
    assert run("attach", "--ledger", path, "--customer", "C00001", "--file", doc, "--kind", "contract").returncode == 0
    r = run("letters", "render", "--ledger", path, "--customer", "C00001", "--on", "2026-06-30")
    assert r.returncode == 0, r.stderr
    r = run("evidence", "verify", "--ledger", path)
    assert r.returncode == 0 and "every archived letter and attachment the SHA-256 in its event" in r.stdout
    kept = next((tmp_path / "v-files" / "attachments").rglob("*-contract.pdf"))
    kept.write_bytes(b"%PDF-1.4 altered")
    letter = next((tmp_path / "v-files" / "letters").rglob("*.pdf"))
    letter.write_bytes(letter.read_bytes() + b"%")
    r = run("evidence", "verify", "--ledger", path)
    assert r.returncode == 1
    assert "contract.pdf" in r.stderr and "does not match the SHA-256 in its evidence event" in r.stderr
    assert "the file of letter" in r.stderr
