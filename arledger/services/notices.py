"""The letters between the demands (COLLECTIONS.md sections 3 and 11): a promise confirmed in writing, ...

Each is built from recorded facts only, rendered through the letters' layout, archived under the ledger's
``notices`` folder and logged as evidence (``notice`` with its ``kind``). None is a level of the dunning
ladder. Sent by email, the message is handed to the mail server first and the notice and its email are
recorded together only once the server accepted it; a refused or failed send records and archives nothing.

Posted, a notice gets the same proof as a ladder letter: the method (ordinary, registered, EMS, courier) and
tracking number, then a "delivered on" record; a posted notice with no delivery record after 10 days is a queue
task. Whether a delivered notice restarts limitation: only where the customer's rule pack says a delivered demand
does (cn), and only for a notice that claims payment of the debt. Of the four kinds only the repayment agreement
does (it states the debt and asks for it on dated instalments, a 主张权利文书). A courtesy reminder is sent before
the debt falls due (limitation has not begun to run), a promise confirmation records the debtor's own promise
(which is the restarting event, logged when the promise was recorded) and a thank-you claims nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from arledger.domain import limitation
from arledger.domain.errors import UserError
from arledger.domain.evidence import sha256_file
from arledger.domain.messages import msg
from arledger.domain.model import Customer, Promise
from arledger.domain.money import Money
from arledger.render.notices import NoticeDocument, render_notice
from arledger.services import dispatch, evidence_log, limitations, policy
from arledger.services.ledger import Ledger
from arledger.services.letter_archive import _safe
from arledger.services.letterhead import _Context, _recipient
from arledger.storage import collections as collection_rows
from arledger.storage import invoices as invoice_rows
from arledger.storage import notices as rows

PROMISE_CONFIRMATION = "promise_confirmation"
THANK_YOU = "thank_you"
COURTESY = "courtesy"
REPAYMENT_AGREEMENT = "repayment_agreement"
CONFIRM_WITHIN = timedelta(hours=24)  # a promise still unconfirmed after this is a queue task
_SHORT = {PROMISE_CONFIRMATION: "PC", THANK_YOU: "TY", COURTESY: "L0", REPAYMENT_AGREEMENT: "RA"}
KINDS = (COURTESY, PROMISE_CONFIRMATION, REPAYMENT_AGREEMENT, THANK_YOU)
DEMAND_KINDS = frozenset({REPAYMENT_AGREEMENT})  # notices that claim the debt (see the module docstring)


@dataclass(frozen=True, slots=True)
class SentNotice:
    notice_id: int
    kind: str
    customer_code: str
    reference: str
    on: date
    sha256: str
    archive_path: Path
    evidence_seq: int
    pdf: bytes
    emailed_to: tuple[str, ...] = ()
    message_id: str = ""
    email_event: int | None = None


def _promise(ledger: Ledger, promise_id: int) -> Promise:
    found = [p for p in collection_rows.promises(ledger.conn) if p.id == promise_id]
    if not found:
        raise UserError(msg("notice.no_promise", "There is no promise {promise_id}.", promise_id=promise_id))
    return found[0]


def _channel_text(channel: str) -> str:
    return channel.replace("-", " ").replace("_", " ")


def promise_confirmation(ledger: Ledger, promise_id: int, on: date) -> NoticeDocument:
    """The written confirmation of a promise: amount, date, channel, who promised and its invoices, as recorded."""
    promise = _promise(ledger, promise_id)
    customer = ledger.customer_by_id(promise.customer_id)
    invoices = [inv.number for inv in invoice_rows.by_ids(ledger.conn, promise.invoice_ids).values()]
    facts = {"amount": Money(promise.currency, promise.amount), "due_date": promise.due_date,
             "promised_on": promise.promised_on, "channel": _channel_text(promise.channel),
             "made_by": promise.made_by, "invoice_numbers": invoices, "promise_id": promise.id,
             "claimed_plain": f"{Money(promise.currency, promise.amount).amount_text()} {promise.currency}"}
    return _document(ledger, customer, PROMISE_CONFIRMATION, on, facts)


def _document(ledger: Ledger, customer: Customer, kind: str, on: date, facts: dict[str, object]) -> NoticeDocument:
    ctx = _Context.load(ledger)
    number = rows.count_for_customer(ledger.conn, customer.id) + 1
    reference = f"{customer.code}-{on:%Y%m%d}-{_SHORT[kind]}-{number}"
    return NoticeDocument(kind, ctx.letterhead, _recipient(customer, ctx.home_country),
                          customer.language.value, ctx.page_size, reference, on,
                          ctx.letterhead.contact_person, facts)


def _archive_path(ledger: Ledger, customer: Customer, doc: NoticeDocument) -> Path:
    folder = policy.side_dir(ledger, "notices") / _safe(customer.code)
    path = folder / f"{doc.reference.removeprefix(customer.code + '-')}.pdf"
    return dispatch.free_path(path)


def _stored(ledger: Ledger, path: Path) -> str:
    return path.relative_to(policy.side_dir(ledger, "")).as_posix()


def send_promise_confirmation(ledger: Ledger, promise_id: int, *, on: date | None = None,
                              mailer: dispatch.Mailer | None = None, to: str | None = None) -> SentNotice:
    """Render, archive and log the written confirmation of a promise; with ``mailer``, email it first and
    record it (and its email) only once the server accepted it."""
    promise = _promise(ledger, promise_id)
    day = on or ledger.today()
    if day < promise.promised_on:
        raise UserError(msg("notice.confirm_before_promise", "Promise {promise_id} was made on {promised_on}; it "
                "cannot be confirmed on {day}.", promise_id=promise_id, promised_on=promise.promised_on.isoformat(),
                day=day.isoformat()))
    earlier = rows.notices_about(ledger.conn, PROMISE_CONFIRMATION, promise_id)
    if earlier:
        raise UserError(msg("notice.already_confirmed", "Promise {promise_id} was already confirmed on "
                "{sent_on} (evidence event {evidence_seq}).", promise_id=promise_id,
                sent_on=earlier[0].sent_on.isoformat(), evidence_seq=earlier[0].evidence_seq))
    customer = ledger.customer_by_id(promise.customer_id)
    recipients = dispatch.recipients_for(customer, to) if mailer is not None else ()
    templates = policy.side_dir(ledger, "templates")
    with ledger.database.atomic():
        doc = promise_confirmation(ledger, promise_id, day)
        pdf = render_notice(doc, templates_dir=templates if templates.is_dir() else None)
        return _record(ledger, customer, doc, pdf, promise_id, mailer, recipients,
                       claimed=str(doc.facts["claimed_plain"]), reply_by=promise.due_date.isoformat())


def _record(ledger: Ledger, customer: Customer, doc: NoticeDocument, pdf: bytes, about_id: int | None,
            mailer: dispatch.Mailer | None, recipients: tuple[str, ...], *, claimed: str, reply_by: str,
            invoice_ids: tuple[int, ...] = ()) -> SentNotice:
    """Inside the caller's transaction: email (if asked), archive and log; files are removed if it fails."""
    path = _archive_path(ledger, customer, doc)
    sha = hashlib.sha256(pdf).hexdigest()
    written: list[Path] = []
    try:
        built = accepted = None
        if mailer is not None:
            facts = dispatch.LetterFacts(customer, doc.kind, 0, doc.reference, doc.date, claimed, reply_by, pdf,
                                         path.name)
            built = dispatch.compose_email(ledger, facts, recipients, mailer.settings, ledger.now())
            mailer.hand_over(recipients, built)
            accepted = ledger.now().astimezone(UTC)
        path.parent.mkdir(parents=True, exist_ok=True)
        dispatch.write_atomic(path, pdf)
        written.append(path)
        seq = evidence_log.log_event(ledger, "notice", customer, {
            "kind": doc.kind, "about": about_id, "reference": doc.reference, "sent_on": doc.date.isoformat(),
            "sha256": sha, "file": path.name, "facts": {k: str(v) for k, v in doc.facts.items()}})
        notice_id = rows.insert_notice(ledger.conn, customer.id, doc.kind, about_id, doc.date, sha,
                                       _stored(ledger, path), seq)
        rows.link_invoices(ledger.conn, notice_id, list(invoice_ids))
        email_seq = None
        if built is not None and accepted is not None and mailer is not None:
            eml = dispatch.free_path(path.with_suffix(".eml"))
            dispatch.write_atomic(eml, built.data)
            written.append(eml)
            email_seq = evidence_log.log_event(ledger, "notice_emailed", customer, {
                "notice": notice_id, "notice_event": seq, "message_id": built.message_id,
                "recipients": list(recipients), "accepted_at": accepted.isoformat(timespec="seconds"),
                "server": mailer.settings.host, "sha256": hashlib.sha256(built.data).hexdigest(),
                "file": eml.name, "notice_sha256": sha}, at=accepted)
            rows.set_emailed(ledger.conn, notice_id, email_seq)
    except BaseException:
        for f in written:
            f.unlink(missing_ok=True)
        raise
    return SentNotice(notice_id, doc.kind, customer.code, doc.reference, doc.date, sha, path, seq, pdf,
                      recipients if built is not None else (), built.message_id if built is not None else "",
                      email_seq)


