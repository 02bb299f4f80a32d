"""Screenshots of the main screens, taken on a real X server (Xvfb) with the xcb platform.

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python resources/screenshots/make_screenshots.py [--languages]

--languages takes only the dashboards in Chinese and German (dashboard-zh_CN.png, dashboard-de_DE.png).

Writes PNGs next to this file from a fresh sample ledger (QSettings go to a temporary folder).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)


def settle(app: QApplication, ms: int = 300) -> None:
    QThreadPool.globalInstance().waitForDone(30000)
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


def shoot(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {name}.png")


def _timeline(w, code: str) -> tuple:
    from arledger.domain.errors import UserError
    from arledger.services import browse

    try:
        return browse.timeline_page(w.ledger, code, limit=60)[0]
    except UserError:
        return ()


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="arledger-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    os.environ["ARLEDGER_LEDGER"] = str(tmp / "ledger.sqlite")
    from arledger.gui.app import AppController, configure_application
    from arledger.services.demo import write_demo_ledger

    app = QApplication(sys.argv[:1])
    configure_application(app)
    path = tmp / "Brightwater Supplies.sqlite"
    write_demo_ledger(path, today=date.today())
    controller = AppController(app)
    controller.set_language("en", "en_GB")  # whatever the machine's locale, the English shots are British
    controller.start(path)
    w = controller.window
    w.resize(*SIZE)
    w.show()
    settle(app, 600)
    if "--languages" not in sys.argv:
        shoot_english(app, controller, w, tmp, code_hint=None)
    for language in ("zh_CN", "de_DE"):
        controller.set_language(language, "")
        w = controller.window
        w.resize(*SIZE)
        w.show_page(0)
        settle(app, 600)
        shoot(w, f"dashboard-{language}")
    controller.set_language("en", "")
    controller.shutdown()
    return 0


def shoot_english(app: QApplication, controller, w, tmp: Path, code_hint: str | None) -> None:
    from arledger.services.browse import InvoiceFilter, InvoiceStatus

    shoot(w, "dashboard")
    w.show_page(w.pages.index(w.today))
    settle(app)
    w.today.table.selectRow(1)
    shoot(w, "today")
    w.show_page(w.pages.index(w.customers))
    settle(app)
    w.customers.table.selectRow(2)
    shoot(w, "customers")
    w.show_invoices(InvoiceFilter(status=InvoiceStatus.OVERDUE))
    settle(app)
    w.invoices.table.selectRow(3)
    shoot(w, "invoices")
    w.show_page(w.pages.index(w.reports))
    settle(app)
    shoot(w, "reports")
    w.reports.show_tab(1)
    settle(app)
    shoot(w, "reports-interest")
    w.reports.show_tab(0)

    # The customer with the richest history: contacts, letters, a plan and payments.
    code = max((f"C{i:05d}" for i in range(1, 41)), key=lambda c: len(_timeline(w, c)))
    w.open_customer(code)
    w.customer_view.show_tab(1)
    settle(app)
    w.customer_view.timeline.selectRow(0)
    shoot(w, "customer-timeline")

    from arledger.domain.model import ExcuseReason
    from arledger.gui.dialogs.collections import LogContactDialog

    contact = LogContactDialog(w.ledger, code, w)
    contact.person.setCurrentText("Jo Payables (accounts payable)")
    contact.reason.setCurrentIndex(contact.reason.findData(ExcuseReason.FINANCIAL))
    contact.summary_edit.setPlainText("Cash is tight until their customer pays; offered two instalments.")
    contact.show()
    settle(app)
    shoot(contact, "log-contact")
    contact.close()

    w.show_page(w.pages.index(w.letters))
    settle(app)
    w.letters.table.selectRow(0)
    shoot(w, "letters")
    from arledger.gui.dialogs.letter_preview import LetterPreviewDialog

    preview = LetterPreviewDialog(w.ledger, w.letters.selected_customer_code(), date.today(), w)
    preview.resize(900, 1000)
    preview.show()
    settle(app, 800)
    shoot(preview, "letter-preview")
    preview.close()

    from arledger.gui.dialogs.payment import PaymentDialog

    w.show_page(w.pages.index(w.invoices))
    row = w.invoices.model.rows()[3]
    dialog = PaymentDialog(w.ledger, row.customer_code, "", w)
    dialog.amount.setText("20000")
    dialog.reference.setText("BACS 2611-0042")
    dialog.show()
    settle(app)
    shoot(dialog, "payment-dialog")
    dialog.close()

    from arledger.gui.dialogs.import_wizard import ImportWizard

    bad = tmp / "invoices-march.csv"
    bad.write_text("customer,number,issue_date,amount,reference\nC00001,MAR-001,2026-03-02,1200.00,PO-77120\n"
                   "C00002,MAR-002,2026-03-05,845.50,PO-77121\nC09999,MAR-003,2026-03-09,310.00,PO-77122\n"
                   "C00004,MAR-004,2026-02-30,99.999,PO-77123\n", encoding="utf-8")
    wizard = ImportWizard(w.ledger, w)
    wizard.choose.kinds.button(1).setChecked(True)
    wizard.choose.path.setText(str(bad))
    wizard.show()
    wizard.next()
    settle(app)
    shoot(wizard, "import-errors")
    wizard.reject()


if __name__ == "__main__":
    raise SystemExit(main())
