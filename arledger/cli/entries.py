"""Ledger entries from the command line: customers, invoices, payments, credit notes, write-offs, refunds,
credit applied, and the reversal of each (nothing is ever deleted)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from arledger.cli import interest
from arledger.cli.common import (
    Handler,
    SubParsers,
    amount_text,
    date_arg,
    dump_json,
    group,
    help_text,
    ledger_option,
    message_text,
    numbers,
    pad,
    say,
)
from arledger.cli.common import open_ledger as _open
from arledger.domain import fields
from arledger.domain.errors import ValidationError
from arledger.domain.messages import Message, msg
from arledger.domain.record_words import (
    PAYMENT_METHODS,
    customer_kind_word,
    dispute_reason_word,
    entry_kind_word,
    known_word,
    reversal_label,
    yes_no_word,
)
from arledger.render.workbook_words import HEADERS
from arledger.services import entries, policy, reversals
from arledger.services.customers import CUSTOMER_FIELDS, FLAGS, customer_fields, customer_from_fields, parse_split
from arledger.services.ledger import Ledger, SettlementResult


def _customer_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    if adding:
        p.add_argument("--code", required=True)
        p.add_argument("--name", required=True)
    else:
        p.add_argument("--code", default=None,
                       help=help_text(msg("cli.help.customer_options.code", "a new code for the customer")))
        p.add_argument("--name", default=None)
    for key in CUSTOMER_FIELDS:
        if key in ("code", "name", "contacts"):
            continue
        flag = "--" + key.replace("_", "-")
        yes_or_no = msg("cli.help.customer.yes_or_no", "yes or no")
        helps = {"tags": msg("cli.help.customer.tags", "comma-separated tags (replaces the list)"),
                 "credit_limit": msg("cli.help.customer.credit_limit", "in the customer's currency; 'none' for no "
                                     "limit"),
                 "do_not_contact": yes_or_no, "attorney_on_record": yes_or_no,
                 "on_hold": msg("cli.help.customer.on_hold", "yes or no (no new invoices without a reason)"),
                 "payment_date_agreed": msg("cli.help.customer.payment_date_agreed", "de: yes if payment dates are "
                                            "agreed by contract, so default starts the day after the due date (BGB "
                                            "286(2) no. 1)"),
                 "default_notice": msg("cli.help.customer.default_notice", "de: yes if the invoices tell a consumer "
                                       "of default 30 days after due (BGB 286(3))")}
        help_ = helps.get(key)
        p.add_argument(flag, dest=key, default=None, help=help_text(help_) if help_ else None)
    p.add_argument("--contact", dest="contacts", action="append", default=None, metavar="'NAME | ROLE | PHONE | EMAIL'",
                   help=help_text(msg("cli.help.customer_options.contact",
                                      "a contact person (repeat for more; replaces the list when editing)")))


def _as_of(args: argparse.Namespace, ledger: Ledger) -> date:
    return getattr(args, "date", None) or ledger.today()


def add_parsers(sub: SubParsers[Any]) -> dict[str, Handler]:
    """customer, invoice, payment, credit-note, write-off, refund and credit commands."""
    g = group(sub, "customer", msg("cli.help.customer", "add, edit or show a customer"))
    p = g.add_parser("add",
                     help=help_text(msg("cli.help.customer.add",
                                        "add a customer (every field of the ledger, contact people, tags, flags)")))
    ledger_option(p)
    _customer_options(p, adding=True)
    p = g.add_parser("edit",
                     help=help_text(msg("cli.help.customer.edit", "change a customer's fields (only those given)")))
    ledger_option(p)
    p.add_argument("customer", help=help_text(msg("cli.help.customer.edit.customer", "the customer's current code")))
    _customer_options(p, adding=False)
    p = g.add_parser("show",
                     help=help_text(msg("cli.help.customer.show",
                                        "a customer's details, open balance, credit and entries")))
    ledger_option(p)
    p.add_argument("customer")
    p.add_argument("--format", choices=("text", "json"), default="text")
    interest.add_customer_contract_parser(g)

    g = group(sub, "invoice", msg("cli.help.invoice", "add, show or void an invoice"))
    p = g.add_parser("add",
                     help=help_text(msg("cli.help.invoice.add",
                                        "record an invoice (refused over the credit limit or on hold unless a "
                                        "reason)")))
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("--number", required=True)
    p.add_argument("--date", required=True, type=date_arg,
                   help=help_text(msg("cli.help.invoice.add.date", "issue date")))
    p.add_argument("--amount", required=True)
    p.add_argument("--due", type=date_arg, default=None,
                   help=help_text(msg("cli.help.invoice.add.due",
                                      "due date (default: issue date + the customer's terms)")))
    p.add_argument("--currency", default=None)
    p.add_argument("--reference", default="")
    p.add_argument("--allow-over-limit", default="", metavar="REASON",
                   help=help_text(msg("cli.help.invoice.add.allow_over_limit",
                                      "raise it despite the credit limit or a hold; the reason is logged")))
    p.add_argument("--received", type=date_arg, default=None,
                   help=help_text(msg("cli.help.invoice.add.received",
                                      "the day the debtor received it (de: default 30 days after due date and "
                                      "receipt)")))
    p = g.add_parser("show", help=help_text(msg("cli.help.invoice.show", "an invoice and everything that settled it")))
    ledger_option(p)
    p.add_argument("number")
    interest.add_invoice_contract_parser(g)
    interest.add_invoice_received_parser(g)
    p = g.add_parser("void",
                     help=help_text(msg("cli.help.invoice.void",
                                        "void an invoice nothing settles (e.g. entered twice)")))
    ledger_option(p)
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=date_arg, default=None,
                   help=help_text(msg("cli.help.invoice.void.date", "from when it is void (default: today)")))

    g = group(sub, "payment", msg("cli.help.payment", "record or reverse a payment"))
    p = g.add_parser("add",
                     help=help_text(msg("cli.help.payment.add",
                                        "record a payment: oldest first, to one invoice, or split as the payer says")))
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--date", type=date_arg, default=None,
                   help=help_text(msg("cli.help.payment.add.date", "default: today")))
    p.add_argument("--currency", default=None)
    how = p.add_mutually_exclusive_group()
    how.add_argument("--invoice", default=None,
                     help=help_text(msg("cli.help.payment.add.invoice", "apply it to this invoice")))
    how.add_argument("--allocate", default=None, metavar="INV:AMOUNT,...",
                     help=help_text(msg("cli.help.payment.add.allocate",
                                        "split it over invoices, e.g. INV-1:100,INV-2:50; 'none' keeps it all as "
                                        "credit")))
    p.add_argument("--method", default="",
                   help=help_text(msg("cli.help.payment.add.method", "{methods} (kept as that, shown in the reader's "
                                      "language) or your own words", methods=", ".join(PAYMENT_METHODS))))
    p.add_argument("--reference", default="")
    p = g.add_parser("reverse",
                     help=help_text(msg("cli.help.payment.reverse",
                                        "reverse a payment (its invoices are open again from the date)")))
    ledger_option(p)
    p.add_argument("id", help=help_text(msg("cli.help.payment.reverse.id", "the payment's id (see 'customer show')")))
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=date_arg, default=None)

    g = group(sub, "credit-note", msg("cli.help.credit_note", "record or reverse a credit note"))
    p = g.add_parser("add",
                     help=help_text(msg("cli.help.credit_note.add",
                                        "a credit note to an invoice, oldest first, split, or on account")))
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("--number", required=True)
    p.add_argument("--amount", required=True)
    p.add_argument("--date", type=date_arg, default=None)
    p.add_argument("--currency", default=None)
    how = p.add_mutually_exclusive_group()
    how.add_argument("--invoice", default=None)
    how.add_argument("--allocate", default=None, metavar="INV:AMOUNT,...")
    how.add_argument("--on-account", action="store_true",
                     help=help_text(msg("cli.help.credit_note.add.on_account", "keep it as credit on the account")))
    p.add_argument("--reason", default="")
    p = g.add_parser("reverse", help=help_text(msg("cli.help.credit_note.reverse", "reverse a credit note")))
    ledger_option(p)
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=date_arg, default=None)

    p = sub.add_parser("write-off",
                       help=help_text(msg("cli.help.write_off",
                                          "write off an invoice (whole or part); 'write-off reverse ID' undoes one")))
    ledger_option(p)
    p.add_argument("invoice",
                   help=help_text(msg("cli.help.write_off.invoice", "the invoice to write off, or 'reverse'")))
    p.add_argument("id", nargs="?", default=None,
                   help=help_text(msg("cli.help.write_off.id",
                                      "with 'reverse': the write-off's id (see 'customer show')")))
    p.add_argument("--reason", required=True)
    p.add_argument("--amount", default=None,
                   help=help_text(msg("cli.help.write_off.amount", "part of the open amount (default: all of it)")))
    p.add_argument("--date", type=date_arg, default=None)

    p = sub.add_parser("refund",
                       help=help_text(msg("cli.help.refund",
                                          "pay back a customer's unapplied credit; 'refund reverse ID' undoes one")))
    ledger_option(p)
    p.add_argument("action", nargs="?", choices=("reverse",), default=None,
                   help=help_text(msg("cli.help.refund.action",
                                      "'reverse' with the refund's id (see 'customer show') and --reason")))
    p.add_argument("id", nargs="?", default=None,
                   help=help_text(msg("cli.help.refund.id", "with 'reverse': the refund's id")))
    p.add_argument("--customer", default=None,
                   help=help_text(msg("cli.help.refund.customer", "whose credit to pay back (required for a refund)")))
    p.add_argument("--amount", default=None, help=help_text(msg("cli.help.refund.amount", "required for a refund")))
    p.add_argument("--date", type=date_arg, default=None)
    p.add_argument("--currency", default=None)
    p.add_argument("--method", default="")
    p.add_argument("--reference", default="")
    p.add_argument("--reason", default="",
                   help=help_text(msg("cli.help.refund.reason", "why (required to reverse a refund)")))

    g = group(sub, "credit", msg("cli.help.credit", "a customer's unapplied credit"))
    p = g.add_parser("apply",
                     help=help_text(msg("cli.help.credit.apply",
                                        "apply unapplied credit to open invoices, oldest first or the ones named")))
    ledger_option(p)
    p.add_argument("--customer", required=True)
    p.add_argument("--invoices", default=None,
                   help=help_text(msg("cli.help.credit.apply.invoices",
                                      "comma-separated, in the order to settle them")))
    p.add_argument("--date", type=date_arg, default=None)

    return {"customer": _customer, "invoice": _invoice, "payment": _payment, "credit-note": _credit_note,
            "write-off": _write_off, "refund": _refund, "credit": _credit}


def _values(args: argparse.Namespace) -> dict[str, object]:
    out: dict[str, object] = {k: getattr(args, k) for k in CUSTOMER_FIELDS
                              if k != "contacts" and getattr(args, k, None) is not None}
    if args.contacts is not None:
        out["contacts"] = "\n".join(args.contacts)
    return out


def _customer(args: argparse.Namespace) -> int:
    if args.action == "set-contract":
        return interest.customer_contract(args)
    with _open(args) as ledger:
        if args.action == "add":
            c = ledger.add_customer(customer_from_fields(_values(args), None, policy.default_jurisdiction(ledger)))
            say(msg("cli.customer.added", "Added customer {code} {name}.", code=c.code, name=c.name))
        elif args.action == "edit":
            old = ledger.customer(args.customer)
            c = ledger.update_customer(customer_from_fields(_values(args), old))
            say(msg("cli.customer.saved", "Saved customer {code} {name}.", code=c.code, name=c.name))
        else:
            _show_customer(ledger, args.customer, args.format)
    return 0


def _show_customer(ledger: Ledger, code: str, fmt: str) -> None:
    acc = entries.account(ledger, code)
    c = acc.customer
    money = {cur: amount_text(v, cur) for cur, v in acc.open_by_currency.items()}
    credit = {cur: amount_text(v, cur) for cur, v in acc.credit_by_currency.items()}
    net = {cur: amount_text(v, cur) for cur, v in acc.net_by_currency.items()}
    items = [{"id": e.id, "kind": e.kind, "entry": str(e.label), "date": e.date.isoformat(),
              "amount": amount_text(e.amount, e.currency), "currency": e.currency,
              "applied": amount_text(e.applied, e.currency),
              "reversed_on": e.reversed_on.isoformat() if e.reversed_on else None} for e in acc.entries]
    if fmt == "json":
        dump_json({"customer": customer_fields(c), "open": money, "unapplied_credit": credit, "net": net,
                   "open_invoices": [{"number": r[1], "due_date": r[5], "amount": amount_text(r[6], r[8]),
                                      "open": amount_text(r[7], r[8]), "currency": r[8]} for r in acc.open_invoices],
                   "entries": items})
        return
    for key, value in customer_fields(c).items():
        if value:
            label = message_text(known_word(key, HEADERS))
            print(f"{pad(label, 24, right=False)} {message_text(_field_value(key, value))}")
    nothing = message_text(msg("cli.customer.nothing", "nothing"))

    def line(label: Message, amounts: dict[str, str]) -> None:
        shown = ", ".join(f"{v} {k}" for k, v in sorted(amounts.items())) or nothing
        print(f"{pad(message_text(label), 24, right=False)} {shown}")

    line(msg("cli.customer.open", "open"), money)
    if credit:
        line(msg("cli.customer.unapplied_credit", "unapplied credit"), credit)
        line(msg("cli.customer.net_balance", "net balance"), net)
    if acc.open_invoices:
        print()
        say(msg("cli.customer.open_invoices", "Open invoices"))
        for r in acc.open_invoices:
            say(msg("cli.customer.open_invoice", "  {number} due {due}  {open} {currency} of {amount}",
                    number=f"{r[1]:<14}", due=r[5], open=f"{amount_text(r[7], r[8]):>14}", currency=r[8],
                    amount=amount_text(r[6], r[8])))
    if items:
        print()
        say(msg("cli.customer.entries", "Entries (id: what reversal commands take)"))
        for e, entry in zip(items, acc.entries, strict=True):
            rev = msg("cli.customer.reversed", "  reversed {date}", date=e["reversed_on"]) if e["reversed_on"] else None
            kind = pad(message_text(entry_kind_word(entry.kind)), 12, right=False)
            say(msg("cli.customer.entry", "  {kind} {id}  {date}  {amount} {currency}  {entry}  applied {applied}"
                    "{reversed}", kind=kind, id=f"{e['id']:>5}", date=e["date"],
                    amount=f"{e['amount']:>14}", currency=e["currency"], entry=entry.label, applied=e["applied"],
                    reversed=rev))


def _amount(ledger: Ledger, args: argparse.Namespace, text: str) -> tuple[int, str]:
    cur = fields.parse_currency(args.currency, "currency", ledger.customer(args.customer).currency)
    return fields.parse_money(text, cur, "amount"), cur


def _print_settlement(what: Message, r: SettlementResult) -> None:
    applied = ", ".join(f"{n} {amount_text(a, r.currency)}" for n, a in r.allocations)
    say(msg("cli.settlement.recorded", "Recorded {what} (id {id}): applied to {applied}.", what=what, id=r.source_id,
            applied=applied or msg("cli.settlement.no_invoice", "no invoice")))
    if r.unapplied:
        say(msg("cli.settlement.credit_left", "{amount} stays on the account as credit.",
                amount=f"{amount_text(r.unapplied, r.currency)} {r.currency}"))


def _invoice(args: argparse.Namespace) -> int:
    if args.action == "set-contract":
        return interest.invoice_contract(args)
    if args.action == "set-received":
        return interest.invoice_received(args)
    with _open(args) as ledger:
        if args.action == "add":
            amount, cur = _amount(ledger, args, args.amount)
            inv = ledger.add_invoice(args.customer, args.number, args.date, amount, currency=cur, due_date=args.due,
                                     reference=args.reference, override_reason=args.allow_over_limit,
                                     received_on=args.received)
            say(msg("cli.invoice.added", "Added invoice {number}: {amount}, due {due}.", number=inv.number,
                    amount=f"{amount_text(inv.amount, inv.currency)} {inv.currency}", due=inv.due_date.isoformat()))
        elif args.action == "void":
            r = reversals.void_invoice(ledger, args.number, _as_of(args, ledger), args.reason)
            say(msg("cli.invoice.voided", "Voided invoice {label} ({amount}); evidence event {event}.", label=r.label,
                    amount=f"{amount_text(r.amount, r.currency)} {r.currency}", event=r.evidence_seq))
        else:
            _print_invoice_history(entries.invoice_history(ledger, args.number))
    return 0


def _field_value(key: str, value: str) -> Message:
    """A customer field's value as shown: kinds and flags in words, the rest as stored."""
    if key == "kind":
        return customer_kind_word(value)
    if key in FLAGS:
        return yes_no_word(value)
    return Message("", value)


