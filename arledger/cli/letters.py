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
    error_text,
    group,
    help_text,
    ledger_option,
    message_text,
    open_ledger,
    pad,
    say,
    warn,
)
from arledger.domain.dunning import level_title
from arledger.domain.errors import UserError
from arledger.domain.messages import Count, Message, distinct, msg, plural_msg, sentences
from arledger.services import dispatch as dispatch_service
from arledger.services import escalation
from arledger.services.ledger import Ledger
from arledger.services.queue import notice_kind_word


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


def add_parsers(sub: SubParsers[Any]) -> dict[str, Handler]:
    """The ``letters`` group (due, render, batch) and the ``statement`` command."""
    letters_sub = group(sub, "letters", msg("cli.help.letters",
                                            "letters: which are due, render one, send a batch"), dest="letters")
    p = letters_sub.add_parser("due", help=help_text(msg("cli.help.letters.due", "which letters are due, and why")))
    ledger_option(p)
    p.add_argument("--on", type=date_arg, default=None)
    p.add_argument("--customer", default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p = letters_sub.add_parser("render",
                               help=help_text(msg("cli.help.letters.render",
                                                  "render a customer's letter to PDF, archive it and log it")))
    ledger_option(p)
    p.add_argument("--customer", required=True,
                   help=help_text(msg("cli.help.letters.render.customer", "customer code")))
    p.add_argument("--level", type=int, default=None,
                   help=help_text(msg("cli.help.letters.render.level",
                                      "send this level even if the policy has none due")))
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.letters.render.on", "the letter's date (default: today)")))
    p.add_argument("--appendix", action=argparse.BooleanOptionalAction, default=None,
                   help=help_text(msg("cli.help.letters.render.appendix",
                                      "attach (or with --no-appendix leave out) the evidence-log appendix; by default "
                                      "levels 3 and 4 carry it")))
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help=help_text(msg("cli.help.letters.render.output", "also write the PDF here")))
    p.add_argument("--preview", action="store_true",
                   help=help_text(msg("cli.help.letters.render.preview", "write FILE only; archive and log nothing")))
    p = letters_sub.add_parser("send",
                               help=help_text(msg("cli.help.letters.send",
                                                  "send a customer's letter: archive and log it, by email with --email "
                                                  "(recorded only once the mail server accepted it)")))
    ledger_option(p)
    p.add_argument("--customer", required=True, help=help_text(msg("cli.help.letters.send.customer", "customer code")))
    p.add_argument("--level", type=int, default=None,
                   help=help_text(msg("cli.help.letters.send.level",
                                      "send this level even if the policy has none due")))
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.letters.send.on", "the letter's date (default: today)")))
    p.add_argument("--appendix", action=argparse.BooleanOptionalAction, default=None,
                   help=help_text(msg("cli.help.letters.send.appendix",
                                      "attach (or with --no-appendix leave out) the evidence-log appendix; by default "
                                      "levels 3 and 4 carry it")))
    _email_options(p)
    p.add_argument("--to", default=None,
                   help=help_text(msg("cli.help.letters.send.to",
                                      "address(es), comma-separated (default: the customer's email)")))
    p = letters_sub.add_parser("confirm-promise",
                               help=help_text(msg("cli.help.letters.confirm_promise",
                                                  "send the written confirmation of a promise to pay (书面确认)")))
    ledger_option(p)
    p.add_argument("--promise", type=int, required=True,
                   help=help_text(msg("cli.help.letters.confirm_promise.promise",
                                      "the promise's number (see 'arledger promise list')")))
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.letters.confirm_promise.on", "the letter's date (default: today)")))
    p.add_argument("--email", action="store_true",
                   help=help_text(msg("cli.help.letters.confirm_promise.email",
                                      "email it as a PDF attachment; it is recorded only once the mail server accepted "
                                      "it")))
    p.add_argument("--to", default=None,
                   help=help_text(msg("cli.help.letters.confirm_promise.to",
                                      "address(es), comma-separated (default: the customer's email)")))
    p = letters_sub.add_parser("thank-you",
                               help=help_text(msg("cli.help.letters.thank_you",
                                                  "send the thank-you (and receipt) to a customer who had letters and "
                                                  "has paid in full")))
    ledger_option(p)
    p.add_argument("--customer", required=True,
                   help=help_text(msg("cli.help.letters.thank_you.customer", "customer code")))
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.letters.thank_you.on", "the letter's date (default: today)")))
    p.add_argument("--email", action="store_true",
                   help=help_text(msg("cli.help.letters.thank_you.email",
                                      "email it as a PDF attachment; it is recorded only once the mail server accepted "
                                      "it")))
    p.add_argument("--to", default=None,
                   help=help_text(msg("cli.help.letters.thank_you.to",
                                      "address(es), comma-separated (default: the customer's email)")))
    p = letters_sub.add_parser("courtesy",
                               help=help_text(msg("cli.help.letters.courtesy",
                                                  "send the level 0 courtesy reminder before invoices fall due "
                                                  "(escalation_policy courtesy_reminder_days turns it on)")))
    ledger_option(p)
    p.add_argument("--customer", required=True,
                   help=help_text(msg("cli.help.letters.courtesy.customer", "customer code")))
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.letters.courtesy.on", "the letter's date (default: today)")))
    p.add_argument("--email", action="store_true",
                   help=help_text(msg("cli.help.letters.courtesy.email",
                                      "email it as a PDF attachment; it is recorded only once the mail server accepted "
                                      "it")))
    p.add_argument("--to", default=None,
                   help=help_text(msg("cli.help.letters.courtesy.to",
                                      "address(es), comma-separated (default: the customer's email)")))
    p = letters_sub.add_parser("agreement",
                               help=help_text(msg("cli.help.letters.agreement",
                                                  "send the repayment agreement of an instalment plan, for both sides "
                                                  "to sign")))
    ledger_option(p)
    p.add_argument("--plan", type=int, required=True,
                   help=help_text(msg("cli.help.letters.agreement.plan",
                                      "the plan's number (see 'arledger plan list')")))
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.letters.agreement.on", "the letter's date (default: today)")))
    p.add_argument("--email", action="store_true",
                   help=help_text(msg("cli.help.letters.agreement.email",
                                      "email it as a PDF attachment; it is recorded only once the mail server accepted "
                                      "it")))
    p.add_argument("--to", default=None,
                   help=help_text(msg("cli.help.letters.agreement.to",
                                      "address(es), comma-separated (default: the customer's email)")))
    p = letters_sub.add_parser("batch",
                               help=help_text(msg("cli.help.letters.batch",
                                                  "send every letter that is due: one PDF each plus one to print")))
    ledger_option(p)
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.letters.batch.on", "the letters' date (default: today)")))
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help=help_text(msg("cli.help.letters.batch.out", "folder for the PDFs")))
    p.add_argument("--accept-stale-rates", action="store_true",
                   help=help_text(msg("cli.help.letters.batch.accept_stale_rates",
                                      "send even where a reference rate is past the end of its table (the last rate is "
                                      "used)")))
    p.add_argument("--yes", action="store_true",
                   help=help_text(msg("cli.help.letters.batch.yes",
                                      "send without asking (the summary is still printed)")))
    _email_options(p)
    actions: dict[str, Handler] = {"due": _due, "render": _render, "send": _send, "batch": _batch,
                                   "confirm-promise": _confirm_promise, "thank-you": _thank_you,
                                   "courtesy": _courtesy, "agreement": _agreement,
                                   **dispatch.add_letter_actions(letters_sub)}

    p = sub.add_parser("statement",
                       help=help_text(msg("cli.help.statement", "a customer's statement of account to PDF")))
    ledger_option(p)
    p.add_argument("--customer", required=True, help=help_text(msg("cli.help.statement.customer", "customer code")))
    p.add_argument("--from", dest="start", type=date_arg, default=None,
                   help=help_text(msg("cli.help.statement.from", "first day (default: the first entry)")))
    p.add_argument("--to", dest="end", type=date_arg, default=None,
                   help=help_text(msg("cli.help.statement.to", "last day (default: today)")))
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    return {"letters": lambda args: actions[args.letters](args), "statement": _statement}


