"""Plain, complete descriptions of a letter or a statement of account, ready to be rendered to PDF.

The services layer gathers the facts (open items, interest, evidence) into these frozen records and calls
:func:`arledger.render.letters.render_letter` / :func:`~arledger.render.letters.render_statement`; nothing
here reads a ledger, a clock or a file. Amounts are integer minor units with their currency, dates are
``datetime.date`` and timestamps timezone-aware UTC ``datetime``; formatting for a language happens in the
renderer. Totals are derived from the lines (never given twice), so a letter's figures always add up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from arledger.domain.interest import InterestResult
from arledger.domain.messages import Message
from arledger.domain.model import CustomerKind, Jurisdiction, Language
from arledger.domain.money import Money
from arledger.domain.rates import format_percent
from arledger.domain.verzug import DefaultStart

PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")
PROTOCOL_FORMS: tuple[str, ...] = ("information sheet", "reply form", "financial statement")
LANGUAGES: tuple[str, ...] = ("en", "zh", "de")


@dataclass(frozen=True, slots=True)
class BankAccount:
    """Where the debtor should pay: printed in the payment box and encoded in the EPC QR code."""

    account_name: str
    iban: str = ""
    bic: str = ""
    bank_name: str = ""
    account_number: str = ""  # for accounts without an IBAN (UK sort code + number, US routing + account)
    sort_code: str = ""


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The creditor: printed at the top of every letter and statement."""

    name: str
    address_lines: tuple[str, ...] = ()
    registration: str = ""  # e.g. "Registered in England and Wales no. 01234567 · VAT GB 123 4567 89"
    email: str = ""
    phone: str = ""
    website: str = ""
    contact_person: str = ""  # default signatory / contact when the document names none
    logo_path: Path | None = None
    bank: BankAccount | None = None


@dataclass(frozen=True, slots=True)
class Recipient:
    """The debtor as addressed in the envelope window."""

    name: str
    address_lines: tuple[str, ...] = ()
    customer_code: str = ""
    kind: CustomerKind = CustomerKind.COMPANY
    language: Language = Language.EN
    attention: str = ""  # a named person at a company ("For the attention of ...")
    jurisdiction: Jurisdiction = Jurisdiction.GENERIC


@dataclass(frozen=True, slots=True)
class InterestPeriod:
    """One line of the interest table: days ``start`` to ``end`` (both included) on ``open_amount`` at
    ``annual_rate`` percent; ``interest`` in minor units (printed to the cent), so anyone can recompute it as
    open amount x rate x days / 365. ``source`` says where the rate came from."""

    start: date
    end: date
    days: int
    open_amount: int
    annual_rate: Decimal
    interest: Decimal
    source: str | Message = ""  # "Basiszinssatz 2.27% (2025-01-01) + 9", printed in the letter's language


