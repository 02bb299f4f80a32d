"""A letter's facts: which letter is due (the decision) and everything it states (the document).

The facts come from the same services as everything else, so its figures cannot drift from the rest of the app:
the level and the items from :func:`escalation.letters_due` (the escalation policy), the interest and compensation
from :func:`interest_claims.interest_lines` (the ``report interest`` code path), the limitation status from the same
assessment, and the appendix from the evidence log itself.

Rendering is deterministic: the document holds only ledger state and the letter's date (the evidence chain head
included), never the clock, and the renderer's output is byte-stable."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from arledger.domain import dunning
from arledger.domain.errors import UserError
from arledger.domain.evidence import StoredEvent
from arledger.domain.messages import Message, distinct, msg
from arledger.domain.model import Customer, CustomerKind, Jurisdiction, PromiseStatus
from arledger.domain.money import Money
from arledger.domain.promises import PromiseEvaluation
from arledger.render.letter_data import (
    AgreementDetails,
    EarlierLetter,
    EvidenceExhibit,
    HashedFile,
    LetterDocument,
    LetterHistory,
    LetterLine,
    StatementCharge,
    StatementDocument,
)
from arledger.services import escalation, interest_claims, policy, promises
from arledger.services.ledger import Ledger
from arledger.services.letterhead import _Context, _recipient
from arledger.services.statements import statement_of
from arledger.storage import collections as collection_rows
from arledger.storage import evidence
from arledger.storage import invoices as invoice_rows
from arledger.storage import letters as letter_rows

CLAIM_INTEREST_FROM_LEVEL = 2  # a friendly reminder (level 1) asks for the principal only


FORMAL_FROM_LEVEL = 3  # the first level that is a formal demand


def letter_customer(ledger: Ledger, code: str) -> Customer:
    """The customer a letter is written to, read with its contact people: the attention line and the email
    address may come from them. Single letters and batches both read the addressee here, so the same customer
    gets the same letter whichever way it is sent (bulk reads for a whole run leave the contact people out)."""
    return ledger.customer(code)


@dataclass(frozen=True, slots=True)
class _Read:
    """What deciding a letter read that its document needs too (see :class:`_Plan`)."""

    overdue: tuple[collection_rows.OverdueItem, ...]
    promises: tuple[PromiseEvaluation, ...]
    paid_late: tuple[interest_claims.InterestLine, ...] | None


@dataclass(frozen=True, slots=True)
class _Plan:
    """The letter to write for one customer: level, items (with days overdue) and what the policy adds."""

    customer: Customer
    level: int
    level_name: str
    items: tuple[tuple[dunning.DunningItem, int], ...]
    reply_days: int
    reply_by: date
    enclosures: tuple[str, ...]
    appendix: bool
    court_action_allowed: bool
    # What deciding read, for the document to reuse (None: read them again, as a batch's plans do): the
    # customer's overdue rows, its promises evaluated on the letter's date and, when nothing is overdue, the
    # interest lines of its invoices paid late (which are then all the lines the letter has).
    overdue: tuple[collection_rows.OverdueItem, ...] | None = None
    promises: tuple[PromiseEvaluation, ...] | None = None
    paid_late: tuple[interest_claims.InterestLine, ...] | None = None

    def having_read(self, read: _Read) -> _Plan:
        return dataclasses.replace(self, overdue=read.overdue, promises=read.promises, paid_late=read.paid_late)

    @classmethod
    def from_decision(cls, customer: Customer, d: dunning.LetterDecision) -> _Plan:
        return cls(customer, d.level, d.level_name, tuple((li.item, li.days_overdue) for li in d.items),
                   d.reply_days, d.reply_by, d.enclosures, d.evidence_appendix, d.court_action_allowed)


def _decide(ledger: Ledger, customer: Customer, on: date, level: int | None) -> _Plan:
    """The letter due for the customer on ``on``; with ``level``, that level for its overdue undisputed items."""
    pol = policy.escalation_policy(ledger)
    if level is not None:
        pol.level(level)  # a level the policy lacks is refused before anything else
    inputs = escalation.dunning_inputs(ledger, on, None, customer=customer)
    by_customer, barred, promise_pauses, last = inputs.by_customer, inputs.barred, inputs.promise_pauses, inputs.last
    found = by_customer.get(customer.id, [])
    # interest alone is claimed only when nothing is open and overdue (dunning.letter_due): no query otherwise
    claim_lines = None if found else interest_claims.interest_lines(ledger, on, customer=customer, open_items=False)
    claims = interest_claims.items_claimed(claim_lines).get(customer.id, []) if claim_lines is not None else []
    if not found and not claims:
        raise UserError(msg("letter.nothing_overdue", "Nothing is overdue for {customer} on {on}, so there is no "
                             "letter to send.", customer=customer.code, on=on.isoformat()))
    read = _Read(tuple(found), tuple(inputs.evals), None if claim_lines is None else tuple(claim_lines))
    items, pauses = escalation.customer_items(found, barred, customer)
    items += claims
    all_pauses = [*pauses, *promise_pauses.get(customer.id, [])]
    result = dunning.letter_due(pol, customer, items, last.get(customer.id), all_pauses, on)
    if isinstance(result, dunning.Pause):
        until = msg("dunning.until", " until {until}", until=result.until.isoformat()) if result.until else None
        raise UserError(msg("dunning.paused_for", "Letters to {customer} are paused{until}: {reasons}",
                            customer=customer.code, until=until, reasons=dunning.sentences(result.reasons)))
    if level is None:
        if isinstance(result, dunning.NotDue):
            raise UserError(msg("dunning.not_due_for", "No letter is due for {customer} on {on}: {reason} You can "
                                "choose a level to send one anyway.", customer=customer.code, on=on.isoformat(),
                                reason=result.reason))
        return _Plan.from_decision(customer, result).having_read(read)
    if isinstance(result, dunning.LetterDecision) and result.level == level:
        return _Plan.from_decision(customer, result).having_read(read)
    last_letter = last.get(customer.id)
    highest = pol.highest_next_level(last_letter)
    if level > highest:
        before = msg("letter.nothing_sent_yet", "nothing has been sent to {customer} yet", customer=customer.code)
        if last_letter is not None:
            before = msg("letter.last_sent", "the last letter to {customer} was level {level} on {sent_on}",
                         customer=customer.code, level=last_letter.level, sent_on=last_letter.sent_on.isoformat())
        raise UserError(msg("letter.skips_level", "A level {level} letter would skip a level: {before}, so the next "
                            "is level {highest} at most.", level=level, before=before, highest=highest))
    return _forced_plan(pol, customer, items, all_pauses, level, on).having_read(read)


def _forced_plan(pol: dunning.EscalationPolicy, customer: Customer, items: Sequence[dunning.DunningItem],
                 pauses: Sequence[dunning.DunningPause], level: int, on: date) -> _Plan:
    """A letter at a level the user chose: every overdue, undisputed item no promise covers.

    Deadlines, enclosures and the appendix follow the policy for that level exactly as for a due letter.
    """
    paused = {i for p in pauses if p.active(on) for i in p.invoice_ids}
    eligible = sorted((i for i in items if i.open_amount > 0 and on > i.due_date and i.invoice_id not in paused),
                      key=lambda i: (i.due_date, i.number))
    if not eligible:
        raise UserError(msg("letter.nothing_to_claim", "{customer} has nothing overdue and undisputed on {on} that "
                            "a letter could claim.", customer=customer.code, on=on.isoformat()))
    chosen = pol.level(level)
    reply_days = pol.reply_days(level, customer)
    enclosures: tuple[str, ...] = ("statement of account",) if level >= 3 else ()
    if level >= 3 and _protocol_applies(customer):
        enclosures = dunning.PRE_ACTION_ENCLOSURES
    return _Plan(customer, level, chosen.name, tuple((i, (on - i.due_date).days) for i in eligible), reply_days,
                 on + timedelta(days=reply_days), enclosures, level >= 3, not any(i.time_barred for i in eligible))


def _protocol_applies(customer: Customer) -> bool:
    """The Pre-Action Protocol for Debt Claims: a debtor in England & Wales who is not a company (an individual
    or a sole trader)."""
    return customer.kind != CustomerKind.COMPANY and customer.jurisdiction == Jurisdiction.UK


def _document(ledger: Ledger, ctx: _Context, plan: _Plan, on: date, *, appendix: bool | None, number: int
              ) -> tuple[LetterDocument, tuple[Message, ...]]:
    """The letter and the warnings for the person sending it (a stale rate table): never printed in it."""
    customer = plan.customer
    conn = ledger.conn
    ids = [item.invoice_id for item, _days in plan.items]
    facts = letter_rows.invoice_facts(conn, ids)
    overdue = plan.overdue if plan.overdue is not None else collection_rows.overdue_items(conn, on, customer.id)
    open_now = {r.invoice_id: (r.open, r.disputed) for r in overdue}
    # No interest or compensation on a time-barred debt: it falls with the principal's enforceability.
    live = {item.number for item, _days in plan.items if not item.time_barred and not item.claim_only}
    claim_interest = plan.level >= CLAIM_INTEREST_FROM_LEVEL or all(item.claim_only for item, _days in plan.items)
    # From the level that claims interest, invoices paid in full but late are listed too: their interest and
    # compensation stay claimable until paid or waived (COLLECTIONS.md 5), exactly as `report interest` lists them.
    all_lines: Sequence[interest_claims.InterestLine] = []
    if live or claim_interest:
        # nothing overdue: the lines the decision computed for the invoices paid late are all there are
        all_lines = (plan.paid_late if plan.paid_late is not None and not plan.overdue else
                     interest_claims.interest_lines(ledger, on, customer=customer, overdue=plan.overdue))
    interest = {ln.invoice.number: ln.result for ln in all_lines if ln.invoice.number in live}
    paid_late = [ln for ln in all_lines if claim_interest and ln.settled and not ln.time_barred
                 and ln.invoice.number not in live and ln.claimable_interest + _minor(ln.claimable_compensation)]
    lines, basis, stale = [], [], list[Message]()
    for item, days in plan.items:
        if item.claim_only:
            continue  # listed below with the invoices paid late
        issue, due, amount = facts[item.invoice_id]
        open_amount, disputed = open_now.get(item.invoice_id, (item.open_amount, 0))
        line = LetterLine(item.number, date.fromisoformat(issue), date.fromisoformat(due), item.currency, amount,
                          amount - open_amount, open_amount, days, disputed=min(disputed, open_amount),
                          time_barred=item.time_barred)
        result = interest.get(item.number)
        if result is not None:
            line = line.with_interest(result)
            if claim_interest and (result.total_interest or result.compensation):
                basis.append(result.basis)
            if claim_interest:
                stale.extend(result.stale_notes)
        lines.append(line)
    for ln in paid_late:
        inv = ln.invoice
        line = LetterLine(inv.number, inv.issue_date, inv.due_date, inv.currency, inv.amount, inv.amount, 0,
                          ln.result.days).with_interest(ln.result)
        basis.append(ln.result.basis)
        stale.extend(ln.result.stale_notes)
        lines.append(line)
    credits = tuple(Money(cur, minor) for cur, minor in sorted(ledger.unapplied_credit(customer, on).items())
                    if minor > 0)
    include_appendix = plan.appendix if appendix is None else appendix
    events = _events_until(ledger, customer, on)
    history = _history(ledger, customer, on, events, {item.number for item, _days in plan.items}, plan.promises)
    exhibits: tuple[EvidenceExhibit, ...] = ()
    chain_length, chain_head = evidence.head(conn)
    if include_appendix:
        exhibits = _exhibits(customer, events)
    court = plan.court_action_allowed and not any(line.time_barred for line in lines)
    protocol = _protocol_applies(customer) and plan.level >= 3 and court
    statement = None
    if "statement of account" in plan.enclosures or protocol:
        statement = _enclosed_statement(ledger, ctx, customer, on, lines if claim_interest else (),
                                        (chain_length, chain_head))
    agreement = _agreement(ledger, ctx, plan, events) if protocol else None
    doc = LetterDocument(
        letterhead=ctx.letterhead, recipient=_recipient(customer, ctx.home_country), level=plan.level, date=on,
        reference=f"{customer.code}-{on:%Y%m%d}-L{plan.level}-{number}", lines=tuple(lines), reply_by=plan.reply_by,
        reply_days=plan.reply_days, language=str(customer.language), page_size=ctx.page_size,
        level_name=plan.level_name, claim_interest=claim_interest, statement=statement, protocol_forms=protocol,
        agreement=agreement, court_action_allowed=court,
        individual_in_england_wales=_protocol_applies(customer), include_appendix=include_appendix,
        exhibits=exhibits, chain_head=chain_head, chain_length=chain_length,
        rule_basis=tuple(dict.fromkeys(basis)), history=history,
        first_formal=plan.level >= history.formal_from and not history.letters, credits=credits)
    return doc, distinct(stale)


def _minor(money: Money | None) -> int:
    return money.minor if money is not None else 0


# Events a debtor may see in the appendix; anything else (overrides of contact guards, corrections, imports,
# write-offs, internal notes) stays in the ledger.
DEBTOR_EVENT_KINDS = frozenset({
    "contact", "letter", "payment", "credit_note", "promise", "plan", "dispute_opened", "dispute_resolved",
    "acknowledgment", "demand_delivered", "suit", "attachment",
})


_FACT_DAY_KEYS = ("sent_on", "date", "promised_on", "agreed_on", "opened_on", "resolved_on", "on", "posted_on",
                  "delivered_on")


def _fact_day(event: StoredEvent, payload: dict[str, Any], zone: ZoneInfo) -> date:
    """The day an event's fact happened: its recorded date, else its time in the customer's zone."""
    if payload.get("contact_at"):
        return _at(payload["contact_at"]).astimezone(zone).date()
    for key in _FACT_DAY_KEYS:
        value = payload.get(key)
        if isinstance(value, str) and len(value) == 10:
            try:
                return date.fromisoformat(value)
            except ValueError:
                continue
    return _at(event.at).astimezone(zone).date()


def _at(text: str) -> datetime:
    at = datetime.fromisoformat(text)
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _zone(customer: Customer) -> ZoneInfo:
    try:
        return ZoneInfo(customer.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _events_until(ledger: Ledger, customer: Customer, on: date) -> list[tuple[StoredEvent, dict[str, Any]]]:
    """The customer's evidence events whose fact happened on or before ``on``, oldest first, with payloads."""
    zone = _zone(customer)
    out = []
    for ev in evidence.for_customer(ledger.conn, customer.id):
        p = evidence.payload(ev)
        if _fact_day(ev, p, zone) <= on:
            out.append((ev, p))
    return out


