"""What the desktop lists and dialogs show: keyset pages, look-ups, previews and the dashboard figures.

Every function takes a Ledger and returns frozen DTOs; the widgets format them and do no arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from arledger.domain import allocation
from arledger.domain.aging import AgingBasis, BucketScheme
from arledger.domain.errors import UserError
from arledger.domain.messages import Message
from arledger.domain.model import Customer
from arledger.services import kpis
from arledger.services.ledger import Ledger
from arledger.services.reports import AgingGrouping, aging
from arledger.storage import browse as browse_sql
from arledger.storage import invoices as invoice_rows
from arledger.storage.migrations import OPEN
from arledger.storage.rows import to_date, to_day

PAGE_SIZE = 200


class InvoiceStatus(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    SETTLED = "settled"
    ALL = "all"


class InvoiceSort(StrEnum):
    DUE = "due"
    ISSUE = "issue"
    NUMBER = "number"
    CUSTOMER = "customer"
    AMOUNT = "amount"
    OPEN = "open"
    CURRENCY = "currency"


class CustomerSort(StrEnum):
    CODE = "code"
    NAME = "name"
    COUNTRY = "country"
    CURRENCY = "currency"
    TERMS = "terms"
    BALANCE = "balance"
    OVERDUE = "overdue"
    COUNT = "count"


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next keyset page starts: the last row's sort key value and id."""

    key: object
    id: int


@dataclass(frozen=True, slots=True)
class Balance:
    currency: str
    open_invoices: int
    open_amount: int
    overdue_amount: int
    oldest_due: date | None


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: int
    code: str
    name: str
    country: str
    currency: str
    payment_terms_days: int
    kind: str
    do_not_contact: bool
    attorney_on_record: bool
    on_hold: bool
    balances: tuple[Balance, ...] = ()

    @property
    def main_balance(self) -> Balance:
        """The balance in the customer's own currency (zero if nothing is open in it)."""
        for b in self.balances:
            if b.currency == self.currency:
                return b
        return Balance(self.currency, 0, 0, 0, None)

    @property
    def other_balances(self) -> tuple[Balance, ...]:
        return tuple(b for b in self.balances if b.currency != self.currency)


@dataclass(frozen=True, slots=True)
class CustomerPage:
    rows: tuple[CustomerRow, ...]
    next: Cursor | None


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    search: str = ""
    risk: str = ""  # "", "A", "B" or "C"


@dataclass(frozen=True, slots=True)
class InvoiceFilter:
    status: InvoiceStatus = InvoiceStatus.OPEN
    search: str = ""
    currency: str = ""
    customer_code: str = ""
    bucket: int | None = None  # index into the ledger's aging bucket labels (by due date)


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    id: int
    number: str
    customer_code: str
    customer_name: str
    issue_date: date
    due_date: date
    amount: int
    open_amount: int
    currency: str
    reference: str
    days_overdue: int  # 0 when not yet due or settled
    settled_on: date | None
    disputed: bool = False  # an open dispute covers all or part of it


@dataclass(frozen=True, slots=True)
class InvoicePage:
    rows: tuple[InvoiceRow, ...]
    next: Cursor | None


@dataclass(frozen=True, slots=True)
class CustomerChoice:
    code: str
    name: str
    currency: str
    payment_terms_days: int


def _today(as_of: date | None) -> date:
    return as_of or date.today()


def customers_page(ledger: Ledger, flt: CustomerFilter = CustomerFilter(), *,
                   sort: CustomerSort = CustomerSort.CODE, descending: bool = False, after: Cursor | None = None,
                   limit: int = PAGE_SIZE, as_of: date | None = None) -> CustomerPage:
    """One page of customers with their open balances per currency."""
    today = _today(as_of)
    rows = browse_sql.customers_page(
        ledger.conn, sort=CustomerSort(sort).value, descending=descending,
        after=(after.key, after.id) if after else None, limit=limit, search=flt.search.strip(), risk=flt.risk,
        today=today)
    per: dict[int, list[Balance]] = {}
    for cid, cur, n, open_, overdue, oldest in browse_sql.balances(ledger.conn, [r[0] for r in rows], today):
        per.setdefault(cid, []).append(Balance(cur, n, open_, overdue, to_date(oldest)))
    out = tuple(
        CustomerRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), bool(r[8]), bool(r[9]),
                    tuple(per.get(r[0], ())))
        for r in rows
    )
    nxt = Cursor(rows[-1][-1], rows[-1][0]) if len(rows) == limit else None
    return CustomerPage(out, nxt)


