"""SQL statements per letter preview and per customer view, counted with sqlite3's trace callback.

Statement counts are deterministic (unlike timings): the same ledger and the same day give the same count, so
``tests/services/test_statement_counts.py`` holds them to an upper bound. The script prints the count for each
sample customer, the statements that ran more than once, and the totals by first SQL word. Not a pytest test.

    python tests/bench/bench_statements.py [--customers 60] [--invoices 1500] [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TypeVar

from arledger.services import customer_record, escalation, invoice_list, kpis, letters
from arledger.services.demo import write_demo_ledger
from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus
from arledger.services.ledger import Ledger

ON = date(2025, 6, 30)
T = TypeVar("T")


@contextmanager
def traced(ledger: Ledger) -> Iterator[list[str]]:
    """Every SQL statement the ledger's connection runs inside the block, in order."""
    seen: list[str] = []
    ledger.conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        ledger.conn.set_trace_callback(None)


def statements(ledger: Ledger, work: Callable[[], T]) -> tuple[T, list[str]]:
    """``work()``'s result and the statements it ran."""
    with traced(ledger) as seen:
        result = work()
    return result, list(seen)


def preview_letter(ledger: Ledger, code: str, on: date = ON) -> letters.SentLetter:
    """What the letter preview dialog does: render the letter due, recording nothing."""
    return letters.send_letter(ledger, code, on, preview=True)


def open_customer_view(ledger: Ledger, code: str, on: date = ON) -> None:
    """What the customer view reads when opened and every tab is looked at once: the header reads the customer
    and its promises, and every tab takes them from it (gui/views/customer_view.py)."""
    header = customer_record.customer_header(ledger, code, on)
    c = header.customer
    kpis.stored_risk(ledger, c)
    flt = InvoiceFilter(status=InvoiceStatus.OPEN, customer_code=c.code, customer_id=c.id)
    invoice_list.invoices_page(ledger, flt, as_of=on)
    customer_record.timeline_page(ledger, c)
    customer_record.customer_promises(ledger, c, on, statuses=header.promise_statuses)
    customer_record.customer_disputes(ledger, c)
    customer_record.customer_letters(ledger, c)


def due_customers(ledger: Ledger, on: date = ON) -> list[tuple[str, int]]:
    """(code, level) of every customer a letter is due for on ``on``."""
    return [(e.customer.code, e.decision.level) for e in escalation.letters_due(ledger, on) if e.decision]


def sample(ledger: Ledger, on: date = ON) -> list[str]:
    """One customer due a letter at each level (the highest levels carry appendix and statement)."""
    by_level: dict[int, str] = {}
    for code, level in due_customers(ledger, on):
        by_level.setdefault(level, code)
    return [by_level[level] for level in sorted(by_level)]


def normalised(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()[:110]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=60)
    parser.add_argument("--invoices", type=int, default=1500)
    parser.add_argument("--show", action="store_true", help="list the statements that ran more than once")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.arledger"
        write_demo_ledger(path, customers=args.customers, invoices=args.invoices, today=ON)
        with Ledger.open(path) as ledger:
            codes = sample(ledger)
            print(f"{args.customers} customers, {args.invoices} invoices, letters on {ON.isoformat()}")
            for code in codes:
                sent, letter_sql = statements(ledger, lambda c=code: preview_letter(ledger, c))
                _none, view_sql = statements(ledger, lambda c=code: open_customer_view(ledger, c))
                print(f"{code}: level {sent.level} letter preview {len(letter_sql)} statements, "
                      f"customer view {len(view_sql)} statements")
                if args.show:
                    for what, seen in (("letter", letter_sql), ("view", view_sql)):
                        for sql, n in Counter(map(normalised, seen)).most_common():
                            if n > 1:
                                print(f"    {what} x{n}: {sql}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
