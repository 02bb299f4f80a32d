"""Late-payment interest and compensation: per invoice and per customer, waivers, contract terms, JSON for reports."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from arledger.domain import dunning, limitation
from arledger.domain.errors import UserError
from arledger.domain.interest import (
    ALLOCATION_RULE,
    ALLOCATION_RULE_TEXT,
    DE,
    ROUNDING_MESSAGE,
    InterestPeriod,
    InterestResult,
    adds_nothing,
    compute_interest,
    select_interest_rule,
)
from arledger.domain.messages import Message, message_to_data, msg
from arledger.domain.model import (
    Customer,
    Dispute,
    InterestWaiver,
    Invoice,
)
from arledger.domain.money import Money, amount_value, format_amount
from arledger.domain.verzug import POST_RECEIPT_DAYS, Reminder
from arledger.services import policy
from arledger.services.bulk import without_gc_pauses
from arledger.services.evidence_log import _log
from arledger.services.ledger import Ledger, check_received
from arledger.services.limitations import limitation_statuses
from arledger.storage import collections as rows
from arledger.storage import customers as customer_rows
from arledger.storage import invoices as invoice_rows
from arledger.storage import settlements


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


def _settled_since(as_of: date, generic_years: int) -> date:
    """Oldest due date whose interest could still be claimed (the longest limitation period, plus DE's year end)."""
    years = max(max(limitation.PERIOD_YEARS.values()), generic_years) + 1
    return limitation.add_years(as_of, -years)


@without_gc_pauses
def interest_lines(ledger: Ledger, as_of: date, code: str | None = None,
                   invoice_numbers: Sequence[str] | None = None, *, settled: bool = True,
                   customer: Customer | None = None, open_items: bool = True,
                   except_customers: Collection[int] = (), overdue: Sequence[rows.OverdueItem] | None = None,
                   settled_since: date | None = None, limitation_years: int | None = None) -> list[InterestLine]:
    """Interest and compensation on every invoice overdue and open on as_of (unless ``open_items`` is false),
    and (with ``settled``) on every invoice paid in full after its due date whose interest or compensation is
    still claimable (not waived, not time-barred, not written off), of one customer if given (by ``code``, or as
    ``customer`` once read), leaving out the customers (ids) in ``except_customers``.

    ``overdue``: the overdue rows on as_of when the caller has read them already (a letter: its customer's; the
    workbook: a batch of its open items);
    ``settled_since``: only invoices paid in full on or after that day (an interest-only claim's window);
    ``limitation_years``: the setting 'limitation_generic_years' when the caller has read it already."""
    if customer is None and code:
        customer = ledger.customer(code)
    years = policy.generic_limitation_years(ledger) if limitation_years is None else limitation_years
    cid = customer.id if customer else None
    items: list[rows.OverdueItem] = []
    if open_items:
        items = list(overdue) if overdue is not None else rows.overdue_items(ledger.conn, as_of, cid)
        if except_customers:
            items = [r for r in items if r.customer_id not in except_customers]
    if settled:  # these leave out except_customers in SQL
        items += rows.late_settled_items(ledger.conn, as_of, _settled_since(as_of, years), cid,
                                         closed_since=settled_since, except_customers=except_customers)
    if invoice_numbers is not None:
        wanted = set(invoice_numbers)
        items = [r for r in items if r.number in wanted]
    customers = ({customer.id: customer} if customer else
                 customer_rows.customers_by_ids(ledger.conn, {r.customer_id for r in items}))
    invoices = invoice_rows.by_ids(ledger.conn, [r.invoice_id for r in items])
    # a paid invoice to which no rule adds anything (no statutory rule, no contract terms) has nothing left
    items = [r for r in items if r.open or not adds_nothing(customers[r.customer_id], invoices[r.invoice_id])]
    ids = [r.invoice_id for r in items]
    tables = policy.rate_tables(ledger)
    settlements = settlement_history(ledger, ids, as_of)
    disputes = _dispute_history(ledger, ids)
    waivers = rows.waivers_for_invoices(ledger.conn, ids)
    # only the de pack asks when the debtor was reminded (BGB § 286); other ledgers run no query for it
    german = [r.invoice_id for r in items
              if select_interest_rule(customers[r.customer_id], invoices[r.invoice_id]) == DE]
    reminders = rows.reminders_for_invoices(ledger.conn, german) if german else {}
    post_days = policy.post_receipt_days(ledger) if german else POST_RECEIPT_DAYS
    # a claim run needs limitation only where it can have run out: nothing due within the shortest period is barred
    shortest = min(*limitation.PERIOD_YEARS.values(), years)
    young = limitation.add_years(as_of, -shortest).isoformat() if settled_since is not None else None
    limits = limitation_statuses(ledger, [(r.invoice_id, r.customer_id, r.due_date) for r in items
                                          if young is None or r.due_date < young], customers, as_of,
                                generic_years=years)
    out = []
    for cust_id, iid, _number, _due, open_, _cur, disputed in items:
        inv = invoices[iid]
        try:
            res = compute_interest(inv, customers[cust_id], as_of, tables, settlements=settlements.get(iid, []),
                                   disputes=disputes.get(iid, []), waivers=waivers.get(iid, []),
                                   reminders=reminders.get(iid, []), post_days=post_days)
        except UserError as exc:
            # e.g. a debt older than the rate table: that invoice gets no figure and says why; the rest go on
            res = InterestResult(rule="none", invoice_number=inv.number, currency=inv.currency, as_of=as_of,
                                 segments=(), total_interest=0, compensation=None,
                                 basis_message=msg("interest.not_computed", "No interest computed: {reason}",
                                                   reason=exc.message),
                                 stale_rate=True, stale_notes=(msg("interest.not_computed_for", "No interest computed "
                                                                   "for {number}: {reason}", number=inv.number,
                                                                   reason=exc.message),))
        line = InterestLine(customers[cust_id], inv, res, open_, min(disputed, open_), limits.get(iid))
        if line.settled and not (line.claimable_interest or line.claimable_compensation):
            continue
        out.append(line)
    out.sort(key=lambda x: (x.customer.code, x.invoice.due_date, x.invoice.number))
    return out


def claim_items(ledger: Ledger, as_of: date, code: str | None = None, *, customer: Customer | None = None,
                except_customers: Collection[int] = (), limitation_years: int | None = None
                ) -> dict[int, list[dunning.DunningItem]]:
    """Per customer id, the invoices paid in full after their due date whose interest or compensation is still
    owed, as dunning items (the same figures as ``report interest``). A letter run leaves out the customers with
    open overdue invoices: their letter is about those (dunning.letter_due), so their claims need no computing.

    Only invoices paid in the last ``letters.interest_claim_days`` days (setting, default 90) are proposed for a
    letter of their own: older late payments stay in ``report interest`` and in any letter about open invoices,
    but a letter run does not turn every late payment of the past years into a letter."""
    window = policy.interest_claim_days(ledger)
    return items_claimed(interest_lines(ledger, as_of, code, customer=customer, open_items=False,
                                        except_customers=except_customers,
                                        settled_since=as_of - timedelta(days=window),
                                        limitation_years=limitation_years))


def items_claimed(lines: Sequence[InterestLine]) -> dict[int, list[dunning.DunningItem]]:
    """:func:`claim_items` from the interest lines of invoices paid late, once computed (a letter keeps them)."""
    out: dict[int, list[dunning.DunningItem]] = defaultdict(list)
    for line in lines:
        inv = line.invoice
        item = dunning.interest_claim_item(inv.id, inv.number, inv.due_date, inv.currency, line.claimable_interest,
                                           line.claimable_compensation)
        if item is not None:
            out[line.customer.id].append(item)
    return out


def settlement_history(ledger: Ledger, invoice_ids: list[int], as_of: date) -> dict[int, list[tuple[date, int]]]:
    """Per invoice, its settlements (date, amount) up to as_of, oldest first."""
    return rows.settlements_of(ledger.conn, invoice_ids, as_of)


def _dispute_history(ledger: Ledger, invoice_ids: list[int]) -> dict[int, list[Dispute]]:
    out: dict[int, list[Dispute]] = defaultdict(list)
    for d in rows.disputes_for_invoices(ledger.conn, invoice_ids):
        out[d.invoice_id].append(d)
    return out


def waive_interest(ledger: Ledger, invoice_number: str, reason: str | Message, *, interest: int | None = None,
                   compensation: int | None = None, on: date | None = None) -> InterestWaiver:
    """Waive interest and/or compensation on one invoice, whole or part, with a reason, logged as evidence.

    ``interest`` (minor units of the invoice currency) and ``compensation`` (minor units of the
    compensation's currency) default to everything still claimable on ``on`` when both are left out; an
    amount above what is claimable is refused.
    """
    inv = ledger.invoice(invoice_number)
    on = on or ledger.today()
    said = reason if isinstance(reason, Message) else None  # a sentence the ledger writes; else someone's words
    if not str(reason).strip():
        raise UserError(msg("interest.waiver_no_reason", "Give a reason for the waiver."))
    customer = ledger.customer_by_id(inv.customer_id)
    res = _interest_of(ledger, inv, customer, on)
    comp = res.claimable_compensation
    claimable_comp = comp.minor if comp else 0
    if interest is None and compensation is None:
        interest, compensation = res.claimable_interest, claimable_comp
    interest, compensation = interest or 0, compensation or 0
    if interest < 0 or compensation < 0:
        raise UserError(msg("interest.waiver_negative", "A waiver cannot be negative."))
    if interest > res.claimable_interest:
        raise UserError(msg("interest.waiver_over_interest", "Invoice {number} has {claimable} of interest to waive "
                            "on {on}, less than {asked}.", number=inv.number,
                            claimable=amount_value(res.claimable_interest, inv.currency), on=on,
                            asked=amount_value(interest, inv.currency)))
    if compensation > claimable_comp:
        cur = comp.currency if comp else inv.currency
        raise UserError(msg("interest.waiver_over_compensation", "Invoice {number} has {claimable} of compensation "
                            "to waive on {on}, less than {asked}.", number=inv.number,
                            claimable=amount_value(claimable_comp, cur), on=on, asked=amount_value(compensation, cur)))
    if interest == 0 and compensation == 0:
        raise UserError(msg("interest.nothing_to_waive", "Invoice {number} has no interest or compensation to waive "
                            "on {on}.", number=inv.number, on=on.isoformat()))
    waiver = InterestWaiver(inv.id, on, interest, compensation, str(reason).strip(), reason_message=said)
    comp_cur = comp.currency if comp else inv.currency
    with ledger.database.atomic() as conn:
        seq = _log(ledger, "interest_waived", customer, {
            "invoice": inv.number, "on": on.isoformat(), "reason": waiver.reason,
            **({"reason_message": message_to_data(said)} if said else {}),
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
                            disputes=_dispute_history(ledger, [inv.id]).get(inv.id, []), waivers=waivers,
                            reminders=_reminders_of(ledger, inv, customer), post_days=policy.post_receipt_days(ledger))


def _reminders_of(ledger: Ledger, inv: Invoice, customer: Customer) -> list[Reminder]:
    """The ladder letters about one invoice, where its rule pack (de) needs them."""
    if select_interest_rule(customer, inv) != DE:
        return []
    return rows.reminders_for_invoices(ledger.conn, [inv.id]).get(inv.id, [])


def set_customer_contract(ledger: Ledger, code: str, *, rate_bp: int | None, fee: int | None,
                          lpr_factor: Decimal | None = None) -> Customer:
    """Set (or clear, with None) a customer's contractual annual rate (basis points), fixed fee per invoice
    (minor units of the customer's currency) and, for cn, the LPR factor; logged as evidence."""
    customer = ledger.customer(code)
    _check_terms(rate_bp, fee)
    if lpr_factor is not None and not Decimal(0) < lpr_factor <= Decimal(10):
        raise UserError(msg("interest.lpr_factor", "The LPR factor must be more than 0 and at most 10 (for example "
                            "1.5)."))
    with ledger.database.atomic() as conn:
        _log(ledger, "contract_terms", customer, {
            "rate_percent": _percent_text(rate_bp), "fee": format_amount(fee, customer.currency) if fee is not None
            else None, "currency": customer.currency,
            "lpr_factor": str(lpr_factor) if lpr_factor is not None else None})
        customer_rows.set_contract_terms(conn, customer.id, rate_bp, fee, lpr_factor)
    return dataclasses.replace(customer, contract_rate_bp=rate_bp, contract_fee=fee, lpr_factor=lpr_factor)


def set_invoice_terms(ledger: Ledger, invoice_number: str, *, rate_bp: int | None, fee: int | None,
                      payment_date_agreed: bool | None, default_notice: bool | None) -> Invoice:
    """Set an invoice's own terms, in one transaction with one evidence event: its contractual rate and fee (None
    clears one; they win over the customer's) and, for the de pack, whether its payment date was agreed by contract
    and whether it carried the § 286 Abs. 3 notice (None: as the customer)."""
    inv = ledger.invoice(invoice_number)
    _check_terms(rate_bp, fee)
    customer = ledger.customer_by_id(inv.customer_id)
    with ledger.database.atomic() as conn:
        _log(ledger, "contract_terms", customer, {
            "invoice": inv.number, "rate_percent": _percent_text(rate_bp),
            "fee": format_amount(fee, inv.currency) if fee is not None else None, "currency": inv.currency,
            "payment_date_agreed": payment_date_agreed, "default_notice": default_notice})
        invoice_rows.set_contract_terms(conn, inv.id, rate_bp, fee)
        invoice_rows.set_default_terms(conn, inv.id, payment_date_agreed, default_notice)
    return dataclasses.replace(inv, contract_rate_bp=rate_bp, contract_fee=fee,
                               payment_date_agreed=payment_date_agreed, default_notice=default_notice)


def set_invoice_received(ledger: Ledger, invoice_number: str, received_on: date | None) -> Invoice:
    """Record (or with None clear) the day the debtor received an invoice, which moves the § 286 (3) BGB default
    to 30 days after it where it is later than the due date; one transaction, one evidence event."""
    inv = ledger.invoice(invoice_number)
    check_received(inv.number, inv.issue_date, received_on)
    customer = ledger.customer_by_id(inv.customer_id)
    with ledger.database.atomic() as conn:
        _log(ledger, "invoice_received", customer, {
            "invoice": inv.number, "received_on": received_on.isoformat() if received_on else None})
        invoice_rows.set_received(conn, inv.id, received_on)
    return dataclasses.replace(inv, received_on=received_on)


def _check_terms(rate_bp: int | None, fee: int | None) -> None:
    if rate_bp is not None and not 0 <= rate_bp <= 100_000:
        raise UserError(msg("interest.contract_rate", "The contract rate must be between 0 and 1000 percent a "
                            "year."))
    if fee is not None and fee < 0:
        raise UserError(msg("interest.contract_fee_negative", "The contract fee cannot be negative."))


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

    def to_json(self) -> dict[str, Any]:
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


def interest_to_json(lines: list[InterestLine], as_of: date, claims: Sequence[CustomerClaim] = ()) -> dict[str, Any]:
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
            "basis": r.basis, "basis_code": r.basis_message.code,
        }
        if r.rate_after_table_end:
            row["table_last_date"] = {t: d.isoformat() for t, d in r.table_last_dates.items()}
        if r.stale_rate:
            row["warning"] = str(r.stale_message)
        out_rows.append(row)
    return {"as_of": as_of.isoformat(), "allocation_rule": ALLOCATION_RULE,
            "allocation_rule_text": ALLOCATION_RULE_TEXT,
            "rounding": str(ROUNDING_MESSAGE),
            "rows": out_rows,
            "totals": [{"currency": c, "interest": format_amount(v["interest"], c),
                        "compensation": format_amount(v["compensation"], c)} for c, v in sorted(totals.items())],
            "claims": [c.to_json() for c in claims]}


def _limitation_json(status: limitation.LimitationStatus | None) -> dict[str, Any]:
    """Why the limitation date is what it is: a revival (cn) or suspended days (de), with the basis sentence."""
    if status is None:
        return {}
    out: dict[str, Any] = {"limitation_basis": status.basis, "limitation_basis_code": status.basis_message.code}
    if status.revived_by_kind:
        assert status.revived_on is not None
        out["revived_by"] = {"kind": status.revived_by_kind, "on": status.revived_on.isoformat(),
                             "event": str(status.revived_by_event_id)}
    if status.suspended_days:
        out["suspended_days"] = status.suspended_days
    return out


def _period_json(p: InterestPeriod, currency: str) -> dict[str, Any]:
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
