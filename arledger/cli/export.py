"""`arledger export xlsx FILE`: the accountant's workbook from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from arledger.cli.common import (
    Handler,
    SubParsers,
    date_arg,
    group,
    help_text,
    ledger_option,
    message_text,
    open_ledger,
    say,
)
from arledger.domain.aging import AgingBasis, BucketScheme, parse_boundaries
from arledger.domain.messages import Count, items, msg
from arledger.render.messages import environment_language
from arledger.render.workbook_words import SHEETS


def add_parsers(subparsers: SubParsers[Any]) -> dict[str, Handler]:
    """Add `export xlsx FILE [--as-of D] [--buckets 30,90,180] [--basis due|invoice] [--from D] [--to D]
    [--language L]`."""
    esub = group(subparsers, "export", msg("cli.help.export",
                                           "export the ledger to a file for accountants"), dest="export_format")
    x = esub.add_parser("xlsx",
                        help=help_text(msg("cli.help.export.xlsx",
                                           "Excel workbook: aging summary, open items, invoices, payments, customers")))
    ledger_option(x)
    x.add_argument("file", type=Path,
                   help=help_text(msg("cli.help.export.xlsx.file", "the .xlsx file to write (replaced if it exists)")))
    x.add_argument("--as-of", type=date_arg, default=None,
                   help=help_text(msg("cli.help.export.xlsx.as_of", "aging date (default: today)")))
    x.add_argument("--buckets", default=None,
                   help=help_text(msg("cli.help.export.xlsx.buckets",
                                      "day boundaries, e.g. 30,90,180 (default: the ledger's)")))
    x.add_argument("--basis", choices=("due", "invoice"), default="due",
                   help=help_text(msg("cli.help.export.xlsx.basis", "age by due date or invoice date")))
    x.add_argument("--from", dest="period_from", type=date_arg, default=None,
                   help=help_text(msg("cli.help.export.xlsx.from",
                                      "first day of the period for the Invoices and Payments sheets (default: all "
                                      "history)")))
    x.add_argument("--to", dest="period_to", type=date_arg, default=None,
                   help=help_text(msg("cli.help.export.xlsx.to", "last day of the period (default: the as-of date)")))
    x.add_argument("--language", default=None,
                   help=help_text(msg("cli.help.export.xlsx.language",
                                      "language of the headers and titles: en, zh or de (default: the environment's, "
                                      "as for messages); the import names row stays English")))
    return {"export": _export}


def _export(args: argparse.Namespace) -> int:
    # openpyxl takes a while to load; only the export pays for it.
    from arledger.services.export_collections import default_extras  # openpyxl: ~0.4 s, only for exports
    from arledger.services.exports import export_workbook

    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and total >= 20000:
            rows = message_text(msg("cli.export.progress", "{done} of about {total} rows", done=Count(done),
                                    total=Count(total)))
            print(f"\r{rows}", end="", file=sys.stderr, flush=True)

    with open_ledger(args) as ledger:
        boundaries = parse_boundaries(args.buckets) if args.buckets else ledger.bucket_scheme().boundaries
        scheme = BucketScheme(boundaries, AgingBasis(args.basis))
        as_of = args.as_of or date.today()
        language = args.language or environment_language()
        extras, sheets = default_extras(ledger, as_of, args.period_from, args.period_to, language)
        try:
            result = export_workbook(ledger, args.file, as_of, scheme, args.period_from, args.period_to,
                                     extras, progress, more_sheets=sheets, language=language)
        finally:
            if show:
                print("\r\033[K", end="", file=sys.stderr, flush=True)
    counts = items([msg("cli.export.sheet_rows", "{title} {count}", title=SHEETS.get(title, title),
                        count=Count(n))
                    for title, n in result.rows.items()] or [""])
    say(msg("cli.export.done", "Wrote {path} (as of {as_of}): {counts} rows.", path=str(result.path),
            as_of=result.as_of, counts=counts))
    return 0
