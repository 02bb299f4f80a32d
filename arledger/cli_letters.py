"""Command-line front end of letters and statements: render one letter, send a batch, print a statement."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from arledger.domain.errors import UserError
from arledger.services.ledger import Ledger

Handler = Callable[[argparse.Namespace], int]


def add_letters_parsers(letters_sub, common: Callable[[argparse.ArgumentParser], None], date_arg
                        ) -> dict[str, Handler]:
    """Add ``render`` and ``batch`` to the ``letters`` group; returns {action: handler}."""
    p = letters_sub.add_parser("render", help="render a customer's letter to PDF, archive it and log it")
    common(p)
    p.add_argument("--customer", required=True, help="customer code")
    p.add_argument("--level", type=int, default=None, help="send this level even if the policy has none due")
    p.add_argument("--on", type=date_arg, default=None, help="the letter's date (default: today)")
    p.add_argument("--appendix", action="store_true", help="attach the evidence-log appendix at any level")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="also write the PDF here")
    p.add_argument("--preview", action="store_true", help="write FILE only; archive and log nothing")
    p = letters_sub.add_parser("batch", help="send every letter that is due: one PDF each plus one to print")
    common(p)
    p.add_argument("--on", type=date_arg, default=None, help="the letters' date (default: today)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PDFs")
    return {"render": _render, "batch": _batch}


def add_statement_parser(sub, common: Callable[[argparse.ArgumentParser], None], date_arg) -> dict[str, Handler]:
    """Add the top-level ``statement`` command; returns {command: handler}."""
    p = sub.add_parser("statement", help="a customer's statement of account to PDF")
    common(p)
    p.add_argument("--customer", required=True, help="customer code")
    p.add_argument("--from", dest="start", type=date_arg, default=None, help="first day (default: the first entry)")
    p.add_argument("--to", dest="end", type=date_arg, default=None, help="last day (default: today)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    return {"statement": _statement}


def _open(args: argparse.Namespace) -> Ledger:
    from arledger.cli import open_ledger

    return open_ledger(args)


def _render(args: argparse.Namespace) -> int:
    from arledger.services import letters

    if args.preview and args.output is None:
        raise UserError("A preview is only written to a file; give -o FILE.")
    with _open(args) as ledger:
        on = args.on or ledger.today()
        sent = letters.send_letter(ledger, args.customer, on, level=args.level, appendix=args.appendix,
                                   out=args.output, preview=args.preview)
    what = f"level {sent.level} letter ({sent.level_name}) to {sent.customer_code}"
    if not sent.recorded:
        print(f"Wrote a preview of the {what} to {sent.out_path}; nothing was archived or logged.")
        return 0
    also = f"; also written to {sent.out_path}" if sent.out_path else ""
    print(f"Sent the {what}: {len(sent.invoice_numbers)} invoice{'' if len(sent.invoice_numbers) == 1 else 's'}, "
          f"{sent.claimed_text} claimed, reply by {sent.reply_by}. Archived at {sent.archive_path} "
          f"(SHA-256 {sent.sha256}){also}.")
    return 0


def _batch(args: argparse.Namespace) -> int:
    from arledger.services import letters

    with _open(args) as ledger:
        on = args.on or ledger.today()
        interactive = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if interactive and total:
                print(f"\r{done:,} of {total:,} letters", end="", file=sys.stderr, flush=True)

        result = letters.batch(ledger, on, args.out, progress=progress)
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


def _statement(args: argparse.Namespace) -> int:
    from arledger.services import letters

    with _open(args) as ledger:
        end = args.end or ledger.today()
        doc = letters.write_statement(ledger, args.customer, args.start, end, args.output)
    print(f"Wrote the statement of account of {doc.recipient.customer_code} to {args.output} "
          f"({len(doc.rows):,} movement{'' if len(doc.rows) == 1 else 's'}).")
    return 0
