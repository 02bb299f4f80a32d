"""Collections use cases: contacts with guards, promises and plans, disputes, limitation, attachments,
the letter run decision, interest, the work queue, KPIs and risk.

Every write is one transaction that also appends its evidence event, so a record and its proof are kept
together or not at all.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from arledger.domain import compliance, dunning, fields, limitation
from arledger.domain.errors import UserError
from arledger.domain.evidence import ChainCheck, sha256_file
from arledger.domain.interest import (
    ALLOCATION_RULE,
    ALLOCATION_RULE_TEXT,
    NONE,
    InterestPeriod,
    InterestResult,
    compute_interest,
    select_interest_rule,
)
from arledger.domain.messages import Message, msg
from arledger.domain.model import (
    DISPUTE_OUTCOMES,
    Channel,
    ContactEvent,
    Customer,
    Direction,
    Dispute,
    DisputeReason,
    ExcuseReason,
    InterestWaiver,
    Invoice,
    Letter,
    Outcome,
    Promise,
    PromiseStatus,
)
from arledger.domain.money import Money, format_amount
from arledger.domain.promises import (
    PlanEvaluation,
    PlanStatus,
    PromiseEvaluation,
    evaluate_plans,
    evaluate_promises,
)
from arledger.services import policy
from arledger.services.bulk import without_gc_pauses
from arledger.services.ledger import Ledger
from arledger.storage import cases as case_rows
from arledger.storage import collections as rows
from arledger.storage import customers as customer_rows
from arledger.storage import evidence, settlements
from arledger.storage import invoices as invoice_rows

LIMITATION_KINDS = ("acknowledgment", "demand_delivered", "suit", "negotiation_start", "negotiation_end")


class GuardRefused(UserError):
    """A contact the guards stop; carries every violation so a dialog can show them."""

    def __init__(self, violations: list[compliance.GuardViolation]) -> None:
        self.violations = violations
        text = " ".join(v.message for v in violations)
        super().__init__(f"{text} Nothing was logged; give an override reason to record it anyway.")


def _log(ledger: Ledger, kind: str, customer: Customer | None, payload: dict, at: datetime | None = None) -> int:
    payload = {"customer": customer.code if customer else None, **payload}
    seq, _ = evidence.append(ledger.conn, kind, ledger.actor(), customer.id if customer else None, payload,
                             at or ledger.now())
    return seq


def log_event(ledger: Ledger, kind: str, customer: Customer | None, payload: dict[str, Any],
              at: datetime | None = None) -> int:
    """Append an evidence event for customer inside the caller's transaction; returns its seq."""
    return _log(ledger, kind, customer, payload, at)


def _invoices_of(ledger: Ledger, customer: Customer, numbers: Sequence[str]) -> list[Invoice]:
    out = []
    for n in numbers:
        inv = ledger.invoice(n)
        if inv.customer_id != customer.id:
            raise UserError(f"Invoice {inv.number} belongs to another customer, not {customer.code}.")
        out.append(inv)
    return out


# -- contacts -----------------------------------------------------------------------------------------
def check_contact(ledger: Ledger, code: str, channel: Channel, at: datetime) -> list[compliance.GuardViolation]:
    """The guards a proposed contact would break (empty: it may go ahead)."""
    return _violations(ledger, ledger.customer(code), channel, at)


def _violations(ledger: Ledger, customer: Customer, channel: Channel, at: datetime) -> list[compliance.GuardViolation]:
    since = at - timedelta(days=30)
    recent = rows.contacts_for(ledger.conn, customer.id, since)
    open_dispute = bool(rows.disputes(ledger.conn, customer.id, open_only=True))
    return compliance.check_contact(policy.contact_policy(ledger), customer, channel, at, recent,
                                    has_open_dispute=open_dispute)


def log_contact(ledger: Ledger, code: str, channel: Channel, direction: Direction, summary: str, *,
                person: str = "", outcome: Outcome | None = None, reason: ExcuseReason | None = None,
                invoices: Sequence[str] = (), at: datetime | None = None, tracking: str = "",
                override: str = "") -> ContactEvent:
    """Log a contact after checking the guards. A guarded contact raises GuardRefused unless an override
    reason is given, in which case the override is logged too."""
    if not summary.strip():
        raise UserError("A contact needs a summary of what was said or sent.")
    at = (at or ledger.now()).astimezone(UTC)
    fields.check_date(at.date(), "at")
    fields.check_text(summary, "summary", "summary")
    for name, text in (("person", person), ("tracking", tracking)):
        fields.check_text(text, name, "short")
    fields.check_text(override, "override", "summary")
    customer = ledger.customer(code)
    invs = _invoices_of(ledger, customer, invoices)
    # The guards count earlier contacts inside the write transaction that records this one, so two loggers
    # running at once cannot both see the count below its limit.
    with ledger.database.atomic() as conn:
        violations = _violations(ledger, customer, channel, at) if direction is Direction.OUT else []
        if violations and not override.strip():
            raise GuardRefused(violations)
        event = ContactEvent(customer_id=customer.id, at=at, channel=channel, direction=direction,
                             summary=summary.strip(), person=person.strip(), outcome=outcome, reason=reason,
                             invoice_ids=tuple(i.id for i in invs), tracking=tracking.strip(),
                             override_reason=override.strip() if violations else "")
        if violations:
            _log(ledger, "guard_override", customer, {
                "channel": channel.value, "reason": override.strip(),
                "rules": [v.rule for v in violations], "messages": [v.message for v in violations]}, at)
        seq = _log(ledger, "contact", customer, {
            "channel": channel.value, "direction": direction.value, "person": event.person, "summary": event.summary,
            "outcome": outcome.value if outcome else None, "reason": reason.value if reason else None,
            "invoices": [i.number for i in invs], "tracking": event.tracking,
            "override": event.override_reason or None, "contact_at": at.isoformat(timespec="seconds")}, at)
        cid = rows.insert_contact(conn, event, seq)
    return dataclasses.replace(event, id=cid)


