"""The in-app PDF viewer for letters and statements (QtPdf): preview, print, save as and, for a letter
not yet sent, Send = archive the PDF and log it as evidence through letters.send_letter.

A preview is rendered by the letters service with preview=True (nothing recorded); Send renders it again
(rendering is deterministic, so the archived bytes are the bytes previewed) and records it in one step.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.icons import icon
from arledger.gui.operations import LedgerOp, run_in_background
from arledger.services import dispatch, letter_archive, letters, policy, printing, statements
from arledger.services.ledger import Ledger
from arledger.services.letter_archive import SentLetter
from arledger.services.output_paths import save_copy


class PdfViewerDialog(QDialog):
    """Shows one PDF (bytes or a file) with Print and Save as; subclasses add what they need."""

    printed = Signal(str)  # the spooler's job id, once the PDF was handed to a printer

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self.setWindowTitle(title)
        self._tmp = Path(tempfile.mkdtemp(prefix="arledger-view-"))
        self.path: Path | None = None
        self.ledger_path: Path | None = None  # outputs are checked against it (never the ledger or its files)
        self.suggested_name = "document.pdf"
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("QPdfView { background: #e5e7eb; }")
        self.info = QLabel()
        self.info.setObjectName("hint")
        self.info.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save &As…"))
        self.save_button.setObjectName("saveAsButton")
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(10)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.print_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.addLayout(self.controls)
        lay.addWidget(self.info)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.problem)
        lay.addLayout(self.buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(1.2))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(1 / 1.2))
        self.resize(860, 980)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * factor)

    def show_bytes(self, data: bytes, name: str) -> None:
        self.document.close()
        target = self._tmp / name
        target.write_bytes(data)
        self.show_file(target)

    def show_file(self, path: Path) -> None:
        self.path = Path(path)
        self.suggested_name = self.path.name
        self.document.close()
        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_
        self.print_button.setEnabled(ok)
        self.save_button.setEnabled(ok)
        if not ok:
            self.show_problem(self.tr("The PDF %1 could not be opened.").replace("%1", str(self.path)))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- print and save -------------------------------------------------------------------------------------
    def choose_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.suggested_name))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_document(self) -> None:
        printer = self.choose_printer()
        if printer is not None:
            self.send_to_printer(printer)

    def send_to_printer(self, printer: QPrinter) -> None:
        """Print the PDF as it is: "print to file" gets a copy of the PDF, a printer gets the file through the
        system's spooler off the GUI thread (vector pages with their text). Only without a spooler (Windows)
        are the pages rendered as images."""
        if self.path is None:
            return
        target = printer.outputFileName()
        if target:
            try:
                Path(target).write_bytes(self.path.read_bytes())
            except OSError as exc:
                self.show_problem(self.tr("%1 could not be written: %2").replace("%1", target)
                                  .replace("%2", exc.strerror or str(exc)))
                return
            self.show_problem("")
            self.info.setText(self.tr("Saved the PDF for printing as %1.").replace("%1", target))
            return
        if printing.spooler() is None:
            self.print_to(printer)
            return
        source, name, copies = self.path, printer.printerName(), printer.copyCount()
        self.print_button.setEnabled(False)
        self.info.setText(self.tr("Sending %1 to %2…").replace("%1", self.suggested_name)
                          .replace("%2", name or self.tr("the default printer")))

        def done(job: printing.PrintJob) -> None:
            self.print_button.setEnabled(True)
            self.show_problem("")
            self.info.setText(self.tr("Sent to %1 (job %2).").replace("%1", job.printer or self.tr("the default "
                              "printer")).replace("%2", job.job_id or "?"))
            self.printed.emit(job.job_id)

        def failed(message: str) -> None:
            self.print_button.setEnabled(True)
            self.show_problem(message)

        self._print_task = run_in_background(
            lambda: printing.print_pdf(source, printer=name, copies=copies, title=self.suggested_name), done, failed,
            owner=self, expected=(UserError, OSError))

    def print_to(self, printer: QPrinter) -> int:
        """Render each page at the printer's resolution (only where no spooler takes the PDF itself); returns
        the number of pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            self.show_problem(self.tr("The printer could not be started."))
            return 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dpi = printer.resolution()
            for n in range(self.document.pageCount()):
                if n:
                    printer.newPage()
                points = self.document.pagePointSize(n)
                size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
                image = self.document.render(n, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QPointF(0, 0), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                              Qt.TransformationMode.SmoothTransformation))
            return self.document.pageCount()
        finally:
            painter.end()
            QGuiApplication.restoreOverrideCursor()

    def choose_save_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), str(Path.home() / self.suggested_name),
                                              self.tr("PDF documents (*.pdf)"))
        return Path(path) if path else None

    def save_as(self) -> None:
        if self.path is None:
            return
        target = self.choose_save_path()
        if target is None:
            return
        try:
            save_copy(self.ledger_path, self.path, target)  # refused as "the copy", in the reader's language
        except UserError as exc:
            self.show_problem(fmt.error_text(exc))
            return
        except OSError as exc:
            self.show_problem(self.tr("Could not write %1: %2").replace("%1", str(target))
                              .replace("%2", exc.strerror or str(exc)))
            return
        self.info.setText(self.tr("Saved a copy to %1.").replace("%1", str(target)))

    def done(self, result: int) -> None:
        self.document.close()
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(result)


