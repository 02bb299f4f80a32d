"""Command-line front end of letters and statements: render one letter, send a batch, print a statement."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

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
from arledger.services import dispatch as dispatch_service
from arledger.services import escalation
from arledger.services.ledger import Ledger


def _letters() -> ModuleType:
    # reportlab and the fonts take about 130 ms to load (measured with -X importtime); only letter commands pay.
    from arledger.services import letters

    return letters


def _letter_archive() -> ModuleType:
    from arledger.services import letter_archive  # reportlab, as in _letters

    return letter_archive


def _letter_batch() -> ModuleType:
    from arledger.services import letter_batch  # reportlab, as in _letters

    return letter_batch


def _statements() -> ModuleType:
    from arledger.services import statements  # reportlab, as in _letters

    return statements


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
    p = letters_sub.add_parser("send", help="send a customer's letter: archive and log it, by email with --email "
                                            "(recorded only once the mail server accepted it)")
    ledger_option(p)
    p.add_argument("--customer", required=True, help="customer code")
    p.add_argument("--level", type=int, default=None, help="send this level even if the policy has none due")
    p.add_argument("--on", type=date_arg, default=None, help="the letter's date (default: today)")
    p.add_argument("--appendix", action=argparse.BooleanOptionalAction, default=None,
                   help="attach (or with --no-appendix leave out) the evidence-log appendix; by default levels 3 "
                        "and 4 carry it")
    _email_options(p)
    p.add_argument("--to", default=None, help="address(es), comma-separated (default: the customer's email)")
    p = letters_sub.add_parser("confirm-promise", help="send the written confirmation of a promise to pay (书面确认)")
    ledger_option(p)
    p.add_argument("--promise", type=int, required=True, help="the promise's number (see 'arledger promise list')")
    p.add_argument("--on", type=date_arg, default=None, help="the letter's date (default: today)")
    p.add_argument("--email", action="store_true",
                   help="email it as a PDF attachment; it is recorded only once the mail server accepted it")
    p.add_argument("--to", default=None, help="address(es), comma-separated (default: the customer's email)")
    p = letters_sub.add_parser("thank-you", help="send the thank-you (and receipt) to a customer who had letters "
                                                 "and has paid in full")
    ledger_option(p)
    p.add_argument("--customer", required=True, help="customer code")
    p.add_argument("--on", type=date_arg, default=None, help="the letter's date (default: today)")
    p.add_argument("--email", action="store_true",
                   help="email it as a PDF attachment; it is recorded only once the mail server accepted it")
    p.add_argument("--to", default=None, help="address(es), comma-separated (default: the customer's email)")
    p = letters_sub.add_parser("courtesy", help="send the level 0 courtesy reminder before invoices fall due "
                                                "(escalation_policy courtesy_reminder_days turns it on)")
    ledger_option(p)
    p.add_argument("--customer", required=True, help="customer code")
    p.add_argument("--on", type=date_arg, default=None, help="the letter's date (default: today)")
    p.add_argument("--email", action="store_true",
                   help="email it as a PDF attachment; it is recorded only once the mail server accepted it")
    p.add_argument("--to", default=None, help="address(es), comma-separated (default: the customer's email)")
    p = letters_sub.add_parser("agreement", help="send the repayment agreement of an instalment plan, for both "
                                                 "sides to sign")
    ledger_option(p)
    p.add_argument("--plan", type=int, required=True, help="the plan's number (see 'arledger plan list')")
    p.add_argument("--on", type=date_arg, default=None, help="the letter's date (default: today)")
    p.add_argument("--email", action="store_true",
                   help="email it as a PDF attachment; it is recorded only once the mail server accepted it")
    p.add_argument("--to", default=None, help="address(es), comma-separated (default: the customer's email)")
    p = letters_sub.add_parser("batch", help="send every letter that is due: one PDF each plus one to print")
    ledger_option(p)
    p.add_argument("--on", type=date_arg, default=None, help="the letters' date (default: today)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PDFs")
    p.add_argument("--accept-stale-rates", action="store_true",
                   help="send even where a reference rate is past the end of its table (the last rate is used)")
    p.add_argument("--yes", action="store_true", help="send without asking (the summary is still printed)")
    _email_options(p)
    actions: dict[str, Handler] = {"due": _due, "render": _render, "send": _send, "batch": _batch,
                                   "confirm-promise": _confirm_promise, "thank-you": _thank_you,
                                   "courtesy": _courtesy, "agreement": _agreement,
                                   **dispatch.add_letter_actions(letters_sub)}

    p = sub.add_parser("statement", help="a customer's statement of account to PDF")
    ledger_option(p)
    p.add_argument("--customer", required=True, help="customer code")
    p.add_argument("--from", dest="start", type=date_arg, default=None, help="first day (default: the first entry)")
    p.add_argument("--to", dest="end", type=date_arg, default=None, help="last day (default: today)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    return {"letters": lambda args: actions[args.letters](args), "statement": _statement}


def _email_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--email", action="store_true",
                   help="email the letter as a PDF attachment; it is recorded only once the mail server accepted it")
    p.add_argument("--eml-only", type=Path, default=None, metavar="DIR",
                   help="with --email: record the letter and write its message as an .eml file in DIR for your own "
                        "mail program instead of sending it")


def _by_email(ledger: Ledger, args: argparse.Namespace) -> dispatch_service.Mailer | None:
    if args.eml_only is not None and not args.email:
        raise UserError("--eml-only goes with --email.")
    if not args.email or args.eml_only is not None:
        return None
    return dispatch_service.mailer(ledger)


def _write_emls(ledger: Ledger, sent: Sequence[Any], folder: Path, to: str | None = None) -> list[Path]:
    """The .eml of each recorded letter whose customer has an address, for the user's own mail program."""
    written = []
    for letter in sent:
        try:
            written.append(dispatch_service.write_eml(ledger, letter.letter_id, folder, to=to))
        except UserError as exc:
            print(f"{letter.customer_code}: {exc}", file=sys.stderr)
    return written