def count_customers(ledger: Ledger, flt: CustomerFilter = CustomerFilter()) -> int:
    return browse_sql.count_customers(ledger.conn, flt.search.strip(), flt.risk)


def find_customers(ledger: Ledger, text: str, limit: int = 20) -> list[CustomerChoice]:
    """Customers whose code starts with, or whose name contains, text (for completers)."""
    return [CustomerChoice(*r) for r in browse_sql.find_customers(ledger.conn, text, limit)]


def customer_choice(ledger: Ledger, code: str) -> CustomerChoice | None:
    """The customer with exactly this code (any case), or None."""
    code = code.strip()
    if not code:
        return None
    for c in find_customers(ledger, code, 5):
        if c.code.upper() == code.upper():
            return c
    return None


def _customer_id(ledger: Ledger, code: str) -> int | None:
    return ledger.customer(code).id if code.strip() else None


def _invoice_row(r: tuple[Any, ...], today: date) -> InvoiceRow:
    due = to_day(r[5])
    is_open = r[11] == OPEN
    days = max(0, (today - due).days) if is_open else 0
    return InvoiceRow(r[0], r[1], r[2], r[3], to_day(r[4]), due, r[6], r[7], r[8], r[9], days,
                      None if is_open else to_date(r[11]), bool(r[12]) if len(r) > 12 else False)


def invoices_page(ledger: Ledger, flt: InvoiceFilter = InvoiceFilter(), *, sort: InvoiceSort = InvoiceSort.DUE,
                  descending: bool = False, after: Cursor | None = None, limit: int = PAGE_SIZE,
                  as_of: date | None = None) -> InvoicePage:
    """One page of invoices matching the filter, in the chosen order."""
    today = _today(as_of)
    rows = browse_sql.invoices_page(
        ledger.conn, status=InvoiceStatus(flt.status).value, sort=InvoiceSort(sort).value, descending=descending,
        after=(after.key, after.id) if after else None, limit=limit, search=flt.search.strip(),
        currency=flt.currency, customer_id=_customer_id(ledger, flt.customer_code), today=today,
        **_due_window(ledger, flt, today))
    nxt = Cursor(rows[-1][-1], rows[-1][0]) if len(rows) == limit else None
    return InvoicePage(tuple(_invoice_row(r, today) for r in rows), nxt)


def count_invoices(ledger: Ledger, flt: InvoiceFilter = InvoiceFilter(), as_of: date | None = None) -> int:
    return browse_sql.count_invoices(
        ledger.conn, status=InvoiceStatus(flt.status).value, search=flt.search.strip(), currency=flt.currency,
        customer_id=_customer_id(ledger, flt.customer_code), today=_today(as_of),
        **_due_window(ledger, flt, _today(as_of)))


def bucket_labels(ledger: Ledger) -> tuple[str, ...]:
    """The ledger's aging buckets by due date, for the invoice list's age filter."""
    return ledger.bucket_scheme().labels


def bucket_scheme(ledger: Ledger) -> BucketScheme:
    """The ledger's aging buckets by due date (their day ranges title them in any language)."""
    return ledger.bucket_scheme()


def _due_window(ledger: Ledger, flt: InvoiceFilter, today: date) -> dict[str, date | None]:
    """An aging bucket as due dates: days past due in (low, high] <=> due in [today - high, today - low)."""
    if flt.bucket is None:
        return {}
    low, high = ledger.bucket_scheme().ranges()[flt.bucket]
    return {"due_before": None if low is None else today - timedelta(days=low),
            "due_from": None if high is None else today - timedelta(days=high)}


def currencies(ledger: Ledger) -> list[str]:
    return browse_sql.invoice_currencies(ledger.conn)


def invoice_row(ledger: Ledger, number: str, as_of: date | None = None) -> InvoiceRow:
    r = browse_sql.open_invoice_row(ledger.conn, number.strip())
    if r is None:
        raise UserError(f"There is no invoice numbered '{number.strip()}'.")
    return _invoice_row(r, _today(as_of))


