"""The customer view's reads: each tab given the customer (and promises) its header read shows exactly what it
shows given the customer's code."""

from __future__ import annotations

from pathlib import Path

import pytest

from arledger.services import cases, customer_record, invoice_list, kpis, settlements
from arledger.services.demo import write_demo_ledger
from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus
from arledger.services.ledger import Ledger
from tests.bench.bench_statements import ON, sample


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("record") / "demo.arledger"
    write_demo_ledger(path, customers=60, invoices=1500, today=ON)
    return path


def test_tabs_given_the_header_show_what_they_show_given_the_code(demo: Path) -> None:
    with Ledger.open(demo) as ledger:
        codes = [*sample(ledger), "C00006"]
        promised = 0
        for code in codes:
            h = customer_record.customer_header(ledger, code, ON)
            c = h.customer
            assert c.code == code and h.as_of == ON
            by_header = customer_record.customer_promises(ledger, c, ON, statuses=h.promise_statuses)
            assert by_header == customer_record.customer_promises(ledger, code, ON)
            promised += len(by_header[0])
            assert customer_record.customer_disputes(ledger, c) == customer_record.customer_disputes(ledger, code)
            assert customer_record.customer_letters(ledger, c) == customer_record.customer_letters(ledger, code)
            assert customer_record.timeline_page(ledger, c) == customer_record.timeline_page(ledger, code)
            assert kpis.stored_risk(ledger, c) == kpis.stored_risk(ledger, code)
            by_id = InvoiceFilter(status=InvoiceStatus.OPEN, customer_code=code, customer_id=c.id)
            by_code = InvoiceFilter(status=InvoiceStatus.OPEN, customer_code=code)
            assert invoice_list.invoices_page(ledger, by_id, as_of=ON) == invoice_list.invoices_page(
                ledger, by_code, as_of=ON)
            assert invoice_list.count_invoices(ledger, by_id, ON) == invoice_list.count_invoices(ledger, by_code, ON)
            assert cases.case_summary(ledger, c, ON, evaluated=h.promise_statuses[0]) == cases.case_summary(
                ledger, code, ON)
            assert settlements.offers(ledger, c) == settlements.offers(ledger, code)
        assert promised > 0  # the comparison covered promises, not only empty lists