# -- promises and plans -------------------------------------------------------------------------------
def _check_promise_invoices(ledger: Ledger, customer: Customer, numbers: Sequence[str]) -> list[Invoice]:
    invs = _invoices_of(ledger, customer, numbers)
    for inv in invs:
        if invoice_rows.receivable(ledger.conn, inv.id).open_amount == 0:
            raise UserError(f"Invoice {inv.number} is already settled; a promise cannot cover it.")
    return invs


def add_promise(ledger: Ledger, code: str, amount: int, due: date, *, invoices: Sequence[str] = (),
                channel: str = "", made_by: str = "", promised_on: date | None = None,
                currency: str | None = None) -> Promise:
    """Record a promise to pay amount by due; it pauses escalation of its invoices until due + grace."""
    customer = ledger.customer(code)
    promised_on = promised_on or ledger.today()
    if amount <= 0:
        raise UserError("A promise must be for more than zero.")
    if due < promised_on:
        raise UserError(f"The promised date {due} is before the day the promise was made ({promised_on}).")
    fields.check_date(due, "date")
    fields.check_date(promised_on, "promised_on")
    fields.check_amount(amount, currency or customer.currency, "amount")
    fields.check_text(made_by, "made_by", "short")
    fields.check_text(channel, "channel", "short")
    invs = _check_promise_invoices(ledger, customer, invoices)
    cur = currency or (invs[0].currency if invs else customer.currency)
    if any(i.currency != cur for i in invs):
        raise UserError("A promise covers invoices of one currency; record one promise per currency.")
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
        raise UserError("An instalment plan needs at least one dated amount.")
    dates = [d for d, _ in schedule]
    if dates != sorted(dates) or len(set(dates)) != len(dates):
        raise UserError("Instalment dates must be in order, one instalment a day at most.")
    if dates[0] < agreed_on:
        raise UserError(f"The first instalment ({dates[0]}) is before the plan was agreed ({agreed_on}).")
    if any(a <= 0 for _, a in schedule):
        raise UserError("Every instalment must be for more than zero.")
    fields.check_date(agreed_on, "agreed_on")
    for d, a in schedule:
        fields.check_date(d, "schedule date")
        fields.check_amount(a, currency or customer.currency, "schedule amount")
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


def promise_statuses(ledger: Ledger, as_of: date, code: str | None = None
                     ) -> tuple[list[PromiseEvaluation], dict[int, PlanEvaluation]]:
    """Every promise (of one customer or all) evaluated from payments on as_of, and the plans' status."""
    ids = [ledger.customer(code).id] if code else None
    promises = rows.promises(ledger.conn, ids)
    if not promises:
        return [], {}
    cust_ids = sorted({p.customer_id for p in promises})
    first = min(p.promised_on for p in promises)
    pays = rows.payments(ledger.conn, cust_ids, since=first)
    evals = list(evaluate_promises(promises, pays, as_of, grace_days=policy.grace_days(ledger)))
    return evals, evaluate_plans(evals)


# -- disputes -----------------------------------------------------------------------------------------
def open_dispute(ledger: Ledger, invoice_number: str, reason: DisputeReason, *, amount: int | None = None,
                 note: str = "", on: date | None = None) -> Dispute:
    """Take an invoice (or part of it) out of escalation and interest until the dispute is resolved."""
    inv = ledger.invoice(invoice_number)
    on = on or ledger.today()
    fields.check_date(on, "on")
    fields.check_text(note, "note", "summary")
    open_now = invoice_rows.receivable(ledger.conn, inv.id).open_amount
    if open_now == 0:
        raise UserError(f"Invoice {inv.number} is settled; there is nothing open to dispute.")
    if amount is not None and not 0 < amount <= open_now:
        raise UserError(f"The disputed amount must be more than zero and at most the open "
                        f"{format_amount(open_now, inv.currency)} {inv.currency}.")
    if any(d.resolved_on is None for d in rows.disputes_for_invoice(ledger.conn, inv.id)):
        raise UserError(f"Invoice {inv.number} already has an open dispute; resolve it first.")
    customer = ledger.customer_by_id(inv.customer_id)
    d = Dispute(invoice_id=inv.id, opened_on=on, reason=reason, amount=amount, note=note.strip())
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "dispute_opened", customer, {
            "invoice": inv.number, "reason": reason.value, "note": d.note, "opened_on": on.isoformat(),
            "amount": format_amount(amount, inv.currency) if amount else "whole open amount"})
        did = rows.insert_dispute(conn, d, seq)
    return dataclasses.replace(d, id=did)