def _print_invoice_history(h: entries.InvoiceHistory) -> None:
    i = h.invoice
    say(msg("cli.invoice.heading", "Invoice {number} for {customer} {name}", number=i.number,
            customer=h.customer.code, name=h.customer.name))
    reference = msg("cli.invoice.reference", ", reference {reference}", reference=i.reference) if i.reference else None
    say(msg("cli.invoice.issued", "  issued {issued}, due {due}, {amount}{reference}", issued=i.issue_date.isoformat(),
            due=i.due_date.isoformat(), amount=f"{amount_text(i.amount, i.currency)} {i.currency}",
            reference=reference))
    voided = msg("cli.invoice.voided_on", ", voided {date}", date=h.voided_on.isoformat()) if h.voided_on else None
    say(msg("cli.invoice.open", "  open {amount}{voided}", amount=f"{amount_text(h.open_amount, i.currency)} "
            f"{i.currency}", voided=voided))
    for d, kind, entry, amt, is_reversal in h.settlements:
        what = reversal_label(entry) if is_reversal else entry
        print(f"  {d}  {pad(message_text(entry_kind_word(kind)), 12, right=False)} "
              f"{amount_text(amt, i.currency):>14}  {message_text(what)}")
    for dispute in h.disputes:
        state = msg("cli.invoice.dispute_resolved", "resolved {date}", date=dispute.resolved_on.isoformat()) \
            if dispute.resolved_on else msg("cli.invoice.dispute_open", "open")
        say(msg("cli.invoice.dispute", "  dispute {opened} ({reason}), {state}", opened=dispute.opened_on.isoformat(),
                reason=dispute_reason_word(dispute.reason.value), state=state))


