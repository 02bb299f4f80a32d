"""Command-line front end of the collections workflow: evidence, contacts, promises, plans, disputes,
limitation events, attachments, the work queue, settings and risk tiers."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from arledger.cli import cases as case_commands
from arledger.cli.common import (
    Handler,
    SubParsers,
    amount_text,
    date_arg,
    dump_json,
    help_text,
    ledger_option,
    message_text,
    numbers,
    open_ledger,
    pad,
    say,
)
from arledger.cli.common import group as _group
from arledger.domain import fields, limitation
from arledger.domain.errors import UserError
from arledger.domain.messages import Count, Message, msg, plural_msg
from arledger.domain.model import DISPUTE_OUTCOMES, Channel, Direction, DisputeReason, ExcuseReason, Outcome
from arledger.domain.record_words import channel_word, promise_status_word
from arledger.services import cases, contacts, disputes, evidence_log, kpis, limitations, promises
from arledger.services.evidence_audit import audit_evidence
from arledger.services.evidence_view import describe, event_title, evidence_rows
from arledger.services.ledger import Ledger
from arledger.services.queue import complete_task, task_kind_word, work_queue
from arledger.services.settings import SETTINGS, set_setting


def _currency_for(ledger: Ledger, code: str, invoices: list[str]) -> str:
    return ledger.invoice(invoices[0]).currency if invoices else ledger.customer(code).currency


def add_parsers(sub: SubParsers[Any]) -> dict[str, Handler]:
    """Add the collections commands to the top-level subparsers; returns {command: handler}."""
    handlers: dict[str, Handler] = {}

    def group(name: str, help_: Message) -> SubParsers[Any]:
        return _group(sub, name, help_)

    g = group("evidence", msg("cli.help.evidence", "the tamper-evident evidence log"))
    p = g.add_parser("verify",
                     help=help_text(msg("cli.help.evidence.verify",
                                        "check the chain, the records, the kept files and every head seen outside the "
                                        "file")))
    ledger_option(p)
    p = g.add_parser("anchor",
                     help=help_text(msg("cli.help.evidence.anchor",
                                        "print the chain head to keep outside the ledger (and add it to the witness "
                                        "files)")))
    ledger_option(p)
    p = g.add_parser("correct",
                     help=help_text(msg("cli.help.evidence.correct",
                                        "record a correction of an earlier event (the log itself is never edited)")))
    ledger_option(p)
    p.add_argument("seq", type=int, help=help_text(msg("cli.help.evidence.correct.seq", "the event being corrected")))
    p.add_argument("--note", required=True,
                   help=help_text(msg("cli.help.evidence.correct.note", "what was wrong and what is right")))
    p = g.add_parser("list", help=help_text(msg("cli.help.evidence.list", "events, newest first")))
    ledger_option(p)
    p.add_argument("--customer", default=None)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--format", choices=("table", "json"), default="table")
    handlers["evidence"] = _evidence

    p = group("contact", msg("cli.help.contact", "contacts with debtors"))
    q = p.add_parser("log",
                     help=help_text(msg("cli.help.contact.log", "log a call, email, letter, visit, SMS or chat")))
    ledger_option(q)
    q.add_argument("--customer", required=True)
    q.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    q.add_argument("--direction", required=True, choices=[d.value for d in Direction])
    q.add_argument("--summary", required=True)
    q.add_argument("--person", default="")
    q.add_argument("--outcome", choices=[o.value for o in Outcome], default=None)
    q.add_argument("--reason", choices=[r.value for r in ExcuseReason], default=None)
    q.add_argument("--invoices", default=None,
                   help=help_text(msg("cli.help.contact.log.invoices", "invoice numbers, comma-separated")))
    q.add_argument("--at", default=None, help=help_text(msg("cli.help.contact.log.at", "ISO timestamp (default: now)")))
    q.add_argument("--tracking", default="")
    q.add_argument("--override", default="", metavar="REASON",
                   help=help_text(msg("cli.help.contact.log.override",
                                      "record despite a contact guard, with a reason")))
    handlers["contact"] = _contact

    p = group("promise", msg("cli.help.promise", "promises to pay"))
    q = p.add_parser("add", help=help_text(msg("cli.help.promise.add", "record a promise to pay")))
    ledger_option(q)
    q.add_argument("--customer", required=True)
    q.add_argument("--amount", required=True)
    q.add_argument("--date", required=True, type=date_arg,
                   help=help_text(msg("cli.help.promise.add.date", "the promised payment date")))
    q.add_argument("--invoices", default=None)
    q.add_argument("--channel", default="")
    q.add_argument("--made-by", default="")
    q.add_argument("--promised-on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.promise.add.promised_on",
                                      "when the promise was made (default: today)")))
    q = p.add_parser("list", help=help_text(msg("cli.help.promise.list", "promises and how they stand")))
    ledger_option(q)
    q.add_argument("--customer", default=None)
    q.add_argument("--on", type=date_arg, default=None)
    q.add_argument("--format", choices=("table", "json"), default="table")
    handlers["promise"] = _promise

    p = group("plan", msg("cli.help.plan", "instalment plans"))
    q = p.add_parser("add", help=help_text(msg("cli.help.plan.add", "record an instalment plan")))
    ledger_option(q)
    q.add_argument("--customer", required=True)
    q.add_argument("--schedule", required=True,
                   help=help_text(msg("cli.help.plan.add.schedule",
                                      "DATE:AMOUNT pairs, e.g. 2025-07-01:500,2025-08-01:500")))
    q.add_argument("--invoices", default=None)
    q.add_argument("--note", default="")
    q.add_argument("--agreed-on", type=date_arg, default=None)
    case_commands.add_list_parser(p, msg("cli.help.plan.list", "instalment plans and how they stand"))
    handlers["plan"] = _plan

    p = group("dispute", msg("cli.help.dispute", "disputed invoices"))
    q = p.add_parser("open",
                     help=help_text(msg("cli.help.dispute.open", "take an invoice out of escalation while disputed")))
    ledger_option(q)
    q.add_argument("--invoice", required=True)
    q.add_argument("--reason", required=True, choices=[r.value for r in DisputeReason])
    q.add_argument("--amount", default=None,
                   help=help_text(msg("cli.help.dispute.open.amount", "disputed part (default: all that is open)")))
    q.add_argument("--note", default="")
    q.add_argument("--on", type=date_arg, default=None)
    q = p.add_parser("resolve", help=help_text(msg("cli.help.dispute.resolve", "close an invoice's dispute")))
    ledger_option(q)
    q.add_argument("--invoice", required=True)
    q.add_argument("--resolution", required=True)
    q.add_argument("--outcome", choices=DISPUTE_OUTCOMES, default="",
                   help=help_text(msg("cli.help.dispute.resolve.outcome",
                                      "who was right: upheld (the debtor; the part never bears interest) or rejected "
                                      "(the creditor; it bears interest from the due date)")))
    q.add_argument("--on", type=date_arg, default=None)
    case_commands.add_list_parser(p, msg("cli.help.dispute.list", "disputes and how they stand"))
    handlers["dispute"] = _dispute

    p = group("limitation", msg("cli.help.limitation", "limitation periods"))
    q = p.add_parser("record",
                     help=help_text(msg("cli.help.limitation.record",
                                        "log an acknowledgment, a delivered demand, a suit, or negotiations starting "
                                        "or ending (they suspend the period in de)")))
    ledger_option(q)
    q.add_argument("--customer", required=True)
    q.add_argument("--kind", required=True, choices=limitations.LIMITATION_KINDS)
    q.add_argument("--date", required=True, type=date_arg)
    q.add_argument("--invoices", default=None)
    q.add_argument("--note", default="")
    handlers["limitation"] = _limitation

    p = sub.add_parser("attach",
                       help=help_text(msg("cli.help.attach",
                                          "keep a document (contract, invoice copy, delivery note) as evidence")))
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("--file", required=True, type=Path)
    p.add_argument("--kind", default="document",
                   help=help_text(msg("cli.help.attach.kind", "contract, invoice, delivery-note, scan ...")))
    p.add_argument("--invoice", default=None)
    handlers["attach"] = _attach

    p = sub.add_parser("queue", help=help_text(msg("cli.help.queue", "today's work queue, most important first")))
    ledger_option(p)
    p.add_argument("--on", type=date_arg, default=None)
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--owner", default=None, help=help_text(msg("cli.help.queue.owner", "only the cases of this owner")))
    p.add_argument("--format", choices=("table", "json"), default="table")
    handlers["queue"] = _queue

    p = group("settings", msg("cli.help.settings", "the ledger's settings (policies, letterhead, buckets)"))
    q = p.add_parser("list", help=help_text(msg("cli.help.settings.list", "every setting with its value")))
    ledger_option(q)
    q = p.add_parser("set", help=help_text(msg("cli.help.settings.set", "set one setting to a JSON value")))
    ledger_option(q)
    q.add_argument("key")
    q.add_argument("value")
    handlers["settings"] = _settings

    p = group("risk", msg("cli.help.risk", "customer risk tiers"))
    q = p.add_parser("refresh",
                     help=help_text(msg("cli.help.risk.refresh",
                                        "assess every customer and store the tier the queue weighs tasks by")))
    ledger_option(q)
    q.add_argument("--as-of", type=date_arg, default=None)
    handlers["risk"] = _risk

    p = sub.add_parser("task", help=help_text(msg("cli.help.task", "mark a queue task done")))
    ledger_option(p)
    p.add_argument("action", choices=("done",))
    p.add_argument("id", type=int)
    handlers["task"] = _task
    return handlers


def _evidence(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        if args.action == "verify":
            return _verify(ledger)
        if args.action == "anchor":
            seq, head = evidence_log.chain_head(ledger)
            failed = ledger.witness("anchor")
            for problem in failed:
                say(msg("cli.problem", "arledger: {problem}", problem=problem), err=True)
            say(msg("cli.evidence.head", "Chain head of {file}: event {seq}, {head}", file=ledger.path.name, seq=seq,
                    head=head))
            say(msg("cli.evidence.keep_head", "Keep this line somewhere the ledger's owner cannot change it (email it "
                    "to yourself or to your accountant); `arledger evidence verify` on a later copy shows whether "
                    "event {seq} still has this hash.", seq=seq))
            return 0
        if args.action == "correct":
            seq = evidence_log.correct_event(ledger, args.seq, args.note)
            say(msg("cli.evidence.corrected", "Recorded correction {seq} of event {event}.", seq=seq, event=args.seq))
            return 0
        data = evidence_rows(ledger, args.customer, args.limit)
    if args.format == "json":
        dump_json(data)
    else:
        for e in data:
            summary = message_text(describe(e["kind"], e["payload"]))
            kind = pad(message_text(event_title(e["kind"])), 16, right=False)
            print(f"{e['seq']:>6}  {e['at']}  {kind} {e['customer'] or '':<10} {summary}")
    return 0


def _verify(ledger: Ledger) -> int:

    result = audit_evidence(ledger)
    check = result.chain
    for note in result.notes:
        say(msg("cli.evidence.note", "arledger: note: {note}", note=note), err=True)
    if result.ok:
        anchors = plural_msg("cli.evidence.anchors", "; {n} chain head seen outside the file (witness files, printed "
                             "letters) still matches", "; {n} chain heads seen outside the file (witness files, "
                             "printed letters) still match", n=result.anchors_checked) \
            if result.anchors_checked else None
        say(msg("cli.evidence.intact", "The evidence log is intact: {events} events; chain head {head} (event {last}). "
                "Every record matches the event that recorded it and every archived letter and attachment the "
                "SHA-256 in its event{anchors}.", events=Count(check.events), head=check.head, last=check.events,
                anchors=anchors))
        return 0
    if not check.intact:
        say(msg("cli.evidence.broken_at", "arledger: the evidence log is broken at event {seq}: {problem}.",
                seq=check.first_bad_seq, problem=check.problem), err=True)
    for problem in result.problems:
        say(msg("cli.evidence.problem", "arledger: {problem}.", problem=problem), err=True)
    count = len(result.problems) + (0 if check.intact else 1)
    say(plural_msg("cli.evidence.unreliable", "The evidence log cannot be relied on as it stands: {n} problem above "
                   "(the first {events} events link correctly; head {head}).", "The evidence log cannot be relied on "
                   "as it stands: {n} problems above (the first {events} events link correctly; head {head}).",
                   n=count, events=Count(check.events), head=check.head), err=True)
    return 1


def _contact(args: argparse.Namespace) -> int:
    at = fields.parse_timestamp(args.at, "at") if args.at else None
    with open_ledger(args) as ledger:
        try:
            ev = contacts.log_contact(
                ledger, args.customer, Channel(args.channel), Direction(args.direction), args.summary,
                person=args.person, outcome=Outcome(args.outcome) if args.outcome else None,
                reason=ExcuseReason(args.reason) if args.reason else None, invoices=numbers(args.invoices), at=at,
                tracking=args.tracking, override=args.override)
        except contacts.GuardRefused as exc:
            for v in exc.violations:
                nxt = msg("cli.contact.next_allowed", " Next allowed: {at}.",
                          at=v.next_allowed.isoformat(timespec="minutes")) if v.next_allowed else None
                say(msg("cli.contact.refused", "arledger: refused ({rule}): {violation}{next}", rule=v.rule,
                        violation=v.message, next=nxt), err=True)
            say(msg("cli.contact.nothing_logged", "arledger: nothing was logged; add --override REASON to record it "
                    "anyway."), err=True)
            return 1
    note = msg("cli.contact.overridden", " (guard overridden; the override is in the evidence log)") \
        if ev.override_reason else None
    say(msg("cli.contact.logged", "Logged {channel} contact {id} with {customer}{note}.",
            channel=channel_word(ev.channel.value), id=ev.id, customer=args.customer, note=note))
    return 0


def _promise(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        if args.action == "add":
            invs = numbers(args.invoices)
            cur = _currency_for(ledger, args.customer, invs)
            amount = fields.parse_money(args.amount, cur, "amount")
            p = promises.add_promise(ledger, args.customer, amount, args.date, invoices=invs, channel=args.channel,
                                        made_by=args.made_by, promised_on=args.promised_on, currency=cur)
            say(msg("cli.promise.recorded", "Recorded promise {id}: {amount} {currency} by {due}.", id=p.id,
                    amount=args.amount, currency=cur, due=p.due_date.isoformat()))
            return 0
        on = args.on or date.today()
        evals, _plans = promises.promise_statuses(ledger, on, args.customer)
        codes = {c: ledger.customer_by_id(c).code for c in {e.promise.customer_id for e in evals}}
    data = [{"id": e.promise.id, "customer": codes[e.promise.customer_id], "due_date": e.promise.due_date.isoformat(),
             "amount": amount_text(e.promise.amount, e.promise.currency),
             "currency": e.promise.currency, "status": e.status.value, "paid": amount_text(e.paid, e.promise.currency),
             "plan": e.promise.plan_id, "reason": str(e.reason)} for e in evals]
    if args.format == "json":
        dump_json(data)
    else:
        for i, d in enumerate(data):
            status = pad(message_text(promise_status_word(evals[i].status.value)), 12, right=False)
            print(f"{d['id']:>5}  {d['customer']:<10} {d['due_date']}  {d['amount']:>12} {d['currency']}  "
                  f"{status} {message_text(evals[i].reason)}")
    return 0


def _plan(args: argparse.Namespace) -> int:
    if args.action == "list":
        return case_commands.plan_list(args)
    with open_ledger(args) as ledger:
        invs = numbers(args.invoices)
        cur = _currency_for(ledger, args.customer, invs)
        schedule = []
        for part in args.schedule.split(","):
            day, sep, amount = part.strip().partition(":")
            if not sep:
                raise UserError(msg("cli.bad_schedule", "'{text}' is not DATE:AMOUNT (e.g. 2025-07-01:500).",
                                    text=part.strip()))
            schedule.append((fields.parse_date(day, "schedule_date"),
                             fields.parse_money(amount, cur, "schedule_amount")))
        plan_id, instalments = promises.add_plan(ledger, args.customer, schedule, invoices=invs, note=args.note,
                                                 agreed_on=args.agreed_on, currency=cur)
    say(plural_msg("cli.plan.recorded", "Recorded instalment plan {plan} with {n} instalment.",
                   "Recorded instalment plan {plan} with {n} instalments.", n=len(instalments), plan=plan_id))
    return 0


def _dispute(args: argparse.Namespace) -> int:
    if args.action == "list":
        return case_commands.dispute_list(args)
    with open_ledger(args) as ledger:
        if args.action == "open":
            inv = ledger.invoice(args.invoice)
            amount = fields.parse_money(args.amount, inv.currency, "amount") if args.amount else None
            d = disputes.open_dispute(ledger, args.invoice, DisputeReason(args.reason), amount=amount,
                                         note=args.note, on=args.on)
            say(msg("cli.dispute.opened", "Opened dispute {id} on {invoice}; it is out of escalation and interest "
                    "until resolved.", id=d.id, invoice=inv.number))
        else:
            disputes.resolve_dispute(ledger, args.invoice, args.resolution, on=args.on, outcome=args.outcome)
            say(msg("cli.dispute.resolved", "Resolved the dispute on {invoice}.", invoice=args.invoice))
    return 0


def _limitation(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        seq = limitations.record_limitation_event(ledger, args.customer, args.kind, args.date,
                                                  invoices=numbers(args.invoices), note=args.note)
    say(msg("cli.limitation.recorded", "Recorded {kind} of {on} as evidence event {seq}.",
            kind=limitation.event_name(args.kind), on=args.date.isoformat(), seq=seq))
    return 0


def _attach(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        digest = evidence_log.add_attachment(ledger, args.customer, args.file, args.kind, invoice_number=args.invoice)
    say(msg("cli.attach.kept", "Kept {file} as evidence (SHA-256 {digest}).", file=args.file.name, digest=digest))
    return 0


def _queue(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        tasks = work_queue(ledger, args.on or date.today())
        if args.owner is not None:
            tasks = cases.tasks_of_owner(ledger, tasks, args.owner)
    if args.limit:
        tasks = tasks[:args.limit]
    if args.format == "json":
        dump_json([t.to_json() for t in tasks])
        return 0
    if not tasks:
        say(msg("cli.queue.empty", "Nothing to do today."))
    for n, t in enumerate(tasks, start=1):
        print(f"{n:>4}. [{message_text(task_kind_word(t.kind))}] {t.customer_code} {t.customer_name}: "
              f"{message_text(t.title)}")
    return 0


def _task(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        complete_task(ledger, args.id, date.today())
    say(msg("cli.task_done", "Task {task} is done.", task=args.id))
    return 0


def _settings(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        if args.action == "set":
            value = set_setting(ledger, args.key, args.value)
            print(f"{args.key} = {json.dumps(value, ensure_ascii=False)}")
            return 0
        for key, (meaning, _check) in SETTINGS.items():
            value = ledger.setting(key)
            shown = (message_text(msg("cli.settings.default", "(default)")) if value is None
                     else json.dumps(value, ensure_ascii=False))
            print(f"{key}: {shown}\n    {message_text(meaning)}")
    return 0


def _risk(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        counts = kpis.refresh_risk_tiers(ledger, args.as_of or ledger.today())
    say(msg("cli.risk.stored", "Risk tiers stored: A {a}, B {b}, C {c}.", a=counts.get("A", 0), b=counts.get("B", 0),
            c=counts.get("C", 0)))
    return 0
