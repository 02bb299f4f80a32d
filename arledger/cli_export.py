"""`arledger export xlsx FILE`: the accountant's workbook from the command line.

Wiring in cli.py (two lines): import add_export_parser, and in build_parser
    _COMMANDS["export"] = add_export_parser(sub)
add_export_parser returns run_export, the handler to register. Heavy imports (openpyxl) happen only when
the command runs, so other commands start as fast as before.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from arledger.domain import fields
from arledger.domain.aging import AgingBasis, BucketScheme, parse_boundaries
from arledger.domain.errors import UserError


def _date_arg(text: str) -> date:
    try:
        return fields.parse_date(text, "date")
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_export_parser(subparsers: argparse._SubParsersAction) -> Callable[[argparse.Namespace], int]:
    """Add `export xlsx FILE [--as-of D] [--buckets 30,90,180] [--basis due|invoice] [--from D] [--to D]`.

    Returns run_export, the handler for the 'export' command.
    """
    p = subparsers.add_parser("export", help="export the ledger to a file for accountants")
    p.add_argument("--ledger", type=Path, default=argparse.SUPPRESS,
                   help="ledger file (default: $ARLEDGER_LEDGER or the user data directory)")
    esub = p.add_subparsers(dest="export_format", parser_class=type(p), metavar="FORMAT", required=True)
    x = esub.add_parser("xlsx", help="Excel workbook: aging summary, open items, invoices, payments, customers")
    x.add_argument("--ledger", type=Path, default=argparse.SUPPRESS,
                   help="ledger file (default: $ARLEDGER_LEDGER or the user data directory)")
    x.add_argument("file", type=Path, help="the .xlsx file to write (replaced if it exists)")
    x.add_argument("--as-of", type=_date_arg, default=None, help="aging date (default: today)")
    x.add_argument("--buckets", default=None, help="day boundaries, e.g. 30,90,180 (default: the ledger's)")
    x.add_argument("--basis", choices=("due", "invoice"), default="due", help="age by due date or invoice date")
    x.add_argument("--from", dest="period_from", type=_date_arg, default=None,
                   help="first day of the period for the Invoices and Payments sheets (default: all history)")
    x.add_argument("--to", dest="period_to", type=_date_arg, default=None,
                   help="last day of the period (default: the as-of date)")
    return run_export


def run_export(args: argparse.Namespace) -> int:
    """Run `export xlsx`; user errors print one sentence on stderr and return 1."""
    try:
        return _run(args)
    except UserError as exc:
        print(f"arledger: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    from arledger import paths
    from arledger.services.exports import default_extras, export_workbook
    from arledger.services.ledger import Ledger

    path = getattr(args, "ledger", None) or paths.default_ledger_path()
    if not Path(path).exists():
        raise UserError(f"There is no ledger at {path}; create one with 'arledger demo --ledger {path}' "
                        "or open the app to start a new one.")
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and total >= 20000:
            print(f"\r{done:,} of about {total:,} rows", end="", file=sys.stderr, flush=True)

    with Ledger.open(path) as ledger:
        boundaries = parse_boundaries(args.buckets) if args.buckets else ledger.bucket_scheme().boundaries
        scheme = BucketScheme(boundaries, AgingBasis(args.basis))
        as_of = args.as_of or date.today()
        extras, sheets = default_extras(ledger, as_of, args.period_from, args.period_to)
        try:
            result = export_workbook(ledger, args.file, as_of, scheme, args.period_from, args.period_to,
                                     extras, progress, more_sheets=sheets)
        finally:
            if show:
                print("\r\033[K", end="", file=sys.stderr, flush=True)
    counts = ", ".join(f"{title} {n:,}" for title, n in result.rows.items())
    print(f"Wrote {result.path} (as of {result.as_of}): {counts} rows.")
    return 0