def _history(ledger: Ledger, customer: Customer, on: date, events: list[tuple[StoredEvent, dict[str, Any]]],
             numbers: set[str], evaluated: Sequence[PromiseEvaluation] | None = None) -> LetterHistory:
    """What the ledger shows happened before the letter: the letters sent about any of its invoices
    (``numbers``), contacts, promises (``evaluated`` on ``on`` when the decision did so), disputes and reasons."""
    zone = _zone(customer)
    posted: dict[date, tuple[str, str]] = {}
    sent: list[EarlierLetter] = []
    contacts = conversations = 0
    last_contact: date | None = None
    disputes: list[str] = []
    excuses: list[str] = []
    for ev, p in events:
        if ev.kind == "contact":
            day = _fact_day(ev, p, zone)
            if p.get("channel") == "letter" and p.get("direction") == "out":
                posted[day] = ("letter", str(p.get("tracking") or ""))
                continue
            if p.get("reason"):
                excuses.append(str(p["reason"]))
            if p.get("direction") == "in" or p.get("outcome") in ("reached", "promise", "dispute", "refused"):
                conversations += 1
                last_contact = day
            if p.get("direction") == "out":
                contacts += 1
        elif ev.kind == "dispute_opened" and p.get("reason"):
            disputes.append(str(p["reason"]))
    # how each letter left us, from its dispatch records (post with tracking, or email)
    dispatched: dict[int, tuple[str, str]] = {}
    for ev, p in events:
        if ev.kind in ("letter_posted", "letter_emailed") and p.get("letter_event"):
            method = "email" if ev.kind == "letter_emailed" else str(p.get("method") or "ordinary")
            dispatched.setdefault(int(p["letter_event"]), (method, str(p.get("tracking") or "")))
    for ev, p in events:
        if ev.kind == "letter" and p.get("sent_on"):
            day = date.fromisoformat(str(p["sent_on"]))
            about = set(p.get("invoices") or ())
            if day <= on and (not about or about & numbers):
                dispatch, tracking = dispatched.get(ev.seq) or posted.get(day, ("", ""))
                sent.append(EarlierLetter(int(p.get("level") or 0), day, str(p.get("level_name") or ""), dispatch,
                                          tracking))
    evals = evaluated if evaluated is not None else promises.promise_statuses(ledger, on, customer=customer)[0]
    kept = [e for e in evals if e.status is PromiseStatus.KEPT]
    broken = [e for e in evals if e.status is PromiseStatus.BROKEN and e.promise.due_date <= on]
    return LetterHistory(
        letters=tuple(sorted(sent, key=lambda x: (x.sent_on, x.level))), contacts_made=contacts,
        conversations=conversations, last_contact_on=last_contact, promises_kept=len(kept),
        promises_broken=len(broken), last_broken_promise_on=max((e.promise.due_date for e in broken), default=None),
        dispute_reasons=tuple(dict.fromkeys(disputes)), excuse_reasons=tuple(dict.fromkeys(excuses)),
        formal_from=FORMAL_FROM_LEVEL)


