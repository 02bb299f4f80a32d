"""When a German debtor is in default (Verzug, BGB § 286), and so from which day § 288 interest runs.

A debtor owes default interest only once in default:

* ``agreed`` -- the payment date was fixed by the calendar in the contract (§ 286 Abs. 2 Nr. 1): default without
  a reminder when that date passes;
* ``reminder`` -- a reminder (Mahnung) sent after the due date (§ 286 Abs. 1): default on its receipt. Every
  letter of the ladder counts, a level-1 Zahlungserinnerung included. Receipt is the recorded delivery date; without
  one, the day an email was accepted and a number of days after posting (a presumption of receipt, 3 by default, the
  setting ``verzug.post_receipt_days``; a recorded delivery date always wins; a letter with no dispatch recorded
  counts as posted on its date);
* ``thirty_days`` -- at the latest 30 days after the due date and the receipt of the invoice (§ 286 Abs. 3), so
  30 days after whichever of the two came later; for a consumer only if the invoice drew their attention to this
  consequence. Where the invoice's receipt is not recorded, the due date stands for it (an invoice reaches the
  debtor before it falls due).

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

# The fact a default start rests on (DefaultStart.fact): how a reminder was received, and, for thirty_days, from
# which day the 30 days ran.
DELIVERED = "delivered"  # the reminder's recorded delivery
EMAILED = "emailed"  # the day the mail server accepted the reminder
POSTED = "posted"  # presumed received some days after posting
INVOICE_RECEIVED = "invoice_received"  # the invoice's recorded receipt, later than its due date
DUE_DATE = "due_date"  # the due date (the invoice's receipt recorded on or before it)
DUE_DATE_FOR_RECEIPT = "due_date_for_receipt"  # the due date, standing for the invoice's unrecorded receipt

POST_RECEIPT_DAYS = 3  # letters by post are presumed received on the third day after posting (the default)
THIRTY = 30


@dataclass(frozen=True, slots=True)
class Reminder:
    """A ladder letter about one invoice: its date, level, and when it left us (email, post) or was delivered."""

    sent_on: date
    level: int = 1
    emailed_on: date | None = None
    posted_on: date | None = None
    delivered_on: date | None = None

    def receipt(self, post_days: int = POST_RECEIPT_DAYS) -> tuple[date, str]:
        """When the letter was received and by which fact (:data:`DELIVERED`, :data:`EMAILED`, :data:`POSTED`):
        the recorded delivery; else the earliest of the email's day and ``post_days`` after posting; a letter
        with neither recorded is taken as posted on its date."""
        if self.delivered_on is not None:
            return self.delivered_on, DELIVERED
        days = []
        if self.emailed_on is not None:
            days.append((self.emailed_on, EMAILED))
        if self.posted_on is not None or self.emailed_on is None:
            days.append((add_days(self.posted_on or self.sent_on, post_days), POSTED))
        return min(days)


@dataclass(frozen=True, slots=True)
class DefaultStart:
    """Why and from when a debtor is in default on one invoice.

    ``basis`` is one of :data:`AGREED`, :data:`REMINDER`, :data:`THIRTY_DAYS`, :data:`NOT_IN_DEFAULT`;
    ``in_default_on`` (the day default began) and ``first_interest_day`` are None when not in default.
    ``reminder`` is the letter that put the debtor in default (basis REMINDER only). ``fact`` names what the day
    rests on: how the reminder was received (:data:`DELIVERED`, :data:`EMAILED`, :data:`POSTED`), or from which day
    the 30 days ran (:data:`INVOICE_RECEIVED`, :data:`DUE_DATE`, :data:`DUE_DATE_FOR_RECEIPT`), with the invoice's
    recorded receipt in ``invoice_received_on``.
    """

    basis: str
    in_default_on: date | None
    first_interest_day: date | None
    reminder: Reminder | None = None
    fact: str = ""
    invoice_received_on: date | None = None


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
                  as_of: date, post_days: int = POST_RECEIPT_DAYS) -> DefaultStart:
    """When the debtor fell (or falls) into default on ``invoice``, from the facts known on ``as_of``.

    ``reminders`` are the ladder letters sent about the invoice; those sent on or before the due date are no
    Mahnung after Fälligkeit and those sent after ``as_of`` are not yet known, so both are ignored. A letter by
    post is taken as received ``post_days`` after posting. A basis whose day lies after ``as_of`` still wins if it
    is the earliest (interest then simply has not started).
    """
    if payment_date_agreed(customer, invoice):
        return DefaultStart(AGREED, add_days(invoice.due_date, 1), add_days(invoice.due_date, 1))
    candidates: list[DefaultStart] = []
    valid = [r for r in reminders if invoice.due_date < r.sent_on <= as_of]
    if valid:
        first = min(valid, key=lambda r: (r.receipt(post_days)[0], r.sent_on))
        received, how = first.receipt(post_days)
        candidates.append(DefaultStart(REMINDER, received, add_days(received, 1), first, how))
    if not consumer or default_notice(customer, invoice):
        # § 286 Abs. 3: 30 days after the due date *and* the invoice's receipt, so from the later of the two
        invoice_received = invoice.received_on
        if invoice_received is None:
            start, fact = invoice.due_date, DUE_DATE_FOR_RECEIPT
        elif invoice_received > invoice.due_date:
            start, fact = invoice_received, INVOICE_RECEIVED
        else:
            start, fact = invoice.due_date, DUE_DATE
        day = add_days(start, THIRTY + 1)
        candidates.append(DefaultStart(THIRTY_DAYS, day, day, fact=fact, invoice_received_on=invoice_received))
    if not candidates:
        return DefaultStart(NOT_IN_DEFAULT, None, None)
    # on a tie the reminder is named: it is the fact the debtor holds in their hands
    return min(candidates, key=lambda c: (c.first_interest_day or date.max, c.basis != REMINDER))
