"""Ledger-core benchmark: aging, open-items paging and import on a 1,000,000-invoice ledger.

Each figure is a ratio against a plain hand-written query (or plain csv + executemany) run on the same
file in the same run, alternating, so the noisy machine affects both sides alike. Not a pytest test.

    python tests/bench/bench_core.py [--invoices 1000000] [--customers 50000] [--dir bench-out]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from arledger.domain.aging import BucketScheme
from arledger.services.demo import write_demo_ledger
from arledger.services.imports import import_file
from arledger.services.ledger import Ledger
from arledger.services.reports import aging

TODAY = date(2026, 11, 23)

PLAIN_AGING = """
SELECT customer_id, currency,
       sum(CASE WHEN days <= 0 THEN open ELSE 0 END), sum(CASE WHEN days BETWEEN 1 AND 30 THEN open ELSE 0 END),
       sum(CASE WHEN days BETWEEN 31 AND 90 THEN open ELSE 0 END),
       sum(CASE WHEN days BETWEEN 91 AND 180 THEN open ELSE 0 END), sum(CASE WHEN days > 180 THEN open ELSE 0 END),
       sum(open)
FROM (SELECT i.customer_id, i.currency, julianday(:d) - julianday(i.due_date) AS days,
             i.amount - coalesce((SELECT sum(a.amount) FROM allocations a
                                  WHERE a.invoice_id = i.id AND a.date <= :d), 0) AS open
      FROM invoices i WHERE i.issue_date <= :d)
WHERE open > 0 GROUP BY customer_id, currency
"""

# The same figures written by hand the fast way: the covering index of open invoices, date thresholds.
TUNED_AGING = """
SELECT customer_id, currency,
       sum(CASE WHEN due_date >= :d THEN open ELSE 0 END),
       sum(CASE WHEN due_date < :d AND due_date >= :d30 THEN open ELSE 0 END),
       sum(CASE WHEN due_date < :d30 AND due_date >= :d90 THEN open ELSE 0 END),
       sum(CASE WHEN due_date < :d90 AND due_date >= :d180 THEN open ELSE 0 END),
       sum(CASE WHEN due_date < :d180 THEN open ELSE 0 END), sum(open)
FROM (SELECT i.customer_id, i.currency, i.due_date,
             i.amount - CASE WHEN i.settled = 0 OR i.first_settled_on > :d THEN 0
                             WHEN i.last_settled_on <= :d THEN i.settled ELSE
                 (SELECT coalesce(sum(a.amount), 0) FROM allocations a WHERE a.invoice_id = i.id AND a.date <= :d)
             END AS open
      FROM invoices i INDEXED BY invoices_aging WHERE i.closed_on > :d AND i.issue_date <= :d)
