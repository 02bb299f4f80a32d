"""Today's work queue: what a credit controller should do on a day, most important first.

Priority = open overdue amount (major units, in its own currency: the queue does not convert
currencies) x days overdue x the customer's risk weight x the weight of the kind of task.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from operator import attrgetter
from types import MappingProxyType
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from arledger.domain import compliance, dunning
from arledger.domain.errors import UserError
from arledger.domain.messages import Later, Message, msg
from arledger.domain.model import Channel, Customer, PromiseStatus
from arledger.domain.money import Money, amount_value, decimals
from arledger.domain.promises import PromiseEvaluation
from arledger.domain.record_words import known_word
from arledger.services import dispatch, escalation, policy
from arledger.services.bulk import without_gc_pauses
from arledger.services.ledger import Ledger
from arledger.storage import collections as rows

RISK_WEIGHT = {None: 1.0, "A": 1.0, "B": 1.5, "C": 2.0}
KIND_WEIGHT = {"broken-promise": 3.0, "escalation": 2.5, "limitation": 2.5, "promise-check": 2.0, "letter": 1.5,
               "call": 1.0, "task": 1.5, "delivery": 2.0, "confirm-promise": 2.0}
CALL_EVERY_DAYS = 7  # an overdue customer with no contact for this long is due a call
_NEVER_CONTACTED = msg("queue.never_contacted", "never contacted")  # one for the thousands of calls that say it


class QueueTask(NamedTuple):
    """One task of the queue (a named tuple: a queue holds tens of thousands, and a tuple is made 4x faster than a
    frozen dataclass)."""

    kind: str
    customer_code: str
    customer_name: str
    title: Message  # what to do, as a sentence in the reader's language
    priority: float
    invoices: tuple[str, ...] = ()
    amounts: tuple[Money, ...] = ()  # what the task is about, per currency
    detail: Mapping[str, Any] = MappingProxyType({})  # read only: the default is shared

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "customer": self.customer_code, "name": self.customer_name,
                "title": str(self.title), "title_code": self.title.code,
                "priority": round(self.priority, 2), "invoices": list(self.invoices),
                "amounts": [str(m) for m in self.amounts], **self.detail}


def _weight(customer: Customer) -> float:
    return RISK_WEIGHT.get(customer.risk_tier.value if customer.risk_tier else None, 1.0)


def _score(amount: int, currency: str, days: int, customer: Customer, kind: str) -> float:
    return _weighed(amount, currency, days, _weight(customer), kind)


def _weighed(amount: int, currency: str, days: int, weight: float, kind: str) -> float:
    """The priority of a task for a customer of this risk weight."""
    scale: int = 10 ** decimals(currency)
    return amount / scale * max(days, 1) * weight * KIND_WEIGHT[kind]


def _letter_task(customer: Customer, decision: dunning.LetterDecision, amount: int, currency: str, days: int,
                 weight: float) -> QueueTask:
    return QueueTask(
        "letter", customer.code, customer.name,
        msg("queue.letter", "Send level {level} ({name}): {reasons}", level=decision.level,
            name=dunning.level_title(decision.level_name),
            reasons=Later(partial(escalation.summarise_reasons, decision))),
        _weighed(amount, currency, days, weight, "letter"), tuple([li.item.number for li in decision.items]),
        decision.totals, {"level": decision.level, "level_name": decision.level_name})


@without_gc_pauses
def work_queue(ledger: Ledger, on: date, *, create_tasks: bool = True) -> list[QueueTask]:
    """Every task for a day. Broken promises become stored follow-up tasks (when on is not in the future)."""
    run = escalation.letter_run(ledger, on)  # shared with the letter run of the day: read only
    pol, items_of, decisions = run.policy, run.items, run.results
    by_customer, barred, promise_pauses, last, evals = (run.inputs.by_customer, run.inputs.barred,
                                                        run.inputs.promise_pauses, run.inputs.last, run.inputs.evals)
    customers = dict(run.inputs.customers)  # the tasks below add the customers they name
    tasks: list[QueueTask] = []
    exposure: dict[int, tuple[int, str, int]] = {}  # customer -> (overdue open in its main currency, currency, days)
    numbers: dict[int, tuple[str, ...]] = {}  # customer -> the numbers of its overdue invoices, in the rows' order
    for cid, its in by_customer.items():
        # one customer's rows as columns (C-level work, not an object per row); ISO dates order as the dates do
        _, _, numbers[cid], dues, opens, currencies, _ = zip(*its, strict=True)
        cur = currencies[0]
        if currencies.count(cur) == len(currencies):
            total = sum(opens)
        else:  # the currency with the most open, the first seen on a tie
            per_currency: dict[str, int] = {}
            for open_, currency in zip(opens, currencies, strict=True):
                per_currency[currency] = per_currency.get(currency, 0) + open_
            cur = max(per_currency, key=per_currency.__getitem__)
            total = per_currency[cur]
        exposure[cid] = (total, cur, (on - date.fromisoformat(min(dues))).days)

    # interest and compensation still owed on invoices paid late, by customers with nothing open and overdue
    for cid in run.claims:
        customer = customers[cid]
        decision = decisions[cid]
        if isinstance(decision, dunning.LetterDecision):
            owed = decision.totals[0]
            tasks.append(_letter_task(customer, decision, owed.minor, owed.currency,
                                      max(li.days_overdue for li in decision.items), _weight(customer)))

    # promises: check the ones that fell due, follow up the broken ones at once
    evals_by_id = {ev.promise.id: ev for ev in evals}
    new_broken = []
    for ev in evals:
        p = ev.promise
        customer = customers.get(p.customer_id) or ledger.customer_by_id(p.customer_id)
        customers[p.customer_id] = customer
        if ev.status is PromiseStatus.PENDING and p.due_date <= on:
            tasks.append(QueueTask("promise-check", customer.code, customer.name,
                                   msg("queue.promise_check", "Check the promise of {amount} due {due}: {reason}",
                                       amount=amount_value(p.amount, p.currency), due=p.due_date,
                                       reason=ev.reason),
                                   _score(p.amount, p.currency, (on - p.due_date).days + 1, customer, "promise-check"),
                                   amounts=(Money(p.currency, p.amount),),
                                   detail={"promise_id": p.id, "due_on": p.due_date.isoformat()}))
        elif ev.status in (PromiseStatus.BROKEN, PromiseStatus.PARTLY_KEPT) and on - ev.deadline <= timedelta(60):
            new_broken.append(ev)
    if create_tasks and on <= ledger.today() and new_broken:
        with ledger.database.atomic() as conn:
            for ev in new_broken:
                p = ev.promise
                rows.insert_task(conn, p.customer_id, ev.deadline + timedelta(days=1), "broken-promise",
                                 _broken_title(ev), f"promise:{p.id}:broken")
    for task_id, cid, due_on, kind, note, source in rows.open_tasks(ledger.conn, on):
        customer = customers.get(cid) or ledger.customer_by_id(cid)
        amount, cur, days = exposure.get(cid, (0, customer.currency, 0))
        pid = int(source.split(":")[1]) if source.startswith("promise:") else None
        about = evals_by_id.get(pid) if pid else None
        title = note
        if about is not None:
            amount, cur = about.shortfall, about.promise.currency
            title = _broken_title(about) if kind == "broken-promise" else title
        tasks.append(QueueTask(kind if kind in KIND_WEIGHT else "task", customer.code, customer.name, title,
                               _score(max(amount, 1), cur, max(days, (on - date.fromisoformat(due_on)).days + 1),
                                      customer, kind if kind in KIND_WEIGHT else "task"),
                               amounts=(Money(cur, amount),) if amount else (),
                               detail={"task_id": task_id, "due_on": due_on}))

    # letters, escalations, limitation warnings, calls
    contact_pol = policy.contact_policy(ledger)
    last_contact = rows.last_contacts(ledger.conn)
    disputed_customers = rows.customers_with_open_disputes(ledger.conn)
    noon: dict[str, datetime] = {}
    may_call: dict[tuple[str, bool, bool], bool] = {}  # customers with no recent contact and no dispute, see below
    recent = rows.contacts_since(ledger.conn, datetime.combine(on - timedelta(days=14), time(0), UTC))
    first_days, final_level = pol.levels[0].days_after_due, pol.final_level.level
    call_since = on - timedelta(days=CALL_EVERY_DAYS)
    for cid, its in by_customer.items():
        customer = customers[cid]
        amount, cur, days = exposure[cid]
        weight = _weight(customer)
        decision = decisions[cid]
        if isinstance(decision, dunning.LetterDecision):
            tasks.append(_letter_task(customer, decision, amount, cur, days, weight))
        last_letter = last.get(cid)
        if last_letter is not None and last_letter.level >= final_level:  # escalation_due's first test, spared
            items, pauses = items_of[cid]  # the kept run's lists: read, never extended
            more = promise_pauses.get(cid)
            proposal = dunning.escalation_due(pol, customer, items, last_letter, [*pauses, *more] if more else pauses,
                                              on)
            if proposal:
                tasks.append(QueueTask("escalation", customer.code, customer.name,
                                       msg("queue.escalate", "Escalate: {reason} Options: {options}.",
                                           reason=proposal.reason,
                                           options=[dunning.option_title(o) for o in proposal.options]),
                                       _weighed(amount, cur, days, weight, "escalation"),
                                       amounts=(Money(cur, amount),), detail={"options": list(proposal.options)}))
        for r in its if barred else ():
            status = barred.get(r.invoice_id)
            if status and status.warning:
                tasks.append(QueueTask(
                    "limitation", customer.code, customer.name,
                    msg("queue.limitation", "{invoice} becomes time-barred on {on} ({days} days): obtain a signed "
                        "acknowledgment or payment, or start proceedings.", invoice=r.number,
                        on=status.limitation_date, days=status.days_left),
                    _weighed(r.open, r.currency, (on - date.fromisoformat(r.due_date)).days, weight, "limitation"),
                    (r.number,),
                    (Money(r.currency, r.open),), detail={"limitation_date": status.limitation_date.isoformat(),
                                                  "days_left": status.days_left}))
        if days < first_days or isinstance(decision, dunning.Pause):
            continue
        last_at = last_contact.get(cid, (None, None))[0]
        last_on = datetime.fromisoformat(last_at).date() if last_at else None
        if last_on and last_on > call_since:
            continue
        at = noon.get(customer.timezone) or noon.setdefault(customer.timezone, _local_noon(customer, on))
        contacts, disputed = recent.get(cid, ()), cid in disputed_customers
        if contacts or disputed:
            allowed = not compliance.check_contact(contact_pol, customer, Channel.PHONE, at, contacts,
                                                   has_open_dispute=disputed)
        else:
            # without recent contacts or a dispute the guards read only the customer's flags and the time at its
            # zone, so tens of thousands of customers share a handful of answers
            key = (customer.timezone, customer.do_not_contact, customer.attorney_on_record)
            if key not in may_call:
                may_call[key] = not compliance.check_contact(contact_pol, customer, Channel.PHONE, at)
            allowed = may_call[key]
        if not allowed:
            continue
        since = msg("queue.last_contact", "last contact {on}", on=last_on) if last_on else _NEVER_CONTACTED
        tasks.append(QueueTask("call", customer.code, customer.name,
                               msg("queue.call", "Call about {amount} up to {days} days overdue ({since}); ask for a "
                                   "dated promise.", amount=amount_value(amount, cur), days=days,
                                   since=since),
                               _weighed(amount, cur, days, weight, "call"), numbers[cid],
                               (Money(cur, amount),),
                               {"days_overdue": days, "last_contact": last_on.isoformat() if last_on else ""}))
    for late in dispatch.posted_without_delivery(ledger, on):
        customer = customers.get(late.customer_id) or ledger.customer_by_id(late.customer_id)
        amount, cur, days = exposure.get(late.customer_id, (0, customer.currency, 0))
        tracking = msg("queue.tracking", ", tracking {tracking}", tracking=late.tracking) if late.tracking else None
        posted = late.posted_at[:10]
        tasks.append(QueueTask(
            "delivery", customer.code, customer.name,
            msg("queue.delivery", "Letter {letter} was posted on {posted} ({method}{tracking}) and has no delivery "
                "record: check the tracking and record the delivery.", letter=late.letter_id,
                posted=date.fromisoformat(posted),
                method=late.method, tracking=tracking),
            _score(max(amount, 1), cur, max(days, (on - date.fromisoformat(posted)).days), customer, "delivery"),
            amounts=(Money(cur, amount),) if amount else (),
            detail={"letter_id": late.letter_id, "method": late.method, "tracking": late.tracking}))
    tasks += _unconfirmed_promise_tasks(ledger, on, customers, exposure)
    tasks += _undelivered_notice_tasks(ledger, on, customers, exposure)
    # most important first, then by customer and kind: stable passes by one field each, about half the time of one
    # pass by a made tuple per task
    tasks.sort(key=attrgetter("kind"))
    tasks.sort(key=attrgetter("customer_code"))
    tasks.sort(key=attrgetter("priority"), reverse=True)  # reversed, a stable sort still keeps equal keys in order
    return tasks


def _unconfirmed_promise_tasks(ledger: Ledger, on: date, customers: dict[int, Customer],
                               exposure: dict[int, tuple[int, str, int]]) -> list[QueueTask]:
    """A promise recorded more than 24 hours ago without its written confirmation (书面确认) is a task."""
    from arledger.services import notices  # renders with reportlab; only a ledger with promises pays

    out = []
    now = min(ledger.now(), datetime.combine(on + timedelta(days=1), time(), UTC))
    for u in notices.unconfirmed_promises(ledger, now):
        customer = customers.get(u.customer_id) or ledger.customer_by_id(u.customer_id)
        amount, cur, days = exposure.get(u.customer_id, (0, customer.currency, 0))
        out.append(QueueTask(
            "confirm-promise", customer.code, customer.name,
            msg("queue.confirm_promise", "Promise {promise} (recorded {recorded}) has no written confirmation: send "
                "one with 'arledger letters confirm-promise --promise {promise}'.", promise=u.promise_id,
                recorded=date.fromisoformat(u.recorded_at[:10])),
            _score(max(amount, 1), cur, max(days, 1), customer, "confirm-promise"),
            amounts=(Money(cur, amount),) if amount else (),
            detail={"promise_id": u.promise_id, "recorded_on": u.recorded_at[:10]}))
    return out


def _broken_title(ev: PromiseEvaluation) -> Message:
    """A broken (or partly kept) promise's follow-up task, from its evaluation."""
    if ev.status is PromiseStatus.PARTLY_KEPT:
        return msg("queue.promise_partly_kept", "Partly kept: {reason}", reason=ev.reason)
    return msg("queue.promise_broken", "Broken: {reason}", reason=ev.reason)