def resolve_dispute(ledger: Ledger, invoice_number: str, resolution: str, *, on: date | None = None,
                    outcome: str = "") -> Dispute:
    """Close the invoice's open dispute; what is still open goes back into escalation.

    ``outcome`` says who was right, for interest: "upheld" (the debtor: the disputed part never bears
    interest), "rejected" (the creditor: it bears interest from the due date), or "" (not said: it bears
    interest from the day of resolution).
    """
    inv = ledger.invoice(invoice_number)
    on = on or ledger.today()
    if not resolution.strip():
        raise UserError("Say how the dispute was resolved.")
    fields.check_date(on, "on")
    fields.check_text(resolution, "resolution", "summary")
    if outcome not in ("", *DISPUTE_OUTCOMES):
        raise UserError(f"'{outcome}' is not a dispute outcome; use upheld or rejected.")
    current = [d for d in rows.disputes_for_invoice(ledger.conn, inv.id) if d.resolved_on is None]
    if not current:
        raise UserError(f"Invoice {inv.number} has no open dispute.")
    d = current[0]
    if on < d.opened_on:
        raise UserError(f"The dispute was opened on {d.opened_on}; it cannot be resolved before that.")
    customer = ledger.customer_by_id(inv.customer_id)
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "dispute_resolved", customer, {
            "invoice": inv.number, "resolution": resolution.strip(), "resolved_on": on.isoformat(),
            "dispute_event": d.id, "outcome": outcome or None})
        rows.resolve_dispute(conn, d.id, on, resolution.strip(), seq, outcome)
    return dataclasses.replace(d, resolved_on=on, resolution=resolution.strip(), outcome=outcome)


# -- limitation events and attachments ----------------------------------------------------------------
def record_limitation_event(ledger: Ledger, code: str, kind: str, on: date, *, invoices: Sequence[str] = (),
                            note: str = "") -> int:
    """Log an acknowledgment, a delivered demand or a suit; it restarts limitation where the rule pack says so."""
    if kind not in LIMITATION_KINDS:
        raise UserError(f"'{kind}' is not a limitation event; use {', '.join(LIMITATION_KINDS)}.")
    fields.check_date(on, "date")
    fields.check_text(note, "note", "summary")
    customer = ledger.customer(code)
    invs = _invoices_of(ledger, customer, invoices)
    with ledger.database.atomic() as conn:
        seq = _log(ledger, kind, customer, {"on": on.isoformat(), "invoices": [i.number for i in invs], "note": note})
        if invs:
            for inv in invs:
                rows.insert_limitation_event(conn, customer.id, inv.id, on, kind, note, seq)
        else:
            rows.insert_limitation_event(conn, customer.id, None, on, kind, note, seq)
    return seq


def add_attachment(ledger: Ledger, code: str, source: Path, kind: str, *, invoice_number: str | None = None) -> str:
    """Copy a document into the ledger's attachment folder and log it with its SHA-256; returns the hash."""
    source = Path(source)
    if not source.is_file():
        raise UserError(f"There is no file at {source}.")
    customer = ledger.customer(code)
    inv = _invoices_of(ledger, customer, [invoice_number])[0] if invoice_number else None
    digest = sha256_file(source)
    folder = policy.side_dir(ledger, "attachments") / digest[:2]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{digest}-{source.name}"
    if not target.exists():
        tmp = target.with_suffix(target.suffix + ".part")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "attachment", customer, {"kind": kind, "file": source.name, "sha256": digest,
                                                    "invoice": inv.number if inv else None})
        rows.insert_attachment(conn, customer.id, inv.id if inv else None, kind, source.name, digest,
                               str(target.relative_to(policy.side_dir(ledger, ""))), seq)
    return digest


