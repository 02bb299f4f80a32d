import random
from datetime import date, timedelta

from arledger.domain.aging import AgingBasis, BucketScheme, age_open_items, sum_by_customer
from arledger.services.reports import AgingGrouping, aging, aging_to_json
from arledger.storage.invoices import open_items_as_of


def build(ledger, acme, tom):
    # ACME (EUR): A-1 1,000.00 due 2025-01-31; A-2 500.00 due 2025-03-03
    ledger.add_invoice("ACME", "A-1", date(2025, 1, 1), 100000)
    ledger.add_invoice("ACME", "A-2", date(2025, 2, 1), 50000)
    # TOM (GBP): T-1 300.00 due 2025-01-15
    ledger.add_invoice("TOM", "T-1", date(2025, 1, 1), 30000)
    ledger.record_payment("ACME", date(2025, 4, 15), 120000)  # A-1 in full, 200.00 of A-2
    ledger.write_off("A-2", date(2025, 6, 1), "bankrupt")  # the last 300.00
    ledger.add_credit_note("TOM", "CN-1", date(2025, 3, 1), 10000, invoice_number="T-1")


def test_aging_by_customer_at_several_past_dates(ledger, acme, tom):
    build(ledger, acme, tom)
    j = aging_to_json(aging(ledger, date(2025, 2, 15)))
    # 15 Feb: A-1 15 days late (1-30); A-2 not due yet; T-1 31 days late (31-90)
    assert j["rows"] == [
        {"customer": "ACME", "name": "Acme GmbH", "currency": "EUR", "current": "500.00", "1-30": "1000.00",
         "31-90": "0.00", "91-180": "0.00", "over 180": "0.00", "total": "1500.00"},
        {"customer": "TOM", "name": "Tom Jones", "currency": "GBP", "current": "0.00", "1-30": "0.00",
         "31-90": "300.00", "91-180": "0.00", "over 180": "0.00", "total": "300.00"},
    ]
    # 1 May: payment of 15 Apr counted (A-2 has 300.00 open, 59 days late); credit note of 1 Mar too
    j = aging_to_json(aging(ledger, date(2025, 5, 1)))
    assert [(r["customer"], r["31-90"], r["91-180"], r["total"]) for r in j["rows"]] == [
        ("ACME", "300.00", "0.00", "300.00"), ("TOM", "0.00", "200.00", "200.00")]
    # per-currency totals, never summed across currencies
    assert [(t["currency"], t["total"]) for t in j["totals"]] == [("EUR", "300.00"), ("GBP", "200.00")]
    # after the write-off ACME has nothing open
    j = aging_to_json(aging(ledger, date(2025, 7, 1)))
    assert [r["customer"] for r in j["rows"]] == ["TOM"]
    # before anything was issued the ledger showed nothing
    assert aging_to_json(aging(ledger, date(2024, 12, 31)))["rows"] == []


def test_aging_by_invoice_has_days_overdue(ledger, acme, tom):
    build(ledger, acme, tom)
    j = aging_to_json(aging(ledger, date(2025, 5, 1), grouping=AgingGrouping.INVOICE))
    assert [(r["invoice"], r["days_overdue"], r["total"]) for r in j["rows"]] == [
        ("A-2", 59, "300.00"), ("T-1", 106, "200.00")]


def test_custom_buckets_and_invoice_basis(ledger, acme, tom):
    build(ledger, acme, tom)
    j = aging_to_json(aging(ledger, date(2025, 2, 15), BucketScheme((10, 40), AgingBasis.INVOICE)))
    assert j["basis"] == "invoice" and j["buckets"] == ["0-10", "11-40", "over 40"]
    acme_row = j["rows"][0]
    # A-1 issued 45 days before, A-2 14 days before
    assert (acme_row["0-10"], acme_row["11-40"], acme_row["over 40"]) == ("0.00", "500.00", "1000.00")


def test_sql_aging_equals_the_domain_reference_on_random_history(ledger):
    from arledger.domain.model import Customer

    rng = random.Random(11)
    for i in range(8):
        ledger.add_customer(Customer(code=f"C{i}", name=f"Customer {i}", currency=rng.choice(["EUR", "GBP", "JPY"])))
    start = date(2024, 1, 1)
    for n in range(300):
        code = f"C{rng.randrange(8)}"
        ledger.add_invoice(code, f"I{n}", start + timedelta(days=rng.randrange(400)), rng.randint(1, 100000),
                           due_date=None)
        if rng.random() < 0.5:
            ledger.record_payment(code, start + timedelta(days=rng.randrange(500)), rng.randint(1, 80000))
    for as_of in (date(2024, 3, 1), date(2024, 9, 9), date(2025, 2, 1), date(2025, 8, 1)):
        for scheme in (BucketScheme(), BucketScheme((7, 14, 60, 365)), BucketScheme((30,), AgingBasis.INVOICE)):
            report = aging(ledger, as_of, scheme)
            expected = sum_by_customer(age_open_items(open_items_as_of(ledger.conn, as_of), as_of, scheme),
                                       len(scheme.labels))
            codes = {c.id: c.code for c in ledger.customers_page(limit=100)}
            got = {(r.customer_code, r.currency): list(r.buckets) for r in report.rows}
            assert got == {(codes[cid], cur): v for (cid, cur), v in expected.items()}