@dataclass(frozen=True, slots=True)
class UnconfirmedPromise:
    promise_id: int
    customer_id: int
    recorded_at: str


def unconfirmed_promises(ledger: Ledger, now: datetime | None = None) -> list[UnconfirmedPromise]:
    """Promises recorded more than 24 hours ago with no written confirmation sent (a queue task each)."""
    cutoff = ((now or ledger.now()) - CONFIRM_WITHIN).astimezone(UTC).isoformat(timespec="seconds")
    return [UnconfirmedPromise(*r) for r in rows.unconfirmed_promises(ledger.conn, cutoff)]


# -- thank-you ---------------------------------------------------------------------------------------------
def thank_you_due(ledger: Ledger, on: date, code: str | None = None) -> list[Customer]:
    """Customers who had letters, owe nothing on ``on`` (nothing written off among the lettered invoices) and
    were not thanked since their last letter: each is proposed a thank-you."""
    cid = ledger.customer(code).id if code else None
    out = []
    for customer_id, _last in rows.thank_you_candidates(ledger.conn, cid):
        if invoice_rows.open_items_as_of(ledger.conn, on, customer_id):
            continue
        lettered = rows.lettered_invoices(ledger.conn, customer_id)
        if any(written_off for *_rest, written_off in lettered) or not rows.payments_to(ledger.conn, customer_id):
            continue
        out.append(ledger.customer_by_id(customer_id))
    return out