def _payment(args: argparse.Namespace) -> int:
    with _open(args) as ledger:
        on = _as_of(args, ledger)
        if args.action == "reverse":
            _print_reversal(reversals.reverse_payment(ledger, args.id, on, args.reason))
            return 0
        amount, cur = _amount(ledger, args, args.amount)
        split = parse_split(args.allocate, cur) if args.allocate is not None else None
        r = ledger.record_payment(args.customer, on, amount, currency=cur, invoice_number=args.invoice,
                                  method=args.method, reference=args.reference, allocations=split)
        _print_settlement(msg("cli.settlement.payment", "payment"), r)
    return 0


def _credit_note(args: argparse.Namespace) -> int:
    with _open(args) as ledger:
        on = _as_of(args, ledger)
        if args.action == "reverse":
            _print_reversal(reversals.reverse_credit_note(ledger, args.number, on, args.reason))
            return 0
        amount, cur = _amount(ledger, args, args.amount)
        split = [] if args.on_account else (parse_split(args.allocate, cur) if args.allocate is not None else None)
        r = ledger.add_credit_note(args.customer, args.number, on, amount, currency=cur, invoice_number=args.invoice,
                                   reason=args.reason, allocations=split)
        _print_settlement(msg("cli.settlement.credit_note", "credit note {number}", number=args.number), r)
    return 0


