"""Screenshots of the Reasons tab (with its trend chart) and a customer's Case tab.

    QT_QPA_PLATFORM=offscreen python resources/screenshots/make_case_screenshots.py
    (or on Xvfb with QT_QPA_PLATFORM=xcb, as make_screenshots.py)

Writes reports-reasons.png and customer-case.png next to this file from a fresh sample ledger in which two
clerks own cases, one case has a settlement offer and the risk tiers have been refreshed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import SIZE, settle, shoot


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="arledger-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    os.environ["ARLEDGER_LEDGER"] = str(tmp / "ledger.sqlite")
    from arledger.domain.cases import CaseStage
    from arledger.gui.app import AppController, configure_application
    from arledger.services import cases, kpis, settlements
    from arledger.services.demo import write_demo_ledger
    from arledger.storage import collections as rows

    app = QApplication(sys.argv[:1])
    configure_application(app)
    path = tmp / "Brightwater Supplies.sqlite"
    today = date.today()
    write_demo_ledger(path, today=today)
    controller = AppController(app)
    controller.start(path)
    w = controller.window
    led = w.ledger
    overdue = sorted({r[0] for r in rows.overdue_items(led.conn, today)})
    codes = [led.customer_by_id(cid).code for cid in overdue]
    for n, code in enumerate(codes):
        cases.set_owner(led, code, ("Alex Morgan", "Li Na")[n % 2], on=today - timedelta(days=40))
    code = codes[4]
    cases.set_stage(led, code, CaseStage.PROMISE, on=today - timedelta(days=20), note="Promised payment by the 15th")
    cases.set_stage(led, code, CaseStage.ACTIVE, on=today - timedelta(days=5), note="Promise broken")
    settlements.make_offer(led, code, today + timedelta(days=14), waive_interest=True, waive_compensation=True,
                           approver="Sam Carter", reason="Long-standing customer; pays the principal at once")
    kpis.refresh_risk_tiers(led, today)
    w.resize(*SIZE)
    w.show()
    w.ledger_changed()
    settle(app, 600)

    w.show_page(w.pages.index(w.reports))
    w.reports.show_tab(3)
    w.reports.reasons.start.setDate(QDate(today.year, today.month, 1).addMonths(-11))
    settle(app, 800)
    if w.reports.reasons.currency.findText("EUR") >= 0:
        w.reports.reasons.currency.setCurrentText("EUR")
    settle(app, 400)
    shoot(w, "reports-reasons")

    w.open_customer(code)
    w.customer_view.tabs.setCurrentWidget(w.customer_view.case_panel)
    settle(app, 600)
    shoot(w, "customer-case")
    controller.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