def _email_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--email", action="store_true",
                   help=help_text(msg("cli.help.email_options.email",
                                      "email the letter as a PDF attachment; it is recorded only once the mail server "
                                      "accepted it")))
    p.add_argument("--eml-only", type=Path, default=None, metavar="DIR",
                   help=help_text(msg("cli.help.email_options.eml_only",
                                      "with --email: record the letter and write its message as an .eml file in DIR "
                                      "for your own mail program instead of sending it")))


def _by_email(ledger: Ledger, args: argparse.Namespace) -> dispatch_service.Mailer | None:
    if args.eml_only is not None and not args.email:
        raise UserError(msg("cli.eml_needs_email", "--eml-only goes with --email."))
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
            print(f"{letter.customer_code}: {error_text(exc)}", file=sys.stderr)
    return written


def _due(args: argparse.Namespace) -> int:
    from arledger.services import notices

    with open_ledger(args) as ledger:
        on = args.on or date.today()
        entries = escalation.letters_due(ledger, on, args.customer)
        thanks = notices.thank_you_due(ledger, on, args.customer)
        courtesy = notices.courtesy_due(ledger, on, args.customer)
    data = [e.to_json() for e in entries]
    why = [e.reason for e in entries]
    # what each line is, in the reader's language (the JSON keeps its English names)
    what: list[Message] = [msg("cli.letters.level", "level {level} ({name})", level=e.decision.level,
                               name=level_title(e.decision.level_name)) if e.decision
                           else msg("cli.letters.paused", "paused") for e in entries]
    for c in courtesy:
        why.append(msg("cli.letters.courtesy_due", "{amounts} falls due soon; send 'arledger letters courtesy "
                       "--customer {customer}'", amounts=[m.as_amount() for m in c.totals],
                       customer=c.customer.code))
        what.append(notice_kind_word("courtesy"))
        data.append({"customer": c.customer.code, "level": 0, "level_name": "courtesy reminder", "kind": "courtesy",
                     "invoices": [], "reason": str(why[-1])})
    for t in thanks:
        why.append(msg("cli.letters.thank_you_due", "paid in full after our letters; send 'arledger letters "
                       "thank-you --customer {customer}'", customer=t.code))
        what.append(notice_kind_word("thank_you"))
        data.append({"customer": t.code, "level": 0, "level_name": "thank-you", "kind": "thank_you", "invoices": [],
                     "reason": str(why[-1])})
    if args.format == "json":
        dump_json(data)
        return 0
    if not data:
        say(msg("cli.letters.none_due", "No letters are due."))
    for d, kind, reason in zip(data, what, why, strict=True):
        print(f"{d['customer']:<10} {pad(message_text(kind), 28, right=False)} {', '.join(d['invoices'][:6])}"
              f"{' ...' if len(d['invoices']) > 6 else ''}\n{'':<11}{message_text(reason)}")
    return 0


