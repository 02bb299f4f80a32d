"""The escalation run: which letter is due for which customer, and the record of a letter sent (rendering lives in
:mod:`arledger.services.letters`)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from arledger.domain import dunning, limitation
from arledger.domain.messages import Message, msg
from arledger.domain.model import (
    Customer,
    Letter,
    PromiseStatus,
)
from arledger.domain.money import Money, amount_value
from arledger.domain.promises import (
    PlanStatus,
    PromiseEvaluation,
)
from arledger.services import interest_claims, policy
from arledger.services.bulk import without_gc_pauses
from arledger.services.evidence_log import _invoices_of, _log
from arledger.services.ledger import Ledger
from arledger.services.limitations import _time_barred
from arledger.services.promises import promise_statuses
from arledger.storage import cases as case_rows
from arledger.storage import collections as rows
from arledger.storage import customers as customer_rows


def summarise_reasons(decision: dunning.LetterDecision) -> Message:
    """The oldest item's reason, how many more items, and any reason about the letter as a whole."""
    more = len(decision.items) - 1
    return dunning.sentences([dunning.with_more_items(decision.item_reason(0), more), *decision.notes])


@dataclass(frozen=True, slots=True)
class LetterRunEntry:
    """One customer in a letter run: the decision (letter due) or the pause that holds it back."""

    customer: Customer
    decision: dunning.LetterDecision | None
    pause: dunning.Pause | None
    invoice_numbers: tuple[str, ...]

    @property
    def reason(self) -> Message:
        if self.decision is not None:
            return summarise_reasons(self.decision)
        assert self.pause is not None
        reasons = dunning.sentences(self.pause.reasons)
        if self.pause.until:
            return msg("dunning.paused_until", "{reasons} (until {until})", reasons=reasons,
                       until=self.pause.until)
        return reasons

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"customer": self.customer.code, "name": self.customer.name,
                   "level": self.decision.level if self.decision else None,
                   "invoices": list(self.invoice_numbers), "reason": str(self.reason)}
        if self.decision:
            d.update({"level_name": self.decision.level_name, "reply_by": self.decision.reply_by.isoformat(),
                      "totals": [{"currency": t.currency, "amount": t.amount_text()} for t in self.decision.totals],
                      "court_action_allowed": self.decision.court_action_allowed})
        else:
            d["paused"] = True
            d["paused_until"] = self.pause.until.isoformat() if self.pause and self.pause.until else None
        return d


def _pending_promise_pauses(ledger: Ledger, on: date, customer: Customer | None = None
                            ) -> tuple[dict[int, list[dunning.DunningPause]], list[PromiseEvaluation]]:
    """Pauses for pending promises (of one customer if given). The later instalments of a broken plan pause
    nothing: a missed instalment breaks the plan, and escalation resumes at once."""
    evals, plans = promise_statuses(ledger, on, customer=customer)
    broken_plans = {pid for pid, plan in plans.items() if plan.status is PlanStatus.BROKEN}
    out: dict[int, list[dunning.DunningPause]] = defaultdict(list)
    for ev in evals:
        if ev.status is PromiseStatus.PENDING and ev.promise.plan_id not in broken_plans:
            p = ev.promise
            out[p.customer_id].append(dunning.DunningPause(
                msg("dunning.pause.promise", "Promise to pay {amount} by {due}.",
                    amount=amount_value(p.amount, p.currency), due=p.due_date),
                ev.deadline, p.invoice_ids))
    return out, evals


class DunningInputs(NamedTuple):
    """What a letter run or the work queue reads, in a few bulk queries."""

    by_customer: dict[int, list[rows.OverdueItem]]  # overdue items grouped by customer id
    customers: dict[int, Customer]
    barred: dict[int, limitation.LimitationStatus]  # limitation of the old items, by invoice id
    promise_pauses: dict[int, list[dunning.DunningPause]]  # pending promises and case pauses, by customer id
    last: dict[int, Letter]  # each customer's latest letter
    evals: list[PromiseEvaluation]
    limitation_years: int  # the setting 'limitation_generic_years', read once for everything the run computes


def dunning_inputs(ledger: Ledger, on: date, code: str | None, *, customer: Customer | None = None
                   ) -> DunningInputs:
    """Everything a letter run or the work queue reads, in a few bulk queries: overdue items grouped by
    customer, the customers, limitation of old items, pending-promise pauses, last letters, promise
    evaluations. Of one customer if given (by ``code``, or as ``customer`` once read)."""
    if customer is None and code:
        customer = ledger.customer(code)
    cid = customer.id if customer else None
    items = rows.overdue_items(ledger.conn, on, cid)
    by_customer: dict[int, list[rows.OverdueItem]] = defaultdict(list)
    for r in items:
        by_customer[r.customer_id].append(r)
    customers = {customer.id: customer} if customer else customer_rows.customers_by_ids(ledger.conn, set(by_customer))
    years = policy.generic_limitation_years(ledger)
    barred = _time_barred(ledger, items, customers, on, years)
    promise_pauses, evals = _pending_promise_pauses(ledger, on, customer)
    for cid, pause in case_rows.letter_pauses(ledger.conn).items():
        promise_pauses[cid].append(dunning.DunningPause(pause))
    last = rows.last_letters(ledger.conn, on)
    return DunningInputs(by_customer, customers, barred, promise_pauses, last, evals, years)