def _write_off(args: argparse.Namespace) -> int:
    with _open(args) as ledger:
        on = _as_of(args, ledger)
        if args.invoice == "reverse":
            if not args.id:
                raise ValidationError(msg("cli.write_off_id", "Give the write-off's id: arledger write-off reverse "
                                          "ID --reason ..."), field="id")
            _print_reversal(reversals.reverse_write_off(ledger, args.id, on, args.reason))
            return 0
        if args.id:
            raise ValidationError(msg("cli.unexpected_id", "'{text}' is not expected after the invoice number.",
                                      text=args.id), field="id")
        inv = ledger.invoice(args.invoice)
        amount = fields.parse_money(args.amount, inv.currency, "amount") if args.amount else None
        r = ledger.write_off(inv.number, on, args.reason, amount)
        say(msg("cli.write_off.done", "Wrote off {amount} of invoice {number} (write-off {id}).",
                amount=f"{amount_text(r.allocations[0][1], r.currency)} {r.currency}", number=inv.number,
                id=r.source_id))
    return 0


def _print_reversal(r: reversals.ReversalResult) -> None:
    say(msg("cli.reversal.done", "Reversed {label} ({amount}); evidence event {event}.", label=r.label,
            amount=f"{amount_text(r.amount, r.currency)} {r.currency}", event=r.evidence_seq))
    for n, a in r.reopened:
        say(msg("cli.reversal.reopened", "  invoice {number}: {amount} open again", number=n,
                amount=f"{amount_text(a, r.currency)} {r.currency}"))


