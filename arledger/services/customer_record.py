"""The customer view: header, evidence timeline, promises and plans, disputes and letters sent.

The view reads the header first; the header holds the customer and its promises evaluated, and each tab's
function takes them (a :class:`Customer` instead of its code, the header's promise statuses), so a view reads
the customer once however many tabs are opened. The CLI and dialogs pass a code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from arledger.domain.messages import Message, msg
from arledger.domain.model import Customer, PromiseStatus
from arledger.domain.promises import PlanEvaluation, PromiseEvaluation
from arledger.domain.record_words import outcome_word
from arledger.services import policy, promises
from arledger.services.customer_list import Balance
from arledger.services.dashboard_figures import LimitationWarning, limitation_warnings
from arledger.services.evidence_view import describe
from arledger.services.ledger import Ledger
from arledger.services.paging import PAGE_SIZE, _today
from arledger.storage import browse as browse_sql
from arledger.storage import collections as collection_rows
from arledger.storage import invoices as invoice_rows
from arledger.storage.rows import to_date


@dataclass(frozen=True, slots=True)
class CustomerHeader:
    """What the top of the customer view shows."""

    customer: Customer
    as_of: date
    balances: tuple[Balance, ...]
    limitation: tuple[LimitationWarning, ...]
    open_disputes: int
    pending_promises: int
    # the customer's promises and plans evaluated on as_of, for the promises tab (see customer_promises)
    promise_statuses: tuple[list[PromiseEvaluation], dict[int, PlanEvaluation]]


def customer_header(ledger: Ledger, customer: Customer | str, as_of: date | None = None) -> CustomerHeader:
    """The customer (read once for the whole view), balances per currency, limitation warnings, open disputes
    and pending promises."""

    today = _today(as_of)
    c = ledger.customer_of(customer)
    balances = tuple(Balance(cur, n, open_, overdue, to_date(oldest))
                     for _cid, cur, n, open_, overdue, oldest in browse_sql.balances(ledger.conn, [c.id], today))
    statuses = promises.promise_statuses(ledger, today, customer=c)
    pending = sum(1 for ev in statuses[0] if ev.status is PromiseStatus.PENDING)
    disputes = len(collection_rows.disputes(ledger.conn, c.id, open_only=True))
    return CustomerHeader(c, today, balances, tuple(limitation_warnings(ledger, today, customer=c)), disputes,
                          pending, statuses)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One evidence event as the customer's timeline shows it."""

    seq: int
    at: datetime
    kind: str
    actor: str
    channel: str
    direction: str
    summary: Message  # a contact's own summary as written, else the event described
    outcome: str
    hash: str
    prev_hash: str


def timeline_page(ledger: Ledger, customer: Customer | str, before: int | None = None, limit: int = PAGE_SIZE
                  ) -> tuple[tuple[TimelineRow, ...], int | None]:
    """A page of the customer's evidence log, newest first; returns (rows, cursor of the next page or None)."""


    cid = ledger.customer_of(customer).id
    rows = browse_sql.evidence_page(ledger.conn, cid, before_seq=before, limit=limit)
    out = []
    for seq, at, kind, actor, payload_json, digest, prev in rows:  # every field of EvidenceRow, in its order
        p = json.loads(payload_json)
        moment = datetime.fromisoformat(p.get("contact_at") or at)
        channel = str(p.get("channel") or ("letter" if kind == "letter" else ""))
        direction = str(p.get("direction") or ("out" if kind == "letter" else ""))
        summary = _contact_summary(p) if kind == "contact" and p.get("summary") else describe(kind, p)
        out.append(TimelineRow(seq, moment, kind, actor, channel, direction, summary, str(p.get("outcome") or ""),
                               digest, prev))
    return tuple(out), (rows[-1].seq if len(rows) == limit else None)


def _contact_summary(payload: dict[str, Any]) -> Message:
    """A contact's own summary as written, after what came of it in the reader's language."""
    said = Message("", str(payload["summary"]))
    if not payload.get("outcome"):
        return said
    return msg("timeline.contact_outcome", "{outcome}: {summary}", outcome=outcome_word(str(payload["outcome"])),
               summary=said)


