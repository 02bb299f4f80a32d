"""Printing a letter from the viewer: how long the GUI thread stops answering, and what reaches the printer.

Ours hands the PDF to the spooler off the GUI thread; the baseline renders every page to an image at the
printer's resolution on the GUI thread (what the viewer did before). A 10 ms timer on the GUI thread records
the longest gap between its ticks while each runs; the spooled bytes are compared too.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_print.py [PRINTER]

PRINTER defaults to ArledgerPDF (the cups-pdf queue .ci/run sets up).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(printer_name: str) -> int:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from arledger.gui.dialogs.letter_preview import PdfViewerDialog
    from arledger.services import escalation, letters
    from arledger.services.demo import write_demo_ledger
    from arledger.services.ledger import Ledger

    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="arledger-bench-print-"))
    path = tmp / "demo.sqlite"
    write_demo_ledger(path, customers=60, invoices=1500, today=date(2026, 3, 31))
    with Ledger.open(path) as ledger:
        entries = [e for e in escalation.letters_due(ledger, date(2026, 3, 31)) if e.decision]
        code = max(entries, key=lambda e: len(e.invoice_numbers)).customer.code
        doc = letters.send_letter(ledger, code, date(2026, 3, 31), appendix=True, preview=True,
                                  out=tmp / "letter.pdf")
    pdf = doc.out_path or tmp / "letter.pdf"

    def probe(run) -> tuple[float, float]:
        dialog = PdfViewerDialog("bench")
        dialog.show_file(pdf)
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(10)
        t0 = time.perf_counter()
        run(dialog)
        took = time.perf_counter() - t0
        timer.stop()
        dialog.deleteLater()
        return max(gaps or [0.0]), took

    def ours(dialog) -> None:
        printer = QPrinter()
        printer.setPrinterName(printer_name)
        done = []
        dialog.printed.connect(done.append)
        dialog.send_to_printer(printer)
        deadline = time.monotonic() + 60
        while not done and not dialog.problem.text() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        if dialog.problem.text():
            raise SystemExit(dialog.problem.text())

    def baseline(dialog) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp / "raster.pdf"))
        QTimer.singleShot(0, lambda: dialog.print_to(printer))
        deadline = time.monotonic() + 0.2
        while time.monotonic() < deadline or not (tmp / "raster.pdf").exists():
            app.processEvents()
            time.sleep(0.005)

    rounds = {"ours": [], "baseline": []}
    for _ in range(3):
        rounds["ours"].append(probe(ours))
        rounds["baseline"].append(probe(baseline))
    ours_gap = statistics.median(g for g, _ in rounds["ours"])
    base_gap = statistics.median(g for g, _ in rounds["baseline"])
    print(f"letter: {pdf.stat().st_size:,} bytes")
    print(f"longest GUI-thread stall while printing: ours {ours_gap:.0f} ms (spooler, worker thread); "
          f"baseline {base_gap:.0f} ms (pages rendered at printer resolution on the GUI thread); "
          f"ratio {ours_gap / max(base_gap, 1):.2f}")
    print(f"bytes to the printer: ours {pdf.stat().st_size:,} (the PDF itself); baseline "
          f"{(tmp / 'raster.pdf').stat().st_size:,} (page images)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "ArledgerPDF"))
