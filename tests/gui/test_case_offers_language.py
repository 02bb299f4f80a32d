"""The case panel's settlement offers in the reader's language: outcome and status are German words and sentences."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QTableWidget

from arledger.domain.errors import UserError
from arledger.services import customer_list, settlements
from arledger.services.ledger import Ledger
from tests.gui.conftest import wait_idle


def _overdue(ledger: Ledger, code: str) -> bool:
    try:
        return bool(settlements.claim_of(ledger, code, ledger.today())[1])
    except UserError:
        return False


def test_offer_status_in_german(controller, window, qtbot, demo_path: Path) -> None:
    assert controller.set_language("de_DE")
    window = controller.window
    window.resize(1280, 860)
    window.show()
    wait_idle(qtbot)
    with Ledger.open(demo_path) as ledger:
        code = next(c.code for c in customer_list.customers_page(ledger).rows if _overdue(ledger, c.code))
        deadline = ledger.today() + timedelta(days=14)
        settlements.make_offer(ledger, code, deadline, discount=100)
    window.open_customer(code)
    wait_idle(qtbot)
    view = window.customer_view
    view.tabs.setCurrentWidget(view.case_panel)
    wait_idle(qtbot)
    offers = view.case_panel.findChild(QTableWidget, "caseOffers")
    if os.environ.get("ARLEDGER_SHOT"):  # a screenshot to look at: ARLEDGER_SHOT=/tmp/panel.png
        offers.window().grab().save(os.environ["ARLEDGER_SHOT"])
    header = [offers.horizontalHeaderItem(c).text() for c in range(offers.columnCount())]
    row = [offers.item(0, c).text() for c in range(offers.columnCount())]
    assert header[-1] == "Status" and row[5] == "offen"
    assert row[-1].startswith("0,00\u00a0") and "bisher gezahlt; das Angebot gilt bis zum " + deadline.strftime(
        "%d.%m.%Y") + "." in row[-1], row
    assert "pending" not in row and "paid so far" not in row[-1]
