"""`arledger interest waive`, `arledger customer set-contract`, `arledger invoice set-contract`: the money
terms of a claim (waivers of interest and compensation, contractual rate and fee)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from arledger.cli.common import Handler, SubParsers, date_arg, group, help_text, ledger_option, open_ledger, say
from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, Percent, msg
from arledger.domain.money import format_amount
from arledger.services import interest_claims


def add_parsers(sub: SubParsers[Any]) -> dict[str, Handler]:
    g = group(sub, "interest", msg("cli.help.interest", "late-payment interest and compensation"))
    p = g.add_parser("waive",
                     help=help_text(msg("cli.help.interest.waive",
                                        "waive interest and/or compensation on an invoice, whole or part, with a "
                                        "reason")))
    ledger_option(p)
    p.add_argument("--invoice", required=True)
    p.add_argument("--interest", default=None,
                   help=help_text(msg("cli.help.interest.waive.interest", "amount of interest to waive, or 'all'")))
    p.add_argument("--compensation", default=None,
                   help=help_text(msg("cli.help.interest.waive.compensation",
                                      "amount of compensation to waive, or 'all'")))
    p.add_argument("--reason", required=True)
    p.add_argument("--on", type=date_arg, default=None,
                   help=help_text(msg("cli.help.interest.waive.on", "date of the waiver (default today)")))
    # `customer set-contract` and `invoice set-contract` live in the customer and invoice groups (cli.entries)
    return {"interest": _waive}


def add_customer_contract_parser(g: SubParsers[Any]) -> None:
    """`customer set-contract`: kept separate so another customer command group can host it."""
    p = g.add_parser("set-contract",
                     help=help_text(msg("cli.help.customer.set_contract",
                                        "a customer's contractual late-payment rate and fixed fee per invoice")))
    ledger_option(p)
    p.add_argument("--customer", required=True)
    _terms_options(p)
    p.add_argument("--lpr-factor", default=None,
                   help=help_text(msg("cli.help.customer.set_contract.lpr_factor",
                                      "cn: LPR x this factor when no contract rate ('none' clears)")))
    # a customer's payment_date_agreed and default_notice are fields of `customer add/edit` (CUSTOMER_FIELDS)


def add_invoice_contract_parser(g: SubParsers[Any]) -> None:
    """`invoice set-contract`: an invoice's own terms, which win over the customer's."""
    p = g.add_parser("set-contract",
                     help=help_text(msg("cli.help.invoice.set_contract",
                                        "an invoice's own contractual rate and fee (win over the customer's)")))
    ledger_option(p)
    p.add_argument("--invoice", required=True)
    _terms_options(p)
    _default_options(p)


def add_invoice_received_parser(g: SubParsers[Any]) -> None:
    """`invoice set-received`: the day the debtor received an invoice (BGB § 286 (3))."""
    p = g.add_parser("set-received",
                     help=help_text(msg("cli.help.invoice.set_received",
                                        "the day the debtor received an invoice (de: default 30 days after due date "
                                        "and receipt)")))
    ledger_option(p)
    p.add_argument("--invoice", required=True)
    p.add_argument("--on", required=True,
                   help=help_text(msg("cli.help.invoice.set_received.on",
                                      "the day it was received, YYYY-MM-DD ('none' clears it)")))


def _terms_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rate", default=None,
                   help=help_text(msg("cli.help.terms_options.rate",
                                      "annual rate in percent, e.g. 12.5 ('none' clears it)")))
    p.add_argument("--fee", default=None,
                   help=help_text(msg("cli.help.terms_options.fee",
                                      "fixed fee per invoice, e.g. 50 ('none' clears it)")))


def _default_options(p: argparse.ArgumentParser) -> None:
    choices = ("yes", "no", "none")
    p.add_argument("--payment-date-agreed", choices=choices, default=None,
                   help=help_text(msg("cli.help.default_options.payment_date_agreed",
                                      "de: the payment date was agreed by contract, so default starts the day after "
                                      "it (BGB 286(2) no. 1) ('none': as the customer)")))
    p.add_argument("--default-notice", choices=choices, default=None,
                   help=help_text(msg("cli.help.default_options.default_notice",
                                      "de: the invoice told a consumer of default 30 days after due (BGB 286(3)) "
                                      "('none': as the customer)")))


def _flag(text: str | None, current: bool | None) -> bool | None:
    if text is None:
        return current
    return None if text == "none" else text == "yes"


def _flag_text(value: bool | None) -> Message:
    if value is None:
        return msg("cli.flag.as_customer", "as the customer")
    return msg("cli.flag.yes", "yes") if value else msg("cli.flag.no", "no")


def _waive(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        inv = ledger.invoice(args.invoice)
        interest = _amount_or_all(args.interest, inv.currency, "interest")
        compensation = _amount_or_all(args.compensation, inv.currency, "compensation")
        if interest == "all" or compensation == "all":
            res = interest_claims.claimable_on(ledger, inv.number, args.on or ledger.today())
            comp = res.claimable_compensation
            interest = res.claimable_interest if interest == "all" else interest
            compensation = (comp.minor if comp else 0) if compensation == "all" else compensation
        assert not isinstance(interest, str) and not isinstance(compensation, str)
        w = interest_claims.waive_interest(ledger, inv.number, args.reason, interest=interest,
                                           compensation=compensation, on=args.on)
    waived_i, waived_c = format_amount(w.interest, inv.currency), format_amount(w.compensation, inv.currency)
    say(msg("cli.waiver.done", "Waived {interest} of interest and {compensation} of compensation on {number} "
            "({on}).", interest=waived_i, compensation=waived_c, number=inv.number, on=w.on.isoformat()))
    return 0


def _amount_or_all(text: str | None, currency: str, field: str) -> int | str | None:
    if text is None:
        return None
    if text.strip().lower() == "all":
        return "all"
    try:
        return fields.parse_money(text, currency, field, positive=False)
    except UserError as exc:
        raise UserError(msg("cli.option_problem", "--{option}: {problem}", option=field,
                            problem=exc.message)) from None


T = TypeVar("T")


def _clear_or(text: str | None, current: T | None, parse: Callable[[str], T | None]) -> T | None:
    """None: keep the current value; 'none': clear it; otherwise the parsed value."""
    if text is None:
        return current
    if text.strip().lower() == "none":
        return None
    return parse(text)


def customer_contract(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        c = ledger.customer(args.customer)
        _require_some(args, ("rate", "fee", "lpr_factor"))
        rate = _clear_or(args.rate, c.contract_rate_bp, lambda t: fields.parse_rate_bp(t, "rate"))
        fee = _clear_or(args.fee, c.contract_fee, lambda t: fields.parse_money(t, c.currency, "fee", positive=False))
        factor = _clear_or(args.lpr_factor, c.lpr_factor, lambda t: fields.parse_factor(t, "lpr-factor"))
        c = interest_claims.set_customer_contract(ledger, c.code, rate_bp=rate, fee=fee, lpr_factor=factor)
    lpr = msg("cli.contract.lpr", ", LPR x {factor}", factor=c.lpr_factor) if c.lpr_factor is not None else None
    say(msg("cli.contract.customer", "{code}: contract rate {rate}, fee {fee}{lpr}.", code=c.code,
            rate=_rate_text(c.contract_rate_bp), fee=_fee_text(c.contract_fee, c.currency), lpr=lpr))
    return 0


def invoice_contract(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        inv = ledger.invoice(args.invoice)
        _require_some(args, ("rate", "fee", "payment_date_agreed", "default_notice"))
        # every option is read before anything is written: one action, one transaction, one evidence event
        rate = _clear_or(args.rate, inv.contract_rate_bp, lambda t: fields.parse_rate_bp(t, "rate"))
        fee = _clear_or(args.fee, inv.contract_fee,
                        lambda t: fields.parse_money(t, inv.currency, "fee", positive=False))
        inv = interest_claims.set_invoice_terms(
            ledger, inv.number, rate_bp=rate, fee=fee,
            payment_date_agreed=_flag(args.payment_date_agreed, inv.payment_date_agreed),
            default_notice=_flag(args.default_notice, inv.default_notice))
    if args.payment_date_agreed is not None or args.default_notice is not None:
        say(msg("cli.contract.default_terms", "{number}: payment date agreed {agreed}, notice of default "
                "{notice}.", number=inv.number, agreed=_flag_text(inv.payment_date_agreed),
                notice=_flag_text(inv.default_notice)))
    if args.rate is not None or args.fee is not None:
        say(msg("cli.contract.invoice", "{number}: contract rate {rate}, fee {fee} (the customer's terms apply where "
                "not set).", number=inv.number, rate=_rate_text(inv.contract_rate_bp),
                fee=_fee_text(inv.contract_fee, inv.currency)))
    return 0


def invoice_received(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        day = _clear_or(args.on, None, lambda t: fields.parse_date(t, "on"))
        inv = interest_claims.set_invoice_received(ledger, args.invoice, day)
    if inv.received_on is None:
        say(msg("cli.invoice.receipt_cleared", "{number}: its receipt is not recorded; the due date stands for it.",
                number=inv.number))
    else:
        say(msg("cli.invoice.received", "{number}: received on {received_on}.", number=inv.number,
                received_on=inv.received_on.isoformat()))
    return 0


def _require_some(args: argparse.Namespace, names: tuple[str, ...]) -> None:
    if all(getattr(args, n) is None for n in names):
        options = ", ".join("--" + n.replace("_", "-") for n in names)
        raise UserError(msg("cli.give_one_of", "Give at least one of {options}.", options=options))


def _rate_text(bp: int | None) -> Message:
    if bp is None:
        return msg("cli.contract.not_set", "not set")
    return msg("cli.contract.rate", "{rate} a year", rate=Percent(Decimal(bp) / 100))


def _fee_text(fee: int | None, currency: str) -> Message:
    if fee is None:
        return msg("cli.contract.not_set", "not set")
    return msg("cli.contract.fee", "{amount} {currency}", amount=format_amount(fee, currency), currency=currency)
