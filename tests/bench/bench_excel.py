"""Excel export benchmark: the Open items sheet of a ledger with 100,000 open invoices.

Ours: SQL cursor -> styled, guarded cells (services.exports + render.excel): the title block, a column per
aging bucket, a subtotal row per customer and currency (formulas with their values written in) and grand
totals, saved.
Plain: the same invoice rows (no title, no subtotals), already in memory as ready cell values (str, date,
float, int), appended to an openpyxl write-only sheet and saved, two ways:
  plain-styled  the same cells as ours: money cells carry their currency's number format (one reused
                styled cell per column and currency, the cheapest way openpyxl allows);
  plain-values  bare values, no number formats at all (not the same workbook, a floor for comparison).
The plain sides do no SQL and no guarding, so the ratios are upper bounds on our overhead. Runs alternate
in one process and are timed in CPU seconds of this process (the work is single-threaded and CPU-bound),
so other load on a shared machine does not count; medians are reported. Peak memory (VmHWM) is
measured in fresh subprocesses at two ledger sizes: flat memory means the larger export needs about the
same peak.
Not a pytest test.

    python tests/bench/bench_excel.py [--open-items 100000] [--rounds 5] [--dir bench-out]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from arledger.domain.aging import BucketScheme
from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger
from arledger.storage import settlements
from arledger.storage.rows import now_utc

TODAY = date(2025, 6, 30)
SCHEME = BucketScheme((30, 90, 180))


def build_ledger(path: Path, open_items: int, customers: int = 2000, seed: int = 5) -> None:
    """Customers from the demo generator, then open invoices bulk-loaded; one in ten part paid."""
    if path.exists():
        return
    write_demo_ledger(path, customers=customers, invoices=0, seed=seed, today=TODAY)
    rng = random.Random(seed)
    stamp = now_utc()
    with Ledger.open(path) as led, led.database.atomic() as conn:
        people = conn.execute("SELECT id, currency, payment_terms_days FROM customers").fetchall()
        invoices, payments, allocations = [], [], []
        for k in range(1, open_items + 1):
            cid, cur, terms = people[rng.randrange(len(people))]
            issue = TODAY - timedelta(days=rng.randint(0, 540))
            amount = rng.randint(100, 2_000_000)
            invoices.append((k, cid, f"INV-{k:07d}", issue.isoformat(), (issue + timedelta(days=terms)).isoformat(),
                             amount, cur, f"PO-{rng.randint(10000, 99999)}", stamp))
            if k % 10 == 0:
                on = min(TODAY, issue + timedelta(days=rng.randint(1, 60))).isoformat()
                part = amount // 3
                payments.append((len(payments) + 1, cid, on, part, cur, "bank transfer", f"INV-{k:07d}"))
                allocations.append((k, "payment", len(payments), None, None, on, part))
        conn.executemany("INSERT INTO invoices (id, customer_id, number, issue_date, due_date, amount, currency,"
                         " reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", invoices)
        settlements.insert_payments_many(conn, payments)
        settlements.insert_allocations_many(conn, allocations)


def export_open_items(ledger: Ledger, out: Path) -> int:
    """Our path for the Open items sheet alone: streamed query, styled guarded cells, a bucket column each,
    subtotals per customer and currency with their values, grand totals, title block, save."""
    from arledger.render.excel import WorkbookWriter
    from arledger.services import exports

    writer = WorkbookWriter(title=exports.title_block(ledger, TODAY, SCHEME, None, TODAY))
    n = exports.write_open_items(writer, ledger, TODAY, SCHEME)
    writer.save(out)
    return n


def plain_rows(ledger: Ledger) -> list[tuple]:
    """The same rows as ready cell values, made before the clock starts for the plain side."""
    from arledger.domain.money import decimals
    from arledger.services.exports import open_item_rows

    labels = SCHEME.labels
    out = []
    for r in open_item_rows(ledger, TODAY, SCHEME):
        scale = 10 ** decimals(r.currency)
        buckets = [None] * len(labels)
        buckets[labels.index(r.bucket)] = r.open_amount / scale
        out.append((r.customer, r.name, r.invoice, r.issue_date, r.due_date, r.reference, r.currency,
                    r.amount / scale, r.days_overdue, *buckets, r.open_amount / scale))
    return out


def plain_write(rows: list[tuple], out: Path, styled: bool = True) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from arledger.render.excel import money_format

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Open items")
    ws.append(["customer", "name", "invoice", "issue_date", "due_date", "reference", "currency", "amount",
               "days_overdue", *SCHEME.labels, "open"])
    money = [7, *range(9, 9 + len(SCHEME.labels)), 9 + len(SCHEME.labels)]
    if not styled:
        for r in rows:
            ws.append(r)
    else:
        cells: dict[str, list] = {}
        for r in rows:
            styled_cells = cells.get(r[6])
            if styled_cells is None:
                styled_cells = cells[r[6]] = [WriteOnlyCell(ws) for _ in money]
                for c in styled_cells:
                    c.number_format = money_format(r[6])
            line = list(r)
            for c, k in zip(styled_cells, money, strict=True):
                if r[k] is not None:
                    c.value = r[k]
                    line[k] = c
            ws.append(line)
    wb.save(out)
    return len(rows)


def child(mode: str, ledger_path: Path, out: Path) -> None:
    """Run one export in this fresh process; print its peak resident memory and, on a second run with
    tracemalloc on, its peak Python heap, both in MiB."""
    import tracemalloc

    for traced in (False, True):
        if traced:
            tracemalloc.start()
        _one_export(mode, ledger_path, out)
    heap = tracemalloc.get_traced_memory()[1] / 2**20
    print(f"{_peak_rss_mib()} {heap}")


def _one_export(mode: str, ledger_path: Path, out: Path) -> None:
    with Ledger.open(ledger_path) as led:
        if mode == "ours":
            export_open_items(led, out)
        elif mode == "full":
            from arledger.services.exports import export_workbook
            export_workbook(led, out, TODAY, SCHEME)
        else:
            plain_write(plain_rows(led), out)


def _peak_rss_mib() -> float:
    """This process's peak resident set (VmHWM). ru_maxrss would not do: Linux keeps it across fork and
    exec, so a child started by a big parent reports the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mib(mode: str, ledger_path: Path, out: Path) -> tuple[float, float]:
    """(peak RSS, peak Python heap) of the export run in a fresh process."""
    proc = subprocess.run([sys.executable, __file__, "--child", mode, str(ledger_path), str(out)],
                          check=True, capture_output=True, text=True)
    rss, heap = proc.stdout.strip().splitlines()[-1].split()
    return float(rss), float(heap)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--open-items", type=int, default=100_000)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--dir", type=Path, default=Path("bench-out"))
    p.add_argument("--child", nargs=3, metavar=("MODE", "LEDGER", "OUT"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return

    args.dir.mkdir(parents=True, exist_ok=True)
    n = args.open_items
    big = args.dir / f"excel-{n}.sqlite"
    small = args.dir / f"excel-{n // 10}.sqlite"
    t = time.perf_counter()
    build_ledger(big, n)
    build_ledger(small, n // 10)
    print(f"ledgers ready in {time.perf_counter() - t:.1f} s: {big.name}, {small.name}")

    out = args.dir / "bench.xlsx"
    with Ledger.open(big) as led:
        rows = plain_rows(led)
        times: dict[str, list[float]] = {"ours": [], "plain-styled": [], "plain-values": []}
        for _ in range(args.rounds):
            t = time.process_time()
            written = export_open_items(led, out)
            times["ours"].append(time.process_time() - t)
            for name, styled in (("plain-styled", True), ("plain-values", False)):
                t = time.process_time()
                plain_write(rows, out, styled)
                times[name].append(time.process_time() - t)
        assert written == len(rows) >= n * 0.99, (written, len(rows))
        del rows
        t = time.process_time()
        from arledger.services.exports import export_workbook
        result = export_workbook(led, args.dir / "full.xlsx", TODAY, SCHEME)
        full_t = time.process_time() - t
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"Open items, {written:,} rows x {9 + len(SCHEME.labels) + 1} columns ({args.rounds} alternating rounds,"
          " medians; ours adds a subtotal per customer and currency):")
    for name, label in (("ours", "ours (SQL stream, formats, guard)"), ("plain-styled", "plain write-only, same cells"),
                        ("plain-values", "plain write-only, bare values")):
        print(f"  {label:34s} {med[name]:6.2f} s   runs {', '.join(f'{x:.2f}' for x in times[name])}")
    print(f"  ratio ours / plain-styled: {med['ours'] / med['plain-styled']:.2f}  (target <= 1.30)")
    print(f"  ratio ours / plain-values: {med['ours'] / med['plain-values']:.2f}")
    print(f"Whole workbook ({', '.join(f'{k} {v:,}' for k, v in result.rows.items())}): {full_t:.2f} s")

    peaks = {(mode, size): peak_mib(mode, path, args.dir / f"mem-{mode}.xlsx")
             for mode in ("ours", "plain", "full") for size, path in (("small", small), ("big", big))}
    print("Peak memory of a fresh process, MiB: resident (VmHWM; includes SQLite's page cache, capped by"
          " cache_size) / Python heap (tracemalloc)")
    for mode, label in (("ours", "ours, Open items"), ("full", "ours, whole workbook"),
                        ("plain", "plain, rows held in a list")):
        (rs, hs), (rb, hb) = peaks[(mode, "small")], peaks[(mode, "big")]
        print(f"  {label:28s} {n // 10:>7,} items: {rs:6.1f} / {hs:6.1f}   {n:>7,} items: {rb:6.1f} / {hb:6.1f}")
    if "--keep" not in sys.argv:
        for f in (out, args.dir / "full.xlsx", *args.dir.glob("mem-*.xlsx")):
            f.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
