"""The letters between the demands in the app: a proposed notice previewed, then emailed or archived to print
(and printed), and a sent notice's posting and delivery recorded. Every render, send and record runs off the GUI
thread on its own connection to the ledger, through the same services as `arledger letters` / `arledger notices`;
nothing is recorded unless it succeeds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arledger.gui import formatting as fmt
from arledger.gui.dialogs.letter_preview import PdfViewerDialog
from arledger.gui.dialogs.notice_kinds import can_email, kind_names, method_names, send_notice_in
from arledger.gui.icons import icon
from arledger.gui.operations import run_in_background
from arledger.services.ledger import Ledger

if TYPE_CHECKING:
    from arledger.services.notices import ProposedNotice, SentNotice


def _preview_in(path: Path, kind: str, code: str, about_id: int | None, on: date) -> bytes:
    from arledger.services import notices

    with Ledger.open(path) as ledger:
        return notices.preview_notice(ledger, kind, code, about_id, on)


class NoticePreviewDialog(PdfViewerDialog):
    """A proposed notice rendered (nothing recorded), with Send by email and Archive to print; once archived the
    archived PDF is shown, to print, and its posting can be recorded."""

    def __init__(self, ledger: Ledger, proposal: ProposedNotice, on: date, parent: QWidget | None = None,
                 on_sent: Callable[[str], None] | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("noticePreview")
        self.kind_name = kind_names()[proposal.kind]
        self.setWindowTitle(self.tr("%1 to %2").replace("%1", self.kind_name).replace("%2", proposal.customer.name))
        self.ledger = ledger
        self.ledger_path = ledger.path
        self.proposal = proposal
        self.on = on
        self.on_sent = on_sent
        self.preview: bytes | None = None
        self.sent: SentNotice | None = None
        self.error: str | None = None
        self.recipients = can_email(ledger, proposal.customer.code)
        self.email_button = QPushButton(icon("email"), self.tr("Send by &email"))
        self.email_button.setObjectName("noticeByEmail")
        self.email_button.setToolTip(self.recipients or self.tr("The customer has no email address, or no mail "
                                                                "server is set up."))
        self.email_button.clicked.connect(lambda: self._send(True))
        self.archive_button = QPushButton(icon("send"), self.tr("&Archive to print"))
        self.archive_button.setObjectName("noticeArchive")
        self.archive_button.setToolTip(self.tr("Archive this PDF and record it in the evidence log as sent; then "
                                               "print it and record its posting"))
        self.archive_button.clicked.connect(lambda: self._send(False))
        self.post_button = QPushButton(self.tr("Record &posting…"))
        self.post_button.setObjectName("noticeRecordPost")
        self.post_button.clicked.connect(self.record_posting)
        self.post_button.hide()
        for b in (self.email_button, self.archive_button, self.post_button):
            self.buttons.insertWidget(self.buttons.count() - 1, b)
        self._enable(False)
        self.info.setText(self.tr("Rendering…"))
        k = proposal
        self._task = run_in_background(lambda: _preview_in(ledger.path, k.kind, k.customer.code, k.about_id, on),
                                       self._previewed, self._preview_failed)

    def _enable(self, on: bool) -> None:
        self.email_button.setEnabled(on and bool(self.recipients))
        self.archive_button.setEnabled(on)
        self.print_button.setEnabled(on and self.sent is not None)
        self.save_button.setEnabled(on)

    def _previewed(self, pdf: object) -> None:
        assert isinstance(pdf, bytes)
        self.preview = pdf
        self.show_bytes(pdf, f"{self.proposal.customer.code}-{self.proposal.kind}.pdf")
        self._enable(True)
        self.info.setText(self.tr("Preview: %1 to %2 · not sent yet").replace("%1", self.kind_name)
                          .replace("%2", self.proposal.customer.name))

    def _preview_failed(self, message: str) -> None:
        self.error = message
        self.info.setText("")
        self.show_problem(message)

    def _send(self, by_email: bool) -> None:
        self._enable(False)
        self.error = None
        self.show_problem("")
        self.info.setText(self.tr("Sending by email…") if by_email else self.tr("Archiving…"))
        k, path, on = self.proposal, self.ledger.path, self.on
        self._task = run_in_background(lambda: send_notice_in(path, k.kind, k.customer.code, k.about_id, on, by_email),
                                       self._sent, self._send_failed)

    def _sent(self, sent: object) -> None:
        from arledger.services.notices import SentNotice

        assert isinstance(sent, SentNotice)
        self.sent = s = sent
        if s.emailed_to:
            text = self.tr("%1 %2 emailed to %3; archived and logged.").replace("%1", self.kind_name) \
                .replace("%2", s.reference).replace("%3", ", ".join(s.emailed_to))
        else:
            text = self.tr("%1 %2 archived and logged; print it and record its posting.") \
                .replace("%1", self.kind_name).replace("%2", s.reference)
        self.show_file(s.archive_path)
        self.info.setText(text)
        self.email_button.hide()
        self.archive_button.hide()
        self.post_button.setVisible(not s.emailed_to)
        self.print_button.setEnabled(True)
        if self.on_sent is not None:
            self.on_sent(text)
        if s.emailed_to:
            self.accept()

    def _send_failed(self, message: str) -> None:
        self.error = message
        self.show_problem(self.tr("Not sent, nothing was recorded: %1").replace("%1", message))
        self._enable(self.preview is not None)
        self.info.setText("")

    def record_posting(self) -> None:
        if self.sent is None:
            return
        dialog = NoticePostDialog(self.ledger, self.sent.notice_id, self.sent.on, self, on_saved=self.on_sent)
        self.post_dialog = dialog
        if dialog.exec():
            self.post_button.setEnabled(False)
            self.info.setText(dialog.result_text)


class NoticePostDialog(QDialog):
    """Record that a notice was posted (method, tracking number, day) or, with ``delivery=True``, when it was
    delivered; the record is written off the GUI thread and the dialog closes only once it is."""

    def __init__(self, ledger: Ledger, notice_id: int, sent_on: date, parent: QWidget | None = None, *,
                 delivery: bool = False, on_saved: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeDeliveryDialog" if delivery else "noticePostDialog")
        self.setWindowTitle(self.tr("Record delivery") if delivery else self.tr("Record posting"))
        self.path = ledger.path
        self.notice_id = notice_id
        self.delivery = delivery
        self.on_saved = on_saved
        self.result_text = ""
        self.error: str | None = None
        today = ledger.today()
        form = QFormLayout()
        self.method = QComboBox()
        self.method.setObjectName("postMethod")
        for key, text in method_names().items():
            self.method.addItem(text, key)
        self.tracking = QLineEdit()
        self.tracking.setObjectName("postTracking")
        self.tracking.setMaxLength(64)
        self.tracking.setPlaceholderText(self.tr("e.g. RR123456789CN"))
        self.note = QLineEdit()
        self.note.setObjectName("deliveryNote")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("e.g. signed for by reception"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("postDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumDate(QDate(sent_on.year, sent_on.month, sent_on.day))
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        if delivery:
            form.addRow(self.tr("&Delivered on"), self.day)
            form.addRow(self.tr("&Note"), self.note)
        else:
            form.addRow(self.tr("&Method"), self.method)
            form.addRow(self.tr("&Tracking number"), self.tracking)
            form.addRow(self.tr("&Posted on"), self.day)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveNoticePost")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.status)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.error = None
        q = self.day.date()
        day = date(q.year(), q.month(), q.day())
        path, nid = self.path, self.notice_id
        if self.delivery:
            note = self.note.text()
            work: Callable[[], Any] = lambda: _deliver_in(path, nid, day, note)  # noqa: E731
        else:
            method, tracking = str(self.method.currentData()), self.tracking.text()
            work = lambda: _post_in(path, nid, method, tracking, day)  # noqa: E731
        self._task = run_in_background(work, self._saved, self._failed)

    def _saved(self, result: object) -> None:
        from arledger.services.notices import NoticeDelivery, PostedNotice

        if isinstance(result, NoticeDelivery):
            self.result_text = self.tr("Recorded notice %1 as delivered on %2.").replace("%1", str(result.notice_id)) \
                .replace("%2", fmt.day(result.on))
            if result.restarts_limitation:
                self.result_text += " " + self.tr("It restarts limitation for the invoices it names.")
        elif isinstance(result, PostedNotice):
            self.result_text = self.tr("Recorded notice %1 as posted (%2).").replace("%1", str(result.notice_id)) \
                .replace("%2", self.method.currentText() + (f", {result.tracking}" if result.tracking else ""))
        if self.on_saved is not None:
            self.on_saved(self.result_text)
        self.accept()

    def _failed(self, message: str) -> None:
        self.error = message
        self.status.setText(self.tr("Nothing was recorded: %1").replace("%1", message))
        self.save_button.setEnabled(True)


def _post_in(path: Path, notice_id: int, method: str, tracking: str, on: date) -> object:
    from arledger.services import notices

    with Ledger.open(path) as ledger:
        return notices.record_notice_post(ledger, notice_id, method, tracking=tracking, on=on)


def _deliver_in(path: Path, notice_id: int, on: date, note: str) -> object:
    from arledger.services import notices

    with Ledger.open(path) as ledger:
        return notices.record_notice_delivery(ledger, notice_id, on, note=note)
