"""Print from the PDF viewer: the file goes to the printer as it is, off the GUI thread."""

from __future__ import annotations

import subprocess
import threading
import uuid
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from arledger.domain.model import Customer
from arledger.gui.dialogs.letter_preview import PdfViewerDialog
from arledger.services import printing, statements
from arledger.services.ledger import Ledger
from tests.conftest import PDF_PRINTER


def _statement(tmp_path: Path) -> Path:
    with Ledger.open(tmp_path / "books.sqlite", create=True) as ledger:
        ledger.set_setting("company", {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol"})
        ledger.add_customer(Customer(code="ACME", name="Acme GmbH", currency="EUR"))
        for n in range(40):
            ledger.add_invoice("ACME", f"A-{n:03d}", date(2025, 1, 1), 10_000 + n, due_date=date(2025, 2, 1))
        path = tmp_path / "statement.pdf"
        statements.write_statement(ledger, "ACME", None, date(2025, 6, 1), path)
    return path


def test_print_to_a_pdf_printer_keeps_pages_and_text_and_runs_off_the_gui_thread(qtbot, tmp_path, cups_pdf,
                                                                                  monkeypatch):
    source = _statement(tmp_path)
    dialog = PdfViewerDialog("Statement")
    qtbot.addWidget(dialog)
    name = f"stmt-{uuid.uuid4().hex[:8]}.pdf"
    dialog.show_bytes(source.read_bytes(), name)
    printer = QPrinter()
    printer.setPrinterName(PDF_PRINTER)
    monkeypatch.setattr(dialog, "choose_printer", lambda: printer)
    threads: list[threading.Thread] = []
    real = printing.print_pdf

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(printing, "print_pdf", spy)
    with qtbot.waitSignal(dialog.printed, timeout=60000) as job:
        dialog.print_document()
    assert threads and threads[0] is not threading.main_thread()
    assert job.args[0].startswith(PDF_PRINTER)
    out = cups_pdf(name)
    assert len(PdfReader(out).pages) == dialog.page_count() > 1
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "A-039" in text
    assert "Sent to" in dialog.info.text()


def test_print_to_file_writes_the_pdf_itself(qtbot, tmp_path, monkeypatch):
    source = _statement(tmp_path)
    dialog = PdfViewerDialog("Statement")
    qtbot.addWidget(dialog)
    dialog.show_bytes(source.read_bytes(), "statement.pdf")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(dialog, "choose_printer", lambda: printer)
    dialog.print_document()
    assert (tmp_path / "printed.pdf").read_bytes() == source.read_bytes()