# -- letters (the decision and the record; rendering lives in services.letters) ------------------------
def summarise_reasons(decision: dunning.LetterDecision) -> Message:
    """The oldest item's reason, how many more items, and any reason about the letter as a whole."""
    n = len(decision.items)
    first, general = decision.reasons[0], decision.reasons[n:]
    return dunning.sentences([dunning.with_more_items(first, n - 1), *general])


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
                       until=self.pause.until.isoformat())
        return reasons

    def to_json(self) -> dict:
        d: dict = {"customer": self.customer.code, "name": self.customer.name,
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


def _pending_promise_pauses(ledger: Ledger, on: date) -> tuple[dict[int, list[dunning.DunningPause]], list]:
    """Pauses for pending promises. The later instalments of a broken plan pause nothing: a missed instalment
    breaks the plan, and escalation resumes at once."""
    evals, plans = promise_statuses(ledger, on)
    broken_plans = {pid for pid, plan in plans.items() if plan.status is PlanStatus.BROKEN}
    out: dict[int, list[dunning.DunningPause]] = defaultdict(list)
    for ev in evals:
        if ev.status is PromiseStatus.PENDING and ev.promise.plan_id not in broken_plans:
            p = ev.promise
            out[p.customer_id].append(dunning.DunningPause(
                msg("dunning.pause.promise", "Promise to pay {amount} by {due}.",
                    amount=f"{format_amount(p.amount, p.currency)} {p.currency}", due=p.due_date.isoformat()),
                ev.deadline, p.invoice_ids))
    return out, evals


def _time_barred(ledger: Ledger, items: list[tuple], customers: dict[int, Customer], on: date
                 ) -> dict[int, limitation.LimitationStatus]:
    """Limitation of the items old enough to be near their limit (younger ones cannot be barred or warned)."""
    cutoff = on - timedelta(days=365 * min(3, policy.generic_limitation_years(ledger)) - 200)
    old = [r for r in items if r[3] <= cutoff.isoformat()]
    if not old:
        return {}
    return limitation_statuses(ledger, [(r[1], r[0], r[3]) for r in old], customers, on)


@without_gc_pauses
def limitation_statuses(ledger: Ledger, invoices: list[tuple[int, int, str]], customers: dict[int, Customer],
                        on: date) -> dict[int, limitation.LimitationStatus]:
    """Limitation for (invoice id, customer id, ISO due date) triples as of on."""
    events = rows.limitation_inputs(ledger.conn, [i for i, _, _ in invoices])
    years = policy.generic_limitation_years(ledger)
    out = {}
    for iid, cid, due in invoices:
        evs = [limitation.LimitationEvent(date.fromisoformat(d), kind, eid) for d, kind, eid in events[iid]]
        out[iid] = limitation.assess_limitation(date.fromisoformat(due), customers[cid].jurisdiction.value, evs, on,
                                                generic_years=years)
    return out


def dunning_inputs(ledger: Ledger, on: date, code: str | None):
    """Everything a letter run or the work queue reads, in a few bulk queries: overdue items grouped by
    customer, the customers, limitation of old items, pending-promise pauses, last letters, promise
    evaluations."""
    cid = ledger.customer(code).id if code else None
    items = rows.overdue_items(ledger.conn, on, cid)
    by_customer: dict[int, list[tuple]] = defaultdict(list)
    for r in items:
        by_customer[r[0]].append(r)
    customers = customer_rows.customers_by_ids(ledger.conn, set(by_customer))
    barred = _time_barred(ledger, items, customers, on)
    promise_pauses, evals = _pending_promise_pauses(ledger, on)
    for cid, pause in case_rows.letter_pauses(ledger.conn).items():
        promise_pauses[cid].append(dunning.DunningPause(pause))
    last = rows.last_letters(ledger.conn, on)
    return by_customer, customers, barred, promise_pauses, last, evals


def customer_items(rows_: list[tuple], barred: dict[int, limitation.LimitationStatus], customer: Customer
                   ) -> tuple[list[dunning.DunningItem], list[dunning.DunningPause]]:
    """One customer's overdue rows as dunning items (undisputed amounts) and the pauses they imply."""
    items, pauses = [], []
    for _cid, iid, number, due, open_, cur, disputed in rows_:
        lim = barred.get(iid)
        undisputed = max(0, open_ - disputed)
        if disputed and undisputed == 0:
            pauses.append(dunning.DunningPause(msg("dunning.pause.disputed", "{number} is disputed.", number=number),
                                               None, (iid,)))
            undisputed = open_  # kept so the pause, not "nothing overdue", explains the silence
        items.append(dunning.DunningItem(iid, number, date.fromisoformat(due), undisputed, cur,
                                         bool(lim and lim.time_barred)))
    if customer.on_hold:
        pauses.append(dunning.DunningPause(msg("dunning.pause.on_hold", "{name} is on hold.", name=customer.name)))
    return items, pauses


@without_gc_pauses
def letters_due(ledger: Ledger, on: date, code: str | None = None) -> list[LetterRunEntry]:
    """Per customer the letter due on a day (with the reasons), or the pause that holds it back."""
    pol = policy.escalation_policy(ledger)
    by_customer, customers, barred, promise_pauses, last, _ = dunning_inputs(ledger, on, code)
    out = []
    for cid, its in by_customer.items():
        customer = customers[cid]
        items, pauses = customer_items(its, barred, customer)
        result = dunning.letter_due(pol, customer, items, last.get(cid), [*pauses, *promise_pauses.get(cid, [])], on)
        if isinstance(result, dunning.LetterDecision):
            out.append(LetterRunEntry(customer, result, None, tuple(li.item.number for li in result.items)))
        elif isinstance(result, dunning.Pause):
            out.append(LetterRunEntry(customer, None, result, tuple(i.number for i in items)))
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


# -- interest -----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class InterestLine:
    """One invoice's interest and compensation as of a date, as ``report interest`` and letters show it.

    ``result.periods`` are the printable period lines (from, to, days, open amount, rate and its make-up,
    interest). ``open_amount`` is the principal still open (0 for an invoice paid in full late, whose
    interest and compensation stay claimable); ``disputed`` the part of it under an open dispute. A
    time-barred line is listed with its figures but claims nothing.
    """

    customer: Customer
    invoice: Invoice
    result: InterestResult
    open_amount: int = 0
    disputed: int = 0
    limitation_status: limitation.LimitationStatus | None = None

    @property
    def periods(self) -> tuple[InterestPeriod, ...]:
        return self.result.segments

    @property
    def time_barred(self) -> bool:
        return bool(self.limitation_status and self.limitation_status.time_barred)

    @property
    def settled(self) -> bool:
        """Paid (or credited) in full: only interest and compensation are left."""
        return self.open_amount == 0

    @property
    def claimable_interest(self) -> int:
        return 0 if self.time_barred else self.result.claimable_interest

    @property
    def claimable_compensation(self) -> Money | None:
        comp = self.result.claimable_compensation
        if comp is None or self.time_barred:
            return None
        return comp


def _settled_since(ledger: Ledger, as_of: date) -> date:
    """Oldest due date whose interest could still be claimed (the longest limitation period, plus DE's year end)."""
    years = max(max(limitation.PERIOD_YEARS.values()), policy.generic_limitation_years(ledger)) + 1
    return limitation.add_years(as_of, -years)


@without_gc_pauses
def interest_lines(ledger: Ledger, as_of: date, code: str | None = None,
                   invoice_numbers: Sequence[str] | None = None, *, settled: bool = True) -> list[InterestLine]:
    """Interest and compensation on every invoice overdue and open on as_of, and (with ``settled``) on every
    invoice paid in full after its due date whose interest or compensation is still claimable (not waived,
    not time-barred, not written off), of one customer if given."""
    cid = ledger.customer(code).id if code else None
    items = rows.overdue_items(ledger.conn, as_of, cid)
    if settled:
        items += rows.late_settled_items(ledger.conn, as_of, _settled_since(ledger, as_of), cid)
    if invoice_numbers is not None:
        wanted = set(invoice_numbers)
        items = [r for r in items if r[2] in wanted]
    customers = customer_rows.customers_by_ids(ledger.conn, {r[0] for r in items})
    invoices = invoice_rows.by_ids(ledger.conn, [r[1] for r in items])
    # a paid invoice to which no rule adds anything (no statutory rule, no contract terms) has nothing left
    items = [r for r in items if r[4] or select_interest_rule(customers[r[0]], invoices[r[1]]) != NONE]
    ids = [r[1] for r in items]
    tables = policy.rate_tables(ledger)
    settlements = settlement_history(ledger, ids, as_of)
    disputes = _dispute_history(ledger, ids)
    waivers = rows.waivers_for_invoices(ledger.conn, ids)
    limits = limitation_statuses(ledger, [(r[1], r[0], r[3]) for r in items], customers, as_of)
    out = []
    for cust_id, iid, _number, _due, open_, _cur, disputed in items:
        inv = invoices[iid]
        try:
            res = compute_interest(inv, customers[cust_id], as_of, tables, settlements=settlements.get(iid, []),
                                   disputes=disputes.get(iid, []), waivers=waivers.get(iid, []))
        except UserError as exc:
            # e.g. a debt older than the rate table: that invoice gets no figure and says why; the rest go on
            res = InterestResult(rule="none", invoice_number=inv.number, currency=inv.currency, as_of=as_of,
                                 segments=(), total_interest=0, compensation=None,
                                 basis=f"No interest computed: {exc}", stale_rate=True,
                                 stale_message=f"No interest computed for {inv.number}: {exc}")
        line = InterestLine(customers[cust_id], inv, res, open_, min(disputed, open_), limits.get(iid))
        if line.settled and not (line.claimable_interest or line.claimable_compensation):
            continue
        out.append(line)
    out.sort(key=lambda x: (x.customer.code, x.invoice.due_date, x.invoice.number))
    return out


def settlement_history(ledger: Ledger, invoice_ids: list[int], as_of: date) -> dict[int, list[tuple[date, int]]]:
    """Per invoice, its settlements (date, amount) up to as_of, oldest first."""
    return rows.settlements_of(ledger.conn, invoice_ids, as_of)


def _dispute_history(ledger: Ledger, invoice_ids: list[int]) -> dict[int, list[Dispute]]:
    out: dict[int, list[Dispute]] = defaultdict(list)
    for d in rows.disputes_for_invoices(ledger.conn, invoice_ids):
        out[d.invoice_id].append(d)
    return out


def waive_interest(ledger: Ledger, invoice_number: str, reason: str, *, interest: int | None = None,
                   compensation: int | None = None, on: date | None = None) -> InterestWaiver:
    """Waive interest and/or compensation on one invoice, whole or part, with a reason, logged as evidence.

    ``interest`` (minor units of the invoice currency) and ``compensation`` (minor units of the
    compensation's currency) default to everything still claimable on ``on`` when both are left out; an
    amount above what is claimable is refused.
    """
    inv = ledger.invoice(invoice_number)
    on = on or ledger.today()
    if not reason.strip():
        raise UserError("Give a reason for the waiver.")
    customer = ledger.customer_by_id(inv.customer_id)
    res = _interest_of(ledger, inv, customer, on)
    comp = res.claimable_compensation
    claimable_comp = comp.minor if comp else 0
    if interest is None and compensation is None:
        interest, compensation = res.claimable_interest, claimable_comp
    interest, compensation = interest or 0, compensation or 0
    if interest < 0 or compensation < 0:
        raise UserError("A waiver cannot be negative.")
    if interest > res.claimable_interest:
        raise UserError(f"Invoice {inv.number} has {format_amount(res.claimable_interest, inv.currency)} "
                        f"{inv.currency} of interest to waive on {on.isoformat()}, less than "
                        f"{format_amount(interest, inv.currency)}.")
    if compensation > claimable_comp:
        cur = comp.currency if comp else inv.currency
        raise UserError(f"Invoice {inv.number} has {format_amount(claimable_comp, cur)} {cur} of compensation to "
                        f"waive on {on.isoformat()}, less than {format_amount(compensation, cur)}.")
    if interest == 0 and compensation == 0:
        raise UserError(f"Invoice {inv.number} has no interest or compensation to waive on {on.isoformat()}.")
    waiver = InterestWaiver(inv.id, on, interest, compensation, reason.strip())
    comp_cur = comp.currency if comp else inv.currency
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "interest_waived", customer, {
            "invoice": inv.number, "on": on.isoformat(), "reason": waiver.reason,
            "interest": format_amount(interest, inv.currency), "interest_currency": inv.currency,
            "compensation": format_amount(compensation, comp_cur), "compensation_currency": comp_cur})
        wid = rows.insert_waiver(conn, waiver, seq)
    return dataclasses.replace(waiver, id=wid)


