"""Letters: decide -> gather the facts -> render -> archive the PDF -> log it as evidence; statements of account.

A letter's facts come from the same services as everything else, so its figures cannot drift from the
rest of the app: the level and the items from :func:`collections.letters_due` (the escalation policy), the
interest and compensation from :func:`collections.interest_lines` (the ``report interest`` code path), the
limitation status from the same assessment, and the appendix from the evidence log itself.

Sending a letter writes its PDF and records it, and an interruption at any moment must leave the letter
either sent (file archived and logged) or not sent at all. The order is:

1. render the PDF in memory and hash it;
2. write the bytes to ``.<name>.part`` beside the final archive name and fsync it;
3. record the letter (evidence event + letters row, one transaction) with that hash and the final path;
4. rename the part file to its final name.

A crash before 3 leaves only a part file nobody refers to (swept later); a crash between 3 and 4 leaves a
logged letter whose exact bytes wait in the part file, and :func:`reconcile_archive` (run before every
send and batch) finishes the rename after checking the hash. So every archived ``.pdf`` has exactly one
letters row with its SHA-256, and every row's file is there once reconciled.

Rendering is deterministic: the document holds only ledger state and the letter's date (the evidence
chain head included), never the clock, and the renderer's output is byte-stable.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from arledger.domain import dunning
from arledger.domain.errors import UserError
from arledger.domain.evidence import sha256_file
from arledger.domain.messages import msg
from arledger.domain.model import Customer, CustomerKind, Jurisdiction, PromiseStatus
from arledger.domain.money import Money
from arledger.render.email_message import BuiltEmail
from arledger.render.letter_data import (
    PAGE_SIZES,
    AgingBucket,
    AgreementDetails,
    BankAccount,
    EarlierLetter,
    EvidenceExhibit,
    HashedFile,
    LetterDocument,
    Letterhead,
    LetterHistory,
    LetterLine,
    Recipient,
    StatementCharge,
    StatementDocument,
    StatementRow,
)
from arledger.render.letters import render_letter, render_statement
from arledger.render.pdf_files import combine_pdfs, write_pdf
from arledger.services import collections, dispatch, policy
from arledger.services.ledger import Ledger
from arledger.services.output_paths import check_output_file, check_output_folder
from arledger.services.reports import AgingGrouping, aging
from arledger.services.work_locks import LETTERS_BATCH, exclusive
from arledger.storage import collections as collection_rows
from arledger.storage import dispatch as dispatch_rows
from arledger.storage import evidence
from arledger.storage import invoices as invoice_rows
from arledger.storage import letters as letter_rows

CLAIM_INTEREST_FROM_LEVEL = 2  # a friendly reminder (level 1) asks for the principal only
PART_SWEEP_AFTER = timedelta(minutes=10)  # an unrecorded part file older than this is left over from a crash

FORMAL_FROM_LEVEL = 3  # the first level that is a formal demand
_US_STATE_ZIP = re.compile(r"[A-Z]{2}\s+\d{5}(-\d{4})?")
_HOUSE_NUMBER = re.compile(r"\d+[A-Za-z]?")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


# ---------------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class SentLetter:
    """One rendered letter: what it claims, where it went, and (unless a preview) how it was recorded."""

    customer_code: str
    customer_name: str
    level: int
    level_name: str
    on: date
    reference: str
    invoice_numbers: tuple[str, ...]
    claimed: tuple[Money, ...]  # total claimed per currency
    reply_by: date | None
    sha256: str
    archive_path: Path | None  # None for a preview
    out_path: Path | None
    letter_id: int | None
    pdf: bytes = field(repr=False, default=b"")
    appendix: bool = False  # the evidence appendix is attached
    warnings: tuple[str, ...] = ()  # for the sender (a rate assumed past its table's end); never printed
    enclosures: tuple[str, ...] = ()  # attached as pages of the PDF
    emailed_to: tuple[str, ...] = ()  # the recipients the mail server accepted it for; () when not emailed
    message_id: str = ""
    email_event: int | None = None

    @property
    def recorded(self) -> bool:
        return self.letter_id is not None

    @property
    def claimed_text(self) -> str:
        return " + ".join(f"{m.currency} {m.amount_text()}" for m in self.claimed) or "nothing"

    def summary(self) -> str:
        """One line for a batch report."""
        n = len(self.invoice_numbers)
        name = f" ({self.level_name})" if self.level_name else ""
        reply = f", reply by {self.reply_by.isoformat()}" if self.reply_by else ""
        how = f"; emailed to {', '.join(self.emailed_to)}" if self.emailed_to else ""
        return (f"{self.customer_code} {self.customer_name}: level {self.level}{name}, {n} invoice"
                f"{'' if n == 1 else 's'}, {self.claimed_text} claimed{reply}{how}")


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch run produced. ``letters`` are in printing order (resumed ones first)."""

    on: date
    out_dir: Path
    letters: tuple[SentLetter, ...]
    combined: Path | None
    due: int  # letters due when the run started (not counting resumed ones)
    paused: int  # customers held back by a pause
    resumed: int = 0  # letters recorded by an interrupted earlier run of this batch, printed again here
    cancelled: bool = False
    failed: tuple[tuple[str, str], ...] = ()  # (customer code, why) for each letter the mail server did not take

    @property
    def emailed(self) -> tuple[SentLetter, ...]:
        return tuple(s for s in self.letters if s.emailed_to)

    @property
    def printed(self) -> tuple[SentLetter, ...]:
        return tuple(s for s in self.letters if not s.emailed_to)

    def summary_lines(self) -> list[str]:
        """One line per letter, in printing order."""
        return [s.summary() for s in self.letters]


