"""The list filters a user narrows the lists with: age bucket on invoices, risk tier on customers."""

from datetime import date

import pytest

from arledger.services import customer_list, invoice_list
from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger
from arledger.services.reports import AgingGrouping, aging

TODAY = date(2026, 11, 23)


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    write_demo_ledger(path, customers=30, invoices=800, seed=2, today=TODAY)
    with Ledger.open(path) as led:
        yield led


def test_bucket_filter_shows_exactly_the_invoices_of_that_bucket(demo):
    rows = aging(demo, TODAY, grouping=AgingGrouping.INVOICE).rows
    for k, _label in enumerate(invoice_list.bucket_labels(demo)):
        flt = invoice_list.InvoiceFilter(status=invoice_list.InvoiceStatus.OPEN, bucket=k)
        page = invoice_list.invoices_page(demo, flt, limit=1000, as_of=TODAY)
        want = {r.invoice_number for r in rows if r.buckets[k] > 0}
        assert {r.number for r in page.rows} == want
        assert invoice_list.count_invoices(demo, flt, as_of=TODAY) == len(want)


def test_risk_filter(demo):
    from arledger.services.kpis import refresh_risk_tiers

    refresh_risk_tiers(demo, TODAY)
    every = customer_list.customers_page(demo, limit=1000, as_of=TODAY).rows
    for tier in ("A", "B", "C"):
        page = customer_list.customers_page(demo, customer_list.CustomerFilter(risk=tier), limit=1000, as_of=TODAY)
        assert all(demo.customer(r.code).risk_tier.value == tier for r in page.rows)
        assert customer_list.count_customers(demo, customer_list.CustomerFilter(risk=tier)) == len(page.rows)
    assert sum(customer_list.count_customers(demo, customer_list.CustomerFilter(risk=t)) for t in "ABC") <= len(every)


def test_the_window_filters_invoices_by_age_and_customers_by_risk(window, qtbot):
    from tests.gui.conftest import wait_idle

    window.show_page(window.pages.index(window.invoices))
    wait_idle(qtbot)
    page = window.invoices
    labels = invoice_list.bucket_labels(window.ledger)
    oldest = len(labels) - 1
    page.bucket.setCurrentIndex(page.bucket.findData(oldest))
    wait_idle(qtbot)
    assert page.model.filter.bucket == oldest
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert shown and all(row.days_overdue > 180 for row in shown)

    from arledger.services.kpis import refresh_risk_tiers

    refresh_risk_tiers(window.ledger, window.ledger.today())
    window.show_page(window.pages.index(window.customers))
    wait_idle(qtbot)
    cpage = window.customers
    cpage.risk.setCurrentIndex(cpage.risk.findData("C"))
    wait_idle(qtbot)
    rows = [cpage.model.row_at(r) for r in range(cpage.model.rowCount())]
    assert all(window.ledger.customer(r.code).risk_tier.value == "C" for r in rows)
    assert cpage.model.filter.risk == "C"
