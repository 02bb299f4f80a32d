"""The lazy table models: Qt's model checks, one page at a time, sorting by re-querying."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from arledger.gui.models.aging import AgingTableModel
from arledger.gui.models.customers import CustomerTableModel
from arledger.gui.models.invoices import InvoiceTableModel
from arledger.services import invoice_list, paging
from arledger.services.demo import write_demo_ledger
from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus
from arledger.services.ledger import Ledger
from arledger.services.reports import AgingGrouping, aging
from tests.gui.conftest import TODAY


@pytest.fixture
def ledger(demo_path: Path):
    with Ledger.open(demo_path) as led:
        yield led


def test_customer_model_passes_qt_checks(qtmodeltester, ledger) -> None:
    model = CustomerTableModel(ledger)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 15


def test_invoice_model_passes_qt_checks(qtmodeltester, ledger) -> None:
    model = InvoiceTableModel(ledger)
    model.set_filter(InvoiceFilter(status=InvoiceStatus.ALL))
    qtmodeltester.check(model, force_py=True)


def test_aging_model_passes_qt_checks(qtmodeltester, ledger) -> None:
    model = AgingTableModel()
    model.set_report(aging(ledger, TODAY, grouping=AgingGrouping.INVOICE))
    qtmodeltester.check(model, force_py=True)
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "Total"


@pytest.fixture(scope="module")
def big_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    write_demo_ledger(path, customers=300, invoices=20000, today=TODAY)
    return path


def test_invoice_model_loads_one_page_at_first_and_more_on_demand(big_ledger: Path) -> None:
    with Ledger.open(big_ledger) as led:
        model = InvoiceTableModel(led, as_of=TODAY)
        model.set_filter(InvoiceFilter(status=InvoiceStatus.ALL))
        assert model.pages_loaded == 1 and model.rowCount() == paging.PAGE_SIZE
        assert model.canFetchMore()
        model.fetchMore()
        assert model.pages_loaded == 2 and model.rowCount() == 2 * paging.PAGE_SIZE
        numbers = [r.number for r in model.rows()]
        assert len(set(numbers)) == len(numbers)  # keyset pages never repeat a row


def test_sorting_requeries_from_the_first_page_in_the_new_order(big_ledger: Path) -> None:
    with Ledger.open(big_ledger) as led:
        model = InvoiceTableModel(led, as_of=TODAY)
        model.reload()
        amount_col = next(i for i, c in enumerate(model.columns()) if c.sort_key == "amount")
        model.sort(amount_col, Qt.SortOrder.DescendingOrder)
        assert model.pages_loaded == 1
        model.fetchMore()
        amounts = [r.amount for r in model.rows()]
        assert amounts == sorted(amounts, reverse=True)
        # The first row is the largest open invoice of the whole ledger, not of the first page.
        top = invoice_list.invoices_page(led, InvoiceFilter(), sort=invoice_list.InvoiceSort.AMOUNT, descending=True,
                                         limit=1)
        assert model.rows()[0].id == top.rows[0].id


def test_customer_sort_by_balance_and_search(big_ledger: Path) -> None:
    with Ledger.open(big_ledger) as led:
        model = CustomerTableModel(led, as_of=TODAY)
        model.reload()
        assert model.rowCount() == paging.PAGE_SIZE and model.canFetchMore()
        balance_col = next(i for i, c in enumerate(model.columns()) if c.sort_key == "balance")
        model.sort(balance_col, Qt.SortOrder.DescendingOrder)
        balances = [r.main_balance.open_amount for r in model.rows()]
        assert balances == sorted(balances, reverse=True)
        model.set_search("C0000")
        assert {r.code for r in model.rows()} == {f"C0000{i}" for i in range(1, 10)}