# ---------------------------------------------------------------------------------------------------------------
# The decision


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

    @classmethod
    def from_decision(cls, customer: Customer, d: dunning.LetterDecision) -> _Plan:
        return cls(customer, d.level, d.level_name, tuple((li.item, li.days_overdue) for li in d.items),
                   d.reply_days, d.reply_by, d.enclosures, d.evidence_appendix, d.court_action_allowed)


def _decide(ledger: Ledger, customer: Customer, on: date, level: int | None) -> _Plan:
    """The letter due for the customer on ``on``; with ``level``, that level for its overdue undisputed items."""
    pol = policy.escalation_policy(ledger)
    if level is not None:
        pol.level(level)  # a level the policy lacks is refused before anything else
    by_customer, _customers, barred, promise_pauses, last, _ = collections.dunning_inputs(ledger, on, customer.code)
    found = by_customer.get(customer.id, [])
    if not found:
        raise UserError(f"Nothing is overdue for {customer.code} on {on.isoformat()}, so there is no letter to send.")
    items, pauses = collections.customer_items(found, barred, customer)
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
        return _Plan.from_decision(customer, result)
    if isinstance(result, dunning.LetterDecision) and result.level == level:
        return _Plan.from_decision(customer, result)
    last_letter = last.get(customer.id)
    highest = pol.highest_next_level(last_letter)
    if level > highest:
        before = f"nothing has been sent to {customer.code} yet"
        if last_letter is not None:
            before = (f"the last letter to {customer.code} was level {last_letter.level} on "
                      f"{last_letter.sent_on.isoformat()}")
        raise UserError(f"A level {level} letter would skip a level: {before}, so the next is level {highest} at "
                        "most.")
    return _forced_plan(pol, customer, items, all_pauses, level, on)


def _forced_plan(pol: dunning.EscalationPolicy, customer: Customer, items: Sequence[dunning.DunningItem],
                 pauses: Sequence[dunning.DunningPause], level: int, on: date) -> _Plan:
    """A letter at a level the user chose: every overdue, undisputed item no promise covers.

    Deadlines, enclosures and the appendix follow the policy for that level exactly as for a due letter.
    """
    paused = {i for p in pauses if p.active(on) for i in p.invoice_ids}
    eligible = sorted((i for i in items if i.open_amount > 0 and on > i.due_date and i.invoice_id not in paused),
                      key=lambda i: (i.due_date, i.number))
    if not eligible:
        raise UserError(f"{customer.code} has nothing overdue and undisputed on {on.isoformat()} that a letter "
                        "could claim.")
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


# ---------------------------------------------------------------------------------------------------------------
# Letterhead, recipient and the ledger's letter settings


@dataclass(frozen=True, slots=True)
class _Context:
    """What every letter of a ledger shares: letterhead, page size, the ledger's own templates."""

    letterhead: Letterhead
    page_size: str
    templates_dir: Path | None
    home_country: str

    @classmethod
    def load(cls, ledger: Ledger) -> _Context:
        company = ledger.setting("company") or {}
        if not isinstance(company, dict) or not str(company.get("name", "")).strip():
            raise UserError("The ledger has no company name for the letterhead; set the company details first.")
        bank_setting = company.get("bank") or {}
        bank = None
        if bank_setting.get("account_name") or bank_setting.get("iban") or bank_setting.get("account_number"):
            keys = ("account_name", "iban", "bic", "bank_name", "account_number", "sort_code")
            bank = BankAccount(**{k: str(bank_setting.get(k) or "") for k in keys})
        logo = None
        if company.get("logo"):
            logo = Path(str(company["logo"])).expanduser()
            if not logo.is_absolute():
                logo = ledger.path.parent / logo
            if not logo.is_file():
                raise UserError(f"The letterhead logo {logo} does not exist; fix the company details.")
        address = company.get("address") or []
        head = Letterhead(
            name=str(company["name"]).strip(),
            address_lines=tuple(address) if isinstance(address, list) else address_lines(str(address)),
            registration=str(company.get("registration") or ""), email=str(company.get("email") or ""),
            phone=str(company.get("phone") or ""), website=str(company.get("website") or ""),
            contact_person=str(company.get("contact_person") or ""), logo_path=logo, bank=bank)
        size = str(ledger.setting("letters.page_size", "A4") or "A4").strip()
        match = [p for p in PAGE_SIZES if p.lower() == size.lower().removeprefix("us ")]
        if not match:
            raise UserError(f"The page size setting is '{size}'; use A4 or Letter.")
        own = policy.side_dir(ledger, "templates")
        iban = (bank.iban if bank else "").replace(" ", "")
        home = str(company.get("country") or (iban[:2] if iban[:2].isalpha() else "")).upper()
        return cls(head, match[0], own if own.is_dir() else None, home)