def _render(args: argparse.Namespace) -> int:
    letters = _letters()
    if args.preview and args.output is None:
        raise UserError(msg("cli.preview_needs_file", "A preview is only written to a file; give -o FILE."))
    with open_ledger(args) as ledger:
        on = args.on or ledger.today()
        sent = letters.send_letter(ledger, args.customer, on, level=args.level, appendix=args.appendix,
                                   out=args.output, preview=args.preview)
    for warning in sent.warnings:
        warn(warning)
    what = _level_letter(sent)
    if not sent.recorded:
        say(msg("cli.letters.preview_written", "Wrote a preview of the {what} to {path}; nothing was archived or "
                "logged.", what=what, path=str(sent.out_path)))
        return 0
    sent_line = _sent_line(sent)
    if sent.out_path:
        sent_line = msg("cli.letters.also_written", "{sent} Also written to {path}.", sent=sent_line,
                        path=str(sent.out_path))
    say(sent_line)
    return 0


def _level_letter(sent: Any) -> Message:
    return msg("cli.letters.level_letter", "level {level} letter ({name}) to {customer}", level=sent.level,
               name=sent.level_name, customer=sent.customer_code)


def _sent_line(sent: Any) -> Message:
    invoices = plural_msg("cli.letters.invoices", "{n} invoice", "{n} invoices", n=len(sent.invoice_numbers))
    return msg("cli.letters.sent", "Sent the {what}: {invoices}, {claimed} claimed, reply by {reply_by}. Archived at "
               "{path} (SHA-256 {sha256}).", what=_level_letter(sent), invoices=invoices, claimed=sent.claimed_text,
               reply_by=str(sent.reply_by), path=str(sent.archive_path), sha256=sent.sha256)


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
        warn(warning)
    line = _sent_line(sent)
    if sent.emailed_to:
        line = _emailed(line, sent)
    elif emls:
        line = msg("cli.letters.eml_written", "{sent} Wrote {path} for your mail program; record the email once it "
                   "is sent.", sent=line, path=str(emls[0]))
    say(line)
    return 0