class LetterPreviewDialog(PdfViewerDialog):
    """The letter due for one customer (or at a chosen level), previewed; Send archives and logs it."""

    def __init__(self, ledger: Ledger, code: str, on: date, parent: QWidget | None = None,
                 on_sent: Callable[[SentLetter], None] | None = None) -> None:
        super().__init__(self.tr("Letter to %1").replace("%1", code), parent)
        self.setObjectName("letterPreview")
        self.ledger = ledger
        self.ledger_path = ledger.path
        self.code = code
        self.on = on
        self.on_sent = on_sent
        self.preview: SentLetter | None = None
        self.sent: SentLetter | None = None
        self.level = QComboBox()
        self.level.setObjectName("letterLevel")
        self.level.addItem(self.tr("The level due"), None)
        for lv in policy.escalation_policy(ledger).levels:
            self.level.addItem(self.tr("Level %1 · %2").replace("%1", str(lv.level)).replace("%2", lv.name), lv.level)
        self.appendix = QCheckBox(self.tr("Evidence &appendix"))
        self.appendix.setObjectName("letterAppendix")
        self.appendix.setToolTip(self.tr("Attach the customer's evidence log up to the letter's date as numbered "
                                         "exhibits (levels 3 and 4 carry it unless you clear this)"))
        self.appendix_choice: bool | None = None  # None: as the policy says for the level shown
        level_label = QLabel(self.tr("&Level"))
        level_label.setBuddy(self.level)
        self.controls.addWidget(level_label)
        self.controls.addWidget(self.level)
        self.controls.addWidget(self.appendix)
        self.controls.addStretch(1)
        self.send_button = QPushButton(icon("send"), self.tr("&Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setToolTip(self.tr("Archive this PDF and record it in the evidence log as sent"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.buttons.insertWidget(self.buttons.count() - 1, self.send_button)
        self.email_button = QPushButton(icon("email"), self.tr("Send by &email"))
        self.email_button.setObjectName("sendByEmailButton")
        self.email_button.setToolTip(self.tr("Email this letter as a PDF attachment; it is archived and recorded "
                                             "only once the mail server accepted it"))
        self.email_button.clicked.connect(self.send_by_email)
        self.buttons.insertWidget(self.buttons.count() - 1, self.email_button)
        self.email_error: str | None = None
        self.level.currentIndexChanged.connect(self._level_changed)
        self.appendix.toggled.connect(self._appendix_toggled)
        self.render_preview()

    def _level_changed(self) -> None:
        self.appendix_choice = None  # a new level starts from the policy's choice
        self.render_preview()

    def _appendix_toggled(self, checked: bool) -> None:
        self.appendix_choice = checked
        self.render_preview()

    def _level(self) -> int | None:
        level = self.level.currentData()  # None for "the level due"
        return level if isinstance(level, int) else None

    def render_preview(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = letters.send_letter(self.ledger, self.code, self.on, level=self._level(),
                                               appendix=self.appendix_choice, preview=True)
        except UserError as exc:
            self.preview = None
            self.document.close()
            self.show_problem(fmt.error_text(exc))
            self.info.setText("")
            for b in (self.send_button, self.email_button, self.print_button, self.save_button):
                b.setEnabled(False)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        p = self.preview
        self.appendix.blockSignals(True)  # show what the letter carries, without rendering again
        self.appendix.setChecked(p.appendix)
        self.appendix.blockSignals(False)
        # e.g. a rate assumed past its table's end: for the sender only
        self.show_problem(" ".join(fmt.message_text(w) for w in p.warnings))
        self.show_bytes(p.pdf, f"{p.reference}.pdf")
        self.send_button.setEnabled(True)
        self.email_button.setEnabled(self._email_to() is not None)
        claimed = ", ".join(fmt.money(m.minor, m.currency) for m in p.claimed) or "—"
        reply = self.tr(", reply by %1").replace("%1", fmt.day(p.reply_by)) if p.reply_by else ""
        self.info.setText(self.tr("Preview of %1 · level %2 (%3) · %4 invoices · claims %5%6 · not sent yet")
                          .replace("%1", p.reference).replace("%2", str(p.level))
                          .replace("%3", fmt.level_name(p.level_name))
                          .replace("%4", str(len(p.invoice_numbers))).replace("%5", claimed).replace("%6", reply))

    def send(self) -> None:
        """Send exactly what the preview showed, off the GUI thread; a refusal shows here and nothing is kept."""
        code, on, level, appendix = self.code, self.on, self._level(), self.appendix.isChecked()
        for b in (self.send_button, self.email_button):
            b.setEnabled(False)

        def refused(message: str) -> None:
            self.show_problem(message)
            self.send_button.setEnabled(True)
            self.email_button.setEnabled(self._email_to() is not None)

        self._send_op = LedgerOp(self, self.ledger.path,
                                 lambda ledger: letters.send_letter(ledger, code, on, level=level, appendix=appendix),
                                 on_done=self._emailed, on_error=refused)


    def _email_to(self) -> str | None:
        """The address the letter would go to, or None (no address, or no mail server set up)."""
        try:
            found = dispatch.recipients_for(self.ledger.customer(self.code))
            dispatch.email_settings(self.ledger)
        except UserError:
            return None
        return ", ".join(found)

    def send_by_email(self) -> None:
        """Hand the letter to the mail server off the GUI thread, on its own connection to the ledger."""
        for b in (self.send_button, self.email_button):
            b.setEnabled(False)
        self.email_error = None
        path, code, on, level, appendix = self.ledger.path, self.code, self.on, self._level(), self.appendix.isChecked()

        def work(ledger: Ledger) -> SentLetter:
            return letters.send_letter(ledger, code, on, level=level, appendix=appendix,
                                       by_email=letter_archive.ByEmail(dispatch.mailer(ledger)))

        self.info.setText(self.tr("Sending by email…"))
        self._email_task = LedgerOp(self, path, work, on_done=self._emailed, on_error=self._email_failed,
                                    expected=(UserError, OSError))

    def wait_saved(self) -> None:
        """Until a send started here has reported (tests, and callers that press Send by hand)."""
        for op in (getattr(self, "_send_op", None), getattr(self, "_email_task", None)):
            if op is not None:
                op.wait()

    def _emailed(self, sent: object) -> None:
        assert isinstance(sent, SentLetter)
        self.sent = sent
        if self.on_sent is not None:
            self.on_sent(sent)
        self.accept()

    def _email_failed(self, message: str) -> None:
        self.email_error = message
        self.show_problem(self.tr("Not sent, nothing was recorded: %1").replace("%1", message))
        self.send_button.setEnabled(True)
        self.email_button.setEnabled(True)


class StatementPreviewDialog(PdfViewerDialog):
    """A statement of account rendered to a temporary file and shown; Save as keeps a copy."""

    def __init__(self, ledger: Ledger, code: str, start: date | None, end: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Statement for %1").replace("%1", code), parent)
        self.setObjectName("statementPreview")
        self.ledger_path = ledger.path
        target = self._tmp / f"{code}-statement-{end.isoformat()}.pdf"
        try:
            doc = statements.write_statement(ledger, code, start, end, target)
        except UserError as exc:
            self.show_problem(fmt.error_text(exc))
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self.show_file(target)
        period = (fmt.day(start) + " – " if start else self.tr("up to ")) + fmt.day(end)
        self.info.setText(self.tr("Statement %1 · %2 · %3 entries").replace("%1", doc.reference)
                          .replace("%2", period).replace("%3", str(len(doc.rows))))