def address_lines(text: str) -> tuple[str, ...]:
    """An address as printed lines: its own lines if it has several, else its comma-separated parts.

    A lone house number joins the street after it ("12, High Street"); a US "ST 12345" part stays on the
    line of its town ("Burlington, VT 05401").
    """
    parts = text.splitlines() if "\n" in text.strip() else text.split(",")
    parts = [p.strip() for p in parts if p.strip()]
    out: list[str] = []
    glue = False
    for p in parts:
        if glue:
            out[-1] = f"{out[-1]} {p}"
            glue = False
        elif out and _US_STATE_ZIP.fullmatch(p):
            out[-1] = f"{out[-1]}, {p}"
        else:
            out.append(p)
            glue = bool(_HOUSE_NUMBER.fullmatch(p))
    return tuple(out)


def _country_line(customer: Customer, home: str) -> str:
    """The destination country in English capitals (as postal services want it), for mail abroad only."""
    code = customer.country.strip().upper()
    if not code or code == home:
        return ""
    try:
        from babel import Locale

        name = Locale("en").territories.get(code, code)
    except Exception:  # no locale data: the code is still a valid postal hint
        name = code
    return name.upper()


def _recipient(customer: Customer, home: str) -> Recipient:
    lines = list(address_lines(customer.address))
    country = _country_line(customer, home)
    if country and (not lines or lines[-1].upper() != country):
        lines.append(country)
    attention = ""
    if customer.kind == CustomerKind.COMPANY and customer.contacts:
        attention = customer.contacts[0].name
    return Recipient(name=customer.name, address_lines=tuple(lines), customer_code=customer.code, kind=customer.kind,
                     language=customer.language.letter_language, attention=attention,
                     jurisdiction=customer.jurisdiction)


# ---------------------------------------------------------------------------------------------------------------
# The document


def _safe(code: str) -> str:
    return _UNSAFE.sub("_", code).strip("._") or "customer"


def _letters_root(ledger: Ledger) -> Path:
    return policy.side_dir(ledger, "letters")


def _stored(ledger: Ledger, path: Path) -> str:
    """How a letter's archive path is stored: relative to the ledger's file folder, with forward slashes."""
    return path.relative_to(policy.side_dir(ledger, "")).as_posix()


def _archive_slot(ledger: Ledger, customer: Customer, on: date, level: int) -> tuple[int, Path]:
    """The customer's next letter number and the archive file it gets (never one already used)."""
    n = letter_rows.count_for_customer(ledger.conn, customer.id) + 1
    folder = _letters_root(ledger) / _safe(customer.code)
    while True:
        path = folder / f"{on.isoformat()}-L{level}-{n}.pdf"
        if not path.exists() and letter_rows.letter_by_path(ledger.conn, _stored(ledger, path)) is None:
            return n, path
        n += 1