@dataclass(frozen=True, slots=True)
class PromiseRow:
    id: int
    promised_on: date
    due_date: date
    amount: int
    currency: str
    paid: int
    shortfall: int
    status: str  # PromiseStatus value
    deadline: date
    reason: Message  # the evaluation, in the reader's language when rendered
    invoices: tuple[str, ...]
    made_by: str
    plan_id: int | None
    instalment_no: int | None


@dataclass(frozen=True, slots=True)
class PlanRow:
    plan_id: int
    status: str  # PlanStatus value
    instalments: int
    currency: str
    promised: int
    paid: int
    remaining: int
    next_due: date | None
    reason: Message  # the evaluation, in the reader's language when rendered


def customer_promises(ledger: Ledger, customer: Customer | str, as_of: date | None = None, *,
                      statuses: tuple[list[PromiseEvaluation], dict[int, PlanEvaluation]] | None = None
                      ) -> tuple[tuple[PromiseRow, ...], tuple[PlanRow, ...]]:
    """The customer's promises (newest due first) and plans, evaluated from payments on as_of; ``statuses``:
    those evaluations when the caller has them already (the view's header)."""

    if statuses is None:
        statuses = promises.promise_statuses(ledger, _today(as_of), customer=ledger.customer_of(customer))
    evals, plans = statuses
    numbers = browse_sql.invoice_numbers(ledger.conn, {i for ev in evals for i in ev.promise.invoice_ids})
    rows = tuple(sorted((PromiseRow(
        ev.promise.id, ev.promise.promised_on, ev.promise.due_date, ev.promise.amount, ev.promise.currency, ev.paid,
        ev.shortfall, ev.status.value, ev.deadline, ev.reason,
        tuple(numbers.get(i, "?") for i in ev.promise.invoice_ids), ev.promise.made_by, ev.promise.plan_id,
        ev.promise.instalment_no) for ev in evals), key=lambda r: (r.due_date, r.id), reverse=True))
    plan_rows = tuple(PlanRow(p.plan_id, p.status.value, len(p.instalments),
                              p.instalments[0].promise.currency if p.instalments else "", p.promised, p.paid,
                              p.remaining, p.next_due, p.reason) for p in plans.values())
    return rows, plan_rows


@dataclass(frozen=True, slots=True)
class DisputeRow:
    id: int
    invoice_number: str
    currency: str
    opened_on: date
    reason: str  # DisputeReason value
    amount: int | None  # None: the whole open amount
    note: str
    resolved_on: date | None
    resolution: str


def customer_disputes(ledger: Ledger, customer: Customer | str) -> tuple[DisputeRow, ...]:
    """The customer's disputes, open ones first, each with its invoice's number and currency."""

    c = ledger.customer_of(customer)
    disputes = collection_rows.disputes(ledger.conn, c.id)
    invoices = invoice_rows.by_ids(ledger.conn, {d.invoice_id for d in disputes}) if disputes else {}
    out = []
    for d in disputes:
        inv = invoices.get(d.invoice_id)
        out.append(DisputeRow(d.id, inv.number if inv else "?", inv.currency if inv else c.currency, d.opened_on,
                              d.reason.value, d.amount, d.note, d.resolved_on, d.resolution))
    out.sort(key=lambda r: (r.resolved_on is not None, r.opened_on), reverse=False)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class SentLetterRow:
    id: int
    level: int
    sent_on: date
    sha256: str
    path: Path | None  # the archived PDF (None if the letter was recorded without one)
    invoices: int


def customer_letters(ledger: Ledger, customer: Customer | str) -> tuple[SentLetterRow, ...]:
    """The customer's letters, newest first, with the archived file of each."""

    c = ledger.customer_of(customer)
    base = policy.side_dir(ledger, "")
    return tuple(SentLetterRow(lt.id, lt.level, lt.sent_on, lt.sha256, base / lt.path if lt.path else None,
                               len(lt.invoice_ids))
                 for lt in reversed(collection_rows.letters_for(ledger.conn, c.id)))
