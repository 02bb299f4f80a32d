"""Command-line front end of letters and statements: render one letter, send a batch, print a statement."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

from arledger.cli import dispatch
from arledger.cli.common import (
    Handler,
    SubParsers,
    amount_text,
    date_arg,
    dump_json,
    group,
    ledger_option,
    open_ledger,
    plural,
)
from arledger.domain.errors import UserError
from arledger.services import collections
from arledger.services import dispatch as dispatch_service


def _letters() -> ModuleType:
    # reportlab and the fonts take about 130 ms to load (measured with -X importtime); only letter commands pay.
    from arledger.services import letters

    return letters


def add_parsers(sub: SubParsers) -> dict[str, Handler]:
    """The ``letters`` group (due, render, batch) and the ``statement`` command."""
    letters_sub = group(sub, "letters", "letters: which are due, render one, send a batch", dest="letters")
    p = letters_sub.add_parser("due", help="which letters are due, and why")
    ledger_option(p)
    p.add_argument("--on", type=date_arg, default=None)
    p.add_argument("--customer", default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p = letters_sub.add_parser("render", help="render a customer's letter to PDF, archive it and log it")
    ledger_option(p)
    p.add_argument("--customer", required=True, help="customer code")
    p.add_argument("--level", type=int, default=None, help="send this level even if the policy has none due")
    p.add_argument("--on", type=date_arg, default=None, help="the letter's date (default: today)")
    p.add_argument("--appendix", action=argparse.BooleanOptionalAction, default=None,
                   help="attach (or with --no-appendix leave out) the evidence-log appendix; by default levels 3 "
                        "and 4 carry it")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="also write the PDF here")
    p.add_argument("--preview", action="store_true", help="write FILE only; archive and log nothing")
    p = letters_sub.add_parser("batch", help="send every letter that is due: one PDF each plus one to print")
    ledger_option(p)
    p.add_argument("--on", type=date_arg, default=None, help="the letters' date (default: today)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PDFs")
    p.add_argument("--accept-stale-rates", action="store_true",
                   help="send even where a reference rate is past the end of its table (the last rate is used)")
    p.add_argument("--yes", action="store_true", help="send without asking (the summary is still printed)")
    actions: dict[str, Handler] = {"due": _due, "render": _render, "batch": _batch,
                                   **dispatch.add_letter_actions(letters_sub)}

    p = sub.add_parser("statement", help="a customer's statement of account to PDF")
    ledger_option(p)
    p.add_argument("--customer", required=True, help="customer code")
    p.add_argument("--from", dest="start", type=date_arg, default=None, help="first day (default: the first entry)")
    p.add_argument("--to", dest="end", type=date_arg, default=None, help="last day (default: today)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    return {"letters": lambda args: actions[args.letters](args), "statement": _statement}


def _due(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        entries = collections.letters_due(ledger, args.on or date.today(), args.customer)
    data = [e.to_json() for e in entries]
    if args.format == "json":
        dump_json(data)
        return 0
    if not data:
        print("No letters are due.")
    for d in data:
        what = f"level {d['level']} ({d['level_name']})" if d["level"] else "paused"
        print(f"{d['customer']:<10} {what:<28} {', '.join(d['invoices'][:6])}"
              f"{' ...' if len(d['invoices']) > 6 else ''}\n{'':<11}{d['reason']}")
    return 0


def _render(args: argparse.Namespace) -> int:
    letters = _letters()
    if args.preview and args.output is None:
        raise UserError("A preview is only written to a file; give -o FILE.")
    with open_ledger(args) as ledger:
        on = args.on or ledger.today()
        sent = letters.send_letter(ledger, args.customer, on, level=args.level, appendix=args.appendix,
                                   out=args.output, preview=args.preview)
    for warning in sent.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    what = f"level {sent.level} letter ({sent.level_name}) to {sent.customer_code}"
    if not sent.recorded:
        print(f"Wrote a preview of the {what} to {sent.out_path}; nothing was archived or logged.")
        return 0
    also = f"; also written to {sent.out_path}" if sent.out_path else ""
    print(f"Sent the {what}: {plural(len(sent.invoice_numbers), 'invoice')}, "
          f"{sent.claimed_text} claimed, reply by {sent.reply_by}. Archived at {sent.archive_path} "
          f"(SHA-256 {sent.sha256}){also}.")
    return 0


def _batch(args: argparse.Namespace) -> int:
    letters = _letters()
    with open_ledger(args) as ledger:
        on = args.on or ledger.today()
        summary = dispatch_service.batch_summary(ledger, on)
        if summary.letters and not _confirm_batch(summary, args.yes):
            print("Nothing was sent.", file=sys.stderr)
            return 1
        interactive = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if interactive and total:
                print(f"\r{done:,} of {total:,} letters", end="", file=sys.stderr, flush=True)

        try:
            result = letters.batch(ledger, on, args.out, progress=progress,
                                   accept_stale_rates=args.accept_stale_rates)
        except letters.StaleRates as exc:
            raise UserError(" ".join(exc.warnings) + " No letter was sent: update the rate tables, or run again with "
                            "--accept-stale-rates to use the last known rates.") from None
        for warning in dict.fromkeys(w for sent in result.letters for w in sent.warnings):
            print(f"Warning: {warning}", file=sys.stderr)
        if interactive and result.letters:
            print(file=sys.stderr)
    if not result.letters:
        held = f" ({result.paused} customer{'' if result.paused == 1 else 's'} paused)" if result.paused else ""
        print(f"No letters are due on {on.isoformat()}{held}.")
        return 0
    for line in result.summary_lines():
        print(line)
    resumed = f", {result.resumed} of them from the interrupted run before" if result.resumed else ""
    print(f"Sent {len(result.letters):,} letter{'' if len(result.letters) == 1 else 's'}{resumed}; one PDF each in "
          f"{result.out_dir} and all of them in {result.combined} for printing.")
    return 0


def _confirm_batch(summary: dispatch_service.BatchSummary, yes: bool) -> bool:
    """Print what the batch will send; ask unless --yes. Without a terminal to ask at, --yes is required."""
    print(f"Letters due on {summary.on.isoformat()}: {plural(summary.letters, 'letter')}"
          f"{f' ({summary.paused:,} customers paused)' if summary.paused else ''}.")
    for line in summary.lines:
        print(f"  level {line.level} {line.level_name:<24} {line.channel:<6} {line.currency} "
              f"{plural(line.letters, 'letter'):>12}  claiming {amount_text(line.claimed, line.currency):>16}")
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UserError("Add --yes to send these letters (they will be archived and logged as sent).")
    answer = input(f"Send {plural(summary.letters, 'letter')} now? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _statement(args: argparse.Namespace) -> int:
    letters = _letters()
    with open_ledger(args) as ledger:
        end = args.end or ledger.today()
        doc = letters.write_statement(ledger, args.customer, args.start, end, args.output)
    print(f"Wrote the statement of account of {doc.recipient.customer_code} to {args.output} "
          f"({plural(len(doc.rows), 'movement')}).")
    return 0
