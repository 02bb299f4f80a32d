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


def main(path: Path) -> int:
    from PySide6.QtCore import QSettings, Qt, QThreadPool
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from arledger.gui.app import AppController, configure_application
    from arledger.services.browse import InvoiceFilter, InvoiceStatus

    t0 = time.perf_counter()
    app = QApplication(sys.argv[:1])
    configure_application(app)
    controller = AppController(app)
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
            for col, c in enumerate(model.columns()):
                if c.sort_key is None:
                    continue
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    t = time.perf_counter()
                    model.sort(col, order)
                    first = time.perf_counter() - t
                    t = time.perf_counter()
                    model.fetchMore()
                    more = time.perf_counter() - t
                    way = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
                    label = f"{type(model).__name__}{f' [{status.value}]' if status else ''} by {c.title}"
                    print(f"{label:<46} {way:<4}  first page {first * 1000:7.1f} ms"
                          f"   next page {more * 1000:7.1f} ms")
    controller.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ar1m/ledger.sqlite")))