def thank_you(ledger: Ledger, code: str, on: date) -> NoticeDocument:
    """The thank-you letter: the invoices our letters named and the payments that settled them, as recorded."""
    customer = ledger.customer(code)
    if customer.id not in {c.id for c in thank_you_due(ledger, on, code)}:
        if not rows.thank_you_candidates(ledger.conn, customer.id):
            raise UserError(msg("notice.nothing_to_thank", "{customer_code} has had no letter since the last "
                    "thank-you (or none at all); there is nothing to thank them for in writing.",
                    customer_code=customer.code))
        raise UserError(msg("notice.not_paid_in_full", "{customer_code} has not paid in full on {on} (or part was "
                "written off); a thank-you is sent once everything is paid.", customer_code=customer.code,
                on=on.isoformat()))
    invoices = [{"number": n, "amount": Money(cur, amount)}
                for n, amount, cur, _w in rows.lettered_invoices(ledger.conn, customer.id)]
    payments = [{"date": d, "amount": Money(cur, amount)} for d, amount, cur in rows.payments_to(ledger.conn,
                                                                                               customer.id)]
    facts: dict[str, object] = {"invoices": invoices, "payments": payments,
                                "last_payment": payments[-1]["date"] if payments else on}
    return _document(ledger, customer, THANK_YOU, on, facts)


def send_thank_you(ledger: Ledger, code: str, *, on: date | None = None, mailer: dispatch.Mailer | None = None,
                   to: str | None = None) -> SentNotice:
    """Render, archive and log the thank-you letter; with ``mailer``, email it first (recorded only once the
    server accepted it)."""
    day = on or ledger.today()
    customer = ledger.customer(code)
    recipients = dispatch.recipients_for(customer, to) if mailer is not None else ()
    templates = policy.side_dir(ledger, "templates")
    with ledger.database.atomic():
        doc = thank_you(ledger, code, day)
        pdf = render_notice(doc, templates_dir=templates if templates.is_dir() else None)
        return _record(ledger, customer, doc, pdf, None, mailer, recipients, claimed="", reply_by="")


# -- courtesy reminder (level 0) ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CourtesyDue:
    """A customer whose invoices fall due within the policy's ``courtesy_reminder_days``."""

    customer: Customer
    invoice_ids: tuple[int, ...]
    totals: tuple[Money, ...]