def _enclosed_statement(ledger: Ledger, ctx: _Context, customer: Customer, on: date,
                        lines: Sequence[LetterLine], chain_head: tuple[int, str]) -> StatementDocument:
    """The statement of account enclosed with a demand: every movement to the letter's date, with the interest
    and compensation the letter claims."""
    doc = statement_of(ledger, ctx, customer, None, on, chain_head=chain_head)
    charges = tuple(StatementCharge(line.invoice_number, line.currency, line.interest, line.compensation)
                    for line in lines if line.interest or (line.compensation and line.compensation.minor))
    return dataclasses.replace(doc, charges=charges)


def _agreement(ledger: Ledger, ctx: _Context, plan: _Plan, events: list[tuple[StoredEvent, dict[str, Any]]]
               ) -> AgreementDetails:
    """The parties, the written agreements on file (contract attachments) and the invoices with their dates and
    the debtor's references."""
    written = tuple((str(p.get("file") or ""), _at(ev.at).date()) for ev, p in events
                    if ev.kind == "attachment" and str(p.get("kind") or "") in ("contract", "agreement"))
    invoices = invoice_rows.by_ids(ledger.conn, [item.invoice_id for item, _ in plan.items])
    return AgreementDetails(ctx.letterhead.name, plan.customer.name, written,
                            tuple((inv.number, inv.issue_date, inv.reference) for inv in
                                  sorted(invoices.values(), key=lambda i: (i.issue_date, i.number))))