def customer_items(rows_: Sequence[rows.OverdueItem], barred: dict[int, limitation.LimitationStatus], customer: Customer
                   ) -> tuple[list[dunning.DunningItem], list[dunning.DunningPause]]:
    """One customer's overdue rows as dunning items (undisputed amounts) and the pauses they imply."""
    items, pauses = [], []
    item, day = dunning.DunningItem, date.fromisoformat
    for _cid, iid, number, due, open_, cur, disputed in rows_:
        lim = barred.get(iid) if barred else None  # most runs have no invoice old enough to be barred
        undisputed = open_
        if disputed:
            undisputed = max(0, open_ - disputed)
            if undisputed == 0:
                pauses.append(dunning.DunningPause(msg("dunning.pause.disputed", "{number} is disputed.",
                                                       number=number), None, (iid,)))
                undisputed = open_  # kept so the pause, not "nothing overdue", explains the silence
        items.append(item(iid, number, day(due), undisputed, cur, bool(lim and lim.time_barred)))
    if customer.on_hold:
        pauses.append(dunning.DunningPause(msg("dunning.pause.on_hold", "{name} is on hold.", name=customer.name)))
    return items, pauses


class LetterRun(NamedTuple):
    """Every customer's letter decision on a day and what deciding read. The letter run and the work queue of a
    day share one (:func:`letter_run`), so it is read only: a caller copies what it wants to change."""

    inputs: DunningInputs  # its customers include those with interest claims alone
    items: dict[int, tuple[list[dunning.DunningItem], list[dunning.DunningPause]]]  # each customer's, claims too
    claims: dict[int, list[dunning.DunningItem]]  # interest claims of customers with nothing open and overdue
    results: dict[int, dunning.LetterDecision | dunning.NotDue | dunning.Pause]
    policy: dunning.EscalationPolicy


def letter_run(ledger: Ledger, on: date) -> LetterRun:
    """The whole ledger's :class:`LetterRun` on a day, kept while the ledger (and its rate tables) are unchanged:
    the work queue opened after the letter run, or the other way round, decides nothing again."""
    return ledger.remembered(("letter_run", on, policy.rate_table_files(ledger)), lambda: _letter_run(ledger, on))


@without_gc_pauses
def _letter_run(ledger: Ledger, on: date, code: str | None = None) -> LetterRun:
    pol = policy.escalation_policy(ledger)
    inputs = dunning_inputs(ledger, on, code)
    by_customer, customers, barred, promise_pauses, last = (inputs.by_customer, inputs.customers, inputs.barred,
                                                            inputs.promise_pauses, inputs.last)
    claims = interest_claims.claim_items(ledger, on, code, except_customers=by_customer.keys(),
                                         limitation_years=inputs.limitation_years)
    customers.update(customer_rows.customers_by_ids(ledger.conn, claims.keys() - customers.keys()))
    items_of, results = {}, {}
    for cid in by_customer.keys() | claims.keys():
        customer = customers[cid]
        items, pauses = customer_items(by_customer.get(cid, []), barred, customer)
        items += claims.get(cid, [])
        items_of[cid] = (items, pauses)
        results[cid] = dunning.letter_due(pol, customer, items, last.get(cid), [*pauses, *promise_pauses.get(cid, [])],
                                          on)
    # plain dicts: a kept run is shared, and reading a missing key of a defaultdict would add it
    inputs = inputs._replace(by_customer=dict(by_customer), promise_pauses=dict(promise_pauses))
    return LetterRun(inputs, items_of, dict(claims), results, pol)


@without_gc_pauses  # a kept letter run is millions of objects the collector would scan for nothing
def letters_due(ledger: Ledger, on: date, code: str | None = None) -> list[LetterRunEntry]:
    """Per customer the letter due on a day (with the reasons), or the pause that holds it back."""
    run = letter_run(ledger, on) if code is None else _letter_run(ledger, on, code)
    out = []
    for cid, result in run.results.items():
        customer = run.inputs.customers[cid]
        if isinstance(result, dunning.LetterDecision):
            out.append(LetterRunEntry(customer, result, None, tuple(li.item.number for li in result.items)))
        elif isinstance(result, dunning.Pause):
            out.append(LetterRunEntry(customer, None, result, tuple(i.number for i in run.items[cid][0])))
    out.sort(key=lambda e: (e.pause is not None, -(e.decision.level if e.decision else 0), e.customer.code))
    return out


def record_letter(ledger: Ledger, code: str, level: int, sent_on: date, invoice_numbers: Sequence[str], *,
                  reply_by: date | None = None, sha256: str = "", path: str = "", level_name: str = "",
                  totals: Sequence[Money] = ()) -> Letter:
    """Record that a letter went out (the letters service calls this with the PDF's hash and path)."""
    customer = ledger.customer(code)
    invs = _invoices_of(ledger, customer, invoice_numbers)
    letter = Letter(customer_id=customer.id, level=level, sent_on=sent_on, sha256=sha256, path=path,
                    invoice_ids=tuple(i.id for i in invs))
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "letter", customer, {
            "level": level, "level_name": level_name, "sent_on": sent_on.isoformat(),
            "reply_by": reply_by.isoformat() if reply_by else None, "invoices": [i.number for i in invs],
            "sha256": sha256, "file": Path(path).name if path else "",
            "totals": [f"{t.amount_text()} {t.currency}" for t in totals]})
        lid = rows.insert_letter(conn, letter, reply_by, seq)
    return dataclasses.replace(letter, id=lid)
