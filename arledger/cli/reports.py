"""`arledger report aging|interest|kpi`."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from arledger.cli import cases
from arledger.cli.common import (
    Handler,
    SubParsers,
    date_arg,
    dump_json,
    group,
    help_text,
    ledger_option,
    message_text,
    message_texts,
    open_ledger,
    pad,
    say,
    text_width,
)
from arledger.domain.aging import AgingBasis, BucketScheme, parse_boundaries
from arledger.domain.interest import ALLOCATION_RULE_MESSAGE, ROUNDING_MESSAGE, RULE_NAMES
from arledger.domain.messages import Param, Percent, msg, plural_msg, sentences
from arledger.domain.spreadsheet_text import neutralise_formula
from arledger.render.messages import environment_language, write_percent
from arledger.render.workbook_words import basis_name, bucket_titles
from arledger.services import interest_claims, kpis, limitations
from arledger.services.reports import AgingGrouping, aging, aging_to_json


def add_parsers(sub: SubParsers[Any]) -> dict[str, Handler]:
    rsub = group(sub, "report", msg("cli.help.report", "reports"), dest="report")
    a = rsub.add_parser("aging", help=help_text(msg("cli.help.report.aging", "aged receivables as of a date")))
    ledger_option(a)
    a.add_argument("--as-of", type=date_arg, default=None)
    a.add_argument("--buckets", default=None,
                   help=help_text(msg("cli.help.report.aging.buckets", "day boundaries, e.g. 30,90,180")))
    a.add_argument("--basis", choices=("due", "invoice"), default="due")
    a.add_argument("--by", choices=("customer", "invoice"), default="customer")
    a.add_argument("--customer", default=None,
                   help=help_text(msg("cli.help.report.aging.customer", "only this customer code")))
    a.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p = rsub.add_parser("interest",
                        help=help_text(msg("cli.help.report.interest",
                                           "late-payment interest and compensation per invoice")))
    ledger_option(p)
    p.add_argument("--as-of", type=date_arg, default=None)
    p.add_argument("--customer", default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p = rsub.add_parser("kpi",
                        help=help_text(msg("cli.help.report.kpi",
                                           "DSO, CEI, recovery and promise-kept rates per currency")))
    ledger_option(p)
    p.add_argument("--from", dest="start", type=date_arg, required=True)
    p.add_argument("--to", dest="end", type=date_arg, required=True)
    p.add_argument("--format", choices=("table", "json"), default="table")
    reports: dict[str, Handler] = {"aging": _aging, "interest": _interest, "kpi": _kpi,
                                   **cases.add_report_parsers(rsub)}
    return {"report": lambda args: reports[args.report](args)}


def _aging(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        boundaries = parse_boundaries(args.buckets) if args.buckets else ledger.bucket_scheme().boundaries
        scheme = BucketScheme(boundaries, AgingBasis(args.basis))
        report = aging(ledger, args.as_of or date.today(), scheme, AgingGrouping(args.by), args.customer)
        extra = (limitations.aging_invoice_extras(ledger, report)
                 if report.grouping is AgingGrouping.INVOICE else None)
        data = aging_to_json(report, extra)
    _print_aging(data, args.format, by_invoice=args.by == "invoice", titles=message_texts(bucket_titles(scheme)))
    return 0


_AGING_LEAD = {
    "customer": msg("cli.col.customer", "customer"), "name": msg("cli.col.name", "name"),
    "currency": msg("cli.col.currency", "currency"), "invoice": msg("cli.col.invoice", "invoice"),
    "due_date": msg("cli.col.due_date", "due date"), "days_overdue": msg("cli.col.days_overdue", "days overdue"),
}


def _print_aging(data: dict[str, Any], fmt: str, *, by_invoice: bool, titles: list[str]) -> None:
    """CSV keeps the English keys (machine output); the table reads in the environment's language."""
    if fmt == "json":
        dump_json(data)
        return
    labels = data["buckets"]
    lead = ["customer", "name", "currency"] + (["invoice", "due_date", "days_overdue"] if by_invoice else [])
    head = lead + labels + ["total"]
    rows = [[str(r.get(k, "")) for k in head] for r in data["rows"]]
    total = message_text(msg("cli.total", "TOTAL"))
    totals = [[total, "", t["currency"]] + [""] * (len(lead) - 3) + [t[k] for k in [*labels, "total"]]
              for t in data["totals"]]
    if fmt == "csv":
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(head)
        # text columns come from users and imports; the bucket figures are ours and stay numbers
        w.writerows([[neutralise_formula(c) for c in r[:len(lead)]] + r[len(lead):] for r in rows])
        sys.stdout.write(out.getvalue())
        return
    say(msg("cli.aging.heading", "Aging as of {date} (by {basis})", date=data["as_of"],
            basis=basis_name(data["basis"] == "due")))
    shown = message_texts([_AGING_LEAD[k] for k in lead]) + titles + [message_text(msg("cli.col.total", "total"))]
    table = [shown, *rows, *totals]
    widths = [min(40, max(text_width(r[i]) for r in table)) for i in range(len(head))]
    numeric = set(range(len(lead), len(head)))
    for n, r in enumerate(table):
        cells = [pad(c, w, right=i in numeric) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        print("  ".join(cells).rstrip())
        if n == 0 or (n == len(rows) and totals):
            print("  ".join("-" * w for w in widths))
    if not rows:
        say(msg("cli.aging.nothing_open", "Nothing is open on that date."))


def _interest(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    with open_ledger(args) as ledger:
        lines = interest_claims.interest_lines(ledger, as_of, args.customer)
        claims = interest_claims.customer_claims(ledger, as_of, args.customer, lines)
        data = interest_claims.interest_to_json(lines, as_of, claims)
    if args.format == "json":
        dump_json(data)
        return 0
    _print_interest(data, lines)
    return 0


STALE_MARK = "*"


def _print_interest(data: dict[str, Any], lines: Sequence[interest_claims.InterestLine]) -> None:
    """One block per invoice: a heading, one line per period (from, to, days, open, rate, make-up, interest), and
    the invoice's accrued, waived and claimable figures; then totals, the netted claims and the footnotes."""
    say(msg("cli.interest.heading", "Interest and compensation as of {date}", date=date.fromisoformat(data["as_of"])))
    say(sentences([ALLOCATION_RULE_MESSAGE, ROUNDING_MESSAGE]))
    stale_tables: dict[str, str] = {}
    head = message_texts([msg("cli.col.from", "from"), msg("cli.col.to", "to"), msg("cli.col.days", "days"),
                          msg("cli.col.open", "open"), msg("cli.col.rate", "rate"), msg("cli.col.make_up", "make-up"),
                          msg("cli.col.interest", "interest")])
    for r, line in zip(data["rows"], lines, strict=True):
        cur = r["currency"]
        state = (msg("cli.interest.paid", " (paid; interest and compensation remain)") if r["settled"]
                 else msg("cli.interest.open", " open {amount} {currency}", amount=r["open"], currency=cur))
        barred = (msg("cli.interest.time_barred", "  TIME-BARRED since {date}: listed, not claimed",
                      date=date.fromisoformat(r["limitation_date"])) if r["time_barred"] else None)
        print()
        say(msg("cli.interest.invoice", "{customer}  {invoice}  due {due}{state}  rule {rule}{barred}",
                customer=r["customer"], invoice=r["invoice"], due=date.fromisoformat(r["due_date"]), state=state,
                rule=RULE_NAMES.get(r["rule"], r["rule"]),
                barred=barred))
        table = [head]
        for p, period in zip(r["periods"], line.result.segments, strict=True):
            mark = STALE_MARK if p["rate_after_table_end"] else ""
            if mark and p.get("table") and p.get("table_last_date"):
                stale_tables[p["table"]] = p["table_last_date"]
            table.append([p["from"], p["to"], str(p["days"]), p["open"],
                          write_percent(period.annual_rate, environment_language()) + mark,
                          message_text(period.source), p["interest"]])
        if len(table) > 1:
            widths = [max(text_width(row[i]) for row in table) for i in range(len(head))]
            for row in table:
                cells = [pad(c, w, right=i in (2, 3, 4, 6)) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
                print("  " + "  ".join(cells).rstrip())
        comp_cur = r["compensation_currency"]
        say(msg("cli.interest.figures", "  interest {interest} {currency} (waived {interest_waived}, claimed "
                "{interest_claimable}); compensation {compensation} {compensation_currency} (waived "
                "{compensation_waived}, claimed {compensation_claimable})", interest=r["interest"], currency=cur,
                interest_waived=r["interest_waived"], interest_claimable=r["interest_claimable"],
                compensation=r["compensation"], compensation_currency=comp_cur,
                compensation_waived=r["compensation_waived"], compensation_claimable=r["compensation_claimable"]))
        _print_basis(line)
    print()
    for t in data["totals"]:
        say(msg("cli.interest.total", "TOTAL {currency}: interest {interest}, compensation {compensation} "
                "(claimable; time-barred invoices left out)", currency=t["currency"], interest=t["interest"],
                compensation=t["compensation"]))
    if data.get("claims"):
        print()
        head = message_texts([msg("cli.col.customer", "customer"), msg("cli.col.currency", "currency"),
                              msg("cli.col.overdue", "overdue"), msg("cli.col.disputed", "disputed"),
                              msg("cli.col.time_barred", "time-barred"), msg("cli.col.credit", "credit"),
                              msg("cli.col.interest", "interest"), msg("cli.col.compensation", "compensation"),
                              msg("cli.col.net_claimable", "net claimable"), msg("cli.col.balance", "balance")])
        keys = ["customer", "currency", "overdue", "disputed", "time_barred", "unapplied_credit", "interest",
                "compensation", "net_claimable", "net_balance"]
        table = [head, *[[str(c[k]) for k in keys] for c in data["claims"]]]
        widths = [max(text_width(row[i]) for row in table) for i in range(len(head))]
        for n, row in enumerate(table):
            print("  ".join(pad(c, w, right=i >= 2) for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip())
            if n == 0:
                print("  ".join("-" * w for w in widths))
    if stale_tables:
        print()
        for table_name, last in sorted(stale_tables.items()):
            say(msg("cli.interest.stale_table", "{mark} rate assumed unchanged past the end of the '{table}' table "
                    "(last entry {last}); add the newer rates to that table.", mark=STALE_MARK, table=table_name,
                    last=last))


def _print_basis(line: interest_claims.InterestLine) -> None:
    """Why the figures are what they are, in the reader's language: the interest basis, a stale rate, limitation."""
    limit = line.limitation_status
    notes = [line.result.basis_message, line.result.stale_warning,
             limit.basis_message if limit and (limit.warning or limit.time_barred) else None]
    for note in notes:
        if note is not None:
            print("  " + message_text(note))


def _figure(value: Decimal | None) -> Param:
    """A measure as the reader writes decimals; a dash when the period gives none (no sales, nothing due)."""
    return "–" if value is None else value


def _rate(value: Decimal | None) -> Param:
    return "–" if value is None else Percent(value)


def _kpi(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        figures = kpis.period_kpis(ledger, args.start, args.end)
        risks = kpis.customer_risks(ledger, args.end)
    data = kpis.kpis_to_json(args.start, args.end, figures, risks)
    if args.format == "json":
        dump_json(data)
        return 0
    say(msg("cli.kpi.heading", "KPIs {start} to {end}", start=args.start, end=args.end))
    for k in figures:
        say(msg("cli.kpi.currency", "  {currency}: DSO {dso}  best DSO {best}  ADD {add}  CEI {cei}  recovery "
                "{recovery}  collection days {days}  bad debt {bad_debt}  promises kept {kept}",
                currency=k.currency, dso=_figure(k.dso), best=_figure(k.best_possible_dso), add=_figure(k.add),
                cei=_rate(k.cei), recovery=_rate(k.recovery_rate), days=_figure(k.average_collection_days),
                bad_debt=_rate(k.bad_debt_ratio),
                kept=_rate(k.promise_kept_rate) if k.promise_kept_rate is not None else msg(
                    "cli.kpi.no_promises_due", "– (no promise fell due in the period)")))
    tiers = data["risk_tiers"]
    say(plural_msg("cli.kpi.risk", "  risk tiers: A {a}, B {b}, C {c}; {n} early warning",
                   "  risk tiers: A {a}, B {b}, C {c}; {n} early warnings", n=len(data["warnings"]), a=tiers["A"],
                   b=tiers["B"], c=tiers["C"]))
    return 0
