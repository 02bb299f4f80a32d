"""Import benchmark: a mapped, day-first, decimal-comma invoice export against plain csv + executemany, and the
peak memory of a 1,000,000-row import. Not a pytest test.

    python tests/bench/bench_import.py [--rows 100000] [--memory-rows 1000000] [--dir bench-out]

Each timing alternates ours and plain on fresh copies of the same ledger, so a busy machine affects both alike.
The memory figure is the peak resident size of a child process that opens the ledger and imports the file.
"""

from __future__ import annotations

import argparse
import csv
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from arledger.services import import_mapping
from arledger.services.import_formats import DateOrder
from arledger.services.import_mapping import ImportSettings
from arledger.services.imports import import_file
from arledger.services.ledger import Ledger

CUSTOMERS = 1000
START = date(2025, 1, 1)
SETTINGS = ImportSettings(columns={"customer": "Kunde", "number": "Rechnungsnr", "issue_date": "Datum",
                                   "due_date": "Fällig", "amount": "Betrag", "currency": "Währung",
                                   "reference": "Bestellung"},
                          date_order=DateOrder.DMY, numbers="de_DE")


def make_ledger(path: Path) -> None:
    customers = path.with_suffix(".customers.csv")
    with customers.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "currency"])
        for k in range(CUSTOMERS):
            w.writerow([f"K{k:05d}", f"Kunde {k} GmbH", "EUR"])
    with Ledger.open(path, create=True) as led:
        import_file(led, "customers", customers)


def write_export(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Kunde", "Rechnungsnr", "Datum", "Fällig", "Betrag", "Währung", "Bestellung", "Notiz"])
        for k in range(rows):
            issue = START + timedelta(days=k % 300)
            euros = 100 + (k * 37) % 20000
            w.writerow([f"K{k % CUSTOMERS:05d}", f"RE-{k:07d}", issue.strftime("%d.%m.%Y"),
                        (issue + timedelta(days=30)).strftime("%d.%m.%Y"), f"{euros:,}".replace(",", ".")
                        + f",{k % 100:02d}", "EUR", f"PO{k}", "x"])


def plain_import(db: Path, export: Path) -> int:
    conn = sqlite3.connect(db)
    ids = dict(conn.execute("SELECT code, id FROM customers"))
    with export.open(newline="", encoding="utf-8") as f:
        r = csv.reader(f, delimiter=";")
        next(r)
        rows = []
        for c, n, i, d, a, cur, ref, _note in r:
            iso = lambda t: f"{t[6:10]}-{t[3:5]}-{t[0:2]}"  # noqa: E731
            rows.append((ids[c], n, iso(i), iso(d), int(a.replace(".", "").replace(",", "")), cur, ref, "now"))
    with conn:
        conn.executemany("INSERT INTO invoices (customer_id, number, issue_date, due_date, amount, currency,"
                         " reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    return len(rows)


def ours_import(db: Path, export: Path) -> int:
    with Ledger.open(db) as led:
        return import_file(led, "invoices", export, settings=SETTINGS).rows


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def peak_memory(db: Path, export: Path) -> tuple[float, float]:
    """(peak MB, seconds) of a child process importing export into db."""
    code = ("import sys, time; from arledger.services.ledger import Ledger; "
            "from arledger.services.imports import import_file; "
            "sys.path.insert(0, '.'); from tests.bench.bench_import import SETTINGS; t = time.perf_counter(); "
            f"led = Ledger.open({str(db)!r}); r = import_file(led, 'invoices', {str(export)!r}, settings=SETTINGS); "
            "led.close(); print(r.rows, time.perf_counter() - t)")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    _rows, seconds = out.stdout.split()
    return max(before, after) / 1024, float(seconds)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--memory-rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path("bench-out"))
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    base = args.dir / "import-base.sqlite"
    base.unlink(missing_ok=True)
    make_ledger(base)
    export = args.dir / "export.csv"
    write_export(export, args.rows)
    t = time.perf_counter()
    found = import_mapping.detect(export, "invoices")
    detect_t = time.perf_counter() - t
    ours, plain = [], []
    for n in range(args.rounds):
        for name, fn, acc in (("ours", ours_import, ours), ("plain", plain_import, plain)):
            copy = args.dir / f"{name}-{n}.sqlite"
            shutil.copyfile(base, copy)
            acc.append(timed(fn, copy, export))
            copy.unlink()
    o, p = statistics.median(ours), statistics.median(plain)
    print(f"detect mapping and formats, {args.rows:,} rows: {detect_t:.2f} s "
          f"({len(found.settings.columns)} columns, dates {found.settings.date_order}, numbers "
          f"{found.settings.numbers})")
    print(f"import {args.rows:,} mapped invoices (DMY dates, decimal commas): ours {o:.2f} s, "
          f"plain csv + executemany {p:.2f} s, ratio {o / p:.1f}x (target: ours < 10 s)")
    if args.memory_rows:
        big = args.dir / "export-big.csv"
        write_export(big, args.memory_rows)
        copy = args.dir / "memory.sqlite"
        shutil.copyfile(base, copy)
        mb, seconds = peak_memory(copy, big)
        print(f"import {args.memory_rows:,} rows: peak resident memory {mb:.0f} MB, {seconds:.1f} s "
              f"(target: < 300 MB)")
        copy.unlink()
        big.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
