"""A realistic sample ledger: customers in several jurisdictions, about 18 months of trading.

Deterministic for a seed and a date. Payment behaviour varies by customer (prompt, a little late, very
late, part payer, in trouble), so aging, promises and letters all have something to show. Written with
bulk inserts so a 1,000,000-invoice ledger builds in minutes, not hours.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.domain.model import Customer, CustomerKind, Jurisdiction, Language
from arledger.domain.money import format_amount
from arledger.services.ledger import Ledger
from arledger.storage import bulk, settlements
from arledger.storage import customers as customer_rows
from arledger.storage import settings as settings_rows
from arledger.storage.db import Connection
from arledger.storage.rows import now_utc

HISTORY_DAYS = 548  # about 18 months


@dataclass(frozen=True, slots=True)
class _Region:
    jurisdiction: Jurisdiction
    country: str
    currency: str
    timezone: str
    language: Language
    companies: tuple[str, ...]
    people: tuple[str, ...]
    streets: tuple[str, ...]
    amounts: tuple[int, int]  # typical invoice range in major units


_REGIONS = (
    _Region(Jurisdiction.UK, "GB", "GBP", "Europe/London", Language.EN,
            ("Harbour & Finch Ltd", "Pennine Joinery Ltd", "Blackwater Foods plc", "Kestrel Print Ltd",
             "Thameside Electrical Ltd", "Oakridge Builders Ltd", "Marlow Catering Ltd", "Ashdown Textiles Ltd"),
            ("Emma Clarke", "Oliver Hughes", "Amelia Patel", "George Evans"),
            ("12 Quay Street, Bristol BS1 4DJ", "4 Mill Lane, Leeds LS1 5AB", "77 High Street, Oxford OX1 4AP"),
            (180, 14000)),
    _Region(Jurisdiction.DE, "DE", "EUR", "Europe/Berlin", Language.EN,
            ("Nordwind Logistik GmbH", "Brauhaus Keller KG", "Schneider Metallbau GmbH", "Alpen Optik AG",
             "Rheinland Druck GmbH", "Hansa Möbel GmbH"),
            ("Lukas Becker", "Hannah Schmidt", "Jonas Wagner"),
            ("Hafenstraße 21, 20457 Hamburg", "Leopoldstraße 8, 80802 München", "Zeil 104, 60313 Frankfurt"),
            (250, 18000)),
    _Region(Jurisdiction.EU, "FR", "EUR", "Europe/Paris", Language.EN,
            ("Atelier Lumière SARL", "Boulangerie Durand SAS", "Vins du Rhône SA", "Van Dijk Bloemen BV"),
            ("Camille Martin", "Lucas Bernard"),
            ("18 rue de la République, 69002 Lyon", "5 quai des Chartrons, 33000 Bordeaux"),
            (200, 12000)),
    _Region(Jurisdiction.CN, "CN", "CNY", "Asia/Shanghai", Language.ZH,
            ("上海华信贸易有限公司", "深圳市鹏达电子有限公司", "杭州绿源茶业有限公司", "北京博远建材有限公司",
             "广州安捷物流有限公司"),
            ("王伟", "李娜", "张敏"),
            ("上海市浦东新区世纪大道100号", "深圳市南山区科技园路8号", "杭州市西湖区龙井路66号"),
            (2000, 120000)),
    _Region(Jurisdiction.US, "US", "USD", "America/New_York", Language.EN,
            ("Cedar Point Hardware LLC", "Bluegrass Dental Group", "Lakeside Marine Inc.", "Summit Roofing Co."),
            ("Michael Johnson", "Sarah Miller"),
            ("210 Main Street, Burlington, VT 05401", "88 Elm Avenue, Columbus, OH 43215"),
            (300, 15000)),
)

# (share of customers, name, how many days after due they usually pay, chance an invoice stays unpaid,
#  chance of a part payment)
class _Behaviour(NamedTuple):
    share: float  # of customers
    name: str
    days_late: tuple[int, int]  # paid this many days after the due date (range)
    p_unpaid: float
    p_part: float


_BEHAVIOURS = tuple(_Behaviour(*b) for b in (
    (0.40, "prompt", (-10, 3), 0.00, 0.02),
    (0.30, "late", (5, 45), 0.02, 0.08),
    (0.15, "very late", (30, 120), 0.08, 0.15),
    (0.10, "part payer", (10, 70), 0.05, 0.45),
    (0.05, "in trouble", (60, 200), 0.45, 0.25),
))


@dataclass(frozen=True, slots=True)
class DemoSummary:
    path: Path
    customers: int
    invoices: int
    payments: int


def _pick_behaviour(rng: random.Random) -> _Behaviour:
    x = rng.random()
    acc = 0.0
    for b in _BEHAVIOURS:
        acc += b[0]
        if x < acc:
            return b
    return _BEHAVIOURS[-1]


def _make_customers(rng: random.Random, n: int) -> list[tuple[Customer, _Behaviour]]:
    out: list[tuple[Customer, _Behaviour]] = []
    seen: dict[tuple[str, bool], int] = {}
    for i in range(n):
        region = _REGIONS[i % len(_REGIONS)]
        individual = rng.random() < 0.15
        pool = region.people if individual else region.companies
        j = seen.get((region.country, individual), 0)
        seen[(region.country, individual)] = j + 1
        name = pool[j % len(pool)] + ("" if j < len(pool) else f" ({j // len(pool) + 1})")
        terms = rng.choice((14, 30, 30, 30, 45, 60))
        code = f"C{i + 1:05d}"
        c = Customer(
            code=code, name=name, kind=CustomerKind.INDIVIDUAL if individual else CustomerKind.COMPANY,
            email=f"accounts{i + 1}@example.com", phone=f"+{rng.randint(10, 99)} {rng.randint(100, 999)}"
            f" {rng.randint(1000000, 9999999)}", address=rng.choice(region.streets), country=region.country,
            jurisdiction=region.jurisdiction, language=region.language, timezone=region.timezone,
            payment_terms_days=terms, credit_limit=region.amounts[1] * 300 * (1 if individual else 4),
            currency=region.currency,
            # German B2B contracts usually fix the payment date (BGB § 286 (2) no. 1): in default from the day
            # after due; consumers stay as the law has them (a reminder, or 30 days with the invoice's notice)
            payment_date_agreed=region.jurisdiction == Jurisdiction.DE and not individual,
        )
        out.append((c, _pick_behaviour(rng)))
    return out


def write_demo_ledger(path: Path | str, *, customers: int = 60, invoices: int = 1500, seed: int = 7,
                      today: date | None = None,
                      progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Write a sample ledger to a new file at path (an existing file is refused)."""
    if customers < 1 or invoices < 0:
        raise UserError(msg("demo.bad_size", "A demo ledger needs at least one customer and zero or more "
                "invoices."))
    today = today or date.today()
    rng = random.Random(seed)
    ledger = Ledger.create_new(path)
    try:
        people = _make_customers(rng, customers)
        with ledger.database.atomic() as conn:
            customer_rows.insert_many(conn, (c for c, _ in people))
            settings_rows.put(conn, "company", {
                "name": "Brightwater Supplies Ltd", "address": "1 Canal Wharf, Manchester M1 2AB",
                "registration": "Company No. 09876543", "email": "accounts@brightwater.example",
                "phone": "+44 161 555 0100", "contact_person": "Alex Morgan",
                "bank": {"account_name": "Brightwater Supplies Ltd", "iban": "GB33BUKB20201555555555",
                         "bic": "BUKBGB22"},
            })
            settings_rows.put(conn, "user.name", "Alex Morgan")  # the sample company's credit controller
            ids = bulk.customer_ids(conn)
            stats = _write_trading(conn, rng, [(ids[c.code], c, b) for c, b in people], invoices, today, progress)
            _log_opening_balances(ledger, today)
        _write_collections_history(ledger, rng, today, max(6, min(300, customers // 5)))
        from arledger.services.kpis import refresh_risk_tiers

        refresh_risk_tiers(ledger, today)
        return DemoSummary(ledger.path, customers, invoices, stats)
    finally:
        ledger.close()


def _write_trading(conn: Connection, rng: random.Random, people: list[tuple[int, Customer, _Behaviour]],
                   n_invoices: int, today: date, progress: Callable[[int, int], None] | None) -> int:
    """Invoices spread over the history with their payments, credit notes and one write-off."""
    start = today - timedelta(days=HISTORY_DAYS)
    stamp = now_utc()
    payment_id = 0
    chunk = 20000
    written = 0
    ordinal_start = start.toordinal()
    span = HISTORY_DAYS - 1

    def invoice_rows() -> Iterator[tuple[int, int, str, date, date, int, str, _Behaviour]]:
        nonlocal payment_id
        for k in range(n_invoices):
            cid, cust, behaviour = people[rng.randrange(len(people))]
            region_amounts = next(r.amounts for r in _REGIONS if r.jurisdiction is cust.jurisdiction)
            issue = date.fromordinal(ordinal_start + rng.randint(0, span))
            due = issue + timedelta(days=cust.payment_terms_days)
            amount = rng.randint(region_amounts[0], region_amounts[1]) * 100 + rng.choice((0, 0, 50, 99))
            yield (k + 1, cid, f"INV-{k + 1:07d}", issue, due, amount, cust.currency, behaviour)

    inv_batch: list[bulk.InvoiceLoadRow] = []
    pay_batch: list[settlements.PaymentLoadRow] = []
    alloc_batch: list[settlements.AllocationLoadRow] = []

    def flush() -> None:
        bulk.insert_invoice_rows(conn, inv_batch)
        settlements.insert_payments_many(conn, pay_batch)
        settlements.insert_allocations_many(conn, alloc_batch)
        inv_batch.clear()
        pay_batch.clear()
        alloc_batch.clear()

    for iid, cid, number, issue, due, amount, currency, behaviour in invoice_rows():
        inv_batch.append((iid, cid, number, issue.isoformat(), due.isoformat(), amount, currency,
                          f"PO-{rng.randint(10000, 99999)}", stamp))
        _, _, (lo, hi), p_unpaid, p_part = behaviour
        if rng.random() >= p_unpaid:
            pay_on = due + timedelta(days=rng.randint(lo, hi))
            pay_on = max(pay_on, issue)
            if rng.random() < p_part:
                first = (amount * rng.choice((25, 40, 50, 60))) // 100
                parts = [(pay_on, first)]
                second_on = pay_on + timedelta(days=rng.randint(20, 90))
                if rng.random() < 0.6:
                    parts.append((second_on, amount - first))
            else:
                parts = [(pay_on, amount)]
            for on, amt in parts:
                if on > today or amt <= 0:
                    continue
                payment_id += 1
                method = rng.choice(("bank_transfer", "bank_transfer", "card", "cheque"))
                pay_batch.append((payment_id, cid, on.isoformat(), amt, currency, method, number))
                alloc_batch.append((iid, "payment", payment_id, None, None, on.isoformat(), amt))
        written += 1
        if len(inv_batch) >= chunk:
            flush()
            if progress:
                progress(written, n_invoices)
    flush()
    if progress:
        progress(written, n_invoices)
    _credit_notes_and_write_off(conn, rng, today)
    return payment_id


def _log_opening_balances(ledger: Ledger, today: date) -> None:
    """The bulk-loaded history enters the evidence log as one opening event with its totals."""
    from arledger.storage import evidence, evidence_records

    totals = bulk.invoice_totals(ledger.conn)
    start = today - timedelta(days=HISTORY_DAYS + 1)
    evidence.append(ledger.conn, "opening_import", "arledger demo", None, {
        "note": "Sample trading history loaded in bulk; events from here on were recorded one by one.",
        "invoices": {cur: {"count": n, "amount": format_amount(a, cur), "open": format_amount(o, cur)}
                     for cur, n, a, o in totals}}, datetime.combine(start, time(9), UTC))
    evidence_records.seal_unrecorded(ledger.conn, "arledger demo", datetime.combine(start, time(9), UTC))


def _credit_notes_and_write_off(conn: Connection, rng: random.Random, today: date) -> None:
    """A few credit notes against open invoices, and one old debt written off."""
    open_rows = bulk.oldest_open(conn, 400)
    if not open_rows:
        return
    picks = rng.sample(open_rows, min(len(open_rows), 6))
    for n, (iid, cid, issue, open_amt, currency) in enumerate(picks[:5], start=1):
        amt = max(1, open_amt // rng.choice((2, 4, 10)))
        on = max(date.fromisoformat(issue) + timedelta(days=10), today - timedelta(days=200))
        on = min(on, today)
        nid = bulk.insert_credit_note_row(conn, cid, f"CN-{n:05d}", on.isoformat(), amt, currency, iid,
                                          rng.choice(("Damaged goods returned", "Pricing error", "Short delivery")))
        settlements.insert_allocations_many(conn, [(iid, "credit_note", None, nid, None, on.isoformat(), amt)])
    oldest = open_rows[0]
    iid, _cid, issue, open_amt, _cur = oldest
    left = bulk.open_amount(conn, iid)
    if left > 0:
        written_on = min(today, date.fromisoformat(issue) + timedelta(days=300)).isoformat()
        wid = bulk.insert_write_off_row(conn, iid, written_on, left,
                                        "Customer entered insolvency; claim filed with the administrator")
        settlements.insert_allocations_many(conn, [(iid, "write_off", None, None, wid, written_on, left)])


def _fixed_clock(when: datetime) -> Callable[[], datetime]:
    return lambda: when


# -- collections history ------------------------------------------------------------------------------
_CALL_NOTES = {
    "no-answer": "Rang the accounts line; no answer, left a voicemail with our number.",
    "reached": "Spoke to accounts payable; they confirmed receipt of the invoices.",
    "promise": "Accounts payable promised payment; agreed amount and date confirmed by email.",
    "dispute": "Customer says part of the delivery was damaged and disputes that invoice.",
    "refused": "Customer refused to discuss payment until their director is back.",
}
_REASONS = ("financial", "delay", "process", "contact-changed", "other")


def _at(day: date, hour: int, customer: Customer) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.combine(day, time(hour, 10), ZoneInfo(customer.timezone)).astimezone(UTC)


def _write_collections_history(ledger: Ledger, rng: random.Random, today: date, count: int) -> int:
    """About three months of credit control for some overdue customers, replayed through the services in
    date order so every record has its evidence event: calls and emails, letters, kept and broken
    promises, an instalment plan, a dispute and a signed acknowledgment."""
    from arledger.domain.model import Channel, Direction, DisputeReason, ExcuseReason, Outcome
    from arledger.services import contacts, disputes, escalation, limitations, policy, promises

    ladder = policy.escalation_policy(ledger)

    sent: dict[str, int] = {}

    def letter(c: Customer, level: int, day: date, numbers: list[str]) -> None:
        level = min(level, sent.get(c.code, 0) + 1)  # the ladder is climbed one level at a time
        sent[c.code] = level
        escalation.record_letter(ledger, c.code, level, day, numbers,
                                  reply_by=day + timedelta(days=ladder.reply_days(level, c)),
                                  level_name=ladder.level(level).name)

    start = today - timedelta(days=95)
    # customers with open overdue invoices (the stories below are about unpaid invoices, not late-paid interest)
    entries = [e for e in escalation.letters_due(ledger, start)
               if e.decision is not None and not any(li.item.claim_only for li in e.decision.items)]
    # by the level each customer's items have reached (a first letter is level 1 whatever they reached)
    entries.sort(key=lambda e: (-max(li.level for li in e.decision.items), e.customer.code))  # type: ignore[union-attr]
    rng.shuffle(entries)
    chosen = sorted(entries[:count], key=lambda e: e.customer.code)
    # each action is a lambda whose defaulted parameters pin the loop's values; it is called with none
    actions: list[tuple[datetime, int, Callable[..., object]]] = []

    def add(when: datetime, fn: Callable[..., object]) -> None:
        actions.append((when, len(actions), fn))

    for n, entry in enumerate(chosen):
        c, d = entry.customer, entry.decision
        if d is None:  # letters_due entries without a decision were filtered out above
            continue
        numbers = [li.item.number for li in d.items]
        total = sum(li.item.open_amount for li in d.items if li.item.currency == c.currency)
        if total <= 0:
            continue
        day0 = start + timedelta(days=rng.randint(0, 10))
        story = ("kept", "broken", "plan", "dispute", "silent", "ack")[n % 6]
        add(_at(day0, 9, c), lambda c=c, d=d, day=day0, nums=numbers: letter(c, min(d.level, 2), day, nums))
        call_day = day0 + timedelta(days=rng.randint(6, 9))
        if story == "silent":
            for k, hour in enumerate((10, 15)):
                add(_at(call_day + timedelta(days=k * 3), hour, c), lambda c=c, day=call_day + timedelta(days=k * 3),
                    h=hour: contacts.log_contact(ledger, c.code, Channel.PHONE, Direction.OUT,
                                                    _CALL_NOTES["no-answer"], outcome=Outcome.NO_ANSWER,
                                                    at=_at(day, h, c)))
            mail_day = call_day + timedelta(days=8)
            add(_at(mail_day, 11, c), lambda c=c, day=mail_day: contacts.log_contact(
                ledger, c.code, Channel.EMAIL, Direction.OUT, "Emailed a statement of account and asked for a "
                "payment date.", at=_at(day, 11, c)))
            later = mail_day + timedelta(days=20)
            if later < today:
                add(_at(later, 9, c), lambda c=c, day=later, nums=numbers: letter(c, 3, day, nums))
            continue
        outcome = {"kept": Outcome.PROMISE, "broken": Outcome.PROMISE, "plan": Outcome.PROMISE,
                   "dispute": Outcome.DISPUTE, "ack": Outcome.REACHED}[story]
        person = c.contacts[0].name if c.contacts else rng.choice(("Sam Taylor", "Jordan Lee", "Chris Walker"))
        reason = ExcuseReason(rng.choice(_REASONS))
        add(_at(call_day, 10, c), lambda c=c, day=call_day, o=outcome, p=person, r=reason, nums=numbers:
            contacts.log_contact(ledger, c.code, Channel.PHONE, Direction.OUT, _CALL_NOTES[o.value], person=p,
                                    outcome=o, reason=r if o is not Outcome.DISPUTE else ExcuseReason.QUALITY,
                                    invoices=nums[:3], at=_at(day, 10, c)))
        if story in ("kept", "broken"):
            part = total if story == "kept" else max(1, total // 2)
            due = call_day + timedelta(days=rng.randint(7, 14))
            add(_at(call_day, 11, c), lambda c=c, day=call_day, due=due, amt=part, p=person:
                promises.add_promise(ledger, c.code, amt, due, channel="phone", made_by=p, promised_on=day,
                                        currency=c.currency))
            if story == "kept" and due - timedelta(days=1) < today:
                pay_day = due - timedelta(days=1)
                add(_at(pay_day, 14, c), lambda c=c, day=pay_day, amt=part: ledger.record_payment(
                    c.code, day, amt, currency=c.currency, method="bank_transfer", reference="as promised"))
            elif story == "broken":
                chase = due + timedelta(days=5)
                if chase < today:
                    add(_at(chase, 10, c), lambda c=c, day=chase, p=person: contacts.log_contact(
                        ledger, c.code, Channel.PHONE, Direction.OUT, "Promised payment did not arrive; customer "
                        "says funds are tight and asks for more time.", person=p, outcome=Outcome.REACHED,
                        reason=ExcuseReason.FINANCIAL, at=_at(day, 10, c)))
                demand = due + timedelta(days=12)
                if demand < today:
                    add(_at(demand, 9, c), lambda c=c, day=demand, nums=numbers: letter(c, 3, day, nums))
        elif story == "plan":
            first = call_day + timedelta(days=7)
            share = max(1, total // 3)
            schedule = [(first + timedelta(days=30 * k), share if k < 2 else total - 2 * share) for k in range(3)]
            add(_at(call_day, 11, c), lambda c=c, day=call_day, sch=schedule, nums=numbers: promises.add_plan(
                ledger, c.code, sch, invoices=nums, note="Three monthly instalments agreed by phone.",
                agreed_on=day, currency=c.currency))
            if schedule[0][0] < today:
                add(_at(schedule[0][0], 13, c), lambda c=c, day=schedule[0][0], amt=schedule[0][1]:
                    ledger.record_payment(c.code, day, amt, currency=c.currency, method="bank_transfer",
                                          reference="instalment 1"))
        elif story == "dispute":
            open_day = call_day
            add(_at(open_day, 12, c), lambda day=open_day, num=numbers[0]: disputes.open_dispute(
                ledger, num, DisputeReason.QUALITY, note="Part of the delivery arrived damaged; photos requested.",
                on=day))
        elif story == "ack":
            ack_day = call_day + timedelta(days=4)
            add(_at(ack_day, 10, c), lambda c=c, day=ack_day, nums=numbers: limitations.record_limitation_event(
                ledger, c.code, "acknowledgment", day, invoices=nums,
                note="Signed balance confirmation returned by the customer."))
    actions.sort(key=lambda a: (a[0], a[1]))
    done = 0
    for when, _, fn in actions:
        if when.date() >= today:
            continue
        ledger.clock = _fixed_clock(when)
        try:
            fn()
            done += 1
        except UserError:
            continue  # e.g. a guard or an invoice already settled by an earlier step: skip, as a person would
    ledger.clock = lambda: datetime.now(UTC)
    return done