def _due(args: argparse.Namespace) -> int:
    from arledger.services import notices

    with open_ledger(args) as ledger:
        on = args.on or date.today()
        entries = escalation.letters_due(ledger, on, args.customer)
        thanks = notices.thank_you_due(ledger, on, args.customer)
        courtesy = notices.courtesy_due(ledger, on, args.customer)
    data = [e.to_json() for e in entries]
    data += [{"customer": c.customer.code, "level": 0, "level_name": "courtesy reminder", "kind": "courtesy",
              "invoices": [], "reason": f"{' + '.join(str(m) for m in c.totals)} falls due soon; send 'arledger "
                                        f"letters courtesy --customer {c.customer.code}'"} for c in courtesy]
    data += [{"customer": c.code, "level": 0, "level_name": "thank-you", "kind": "thank_you", "invoices": [],
              "reason": f"paid in full after our letters; send 'arledger letters thank-you --customer {c.code}'"}
             for c in thanks]
    if args.format == "json":
        dump_json(data)
        return 0
    if not data:
        print("No letters are due.")
    for d in data:
        what = f"level {d['level']} ({d['level_name']})" if d["level"] else d.get("level_name") if d.get(
            "kind") else "paused"
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


def _send(args: argparse.Namespace) -> int:
    letters = _letters()
    letter_archive = _letter_archive()
    with open_ledger(args) as ledger:
        on = args.on or ledger.today()
        mailer = _by_email(ledger, args)
        if args.eml_only is not None:
            dispatch_service.recipients_for(ledger.customer(args.customer), args.to)
        by_email = letter_archive.ByEmail(mailer, args.to) if mailer is not None else None
        sent = letters.send_letter(ledger, args.customer, on, level=args.level, appendix=args.appendix,
                                   by_email=by_email)
        emls = _write_emls(ledger, [sent], args.eml_only, args.to) if args.eml_only is not None else []
    for warning in sent.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    what = f"level {sent.level} letter ({sent.level_name}) to {sent.customer_code}"
    how = ""
    if sent.emailed_to:
        how = (f" Emailed to {', '.join(sent.emailed_to)}: accepted by the server, Message-ID {sent.message_id} "
               f"(evidence event {sent.email_event}).")
    elif emls:
        how = f" Wrote {emls[0]} for your mail program; record the email once it is sent."
    print(f"Sent the {what}: {plural(len(sent.invoice_numbers), 'invoice')}, {sent.claimed_text} claimed, "
          f"reply by {sent.reply_by}. Archived at {sent.archive_path} (SHA-256 {sent.sha256}).{how}")
    return 0


def _confirm_promise(args: argparse.Namespace) -> int:
    return _send_notice(args, f"confirmation of promise {args.promise}",
                        lambda notices, ledger, mailer: notices.send_promise_confirmation(
                            ledger, args.promise, on=args.on, mailer=mailer, to=args.to))