def _exhibits(customer: Customer, events: list[tuple[StoredEvent, dict[str, Any]]]) -> tuple[EvidenceExhibit, ...]:
    """The customer's debtor-facing events up to the letter's date, oldest first, as numbered exhibits with their
    hashes; each carries its kind and recorded fields, worded by the renderer in the letter's language."""
    out: list[EvidenceExhibit] = []
    for ev, p in events:
        if ev.kind not in DEBTOR_EVENT_KINDS:
            continue
        at = _at(p.get("contact_at") or ev.at)
        files: tuple[HashedFile, ...] = ()
        if p.get("sha256"):
            files = (HashedFile(str(p.get("file") or ev.kind), str(p["sha256"])),)
        channel = str(p.get("channel") or ("letter" if ev.kind == "letter" else ""))
        direction = str(p.get("direction") or ("out" if ev.kind == "letter" else ""))
        details = tuple((k, str(p[k])) for k in _DETAIL_KEYS if p.get(k) not in (None, "", []))
        if ev.kind == "plan" and isinstance(p.get("schedule"), list):
            details += (("instalments", str(len(p["schedule"]))),)
        typed = str(p.get("summary") or "") if ev.kind == "contact" else str(p.get("note") or "")
        out.append(EvidenceExhibit(
            number=len(out) + 1, at=at, kind=ev.kind, zone=customer.timezone or "UTC", channel=channel,
            direction=direction, person=str(p.get("person") or p.get("made_by") or ""), summary=typed,
            outcome=str(p.get("outcome") or ""), tracking=str(p.get("tracking") or ""), files=files,
            event_seq=ev.seq, event_hash=ev.hash, details=details))
    return tuple(out)


_DETAIL_KEYS = ("level", "level_name", "sent_on", "amount", "currency", "date", "due_date", "invoice", "reason",
                "file", "kind", "number")
