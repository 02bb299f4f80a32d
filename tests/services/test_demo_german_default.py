"""The sample ledger's German business customers have their payment dates agreed by contract (BGB § 286 (2)
no. 1), so their interest runs from the day after due as it always did; German consumers are in default only as
the law has them (a reminder, or 30 days after due with the invoice's notice)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from arledger.domain.model import CustomerKind, Jurisdiction
from arledger.services import interest_claims
from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger

TODAY = date(2026, 6, 30)


def test_german_business_interest_runs_from_the_day_after_due(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    write_demo_ledger(path, customers=40, invoices=400, today=TODAY)
    with Ledger.open(path) as ledger:
        everyone = ledger.customers_page(limit=1000)
        german = [c for c in everyone if c.jurisdiction == Jurisdiction.DE]
        companies = [c for c in german if c.kind == CustomerKind.COMPANY]
        consumers = [c for c in german if c.kind == CustomerKind.INDIVIDUAL]
        assert companies and consumers
        assert all(c.payment_date_agreed and not c.default_notice for c in companies)
        assert not any(c.payment_date_agreed or c.default_notice for c in consumers)
        assert not any(c.payment_date_agreed for c in everyone if c.jurisdiction != Jurisdiction.DE)
        checked = 0
        for c in companies:
            rows = ledger.conn.execute(
                "SELECT number, due_date FROM invoices i WHERE customer_id = ? AND due_date < ? AND NOT EXISTS "
                "(SELECT 1 FROM disputes d WHERE d.invoice_id = i.id)", (c.id, TODAY.isoformat())).fetchall()
            for number, due in rows:
                res = interest_claims.claimable_on(ledger, number, TODAY)
                if res.segments:
                    assert res.segments[0].start == date.fromisoformat(due) + timedelta(days=1), number
                    checked += 1
        assert checked > 0
