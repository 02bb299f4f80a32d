"""The command line as a user runs it: real processes, exit codes, stdout and stderr."""

import json
import subprocess
import sys

import pytest

from tests.conftest import snapshot


def run(*args, env_ledger=None):
    import os

    env = dict(os.environ)
    env.pop("ARLEDGER_LEDGER", None)
    if env_ledger:
        env["ARLEDGER_LEDGER"] = str(env_ledger)
    return subprocess.run([sys.executable, "-m", "arledger", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    r = run("demo", "--ledger", path, "--customers", "25", "--invoices", "600", "--seed", "3",
            "--today", "2026-06-30")
    assert r.returncode == 0, r.stderr
    assert "Wrote a sample ledger" in r.stdout
    return path


def test_demo_refuses_to_overwrite(demo_path):
    r = run("demo", "--ledger", demo_path)
    assert r.returncode == 1
    assert r.stderr.strip().endswith("already exists; choose another file name.")
    assert "Traceback" not in r.stderr


def test_demo_is_realistic(demo_path):
    import sqlite3

    conn = sqlite3.connect(demo_path)
    kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM customers")}
    juris = {j for (j,) in conn.execute("SELECT DISTINCT jurisdiction FROM customers")}
    assert kinds == {"company", "individual"}
    assert {"uk", "de", "cn", "us", "eu"} <= juris
    first, last = conn.execute("SELECT min(issue_date), max(issue_date) FROM invoices").fetchone()
    assert first < "2025-01-31" and last > "2026-06-01"  # about 18 months of trading
    assert conn.execute("SELECT count(*) FROM credit_notes").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM write_offs").fetchone()[0] == 1
    # on-time, late, partial and unpaid invoices all exist
    late = conn.execute("SELECT count(*) FROM invoices i JOIN allocations a ON a.invoice_id = i.id "
                        "WHERE a.date > i.due_date").fetchone()[0]
    partial = conn.execute("SELECT count(*) FROM invoices WHERE settled > 0 AND settled < amount").fetchone()[0]
    unpaid = conn.execute("SELECT count(*) FROM invoices WHERE settled = 0").fetchone()[0]
    assert late > 0 and partial > 0 and unpaid > 0


def test_aging_json_shape(demo_path):
    r = run("report", "aging", "--ledger", demo_path, "--as-of", "2026-06-30", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["as_of"] == "2026-06-30" and data["basis"] == "due"
    assert data["buckets"] == ["current", "1-30", "31-90", "91-180", "over 180"]
    row = data["rows"][0]
    assert set(row) == {"customer", "name", "currency", *data["buckets"], "total"}
    assert all(isinstance(row[k], str) for k in [*data["buckets"], "total"])
    # totals per currency equal the sum of rows, to the cent
    from decimal import Decimal

    for t in data["totals"]:
        rows = [r for r in data["rows"] if r["currency"] == t["currency"]]
        assert Decimal(t["total"]) == sum(Decimal(r["total"]) for r in rows)
        assert Decimal(t["total"]) == sum(Decimal(t[b]) for b in data["buckets"])


def test_aging_by_invoice_json_and_csv(demo_path):
    r = run("report", "aging", "--ledger", demo_path, "--as-of", "2026-06-30", "--by", "invoice", "--format", "json",
            "--buckets", "15,45")
    data = json.loads(r.stdout)
    assert data["buckets"] == ["current", "1-15", "16-45", "over 45"]
    assert {"invoice", "days_overdue"} <= set(data["rows"][0])
    r = run("report", "aging", "--ledger", demo_path, "--format", "csv", "--basis", "invoice")
    assert r.stdout.splitlines()[0] == "customer,name,currency,0-30,31-90,91-180,over 180,total"


def test_aging_table_is_readable(demo_path):
    r = run("report", "aging", "--ledger", demo_path, "--as-of", "2026-06-30")
    assert r.returncode == 0
    assert r.stdout.startswith("Aging as of 2026-06-30 (by due date)")
    assert "TOTAL" in r.stdout


def test_ledger_from_environment(demo_path):
    r = run("report", "aging", "--format", "json", env_ledger=demo_path)
    assert r.returncode == 0 and json.loads(r.stdout)["rows"]


@pytest.mark.parametrize(("args", "code", "message"), [
    (("report", "aging", "--as-of", "2026-02-30"), 1, "is not a date"),  # bad input, not bad usage
    (("report", "aging", "--buckets", "90,30"), 1, "Bucket boundaries must be"),
    (("report", "aging", "--format", "xml"), 2, "invalid choice"),
    (("report", "aging", "--customer", "NOBODY"), 1, "There is no customer with code 'NOBODY'."),
    (("import", "invoices", "/nonexistent/file.csv"), 1, "There is no file at /nonexistent/file.csv."),
    (("frobnicate",), 2, "invalid choice"),
])
def test_errors_are_one_sentence_without_traceback(demo_path, args, code, message):
    r = run(*args, "--ledger", demo_path)
    assert r.returncode == code
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_ledger_is_explained(tmp_path):
    r = run("report", "aging", "--ledger", tmp_path / "none.sqlite")
    assert r.returncode == 1
    assert "There is no ledger at" in r.stderr


def test_import_rejects_whole_file_with_line_and_column(demo_path, tmp_path):
    before = snapshot(demo_path)
    bad = tmp_path / "inv.csv"
    bad.write_text("customer,number,issue_date,amount\nC00001,NEW-1,2026-01-01,10\nC00001,NEW-2,2026-01-01,1.001\n")
    r = run("import", "invoices", bad, "--ledger", demo_path)
    assert r.returncode == 1
    assert "inv.csv line 3, column 'amount': '1.001' has more decimals than GBP allows (2)." in r.stderr
    assert "the ledger is unchanged" in r.stderr
    assert snapshot(demo_path) == before


def test_import_dry_run_then_real(demo_path, tmp_path):
    good = tmp_path / "inv.csv"
    good.write_text("customer,number,issue_date,amount\nC00001,NEW-9,2026-01-01,10\n")
    before = snapshot(demo_path)
    r = run("import", "invoices", good, "--dry-run", "--ledger", demo_path)
    assert (r.returncode, r.stdout.strip()) == (0, "inv.csv: would import 1 invoices.")
    assert snapshot(demo_path) == before
    r = run("import", "invoices", good, "--ledger", demo_path)
    assert (r.returncode, r.stdout.strip()) == (0, "inv.csv: imported 1 invoices.")
