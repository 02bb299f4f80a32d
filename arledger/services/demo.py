"""A realistic sample ledger: customers in several jurisdictions, about 18 months of trading.

Deterministic for a seed and a date. Payment behaviour varies by customer (prompt, a little late, very
late, part payer, in trouble), so aging, promises and letters all have something to show. Written with
bulk inserts so a 1,000,000-invoice ledger builds in minutes, not hours.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from arledger.domain.model import Customer, CustomerKind, Jurisdiction, Language
from arledger.services.ledger import Ledger
from arledger.storage import customers as customer_rows
from arledger.storage import settings as settings_rows
from arledger.storage import settlements
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
_BEHAVIOURS = (
    (0.40, "prompt", (-10, 3), 0.00, 0.02),
    (0.30, "late", (5, 45), 0.02, 0.08),
    (0.15, "very late", (30, 120), 0.08, 0.15),
    (0.10, "part payer", (10, 70), 0.05, 0.45),
    (0.05, "in trouble", (60, 200), 0.45, 0.25),
)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    path: Path
    customers: int
    invoices: int
    payments: int


def _pick_behaviour(rng: random.Random) -> tuple:
    x = rng.random()
    acc = 0.0
    for b in _BEHAVIOURS:
        acc += b[0]
        if x < acc:
            return b
    return _BEHAVIOURS[-1]


def _make_customers(rng: random.Random, n: int) -> list[tuple[Customer, tuple]]:
    out = []
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
        )
        out.append((c, _pick_behaviour(rng)))
    return out


def write_demo_ledger(path: Path | str, *, customers: int = 60, invoices: int = 1500, seed: int = 7,
                      today: date | None = None,
                      progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Write a sample ledger to a new file at path (an existing file is refused)."""
    from arledger.domain.errors import UserError

    if customers < 1 or invoices < 0:
        raise UserError("A demo ledger needs at least one customer and zero or more invoices.")
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
            ids = dict(conn.execute("SELECT code, id FROM customers"))
            stats = _write_trading(conn, rng, [(ids[c.code], c, b) for c, b in people], invoices, today, progress)
        return DemoSummary(ledger.path, customers, invoices, stats)
    finally:
        ledger.close()


def _write_trading(conn, rng: random.Random, people: list[tuple[int, Customer, tuple]], n_invoices: int,
                   today: date, progress: Callable[[int, int], None] | None) -> int:
    """Invoices spread over the history with their payments, credit notes and one write-off."""
    start = today - timedelta(days=HISTORY_DAYS)
    stamp = now_utc()
    payment_id = 0
    chunk = 20000
    written = 0
    ordinal_start = start.toordinal()
    span = HISTORY_DAYS - 1

    def invoice_rows() -> Iterator[tuple]:
        nonlocal payment_id
        for k in range(n_invoices):
            cid, cust, behaviour = people[rng.randrange(len(people))]
            region_amounts = next(r.amounts for r in _REGIONS if r.jurisdiction is cust.jurisdiction)
            issue = date.fromordinal(ordinal_start + rng.randint(0, span))
            due = issue + timedelta(days=cust.payment_terms_days)
            amount = rng.randint(region_amounts[0], region_amounts[1]) * 100 + rng.choice((0, 0, 50, 99))
            yield (k + 1, cid, f"INV-{k + 1:07d}", issue, due, amount, cust.currency, behaviour)

    inv_batch: list[tuple] = []
    pay_batch: list[tuple] = []
    alloc_batch: list[tuple] = []

    def flush() -> None:
        conn.executemany(
            "INSERT INTO invoices (id, customer_id, number, issue_date, due_date, amount, currency, reference,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inv_batch)
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
                method = rng.choice(("bank transfer", "bank transfer", "card", "cheque"))
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


def _credit_notes_and_write_off(conn, rng: random.Random, today: date) -> None:
    """A few credit notes against open invoices, and one old debt written off."""
    stamp = now_utc()
    open_rows = conn.execute(
        "SELECT id, customer_id, issue_date, amount - settled, currency FROM invoices"
        " WHERE settled < amount ORDER BY due_date LIMIT 400").fetchall()
    if not open_rows:
        return
    picks = rng.sample(open_rows, min(len(open_rows), 6))
    for n, (iid, cid, issue, open_amt, currency) in enumerate(picks[:5], start=1):
        amt = max(1, open_amt // rng.choice((2, 4, 10)))
        on = max(date.fromisoformat(issue) + timedelta(days=10), today - timedelta(days=200))
        on = min(on, today)
        nid = conn.execute(
            "INSERT INTO credit_notes (customer_id, number, date, amount, currency, invoice_id, reason, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (cid, f"CN-{n:05d}", on.isoformat(), amt, currency, iid,
             rng.choice(("Damaged goods returned", "Pricing error", "Short delivery")), stamp)).lastrowid
        settlements.insert_allocations_many(conn, [(iid, "credit_note", None, nid, None, on.isoformat(), amt)])
    oldest = open_rows[0]
    iid, _cid, issue, open_amt, _cur = oldest
    left = conn.execute("SELECT amount - settled FROM invoices WHERE id = ?", (iid,)).fetchone()[0]
    if left > 0:
        on = min(today, date.fromisoformat(issue) + timedelta(days=300)).isoformat()
        wid = conn.execute(
            "INSERT INTO write_offs (invoice_id, date, amount, reason, created_at) VALUES (?, ?, ?, ?, ?)",
            (iid, on, left, "Customer entered insolvency; claim filed with the administrator", stamp)).lastrowid
        settlements.insert_allocations_many(conn, [(iid, "write_off", None, None, wid, on, left)])
