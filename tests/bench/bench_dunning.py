"""Letter run and work queue on the 1,000,000-invoice bench ledger, against the plain overdue query.

Runs alternate (ours, plain) so the noisy shared machine affects both alike; medians and their ratio are printed
(target: ours < 2 s and ratio <= 1.5). Not a pytest test. The ledger is opened for reading only after a first
open has migrated it, so pass a copy:

    python tests/bench/bench_dunning.py --ledger /tmp/perf/ledger-1000000.sqlite [--rounds 5] [--profile letters]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from arledger.services.escalation import letters_due
from arledger.services.ledger import Ledger
from arledger.services.queue import work_queue

TODAY = date(2026, 11, 23)

PLAIN_OVERDUE = """
SELECT customer_id, currency, min(due_date), sum(amount - settled), count(*)
FROM invoices WHERE settled < amount AND due_date < :d GROUP BY customer_id, currency
"""


def _once(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of one call (CPU time is what the load of a shared machine distorts least), with the
    collection of the young objects it leaves: ours pauses the collector while it builds its records, and the
    collection it put off would otherwise fall into the next timing, the baseline's."""
    t, c = time.perf_counter(), time.process_time()
    fn()
    gc.collect(0)
    return time.perf_counter() - t, time.process_time() - c


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ledger", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", choices=("letters", "queue", "queue after letters"))
    ap.add_argument("--profile", choices=("letters", "queue", "queue after letters"))
    ap.add_argument("--sort", default="cumulative", help="profile order (cumulative, tottime)")
    args = ap.parse_args()
    ledger = Ledger.open(args.ledger)
    plain = sqlite3.connect(args.ledger)

    def cold(fn: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            ledger.forget()  # as after any write: nothing kept from an earlier run
            return fn()
        return run

    def letters() -> object:
        return letters_due(ledger, TODAY)

    def queue() -> object:
        return work_queue(ledger, TODAY, create_tasks=False)

    # "letters" and "queue" each run as the first read after a change; "queue after letters" as the work queue
    # opened after the letter run of the same day (the interest claims kept, Ledger.remembered)
    cases = {"letters": cold(letters), "queue": cold(queue), "queue after letters": queue}
    if args.profile:
        if args.profile == "queue after letters":
            letters()
        prof = cProfile.Profile()
        prof.runcall(cases[args.profile])
        pstats.Stats(prof).sort_stats(args.sort).print_stats(45)
        return 0
    for name, fn in cases.items():
        if args.only and name != args.only:
            continue
        ours, base = [], []
        if name == "queue after letters":
            letters()
        for _ in range(args.rounds):
            ours.append(_once(fn))
            base.append(_once(lambda: plain.execute(PLAIN_OVERDUE, {"d": TODAY.isoformat()}).fetchall()))
        o, b = statistics.median(w for w, _ in ours), statistics.median(w for w, _ in base)
        oc, bc = statistics.median(c for _, c in ours), statistics.median(c for _, c in base)
        print(f"{name:<20} wall: ours {o * 1000:6.0f} ms  plain {b * 1000:6.0f} ms  ratio {o / b:4.2f}   "
              f"cpu: ours {oc * 1000:6.0f} ms  plain {bc * 1000:6.0f} ms  ratio {oc / bc:4.2f}   "
              f"({len(fn()):,} rows)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
