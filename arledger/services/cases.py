"""Collection cases: owner and stage per customer with the history as evidence events, the case summary the
customer view and `case show` print, and the team report per owner.

A customer without a recorded case is shown at the stage its ledger implies (active when something is overdue,
monitoring otherwise) until someone records a stage or an owner.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from arledger.domain import cases as case_domain
from arledger.domain.cases import CaseStage, OwnerActivity, StageChange, TeamFigures
from arledger.domain.errors import UserError
from arledger.domain.kpi import PaymentRecord
from arledger.domain.messages import Message, msg
from arledger.domain.model import Customer, PromiseStatus
from arledger.domain.money import format_amount
from arledger.domain.promises import PromiseEvaluation
from arledger.services import kpis, promises
from arledger.services.ledger import Ledger
from arledger.services.queue import QueueTask
from arledger.storage import cases as case_rows
from arledger.storage import collections as rows
from arledger.storage import customers as customer_rows
from arledger.storage import evidence
from arledger.storage import risk as risk_rows


@dataclass(frozen=True, slots=True)
class CaseState:
    owner: str
    stage: CaseStage
    since: date | None  # None: not recorded, implied by the ledger
    recorded: bool


def case_state(ledger: Ledger, customer: Customer, on: date | None = None) -> CaseState:
    """The customer's recorded case, or the stage the ledger implies when none was recorded."""
    row = case_rows.case_for(ledger.conn, customer.id)
    if row is not None:
        return CaseState(row.owner, row.stage, row.since, True)
    overdue = rows.overdue_items(ledger.conn, on or ledger.today(), customer.id)
    return CaseState("", CaseStage.ACTIVE if overdue else CaseStage.MONITORING, None, False)


def _record(ledger: Ledger, customer: Customer, owner: str, stage: CaseStage, on: date, note: Message,
            kind: str, extra: dict[str, object] | None = None) -> StageChange:
    """Store the case and its history entry with one evidence event, inside the caller's transaction."""
    payload = {"customer": customer.code, "stage": stage.value, "stage_title": case_domain.stage_title(stage),
               "owner": owner, "on": on.isoformat(), "note": str(note), **(extra or {})}
    seq, _ = evidence.append(ledger.conn, kind, ledger.actor(), customer.id, payload, ledger.now())
    change = StageChange(stage, owner, on, note, seq)
    case_rows.save_case(ledger.conn, customer.id, owner, stage, on)
    case_rows.insert_stage_change(ledger.conn, customer.id, change)
    return change


def _note(note: str | Message) -> Message:
    """A stage change's note: someone's own words (kept as written) or a sentence the ledger writes."""
    return note if isinstance(note, Message) else Message("", note.strip())


def set_stage(ledger: Ledger, code: str, stage: CaseStage, *, on: date | None = None, note: str | Message = "",
              owner: str | None = None) -> StageChange:
    """Move the customer's case to a stage (an evidence event); handed over and closed stages stop letters."""
    customer = ledger.customer(code)
    on = on or ledger.today()
    with ledger.database.atomic():
        current = case_state(ledger, customer, on)
        who = current.owner if owner is None else owner.strip()
        case_domain.check_stage_change(current.stage if current.recorded else None, stage, who)
        return _record(ledger, customer, who, stage, on, _note(note), "case_stage",
                       {"from": current.stage.value if current.recorded else None})


def set_owner(ledger: Ledger, code: str, owner: str, *, on: date | None = None, note: str | Message = ""
              ) -> StageChange:
    """Give the case an owner (a user name); the stage stays as it is."""
    if not owner.strip():
        raise UserError(msg("case.owner_missing", "Name the case owner (a user name)."))
    customer = ledger.customer(code)
    on = on or ledger.today()
    with ledger.database.atomic():
        current = case_state(ledger, customer, on)
        if current.recorded and current.owner == owner.strip():
            raise UserError(msg("case.already_owner", "{owner} already owns the case of {customer_code}.",
                    owner=owner.strip(), customer_code=customer.code))
        return _record(ledger, customer, owner.strip(), current.stage, on, _note(note), "case_owner",
                       {"previous_owner": current.owner})


def owners(ledger: Ledger) -> list[str]:
    """Every owner named on a case, sorted."""
    return sorted({r.owner for r in case_rows.all_cases(ledger.conn).values() if r.owner}, key=str.lower)


def customers_owned_by(ledger: Ledger, owner: str) -> set[int]:
    return case_rows.customers_of_owner(ledger.conn, owner)


def codes_of_owner(ledger: Ledger, owner: str) -> set[str]:
    """Customer codes whose case this owner holds ("" : the cases nobody owns, including unrecorded ones)."""
    cases_ = case_rows.all_cases(ledger.conn)
    if owner.strip():
        ids = {cid for cid, r in cases_.items() if r.owner.lower() == owner.strip().lower()}
        return {c.code for c in customer_rows.customers_by_ids(ledger.conn, ids).values()}
    owned = {cid for cid, r in cases_.items() if r.owner}
    return {c.code for c in customer_rows.all_customers(ledger.conn) if c.id not in owned}