def _undelivered_notice_tasks(ledger: Ledger, on: date, customers: dict[int, Customer],
                              exposure: dict[int, tuple[int, str, int]]) -> list[QueueTask]:
    """A posted notice (promise confirmation, agreement, ...) with no delivery record after 10 days is a task."""
    from arledger.services import notices  # renders with reportlab (~0.5 s); the queue pays it only when needed

    out = []
    for late in notices.posted_notices_without_delivery(ledger, on):
        customer = customers.get(late.customer_id) or ledger.customer_by_id(late.customer_id)
        amount, cur, days = exposure.get(late.customer_id, (0, customer.currency, 0))
        tracking = msg("queue.tracking", ", tracking {tracking}", tracking=late.tracking) if late.tracking else None
        posted = late.posted_at[:10]
        out.append(QueueTask(
            "delivery", customer.code, customer.name,
            msg("queue.notice_delivery", "The {kind} (notice {notice}) was posted on {posted} ({method}{tracking}) "
                "and has no delivery record: check the tracking and record the delivery.",
                kind=notice_kind_word(late.kind), notice=late.notice_id, posted=date.fromisoformat(posted),
                method=late.method,
                tracking=tracking),
            _score(max(amount, 1), cur, max(days, (on - date.fromisoformat(posted)).days), customer, "delivery"),
            amounts=(Money(cur, amount),) if amount else (),
            detail={"notice_id": late.notice_id, "method": late.method, "tracking": late.tracking}))
    return out


