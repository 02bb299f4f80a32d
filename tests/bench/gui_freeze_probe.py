"""Freeze probe: does the window keep answering while searches run over a million invoices?

    arledger demo --ledger /tmp/ar1m/ledger.sqlite --customers 50000 --invoices 1000000
    QT_QPA_PLATFORM=offscreen python tests/bench/gui_freeze_probe.py /tmp/ar1m/ledger.sqlite

Types searches into the Invoices and Customers pages the way a person does (a key every 120 ms, then a
pause), while a 10 ms probe timer on the GUI thread records how late each tick fires. The largest lateness
is the longest the window was frozen. It also times how long each search's rows and count take to arrive,
and Ctrl+End to the true last invoice. Exit status 1 if the GUI thread ever stalled 200 ms or more.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LIMIT_MS = 200.0


def main(path: Path) -> int:
    from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QThreadPool, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from arledger.gui.app import AppController, GarbageCollectorTimer, configure_application

    app = QApplication(sys.argv[:1])
    configure_application(app)
    GarbageCollectorTimer(app)
    controller = AppController(app)
    controller.show_error = lambda message: sys.exit(f"arledger: {message}")
    controller.start(path)
    w = controller.window
    QThreadPool.globalInstance().waitForDone(600000)
    app.processEvents()

    lateness: list[float] = []
    clock = QElapsedTimer()
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        lateness.append(now - last[0] - 10.0)
        last[0] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(10)
    probe.timeout.connect(tick)

    def pump(ms: float) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    def wait_for(done, timeout_ms: float = 120000) -> float:
        t = time.perf_counter()
        while not done() and (time.perf_counter() - t) * 1000 < timeout_ms:
            pump(5)
        return (time.perf_counter() - t) * 1000

    failed = False
    for page, model, words in ((w.invoices, w.invoices.model, ("zzz", "INV-00099", "Lake", "C0004")),
                               (w.customers, w.customers.model, ("zzz", "Marine", "C0123"))):
        w.show_page(w.pages.index(page))
        QThreadPool.globalInstance().waitForDone(600000)
        app.processEvents()
        for word in words:
            page.search.clear()
            pump(400)
            lateness.clear()
            clock.start()
            last[0] = 0.0
            probe.start()
            for ch in word:  # typing: each key restarts the debounce; a superseded search is cancelled
                page.search.setFocus()
                page.search.insert(ch)
                pump(120)
            typed = time.perf_counter()
            rows_ms = wait_for(lambda m=model, q=word: not m.loading and m.filter.search == q)
            count_ms = wait_for(lambda p=page: p.count is not None) + rows_ms
            probe.stop()
            worst = max(lateness or [0.0])
            failed |= worst >= LIMIT_MS
            print(f"{type(page).__name__:<14} search {word!r:<12} rows after {rows_ms:7.0f} ms, count "
                  f"{page.count if page.count is not None else '?':>7} after {count_ms:7.0f} ms; GUI thread "
                  f"longest stall {worst:5.0f} ms over {(time.perf_counter() - typed) * 1000 + 120 * len(word):6.0f}"
                  f" ms")

    # Ctrl+End on the whole open-invoice list: the true last row, read from the other side.
    w.show_page(w.pages.index(w.invoices))
    w.invoices.search.clear()
    w.invoices._apply_filter()
    QThreadPool.globalInstance().waitForDone(600000)
    app.processEvents()
    table = w.invoices.table
    lateness.clear()
    clock.start()
    last[0] = 0.0
    probe.start()
    table.setFocus()
    QApplication.sendEvent(table, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_End,
                                            Qt.KeyboardModifier.ControlModifier))
    end_ms = wait_for(lambda: w.invoices.model.at_tail and not w.invoices.model.loading)
    probe.stop()
    rows = w.invoices.model.rows()
    print(f"Ctrl+End: last page of open invoices after {end_ms:.0f} ms (last due {rows[-1].due_date if rows else '?'}),"
          f" GUI thread longest stall {max(lateness or [0.0]):.0f} ms")
    controller.shutdown()
    print("FAIL: the GUI thread stalled" if failed else f"OK: the GUI thread never stalled {LIMIT_MS:.0f} ms")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ar1m/ledger.sqlite")))
