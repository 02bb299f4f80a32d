"""`arledger demo` and `arledger import`: data into a ledger."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from arledger.cli.common import Handler, SubParsers, date_arg, ledger_option, ledger_path, open_ledger
from arledger.domain.money import format_amount
from arledger.services.demo import write_demo_ledger
from arledger.services.imports import ImportRejected, import_file


def add_parsers(sub: SubParsers) -> dict[str, Handler]:
    p = sub.add_parser("demo", help="write a sample ledger to --ledger")
    ledger_option(p)
    p.add_argument("--customers", type=int, default=60)
    p.add_argument("--invoices", type=int, default=1500)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--today", type=date_arg, default=None, help="the date the sample history ends on")

    p = sub.add_parser("import", help="import customers, invoices, payments, credit notes or write-offs (CSV, XLSX)")
    ledger_option(p)
    p.add_argument("kind", choices=("customers", "invoices", "payments", "credit_notes", "write_offs"))
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    p.add_argument("--sheet", default=None, help="the worksheet to read from an .xlsx file (default: the first)")
    return {"demo": _demo, "import": _import}


def _demo(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if total >= 100000:
            print(f"\r{done:,} of {total:,} invoices", end="", file=sys.stderr, flush=True)

    s = write_demo_ledger(ledger_path(args), customers=args.customers, invoices=args.invoices, seed=args.seed,
                          today=args.today, progress=progress)
    if args.invoices >= 100000:
        print(file=sys.stderr)
    print(f"Wrote a sample ledger to {s.path}: {s.customers:,} customers, {s.invoices:,} invoices, "
          f"{s.payments:,} payments.")
    return 0


def _import(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        try:
            result = import_file(ledger, args.kind, args.file, dry_run=args.dry_run, sheet=args.sheet)
        except ImportRejected as exc:
            for line in exc.lines():
                print(line, file=sys.stderr)
            return 1
    verb = "would import" if result.dry_run else "imported"
    print(f"{result.source}: {verb} {result.rows:,} {result.kind.value}.")
    if result.unapplied:
        left = ", ".join(f"{format_amount(v, c)} {c}" for c, v in sorted(result.unapplied.items()))
        print(f"Left as unapplied credit: {left}.")
    return 0