def claimable_on(ledger: Ledger, invoice_number: str, on: date) -> InterestResult:
    """What a waiver dated ``on`` may still take off one invoice: its interest and compensation accrued by then,
    less every waiver already recorded (also those dated later, so two waivers never take the same money)."""
    inv = ledger.invoice(invoice_number)
    return _interest_of(ledger, inv, ledger.customer_by_id(inv.customer_id), on)


def _interest_of(ledger: Ledger, inv: Invoice, customer: Customer, on: date) -> InterestResult:
    waivers = [dataclasses.replace(w, on=min(w.on, on))
               for w in rows.waivers_for_invoices(ledger.conn, [inv.id]).get(inv.id, [])]
    return compute_interest(inv, customer, on, policy.rate_tables(ledger),
                            settlements=settlement_history(ledger, [inv.id], on).get(inv.id, []),
                            disputes=_dispute_history(ledger, [inv.id]).get(inv.id, []), waivers=waivers)


def set_customer_contract(ledger: Ledger, code: str, *, rate_bp: int | None, fee: int | None,
                          lpr_factor: Decimal | None = None) -> Customer:
    """Set (or clear, with None) a customer's contractual annual rate (basis points), fixed fee per invoice
    (minor units of the customer's currency) and, for cn, the LPR factor; logged as evidence."""
    customer = ledger.customer(code)
    _check_terms(rate_bp, fee)
    if lpr_factor is not None and not Decimal(0) < lpr_factor <= Decimal(10):
        raise UserError("The LPR factor must be more than 0 and at most 10 (for example 1.5).")
    with ledger.database.atomic() as conn:
        _log(ledger, "contract_terms", customer, {
            "rate_percent": _percent_text(rate_bp), "fee": format_amount(fee, customer.currency) if fee is not None
            else None, "currency": customer.currency,
            "lpr_factor": str(lpr_factor) if lpr_factor is not None else None})
        customer_rows.set_contract_terms(conn, customer.id, rate_bp, fee, lpr_factor)
    return dataclasses.replace(customer, contract_rate_bp=rate_bp, contract_fee=fee, lpr_factor=lpr_factor)