def _thank_you(args: argparse.Namespace) -> int:
    return _send_notice(args, "thank-you", lambda notices, ledger, mailer: notices.send_thank_you(
        ledger, args.customer, on=args.on, mailer=mailer, to=args.to))


def _courtesy(args: argparse.Namespace) -> int:
    return _send_notice(args, "courtesy reminder", lambda notices, ledger, mailer: notices.send_courtesy(
        ledger, args.customer, on=args.on, mailer=mailer, to=args.to))


def _agreement(args: argparse.Namespace) -> int:
    return _send_notice(args, f"repayment agreement of plan {args.plan}",
                        lambda notices, ledger, mailer: notices.send_repayment_agreement(
                            ledger, args.plan, on=args.on, mailer=mailer, to=args.to))


def _send_notice(args: argparse.Namespace, what: str, send: Callable[[ModuleType, Ledger, Any], Any]) -> int:
    """Open the ledger, send one of the letters between the demands (by email with --email) and say so."""
    from arledger.services import notices  # renders with reportlab, like the letters

    with open_ledger(args) as ledger:
        mailer = dispatch_service.mailer(ledger) if args.email else None
        sent = send(notices, ledger, mailer)
    how = (f" Emailed to {', '.join(sent.emailed_to)}: accepted by the server, Message-ID {sent.message_id} "
           f"(evidence event {sent.email_event}).") if sent.emailed_to else ""
    print(f"Sent the {what} to {sent.customer_code} ({sent.reference}): archived at {sent.archive_path} "
          f"(SHA-256 {sent.sha256}, evidence event {sent.evidence_seq}).{how}")
    return 0


def _batch(args: argparse.Namespace) -> int:
    letter_batch = _letter_batch()
    with open_ledger(args) as ledger:
        on = args.on or ledger.today()
        mailer = _by_email(ledger, args)
        summary = dispatch_service.batch_summary(ledger, on, email=args.email)
        if summary.letters and not _confirm_batch(summary, args.yes):
            print("Nothing was sent.", file=sys.stderr)
            return 1
        interactive = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if interactive and total:
                print(f"\r{done:,} of {total:,} letters", end="", file=sys.stderr, flush=True)

        try:
            result = letter_batch.batch(ledger, on, args.out, progress=progress,
                                   accept_stale_rates=args.accept_stale_rates, mailer=mailer)
        except letter_batch.StaleRates as exc:
            raise UserError(" ".join(exc.warnings) + " No letter was sent: update the rate tables, or run again with "
                            "--accept-stale-rates to use the last known rates.") from None
        for warning in dict.fromkeys(w for sent in result.letters for w in sent.warnings):
            print(f"Warning: {warning}", file=sys.stderr)
        if interactive and result.letters:
            print(file=sys.stderr)
        emls = _write_emls(ledger, [s for s in result.letters if s.letter_id is not None],
                           args.eml_only) if args.eml_only is not None else []
    for code, why in result.failed:
        print(f"Not sent to {code}: {why}", file=sys.stderr)
    if not result.letters and result.failed:
        print(f"No letter was sent; {plural(len(result.failed), 'letter')} failed.")
        return 1
    if not result.letters:
        held = f" ({result.paused} customer{'' if result.paused == 1 else 's'} paused)" if result.paused else ""
        print(f"No letters are due on {on.isoformat()}{held}.")
        return 0
    for line in result.summary_lines():
        print(line)
    resumed = f", {result.resumed} of them from the interrupted run before" if result.resumed else ""
    printed = f" and the {len(result.printed):,} to print in {result.combined}" if result.combined else ""
    emailed = f", {len(result.emailed):,} of them by email" if result.emailed else ""
    print(f"Sent {len(result.letters):,} letter{'' if len(result.letters) == 1 else 's'}{resumed}{emailed}; one PDF "
          f"each in {result.out_dir}{printed}.")
    if emls:
        print(f"Wrote {plural(len(emls), '.eml file')} to {args.eml_only} for your mail program.")
    if result.failed:
        print(f"{plural(len(result.failed), 'letter')} failed and {'was' if len(result.failed) == 1 else 'were'} "
              "not recorded; see above.")
        return 1
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
    statements = _statements()
    with open_ledger(args) as ledger:
        end = args.end or ledger.today()
        doc = statements.write_statement(ledger, args.customer, args.start, end, args.output)
    print(f"Wrote the statement of account of {doc.recipient.customer_code} to {args.output} "
          f"({plural(len(doc.rows), 'movement')}).")
    return 0
