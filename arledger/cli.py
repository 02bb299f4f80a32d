"""The command line: the same services as the desktop app, scriptable and headless.

User errors print one sentence on stderr and exit 1; usage errors exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from arledger import __version__, paths
from arledger.cli_export import add_export_parser
from arledger.domain import fields
from arledger.domain.aging import AgingBasis, BucketScheme, parse_boundaries
from arledger.domain.errors import UserError
from arledger.services.ledger import Ledger

Handler = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _COMMANDS[name] = fn
        return fn
    return register


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one sentence, exit 2, as for any usage error
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\n")


def _date_arg(text: str) -> date:
    try:
        return fields.parse_date(text, "date")
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _ledger_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ledger", type=Path, default=argparse.SUPPRESS,
                   help="ledger file (default: $ARLEDGER_LEDGER or the user data directory)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="arledger", description="Accounts-receivable ledger and collections.")
    parser.add_argument("--version", action="version", version=f"arledger {__version__}")
    parser.add_argument("--ledger", type=Path, default=None,
                        help="ledger file (default: $ARLEDGER_LEDGER or the user data directory)")
    parser.add_argument("--demo", action="store_true", help="open the desktop app on a fresh sample ledger")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("demo", help="write a sample ledger to --ledger")
    _ledger_option(p)
    p.add_argument("--customers", type=int, default=60)
    p.add_argument("--invoices", type=int, default=1500)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--today", type=_date_arg, default=None, help="the date the sample history ends on")

    p = sub.add_parser("import", help="import customers, invoices or payments from CSV or XLSX")
    _ledger_option(p)
    p.add_argument("kind", choices=("customers", "invoices", "payments"))
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    p.add_argument("--sheet", default=None, help="the worksheet to read from an .xlsx file (default: the first)")

    p = sub.add_parser("report", help="reports")
    _ledger_option(p)
    rsub = p.add_subparsers(dest="report", parser_class=_Parser, metavar="REPORT", required=True)
    a = rsub.add_parser("aging", help="aged receivables as of a date")
    _ledger_option(a)
    a.add_argument("--as-of", type=_date_arg, default=None)
    a.add_argument("--buckets", default=None, help="day boundaries, e.g. 30,90,180")
    a.add_argument("--basis", choices=("due", "invoice"), default="due")
    a.add_argument("--by", choices=("customer", "invoice"), default="customer")
    a.add_argument("--customer", default=None, help="only this customer code")
    a.add_argument("--format", choices=("table", "csv", "json"), default="table")

    _COMMANDS["export"] = add_export_parser(sub)
    from arledger import cli_collections

    _REPORTS.update(cli_collections.add_reports(rsub, _ledger_option, _date_arg))
    p = sub.add_parser("letters", help="letters: which are due, render one, send a batch")
    _ledger_option(p)
    lsub = p.add_subparsers(dest="letters", parser_class=_Parser, metavar="ACTION", required=True)
    cli_collections.add_letters_due(lsub, _ledger_option, _date_arg)
    _LETTERS["due"] = cli_collections.letters_due_command
    from arledger import cli_letters

    _LETTERS.update(cli_letters.add_letters_parsers(lsub, _ledger_option, _date_arg))
    _COMMANDS.update(cli_letters.add_statement_parser(sub, _ledger_option, _date_arg))
    _COMMANDS.update(cli_collections.add_parsers(sub, _ledger_option, _date_arg))

    p = sub.add_parser("gui", help="open the desktop app")
    _ledger_option(p)
    return parser


def open_ledger(args: argparse.Namespace) -> Ledger:
    path = args.ledger or paths.default_ledger_path()
    if not Path(path).exists():
        raise UserError(f"There is no ledger at {path}; create one with 'arledger demo --ledger {path}' "
                        "or open the app to start a new one.")
    return Ledger.open(path)


@command("demo")
def _cmd_demo(args: argparse.Namespace) -> int:
    from arledger.services.demo import write_demo_ledger

    path = args.ledger or paths.default_ledger_path()

    def progress(done: int, total: int) -> None:
        if total >= 100000:
            print(f"\r{done:,} of {total:,} invoices", end="", file=sys.stderr, flush=True)

    s = write_demo_ledger(path, customers=args.customers, invoices=args.invoices, seed=args.seed,
                          today=args.today, progress=progress)
    if args.invoices >= 100000:
        print(file=sys.stderr)
    print(f"Wrote a sample ledger to {s.path}: {s.customers:,} customers, {s.invoices:,} invoices, "
          f"{s.payments:,} payments.")
    return 0


@command("import")
def _cmd_import(args: argparse.Namespace) -> int:
    from arledger.services.imports import ImportRejected, import_file

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
        from arledger.domain.money import format_amount
        left = ", ".join(f"{format_amount(v, c)} {c}" for c, v in sorted(result.unapplied.items()))
        print(f"Left as unapplied credit: {left}.")
    return 0


def _aging(args: argparse.Namespace) -> int:
    from arledger.services.collections import aging_invoice_extras
    from arledger.services.reports import AgingGrouping, aging, aging_to_json

    with open_ledger(args) as ledger:
        boundaries = parse_boundaries(args.buckets) if args.buckets else ledger.bucket_scheme().boundaries
        scheme = BucketScheme(boundaries, AgingBasis(args.basis))
        report = aging(ledger, args.as_of or date.today(), scheme, AgingGrouping(args.by), args.customer)
        extra = aging_invoice_extras(ledger, report) if report.grouping is AgingGrouping.INVOICE else None
        data = aging_to_json(report, extra)
    _print_report(data, args.format, by_invoice=args.by == "invoice")
    return 0


def _print_report(data: dict, fmt: str, *, by_invoice: bool) -> None:
    if fmt == "json":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    labels = data["buckets"]
    lead = ["customer", "name", "currency"] + (["invoice", "due_date", "days_overdue"] if by_invoice else [])
    head = lead + labels + ["total"]
    rows = [[str(r.get(k, "")) for k in head] for r in data["rows"]]
    totals = [["TOTAL", "", t["currency"]] + [""] * (len(lead) - 3) + [t[k] for k in [*labels, "total"]]
              for t in data["totals"]]
    if fmt == "csv":
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)
        sys.stdout.write(out.getvalue())
        return
    print(f"Aging as of {data['as_of']} (by {data['basis']} date)")
    table = [head, *rows, *totals]
    widths = [min(40, max(_width(r[i]) for r in table)) for i in range(len(head))]
    numeric = set(range(len(lead), len(head)))
    for n, r in enumerate(table):
        cells = [_pad(c, w, right=i in numeric) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        print("  ".join(cells).rstrip())
        if n == 0 or (n == len(rows) and totals):
            print("  ".join("-" * w for w in widths))
    if not rows:
        print("Nothing is open on that date.")


def _width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, *, right: bool) -> str:
    while _width(text) > width:
        text = text[:-1]
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


@command("report")
def _cmd_report(args: argparse.Namespace) -> int:
    reports: dict[str, Handler] = {"aging": _aging, **_REPORTS}
    return reports[args.report](args)


_REPORTS: dict[str, Handler] = {}
_LETTERS: dict[str, Handler] = {}


@command("letters")
def _cmd_letters(args: argparse.Namespace) -> int:
    return _LETTERS[args.letters](args)


def _run_gui(ledger_path: Path | None, demo: bool) -> int:
    try:
        from arledger.gui.app import run
    except ImportError as exc:
        raise UserError(f"The desktop app cannot start: {exc}.") from None
    return run(ledger_path, demo=demo)


@command("gui")
def _cmd_gui(args: argparse.Namespace) -> int:
    return _run_gui(args.ledger, demo=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _run_gui(args.ledger, demo=args.demo)
        return _COMMANDS[args.command](args)
    except UserError as exc:
        print(f"arledger: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"arledger: {exc.strerror or exc}{where}.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("arledger: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