def _emailed(line: Message, sent: Any) -> Message:
    return msg("cli.letters.emailed", "{sent} Emailed to {to}: accepted by the server, Message-ID {message_id} "
               "(evidence event {event}).", sent=line, to=", ".join(sent.emailed_to), message_id=sent.message_id,
               event=sent.email_event)


def _confirm_promise(args: argparse.Namespace) -> int:
    return _send_notice(args, msg("cli.notice.confirmation", "confirmation of promise {promise}",
                                  promise=args.promise),
                        lambda notices, ledger, mailer: notices.send_promise_confirmation(
                            ledger, args.promise, on=args.on, mailer=mailer, to=args.to))


def _thank_you(args: argparse.Namespace) -> int:
    return _send_notice(args, msg("cli.notice.thank_you", "thank-you"), lambda notices, ledger, mailer:
                        notices.send_thank_you(
        ledger, args.customer, on=args.on, mailer=mailer, to=args.to))


def _courtesy(args: argparse.Namespace) -> int:
    return _send_notice(args, msg("cli.notice.courtesy", "courtesy reminder"), lambda notices, ledger, mailer:
                        notices.send_courtesy(
        ledger, args.customer, on=args.on, mailer=mailer, to=args.to))


def _agreement(args: argparse.Namespace) -> int:
    return _send_notice(args, msg("cli.notice.agreement", "repayment agreement of plan {plan}", plan=args.plan),
                        lambda notices, ledger, mailer: notices.send_repayment_agreement(
                            ledger, args.plan, on=args.on, mailer=mailer, to=args.to))


def _send_notice(args: argparse.Namespace, what: Message, send: Callable[[ModuleType, Ledger, Any], Any]) -> int:
    """Open the ledger, send one of the letters between the demands (by email with --email) and say so."""
    from arledger.services import notices  # renders with reportlab, like the letters

    with open_ledger(args) as ledger:
        mailer = dispatch_service.mailer(ledger) if args.email else None
        sent = send(notices, ledger, mailer)
    line = msg("cli.notice.sent", "Sent the {what} to {customer} ({reference}): archived at {path} (SHA-256 "
               "{sha256}, evidence event {event}).", what=what, customer=sent.customer_code,
               reference=sent.reference, path=str(sent.archive_path), sha256=sent.sha256, event=sent.evidence_seq)
    say(_emailed(line, sent) if sent.emailed_to else line)
    return 0


def _batch(args: argparse.Namespace) -> int:
    letter_batch = _letter_batch()
    with open_ledger(args) as ledger:
        on = args.on or ledger.today()
        mailer = _by_email(ledger, args)
        summary = dispatch_service.batch_summary(ledger, on, email=args.email)
        if summary.letters and not _confirm_batch(summary, args.yes):
            say(msg("cli.letters.nothing_sent", "Nothing was sent."), err=True)
            return 1
        interactive = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if interactive and total:
                progress_text = message_text(msg("cli.letters.progress", "{done} of {total} letters",
                                                 done=Count(done), total=Count(total)))
                print(f"\r{progress_text}", end="", file=sys.stderr, flush=True)

        try:
            result = letter_batch.batch(ledger, on, args.out, progress=progress,
                                   accept_stale_rates=args.accept_stale_rates, mailer=mailer)
        except letter_batch.StaleRates as exc:
            raise UserError(msg("cli.letters.stale_rates", "{warnings} No letter was sent: update the rate tables, or "
                                "run again with --accept-stale-rates to use the last known rates.",
                                warnings=sentences(exc.warnings) if exc.warnings else None)) from None
        for warning in distinct(w for sent in result.letters for w in sent.warnings):
            warn(warning)
        if interactive and result.letters:
            print(file=sys.stderr)
        emls = _write_emls(ledger, [s for s in result.letters if s.letter_id is not None],
                           args.eml_only) if args.eml_only is not None else []
    for code, why in result.failed:
        say(msg("cli.letters.not_sent_to", "Not sent to {customer}: {problem}", customer=code,
                problem=why if isinstance(why, Message) else str(why)), err=True)
    if not result.letters and result.failed:
        say(plural_msg("cli.letters.all_failed", "No letter was sent; {n} letter failed.",
                       "No letter was sent; {n} letters failed.", n=len(result.failed)))
        return 1
    if not result.letters:
        if result.paused:
            say(plural_msg("cli.letters.none_due_paused", "No letters are due on {on} ({n} customer paused).",
                           "No letters are due on {on} ({n} customers paused).", n=result.paused, on=on.isoformat()))
        else:
            say(msg("cli.letters.none_due_on", "No letters are due on {on}.", on=on.isoformat()))
        return 0
    for line in result.summary_lines():
        say(line)
    say(_batch_sent(result))
    if emls:
        say(plural_msg("cli.letters.emls_written", "Wrote {n} .eml file to {folder} for your mail program.",
                       "Wrote {n} .eml files to {folder} for your mail program.", n=len(emls),
                       folder=str(args.eml_only)))
    if result.failed:
        say(plural_msg("cli.letters.failed", "{n} letter failed and was not recorded; see above.",
                       "{n} letters failed and were not recorded; see above.", n=len(result.failed)))
        return 1
    return 0