def open_invoices_of(ledger: Ledger, customer_code: str, currency: str | None = None,
                     limit: int = 500) -> list[InvoiceRow]:
    """The customer's open invoices, oldest due first (for pickers in the payment and write-off dialogs)."""
    rows = browse_sql.invoices_page(ledger.conn, status="open", sort="due", limit=limit, currency=currency or "",
                                    customer_id=ledger.customer(customer_code).id, today=date.today())
    return [_invoice_row(r, date.today()) for r in rows]


# -- payment allocation preview ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AllocationLine:
    invoice_number: str
    due_date: date
    open_before: int
    applied: int
    open_after: int


@dataclass(frozen=True, slots=True)
class AllocationPreview:
    currency: str
    lines: tuple[AllocationLine, ...]
    unapplied: int


def preview_allocation(ledger: Ledger, customer_code: str, amount: int, currency: str | None = None,
                       invoice_number: str | None = None) -> AllocationPreview:
    """What record_payment would do with this amount, computed the same way and written nowhere."""
    c = ledger.customer(customer_code)
    cur = currency or c.currency
    if invoice_number:
        inv = ledger.invoice(invoice_number)
        if inv.customer_id != c.id:
            raise UserError(f"Invoice {inv.number} belongs to another customer.")
        if inv.currency != cur:
            raise UserError(f"Invoice {inv.number} is in {inv.currency}, not {cur}.")
        items = [invoice_rows.receivable(ledger.conn, inv.id)]
        parts, left = allocation.allocate_to(amount, items[0])
    else:
        items = invoice_rows.open_receivables(ledger.conn, c.id, cur)
        parts, left = allocation.allocate(amount, items)
    by_id = {r.invoice_id: r for r in items}
    lines = tuple(AllocationLine(by_id[i].number, by_id[i].due_date, by_id[i].open_amount, a,
                                 by_id[i].open_amount - a) for i, a in parts)
    return AllocationPreview(cur, lines, left)


# -- dashboard ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CurrencyTile:
    currency: str
    receivable: int
    overdue: int
    overdue_share: float  # 0..1, for the tile's gauge; display only


@dataclass(frozen=True, slots=True)
class OverdueCustomer:
    code: str
    name: str
    currency: str
    overdue: int
    total: int
    worst_bucket: str


@dataclass(frozen=True, slots=True)
class DashboardSummary:
    as_of: date
    labels: tuple[str, ...]
    tiles: tuple[CurrencyTile, ...]
    buckets: dict[str, tuple[int, ...]] = field(default_factory=dict)  # currency -> bucket sums
    top_overdue: tuple[OverdueCustomer, ...] = ()
    customers: int = 0
    scheme: BucketScheme = field(default_factory=BucketScheme)  # the buckets behind labels, for their titles


def dashboard(ledger: Ledger, as_of: date | None = None, top: int = 8) -> DashboardSummary:
    """Receivables and overdue per currency, the aging by bucket, and the customers most overdue."""
    today = _today(as_of)
    scheme = BucketScheme(ledger.bucket_scheme().boundaries, AgingBasis.DUE)
    report = aging(ledger, today, scheme, AgingGrouping.CUSTOMER)
    tiles = []
    for t in report.totals:
        overdue = t.total - t.buckets[0]
        tiles.append(CurrencyTile(t.currency, t.total, overdue, overdue / t.total if t.total else 0.0))
    late = []
    for r in report.rows:
        overdue = r.total - r.buckets[0]
        if overdue > 0:
            worst = max(k for k, v in enumerate(r.buckets) if v)
            late.append(OverdueCustomer(r.customer_code, r.customer_name, r.currency, overdue, r.total,
                                        report.labels[worst]))
    late.sort(key=lambda o: (-o.overdue, o.code))
    # Amounts in different currencies are not comparable; rank within each currency and interleave.
    ranked: list[OverdueCustomer] = []
    per_cur: dict[str, list[OverdueCustomer]] = {}
    for o in late:
        per_cur.setdefault(o.currency, []).append(o)
    while len(ranked) < top and any(per_cur.values()):
        for cur in sorted(per_cur, key=lambda c: -sum(o.overdue for o in per_cur[c])):
            if per_cur[cur] and len(ranked) < top:
                ranked.append(per_cur[cur].pop(0))
    return DashboardSummary(today, report.labels, tuple(tiles), {t.currency: t.buckets for t in report.totals},
                            tuple(ranked), ledger.counts()["customers"], report.scheme)