def set_invoice_contract(ledger: Ledger, invoice_number: str, *, rate_bp: int | None, fee: int | None) -> Invoice:
    """Set (or clear, with None) an invoice's own contractual rate and fee, which win over the customer's."""
    inv = ledger.invoice(invoice_number)
    _check_terms(rate_bp, fee)
    customer = ledger.customer_by_id(inv.customer_id)
    with ledger.database.atomic() as conn:
        _log(ledger, "contract_terms", customer, {
            "invoice": inv.number, "rate_percent": _percent_text(rate_bp),
            "fee": format_amount(fee, inv.currency) if fee is not None else None, "currency": inv.currency})
        invoice_rows.set_contract_terms(conn, inv.id, rate_bp, fee)
    return dataclasses.replace(inv, contract_rate_bp=rate_bp, contract_fee=fee)


def _check_terms(rate_bp: int | None, fee: int | None) -> None:
    if rate_bp is not None and not 0 <= rate_bp <= 100_000:
        raise UserError("The contract rate must be between 0 and 1000 percent a year.")
    if fee is not None and fee < 0:
        raise UserError("The contract fee cannot be negative.")


def _percent_text(rate_bp: int | None) -> str | None:
    return None if rate_bp is None else f"{Decimal(rate_bp) / 100:.2f}"