def _courtesy_settings(ledger: Ledger) -> tuple[int, int]:
    value = ledger.setting("escalation_policy", {}) or {}
    days = value.get("courtesy_reminder_days", 0) if isinstance(value, dict) else 0
    least = value.get("courtesy_min_amount", 0) if isinstance(value, dict) else 0
    return int(days or 0), int(least or 0)


def courtesy_due(ledger: Ledger, on: date, code: str | None = None) -> list[CourtesyDue]:
    """Customers with undisputed invoices falling due in the next ``courtesy_reminder_days`` days (the policy
    setting; 0, the default, turns courtesy reminders off) that no courtesy reminder named yet, totalling at
    least ``courtesy_min_amount`` (minor units) in a currency."""
    days, least = _courtesy_settings(ledger)
    if days <= 0:
        return []
    cid = ledger.customer(code).id if code else None
    items = [i for i in invoice_rows.open_items_as_of(ledger.conn, on, cid)
             if on <= i.due_date <= on + timedelta(days=days)]
    disputed = {d.invoice_id for d in collection_rows.disputes_for_invoices(ledger.conn, [i.invoice_id for i in items])
                if d.resolved_on is None}
    named = rows.invoices_with_notice(ledger.conn, COURTESY, [i.invoice_id for i in items])
    by_customer: dict[int, list[tuple[int, str, int]]] = {}
    for i in items:
        if i.invoice_id not in disputed and i.invoice_id not in named:
            by_customer.setdefault(i.customer_id, []).append((i.invoice_id, i.currency, i.open_amount))
    out = []
    for customer_id, found in sorted(by_customer.items()):
        totals: dict[str, int] = {}
        for _iid, cur, amount in found:
            totals[cur] = totals.get(cur, 0) + amount
        if max(totals.values()) < least:
            continue
        out.append(CourtesyDue(ledger.customer_by_id(customer_id), tuple(i for i, _c, _a in found),
                               tuple(Money(c, a) for c, a in sorted(totals.items()))))
    return out


def courtesy_reminder(ledger: Ledger, code: str, on: date) -> tuple[NoticeDocument, CourtesyDue]:
    """The level 0 courtesy reminder: the invoices falling due soon, their due dates and open amounts."""
    found = courtesy_due(ledger, on, code)
    if not found:
        days, _least = _courtesy_settings(ledger)
        if days <= 0:
            raise UserError(msg("notice.courtesy_off", "Courtesy reminders are off; set "
                    "escalation_policy courtesy_reminder_days to turn them on."))
        raise UserError(msg("notice.nothing_falling_due", "{code} has no invoice falling due in the next {days} "
                "days that a courtesy reminder has not named yet.", code=ledger.customer(code).code, days=days))
    due = found[0]
    items = invoice_rows.by_ids(ledger.conn, due.invoice_ids)
    open_by_id = {i.invoice_id: i.open_amount for i in invoice_rows.open_items_as_of(ledger.conn, on, due.customer.id)}
    invoices = [{"number": inv.number, "issue_date": inv.issue_date, "due_date": inv.due_date,
                 "open": Money(inv.currency, open_by_id.get(inv.id, 0))}
                for inv in sorted(items.values(), key=lambda v: (v.due_date, v.number))]
    overdue = [i for i in invoice_rows.open_items_as_of(ledger.conn, on, due.customer.id) if i.due_date < on]
    facts: dict[str, object] = {"invoices": invoices, "totals": list(due.totals),
                                "first_due": invoices[0]["due_date"], "overdue_count": len(overdue)}
    return _document(ledger, due.customer, COURTESY, on, facts), due


def send_courtesy(ledger: Ledger, code: str, *, on: date | None = None, mailer: dispatch.Mailer | None = None,
                  to: str | None = None) -> SentNotice:
    """Render, archive and log the courtesy reminder (never a level of the ladder); with ``mailer``, email it
    first (recorded only once the server accepted it)."""
    day = on or ledger.today()
    customer = ledger.customer(code)
    recipients = dispatch.recipients_for(customer, to) if mailer is not None else ()
    templates = policy.side_dir(ledger, "templates")
    with ledger.database.atomic():
        doc, due = courtesy_reminder(ledger, code, day)
        pdf = render_notice(doc, templates_dir=templates if templates.is_dir() else None)
        claimed = " + ".join(f"{m.amount_text()} {m.currency}" for m in due.totals)
        first_due = doc.facts["first_due"]
        return _record(ledger, customer, doc, pdf, None, mailer, recipients, claimed=claimed,
                       reply_by=first_due.isoformat() if isinstance(first_due, date) else "",
                       invoice_ids=due.invoice_ids)


