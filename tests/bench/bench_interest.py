"""Interest-report benchmark: `report interest` over a whole sample ledger, open invoices alone against open
plus paid-late ones (whose interest and compensation stay claimable), and the netted per-customer claims.

CPU time (time.process_time) is reported, since the shared machine makes wall time noisy. Not a pytest test.

    python tests/bench/bench_interest.py [--invoices 100000] [--customers 5000] [--dir bench-out]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

from arledger.services import interest_claims
from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger

TODAY = date(2026, 6, 30)


def cpu(fn, repeat: int = 3) -> tuple[float, object]:
    """Median CPU seconds of fn() over repeat runs, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.process_time()
        result = fn()
        times.append(time.process_time() - start)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--invoices", type=int, default=100_000)
    ap.add_argument("--customers", type=int, default=5_000)
    ap.add_argument("--dir", type=Path, default=Path("bench-out"))
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    path = args.dir / f"interest-{args.invoices}.sqlite"
    if not path.exists():
        write_demo_ledger(path, customers=args.customers, invoices=args.invoices, seed=1, today=TODAY)
    with Ledger.open(path) as ledger:
        open_only, lines = cpu(lambda: interest_claims.interest_lines(ledger, TODAY, settled=False))
        print(f"open invoices only:      {len(lines):>7} lines  {open_only:6.2f} s CPU")
        with_paid, lines = cpu(lambda: interest_claims.interest_lines(ledger, TODAY))
        paid = sum(1 for ln in lines if ln.settled)
        print(f"open and paid late:      {len(lines):>7} lines  {with_paid:6.2f} s CPU  ({paid} paid late)")
        claims_time, claims = cpu(lambda: interest_claims.customer_claims(ledger, TODAY, lines=lines))
        print(f"netted customer claims:  {len(claims):>7} rows   {claims_time:6.2f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