@dataclass(frozen=True, slots=True)
class CustomerClaim:
    """What one customer owes in one currency on a day, netted the way letters and statements must agree.

    ``overdue`` is the principal open past its due date, of which ``disputed`` (under an open dispute) and
    ``time_barred`` (on time-barred invoices) are not claimed; ``not_yet_due`` is open but not yet due;
    ``unapplied_credit`` is payments and credit notes not applied to any invoice; ``interest`` and
    ``compensation`` are what is still claimable (after waivers; nothing on time-barred invoices).
    """

    customer: Customer
    currency: str
    overdue: int
    disputed: int
    time_barred: int
    not_yet_due: int
    unapplied_credit: int
    interest: int
    compensation: int

    @property
    def claimable_principal(self) -> int:
        return self.overdue - self.disputed - self.time_barred

    @property
    def net_claimable(self) -> int:
        """What a letter may demand now: claimable principal - unapplied credit + interest + compensation."""
        return self.claimable_principal - self.unapplied_credit + self.interest + self.compensation

    @property
    def net_balance(self) -> int:
        """The account's balance on a statement: all open principal - unapplied credit + interest + compensation
        (disputed and time-barred amounts included, as a statement lists them)."""
        return self.overdue + self.not_yet_due - self.unapplied_credit + self.interest + self.compensation

    def to_json(self) -> dict:
        cur = self.currency
        return {"customer": self.customer.code, "currency": cur,
                **{k: format_amount(getattr(self, k), cur) for k in (
                    "overdue", "disputed", "time_barred", "not_yet_due", "claimable_principal", "unapplied_credit",
                    "interest", "compensation", "net_claimable", "net_balance")}}


def customer_claims(ledger: Ledger, as_of: date, code: str | None = None,
                    lines: Sequence[InterestLine] | None = None) -> list[CustomerClaim]:
    """Per customer and currency, the netted claim on as_of (see :class:`CustomerClaim`).

    Letters and statements call this so their totals agree. ``lines`` may pass the
    :func:`interest_lines` already computed for the same day and customer(s).
    """
    if lines is None:
        lines = interest_lines(ledger, as_of, code)
    cid = ledger.customer(code).id if code else None
    acc: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0] * 7)
    customers: dict[int, Customer] = {}
    seen: set[int] = set()
    for ln in lines:
        customers[ln.customer.id] = ln.customer
        seen.add(ln.invoice.id)
        a = acc[(ln.customer.id, ln.invoice.currency)]
        a[0] += ln.open_amount
        if ln.time_barred:
            a[2] += ln.open_amount
        else:
            a[1] += ln.disputed
        a[5] += ln.claimable_interest
        comp = ln.claimable_compensation
        if comp is not None and comp.minor:
            acc[(ln.customer.id, comp.currency)][6] += comp.minor
    for item in invoice_rows.open_items_as_of(ledger.conn, as_of, cid):
        if item.invoice_id not in seen:  # open, not overdue (or overdue but not yet in an interest line)
            acc[(item.customer_id, item.currency)][3 if item.due_date >= as_of else 0] += item.open_amount
    for cust in customer_rows.customers_by_ids(ledger.conn, {c for c, _ in acc} | ({cid} if cid else set())).values():
        customers[cust.id] = cust
    ids = [cid] if cid else list(customers)
    for cust_id in ids:
        for currency, credit in settlements.unapplied_credit(ledger.conn, cust_id, as_of).items():
            acc[(cust_id, currency)][4] += credit
            customers.setdefault(cust_id, ledger.customer_by_id(cust_id))
    out = [CustomerClaim(customers[c], cur, *vals) for (c, cur), vals in acc.items() if any(vals)]
    out.sort(key=lambda x: (x.customer.code, x.currency))
    return out