def _document(ledger: Ledger, ctx: _Context, plan: _Plan, on: date, *, appendix: bool | None, number: int
              ) -> tuple[LetterDocument, tuple[str, ...]]:
    """The letter and the warnings for the person sending it (a stale rate table): never printed in it."""
    customer = plan.customer
    conn = ledger.conn
    ids = [item.invoice_id for item, _days in plan.items]
    facts = letter_rows.invoice_facts(conn, ids)
    open_now = {r[1]: (r[4], r[6]) for r in collection_rows.overdue_items(conn, on, customer.id)}
    # No interest or compensation on a time-barred debt: it falls with the principal's enforceability.
    live = {item.number for item, _days in plan.items if not item.time_barred}
    claim_interest = plan.level >= CLAIM_INTEREST_FROM_LEVEL
    # From the level that claims interest, invoices paid in full but late are listed too: their interest and
    # compensation stay claimable until paid or waived (COLLECTIONS.md 5), exactly as `report interest` lists them.
    all_lines = collections.interest_lines(ledger, on, customer.code) if (live or claim_interest) else []
    interest = {ln.invoice.number: ln.result for ln in all_lines if ln.invoice.number in live}
    paid_late = [ln for ln in all_lines if claim_interest and ln.settled and not ln.time_barred
                 and ln.invoice.number not in live and ln.claimable_interest + _minor(ln.claimable_compensation)]
    lines, basis, stale = [], [], []
    for item, days in plan.items:
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
            if claim_interest and result.stale_message:
                stale.append(result.stale_message)
        lines.append(line)
    for ln in paid_late:
        inv = ln.invoice
        line = LetterLine(inv.number, inv.issue_date, inv.due_date, inv.currency, inv.amount, inv.amount, 0,
                          ln.result.days).with_interest(ln.result)
        basis.append(ln.result.basis)
        if ln.result.stale_message:
            stale.append(ln.result.stale_message)
        lines.append(line)
    credits = tuple(Money(cur, minor) for cur, minor in sorted(ledger.unapplied_credit(customer.code, on).items())
                    if minor > 0)
    include_appendix = plan.appendix if appendix is None else appendix
    events = _events_until(ledger, customer, on)
    history = _history(ledger, customer, on, events, {item.number for item, _days in plan.items})
    exhibits: tuple[EvidenceExhibit, ...] = ()
    chain_length, chain_head = evidence.head(conn)
    if include_appendix:
        exhibits = _exhibits(customer, events)
    court = plan.court_action_allowed and not any(line.time_barred for line in lines)
    protocol = _protocol_applies(customer) and plan.level >= 3 and court
    statement = None
    if "statement of account" in plan.enclosures or protocol:
        statement = _enclosed_statement(ledger, ctx, customer, on, lines if claim_interest else ())
    agreement = _agreement(ledger, ctx, plan, events) if protocol else None
    doc = LetterDocument(
        letterhead=ctx.letterhead, recipient=_recipient(customer, ctx.home_country), level=plan.level, date=on,
        reference=f"{customer.code}-{on:%Y%m%d}-L{plan.level}-{number}", lines=tuple(lines), reply_by=plan.reply_by,
        reply_days=plan.reply_days, language=str(customer.language.letter_language), page_size=ctx.page_size,
        level_name=plan.level_name, claim_interest=claim_interest, statement=statement, protocol_forms=protocol,
        agreement=agreement, court_action_allowed=court,
        individual_in_england_wales=_protocol_applies(customer), include_appendix=include_appendix,
        exhibits=exhibits, chain_head=chain_head, chain_length=chain_length,
        rule_basis=tuple(dict.fromkeys(basis)), history=history,
        first_formal=plan.level >= history.formal_from and not history.letters, credits=credits)
    return doc, tuple(dict.fromkeys(stale))


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


def _fact_day(event: evidence.StoredEvent, payload: dict, zone: ZoneInfo) -> date:
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


def _events_until(ledger: Ledger, customer: Customer, on: date) -> list[tuple[evidence.StoredEvent, dict]]:
    """The customer's evidence events whose fact happened on or before ``on``, oldest first, with payloads."""
    zone = _zone(customer)
    out = []
    for ev in evidence.for_customer(ledger.conn, customer.id):
        p = evidence.payload(ev)
        if _fact_day(ev, p, zone) <= on:
            out.append((ev, p))
    return out


def _history(ledger: Ledger, customer: Customer, on: date, events: list[tuple[evidence.StoredEvent, dict]],
             numbers: set[str]) -> LetterHistory:
    """What the ledger shows happened before the letter: the letters sent about any of its invoices
    (``numbers``), contacts, promises, disputes and reasons."""
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
    evals, _plans = collections.promise_statuses(ledger, on, customer.code)
    kept = [e for e in evals if e.status is PromiseStatus.KEPT]
    broken = [e for e in evals if e.status is PromiseStatus.BROKEN and e.promise.due_date <= on]
    return LetterHistory(
        letters=tuple(sorted(sent, key=lambda x: (x.sent_on, x.level))), contacts_made=contacts,
        conversations=conversations, last_contact_on=last_contact, promises_kept=len(kept),
        promises_broken=len(broken), last_broken_promise_on=max((e.promise.due_date for e in broken), default=None),
        dispute_reasons=tuple(dict.fromkeys(disputes)), excuse_reasons=tuple(dict.fromkeys(excuses)),
        formal_from=FORMAL_FROM_LEVEL)


def _enclosed_statement(ledger: Ledger, ctx: _Context, customer: Customer, on: date,
                        lines: Sequence[LetterLine]) -> StatementDocument:
    """The statement of account enclosed with a demand: every movement to the letter's date, with the interest
    and compensation the letter claims."""
    doc = build_statement(ledger, customer.code, None, on)
    charges = tuple(StatementCharge(line.invoice_number, line.currency, line.interest, line.compensation)
                    for line in lines if line.interest or (line.compensation and line.compensation.minor))
    return dataclasses.replace(doc, charges=charges)


def _agreement(ledger: Ledger, ctx: _Context, plan: _Plan, events: list[tuple[evidence.StoredEvent, dict]]
               ) -> AgreementDetails:
    """The parties, the written agreements on file (contract attachments) and the invoices with their dates and
    the debtor's references."""
    written = tuple((str(p.get("file") or ""), _at(ev.at).date()) for ev, p in events
                    if ev.kind == "attachment" and str(p.get("kind") or "") in ("contract", "agreement"))
    invoices = invoice_rows.by_ids(ledger.conn, [item.invoice_id for item, _ in plan.items])
    return AgreementDetails(ctx.letterhead.name, plan.customer.name, written,
                            tuple((inv.number, inv.issue_date, inv.reference) for inv in
                                  sorted(invoices.values(), key=lambda i: (i.issue_date, i.number))))


