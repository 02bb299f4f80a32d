"""When a German debtor is in default (Verzug, BGB § 286), and so from which day § 288 interest runs.

A debtor owes default interest only once in default:

* ``agreed`` -- the payment date was fixed by the calendar in the contract (§ 286 Abs. 2 Nr. 1): default without
  a reminder when that date passes;
* ``reminder`` -- a reminder (Mahnung) sent after the due date (§ 286 Abs. 1): default on its receipt. Every
  letter of the ladder counts, a level-1 Zahlungserinnerung included. Receipt is the recorded delivery date; without
  one, the day an email was accepted and the third day after posting (a presumption of receipt; a recorded delivery
  date always wins; a letter with no dispatch recorded counts as posted on its date);
* ``thirty_days`` -- at the latest 30 days after the due date (§ 286 Abs. 3); for a consumer only if the invoice
  drew their attention to this consequence. The receipt of the invoice is not recorded, so the due date stands for
  it (an invoice reaches the debtor before it falls due).

The earliest of these applies. Interest runs for each day of default: from the day after the agreed date, from the
31st day after the due date, and, since a reminder puts the debtor in default during the day of its receipt, from the
day after that receipt (§ 187 Abs. 1 BGB). Without any of them a consumer is not (yet) in default and owes no
interest or lump sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from arledger.domain.bounds import add_days
from arledger.domain.model import Customer, Invoice

AGREED = "agreed"
REMINDER = "reminder"
THIRTY_DAYS = "thirty_days"
NOT_IN_DEFAULT = "not_in_default"

POST_RECEIPT_DAYS = 3  # letters by post are presumed received on the third day after posting
THIRTY = 30


@dataclass(frozen=True, slots=True)
class Reminder:
    """A ladder letter about one invoice: its date, level, and when it left us (email, post) or was delivered."""

    sent_on: date
    level: int = 1
    emailed_on: date | None = None
    posted_on: date | None = None
    delivered_on: date | None = None

    @property
    def received_on(self) -> date:
        """The recorded delivery; else the earliest of the email's day and the third day after posting; a letter
        with neither recorded is taken as posted on its date."""
        if self.delivered_on is not None:
            return self.delivered_on
        days = []
        if self.emailed_on is not None:
            days.append(self.emailed_on)
        if self.posted_on is not None or self.emailed_on is None:
            days.append(add_days(self.posted_on or self.sent_on, POST_RECEIPT_DAYS))
        return min(days)


@dataclass(frozen=True, slots=True)
class DefaultStart:
    """Why and from when a debtor is in default on one invoice.

    ``basis`` is one of :data:`AGREED`, :data:`REMINDER`, :data:`THIRTY_DAYS`, :data:`NOT_IN_DEFAULT`;
    ``in_default_on`` (the day default began) and ``first_interest_day`` are None when not in default.
    ``reminder`` is the letter that put the debtor in default (basis REMINDER only).
    """

    basis: str
    in_default_on: date | None
    first_interest_day: date | None
    reminder: Reminder | None = None


def payment_date_agreed(customer: Customer, invoice: Invoice) -> bool:
    """Whether the invoice's payment date was agreed by contract: the invoice's own flag, else the customer's."""
    if invoice.payment_date_agreed is not None:
        return invoice.payment_date_agreed
    return customer.payment_date_agreed


def default_notice(customer: Customer, invoice: Invoice) -> bool:
    """Whether the invoice told a consumer that default follows 30 days after due (§ 286 Abs. 3 Satz 1 Hs. 2)."""
    if invoice.default_notice is not None:
        return invoice.default_notice
    return customer.default_notice


def default_start(invoice: Invoice, customer: Customer, reminders: Sequence[Reminder], consumer: bool,
                  as_of: date) -> DefaultStart:
    """When the debtor fell (or falls) into default on ``invoice``, from the facts known on ``as_of``.

    ``reminders`` are the ladder letters sent about the invoice; those sent on or before the due date are no
    Mahnung after Fälligkeit and those sent after ``as_of`` are not yet known, so both are ignored. A basis whose
    day lies after ``as_of`` still wins if it is the earliest (interest then simply has not started).
    """
    if payment_date_agreed(customer, invoice):
        return DefaultStart(AGREED, add_days(invoice.due_date, 1), add_days(invoice.due_date, 1))
    candidates: list[DefaultStart] = []
    valid = [r for r in reminders if invoice.due_date < r.sent_on <= as_of]
    if valid:
        first = min(valid, key=lambda r: (r.received_on, r.sent_on))
        candidates.append(DefaultStart(REMINDER, first.received_on, add_days(first.received_on, 1), first))
    if not consumer or default_notice(customer, invoice):
        day = add_days(invoice.due_date, THIRTY + 1)
        candidates.append(DefaultStart(THIRTY_DAYS, day, day))
    if not candidates:
        return DefaultStart(NOT_IN_DEFAULT, None, None)
    # on a tie the reminder is named: it is the fact the debtor holds in their hands
    return min(candidates, key=lambda c: (c.first_interest_day or date.max, c.basis != REMINDER))