@dataclass(frozen=True, slots=True)
class LetterLine:
    """One open invoice on a letter.

    ``open_amount`` is everything still open on the invoice, ``disputed`` the part of it under dispute
    (shown, never claimed); :attr:`claimed` is what the letter asks for. ``interest`` is in minor units of
    ``currency``; ``compensation`` may be in another currency (UK compensation is GBP). The interest
    fields are what the table prints: the rule pack code (uk, eu, de, cn, contract, none), the annual
    rate(s) as text, the number of interest days, the first interest day and ``periods``, one per run of
    days with one open amount and one rate. :meth:`with_interest` fills them from a domain InterestResult.
    """

    invoice_number: str
    issue_date: date
    due_date: date
    currency: str
    amount: int
    paid: int
    open_amount: int
    days_overdue: int
    disputed: int = 0
    interest: int = 0
    compensation: Money | None = None
    interest_rule: str = ""
    interest_rate: str = ""
    interest_days: int = 0
    interest_from: date | None = None
    time_barred: bool = False
    periods: tuple[InterestPeriod, ...] = ()
    default: DefaultStart | None = None  # de: why and since when the debtor is in default (BGB § 286)

    def __post_init__(self) -> None:
        if not 0 <= self.disputed <= self.open_amount:
            raise ValueError(f"{self.invoice_number}: the disputed amount must be between 0 and the open amount.")
        if self.interest < 0:
            raise ValueError(f"{self.invoice_number}: interest cannot be negative.")

    @property
    def claimed(self) -> int:
        """The undisputed open amount: what the letter claims as principal."""
        return self.open_amount - self.disputed

    def with_interest(self, result: InterestResult) -> LetterLine:
        """A copy carrying the interest, compensation, rule, rate(s), days and first day of ``result``."""
        if result.currency != self.currency:
            raise ValueError(f"{self.invoice_number}: interest is in {result.currency}, the line in {self.currency}.")
        rates = list(dict.fromkeys(format_percent(s.annual_rate) for s in result.segments))
        return replace(
            self,
            interest=result.claimable_interest,  # after waivers, as `report interest` claims it
            compensation=result.claimable_compensation or None,
            interest_rule=result.rule,
            interest_rate=" / ".join(rates),
            interest_days=result.days,
            interest_from=result.segments[0].start if result.segments else None,
            default=result.default,
            periods=tuple(InterestPeriod(seg.start, seg.end, seg.days, seg.open_amount, seg.annual_rate,
                                         Decimal(seg.interest), seg.source) for seg in result.segments),
        )


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    """What one currency adds up to on a letter (minor units)."""

    currency: str
    principal: int  # undisputed open amounts
    interest: int
    compensation: int
    disputed: int  # shown as disputed, not claimed
    credit: int = 0  # the account's unapplied credit in this currency, netted before anything is claimed

    @property
    def credit_netted(self) -> int:
        """The part of the credit set against this currency's claim (never more than the claim)."""
        return min(self.credit, self.principal + self.interest + self.compensation)

    @property
    def less_credit(self) -> int:
        """The netted credit as the negative line a reader sees between the items and the total."""
        return -self.credit_netted

    @property
    def claimed(self) -> int:
        return self.principal + self.interest + self.compensation - self.credit_netted


def currency_totals(lines: Iterable[LetterLine], *, claim_interest: bool = True,
                    credits: Iterable[Money] = ()) -> tuple[CurrencyTotal, ...]:
    """Totals per currency, sorted by currency code; interest and compensation only if claimed; unapplied credit
    netted in its own currency (a credit in a currency the letter does not claim in is not converted)."""
    acc: dict[str, list[int]] = {}

    def slot(cur: str) -> list[int]:
        return acc.setdefault(cur, [0, 0, 0, 0])

    for line in lines:
        row = slot(line.currency)
        row[0] += line.claimed
        row[3] += line.disputed
        if claim_interest:
            row[1] += line.interest
            if line.compensation is not None and line.compensation.minor:
                slot(line.compensation.currency)[2] += line.compensation.minor
    credit = {m.currency: m.minor for m in credits}
    return tuple(CurrencyTotal(cur, principal, interest, compensation, disputed, credit.get(cur, 0))
                 for cur, (principal, interest, compensation, disputed) in sorted(acc.items()))


@dataclass(frozen=True, slots=True)
class HashedFile:
    """A file in the evidence (an earlier letter's PDF, a photo, a delivery note) and its SHA-256."""

    name: str
    sha256: str


@dataclass(frozen=True, slots=True)
class EvidenceExhibit:
    """One event of the evidence log, numbered as an exhibit in the appendix.

    ``at`` is the event's UTC timestamp; it is printed in ``zone`` (an IANA name such as Europe/Berlin)
    with its UTC offset. ``kind`` is the log's event kind (contact, letter, promise, dispute_opened,
    payment ...) and ``details`` the event's recorded fields (name, value) that describe it (level,
    sent_on, amount, currency, date, due_date, reason ...): the renderer words them in the letter's
    language. ``summary`` is only what a person wrote (a call's summary, a note), printed as written and
    shortened with a marker when very long. channel/direction/outcome are the log's codes.
    """

    number: int
    at: datetime
    kind: str
    zone: str = "UTC"
    channel: str = ""
    direction: str = ""
    person: str = ""
    summary: str = ""
    outcome: str = ""
    tracking: str = ""
    files: tuple[HashedFile, ...] = ()
    event_seq: int = 0
    event_hash: str = ""
    details: tuple[tuple[str, str], ...] = ()

    def detail(self, name: str) -> str:
        """The recorded field ``name`` ("" when the event has none)."""
        return next((value for key, value in self.details if key == name), "")

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError(f"Exhibit {self.number}: the timestamp must be timezone-aware (UTC).")