def interest_to_json(lines: list[InterestLine], as_of: date, claims: Sequence[CustomerClaim] = ()) -> dict:
    """The ``report interest`` document: one row per invoice with its period lines; totals per currency of what
    is claimable (time-barred invoices are listed, flagged and left out of the totals)."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"interest": 0, "compensation": 0})
    out_rows = []
    for ln in lines:
        r = ln.result
        cur = ln.invoice.currency
        comp = r.compensation
        comp_cur = comp.currency if comp else cur
        claim_comp = ln.claimable_compensation
        if not ln.time_barred:
            totals[cur]["interest"] += ln.claimable_interest
            if claim_comp is not None:
                totals[comp_cur]["compensation"] += claim_comp.minor
        row = {
            "customer": ln.customer.code, "invoice": ln.invoice.number, "currency": cur,
            "due_date": ln.invoice.due_date.isoformat(), "rule": r.rule,
            "open": format_amount(ln.open_amount, cur), "settled": ln.settled,
            "periods": [_period_json(p, cur) for p in r.segments],
            "days": r.days, "interest": format_amount(r.total_interest, cur),
            "interest_waived": format_amount(r.interest_waived, cur),
            "interest_claimable": format_amount(ln.claimable_interest, cur),
            "compensation": comp.amount_text() if comp else format_amount(0, comp_cur),
            "compensation_currency": comp_cur,
            "compensation_waived": format_amount(r.compensation_waived, comp_cur),
            "compensation_claimable": claim_comp.amount_text() if claim_comp else format_amount(0, comp_cur),
            "time_barred": ln.time_barred,
            "limitation_date": (ln.limitation_status.limitation_date.isoformat() if ln.limitation_status
                                else None),
            **_limitation_json(ln.limitation_status),
            "rate_after_table_end": r.rate_after_table_end,
            "basis": r.basis,
        }
        if r.rate_after_table_end:
            row["table_last_date"] = {t: d.isoformat() for t, d in r.table_last_dates.items()}
        if r.stale_rate:
            row["warning"] = r.stale_message
        out_rows.append(row)
    return {"as_of": as_of.isoformat(), "allocation_rule": ALLOCATION_RULE,
            "allocation_rule_text": ALLOCATION_RULE_TEXT,
            "rounding": "Each period's interest is rounded half-up to the cent; an invoice's interest is the sum of "
                        "its periods.",
            "rows": out_rows,
            "totals": [{"currency": c, "interest": format_amount(v["interest"], c),
                        "compensation": format_amount(v["compensation"], c)} for c, v in sorted(totals.items())],
            "claims": [c.to_json() for c in claims]}


def _limitation_json(status: limitation.LimitationStatus | None) -> dict:
    """Why the limitation date is what it is: a revival (cn) or suspended days (de), with the basis sentence."""
    if status is None:
        return {}
    out: dict = {"limitation_basis": status.basis}
    if status.revived_by_kind:
        assert status.revived_on is not None
        out["revived_by"] = {"kind": status.revived_by_kind, "on": status.revived_on.isoformat(),
                             "event": str(status.revived_by_event_id)}
    if status.suspended_days:
        out["suspended_days"] = status.suspended_days
    return out


def _period_json(p: InterestPeriod, currency: str) -> dict:
    d = {"from": p.start.isoformat(), "to": p.end.isoformat(), "days": p.days,
         "open": format_amount(p.open_amount, currency), "annual_rate": str(p.annual_rate),
         "reference_rate": str(p.reference_rate) if p.reference_rate is not None else None,
         "margin": str(p.margin) if p.margin is not None else None,
         "factor": str(p.factor) if p.factor is not None else None,
         "table": p.table or None, "reference_date": p.reference_date.isoformat() if p.reference_date else None,
         "rate_effective": p.rate_effective.isoformat() if p.rate_effective else None,
         "source": p.rate_source, "interest": format_amount(p.interest, currency),
         "rate_after_table_end": p.rate_after_table_end}
    if p.rate_after_table_end and p.table_last_date:
        d["table_last_date"] = p.table_last_date.isoformat()
    return d


# -- evidence -----------------------------------------------------------------------------------------
def verify_evidence(ledger: Ledger) -> ChainCheck:
    """Walk the whole evidence chain; the result names the first bad event if any."""
    return evidence.verify(ledger.conn)


def chain_head(ledger: Ledger) -> tuple[int, str]:
    """(sequence number, hash) of the last event: what a witness or a printed letter keeps."""
    return evidence.head(ledger.conn)


def check_attachments(ledger: Ledger) -> list[str]:
    """Attachments whose kept copy is missing or no longer matches its logged SHA-256 (empty when all agree)."""
    base = policy.side_dir(ledger, "")
    problems = []
    for customer_id in rows.customers_with_attachments(ledger.conn):
        for _id, _invoice, _kind, filename, digest, stored, seq in rows.attachments_for(ledger.conn, customer_id):
            path = base / stored
            if not path.is_file():
                problems.append(f"Attachment {filename} (evidence event {seq}) has no file at {path}.")
            elif sha256_file(path) != digest:
                problems.append(f"Attachment {filename} at {path} does not match its logged SHA-256 (event {seq}).")
    return problems


def correct_event(ledger: Ledger, seq: int, note: str) -> int:
    """Record a correction of an earlier event as a new event pointing at it (the log is never edited)."""
    if not note.strip():
        raise UserError("Say what the correction is.")
    fields.check_text(note, "note", "summary")
    original = evidence.by_seq(ledger.conn, seq)
    if original is None:
        raise UserError(f"There is no evidence event {seq}.")
    customer = ledger.customer_by_id(original.customer_id) if original.customer_id else None
    with ledger.database.atomic():
        return _log(ledger, "correction", customer, {"corrects": seq, "corrects_hash": original.hash,
                                                     "corrects_kind": original.kind, "note": note.strip()})


def aging_invoice_extras(ledger: Ledger, report) -> dict[int, dict]:
    """limitation_date (and a warning flag) for each invoice of a by-invoice aging report."""
    triples = [(r.invoice_id, r.customer_id, r.due_date.isoformat()) for r in report.rows]
    customers = customer_rows.customers_by_ids(ledger.conn, {r.customer_id for r in report.rows})
    statuses = limitation_statuses(ledger, triples, customers, report.as_of)
    return {iid: {"limitation_date": s.limitation_date.isoformat(),
                  **({"limitation_warning": True} if s.warning else {}),
                  **({"time_barred": True} if s.time_barred else {}),
                  **({"limitation_revived_by": f"{s.revived_by_kind} {s.revived_on.isoformat()}"}
                     if s.revived_by_kind and s.revived_on else {}),
                  **({"limitation_suspended_days": s.suspended_days} if s.suspended_days else {})}
            for iid, s in statuses.items()}