def _refund(args: argparse.Namespace) -> int:
    if args.action == "reverse":
        if not args.id:
            raise ValidationError(msg("cli.refund_id", "Give the refund's id: arledger refund reverse ID --reason ..."),
                                  field="id")
        with _open(args) as ledger:
            _print_reversal(reversals.reverse_refund(ledger, args.id, _as_of(args, ledger), args.reason))
        return 0
    for name in ("customer", "amount"):
        if not getattr(args, name):
            raise ValidationError(msg("cli.refund_needs", "A refund needs --{option}.", option=name), field=name)
    if args.id:
        raise ValidationError(msg("cli.refund_unexpected_id", "'{text}' is not expected; a refund takes --customer "
                                  "and --amount.", text=args.id), field="id")
    with _open(args) as ledger:
        amount, cur = _amount(ledger, args, args.amount)
        rid = ledger.refund(args.customer, _as_of(args, ledger), amount, currency=cur, method=args.method,
                            reference=args.reference, reason=args.reason)
        say(msg("cli.refund.done", "Refunded {amount} to {customer} (refund {id}).",
                amount=f"{amount_text(amount, cur)} {cur}", customer=args.customer, id=rid))
    return 0


def _credit(args: argparse.Namespace) -> int:
    with _open(args) as ledger:
        chosen = numbers(args.invoices) or None
        results = ledger.apply_credit(args.customer, _as_of(args, ledger), chosen)
        if not results:
            say(msg("cli.credit.nothing", "Nothing applied: {customer} has no unapplied credit, or nothing it could "
                    "settle.", customer=args.customer))
        for r in results:
            applied = ", ".join(f"{n} {amount_text(a, r.currency)}" for n, a in r.allocations)
            say(msg("cli.credit.applied", "Applied {currency} credit: {applied}.", currency=r.currency,
                    applied=applied))
        left = ledger.unapplied_credit(args.customer)
        if left:
            say(msg("cli.credit.left", "Still on the account: {amounts}",
                    amounts=", ".join(f"{amount_text(v, c)} {c}" for c, v in sorted(left.items()))))
    return 0