@dataclass(frozen=True, slots=True)
class EarlierLetter:
    """A letter the ledger shows was sent before this one: its level, date and, if recorded, how it went."""

    level: int
    sent_on: date
    level_name: str = ""
    dispatch: str = ""  # a channel code (letter, email ...) when a dispatch was logged that day
    tracking: str = ""


@dataclass(frozen=True, slots=True)
class LetterHistory:
    """What the ledger shows happened before the letter's date; the templates choose sentences from it.

    Counts and dates only: a template may say "our reminder of 10 May" only if ``letters`` holds it, "you
    have not told us of any reason" only if ``reasons_given`` is false. ``formal_from`` is the first level
    that is a formal demand (3 by default).
    """

    letters: tuple[EarlierLetter, ...] = ()
    contacts_made: int = 0  # our calls, emails, visits and messages
    conversations: int = 0  # contacts in which we reached someone
    last_contact_on: date | None = None
    promises_kept: int = 0
    promises_broken: int = 0
    last_broken_promise_on: date | None = None  # the date the broken promise named
    dispute_reasons: tuple[str, ...] = ()  # reason codes of disputes logged (quality, delivery, price, paid ...)
    excuse_reasons: tuple[str, ...] = ()  # reasons given in contacts (financial, delay, process ...)
    formal_from: int = 3

    @property
    def reminders(self) -> tuple[EarlierLetter, ...]:
        return tuple(x for x in self.letters if x.level < self.formal_from)

    @property
    def formal_demands(self) -> tuple[EarlierLetter, ...]:
        return tuple(x for x in self.letters if x.level >= self.formal_from)

    @property
    def reasons_given(self) -> bool:
        return bool(self.dispute_reasons or self.excuse_reasons)


@dataclass(frozen=True, slots=True)
class AgreementDetails:
    """The agreement a Pre-Action Protocol letter of claim describes: the parties, the written agreements on
    file (name, date recorded) or, without one, that it was made orally or by order on the invoices' terms."""

    creditor: str
    debtor: str
    written: tuple[tuple[str, date], ...] = ()
    invoices: tuple[tuple[str, date, str], ...] = ()  # number, issue date, the debtor's reference / order