# -- repayment agreement -----------------------------------------------------------------------------------
def repayment_agreement(ledger: Ledger, plan_id: int, on: date) -> NoticeDocument:
    """The agreement for an instalment plan: the schedule as recorded, the invoices it covers, the default
    clause (a missed instalment makes the rest due) and a signature block for each side."""
    found = rows.plan_row(ledger.conn, plan_id)
    if found is None:
        raise UserError(msg("notice.no_plan", "There is no instalment plan {plan_id}.", plan_id=plan_id))
    customer_id, agreed_on, note = found
    customer = ledger.customer_by_id(customer_id)
    instalments = sorted((p for p in collection_rows.promises(ledger.conn, [customer_id]) if p.plan_id == plan_id),
                         key=lambda p: (p.due_date, p.instalment_no or 0))
    invoice_ids = sorted({i for p in instalments for i in p.invoice_ids})
    invoices = [inv.number for inv in invoice_rows.by_ids(ledger.conn, invoice_ids).values()]
    totals: dict[str, int] = {}
    for p in instalments:
        totals[p.currency] = totals.get(p.currency, 0) + p.amount
    first = instalments[0] if instalments else None
    facts: dict[str, object] = {
        "plan_id": plan_id, "agreed_on": agreed_on, "note": note,
        "schedule": [{"number": p.instalment_no or n, "due_date": p.due_date, "amount": Money(p.currency, p.amount)}
                     for n, p in enumerate(instalments, start=1)],
        "total": [Money(c, a) for c, a in sorted(totals.items())], "invoice_numbers": invoices,
        "made_by": first.made_by if first else "", "channel": _channel_text(first.channel) if first else "",
        "company_name": ctx_name(ledger)}
    return _document(ledger, customer, REPAYMENT_AGREEMENT, on, facts)


def ctx_name(ledger: Ledger) -> str:
    company = ledger.setting("company") or {}
    return str(company.get("name", "")) if isinstance(company, dict) else ""


def send_repayment_agreement(ledger: Ledger, plan_id: int, *, on: date | None = None,
                             mailer: dispatch.Mailer | None = None, to: str | None = None) -> SentNotice:
    """Render, archive and log the repayment agreement of a plan (for both sides to sign); with ``mailer``,
    email it first (recorded only once the server accepted it)."""
    day = on or ledger.today()
    found = rows.plan_row(ledger.conn, plan_id)
    if found is None:
        raise UserError(msg("notice.no_plan", "There is no instalment plan {plan_id}.", plan_id=plan_id))
    customer = ledger.customer_by_id(found[0])
    recipients = dispatch.recipients_for(customer, to) if mailer is not None else ()
    templates = policy.side_dir(ledger, "templates")
    with ledger.database.atomic():
        doc = repayment_agreement(ledger, plan_id, day)
        pdf = render_notice(doc, templates_dir=templates if templates.is_dir() else None)
        total = doc.facts["total"]
        claimed = " + ".join(f"{m.amount_text()} {m.currency}" for m in total) if isinstance(total, list) else ""
        schedule = doc.facts["schedule"]
        first_due = schedule[0]["due_date"] if isinstance(schedule, list) and schedule else None
        return _record(ledger, customer, doc, pdf, plan_id, mailer, recipients, claimed=claimed,
                       reply_by=first_due.isoformat() if isinstance(first_due, date) else "",
                       invoice_ids=_plan_invoice_ids(ledger, customer.id, plan_id))


def _plan_invoice_ids(ledger: Ledger, customer_id: int, plan_id: int) -> tuple[int, ...]:
    return tuple(sorted({i for p in collection_rows.promises(ledger.conn, [customer_id]) if p.plan_id == plan_id
                         for i in p.invoice_ids}))


# -- what is due besides the ladder ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ProposedNotice:
    """A notice the app proposes on a day: its kind, the customer, what it is about (a promise or a plan id) and
    the amounts and date that say why (what falls due and when; the promise; the plan; the last payment)."""

    kind: str
    customer: Customer
    about_id: int | None
    amounts: tuple[Money, ...]
    since: date | None


