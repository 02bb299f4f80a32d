"""Desktop speed on a big ledger: window shown, first page of each list in each order, dashboard ready.

    arledger demo --ledger /tmp/ar1m/ledger.sqlite --customers 2000 --invoices 1000000
    QT_QPA_PLATFORM=offscreen python tests/bench/gui_bench.py /tmp/ar1m/ledger.sqlite
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(app, model) -> None:
    while model.loading:
        app.processEvents()
        time.sleep(0.0005)


def main(path: Path) -> int:
    from PySide6.QtCore import QSettings, Qt, QThreadPool
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from arledger.gui.app import AppController, configure_application
    from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus

    t0 = time.perf_counter()
    app = QApplication(sys.argv[:1])
    configure_application(app)
    controller = AppController(app)
    controller.show_error = lambda message: sys.exit(f"arledger: {message}")  # never wait on a message box
    controller.start(path)
    app.processEvents()
    shown = time.perf_counter() - t0
    w = controller.window
    QThreadPool.globalInstance().waitForDone(120000)
    app.processEvents()
    print(f"window shown: {shown * 1000:.0f} ms; dashboard figures ready: {(time.perf_counter() - t0) * 1000:.0f} ms")
    for page, model in ((w.customers, w.customers.model), (w.invoices, w.invoices.model)):
        w.show_page(w.pages.index(page))
        for status in ((InvoiceStatus.OPEN, InvoiceStatus.ALL) if model is w.invoices.model else (None,)):
            if status is not None:
                model.set_filter(InvoiceFilter(status=status))
                settle(app, model)
            for col, c in enumerate(model.columns()):
                if c.sort_key is None:
                    continue
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    # Pages are read off the GUI thread: time until the rows are in the model.
                    t = time.perf_counter()
                    model.sort(col, order)
                    settle(app, model)
                    first = time.perf_counter() - t
                    t = time.perf_counter()
                    model.fetchMore()
                    settle(app, model)
                    more = time.perf_counter() - t
                    way = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
                    label = f"{type(model).__name__}{f' [{status.value}]' if status else ''} by {c.title}"
                    print(f"{label:<46} {way:<4}  first page {first * 1000:7.1f} ms"
                          f"   next page {more * 1000:7.1f} ms")
    # The collections screens: each reads off the GUI thread; time until its figures are on screen.
    for page in (w.today, w.letters):
        t = time.perf_counter()
        w.show_page(w.pages.index(page))
        shown_ms = (time.perf_counter() - t) * 1000
        QThreadPool.globalInstance().waitForDone(600000)
        app.processEvents()
        filled_ms = (time.perf_counter() - t) * 1000
        print(f"{page.title():<10} page shown {shown_ms:7.1f} ms; filled after {filled_ms:8.0f} ms"
              f" ({page.model.rowCount()} rows)")
    code = w.customers.model.rows()[0].code
    t = time.perf_counter()
    w.open_customer(code)
    app.processEvents()
    opened = time.perf_counter() - t
    t = time.perf_counter()
    w.customer_view.show_tab(1)
    app.processEvents()
    print(f"customer view {code}: header + open items {opened * 1000:.1f} ms; timeline first page "
          f"{(time.perf_counter() - t) * 1000:.1f} ms")
    w.show_page(w.pages.index(w.reports))
    for tab, name in ((1, "interest report"), (2, "KPI report")):
        t = time.perf_counter()
        w.reports.show_tab(tab)
        QThreadPool.globalInstance().waitForDone(600000)
        app.processEvents()
        print(f"{name}: {(time.perf_counter() - t) * 1000:.0f} ms (off the GUI thread)")
    controller.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ar1m/ledger.sqlite")))
