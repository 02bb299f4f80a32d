"""After a promise is recorded: "Send a written confirmation?" (书面确认). Sending by email or archiving for
print runs off the GUI thread on its own connection to the ledger; nothing is recorded unless it succeeds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from arledger.domain.errors import UserError
from arledger.domain.model import Promise
from arledger.gui import formatting as fmt
from arledger.gui.operations import LedgerOp
from arledger.services import dispatch
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger


def _send(ledger: Ledger, promise_id: int, by_email: bool) -> str:
    from arledger.services import notices  # reportlab loads only when a confirmation is sent

    mailer = dispatch.mailer(ledger) if by_email else None
    sent = notices.send_promise_confirmation(ledger, promise_id, mailer=mailer)
    if sent.emailed_to:
        return f"{sent.reference}: {', '.join(sent.emailed_to)}"
    return f"{sent.reference}: {sent.archive_path}"


class PromiseConfirmationDialog(QDialog):
    """Offers the written confirmation of a just-recorded promise: by email, archived to print, or not now."""

    def __init__(self, ledger: Ledger, promise: Promise, on_sent: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promiseConfirmationDialog")
        self.setWindowTitle(self.tr("Written confirmation"))
        self.path = ledger.path
        self.promise = promise
        self.on_sent = on_sent
        self.sent: str | None = None
        self.error: str | None = None
        customer = ledger.customer_by_id(promise.customer_id)
        self.promise_code = customer.code
        try:
            self.recipients = ", ".join(dispatch.recipients_for(customer))
            dispatch.email_settings(ledger)
            can_email = True
        except UserError:
            can_email = False
            self.recipients = ""
        text = self.tr("Send %1 a written confirmation of the promise of %2 by %3?").replace(
            "%1", customer.name).replace("%2", fmt.money(promise.amount, promise.currency)).replace(
            "%3", fmt.day(promise.due_date))
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.status = QLabel("")
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.email_button = QPushButton(self.tr("Send by &email"))
        self.email_button.setObjectName("sendByEmail")
        self.email_button.setEnabled(can_email)
        self.email_button.setToolTip(self.recipients if can_email else
                                     self.tr("The customer has no email address, or no mail server is set up."))
        self.print_button = QPushButton(self.tr("&Archive to print"))
        self.print_button.setObjectName("archiveToPrint")
        self.later_button = QPushButton(self.tr("&Not now"))
        for b, role in ((self.email_button, QDialogButtonBox.ButtonRole.AcceptRole),
                        (self.print_button, QDialogButtonBox.ButtonRole.AcceptRole),
                        (self.later_button, QDialogButtonBox.ButtonRole.RejectRole)):
            buttons.addButton(b, role)
        self.email_button.clicked.connect(lambda: self._start(True))
        self.print_button.clicked.connect(lambda: self._start(False))
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _start(self, by_email: bool) -> None:
        for b in (self.email_button, self.print_button, self.later_button):
            b.setEnabled(False)
        self.status.setText(self.tr("Sending…"))
        path, pid = self.path, self.promise.id
        self.op = LedgerOp(self, path, lambda ledger: _send(ledger, pid, by_email), on_done=self._done,
                           on_error=self._failed, expected=(UserError, OSError),
                           changes=Changes.of([self.promise_code], events=True, letters=True))

    def _done(self, result: object) -> None:
        self.sent = str(result)
        self.on_sent(self.tr("Sent the written confirmation %1.").replace("%1", self.sent))
        self.accept()

    def _failed(self, message: str) -> None:
        self.error = message
        self.status.setText(self.tr("Not sent, nothing was recorded: %1").replace("%1", message))
        for b in (self.print_button, self.later_button):
            b.setEnabled(True)
        self.email_button.setEnabled(bool(self.recipients))
