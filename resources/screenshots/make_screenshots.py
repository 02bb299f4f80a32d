"""Screenshots of every page and dialog, in each UI language, at the smallest and a large window size.

Taken on a real X server (Xvfb) with the xcb platform, so what is captured is what a person sees:

    apt-get install xvfb
    Xvfb :99 -screen 0 1700x1100x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python resources/screenshots/make_screenshots.py

Writes resources/screenshots/<language>-<width>x<height>/<name>.png from a fresh sample ledger (QSettings go
to a temporary folder), and copies the ones README shows (English at 1600x1000, the dashboard in Chinese)
next to this file.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

OUT = Path(__file__).resolve().parent
SIZES = ((960, 600), (1600, 1000))
LANGUAGES = ("en", "zh_CN", "de_DE")
README = {  # README picture -> (language, size, shot)
    "dashboard": ("en", (1600, 1000), "dashboard"),
    "today": ("en", (1600, 1000), "today"),
    "customer-timeline": ("en", (1600, 1000), "customer-timeline"),
    "log-contact": ("en", (1600, 1000), "dialog-log-contact"),
    "letter-preview": ("en", (1600, 1000), "dialog-letter-preview"),
    "invoices": ("en", (1600, 1000), "invoices"),
    "invoice-view": ("en", (1600, 1000), "dialog-invoice-view"),
    "reports-interest": ("en", (1600, 1000), "reports-interest"),
    "payment-dialog": ("en", (1600, 1000), "dialog-payment"),
    "dashboard-zh_CN": ("zh_CN", (1600, 1000), "dashboard"),
    "dashboard-de_DE": ("de_DE", (1600, 1000), "dashboard"),
    "today-960": ("en", (960, 600), "today"),
    "empty-ledger": ("en", (1600, 1000), "empty-ledger"),
}


def settle(app: QApplication, ms: int = 250) -> None:
    QThreadPool.globalInstance().waitForDone(60000)
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()
    QThreadPool.globalInstance().waitForDone(60000)
    app.processEvents()


class Shooter:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.folder = OUT
        self.count = 0

    def shoot(self, widget: QWidget, name: str) -> None:
        settle(self.app)
        self.folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(self.folder / f"{name}.png"))
        self.count += 1

    def dialog(self, make: Callable[[], QDialog], name: str, fill: Callable[[QDialog], None] | None = None) -> None:
        d = make()
        if fill is not None:
            fill(d)
        d.show()
        d.raise_()
        d.activateWindow()
        settle(self.app, 400)
        self.shoot(d, name)
        done = getattr(d, "discard", None)
        (done or d.reject)()
        d.deleteLater()
        settle(self.app, 50)


def _rich_customer(w) -> str:
    from arledger.domain.errors import UserError
    from arledger.services import customer_record

    def events(code: str) -> int:
        try:
            return len(customer_record.timeline_page(w.ledger, code, limit=60)[0])
        except UserError:
            return 0
    return max((f"C{i:05d}" for i in range(1, 41)), key=events)


def shoot_window(s: Shooter, controller, size: tuple[int, int]) -> None:
    from arledger.gui.dialogs.collections import DisputeDialog, LogContactDialog, PlanDialog, PromiseDialog
    from arledger.gui.dialogs.customer import CustomerDialog
    from arledger.gui.dialogs.invoice import InvoiceDialog
    from arledger.gui.dialogs.invoice_view import InvoiceViewDialog
    from arledger.gui.dialogs.letter_preview import LetterPreviewDialog
    from arledger.gui.dialogs.payment import PaymentDialog
    from arledger.gui.dialogs.settings import SettingsDialog
    from arledger.gui.dialogs.write_off import WriteOffDialog
    from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus

    w = controller.window
    w.showNormal()
    w.resize(*size)
    settle(s.app, 500)
    w.show_page(0)
    s.shoot(w, "dashboard")
    w.show_page(w.pages.index(w.today))
    settle(s.app)
    w.today.table.selectRow(0)
    s.shoot(w, "today")
    w.show_page(w.pages.index(w.customers))
    settle(s.app)
    w.customers.table.selectRow(2)
    s.shoot(w, "customers")
    w.show_invoices(InvoiceFilter(status=InvoiceStatus.OVERDUE))
    settle(s.app)
    w.invoices.table.selectRow(3)
    s.shoot(w, "invoices")
    w.show_page(w.pages.index(w.letters))
    settle(s.app)
    w.letters.table.selectRow(0)
    s.shoot(w, "letters")
    w.show_page(w.pages.index(w.reports))
    for tab, name in ((0, "reports-aging"), (1, "reports-interest"), (2, "reports-kpis")):
        w.reports.show_tab(tab)
        settle(s.app, 400)
        s.shoot(w, name)
    w.reports.show_tab(0)

    code = _rich_customer(w)
    w.open_customer(code)
    for tab, name in enumerate(("customer-items", "customer-timeline", "customer-promises", "customer-letters",
                                "customer-details")):
        w.customer_view.show_tab(tab)
        settle(s.app)
        s.shoot(w, name)
    w.customer_view.show_tab(0)
    settle(s.app)
    rows = w.customer_view.items_model.rows()
    number = next((r.number for r in rows if r.open_amount < r.amount), rows[0].number if rows else "")
    w.go_back()
    if (size, controller.prefs.language) not in _dialogs_done:
        _dialogs_done.add((size, controller.prefs.language))
        led = w.ledger

        def fill_contact(d) -> None:
            d.person.setCurrentText("Jo Payables")
            d.summary_edit.setPlainText("Cash is tight until their customer pays; offered two instalments.")

        s.dialog(lambda: InvoiceViewDialog(led, number, w), "dialog-invoice-view")
        s.dialog(lambda: LogContactDialog(led, code, w), "dialog-log-contact", fill_contact)
        s.dialog(lambda: LogContactDialog(led, code, w), "dialog-log-contact-fresh")
        s.dialog(lambda: PromiseDialog(led, code, w), "dialog-promise")
        s.dialog(lambda: PlanDialog(led, code, w), "dialog-plan")
        s.dialog(lambda: DisputeDialog(led, number, w), "dialog-dispute")
        s.dialog(lambda: PaymentDialog(led, code, number, w), "dialog-payment",
                 lambda d: d.amount.setText("200"))
        s.dialog(lambda: InvoiceDialog(led, code, w), "dialog-invoice")
        s.dialog(lambda: CustomerDialog(led, None, w), "dialog-new-customer")
        s.dialog(lambda: WriteOffDialog(led, number, w), "dialog-write-off")
        s.dialog(lambda: SettingsDialog(led, controller.prefs.language, w), "dialog-settings")

        def preview() -> QDialog:
            d = LetterPreviewDialog(led, code, date.today(), w)
            d.resize(900, min(1000, size[1]))
            return d

        s.dialog(preview, "dialog-letter-preview")
        # the question Escape asks when a form holds typed input
        d = LogContactDialog(led, code, w)
        d.summary_edit.setPlainText("Spoke to Jo, paying Friday.")
        d.show()
        settle(s.app)
        d.summary_edit.setPlainText("Spoke to Jo, paying Friday. Will confirm by email.")
        QTimer.singleShot(300, lambda: _shoot_active(s, "dialog-discard-question"))
        d.reject()
        d.discard()
        d.deleteLater()


_dialogs_done: set = set()


def _shoot_active(s: Shooter, name: str) -> None:
    box = QApplication.activeModalWidget()
    if box is not None:
        box.grab().save(str(s.folder / f"{name}.png"))
        s.count += 1
        keep = next((b for b in box.findChildren(QWidget) if b.metaObject().className() == "QPushButton"
                     and b.property("text") in ("Keep editing", "继续编辑")), None)
        (keep.click if keep is not None else box.close)()


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="arledger-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    os.environ["ARLEDGER_LEDGER"] = str(tmp / "ledger.sqlite")
    from arledger.gui.app import AppController, GarbageCollectorTimer, configure_application
    from arledger.services.demo import write_demo_ledger

    app = QApplication(sys.argv[:1])
    configure_application(app)
    GarbageCollectorTimer(app)
    s = Shooter(app)
    path = tmp / "Brightwater Supplies.sqlite"
    write_demo_ledger(path, today=date.today())
    empty = tmp / "New business.sqlite"
    controller = AppController(app)
    controller.start(path)
    for language in LANGUAGES:
        controller.set_language(language)
        for size in SIZES:
            s.folder = OUT / f"{language}-{size[0]}x{size[1]}"
            shoot_window(s, controller, size)
            # an empty ledger, as a new user first sees it
            from arledger.services.ledger import Ledger

            if not empty.exists():
                Ledger.create_new(empty).close()
            controller.open_path(empty, remember=False)
            w = controller.window
            w.resize(*size)
            w.show_page(0)
            settle(app, 500)
            s.shoot(w, "empty-ledger")
            w.show_page(w.pages.index(w.customers))
            s.shoot(w, "empty-customers")
            controller.open_path(path, remember=False)
            settle(app)
            print(f"{language} {size[0]}x{size[1]}: {s.count} pictures so far")
    controller.set_language("en")
    for name, (language, size, shot) in README.items():
        src = OUT / f"{language}-{size[0]}x{size[1]}" / f"{shot}.png"
        if src.exists():
            shutil.copyfile(src, OUT / f"{name}.png")
    controller.shutdown()
    print(f"wrote {s.count} screenshots under {OUT}")
    return 0


if __name__ == "__main__":
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        sys.exit("Run under an X server: Xvfb :99 & DISPLAY=:99 QT_QPA_PLATFORM=xcb python " + __file__)
    raise SystemExit(main())