def _batch_sent(result: Any) -> Message:
    """The batch's closing sentence: how many were sent, how, and where the PDFs are."""
    resumed = (msg("cli.letters.resumed", ", {count} of them from the interrupted run before",
                   count=result.resumed) if result.resumed else None)
    emailed = (msg("cli.letters.by_email", ", {count} of them by email", count=Count(len(result.emailed)))
               if result.emailed else None)
    printed = (msg("cli.letters.to_print", " and the {count} to print in {path}", count=Count(len(result.printed)),
                   path=str(result.combined)) if result.combined else None)
    return plural_msg("cli.letters.batch_sent", "Sent {n} letter{resumed}{emailed}; one PDF each in {folder}{printed}.",
                      "Sent {n} letters{resumed}{emailed}; one PDF each in {folder}{printed}.",
                      n=len(result.letters), resumed=resumed, emailed=emailed, folder=str(result.out_dir),
                      printed=printed)


def _confirm_batch(summary: dispatch_service.BatchSummary, yes: bool) -> bool:
    """Print what the batch will send; ask unless --yes. Without a terminal to ask at, --yes is required."""
    paused = (plural_msg("cli.letters.customers_paused", " ({n} customer paused)", " ({n} customers paused)",
                         n=summary.paused) if summary.paused else None)
    say(plural_msg("cli.letters.due_summary", "Letters due on {on}: {n} letter{paused}.",
                   "Letters due on {on}: {n} letters{paused}.", n=summary.letters, on=summary.on.isoformat(),
                   paused=paused))
    for line in summary.lines:
        count = message_text(plural_msg("cli.letters.count", "{n} letter", "{n} letters", n=line.letters))
        say(msg("cli.letters.due_line", "  level {level} {name} {channel} {currency} {count}  claiming {amount}",
                level=line.level, name=f"{line.level_name:<24}", channel=f"{line.channel:<6}",
                currency=line.currency, count=f"{count:>12}",
                amount=f"{amount_text(line.claimed, line.currency):>16}"))
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(msg("cli.letters.needs_yes", "Add --yes to send these letters (they will be archived and "
                            "logged as sent)."))
    answer = input(message_text(plural_msg("cli.letters.ask", "Send {n} letter now? [y/N] ",
                                           "Send {n} letters now? [y/N] ", n=summary.letters)))
    return answer.strip().lower() in ("y", "yes")


def _statement(args: argparse.Namespace) -> int:
    statements = _statements()
    with open_ledger(args) as ledger:
        end = args.end or ledger.today()
        doc = statements.write_statement(ledger, args.customer, args.start, end, args.output)
    say(plural_msg("cli.statement.written", "Wrote the statement of account of {customer} to {path} ({n} "
                   "movement).", "Wrote the statement of account of {customer} to {path} ({n} movements).",
                   n=len(doc.rows), customer=doc.recipient.customer_code, path=str(args.output)))
    return 0