_TASK_KIND_WORDS: dict[str, Message] = {
    "broken-promise": msg("queue.kind.broken_promise", "broken promise"),
    "escalation": msg("queue.kind.escalation", "escalation"),
    "limitation": msg("queue.kind.limitation", "limitation"),
    "promise-check": msg("queue.kind.promise_check", "promise check"),
    "letter": msg("queue.kind.letter", "letter"),
    "call": msg("queue.kind.call", "call"),
    "task": msg("queue.kind.task", "task"),
    "delivery": msg("queue.kind.delivery", "delivery"),
    "confirm-promise": msg("queue.kind.confirm_promise", "confirm promise"),
}


def task_kind_word(kind: str) -> Message:
    """What kind of task it is, as a person names it (JSON keeps the kind's own name)."""
    return _TASK_KIND_WORDS.get(kind) or Message("", kind)


_NOTICE_KIND_WORDS: dict[str, Message] = {
    "promise_confirmation": msg("notice.kind_promise_confirmation", "promise confirmation"),
    "repayment_agreement": msg("notice.kind_repayment_agreement", "repayment agreement"),
    "thank_you": msg("queue.notice_kind.thank_you", "thank-you letter"),
    "courtesy": msg("queue.notice_kind.courtesy", "courtesy reminder"),
}


def notice_kind_word(kind: str) -> Message:
    """A notice's kind as a person names it (thank-you letter, courtesy reminder)."""
    return known_word(kind, _NOTICE_KIND_WORDS)


def _local_noon(customer: Customer, on: date) -> datetime:
    try:
        zone = ZoneInfo(customer.timezone)
    except Exception:  # a zone name the system no longer knows: fall back to UTC rather than fail the queue
        zone = ZoneInfo("UTC")
    return datetime.combine(on, time(12), zone).astimezone(UTC)


def complete_task(ledger: Ledger, task_id: int, on: date) -> None:
    """Mark a stored follow-up task done."""
    with ledger.database.atomic() as conn:
        if not rows.complete_task(conn, task_id, on):
            raise UserError(msg("queue.no_task", "There is no open task {task}.", task=task_id))
