"""`arledger demo` and `arledger import`: data into a ledger."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from arledger.cli.common import (
    Handler,
    SubParsers,
    date_arg,
    help_text,
    ledger_option,
    ledger_path,
    message_text,
    message_texts,
    open_ledger,
    pad,
    say,
    text_width,
)
from arledger.domain.bank_matching import Outcome, outcome_word
from arledger.domain.errors import UserError
from arledger.domain.import_spec import KINDS
from arledger.domain.messages import Count, Message, msg, plural_msg
from arledger.domain.money import format_amount
from arledger.render.messages import environment_language
from arledger.services import bank_import, import_mapping
from arledger.services.demo import write_demo_ledger
from arledger.services.import_presets import PRESETS
from arledger.services.imports import ImportRejected, ImportResult, import_file
from arledger.services.ledger import Ledger


def add_parsers(sub: SubParsers[Any]) -> dict[str, Handler]:
    p = sub.add_parser("demo", help=help_text(msg("cli.help.demo", "write a sample ledger to --ledger")))
    ledger_option(p)
    p.add_argument("--customers", type=int, default=60)
    p.add_argument("--invoices", type=int, default=1500)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--today", type=date_arg, default=None,
                   help=help_text(msg("cli.help.demo.today", "the date the sample history ends on")))

    p = sub.add_parser("import",
                       help=help_text(msg("cli.help.import",
                                          "import customers, invoices, payments, credit notes, write-offs or refunds "
                                          "(CSV, XLSX, IIF), or a bank statement")),
                       description=message_text(msg("cli.help.import.description",
                                                    "Import a file all or nothing. Without "
                                                    "--map/--profile/--preset/--detect the headers must be the "
                                                    "field names and dates ISO. 'import bank FILE' reads "
                                                    "camt.053/054, OFX/QFX, MT940 or a mapped CSV statement and "
                                                    "proposes matches: --review writes them to a CSV to edit, "
                                                    "--apply records the accepted lines as payments.")))
    ledger_option(p)
    p.add_argument("kind", choices=tuple(KINDS))
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true",
                   help=help_text(msg("cli.help.import.dry_run", "check the file, change nothing")))
    p.add_argument("--sheet", default=None,
                   help=help_text(msg("cli.help.import.sheet",
                                      "the worksheet to read from an .xlsx file (default: the first visible one; a "
                                      "hidden sheet is read only when named)")))
    p.add_argument("--profile", default=None,
                   help=help_text(msg("cli.help.import.profile", "use the mapping saved under this name")))
    p.add_argument("--preset", default=None, choices=tuple(PRESETS),
                   help=help_text(msg("cli.help.import.preset", "the columns of a known tool's export")))
    p.add_argument("--map", default=None, metavar="FIELD=COLUMN,...",
                   help=help_text(msg("cli.help.import.map", "map the file's columns to fields")))
    p.add_argument("--detect", action="store_true",
                   help=help_text(msg("cli.help.import.detect",
                                      "propose the mapping, date order, number format and encoding from the file and "
                                      "use them (printed first)")))
    p.add_argument("--date-format", default=None,
                   help=help_text(msg("cli.help.import.date_format",
                                      "date order: DMY, MDY or YMD (or a pattern like DD/MM/YYYY)")))
    p.add_argument("--decimal", default=None,
                   help=help_text(msg("cli.help.import.decimal",
                                      "decimal separator '.' or ',' (or a locale: en_US, de_DE, fr_FR, de_CH)")))
    p.add_argument("--encoding", default=None,
                   help=help_text(msg("cli.help.import.encoding", "text encoding (default: detected)")))
    p.add_argument("--save-profile", default=None, metavar="NAME",
                   help=help_text(msg("cli.help.import.save_profile", "keep the mapping used under this name")))
    p.add_argument("--again", action="store_true",
                   help=help_text(msg("cli.help.import.again", "import a file that was imported before")))
    p.add_argument("--create-customers", action="store_true",
                   help=help_text(msg("cli.help.import.create_customers",
                                      "add customers the file names but the ledger does not have (each is listed)")))
    p.add_argument("--allow-over-limit", default="", metavar="REASON",
                   help=help_text(msg("cli.help.import.allow_over_limit",
                                      "invoices: import those that take a customer over the credit limit or are for a "
                                      "customer on hold; the reason is logged per invoice")))
    p.add_argument("--review", type=Path, default=None, metavar="FILE.csv",
                   help=help_text(msg("cli.help.import.review", "bank: write the proposals here")))
    p.add_argument("--apply", type=Path, default=None, metavar="FILE.csv",
                   help=help_text(msg("cli.help.import.apply",
                                      "bank: record the lines accepted in this edited review file")))
    return {"demo": _demo, "import": _import}


def _demo(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if total >= 100000:
            text = message_text(msg("cli.demo.progress", "{done} of {total} invoices", done=Count(done),
                                    total=Count(total)))
            print(f"\r{text}", end="", file=sys.stderr, flush=True)

    s = write_demo_ledger(ledger_path(args), customers=args.customers, invoices=args.invoices, seed=args.seed,
                          today=args.today, progress=progress)
    if args.invoices >= 100000:
        print(file=sys.stderr)
    say(msg("cli.demo.done", "Wrote a sample ledger to {path}: {customers} customers, {invoices} invoices, "
            "{payments} payments.", path=str(s.path), customers=Count(s.customers), invoices=Count(s.invoices),
            payments=Count(s.payments)))
    return 0


def _settings(args: argparse.Namespace, ledger: Ledger) -> import_mapping.ImportSettings | None:
    mapping = import_mapping.parse_map_option(args.map) if args.map else None
    settings = import_mapping.settings_from_options(
        ledger, args.kind, profile=args.profile, preset_name=args.preset, mapping=mapping,
        date_format=args.date_format, decimal=args.decimal, encoding=args.encoding, sheet=args.sheet)
    statement = args.kind == "bank" and bank_import.is_statement_file(args.file)
    if args.detect and not (mapping or args.profile or args.preset or statement):
        found = import_mapping.detect(args.file, args.kind, sheet=args.sheet, encoding=args.encoding)
        say(msg("cli.import.detected", "Detected for {source}:", source=found.table.source))
        for name, column in found.settings.columns.items():
            print(f"  {name:<14} <- {column}")
        for note in found.notes:
            print(f"  {message_text(note)}")
        detected = found.settings
        if settings is not None:  # explicit formats win over detected ones
            detected = replace(detected, date_order=settings.date_order or detected.date_order,
                               numbers=settings.numbers or detected.numbers,
                               encoding=settings.encoding or detected.encoding)
        settings = detected
    if args.save_profile:
        if settings is None:
            raise UserError(msg("cli.profile_needs_mapping", "--save-profile needs a mapping to save (--map, --preset "
                                "or --detect)."))
        import_mapping.save_profile(ledger, args.save_profile, args.kind, settings)
        say(msg("cli.import.profile_saved", "Saved the mapping as profile '{name}'.", name=args.save_profile))
    return settings


def _import(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        try:
            settings = _settings(args, ledger)
            if args.kind == "bank":
                return _import_bank(args, ledger, settings)
            result = import_file(ledger, args.kind, args.file, dry_run=args.dry_run, sheet=args.sheet,
                                 settings=settings, again=args.again, create_customers=args.create_customers,
                                 allow_over_limit=args.allow_over_limit)
        except ImportRejected as exc:
            for line in exc.lines():
                print(message_text(line), file=sys.stderr)
            if exc.over_limit:
                print(message_text(plural_msg(
                    "import.over_limit_hint",
                    "{n} invoice broke credit control; run again with --allow-over-limit REASON to import it "
                    "anyway (each override is logged).",
                    "{n} invoices broke credit control; run again with --allow-over-limit REASON to import them "
                    "anyway (each override is logged).", n=exc.over_limit)), file=sys.stderr)
            return 1
    _print_result(result)
    return 0


_KINDS = {
    "customers": msg("cli.import.kind.customers", "customers"),
    "invoices": msg("cli.import.kind.invoices", "invoices"),
    "payments": msg("cli.import.kind.payments", "payments"),
    "credit_notes": msg("cli.import.kind.credit_notes", "credit_notes"),
    "write_offs": msg("cli.import.kind.write_offs", "write_offs"),
}


def _print_result(result: ImportResult) -> None:
    kind = _KINDS.get(result.kind) or Message("", result.kind)
    grouped = (msg("cli.import.grouped", " (from {count} invoice lines)", count=Count(result.grouped_lines))
               if result.grouped_lines else None)
    if result.dry_run:
        say(msg("cli.import.would_import", "{source}: would import {count} {kind}{grouped}.", source=result.source,
                count=Count(result.rows), kind=kind, grouped=grouped))
    else:
        say(msg("cli.import.imported", "{source}: imported {count} {kind}{grouped}.", source=result.source,
                count=Count(result.rows), kind=kind, grouped=grouped))
    if result.skipped_rows:
        say(msg("cli.import.skipped", "Skipped {count} rows of other transaction types (payments, credits, "
                "journals).", count=Count(result.skipped_rows)))
    if result.created_customers:
        n = len(result.created_customers)
        if result.dry_run:
            say(plural_msg("cli.import.would_create", "Would create {n} customer:", "Would create {n} customers:", n=n))
        else:
            say(plural_msg("cli.import.created", "Created {n} customer:", "Created {n} customers:", n=n))
        for code, name in result.created_customers:
            print(f"  {code}  {name}")
    if result.unapplied:
        _say_unapplied(result.unapplied)


def _say_unapplied(unapplied: dict[str, int]) -> None:
    left = ", ".join(f"{format_amount(v, c)} {c}" for c, v in sorted(unapplied.items()))
    say(msg("cli.import.unapplied", "Left as unapplied credit: {amounts}.", amounts=left))


def _import_bank(args: argparse.Namespace, ledger: Ledger,
                 settings: import_mapping.ImportSettings | None) -> int:
    review = bank_import.review_statement(ledger, args.file, settings)
    if review.new_lines == 0:
        say(msg("cli.bank.nothing_new", "{source}: nothing new; all {count} lines were imported before.",
                source=review.source, count=Count(len(review.proposals))))
        return 0
    if args.apply:
        decisions = bank_import.read_decisions(args.apply)
        if args.dry_run:
            accepted = sum(1 for d in decisions.values() if d.accepted)
            say(msg("cli.bank.would_record", "{source}: would record {count} accepted lines as payments.",
                    source=review.source, count=Count(accepted)))
            return 0
        result = bank_import.apply_review(ledger, review, decisions)
        amounts = ", ".join(f"{format_amount(v, c)} {c}" for c, v in sorted(result.amounts.items()))
        say(plural_msg("cli.bank.recorded", "{source}: recorded {n} payment ({amounts}); {rejected} rejected, "
                       "{unmatched} unmatched and {debits} debit lines remembered, not recorded.",
                       "{source}: recorded {n} payments ({amounts}); {rejected} rejected, {unmatched} unmatched and "
                       "{debits} debit lines remembered, not recorded.", n=result.payments, source=result.source,
                       amounts=amounts or msg("cli.bank.nothing", "nothing"), rejected=Count(result.rejected),
                       unmatched=Count(result.unmatched), debits=Count(result.debits)))
        if result.already_seen:
            say(msg("cli.bank.already_seen", "{count} lines were imported before and were skipped.",
                    count=Count(result.already_seen)))
        if result.unapplied:
            _say_unapplied(result.unapplied)
        return 0
    language = environment_language()
    rows = list(bank_import.proposals_table(review, language))
    headers = message_texts([msg("cli.col.line", "line"), msg("cli.col.date", "date"), msg("cli.col.amount", "amount"),
                             msg("cli.col.payer", "payer"), msg("cli.col.outcome", "outcome"),
                             msg("cli.col.customer", "customer"), msg("cli.col.invoices", "invoices"),
                             msg("cli.col.confidence", "conf"), msg("cli.col.reason", "reason")])
    widths = [max(text_width(h), *(text_width(r[i]) for r in rows)) if rows else text_width(h)
              for i, h in enumerate(headers)]
    for r in (headers, *rows):
        print("  ".join(pad(c, w, right=False) for c, w in zip(r, widths, strict=True)).rstrip())
    found = review.counts()
    counts = [msg("cli.bank.count", "{count} {outcome}", count=Count(found[o.value]), outcome=outcome_word(o))
              for o in sorted(Outcome, key=lambda o: o.value) if found.get(o.value)]
    say(msg("cli.bank.counts", "{source} ({format}): {counts}.", source=review.source, format=review.format,
            counts=counts))
    if args.review:
        target = bank_import.write_review(review, args.review, ledger, language)
        say(msg("cli.bank.review_written", "Wrote the proposals to {target}; set 'accept' to yes or no on each line, "
                "then run 'arledger import bank {file} --apply {target}'.", target=str(target), file=str(args.file)))
    else:
        say(msg("cli.bank.nothing_recorded", "Nothing was recorded: write the proposals with --review FILE.csv, edit "
                "them, then --apply FILE.csv."))
    return 0