def _exhibits(customer: Customer, events: list[tuple[evidence.StoredEvent, dict]]) -> tuple[EvidenceExhibit, ...]:
    """The customer's debtor-facing events up to the letter's date, oldest first, as numbered exhibits with their
    hashes; each carries its kind and recorded fields, worded by the renderer in the letter's language."""
    out = []
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


def build_letter(ledger: Ledger, code: str, on: date, *, level: int | None = None, appendix: bool | None = None
                 ) -> LetterDocument:
    """The letter due for a customer on ``on`` (or at the chosen ``level``), with every fact it states.

    ``appendix`` True or False includes the evidence appendix or leaves it out; None follows the policy
    (levels 3 and 4 carry it). Raises UserError with one sentence when nothing is overdue, letters are
    paused, no letter is due (and no level was chosen), a chosen level would skip one, or the policy has no
    such level.
    """
    customer = ledger.customer(code)
    ctx = _Context.load(ledger)
    plan = _decide(ledger, customer, on, level)
    number, _path = _archive_slot(ledger, customer, on, plan.level)
    return _document(ledger, ctx, plan, on, appendix=appendix, number=number)[0]


# ---------------------------------------------------------------------------------------------------------------
# Sending and archiving


def _write_synced(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _part_of(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def _finish(ledger: Ledger, part: Path, final: Path) -> bool:
    """After recording was attempted: move the part file into place if its letter was recorded, else drop it.

    True if the letter is recorded. Deciding by what the ledger holds (not by whether an exception was seen)
    keeps this right even when the interruption came after the commit.
    """
    row = letter_rows.letter_by_path(ledger.conn, _stored(ledger, final))
    if row is None:
        part.unlink(missing_ok=True)
        return False
    try:
        os.replace(part, final)
    except FileNotFoundError:
        if not final.exists():  # someone else's reconcile would have moved it; otherwise it is truly lost
            raise
    return True


@dataclass(frozen=True, slots=True)
class ByEmail:
    """Send the letter by email through ``mailer`` to ``to`` (comma-separated; None: the customer's address)."""

    mailer: dispatch.Mailer
    to: str | None = None


def _send(ledger: Ledger, ctx: _Context, plan: _Plan, on: date, *, appendix: bool | None, out: Path | None,
          preview: bool, out_for: Callable[[int], Path] | None = None, sync_out: bool = True,
          by_email: ByEmail | None = None) -> SentLetter:
    """Render, archive and record one letter. ``out_for(number)`` names the copy by the letter's number (a batch);
    ``sync_out=False`` leaves syncing the ``out`` copy to the caller (a batch).

    The archive slot is chosen, the letter rendered and its record written in one write transaction, so two
    processes sending at once can neither take the same slot nor print a chain head that is already stale.
    With ``by_email`` the message is handed to the mail server inside that transaction and the letter and its
    email are recorded only once the server accepted it: a refused or failed send records and archives nothing.
    """
    recipients: tuple[str, ...] = ()
    if by_email is not None and not preview:
        recipients = dispatch.recipients_for(plan.customer, by_email.to)
    customer = plan.customer
    if preview:
        number, _final = _archive_slot(ledger, customer, on, plan.level)
        sent = _render_one(ledger, ctx, plan, on, appendix, number, out)
        if out is not None:
            _write_out(out, sent.pdf, None)
        return sent
    part = final = eml = None
    message_id, email_event = "", None
    try:
        with ledger.database.atomic():
            number, final = _archive_slot(ledger, customer, on, plan.level)
            if out_for is not None:
                out = out_for(number)
            sent = _render_one(ledger, ctx, plan, on, appendix, number, out)
            part = _part_of(final)
            _write_synced(part, sent.pdf)
            if by_email is not None:
                built, accepted = _hand_over(ledger, by_email.mailer, sent, recipients, final)
                eml = dispatch.free_path(final.with_suffix(".eml"))
                dispatch.write_atomic(eml, built.data)
            letter = collections.record_letter(
                ledger, customer.code, plan.level, on, sent.invoice_numbers, reply_by=sent.reply_by,
                sha256=sent.sha256, path=_stored(ledger, final), level_name=plan.level_name, totals=sent.claimed)
            if by_email is not None and eml is not None:
                email_event = dispatch.record_email(ledger, customer, letter.id, built, recipients,
                                                    by_email.mailer.settings, accepted, eml)
                message_id = built.message_id
    finally:
        recorded = _finish(ledger, part, final) if part is not None and final is not None else False
        if eml is not None and not recorded:
            eml.unlink(missing_ok=True)
    if not recorded:  # pragma: no cover - the transaction raised; the finally re-raises first
        raise UserError(f"The letter to {customer.code} was not recorded; nothing was archived.")
    if out is not None:
        _write_out(out, sent.pdf, final, sync=sync_out)
    return dataclasses.replace(sent, archive_path=final, out_path=out, letter_id=letter.id,
                               emailed_to=recipients if by_email is not None else (), message_id=message_id,
                               email_event=email_event)


def _hand_over(ledger: Ledger, mailer: dispatch.Mailer, sent: SentLetter, recipients: tuple[str, ...],
               final: Path) -> tuple[BuiltEmail, datetime]:
    """Build the letter's email and give it to the mail server; returns the message and when it was accepted."""
    claimed = " + ".join(f"{m.amount_text()} {m.currency}" for m in sent.claimed)
    facts = dispatch.LetterFacts(
        ledger.customer(sent.customer_code), f"level{sent.level}", sent.level, sent.reference, sent.on, claimed,
        sent.reply_by.isoformat() if sent.reply_by else "", sent.pdf, f"{final.stem}.pdf")
    built = dispatch.compose_email(ledger, facts, recipients, mailer.settings, ledger.now())
    mailer.hand_over(recipients, built)
    return built, ledger.now().astimezone(UTC)


def _render_one(ledger: Ledger, ctx: _Context, plan: _Plan, on: date, appendix: bool | None, number: int,
                out: Path | None) -> SentLetter:
    customer = plan.customer
    doc, warnings = _document(ledger, ctx, plan, on, appendix=appendix, number=number)
    data = render_letter(doc, templates_dir=ctx.templates_dir)
    numbers = tuple(line.invoice_number for line in doc.lines)
    claimed = tuple(Money(t.currency, t.claimed) for t in doc.totals)
    return SentLetter(customer.code, customer.name, plan.level, plan.level_name, on, doc.reference, numbers, claimed,
                      doc.reply_by, hashlib.sha256(data).hexdigest(), None, out, None, data,
                      appendix=doc.include_appendix, warnings=warnings, enclosures=doc.enclosures)


def _write_out(out: Path, data: bytes, archived: Path | None, *, sync: bool = True) -> None:
    try:
        write_pdf(Path(out), data, sync=sync)
    except OSError as exc:
        done = f"The letter was recorded and archived at {archived}, but " if archived else ""
        raise UserError(f"{done}{'c' if done else 'C'}ould not write {out}: {exc.strerror or exc}.") from None


def send_letter(ledger: Ledger, code: str, on: date, *, level: int | None = None, appendix: bool | None = None,
                out: Path | None = None, preview: bool = False, by_email: ByEmail | None = None) -> SentLetter:
    """Render the letter due (or at ``level``) and, unless ``preview``, archive it and log it as evidence.

    ``appendix``: True or False includes the evidence appendix or leaves it out; None follows the policy. A
    stale rate table is reported in :attr:`SentLetter.warnings`, never in the letter. The archived PDF, the
    SHA-256 in the evidence event and the bytes written to ``out`` are the same. A preview writes ``out``
    only and records nothing. With ``by_email`` it is recorded only once the mail server accepted it.
    """
    if out is not None:
        check_output_file(ledger.path, out, "the letter")
    customer = ledger.customer(code)
    ctx = _Context.load(ledger)
    plan = _decide(ledger, customer, on, level)
    if not preview:
        reconcile_archive(ledger)
    return _send(ledger, ctx, plan, on, appendix=appendix, out=Path(out) if out else None, preview=preview,
                 by_email=by_email)


def reconcile_archive(ledger: Ledger, *, sweep_after: timedelta = PART_SWEEP_AFTER) -> list[str]:
    """Finish what an interrupted send left behind; returns a sentence per letter it completed.

    A part file whose letter was recorded (same path, same SHA-256) is renamed into place; one nobody
    recorded is deleted once older than ``sweep_after`` (a younger one may belong to a send in progress).
    """
    root = _letters_root(ledger)
    if not root.is_dir():
        return []
    done = []
    now = time.time()
    for part in sorted(root.rglob(".*.pdf.part")):
        final = part.with_name(part.name[1:-len(".part")])
        row = letter_rows.letter_by_path(ledger.conn, _stored(ledger, final))
        if row is None:
            if now - part.stat().st_mtime >= sweep_after.total_seconds():
                part.unlink(missing_ok=True)
            continue
        if final.exists():
            part.unlink(missing_ok=True)
        elif sha256_file(part) == row[1]:
            os.replace(part, final)
            done.append(f"Completed archiving {_stored(ledger, final)} (evidence event {row[2]}).")
    return done


def check_archive(ledger: Ledger) -> list[str]:
    """Problems between the letters archive and the log: a recorded letter whose file is missing or differs,
    or an archived PDF no letter refers to. Empty when they agree."""
    problems = []
    recorded: set[str] = set()
    base = policy.side_dir(ledger, "")
    for lid, stored, sha, seq in letter_rows.archived_letters(ledger.conn):
        recorded.add(stored)
        path = base / stored
        if not path.is_file():
            problems.append(f"Letter {lid} (evidence event {seq}) has no file at {path}.")
        elif sha256_file(path) != sha:
            problems.append(f"The file of letter {lid} at {path} does not match its recorded SHA-256.")
    root = _letters_root(ledger)
    for path in sorted(root.rglob("*.pdf")) if root.is_dir() else ():
        if _stored(ledger, path) not in recorded:
            problems.append(f"{path} is in the letters archive but no letter refers to it.")
    return problems


# ---------------------------------------------------------------------------------------------------------------
# Batch


class StaleRates(UserError):
    """A batch would claim interest at rates assumed past the end of their tables; ``warnings`` says which."""

    def __init__(self, warnings: Sequence[str]) -> None:
        self.warnings = tuple(warnings)
        super().__init__(" ".join(self.warnings) + " No letter was sent: update the rate tables, or acknowledge "
                         "that the last known rates are used and send the batch anyway.")


def stale_rate_warnings(ledger: Ledger, on: date, entries: Sequence[collections.LetterRunEntry] | None = None
                        ) -> tuple[str, ...]:
    """One sentence per rate the letters due on ``on`` would assume past the end of its table (empty when
    every table reaches ``on``). For the sender only: a letter never says it."""
    if all(table.known_through() >= on for table in policy.rate_tables(ledger).values()):
        return ()
    if entries is None:
        entries = collections.letters_due(ledger, on)
    wanted = {(e.customer.id, li.item.number) for e in entries if e.decision is not None
              and e.decision.level >= CLAIM_INTEREST_FROM_LEVEL for li in e.decision.items}
    if not wanted:
        return ()
    found = [ln.result.stale_message for ln in collections.interest_lines(ledger, on)
             if ln.result.stale_message and (ln.customer.id, ln.invoice.number) in wanted]
    return tuple(dict.fromkeys(found))


def batch(ledger: Ledger, on: date, out_dir: Path, *, progress: Callable[[int, int], None] | None = None,
          cancel: Callable[[], bool] | None = None, accept_stale_rates: bool = False,
          mailer: dispatch.Mailer | None = None) -> BatchResult:
    """Send every letter ``letters_due`` lists for ``on``: one PDF per customer in ``out_dir`` plus one
    combined file for printing. ``progress(done, total)`` is called after each letter and ``cancel()`` is
    checked before each; a cancelled or killed run keeps the letters it finished (each archived and logged)
    and a later run with the same date and folder picks up where it stopped, printing those again.

    Raises :class:`StaleRates` (and sends nothing) when a letter would use a rate past its table's end,
    unless ``accept_stale_rates``.

    With ``mailer`` each customer with an email address gets the letter by email (recorded only once the
    server accepted it) and the others are printed; a letter the server refused or could not take is not
    recorded, is listed in :attr:`BatchResult.failed` with one sentence, and the batch goes on.
    """
    out_dir = check_output_folder(ledger.path, out_dir, "the letters")
    if not accept_stale_rates:
        stale = stale_rate_warnings(ledger, on)
        if stale:
            raise StaleRates(stale)
    with exclusive(ledger, LETTERS_BATCH, "Another letters batch"):
        return _batch(ledger, on, out_dir, progress, cancel, mailer)


def _batch(ledger: Ledger, on: date, out_dir: Path, progress: Callable[[int, int], None] | None,
           cancel: Callable[[], bool] | None, mailer: dispatch.Mailer | None = None) -> BatchResult:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the folder {out_dir}: {exc.strerror or exc}.") from None
    ctx = _Context.load(ledger)
    reconcile_archive(ledger)
    marker = out_dir / f".arledger-batch-{on.isoformat()}.json"
    start_seq = _batch_start(ledger, marker)
    earlier = _resumed(ledger, on, start_seq, out_dir)
    entries = collections.letters_due(ledger, on)
    due = [e for e in entries if e.decision is not None]
    total = len(earlier) + len(due)
    sent: list[SentLetter] = list(earlier)
    failed: list[tuple[str, str]] = []
    cancelled = False
    if progress:
        progress(len(sent), total)
    for entry in due:
        if cancel is not None and cancel():
            cancelled = True
            break
        assert entry.decision is not None
        plan = _Plan.from_decision(entry.customer, entry.decision)

        def copy_path(number: int, code: str = entry.customer.code, level: int = plan.level) -> Path:
            name = f"{_safe(code)}-{on.isoformat()}-L{level}-{number}.pdf"
            return check_output_file(ledger.path, out_dir / name, "a letter")

        by_email = None
        if mailer is not None and _has_email(entry.customer):
            by_email = ByEmail(mailer)
        try:
            sent.append(_send(ledger, ctx, plan, on, appendix=None, out=None, preview=False, out_for=copy_path,
                              sync_out=False, by_email=by_email))
        except UserError as exc:
            if by_email is None:
                raise
            failed.append((entry.customer.code, str(exc)))
        if progress:
            progress(len(sent) + len(failed), total)
    combined = None
    to_print = [s for s in sent if not s.emailed_to]
    if to_print:
        combined = check_output_file(ledger.path, out_dir / f"letters-{on.isoformat()}.pdf", "the combined letters")
        write_pdf(combined, combine_pdfs([s.pdf for s in to_print]))
    # The copies were written without a sync each (the archived originals were synced before recording);
    # one pass now, before the marker goes: a crash before it leaves the marker, and the rerun rewrites any
    # copy that does not hold its letter's bytes.
    _sync_files([s.out_path for s in sent if s.out_path is not None])
    if not cancelled:
        marker.unlink(missing_ok=True)
    ledger.witness("letters batch")
    return BatchResult(on, out_dir, tuple(sent), combined, len(due), len(entries) - len(due), len(earlier), cancelled,
                       tuple(failed))


def _has_email(customer: Customer) -> bool:
    try:
        dispatch.recipients_for(customer)
    except UserError:
        return False
    return True


def _sync_files(paths: Sequence[Path]) -> None:
    folders = set()
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        folders.add(path.parent)
    for folder in sorted(folders):
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:  # a platform that cannot open folders (Windows): the files are synced
            continue
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)


def _batch_start(ledger: Ledger, marker: Path) -> int:
    """The evidence seq a batch started after: kept in a marker file until the batch completes."""
    if marker.is_file():
        try:
            return int(json.loads(marker.read_text(encoding="utf-8"))["after_seq"])
        except (ValueError, KeyError, TypeError):
            pass
    seq = evidence.head(ledger.conn)[0]
    marker.write_text(json.dumps({"after_seq": seq}), encoding="utf-8")
    return seq


def _resumed(ledger: Ledger, on: date, after_seq: int, out_dir: Path) -> list[SentLetter]:
    """Letters an interrupted run of this batch already recorded, read back from the archive."""
    out = []
    base = policy.side_dir(ledger, "")
    for lid, customer_id, level, stored, sha, seq in letter_rows.letters_recorded_since(ledger.conn, on, after_seq):
        path = base / stored
        data = path.read_bytes() if path.is_file() else b""
        if hashlib.sha256(data).hexdigest() != sha:
            raise UserError(f"The archived letter {path} is missing or altered; check the letters archive.")
        customer = ledger.customer_by_id(customer_id)
        target = out_dir / f"{_safe(customer.code)}-{path.name}"
        if not target.is_file() or target.read_bytes() != data:  # missing, or torn by a crash before the sync
            write_pdf(target, data)
        event = evidence.by_seq(ledger.conn, seq)
        p = evidence.payload(event) if event else {}
        claimed = []
        for text in p.get("totals", []):
            amount, _, currency = str(text).rpartition(" ")
            claimed.append(Money.parse(amount.replace(",", ""), currency))
        reply = date.fromisoformat(p["reply_by"]) if p.get("reply_by") else None
        # a letter the interrupted run emailed stays emailed: it must not go into the print file as well
        emailed = next((tuple(d.recipients.split(", ")) for d in dispatch_rows.dispatches_of(ledger.conn, lid)
                        if d.method == "email" and d.recipients), ())
        out.append(SentLetter(customer.code, customer.name, level, str(p.get("level_name", "")), on, path.stem,
                              tuple(p.get("invoices", ())), tuple(claimed), reply, sha, path, target, lid, data,
                              emailed_to=emailed))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Statements of account


def build_statement(ledger: Ledger, code: str, start: date | None, end: date) -> StatementDocument:
    """The customer's statement for [start, end] (start None: from the first entry).

    Opening balance per currency = everything invoiced less everything paid, credited or written off before
    ``start``; each row moves a running balance per currency; the aging summary is as of ``end``.
    """
    if start is not None and start > end:
        raise UserError(f"The statement period starts on {start.isoformat()}, after its end ({end.isoformat()}).")
    customer = ledger.customer(code)
    ctx = _Context.load(ledger)
    head_length, head_hash = evidence.head(ledger.conn)
    opening = letter_rows.balances_before(ledger.conn, customer.id, start) if start else {}
    balance = dict(opening)
    rows = []
    for day, kind, reference, currency, debit, credit, due, note in letter_rows.movements(
            ledger.conn, customer.id, start, end):
        balance[currency] = balance.get(currency, 0) + debit - credit
        rows.append(StatementRow(date.fromisoformat(day), kind, reference, currency, debit, credit,
                                 balance[currency], date.fromisoformat(due) if due else None, note or ""))
    report = aging(ledger, end, grouping=AgingGrouping.CUSTOMER, customer_code=customer.code)
    buckets = tuple(AgingBucket(label, r.currency, amount) for r in report.rows
                    for label, amount in zip(report.labels, r.buckets, strict=True))
    return StatementDocument(
        letterhead=ctx.letterhead, recipient=_recipient(customer, ctx.home_country), date=end, period_to=end,
        opening_balances=tuple(Money(c, v) for c, v in sorted(opening.items())), rows=tuple(rows), aging=buckets,
        period_from=start, reference=f"{customer.code}-ST-{end:%Y%m%d}",
        language=str(customer.language.letter_language), page_size=ctx.page_size,
        chain_length=head_length, chain_head=head_hash)


def write_statement(ledger: Ledger, code: str, start: date | None, end: date, out: Path) -> StatementDocument:
    """Render the statement and write it to ``out`` atomically; returns the document it printed."""
    check_output_file(ledger.path, out, "the statement")
    doc = build_statement(ledger, code, start, end)
    data = render_statement(doc, templates_dir=_Context.load(ledger).templates_dir)
    _write_out(Path(out), data, None)
    return doc