WHERE open > 0 GROUP BY customer_id, currency
"""

# Which customers have what overdue, and since when: the raw material of a letter run, by hand.
PLAIN_OVERDUE = """
SELECT customer_id, currency, min(due_date), sum(amount - settled), count(*)
FROM invoices WHERE settled < amount AND due_date < :d GROUP BY customer_id, currency
"""

PLAIN_PAGE = """
SELECT i.id, i.number, c.code, c.name, i.issue_date, i.due_date, i.amount, i.amount - i.settled, i.currency
FROM invoices i JOIN customers c ON c.id = i.customer_id
WHERE i.settled < i.amount ORDER BY i.due_date, i.id LIMIT 200 OFFSET :off
"""


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def alternate(ours, plain, rounds: int = 5) -> tuple[float, float]:
    a, b = [], []
    for _ in range(rounds):
        a.append(timed(ours, 1)[0])
        b.append(timed(plain, 1)[0])
    return statistics.median(a), statistics.median(b)


def line(name: str, ours: float, plain: float, target: str = "") -> None:
    print(f"{name:<42} ours {ours * 1000:9.1f} ms   plain {plain * 1000:9.1f} ms   ratio {ours / plain:5.2f}"
          f"   {target}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", type=int, default=1_000_000)
    ap.add_argument("--customers", type=int, default=50_000)
    ap.add_argument("--import-rows", type=int, default=100_000)
    ap.add_argument("--dir", type=Path, default=Path("bench-out"))
    args = ap.parse_args()
    args.dir.mkdir(exist_ok=True)
    path = args.dir / f"ledger-{args.invoices}.sqlite"
    if not path.exists():
        t = time.perf_counter()
        write_demo_ledger(path, customers=args.customers, invoices=args.invoices, seed=1, today=TODAY)
        print(f"built demo ledger: {args.invoices:,} invoices, {args.customers:,} customers in "
              f"{time.perf_counter() - t:.1f} s", flush=True)
    size_mb = path.stat().st_size / 1e6
    print(f"ledger file: {path} ({size_mb:.0f} MB)")

    ledger = Ledger.open(path)
    plain = sqlite3.connect(path)
    scheme = BucketScheme()
    n_open = ledger.conn.execute("SELECT count(*) FROM invoices WHERE settled < amount").fetchone()[0]
    print(f"open invoices today: {n_open:,}")

    def tuned_args(d: date) -> dict:
        return {"d": d.isoformat(), **{f"d{n}": (d - timedelta(days=n)).isoformat() for n in (30, 90, 180)}}

    for as_of in (TODAY, TODAY - timedelta(days=180)):
        ours, base = alternate(lambda d=as_of: aging(ledger, d, scheme),
                               lambda d=as_of: plain.execute(PLAIN_AGING, {"d": d.isoformat()}).fetchall())
        line(f"aging by customer as of {as_of}", ours, base, "(target: ratio <= 2, ours < 1 s)")
        ours, base = alternate(lambda d=as_of: aging(ledger, d, scheme),
                               lambda d=as_of: plain.execute(TUNED_AGING, tuned_args(d)).fetchall())
        line("  the same against a tuned hand-written query", ours, base)
        rows = aging(ledger, as_of, scheme).rows
        check = plain.execute(PLAIN_AGING, {"d": as_of.isoformat()}).fetchall()
        assert sum(r.total for r in rows) == sum(r[-1] for r in check), "aging differs from the plain query"

    first = ledger.open_items_page(limit=200)
    ours, base = alternate(lambda: ledger.open_items_page(limit=200),
                           lambda: plain.execute(PLAIN_PAGE, {"off": 0}).fetchall())
    line("open items: first page of 200", ours, base)
    deep = min(50_000, n_open // 2)
    deep_key = ledger.conn.execute(
        "SELECT due_date, id FROM invoices WHERE closed_on = '9999-12-31' ORDER BY due_date, id LIMIT 1 OFFSET ?",
        (deep - 1,)).fetchone()
    ours, base = alternate(lambda: ledger.open_items_page(after=tuple(deep_key), limit=200),
                           lambda: plain.execute(PLAIN_PAGE, {"off": deep}).fetchall())
    line(f"open items: page after {deep:,} rows", ours, base, "(keyset vs OFFSET)")
    assert first

    from arledger.services.escalation import letters_due
    from arledger.services.queue import work_queue

    # The letter run and the queue of a day share one kept set of decisions (escalation.letter_run) until the ledger
    # changes: each is measured as the first read after a change (forget), and the queue also as opened after the
    # letter run. tests/bench/bench_dunning.py measures the same with CPU times and a profile.
    def first(fn: Callable[[], object]) -> object:
        ledger.forget()
        return fn()

    ours, base = alternate(lambda: first(lambda: letters_due(ledger, TODAY)),
                           lambda: plain.execute(PLAIN_OVERDUE, {"d": TODAY.isoformat()}).fetchall(), rounds=3)
    line(f"letters due ({len(letters_due(ledger, TODAY)):,} customers)", ours, base, "(target: ours < 2 s)")
    ours, base = alternate(lambda: first(lambda: work_queue(ledger, TODAY, create_tasks=False)),
                           lambda: plain.execute(PLAIN_OVERDUE, {"d": TODAY.isoformat()}).fetchall(), rounds=3)
    line(f"work queue ({len(work_queue(ledger, TODAY, create_tasks=False)):,} tasks)", ours, base,
         "(target: ours < 2 s)")
    letters_due(ledger, TODAY)
    ours, base = alternate(lambda: work_queue(ledger, TODAY, create_tasks=False),
                           lambda: plain.execute(PLAIN_OVERDUE, {"d": TODAY.isoformat()}).fetchall(), rounds=3)
    line("  work queue after the letter run", ours, base)

    # import of N invoices: ours through the importer, plain = csv.reader + executemany, each into its own copy
    codes = [c for (c,) in ledger.conn.execute("SELECT code FROM customers LIMIT 1000")]
    ledger.close()
    plain.close()
    csv_path = args.dir / "import.csv"
    with csv_path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["customer", "number", "issue_date", "due_date", "amount", "currency", "reference"])
        for k in range(args.import_rows):
            issue = TODAY - timedelta(days=k % 300)
            w.writerow([codes[k % len(codes)], f"IMP-{k:07d}", issue.isoformat(),
                        (issue + timedelta(days=30)).isoformat(), f"{100 + k % 5000}.{k % 100:02d}", "", f"PO{k}"])
    ours_copy, plain_copy = args.dir / "ours.sqlite", args.dir / "plain.sqlite"
    for p in (ours_copy, plain_copy):
        shutil.copyfile(path, p)
    t = time.perf_counter()
    with Ledger.open(ours_copy) as led:
        result = import_file(led, "invoices", csv_path, allow_over_limit="benchmark import")
    ours_t = time.perf_counter() - t
    t = time.perf_counter()
    conn = sqlite3.connect(plain_copy)
    ids = dict(conn.execute("SELECT code, id FROM customers"))
    with csv_path.open(newline="") as f:
        r = csv.reader(f)
        next(r)
        rows = [(ids[c], n, i, d, int(a.replace(".", "")), "EUR", ref, "now") for c, n, i, d, a, _cur, ref in r]
    with conn:
        conn.executemany("INSERT INTO invoices (customer_id, number, issue_date, due_date, amount, currency,"
                         " reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    plain_t = time.perf_counter() - t
    assert result.rows == args.import_rows
    line(f"import {args.import_rows:,} invoices (CSV, validated)", ours_t, plain_t, "(target: ours < 10 s)")
    for p in (ours_copy, plain_copy):
        p.unlink()
        for suffix in ("-wal", "-shm"):
            Path(str(p) + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