def proposed_notices(ledger: Ledger, on: date) -> list[ProposedNotice]:
    """Every notice due on ``on``: courtesy reminders (when the policy turns them on), confirmations of promises
    that are still ahead of their date, repayment agreements for plans with an instalment still to come, and
    thank-you letters for accounts that had letters and are paid in full."""
    out = [ProposedNotice(COURTESY, c.customer, None, c.totals, _first_due(ledger, c))
           for c in courtesy_due(ledger, on)]
    promises = {p.id: p for p in collection_rows.promises(ledger.conn)}
    for promise_id, _cid, _at in rows.unconfirmed_promises(ledger.conn, "9999-12-31"):  # however recent
        p = promises.get(promise_id)
        if p is not None and p.due_date >= on and p.promised_on <= on:
            out.append(ProposedNotice(PROMISE_CONFIRMATION, ledger.customer_by_id(p.customer_id), p.id,
                                      (Money(p.currency, p.amount),), p.due_date))
    for plan_id, customer_id, agreed_on in rows.plans_without_agreement(ledger.conn):
        instalments = [p for p in promises.values() if p.plan_id == plan_id]
        if agreed_on <= on and any(p.due_date >= on for p in instalments):
            totals: dict[str, int] = {}
            for p in instalments:
                totals[p.currency] = totals.get(p.currency, 0) + p.amount
            out.append(ProposedNotice(REPAYMENT_AGREEMENT, ledger.customer_by_id(customer_id), plan_id,
                                      tuple(Money(c, a) for c, a in sorted(totals.items())), agreed_on))
    for customer in thank_you_due(ledger, on):
        paid = rows.payments_to(ledger.conn, customer.id)
        out.append(ProposedNotice(THANK_YOU, customer, None, (), paid[-1][0] if paid else None))
    return out


def _first_due(ledger: Ledger, due: CourtesyDue) -> date | None:
    dates = [inv.due_date for inv in invoice_rows.by_ids(ledger.conn, due.invoice_ids).values()]
    return min(dates) if dates else None


def notice_document(ledger: Ledger, kind: str, code: str, about_id: int | None, on: date) -> NoticeDocument:
    """The document a notice of ``kind`` would be on ``on`` (nothing is archived or logged)."""
    if kind == COURTESY:
        return courtesy_reminder(ledger, code, on)[0]
    if kind == THANK_YOU:
        return thank_you(ledger, code, on)
    about = _about(kind, about_id)
    if kind == PROMISE_CONFIRMATION:
        return promise_confirmation(ledger, about, on)
    return repayment_agreement(ledger, about, on)


def preview_notice(ledger: Ledger, kind: str, code: str, about_id: int | None, on: date) -> bytes:
    """The PDF a notice would be, for a preview: nothing is archived or logged."""
    templates = policy.side_dir(ledger, "templates")
    doc = notice_document(ledger, kind, code, about_id, on)
    return render_notice(doc, templates_dir=templates if templates.is_dir() else None)


def send_notice(ledger: Ledger, kind: str, code: str, about_id: int | None, *, on: date | None = None,
                mailer: dispatch.Mailer | None = None, to: str | None = None) -> SentNotice:
    """Send a notice of any kind (what the app's Letters page calls for each proposed notice)."""
    if kind == COURTESY:
        return send_courtesy(ledger, code, on=on, mailer=mailer, to=to)
    if kind == THANK_YOU:
        return send_thank_you(ledger, code, on=on, mailer=mailer, to=to)
    about = _about(kind, about_id)
    if kind == PROMISE_CONFIRMATION:
        return send_promise_confirmation(ledger, about, on=on, mailer=mailer, to=to)
    return send_repayment_agreement(ledger, about, on=on, mailer=mailer, to=to)


def _about(kind: str, about_id: int | None) -> int:
    """The promise or plan a notice of kind is about, once kind is one that is about one."""
    if kind not in (PROMISE_CONFIRMATION, REPAYMENT_AGREEMENT):
        raise UserError(msg("notice.unknown_kind", "'{kind}' is not a kind of notice; use {kinds}.", kind=kind,
                            kinds=", ".join(KINDS)))
    if about_id is None:
        what = (msg("notice.kind_promise_confirmation", "promise confirmation") if kind == PROMISE_CONFIRMATION
                else msg("notice.kind_repayment_agreement", "repayment agreement"))
        raise UserError(msg("notice.needs_subject", "A {kind} needs the promise or plan it is about.", kind=what))
    return about_id