def tasks_of_owner(ledger: Ledger, tasks: list[QueueTask], owner: str) -> list[QueueTask]:
    """The queue's tasks for the customers this owner holds (owner "": the unowned)."""
    codes = codes_of_owner(ledger, owner)
    return [t for t in tasks if t.customer_code in codes]


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What the customer view's case section and `case show` print."""

    customer: Customer
    as_of: date
    state: CaseState
    history: tuple[StageChange, ...]
    tier: str | None
    tier_reasons: tuple[Message, ...]
    warnings: tuple[tuple[str, Message], ...]  # (code, sentence)
    record: PaymentRecord


def case_summary(ledger: Ledger, customer: Customer | str, as_of: date | None = None, *,
                 evaluated: Sequence[PromiseEvaluation] | None = None) -> CaseSummary:
    """The case (owner, stage, history), the stored risk tier with its reasons and flags, and the customer's
    own promise-kept rate and average days late; the customer as read already, or its code, and (from the
    customer view) its promises evaluated on as_of."""
    customer = ledger.customer_of(customer)
    day = as_of or ledger.today()
    stored = risk_rows.assessment_for(ledger.conn, customer.id)
    warnings = kpis.stored_warnings(ledger, customer)
    return CaseSummary(customer, day, case_state(ledger, customer, day),
                       tuple(case_rows.history(ledger.conn, customer.id)),
                       stored.tier if stored else None, stored.reasons if stored else (), warnings,
                       kpis.payment_record(ledger, customer, day, evaluated=evaluated))


def case_summary_to_json(s: CaseSummary) -> dict[str, Any]:
    r = s.record
    return {
        "customer": s.customer.code, "name": s.customer.name, "as_of": s.as_of.isoformat(),
        "owner": s.state.owner, "stage": s.state.stage.value, "stage_title": case_domain.stage_title(s.state.stage),
        "since": s.state.since.isoformat() if s.state.since else None, "recorded": s.state.recorded,
        "history": [{"stage": h.stage.value, "owner": h.owner, "on": h.on.isoformat(), "note": str(h.note),
                     "evidence_seq": h.evidence_seq} for h in s.history],
        "risk_tier": s.tier, "tier_reasons": [str(r) for r in s.tier_reasons],
        "tier_reason_codes": [r.code for r in s.tier_reasons],
        "warnings": [{"code": c, "message": str(m)} for c, m in s.warnings],
        "promises_kept": r.promises_kept, "promises_evaluated": r.promises_evaluated,
        "promise_kept_rate": None if r.promise_kept_rate is None else str(r.promise_kept_rate),
        "average_days_late": None if r.average_days_late is None else str(r.average_days_late),
    }


# -- team report ------------------------------------------------------------------------------------
def team_report(ledger: Ledger, start: date, end: date) -> list[TeamFigures]:
    """Per owner, over the accounts they own now: accounts, outgoing contacts made in the period, promises
    obtained in the period and, of those, kept as the period ends (the rate counts only those already decided:
    kept, partly kept or broken), amount collected per currency
    and the average days from first collection action to payment for invoices paid late in the period.
    Accounts with overdue items or a case but no owner are grouped under the owner "" (unassigned)."""
    if end < start:
        raise UserError(msg("period.ends_before_start", "The period ends ({end}) before it starts ({start}).",
                end=str(end), start=str(start)))
    cases = case_rows.all_cases(ledger.conn)
    owner_of = {cid: r.owner for cid, r in cases.items()}
    active = {r.customer_id for r in rows.overdue_items(ledger.conn, end)} | set(cases)
    accounts: Counter[str] = Counter(owner_of.get(cid, "") for cid in active)
    contacts: Counter[str] = Counter()
    for cid, n in case_rows.contacts_per_customer(ledger.conn, start, end).items():
        contacts[owner_of.get(cid, "")] += n
    obtained: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    evals, _ = promises.promise_statuses(ledger, end)
    for ev in evals:
        who = owner_of.get(ev.promise.customer_id, "")
        if start <= ev.promise.promised_on <= end:
            obtained[who] += 1
            if ev.evaluated:
                judged[who] += 1
                kept[who] += ev.status is PromiseStatus.KEPT
    collected: dict[str, Counter[str]] = defaultdict(Counter)
    for cid, cur, amount in case_rows.payments_per_customer(ledger.conn, start, end):
        collected[owner_of.get(cid, "")][cur] += amount
    spans: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for cid, first, paid in case_rows.collection_spans(ledger.conn, start, end):
        spans[owner_of.get(cid, "")].append((date.fromisoformat(first), date.fromisoformat(paid)))
    names = set(accounts) | set(contacts) | set(obtained) | set(judged) | set(collected) | set(spans)
    return case_domain.team_figures(
        OwnerActivity(o, accounts[o], contacts[o], obtained[o], kept[o], judged[o], tuple(collected[o].items()),
                      tuple(spans[o])) for o in names)


def team_to_json(start: date, end: date, figures: list[TeamFigures]) -> dict[str, Any]:
    return {"from": start.isoformat(), "to": end.isoformat(), "owners": [{
        "owner": f.owner or None, "accounts": f.accounts, "contacts": f.contacts,
        "promises_obtained": f.promises_obtained, "promises_kept": f.promises_kept,
        "promise_kept_rate": None if f.promise_kept_rate is None else str(f.promise_kept_rate),
        "collected": [{"currency": c, "amount": format_amount(a, c)} for c, a in f.collected],
        "average_days_to_collect": None if f.average_days_to_collect is None else str(f.average_days_to_collect),
    } for f in figures]}
