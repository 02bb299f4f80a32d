"""The letters between the demands in the app: a proposed notice previewed, then emailed or archived to print
(and printed), and a sent notice's posting and delivery recorded. The render is a read and every send and record
an operation (gui/operations.py), off the GUI thread on its own connection to the ledger, through the same
services as `arledger letters` / `arledger notices`; nothing is recorded unless it succeeds, and each write
announces what it changed (the customer, the events, the letters), so the pages showing them re-read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

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
from arledger.gui.dialogs.notice_kinds import can_email, kind_names, method_names, notice_changes, send_notice
from arledger.gui.icons import icon
from arledger.gui.operations import LedgerOp, start_read
from arledger.gui.qdates import from_date
from arledger.services import notices
from arledger.services.ledger import Ledger
from arledger.services.notices import NoticeDelivery, PostedNotice, ProposedNotice, SentNotice


def _preview(ledger: Ledger, kind: str, code: str, about_id: int | None, on: date) -> bytes:
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
        self._task = start_read(ledger.path, lambda led: _preview(led, k.kind, k.customer.code, k.about_id, on),
                                self._previewed, self._preview_failed, owner=self)
        self.sending: LedgerOp | None = None

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
        k, on = self.proposal, self.on
        self.sending = LedgerOp(self, self.ledger.path,
                                lambda led: send_notice(led, k.kind, k.customer.code, k.about_id, on, by_email),
                                on_done=self._sent, on_error=self._send_failed,
                                changes=notice_changes(k.customer.code))

    def _sent(self, sent: object) -> None:
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
        dialog = NoticePostDialog(self.ledger, self.sent.notice_id, self.sent.customer_code, self.sent.on, self,
                                  on_saved=self.on_sent)
        self.post_dialog = dialog
        if dialog.exec():
            self.post_button.setEnabled(False)
            self.info.setText(dialog.result_text)


class NoticePostDialog(QDialog):
    """Record that a notice was posted (method, tracking number, day) or, with ``delivery=True``, when it was
    delivered; the record is written off the GUI thread and the dialog closes only once it is."""

    def __init__(self, ledger: Ledger, notice_id: int, customer_code: str, sent_on: date,
                 parent: QWidget | None = None, *, delivery: bool = False,
                 on_saved: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeDeliveryDialog" if delivery else "noticePostDialog")
        self.setWindowTitle(self.tr("Record delivery") if delivery else self.tr("Record posting"))
        self.path = ledger.path
        self.notice_id = notice_id
        self.customer_code = customer_code
        self.saving: LedgerOp | None = None
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
        self.day = QDateEdit(from_date(today))
        self.day.setObjectName("postDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumDate(from_date(sent_on))
        self.day.setMaximumDate(from_date(today))
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
        nid = self.notice_id
        if self.delivery:
            note = self.note.text()
            work: Callable[[Ledger], Any] = lambda led: _deliver(led, nid, day, note)  # noqa: E731
        else:
            method, tracking = str(self.method.currentData()), self.tracking.text()
            work = lambda led: _post(led, nid, method, tracking, day)  # noqa: E731
        self.saving = LedgerOp(self, self.path, work, on_done=self._saved, on_error=self._failed,
                               changes=notice_changes(self.customer_code))

    def _saved(self, result: object) -> None:
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


def _post(ledger: Ledger, notice_id: int, method: str, tracking: str, on: date) -> object:
    return notices.record_notice_post(ledger, notice_id, method, tracking=tracking, on=on)


def _deliver(ledger: Ledger, notice_id: int, on: date, note: str) -> object:
    return notices.record_notice_delivery(ledger, notice_id, on, note=note)