# -- post and delivery -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RecordedNotice:
    row: rows.NoticeRow
    customer: Customer
    path: Path


def recorded_notice(ledger: Ledger, notice_id: int) -> RecordedNotice:
    """A notice from the log whose archived PDF still matches its recorded SHA-256."""
    row = rows.notice(ledger.conn, notice_id)
    if row is None:
        raise UserError(msg("notice.unknown", "There is no notice {notice_id}.", notice_id=notice_id))
    path = policy.side_dir(ledger, "") / row.path
    if not path.is_file():
        raise UserError(msg("notice.pdf_missing", "The archived PDF of notice {notice_id} is missing ({path}).",
                            notice_id=notice_id, path=str(path)))
    if sha256_file(path) != row.sha256:
        raise UserError(msg("notice.pdf_hash_differs", "The archived PDF of notice {notice_id} does not match its "
                            "recorded SHA-256.", notice_id=notice_id))
    return RecordedNotice(row, ledger.customer_by_id(row.customer_id), path)


def latest_notice_id(ledger: Ledger, code: str, kind: str | None = None) -> int:
    customer = ledger.customer(code)
    found = [n for n in rows.notices_of(ledger.conn, customer.id) if kind is None or n.kind == kind]
    if not found:
        raise UserError(msg("notice.none_sent", "No notice of this kind ({kind}) has been sent to {customer} yet.",
                            kind=kind or "", customer=customer.code) if kind else
                        msg("notice.none_sent_any", "No notice has been sent to {customer} yet.",
                            customer=customer.code))
    return found[0].id


@dataclass(frozen=True, slots=True)
class PostedNotice:
    post_id: int
    notice_id: int
    method: str
    tracking: str
    evidence_seq: int


def record_notice_post(ledger: Ledger, notice_id: int, method: str, *, tracking: str = "",
                       on: date | None = None) -> PostedNotice:
    """Record that a notice was posted (ordinary, registered, EMS or courier) with its tracking number."""
    tracking = dispatch.checked_posting(method, tracking)
    notice = recorded_notice(ledger, notice_id)
    day = on or ledger.today()
    if day < notice.row.sent_on:
        raise UserError(msg("notice.posted_before_notice", "Notice {notice_id} is dated {sent_on}; it cannot have "
                            "been posted on {day}.", notice_id=notice_id, sent_on=notice.row.sent_on.isoformat(),
                            day=day.isoformat()))
    if day > ledger.today():
        raise UserError(msg("dispatch.posting_in_future", "{day} is in the future; record a posting once it has "
                            "happened.", day=day.isoformat()))
    at = datetime.combine(day, datetime.min.time(), UTC) if on else ledger.now()
    with ledger.database.atomic() as conn:
        seq = evidence_log.log_event(ledger, "notice_posted", notice.customer, {
            "notice": notice.row.id, "notice_event": notice.row.evidence_seq, "kind": notice.row.kind,
            "method": method, "tracking": tracking, "posted_on": day.isoformat(), "notice_sha256": notice.row.sha256})
        post_id = rows.insert_post(conn, notice.row.id, method, tracking,
                                   at.astimezone(UTC).isoformat(timespec="seconds"), seq)
    return PostedNotice(post_id, notice.row.id, method, tracking, seq)


@dataclass(frozen=True, slots=True)
class NoticeDelivery:
    post_id: int
    notice_id: int
    on: date
    evidence_seq: int
    restarts_limitation: bool