# -- files --------------------------------------------------------------------------------------------------
def invoice_number_taken(ledger: Ledger, number: str) -> bool:
    return browse_sql.open_invoice_row(ledger.conn, number.strip()) is not None


def suggest_invoice_number(ledger: Ledger) -> str:
    """The newest invoice's number with its trailing digits increased (INV-0001500 -> INV-0001501)."""
    last = browse_sql.newest_invoice_number(ledger.conn)
    if not last:
        return "INV-0001"
    head = last.rstrip("0123456789")
    digits = last[len(head):]
    if not digits:
        return f"{last}-2"
    candidate = f"{head}{int(digits) + 1:0{len(digits)}d}"
    while invoice_number_taken(ledger, candidate):
        digits = candidate[len(head):]
        candidate = f"{head}{int(digits) + 1:0{len(digits)}d}"
    return candidate


# -- customer view ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LimitationWarning:
    """An open, overdue invoice within the warning period of its limitation date (or past it)."""

    customer_code: str
    customer_name: str
    invoice_number: str
    currency: str
    open_amount: int
    due_date: date
    limitation_date: date
    days_left: int
    time_barred: bool
    basis: str


def limitation_warnings(ledger: Ledger, as_of: date | None = None, code: str | None = None,
                        limit: int | None = None) -> list[LimitationWarning]:
    """Invoices about to become (or already) time-barred, the nearest limitation date first."""
    from datetime import timedelta

    from arledger.services import collections, policy
    from arledger.storage import collections as collection_rows
    from arledger.storage import customers as customer_rows

    today = _today(as_of)
    cid = ledger.customer(code).id if code else None
    items = collection_rows.overdue_items(ledger.conn, today, cid)
    # Only debts this old can be within the warning period of the shortest rule pack (3 years, warn 180 days).
    cutoff = (today - timedelta(days=365 * min(3, policy.generic_limitation_years(ledger)) - 200)).isoformat()
    old = [r for r in items if r[3] <= cutoff]
    if not old:
        return []
    customers = customer_rows.customers_by_ids(ledger.conn, {r[0] for r in old})
    statuses = collections.limitation_statuses(ledger, [(r[1], r[0], r[3]) for r in old], customers, today)
    out = []
    for r in old:
        s = statuses[r[1]]
        if s.warning or s.time_barred:
            c = customers[r[0]]
            out.append(LimitationWarning(c.code, c.name, r[2], r[5], r[4], to_day(r[3]), s.limitation_date,
                                         s.days_left, s.time_barred, s.basis))
    out.sort(key=lambda w: (w.limitation_date, w.customer_code, w.invoice_number))
    return out[:limit] if limit else out


@dataclass(frozen=True, slots=True)
class CustomerHeader:
    """What the top of the customer view shows."""

    customer: Customer
    as_of: date
    balances: tuple[Balance, ...]
    limitation: tuple[LimitationWarning, ...]
    open_disputes: int
    pending_promises: int


def customer_header(ledger: Ledger, code: str, as_of: date | None = None) -> CustomerHeader:
    from arledger.domain.model import PromiseStatus
    from arledger.services import collections
    from arledger.storage import collections as collection_rows

    today = _today(as_of)
    c = ledger.customer(code)
    balances = tuple(Balance(cur, n, open_, overdue, to_date(oldest))
                     for _cid, cur, n, open_, overdue, oldest in browse_sql.balances(ledger.conn, [c.id], today))
    evals, _plans = collections.promise_statuses(ledger, today, c.code)
    pending = sum(1 for ev in evals if ev.status is PromiseStatus.PENDING)
    disputes = len(collection_rows.disputes(ledger.conn, c.id, open_only=True))
    return CustomerHeader(c, today, balances, tuple(limitation_warnings(ledger, today, c.code)), disputes, pending)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One evidence event as the customer's timeline shows it."""

    seq: int
    at: datetime
    kind: str
    actor: str
    channel: str
    direction: str
    summary: Message  # a contact's own summary as written, else the event described
    outcome: str
    hash: str
    prev_hash: str


