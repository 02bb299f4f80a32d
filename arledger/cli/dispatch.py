"""`arledger letters email|post|delivered|print`, `arledger notices list|post|delivered` and `arledger email
password`: how letters reach the debtor."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from arledger.cli.common import (
    Handler,
    SubParsers,
    date_arg,
    dump_json,
    group,
    help_text,
    ledger_option,
    message_text,
    open_ledger,
    pad,
    say,
)
from arledger.domain.errors import UserError
from arledger.domain.messages import msg, plural_msg
from arledger.services import dispatch, printing
from arledger.services.ledger import Ledger
from arledger.services.queue import notice_kind_word


def add_letter_actions(letters_sub: SubParsers[Any]) -> dict[str, Handler]:
    """The dispatch actions of the ``letters`` group; returns {action: handler}."""
    p = letters_sub.add_parser("email",
                               help=help_text(msg("cli.help.letters.email",
                                                  "email a recorded letter as a PDF attachment (or write the .eml)")))
    _which_letter(p)
    p.add_argument("--to", default=None,
                   help=help_text(msg("cli.help.letters.email.to",
                                      "address(es), comma-separated (default: the customer's email)")))
    p.add_argument("--eml-only", type=Path, default=None, metavar="DIR",
                   help=help_text(msg("cli.help.letters.email.eml_only",
                                      "write the message as an .eml file for your own mail program; nothing is sent or "
                                      "recorded")))
    p = letters_sub.add_parser("post",
                               help=help_text(msg("cli.help.letters.post",
                                                  "record that a letter was posted, with its tracking number")))
    _which_letter(p)
    p.add_argument("--method", required=True, choices=dispatch.POST_METHODS)
    p.add_argument("--tracking", default="",
                   help=help_text(msg("cli.help.letters.post.tracking", "the tracking or recorded-delivery number")))
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.letters.post.on", "the day it was posted (default: today)")))
    p = letters_sub.add_parser("delivered",
                               help=help_text(msg("cli.help.letters.delivered",
                                                  "record when a posted letter was delivered")))
    _which_letter(p)
    p.add_argument("--on", type=date_arg, required=True,
                   help=help_text(msg("cli.help.letters.delivered.on",
                                      "the day of delivery (from the tracking record)")))
    p.add_argument("--note", default="",
                   help=help_text(msg("cli.help.letters.delivered.note", "e.g. who signed for it")))
    p = letters_sub.add_parser("print",
                               help=help_text(msg("cli.help.letters.print",
                                                  "send a recorded letter (or any PDF) to a printer as it is: vector "
                                                  "pages through the system's print spooler")))
    ledger_option(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--letter", type=int,
                       help=help_text(msg("cli.help.letters.print.letter", "the letter's number")))
    which.add_argument("--customer",
                       help=help_text(msg("cli.help.letters.print.customer", "the customer's latest letter")))
    which.add_argument("--file", type=Path,
                       help=help_text(msg("cli.help.letters.print.file", "a PDF, e.g. a batch's combined file")))
    p.add_argument("--printer", default="",
                   help=help_text(msg("cli.help.letters.print.printer",
                                      "printer name (default: the system's default printer)")))
    p.add_argument("--copies", type=int, default=1)
    return {"email": _email, "post": _post, "delivered": _delivered, "print": _print}


def add_parsers(sub: SubParsers[Any]) -> dict[str, Handler]:
    g = group(sub, "email", msg("cli.help.email", "the mail server letters are sent through"))
    p = g.add_parser("password",
                     help=help_text(msg("cli.help.email.password",
                                        "keep the mail server's password in the system keyring (read from stdin when "
                                        "it is not a terminal)")))
    ledger_option(p)
    g = group(sub, "notices", msg("cli.help.notices",
                                  "the letters between the demands (courtesy reminders, promise confirmations, "
                                  "repayment agreements, thank-you letters): what was sent, and their post and "
                                  "delivery records"),
              dest="notices")
    p = g.add_parser("list",
                     help=help_text(msg("cli.help.notices.list",
                                        "the notices sent, newest first, with how each went (email, post, delivery)")))
    ledger_option(p)
    p.add_argument("--customer", default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p = g.add_parser("post",
                     help=help_text(msg("cli.help.notices.post",
                                        "record that a notice was posted, with its tracking number")))
    _which_notice(p)
    p.add_argument("--method", required=True, choices=dispatch.POST_METHODS)
    p.add_argument("--tracking", default="",
                   help=help_text(msg("cli.help.notices.post.tracking", "the tracking or recorded-delivery number")))
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.notices.post.on", "the day it was posted (default: today)")))
    p = g.add_parser("delivered",
                     help=help_text(msg("cli.help.notices.delivered",
                                        "record when a posted notice was delivered (a delivered repayment agreement "
                                        "restarts limitation where the rule pack says a delivered demand does)")))
    _which_notice(p)
    p.add_argument("--on", type=date_arg, required=True,
                   help=help_text(msg("cli.help.notices.delivered.on",
                                      "the day of delivery (from the tracking record)")))
    p.add_argument("--note", default="",
                   help=help_text(msg("cli.help.notices.delivered.note", "e.g. who signed for it")))
    return {"email": _password, "notices": _notices}


def _which_notice(p: argparse.ArgumentParser) -> None:
    ledger_option(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--notice", type=int,
                       help=help_text(msg("cli.help.which_notice.notice",
                                          "the notice's number (see 'arledger notices list')")))
    which.add_argument("--customer",
                       help=help_text(msg("cli.help.which_notice.customer",
                                          "the customer's latest notice (of --kind, if given)")))
    p.add_argument("--kind", default=None, choices=("courtesy", "promise_confirmation", "repayment_agreement",
                                                    "thank_you"))


def _notices(args: argparse.Namespace) -> int:
    return {"list": _notices_list, "post": _notice_post, "delivered": _notice_delivered}[args.notices](args)


def _notice_id(ledger: Ledger, args: argparse.Namespace) -> int:
    from arledger.services import notices  # reportlab and the renderers: ~0.5 s, paid only by notice commands

    return args.notice if args.notice is not None else notices.latest_notice_id(ledger, args.customer, args.kind)


def _notices_list(args: argparse.Namespace) -> int:
    from arledger.services import notices  # reportlab and the renderers: ~0.5 s, paid only by notice commands

    with open_ledger(args) as ledger:
        found = notices.sent_notices(ledger, args.customer)
    if args.format == "json":
        dump_json([{"notice": n.notice_id, "kind": n.kind, "customer": n.customer_code, "file": n.reference_file,
                    "sent_on": n.sent_on.isoformat(), "emailed": n.emailed, "posted": n.posted,
                    "tracking": n.tracking, "delivered_on": n.delivered_on.isoformat() if n.delivered_on else None}
                   for n in found])
        return 0
    if not found:
        say(msg("cli.notices.none", "No notice has been sent."))
    for n in found:
        how = [message_text(msg("cli.notices.emailed", "emailed"))] if n.emailed else []
        if n.posted:
            how.append(message_text(msg("cli.notices.posted", "posted ({method}{tracking})", method=n.posted,
                                        tracking=f", {n.tracking}" if n.tracking else None)))
        if n.delivered_on:
            how.append(message_text(msg("cli.notices.delivered", "delivered {on}", on=n.delivered_on)))
        state = "; ".join(how) or message_text(msg("cli.notices.archived", "archived, not yet sent out"))
        kind = pad(message_text(notice_kind_word(n.kind)), 20, right=False)
        print(f"{n.notice_id:>5} {n.sent_on.isoformat()} {n.customer_code:<10} {kind} {state}")
    return 0


def _notice_post(args: argparse.Namespace) -> int:
    from arledger.services import notices  # reportlab and the renderers: ~0.5 s, paid only by notice commands

    with open_ledger(args) as ledger:
        posted = notices.record_notice_post(ledger, _notice_id(ledger, args), args.method, tracking=args.tracking,
                                            on=args.on)
    tracking = msg("queue.tracking", ", tracking {tracking}", tracking=posted.tracking) if posted.tracking else None
    say(msg("cli.notice_post.recorded", "Recorded notice {notice} as posted ({method}{tracking}) in evidence event "
            "{event}.", notice=posted.notice_id, method=posted.method, tracking=tracking, event=posted.evidence_seq))
    return 0


def _notice_delivered(args: argparse.Namespace) -> int:
    from arledger.services import notices  # reportlab and the renderers: ~0.5 s, paid only by notice commands

    with open_ledger(args) as ledger:
        d = notices.record_notice_delivery(ledger, _notice_id(ledger, args), args.on, note=args.note)
    also = (msg("cli.notice_delivery.restarts", "; it restarts limitation for the invoices it names")
            if d.restarts_limitation else None)
    say(msg("cli.notice_delivery.recorded", "Recorded notice {notice} as delivered on {on} (evidence event {event})"
            "{also}.", notice=d.notice_id, on=d.on.isoformat(), event=d.evidence_seq, also=also))
    return 0


def _which_letter(p: argparse.ArgumentParser) -> None:
    ledger_option(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--letter", type=int,
                       help=help_text(msg("cli.help.which_letter.letter",
                                          "the letter's number (see 'arledger evidence list')")))
    which.add_argument("--customer",
                       help=help_text(msg("cli.help.which_letter.customer", "the customer's latest letter")))


def _letter_id(ledger: Ledger, args: argparse.Namespace) -> int:
    return args.letter if args.letter is not None else dispatch.latest_letter_id(ledger, args.customer)


def _email(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        lid = _letter_id(ledger, args)
        if args.eml_only is not None:
            path = dispatch.write_eml(ledger, lid, args.eml_only, to=args.to)
            say(msg("cli.email.eml_written", "Wrote {path}; nothing was sent or recorded. Send it from your mail "
                    "program, then record it.", path=str(path)))
            return 0
        sent = dispatch.email_letter(ledger, lid, to=args.to)
    say(msg("cli.email.sent", "Emailed letter {letter} to {to}: accepted by the server at {at}, Message-ID "
            "{message_id}, message SHA-256 {sha256} (evidence event {event}; kept as {path}).", letter=sent.letter_id,
            to=", ".join(sent.recipients), at=sent.accepted_at.isoformat(timespec="seconds"),
            message_id=sent.message_id, sha256=sent.sha256, event=sent.evidence_seq, path=str(sent.eml_path)))
    return 0


def _post(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        posted = dispatch.record_post(ledger, _letter_id(ledger, args), args.method, tracking=args.tracking,
                                      on=args.on)
    tracking = msg("queue.tracking", ", tracking {tracking}", tracking=posted.tracking) if posted.tracking else None
    say(msg("cli.post.recorded", "Recorded letter {letter} as posted ({method}{tracking}) in evidence event "
            "{event}.", letter=posted.letter_id, method=posted.method, tracking=tracking, event=posted.evidence_seq))
    return 0


def _delivered(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        d = dispatch.record_delivery(ledger, _letter_id(ledger, args), args.on, note=args.note)
    also = (msg("cli.delivery.restarts", "; it restarts limitation for the letter's invoices")
            if d.restarts_limitation else None)
    say(msg("cli.delivery.recorded", "Recorded letter {letter} as delivered on {on} (evidence event {event}){also}.",
            letter=d.letter_id, on=d.on.isoformat(), event=d.evidence_seq, also=also))
    return 0


def _print(args: argparse.Namespace) -> int:
    if args.file is not None:
        if not args.file.is_file():
            raise UserError(msg("cli.no_file", "There is no file {path}.", path=str(args.file)))
        source, title = args.file, args.file.name
    else:
        with open_ledger(args) as ledger:
            letter = dispatch.recorded_letter(ledger, _letter_id(ledger, args))
        source, title = letter.path, f"{letter.customer.code}-{letter.path.name}"
    job = printing.print_pdf(source, printer=args.printer, copies=args.copies, title=title)
    printer = job.printer or msg("cli.print.default_printer", "the default printer")
    say(plural_msg("cli.print.sent", "Sent {title} to {printer} (job {job}, {n} copy).",
                   "Sent {title} to {printer} (job {job}, {n} copies).", n=job.copies, title=title, printer=printer,
                   job=job.job_id or "?"))
    return 0


def _password(args: argparse.Namespace) -> int:
    interactive = sys.stdin.isatty()
    prompt = message_text(msg("cli.password_prompt", "Mail server password:")) + " "
    password = getpass.getpass(prompt) if interactive else sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UserError(msg("cli.no_password", "No password was given; nothing was stored."))
    with open_ledger(args) as ledger:
        dispatch.store_password(ledger, password)
    say(msg("cli.password_stored", "The password is kept in the system keyring (not in the ledger)."))
    return 0