def record_notice_delivery(ledger: Ledger, notice_id: int, on: date, *, note: str = "") -> NoticeDelivery:
    """Record when a posted notice was delivered. It is also the ``demand_delivered`` limitation event for the
    notice's invoices only when the notice is a demand (a repayment agreement) and the customer's rule pack counts
    a delivered demand (cn); see the module docstring."""
    notice = recorded_notice(ledger, notice_id)
    posted = rows.posts_of(ledger.conn, notice_id)
    if not posted:
        raise UserError(msg("notice.not_posted", "Notice {notice_id} has no record of being posted; record the "
                            "posting first.", notice_id=notice_id))
    delivered = [p for p in posted if p.delivered_on]
    if delivered:
        raise UserError(msg("notice.already_delivered", "Notice {notice_id} is already recorded as delivered on "
                            "{on}.", notice_id=notice_id,
                            on=delivered[0].delivered_on.isoformat() if delivered[0].delivered_on else ""))
    if on < notice.row.sent_on:
        raise UserError(msg("notice.delivered_before_notice", "Notice {notice_id} is dated {sent_on}; it cannot "
                            "have been delivered on {on}.", notice_id=notice_id,
                            sent_on=notice.row.sent_on.isoformat(), on=on.isoformat()))
    if on > ledger.today():
        raise UserError(msg("dispatch.delivery_in_future", "{on} is in the future; record a delivery once it has "
                            "happened.", on=on.isoformat()))
    if len(note) > 500:
        raise UserError(msg("notice.delivery_note_too_long", "A delivery note has at most 500 characters."))
    post = posted[-1]
    restarts = (notice.row.kind in DEMAND_KINDS
                and limitation.restarted_by(notice.customer.jurisdiction.value, limitation.DEMAND_DELIVERED))
    numbers = rows.notice_invoice_numbers(ledger.conn, notice_id)
    if restarts and not numbers and notice.row.kind == REPAYMENT_AGREEMENT and notice.row.about_id is not None:
        ids = _plan_invoice_ids(ledger, notice.customer.id, notice.row.about_id)  # sent before its invoices were kept
        numbers = [inv.number for inv in invoice_rows.by_ids(ledger.conn, ids).values()]
    restarts = restarts and bool(numbers)  # never restart the whole account on a notice that names no invoice
    with ledger.database.atomic() as conn:
        seq = evidence_log.log_event(ledger, "notice_delivered", notice.customer, {
            "notice": notice.row.id, "notice_event": notice.row.evidence_seq, "kind": notice.row.kind,
            "posting_event": post.evidence_seq, "method": post.method, "tracking": post.tracking,
            "delivered_on": on.isoformat(), "note": note})
        rows.mark_post_delivered(conn, post.id, on, seq)
        if restarts:
            limitations.record_limitation_event(
                ledger, notice.customer.code, limitation.DEMAND_DELIVERED, on, invoices=numbers,
                note=msg("limitation.note.notice_delivered", "notice {notice} (evidence event {record}) delivered; "
                         "event {event}", notice=notice.row.id, record=notice.row.evidence_seq, event=seq))
    return NoticeDelivery(post.id, notice_id, on, seq, restarts)


@dataclass(frozen=True, slots=True)
class UndeliveredNotice:
    notice_id: int
    customer_id: int
    kind: str
    method: str
    tracking: str
    posted_at: str


def posted_notices_without_delivery(ledger: Ledger, on: date, days: int = dispatch.DELIVERY_OVERDUE_DAYS
                                    ) -> list[UndeliveredNotice]:
    """Posted notices with no delivery record more than ``days`` after posting (a queue task each)."""
    cutoff = datetime.combine(on - timedelta(days=days), datetime.min.time(), UTC).isoformat(timespec="seconds")
    return [UndeliveredNotice(p.notice_id, cid, kind, p.method, p.tracking, p.posted_at)
            for p, cid, kind in rows.posted_undelivered(ledger.conn, cutoff)]


@dataclass(frozen=True, slots=True)
class NoticeStatus:
    """A sent notice and how it went: emailed, posted (method, tracking) and delivered."""

    notice_id: int
    kind: str
    customer_code: str
    customer_name: str
    reference_file: str
    sent_on: date
    emailed: bool
    posted: str  # the method, or "" when not posted
    tracking: str
    delivered_on: date | None


def sent_notices(ledger: Ledger, code: str | None = None, limit: int = 200) -> list[NoticeStatus]:
    """The latest notices sent (of one customer, or all), newest first, with their post and delivery records."""
    cid = ledger.customer(code).id if code else None
    out = []
    names: dict[int, Customer] = {}
    for n in rows.notices_of(ledger.conn, cid, limit):
        customer = names.get(n.customer_id) or names.setdefault(n.customer_id, ledger.customer_by_id(n.customer_id))
        posts = rows.posts_of(ledger.conn, n.id)
        last = posts[-1] if posts else None
        delivered = next((p.delivered_on for p in posts if p.delivered_on), None)
        out.append(NoticeStatus(n.id, n.kind, customer.code, customer.name, Path(n.path).name, n.sent_on,
                                n.emailed_seq is not None, last.method if last else "", last.tracking if last else "",
                                delivered))
    return out
