"""Promises to pay and instalment plans: recording them and evaluating them against the payments."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.domain.model import (
    Customer,
    Invoice,
    Promise,
)
from arledger.domain.money import format_amount
from arledger.domain.promises import (
    PlanEvaluation,
    PromiseEvaluation,
    evaluate_plans,
    evaluate_promises,
)
from arledger.services import policy
from arledger.services.evidence_log import _invoices_of, _log
from arledger.services.ledger import Ledger
from arledger.storage import collections as rows
from arledger.storage import invoices as invoice_rows


def _check_promise_invoices(ledger: Ledger, customer: Customer, numbers: Sequence[str]) -> list[Invoice]:
    invs = _invoices_of(ledger, customer, numbers)
    for inv in invs:
        if invoice_rows.receivable(ledger.conn, inv.id).open_amount == 0:
            raise UserError(msg("promise.invoice_settled", "Invoice {number} is already settled; a promise cannot "
                                 "cover it.", number=inv.number))
    return invs


def add_promise(ledger: Ledger, code: str, amount: int, due: date, *, invoices: Sequence[str] = (),
                channel: str = "", made_by: str = "", promised_on: date | None = None,
                currency: str | None = None) -> Promise:
    """Record a promise to pay amount by due; it pauses escalation of its invoices until due + grace."""
    customer = ledger.customer(code)
    promised_on = promised_on or ledger.today()
    if amount <= 0:
        raise UserError(msg("promise.zero", "A promise must be for more than zero."))
    if due < promised_on:
        raise UserError(msg("promise.due_before_made", "The promised date {due} is before the day the promise was "
                             "made ({promised_on}).", due=due.isoformat(), promised_on=promised_on.isoformat()))
    fields.check_date(due, "date")
    fields.check_date(promised_on, "promised_on")
    fields.check_amount(amount, currency or customer.currency, "amount")
    fields.check_text(made_by, "made_by", "short")
    fields.check_text(channel, "channel", "short")
    invs = _check_promise_invoices(ledger, customer, invoices)
    cur = currency or (invs[0].currency if invs else customer.currency)
    if any(i.currency != cur for i in invs):
        raise UserError(msg("promise.mixed_currencies", "A promise covers invoices of one currency; record one "
                             "promise per currency."))
    p = Promise(customer_id=customer.id, promised_on=promised_on, amount=amount, currency=cur, due_date=due,
                invoice_ids=tuple(i.id for i in invs), made_by=made_by.strip(), channel=channel)
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "promise", customer, {
            "amount": format_amount(amount, cur), "currency": cur, "due_date": due.isoformat(),
            "promised_on": promised_on.isoformat(), "invoices": [i.number for i in invs], "made_by": p.made_by,
            "channel": channel})
        pid = rows.insert_promise(conn, p, seq)
    return dataclasses.replace(p, id=pid)


def add_plan(ledger: Ledger, code: str, schedule: Sequence[tuple[date, int]], *, invoices: Sequence[str] = (),
             note: str = "", made_by: str = "", channel: str = "", agreed_on: date | None = None,
             currency: str | None = None) -> tuple[int, list[Promise]]:
    """Record an instalment plan: each dated amount is a promise; a missed instalment breaks the plan."""
    customer = ledger.customer(code)
    agreed_on = agreed_on or ledger.today()
    if not schedule:
        raise UserError(msg("promise.plan_empty", "An instalment plan needs at least one dated amount."))
    dates = [d for d, _ in schedule]
    if dates != sorted(dates) or len(set(dates)) != len(dates):
        raise UserError(msg("promise.plan_dates_order", "Instalment dates must be in order, one instalment a day "
                             "at most."))
    if dates[0] < agreed_on:
        raise UserError(msg("promise.plan_before_agreed", "The first instalment ({first}) is before the plan was "
                             "agreed ({agreed_on}).", first=dates[0], agreed_on=agreed_on))
    if any(a <= 0 for _, a in schedule):
        raise UserError(msg("promise.plan_instalment_zero", "Every instalment must be for more than zero."))
    fields.check_date(agreed_on, "agreed_on")
    for d, a in schedule:
        fields.check_date(d, "schedule_date")
        fields.check_amount(a, currency or customer.currency, "schedule_amount")
    fields.check_text(note, "note", "summary")
    invs = _check_promise_invoices(ledger, customer, invoices)
    cur = currency or (invs[0].currency if invs else customer.currency)
    made = []
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "plan", customer, {
            "currency": cur, "invoices": [i.number for i in invs], "note": note, "agreed_on": agreed_on.isoformat(),
            "schedule": [[d.isoformat(), format_amount(a, cur)] for d, a in schedule]})
        plan_id = rows.insert_plan(conn, customer.id, agreed_on, note, seq)
        for n, (d, a) in enumerate(schedule, start=1):
            p = Promise(customer_id=customer.id, promised_on=agreed_on, amount=a, currency=cur, due_date=d,
                        invoice_ids=tuple(i.id for i in invs), made_by=made_by, channel=channel, plan_id=plan_id,
                        instalment_no=n)
            made.append(dataclasses.replace(p, id=rows.insert_promise(conn, p, seq)))
    return plan_id, made


def promise_statuses(ledger: Ledger, as_of: date, code: str | None = None, *, customer: Customer | None = None
                     ) -> tuple[list[PromiseEvaluation], dict[int, PlanEvaluation]]:
    """Every promise (of one customer or all) evaluated from payments on as_of, and the plans' status.

    A caller that has read the customer passes it as ``customer`` instead of its code (one read less)."""
    if customer is None and code:
        customer = ledger.customer(code)
    ids = [customer.id] if customer else None
    promises = rows.promises(ledger.conn, ids)
    if not promises:
        return [], {}
    cust_ids = sorted({p.customer_id for p in promises})
    first = min(p.promised_on for p in promises)
    pays = rows.payments(ledger.conn, cust_ids, since=first)
    evals = list(evaluate_promises(promises, pays, as_of, grace_days=policy.grace_days(ledger)))
    return evals, evaluate_plans(evals)
