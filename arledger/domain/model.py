"""The ledger's values: immutable records that every layer passes around.

Amounts are integer minor units in the record's currency; dates are datetime.date; timestamps are
timezone-aware UTC datetimes. Ids are the ledger file's row ids (0 for a record not yet stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from arledger.domain.messages import Message


class CustomerKind(StrEnum):
    """Who the debtor is: a sole trader is a business for interest and compensation and an individual
    for pre-action letters (COLLECTIONS.md section 1)."""

    COMPANY = "company"
    SOLE_TRADER = "sole_trader"
    INDIVIDUAL = "individual"


class Jurisdiction(StrEnum):
    """The rule pack for interest, compensation and limitation."""

    UK = "uk"
    EU = "eu"
    DE = "de"
    CN = "cn"
    US = "us"
    GENERIC = "generic"


class Language(StrEnum):
    EN = "en"
    ZH = "zh"
    DE = "de"


class RiskTier(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    VISIT = "visit"
    SMS = "sms"
    CHAT = "chat"


class Direction(StrEnum):
    OUT = "out"
    IN = "in"


class Outcome(StrEnum):
    NO_ANSWER = "no-answer"
    REACHED = "reached"
    PROMISE = "promise"
    DISPUTE = "dispute"
    REFUSED = "refused"
    WRONG_NUMBER = "wrong-number"


class ExcuseReason(StrEnum):
    """Why the debtor says they have not paid (captured with each contact)."""

    FINANCIAL = "financial"
    DELAY = "delay"
    QUALITY = "quality"
    PROCESS = "process"
    CONTACT_CHANGED = "contact-changed"
    OTHER = "other"


class DisputeReason(StrEnum):
    QUALITY = "quality"
    DELIVERY = "delivery"
    PRICE = "price"
    PAID = "paid"
    OTHER = "other"


class PromiseStatus(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    PARTLY_KEPT = "partly kept"
    BROKEN = "broken"


@dataclass(frozen=True, slots=True)
class ContactPerson:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Customer:
    code: str
    name: str
    kind: CustomerKind = CustomerKind.COMPANY
    email: str = ""
    phone: str = ""
    address: str = ""
    country: str = ""
    jurisdiction: Jurisdiction = Jurisdiction.GENERIC
    language: Language = Language.EN
    timezone: str = "UTC"
    payment_terms_days: int = 30
    credit_limit: int | None = None
    currency: str = "EUR"
    risk_tier: RiskTier | None = None
    tags: tuple[str, ...] = ()
    do_not_contact: bool = False
    attorney_on_record: bool = False
    on_hold: bool = False
    contract_rate_bp: int | None = None  # contractual late-payment rate, basis points per year
    contract_fee: int | None = None  # contractual fixed fee per invoice, minor units
    contacts: tuple[ContactPerson, ...] = ()
    notes: str = ""
    id: int = 0
    lpr_factor: Decimal | None = None  # cn: late interest at the 1-year LPR times this, when no contract rate
    payment_date_agreed: bool = False  # de: payment dates fixed by contract (BGB § 286 Abs. 2 Nr. 1)
    default_notice: bool = False  # de: invoices tell a consumer of default 30 days after due (§ 286 Abs. 3)


@dataclass(frozen=True, slots=True)
class Invoice:
    customer_id: int
    number: str
    issue_date: date
    due_date: date
    amount: int
    currency: str
    reference: str = ""
    id: int = 0
    contract_rate_bp: int | None = None  # overrides the customer's contractual rate for this invoice
    contract_fee: int | None = None  # overrides the customer's contractual fee, minor units of the invoice
    payment_date_agreed: bool | None = None  # overrides the customer's; None: as the customer
    default_notice: bool | None = None  # overrides the customer's; None: as the customer
    received_on: date | None = None  # the day the debtor received the invoice (BGB § 286 Abs. 3), when recorded


@dataclass(frozen=True, slots=True)
class Payment:
    customer_id: int
    date: date
    amount: int
    currency: str
    method: str = ""
    reference: str = ""
    id: int = 0


class SettlementKind(StrEnum):
    PAYMENT = "payment"
    CREDIT_NOTE = "credit_note"
    WRITE_OFF = "write_off"


@dataclass(frozen=True, slots=True)
class OpenItem:
    """An invoice as the ledger showed it on a date: what was still open and how late it was."""

    invoice_id: int
    customer_id: int
    number: str
    issue_date: date
    due_date: date
    amount: int
    open_amount: int
    currency: str


@dataclass(frozen=True, slots=True)
class Promise:
    customer_id: int
    promised_on: date
    amount: int
    currency: str
    due_date: date
    invoice_ids: tuple[int, ...] = ()
    made_by: str = ""
    channel: str = ""
    plan_id: int | None = None
    instalment_no: int | None = None
    id: int = 0


@dataclass(frozen=True, slots=True)
class Dispute:
    invoice_id: int
    opened_on: date
    reason: DisputeReason
    amount: int | None = None  # None: the whole open amount
    note: str = ""
    resolved_on: date | None = None
    resolution: str = ""
    id: int = 0
    outcome: str = ""  # DISPUTE_UPHELD, DISPUTE_REJECTED, or "" (open, or resolved without saying who was right)


DISPUTE_UPHELD = "upheld"  # the debtor was right: the disputed part never bears interest
DISPUTE_REJECTED = "rejected"  # the creditor was right: the disputed part bears interest from the due date
DISPUTE_OUTCOMES: tuple[str, ...] = (DISPUTE_UPHELD, DISPUTE_REJECTED)


@dataclass(frozen=True, slots=True)
class InterestWaiver:
    """A waiver of accrued interest and/or fixed compensation on one invoice, whole or part.

    ``interest`` is in minor units of the invoice currency, ``compensation`` in minor units of the
    compensation's own currency (GBP for the UK pack); either may be 0.
    """

    invoice_id: int
    on: date
    interest: int
    compensation: int
    reason: str  # as written: someone's own words, or the English of reason_message
    id: int = 0
    reason_message: Message | None = None  # a reason the ledger writes itself, read in the reader's language

    def reason_text(self) -> Message:
        """The reason to show: the ledger's own sentence as a message, someone's words as they wrote them."""
        return self.reason_message or Message("", self.reason)


@dataclass(frozen=True, slots=True)
class ContactEvent:
    customer_id: int
    at: datetime
    channel: Channel
    direction: Direction
    summary: str
    person: str = ""
    outcome: Outcome | None = None
    reason: ExcuseReason | None = None
    invoice_ids: tuple[int, ...] = ()
    tracking: str = ""
    override_reason: str = ""
    id: int = 0


@dataclass(frozen=True, slots=True)
class Letter:
    customer_id: int
    level: int
    sent_on: date
    sha256: str
    path: str
    invoice_ids: tuple[int, ...] = ()
    id: int = 0


