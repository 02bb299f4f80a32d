"""`arledger case owner|stage|show`, `settlement offer|approve|list`, `handover`, `report reasons|team`,
`plan list` and `dispute list`: collection cases from the command line."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from arledger.cli.common import (
    Handler,
    SubParsers,
    amount_text,
    date_arg,
    dump_json,
    group,
    ledger_option,
    message_text,
    message_texts,
    numbers,
    open_ledger,
    pad,
    say,
    text_width,
)
from arledger.domain import fields
from arledger.domain.cases import CaseStage, stage_message
from arledger.domain.messages import msg, plural_msg
from arledger.domain.money import amount_value
from arledger.domain.reasons import REASON_MESSAGES
from arledger.domain.record_words import dispute_reason_word, plan_status_word
from arledger.domain.settlements import OfferOutcome, outcome_word
from arledger.render.workbook_words import bucket_titles
from arledger.services import cases, customer_record, handover, reasons, settlements
from arledger.services.ledger import Ledger


def add_parsers(sub: SubParsers) -> dict[str, Handler]:  # type: ignore[type-arg]
    """The top-level commands: case, settlement, handover."""
    handlers: dict[str, Handler] = {}
    g = group(sub, "case", "collection cases: owner, stage and history")
    p = g.add_parser("owner", help="give a customer's case an owner (a user name)")
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("owner")
    p.add_argument("--note", default="")
    p.add_argument("--on", type=date_arg, default=None)
    p = g.add_parser("stage", help="move a case to a stage (an evidence event)")
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("stage", choices=[s.value for s in CaseStage])
    p.add_argument("--note", default="")
    p.add_argument("--on", type=date_arg, default=None)
    p = g.add_parser("show", help="owner, stage and history, risk tier with reasons, warnings, promise-kept rate")
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("--as-of", type=date_arg, default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    handlers["case"] = _case

    g = group(sub, "settlement", "settlement offers (discount and/or waiver, deadline, approver)")
    p = g.add_parser("offer", help="record an offer and write its letter (held back until approved when required)")
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("--deadline", required=True, type=date_arg)
    p.add_argument("--discount", default=None, help="amount off the principal")
    p.add_argument("--waive-interest", action="store_true")
    p.add_argument("--waive-compensation", action="store_true")
    p.add_argument("--invoices", default=None, help="invoice numbers, comma-separated (default: all overdue)")
    p.add_argument("--approver", default="")
    p.add_argument("--reason", default="", help="why the concession is approved")
    p.add_argument("--on", type=date_arg, default=None)
    p = g.add_parser("approve", help="record the approval of an offer and release its letter")
    ledger_option(p)
    p.add_argument("id", type=int)
    p.add_argument("--approver", required=True)
    p.add_argument("--reason", required=True)
    p = g.add_parser("list", help="offers and how they stand (decides those whose deadline has passed or are paid)")
    ledger_option(p)
    p.add_argument("--customer", default=None)
    p.add_argument("--on", type=date_arg, default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    handlers["settlement"] = _settlement

    p = sub.add_parser("handover", help="the pack for a lawyer, agency or court: one indexed PDF and a CSV/JSON zip")
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("--to", choices=tuple(handover.RECIPIENTS), default="lawyer")
    p.add_argument("-o", "--out", required=True, type=Path, help="folder for the pack")
    p.add_argument("--on", type=date_arg, default=None)
    p.add_argument("--note", default="")
    handlers["handover"] = _handover
    return handlers


def add_report_parsers(rsub: SubParsers) -> dict[str, Handler]:  # type: ignore[type-arg]
    """`report reasons` and `report team` (added to the report group)."""
    p = rsub.add_parser("reasons", help="overdue amount by reason x aging bucket x currency, and its monthly trend")
    ledger_option(p)
    p.add_argument("--from", dest="start", type=date_arg, required=True)
    p.add_argument("--to", dest="end", type=date_arg, required=True)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p = rsub.add_parser("team", help="per case owner: accounts, contacts, promises, collected, days to collect")
    ledger_option(p)
    p.add_argument("--from", dest="start", type=date_arg, required=True)
    p.add_argument("--to", dest="end", type=date_arg, required=True)
    p.add_argument("--format", choices=("table", "json"), default="table")
    return {"reasons": _reasons, "team": _team}


def add_list_parser(group_: SubParsers, help: str) -> None:  # type: ignore[type-arg]
    """`plan list` / `dispute list`, added to those groups with their argparse ``help``."""
    p = group_.add_parser("list", help=help)
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("--format", choices=("table", "json"), default="table")


def _print_table(head: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    table = [head, *rows]
    widths = [min(60, max(text_width(r[i]) for r in table)) for i in range(len(head))]
    for n, r in enumerate(table):
        print("  ".join(pad(c, w, right=i in numeric) for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def _case(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        if args.action == "owner":
            cases.set_owner(ledger, args.customer, args.owner, on=args.on, note=args.note)
            say(msg("cli.case.owner_set", "{owner} owns the case of {customer}.", owner=args.owner.strip(),
                    customer=args.customer))
            return 0
        if args.action == "stage":
            change = cases.set_stage(ledger, args.customer, CaseStage(args.stage), on=args.on, note=args.note)
            say(msg("cli.case.stage_set", "The case of {customer} is now {stage} (evidence event {event}).",
                    customer=args.customer, stage=stage_message(change.stage), event=change.evidence_seq))
            return 0
        summary = cases.case_summary(ledger, args.customer, args.as_of)
        data = cases.case_summary_to_json(summary)
    if args.format == "json":
        dump_json(data)
        return 0
    since = (msg("cli.case.since", " since {date}", date=data["since"]) if data["since"]
             else msg("cli.case.implied", " (not recorded; implied by the ledger)"))
    say(msg("cli.case.heading", "{customer} {name}: {stage}{since}; owner {owner}", customer=data["customer"],
            name=data["name"], stage=stage_message(CaseStage(data["stage"])), since=since,
            owner=data["owner"] or msg("cli.case.no_owner", "(none)")))
    rate = f"{data['promise_kept_rate']}%" if data["promise_kept_rate"] is not None else "-"
    days = data["average_days_late"] if data["average_days_late"] is not None else "-"
    say(msg("cli.case.promises", "  promises kept {kept} of {evaluated} evaluated ({rate}); average days late (12 "
            "months) {days}", kept=data["promises_kept"], evaluated=data["promises_evaluated"], rate=rate,
            days=str(days)))
    say(msg("cli.case.tier", "  risk tier {tier}", tier=data["risk_tier"] or msg(
        "cli.case.no_tier", "- (run arledger risk refresh)")))
    for reason in summary.tier_reasons:
        say(msg("cli.case.tier_reason", "    - {reason}", reason=reason))
    for code, warning in summary.warnings:
        say(msg("cli.case.warning", "  warning [{code}]: {message}", code=code, message=warning))
    for h in summary.history:
        note = msg("cli.case.history_note", ": {note}", note=h.note) if str(h.note) else None
        stage = message_text(stage_message(h.stage))
        say(msg("cli.case.history", "  {on}  {stage} {owner} event {event}{note}", on=h.on.isoformat(),
                stage=pad(stage, 22, right=False), owner=pad(h.owner or "-", 12, right=False),
                event=h.evidence_seq, note=note))
    return 0


def _money(ledger: Ledger, text: str | None, code: str, invoices: list[str]) -> tuple[int, str]:
    cur = ledger.invoice(invoices[0]).currency if invoices else ledger.customer(code).currency
    return (fields.parse_money(text, cur, "discount") if text else 0), cur


def _settlement(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        if args.action == "offer":
            invs = numbers(args.invoices)
            discount, cur = _money(ledger, args.discount, args.customer, invs)
            result = settlements.make_offer(
                ledger, args.customer, args.deadline, discount=discount, waive_interest=args.waive_interest,
                waive_compensation=args.waive_compensation, approver=args.approver, reason=args.reason,
                invoices=invs, on=args.on, currency=cur if invs or args.discount else None)
            _print_offer(result)
            return 0
        if args.action == "approve":
            _print_offer(settlements.approve(ledger, args.id, args.approver, args.reason))
            return 0
        on = args.on or ledger.today()
        decided = settlements.review(ledger, on)
        items = settlements.offers(ledger, args.customer)
        data = settlements.offers_to_json(ledger, items, on)
        codes = {o.customer_id: ledger.customer_by_id(o.customer_id).code for o in items}
        statuses = {o.id: settlements.evaluate(ledger, o, on).reason for o in items
                    if o.outcome is OfferOutcome.PENDING}
    for offer, outcome in decided:
        say(msg("cli.offer.outcome", "Offer {id}: {reason}", id=offer.id, reason=outcome.reason), err=True)
    if args.format == "json":
        dump_json(data)
        return 0
    if not items:
        say(msg("cli.offer.none", "No settlement offers."))
    for o in items:
        t = o.terms
        parts = [msg("cli.offer.line", "{id}  {customer} offered {offered_on}  deadline {deadline}  pay {amount} "
                     "instead of the full claim (gives up {concession})  {outcome}", id=f"{o.id:>4}",
                     customer=pad(codes[o.customer_id], 10, right=False), offered_on=o.offered_on, deadline=o.deadline,
                     amount=amount_value(t.amount_due, t.currency),
                     concession=amount_value(t.concession, t.currency), outcome=outcome_word(o.outcome))]
        if o.id in statuses:
            parts.append(statuses[o.id])
        if not o.letter_path:
            parts.append(msg("cli.offer.letter_held_back", "(letter held back)"))
        print("  ".join(message_texts(parts)))
    return 0


def _print_offer(result: settlements.OfferResult) -> None:
    t = result.offer.terms
    say(msg("cli.offer.recorded", "Recorded settlement offer {id}: pay {amount} by {deadline} instead of {claim} "
            "(gives up {concession}).", id=result.offer.id, amount=amount_value(t.amount_due, t.currency),
            deadline=result.offer.deadline, claim=amount_value(t.claim, t.currency),
            concession=amount_value(t.concession, t.currency)))
    if result.letter:
        say(msg("cli.offer.letter_archived", "Offer letter archived as {path} (SHA-256 {sha256}).",
                path=str(result.letter), sha256=result.offer.letter_sha256))
    else:
        say(msg("cli.offer.held_back", "The letter is held back: {reason}", reason=result.held_back))


def _handover(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        pack = handover.build_handover(ledger, args.customer, args.out, to=args.to, on=args.on, note=args.note)
    say(plural_msg("cli.handover.written", "Wrote {pdf} ({n} page; SHA-256 {sha256}) and {bundle}.",
                   "Wrote {pdf} ({n} pages; SHA-256 {sha256}) and {bundle}.", n=pack.pages, pdf=str(pack.pdf),
                   sha256=pack.pdf_sha256, bundle=pack.bundle.name))
    for cur, p, i, c in pack.totals:
        say(msg("cli.handover.totals", "  {currency}: principal {principal}, interest {interest}, compensation "
                "{compensation}, total {total}", currency=cur, principal=amount_text(p, cur),
                interest=amount_text(i, cur), compensation=amount_text(c, cur), total=amount_text(p + i + c, cur)))
    say(msg("cli.handover.stage", "The case is now {stage} (evidence event {event}); the ledger sends no more letters "
            "for it.", stage=stage_message(pack.stage), event=pack.evidence_seq))
    return 0


def _reasons(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        report = reasons.reasons_report(ledger, args.start, args.end)
    if args.format == "json":
        dump_json(reasons.reasons_to_json(report))
        return 0
    if args.format == "csv":
        head, rows = reasons.reasons_table(report)
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)
        sys.stdout.write(out.getvalue())
        return 0
    titles = {reason: message_text(title) for reason, title in REASON_MESSAGES.items()}
    _head, rows = reasons.reasons_table(report, titles)
    say(msg("cli.reasons.heading", "Overdue by reason on {date}", date=report.end.isoformat()))
    if not rows:
        say(msg("cli.reasons.nothing", "Nothing is overdue on that date."))
        return 0
    head = message_texts([msg("cli.col.currency", "currency"), msg("cli.col.reason", "reason"),
                          msg("cli.col.amount", "amount"), msg("cli.col.count", "count"),
                          msg("cli.col.share", "share %")])
    for title in bucket_titles(report.scheme)[1:len(report.buckets) + 1]:  # buckets[k] is the scheme's k + 1
        head += message_texts([msg("cli.col.bucket_amount", "{bucket} amount", bucket=title),
                               msg("cli.col.bucket_count", "{bucket} count", bucket=title)])
    _print_table(head, rows, set(range(2, len(head))))
    print()
    say(msg("cli.reasons.trend", "Trend (overdue at each month end)"))
    keys = [k for k, _ in report.trend[0].amounts] if report.trend else []
    trend_rows = [[t.month, t.currency, *[amount_text(v, t.currency) for _, v in t.amounts]] for t in report.trend]
    _print_table(message_texts([msg("cli.col.month", "month"), msg("cli.col.currency", "currency")])
                 + [titles[k] for k in keys], trend_rows, set(range(2, 2 + len(keys))))
    return 0


def _team(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        data = cases.team_to_json(args.start, args.end, cases.team_report(ledger, args.start, args.end))
    if args.format == "json":
        dump_json(data)
        return 0
    say(msg("cli.team.heading", "Team {start} to {end}", start=data["from"], end=data["to"]))
    unassigned = message_text(msg("cli.team.unassigned", "(unassigned)"))
    rows = [[str(o["owner"] or unassigned), str(o["accounts"]), str(o["contacts"]), str(o["promises_obtained"]),
             str(o["promises_kept"]), f"{o['promise_kept_rate']}%" if o["promise_kept_rate"] is not None else "-",
             ", ".join(f"{c['amount']} {c['currency']}" for c in o["collected"]) or "-",
             str(o["average_days_to_collect"] or "-")] for o in data["owners"]]
    _print_table(message_texts([msg("cli.col.owner", "owner"), msg("cli.col.accounts", "accounts"),
                                msg("cli.col.contacts", "contacts"), msg("cli.col.promises", "promises"),
                                msg("cli.col.kept", "kept"), msg("cli.col.kept_rate", "kept rate"),
                                msg("cli.col.collected", "collected"),
                                msg("cli.col.days_to_collect", "days to collect")]),
                 rows, {1, 2, 3, 4, 5, 7})
    return 0


def plan_list(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        _promises, plans = customer_record.customer_promises(ledger, args.customer)
    data = [{"plan": p.plan_id, "status": p.status, "instalments": p.instalments, "currency": p.currency,
             "promised": amount_text(p.promised, p.currency), "paid": amount_text(p.paid, p.currency),
             "reason": str(p.reason)} for p in plans]
    if args.format == "json":
        dump_json(data)
    elif not data:
        say(msg("cli.plans.none", "{customer} has no instalment plans.", customer=args.customer))
    else:
        _print_table(message_texts([msg("cli.col.plan", "plan"), msg("cli.col.status", "status"),
                                    msg("cli.col.instalments", "instalments"), msg("cli.col.promised", "promised"),
                                    msg("cli.col.paid", "paid"), msg("cli.col.currency", "currency"),
                                    msg("cli.col.reason", "reason")]),
                     [[str(d["plan"]), message_text(plan_status_word(p.status)), str(d["instalments"]),
                       str(d["promised"]), str(d["paid"]), str(d["currency"]), message_text(p.reason)]
                      for d, p in zip(data, plans, strict=True)],
                     {0, 2, 3, 4})
    return 0


_WHOLE_AMOUNT = msg("cli.disputes.whole_amount", "whole open amount")


def dispute_list(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        rows = customer_record.customer_disputes(ledger, args.customer)
    data = [{"id": d.id, "invoice": d.invoice_number, "opened_on": d.opened_on.isoformat(), "reason": d.reason,
             "amount": amount_text(d.amount, d.currency) if d.amount else str(_WHOLE_AMOUNT), "currency": d.currency,
             "note": d.note, "resolved_on": d.resolved_on.isoformat() if d.resolved_on else None,
             "resolution": d.resolution} for d in rows]
    if args.format == "json":
        dump_json(data)
    elif not data:
        say(msg("cli.disputes.none", "{customer} has no disputes.", customer=args.customer))
    else:
        heads = message_texts([msg("cli.col.id", "id"), msg("cli.col.invoice", "invoice"),
                               msg("cli.col.opened_on", "opened on"), msg("cli.col.reason", "reason"),
                               msg("cli.col.amount", "amount"), msg("cli.col.currency", "currency"),
                               msg("cli.col.note", "note"), msg("cli.col.resolved_on", "resolved on"),
                               msg("cli.col.resolution", "resolution")])
        whole, still_open = message_text(_WHOLE_AMOUNT), message_text(msg("cli.disputes.open", "open"))
        _print_table(heads, [[str(d.id), d.invoice_number, d.opened_on.isoformat(),
                              message_text(dispute_reason_word(d.reason)),
                              amount_text(d.amount, d.currency) if d.amount else whole, d.currency, d.note,
                              d.resolved_on.isoformat() if d.resolved_on else still_open, d.resolution]
                             for d in rows], {0})
    return 0
