"""German default (Verzug, BGB §286) decides when §288 interest starts. Invoice: EUR 5,000.00 due 2 April 2025,
as of 1 June 2025; Basiszinssatz 2.27% from 1 January 2025, so 7.27% for a consumer and 11.27% for a business.
Every figure worked by hand: 5,000 x rate x days / 365, rounded half-up to the cent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from arledger.domain.interest import compute_interest
from arledger.domain.model import Customer, CustomerKind, Invoice, Jurisdiction
from arledger.domain.money import Money
from arledger.domain.rates import DE_BASISZINS, ECB_MRO, parse_rate_table
from arledger.domain.verzug import (
    AGREED,
    DUE_DATE,
    DUE_DATE_FOR_RECEIPT,
    INVOICE_RECEIVED,
    NOT_IN_DEFAULT,
    REMINDER,
    THIRTY_DAYS,
    Reminder,
    default_start,
)

RATES = {DE_BASISZINS: parse_rate_table("2024-07-01,3.37\n2025-01-01,2.27\n2025-07-01,1.27\n", DE_BASISZINS),
         ECB_MRO: parse_rate_table("2024-12-18,3.15\n2025-06-11,2.15\n", ECB_MRO)}
DUE = date(2025, 4, 2)
ON = date(2025, 6, 1)
INVOICE = Invoice(1, "R-1", date(2025, 3, 3), DUE, 500_000, "EUR")
CONSUMER = Customer("V1", "Erika Muster", kind=CustomerKind.INDIVIDUAL, jurisdiction=Jurisdiction.DE)
BUSINESS = Customer("B1", "Muster GmbH", jurisdiction=Jurisdiction.DE)
POSTED_10_APRIL = Reminder(date(2025, 4, 10))  # no dispatch recorded: taken as posted, received 13 April


def interest(customer: Customer, reminders: tuple[Reminder, ...] = (), *, invoice: Invoice = INVOICE,
             as_of: date = ON, post_days: int = 3):
    return compute_interest(invoice, customer, as_of, RATES, reminders=reminders, post_days=post_days)


def test_a_consumer_without_agreed_date_or_notice_owes_nothing_before_a_reminder():
    result = interest(CONSUMER)
    assert (result.total_interest, result.compensation, result.segments) == (0, None, ())
    assert result.default is not None and result.default.basis == NOT_IN_DEFAULT
    assert "not in default" in result.basis and "§286" in result.basis


def test_a_consumer_owes_interest_from_the_day_after_the_reminder_is_received():
    # posted 10 April, presumed received 13 April: 14 April .. 1 June = 17 + 31 + 1 = 49 days;
    # 5,000 x 7.27% x 49 / 365 = 48.7986 -> 48.80; no lump sum for a consumer (§288(5))
    result = interest(CONSUMER, (POSTED_10_APRIL,))
    assert (result.segments[0].start, result.days, result.total_interest) == (date(2025, 4, 14), 49, 4880)
    assert result.compensation is None
    assert result.default is not None and result.default.basis == REMINDER
    assert result.default.in_default_on == date(2025, 4, 13)
    assert ("in default on receipt of our reminder of 2025-04-10, taken as received 3 days after its date, on "
            "2025-04-13, BGB §286(1)" in result.basis)


def test_the_reminders_receipt_is_the_delivery_else_the_email_day_else_three_days_after_posting():
    # delivered 15 April: from 16 April, 15 + 31 + 1 = 47 days; 363.50 x 47 / 365 = 46.8068 -> 46.81
    delivered = Reminder(date(2025, 4, 10), posted_on=date(2025, 4, 11), delivered_on=date(2025, 4, 15))
    assert (interest(CONSUMER, (delivered,)).days, interest(CONSUMER, (delivered,)).total_interest) == (47, 4681)
    # emailed 10 April: received that day, from 11 April: 20 + 31 + 1 = 52 days; 363.50 x 52 / 365 = 51.79
    emailed = Reminder(date(2025, 4, 10), emailed_on=date(2025, 4, 10))
    assert (interest(CONSUMER, (emailed,)).days, interest(CONSUMER, (emailed,)).total_interest) == (52, 5179)
    # posted on 12 April (two days after the letter's date): received 15 April, so 47 days as above
    posted_late = Reminder(date(2025, 4, 10), posted_on=date(2025, 4, 12))
    assert interest(CONSUMER, (posted_late,)).days == 47
    # the earliest receipt of several reminders counts
    assert interest(CONSUMER, (Reminder(date(2025, 5, 1)), emailed)).days == 52


def test_the_letter_names_how_the_reminder_was_received_and_the_posting_delay_is_a_parameter():
    delivered = Reminder(date(2025, 4, 10), posted_on=date(2025, 4, 11), delivered_on=date(2025, 4, 15))
    assert ("our reminder of 2025-04-10, delivered on 2025-04-15, BGB §286(1)"
            in interest(CONSUMER, (delivered,)).basis)
    emailed = Reminder(date(2025, 4, 10), emailed_on=date(2025, 4, 10))
    assert ("our reminder of 2025-04-10, sent by email on 2025-04-10, BGB §286(1)"
            in interest(CONSUMER, (emailed,)).basis)
    # posted 10 April and taken as received 5 days later (a ledger's setting), on 15 April: from 16 April,
    # 15 + 31 + 1 = 47 days; 5,000 x 7.27% x 47 / 365 = 46.8068 -> 46.81
    slow = interest(CONSUMER, (POSTED_10_APRIL,), post_days=5)
    assert (slow.segments[0].start, slow.days, slow.total_interest) == (date(2025, 4, 16), 47, 4681)
    assert "taken as received 5 days after its date, on 2025-04-15" in slow.basis
    assert "taken as received 1 day after its date, on 2025-04-11" in interest(CONSUMER, (POSTED_10_APRIL,),
                                                                              post_days=1).basis
    # a recorded posting is named: posted 11 April, received 14 April
    posted = Reminder(date(2025, 4, 10), posted_on=date(2025, 4, 11))
    assert ("our reminder of 2025-04-10, posted on 2025-04-11 and taken as received 3 days later, on 2025-04-14"
            in interest(CONSUMER, (posted,)).basis)


def test_a_recorded_receipt_later_than_the_due_date_moves_the_30_days():
    # received 20 April, after the due date (2 April): 30 days after due date *and* receipt end on 20 May, so in
    # default from 21 May: 21 May .. 1 June = 11 + 1 = 12 days; 5,000 x 11.27% x 12 / 365 = 18.5260 -> 18.53
    received_late = replace(INVOICE, received_on=date(2025, 4, 20))
    result = interest(BUSINESS, invoice=received_late)
    assert (result.segments[0].start, result.days, result.total_interest) == (date(2025, 5, 21), 12, 1853)
    assert result.default is not None and result.default.fact == INVOICE_RECEIVED
    assert ("in default from 2025-05-21, 30 days after our invoice was received on 2025-04-20, later than its due "
            "date, BGB §286(3)" in result.basis)
    # received before it fell due: the due date governs, as without a receipt (46.32), and the letter says so
    received_early = replace(INVOICE, received_on=date(2025, 3, 5))
    early = interest(BUSINESS, invoice=received_early)
    assert early.total_interest == 4632 and early.default is not None and early.default.fact == DUE_DATE
    assert ("in default from 2025-05-03, 30 days after the due date, our invoice having been received on 2025-03-05"
            in early.basis)
    # not recorded: the due date stands for the receipt
    assert interest(BUSINESS).default.fact == DUE_DATE_FOR_RECEIPT
    # a reminder received earlier than the moved 30 days still starts default: 14 April, 49 days, 75.65
    assert interest(BUSINESS, (POSTED_10_APRIL,), invoice=received_late).total_interest == 7565


def test_no_interest_before_the_receipt_and_no_reminder_before_the_due_date():
    assert interest(CONSUMER, (POSTED_10_APRIL,), as_of=date(2025, 4, 13)).total_interest == 0
    # 14 April is the first day: 1 day, 363.50 / 365 = 0.9959 -> 1.00
    assert interest(CONSUMER, (POSTED_10_APRIL,), as_of=date(2025, 4, 14)).total_interest == 100
    before_due = Reminder(date(2025, 3, 30), emailed_on=date(2025, 3, 30))
    assert interest(CONSUMER, (before_due,)).total_interest == 0
    # a reminder the ledger records after as_of is not yet known on as_of
    assert interest(CONSUMER, (Reminder(date(2025, 6, 2)),)).total_interest == 0


def test_an_agreed_payment_date_puts_the_consumer_in_default_the_day_after_it():
    # 3 April .. 1 June = 28 + 31 + 1 = 60 days; 5,000 x 7.27% x 60 / 365 = 59.7534 -> 59.75
    result = interest(replace(CONSUMER, payment_date_agreed=True), (POSTED_10_APRIL,))
    assert (result.segments[0].start, result.days, result.total_interest) == (date(2025, 4, 3), 60, 5975)
    assert result.default is not None and result.default.basis == AGREED
    assert "BGB §286(2) no. 1" in result.basis
    # the invoice's own flag wins over the customer's, either way
    own = replace(INVOICE, payment_date_agreed=True)
    assert interest(CONSUMER, invoice=own).total_interest == 5975
    not_agreed = replace(INVOICE, payment_date_agreed=False)
    assert interest(replace(CONSUMER, payment_date_agreed=True), invoice=not_agreed).total_interest == 0


def test_a_consumer_told_on_the_invoice_is_in_default_30_days_after_due_unless_reminded_earlier():
    # in default from 3 May (31st day after 2 April): 3 May .. 1 June = 29 + 1 = 30 days;
    # 5,000 x 7.27% x 30 / 365 = 29.8767 -> 29.88
    told = replace(INVOICE, default_notice=True)
    result = interest(CONSUMER, invoice=told)
    assert (result.segments[0].start, result.days, result.total_interest) == (date(2025, 5, 3), 30, 2988)
    assert result.default is not None and result.default.basis == THIRTY_DAYS
    assert "in default from 2025-05-03, 30 days after the due date, BGB §286(3)" in result.basis
    # the reminder received 13 April is earlier: 49 days as above
    assert interest(CONSUMER, (POSTED_10_APRIL,), invoice=told).total_interest == 4880
    # the customer's default for its invoices works the same
    assert interest(replace(CONSUMER, default_notice=True)).total_interest == 2988


def test_a_business_is_in_default_at_the_latest_30_days_after_due():
    # 3 May .. 1 June = 30 days; 5,000 x 11.27% x 30 / 365 = 46.3151 -> 46.32, plus EUR 40 (§288(5))
    result = interest(BUSINESS)
    assert (result.segments[0].start, result.days, result.total_interest) == (date(2025, 5, 3), 30, 4632)
    assert result.compensation == Money("EUR", 4000)
    assert result.default is not None and result.default.basis == THIRTY_DAYS
    # a reminder received after the 30 days changes nothing
    late = Reminder(date(2025, 5, 20), emailed_on=date(2025, 5, 20))
    assert interest(BUSINESS, (late,)).total_interest == 4632
    # one received earlier starts default: 14 April .. 1 June = 49 days; 563.50 x 49 / 365 = 75.6479 -> 75.65
    assert interest(BUSINESS, (POSTED_10_APRIL,)).total_interest == 7565
    # before the 31st day nothing has accrued, not even the lump sum
    early = interest(BUSINESS, as_of=date(2025, 5, 2))
    assert (early.total_interest, early.compensation) == (0, None)
    # with an agreed date: from 3 April, 60 days; 563.50 x 60 / 365 = 92.63
    assert interest(replace(BUSINESS, payment_date_agreed=True)).total_interest == 9263


def test_other_packs_still_run_from_the_day_after_due():
    eu = Customer("E1", "Exemple SA", jurisdiction=Jurisdiction.EU)
    result = interest(eu)
    assert result.default is None and result.segments[0].start == date(2025, 4, 3)


def test_on_a_tie_the_reminder_is_named():
    # received on 2 May, the 30th day: default from 3 May either way; the reminder is the debtor's own fact
    on_day_30 = Reminder(date(2025, 5, 2), emailed_on=date(2025, 5, 2))
    start = default_start(INVOICE, BUSINESS, (on_day_30,), False, ON)
    assert (start.basis, start.first_interest_day) == (REMINDER, date(2025, 5, 3))