@dataclass(frozen=True, slots=True)
class LetterDocument:
    """Everything one reminder or demand letter says.

    ``level`` picks the template ``level<N>.txt.j2``; ``template`` overrides the name. ``reply_by`` and
    ``reply_days`` are the payment deadline. The enclosures are pages of the same PDF and
    :attr:`enclosures` names exactly those: the ``statement`` of account when one is given, and the
    Pre-Action Protocol's information sheet, reply form and financial statement (with the ``agreement``
    details) when ``protocol_forms`` is set. The evidence appendix is printed when ``include_appendix`` is
    true. ``claim_interest`` false keeps interest and compensation out of the table and the totals (a
    friendly reminder). ``rule_basis`` are the domain's basis sentences, printed under the interest table
    in English letters. ``history`` is what the ledger shows happened before (letters, contacts,
    promises, disputes). ``locale`` overrides the Babel locale (default en_GB for en, en_US for en on US
    Letter, zh_CN for zh).
    """

    letterhead: Letterhead
    recipient: Recipient
    level: int
    date: dt.date  # the field's name hides the type below it in the class body
    reference: str
    lines: tuple[LetterLine, ...]
    reply_by: dt.date
    reply_days: int
    language: str = "en"
    page_size: str = "A4"
    payment_reference: str = ""
    contact_person: str = ""
    level_name: str = ""
    subject: str = ""  # overrides the template's subject when set
    claim_interest: bool = True
    statement: StatementDocument | None = None
    protocol_forms: bool = False
    agreement: AgreementDetails | None = None
    court_action_allowed: bool = True
    individual_in_england_wales: bool = False
    include_appendix: bool = False
    exhibits: tuple[EvidenceExhibit, ...] = ()
    chain_head: str = ""
    chain_length: int = 0
    verify_instructions: str = ""  # overrides the default sentence on how to verify the chain
    rule_basis: tuple[str, ...] = ()
    history: LetterHistory = LetterHistory()
    first_formal: bool = False  # a first letter at a formal level (the policy allows it for very old debts)
    template: str = ""
    locale: str = ""
    credits: tuple[Money, ...] = ()  # unapplied credit on the account per currency, netted in the totals

    def __post_init__(self) -> None:
        _check_common(self.language, self.page_size)
        if self.level < 1:
            raise ValueError("A letter's level starts at 1.")
        if not self.lines:
            raise ValueError("A letter lists at least one invoice.")

    @property
    def totals(self) -> tuple[CurrencyTotal, ...]:
        """Principal, interest, compensation, disputed and total claimed per currency."""
        return currency_totals(self.lines, claim_interest=self.claim_interest, credits=self.credits)

    @property
    def enclosures(self) -> tuple[str, ...]:
        """The enclosures this letter carries as pages, in order (never one that is not attached)."""
        out: tuple[str, ...] = ("statement of account",) if self.statement is not None else ()
        if self.protocol_forms:
            out += PROTOCOL_FORMS
        return out

    @property
    def previous_letter_date(self) -> dt.date | None:
        return self.history.letters[-1].sent_on if self.history.letters else None

    @property
    def signatory(self) -> str:
        return self.contact_person or self.letterhead.contact_person

    @property
    def time_barred(self) -> bool:
        return any(line.time_barred for line in self.lines)


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One movement on a statement: an invoice (debit) or a payment, credit note or write-off (credit).

    ``kind`` is invoice, payment, credit_note, write_off or adjustment; ``balance`` is the running balance
    after this row in ``currency``.
    """

    date: dt.date  # the field's name hides the type below it in the class body
    kind: str
    reference: str
    currency: str
    debit: int
    credit: int
    balance: int
    due_date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class AgingBucket:
    """One column of the aging summary: ``label`` like "current", "1-30", "180+"; amount in minor units."""

    label: str
    currency: str
    amount: int


@dataclass(frozen=True, slots=True)
class StatementCharge:
    """Interest and fixed compensation owed on one invoice as of the statement's date (a statement enclosed
    with a demand shows them beside the movements)."""

    invoice_number: str
    currency: str
    interest: int
    compensation: Money | None = None


@dataclass(frozen=True, slots=True)
class StatementDocument:
    """A statement of account for one customer over a period (``period_from`` None: from the start)."""

    letterhead: Letterhead
    recipient: Recipient
    date: dt.date  # the field's name hides the type below it in the class body
    period_to: dt.date
    opening_balances: tuple[Money, ...]
    rows: tuple[StatementRow, ...]
    aging: tuple[AgingBucket, ...] = ()
    period_from: dt.date | None = None
    reference: str = ""
    language: str = "en"
    page_size: str = "A4"
    contact_person: str = ""
    payment_reference: str = ""
    template: str = "statement.txt.j2"
    locale: str = ""
    charges: tuple[StatementCharge, ...] = ()
    chain_head: str = ""  # the evidence log's head and length when the statement was made, printed at its end
    chain_length: int = 0

    def __post_init__(self) -> None:
        _check_common(self.language, self.page_size)

    def charges_total(self, currency: str) -> int:
        """Interest and compensation in ``currency`` on the statement's date (minor units)."""
        interest = sum(c.interest for c in self.charges if c.currency == currency)
        return interest + sum(c.compensation.minor for c in self.charges
                              if c.compensation is not None and c.compensation.currency == currency)

    @property
    def currencies(self) -> tuple[str, ...]:
        found = {m.currency for m in self.opening_balances} | {r.currency for r in self.rows}
        found |= {b.currency for b in self.aging} | {c.currency for c in self.charges}
        found |= {c.compensation.currency for c in self.charges if c.compensation is not None}
        return tuple(sorted(found))

    def opening(self, currency: str) -> int:
        return sum(m.minor for m in self.opening_balances if m.currency == currency)

    def closing(self, currency: str) -> int:
        """The balance after the last row of ``currency`` (the opening balance if there is none)."""
        rows = [r for r in self.rows if r.currency == currency]
        return rows[-1].balance if rows else self.opening(currency)

    @property
    def signatory(self) -> str:
        return self.contact_person or self.letterhead.contact_person


def _check_common(language: str, page_size: str) -> None:
    if str(language) not in LANGUAGES:
        raise ValueError(f"Letters are written in {', '.join(LANGUAGES)}, not '{language}'.")
    if page_size not in PAGE_SIZES:
        raise ValueError(f"The page size is A4 or Letter, not '{page_size}'.")