def timeline_page(ledger: Ledger, code: str, before: int | None = None, limit: int = PAGE_SIZE
                  ) -> tuple[tuple[TimelineRow, ...], int | None]:
    """A page of the customer's evidence log, newest first; returns (rows, cursor of the next page or None)."""
    import json

    from arledger.services.evidence_view import describe

    cid = ledger.customer(code).id
    rows = browse_sql.evidence_page(ledger.conn, cid, before_seq=before, limit=limit)
    out = []
    for seq, at, kind, actor, payload_json, digest, prev in rows:
        p = json.loads(payload_json)
        moment = datetime.fromisoformat(p.get("contact_at") or at)
        channel = str(p.get("channel") or ("letter" if kind == "letter" else ""))
        direction = str(p.get("direction") or ("out" if kind == "letter" else ""))
        summary = Message("", str(p["summary"])) if kind == "contact" and p.get("summary") else describe(kind, p)
        out.append(TimelineRow(seq, moment, kind, actor, channel, direction, summary, str(p.get("outcome") or ""),
                               digest, prev))
    return tuple(out), (rows[-1][0] if len(rows) == limit else None)


@dataclass(frozen=True, slots=True)
class PromiseRow:
    id: int
    promised_on: date
    due_date: date
    amount: int
    currency: str
    paid: int
    shortfall: int
    status: str  # PromiseStatus value
    deadline: date
    reason: Message  # the evaluation, in the reader's language when rendered
    invoices: tuple[str, ...]
    made_by: str
    plan_id: int | None
    instalment_no: int | None


@dataclass(frozen=True, slots=True)
class PlanRow:
    plan_id: int
    status: str  # PlanStatus value
    instalments: int
    currency: str
    promised: int
    paid: int
    remaining: int
    next_due: date | None
    reason: Message  # the evaluation, in the reader's language when rendered


def customer_promises(ledger: Ledger, code: str, as_of: date | None = None
                      ) -> tuple[tuple[PromiseRow, ...], tuple[PlanRow, ...]]:
    """The customer's promises (newest due first) and plans, evaluated from payments on as_of."""
    from arledger.services import collections

    evals, plans = collections.promise_statuses(ledger, _today(as_of), code)
    numbers = browse_sql.invoice_numbers(ledger.conn, {i for ev in evals for i in ev.promise.invoice_ids})
    rows = tuple(sorted((PromiseRow(
        ev.promise.id, ev.promise.promised_on, ev.promise.due_date, ev.promise.amount, ev.promise.currency, ev.paid,
        ev.shortfall, ev.status.value, ev.deadline, ev.reason,
        tuple(numbers.get(i, "?") for i in ev.promise.invoice_ids), ev.promise.made_by, ev.promise.plan_id,
        ev.promise.instalment_no) for ev in evals), key=lambda r: (r.due_date, r.id), reverse=True))
    plan_rows = tuple(PlanRow(p.plan_id, p.status.value, len(p.instalments),
                              p.instalments[0].promise.currency if p.instalments else "", p.promised, p.paid,
                              p.remaining, p.next_due, p.reason) for p in plans.values())
    return rows, plan_rows


@dataclass(frozen=True, slots=True)
class DisputeRow:
    id: int
    invoice_number: str
    currency: str
    opened_on: date
    reason: str  # DisputeReason value
    amount: int | None  # None: the whole open amount
    note: str
    resolved_on: date | None
    resolution: str


def customer_disputes(ledger: Ledger, code: str) -> tuple[DisputeRow, ...]:
    from arledger.storage import collections as collection_rows

    c = ledger.customer(code)
    disputes = collection_rows.disputes(ledger.conn, c.id)
    out = []
    for d in disputes:
        inv = invoice_rows.by_id(ledger.conn, d.invoice_id)
        out.append(DisputeRow(d.id, inv.number if inv else "?", inv.currency if inv else c.currency, d.opened_on,
                              d.reason.value, d.amount, d.note, d.resolved_on, d.resolution))
    out.sort(key=lambda r: (r.resolved_on is not None, r.opened_on), reverse=False)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class SentLetterRow:
    id: int
    level: int
    sent_on: date
    sha256: str
    path: Path | None  # the archived PDF (None if the letter was recorded without one)
    invoices: int


def customer_letters(ledger: Ledger, code: str) -> tuple[SentLetterRow, ...]:
    """The customer's letters, newest first, with the archived file of each."""
    from arledger.services import policy
    from arledger.storage import collections as collection_rows

    c = ledger.customer(code)
    base = policy.side_dir(ledger, "")
    return tuple(SentLetterRow(lt.id, lt.level, lt.sent_on, lt.sha256, base / lt.path if lt.path else None,
                               len(lt.invoice_ids))
                 for lt in reversed(collection_rows.letters_for(ledger.conn, c.id)))


# -- collections figures for the dashboard and reports -------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CollectionsSummary:
    start: date
    end: date
    kpis: tuple[kpis.CurrencyKpis, ...]  # per currency
    limitation: tuple[LimitationWarning, ...]
    limitation_total: int


def collections_summary(ledger: Ledger, as_of: date | None = None, days: int = 90, top: int = 12
                        ) -> CollectionsSummary:
    """KPIs of the last `days` days per currency and the nearest limitation warnings."""
    end = _today(as_of)
    start = end - timedelta(days=days - 1)
    warnings = limitation_warnings(ledger, end)
    return CollectionsSummary(start, end, tuple(kpis.period_kpis(ledger, start, end)), tuple(warnings[:top]),
                              len(warnings))


@dataclass(frozen=True, slots=True)
class InterestRow:
    customer_code: str
    customer_name: str
    invoice_number: str
    currency: str
    due_date: date
    days: int
    open_amount: int
    rates: str  # "12.75%", or "11.27% → 10.27%" when the rate changed
    interest: int
    compensation: int
    compensation_currency: str
    rule: str
    basis: str
    warning: str


@dataclass(frozen=True, slots=True)
class InterestTotal:
    currency: str
    interest: int
    compensation: int


@dataclass(frozen=True, slots=True)
class InterestReport:
    as_of: date
    rows: tuple[InterestRow, ...]
    totals: tuple[InterestTotal, ...]


def interest_report(ledger: Ledger, as_of: date | None = None, code: str | None = None) -> InterestReport:
    """The interest and compensation report (collections.interest_lines) with totals per currency.

    Figures are what is claimable (after waivers; a time-barred invoice is listed with 0 and a warning and left
    out of the totals); a rate assumed past the end of its table carries a "*" and the owner's warning.
    Invoices paid late whose interest or compensation is still owed are listed with an open amount of 0.
    """
    from arledger.services import collections

    day = _today(as_of)
    lines = collections.interest_lines(ledger, day, code or None)
    totals: dict[str, list[int]] = {}
    rows = []
    for ln in lines:
        r = ln.result
        comp = ln.claimable_compensation
        cur = ln.invoice.currency
        if not ln.time_barred:
            totals.setdefault(cur, [0, 0])[0] += ln.claimable_interest
            if comp:
                totals.setdefault(comp.currency, [0, 0])[1] += comp.minor
        rates = " → ".join(dict.fromkeys(f"{s.annual_rate}%{'*' if s.rate_after_table_end else ''}"
                                         for s in r.segments))
        warnings = [r.stale_message] if r.stale_rate else []
        if ln.time_barred and ln.limitation_status is not None:
            warnings.insert(0, f"Time-barred since {ln.limitation_status.limitation_date.isoformat()}: listed, "
                               "not claimed.")
        comp_cur = r.compensation.currency if r.compensation else cur
        rows.append(InterestRow(ln.customer.code, ln.customer.name, ln.invoice.number, cur, ln.invoice.due_date,
                                r.days, ln.open_amount, rates, ln.claimable_interest, comp.minor if comp else 0,
                                comp_cur, r.rule, r.basis, " ".join(warnings)))
    return InterestReport(day, tuple(rows), tuple(InterestTotal(c, v[0], v[1]) for c, v in sorted(totals.items())))
