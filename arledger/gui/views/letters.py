"""Letters: who is due a letter today (escalation.letters_due), a preview per customer, the whole run as
a batch off the GUI thread with progress and Cancel, and statements of account; beside the ladder, the other
letters due (courtesy reminders, promise confirmations, repayment agreements, thank-you letters) to preview and
send, and the notices sent with their post and delivery records."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.messages import Message
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.batch_summary import BatchSummaryDialog
from arledger.gui.dialogs.notice_kinds import can_email, kind_names, method_names, notice_changes, send_notice
from arledger.gui.models.collections import LetterRunTableModel
from arledger.gui.operations import LedgerOp, Reads
from arledger.gui.views.page import LedgerPage, empty_hint, hbox, page_header, page_layout
from arledger.gui.views.tables import LedgerTableView
from arledger.services import policy
from arledger.services.dispatch import BatchSummary
from arledger.services.escalation import LetterRunEntry, letters_due
from arledger.services.ledger import Ledger

if TYPE_CHECKING:
    from arledger.services.notices import NoticeStatus, ProposedNotice, SentNotice


def _notice_lists(ledger: Ledger, day: date) -> tuple[list[ProposedNotice], list[NoticeStatus]]:
    # lazy: the notice renderer costs ~380 ms of start-up (-X importtime); it loads in the worker
    from arledger.services import notices

    return notices.proposed_notices(ledger, day), notices.sent_notices(ledger)


def _proposal_key(p: ProposedNotice) -> tuple[str, str, int | None]:
    return p.kind, p.customer.code, p.about_id


def _reselect(table: QTableWidget, keys: list[object], was: object, row: int) -> None:
    """After a re-read, select the row the user had selected; if it is gone (the notice was sent), the row that
    took its place (row was its index); the first row when nothing was selected."""
    if was is not None and was in keys:
        row = keys.index(was)
    table.clearSelection()
    if keys:
        table.selectRow(min(max(row, 0), len(keys) - 1))


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class LettersPage(LedgerPage):
    icon_name = "letters"
    open_customer_requested = Signal(str)
    loaded = Signal()
    notices_loaded = Signal()
    message = Signal(str)  # a notice sent or its posting/delivery recorded here: its status sentence

    def __init__(self, ledger: Ledger, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.actions_by_name = actions
        self.email_summary: BatchSummary | None = None  # set before confirm_batch when a mail server is set up
        self.batch_by_email = False
        self.tasks = Reads(self)
        self.model = LetterRunTableModel(self)
        self.entries: list[LetterRunEntry] = []
        self.day = date.today()
        header, self.subtitle = page_header(self.title(), self.tr("Loading…"))
        buttons = []
        for name, text in (("preview_letter", self.tr("Preview letter")), ("generate_letters",
                                                                           self.tr("Generate all due")),
                           ("statement", self.tr("Statement of account")), ("open_customer", self.tr("Open customer"))):
            b = QPushButton(actions[name].icon(), text)
            b.setObjectName(f"letters_{name}")
            b.clicked.connect(actions[name].trigger)
            buttons.append(b)
        self.generate_button = buttons[1]
        self.table = LedgerTableView()
        self.table.setObjectName("lettersDue")
        self.table.set_keyset_model(self.model)
        self.table.doubleClicked.connect(lambda _i: actions["preview_letter"].trigger())
        self.table.activated.connect(lambda _i: actions["preview_letter"].trigger())
        self.empty = empty_hint()
        self.last_batch_text = ""
        self.last_combined: Path | None = None
        self.banner = QLabel()
        self.banner.setObjectName("batchResult")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet("QLabel#batchResult { background: #eef6ee; border: 1px solid #b7dbbf;"
                                  " border-radius: 6px; padding: 8px 10px; }")
        self.banner.linkActivated.connect(self._open_combined)
        self.banner.hide()
        self.proposed: list[ProposedNotice] = []
        self.sent: list[NoticeStatus] = []
        self.notice_dialog: QDialog | None = None
        self.notice_error = ""  # why the last notice sent from the list was not sent
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lettersTabs")
        ladder = QWidget()
        ladder_lay = QVBoxLayout(ladder)
        ladder_lay.setContentsMargins(0, 8, 0, 0)
        ladder_lay.addLayout(hbox(*buttons, stretch_at=len(buttons)))
        ladder_lay.addWidget(self.banner)
        ladder_lay.addWidget(self.table, 1)
        ladder_lay.addWidget(self.empty)
        self.tabs.addTab(ladder, self.tr("Reminders and demands"))
        self.tabs.addTab(self._other_tab(), self.tr("Other letters"))
        self.tabs.addTab(self._sent_tab(), self.tr("Notices sent"))
        lay = page_layout(self)
        lay.addWidget(header)
        lay.addWidget(self.tabs, 1)

    # -- the other letters: proposed, and sent ---------------------------------------------------------------
    def _other_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 8, 0, 0)
        self.notice_preview_button = QPushButton(self.tr("&Preview and send…"))
        self.notice_preview_button.setObjectName("noticePreviewButton")
        self.notice_preview_button.clicked.connect(self.preview_notice)
        self.notice_email_button = QPushButton(self.tr("Send by &email"))
        self.notice_email_button.setObjectName("noticeEmailButton")
        self.notice_email_button.clicked.connect(lambda: self.send_notice(True))
        self.notice_archive_button = QPushButton(self.tr("&Archive to print"))
        self.notice_archive_button.setObjectName("noticeArchiveButton")
        self.notice_archive_button.clicked.connect(lambda: self.send_notice(False))
        self.other_table = _table("otherLetters", [self.tr("Letter"), self.tr("Customer"), self.tr("About"),
                                                   self.tr("Amount"), self.tr("Date")])
        self.other_table.doubleClicked.connect(lambda _i: self.preview_notice())
        self.other_table.itemSelectionChanged.connect(self._other_selected)
        self.other_hint = QLabel()
        self.other_hint.setObjectName("hint")
        self.other_hint.setWordWrap(True)
        lay.addLayout(hbox(self.notice_preview_button, self.notice_email_button, self.notice_archive_button,
                           stretch_at=3))
        lay.addWidget(self.other_hint)
        lay.addWidget(self.other_table, 1)
        return tab

    def _sent_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 8, 0, 0)
        self.notice_open_button = QPushButton(self.tr("&Open…"))
        self.notice_open_button.setObjectName("noticeOpenButton")
        self.notice_open_button.clicked.connect(self.open_notice)
        self.notice_post_button = QPushButton(self.tr("Record &posting…"))
        self.notice_post_button.setObjectName("noticePostButton")
        self.notice_post_button.clicked.connect(lambda: self.record_notice(False))
        self.notice_delivered_button = QPushButton(self.tr("Record &delivery…"))
        self.notice_delivered_button.setObjectName("noticeDeliveredButton")
        self.notice_delivered_button.clicked.connect(lambda: self.record_notice(True))
        self.sent_table = _table("sentNotices", [self.tr("Sent"), self.tr("Letter"), self.tr("Customer"),
                                                 self.tr("How"), self.tr("Delivered")])
        self.sent_table.doubleClicked.connect(lambda _i: self.open_notice())
        self.sent_table.itemSelectionChanged.connect(self._sent_selected)
        lay.addLayout(hbox(self.notice_open_button, self.notice_post_button, self.notice_delivered_button,
                           stretch_at=3))
        lay.addWidget(self.sent_table, 1)
        return tab

    def show_notices(self, lists: tuple[list[ProposedNotice], list[NoticeStatus]]) -> None:
        was_proposed, was_sent = self.current_proposal(), self.current_sent()
        rows = self.other_table.currentRow(), self.sent_table.currentRow()
        self.proposed, self.sent = list(lists[0]), list(lists[1])
        names = kind_names()
        self.other_table.setRowCount(len(self.proposed))
        for row, p in enumerate(self.proposed):
            cells = [names[p.kind], f"{p.customer.code} · {p.customer.name}", self._about(p),
                     ", ".join(fmt.money(m.minor, m.currency) for m in p.amounts), fmt.day(p.since) if p.since else ""]
            for col, text in enumerate(cells):
                self.other_table.setItem(row, col, QTableWidgetItem(text))
        self.other_hint.setText(self.tr("No other letters are due today.") if not self.proposed else "")
        self.other_hint.setVisible(not self.proposed)
        _reselect(self.other_table, [_proposal_key(p) for p in self.proposed],
                  _proposal_key(was_proposed) if was_proposed else None, rows[0])
        self._other_selected()
        self.sent_table.setRowCount(len(self.sent))
        for row, n in enumerate(self.sent):
            cells = [fmt.day(n.sent_on), names.get(n.kind, n.kind), f"{n.customer_code} · {n.customer_name}",
                     self._how(n), fmt.day(n.delivered_on) if n.delivered_on else ""]
            for col, text in enumerate(cells):
                self.sent_table.setItem(row, col, QTableWidgetItem(text))
        _reselect(self.sent_table, [n.notice_id for n in self.sent], was_sent.notice_id if was_sent else None,
                  rows[1])
        self._sent_selected()
        self.tabs.setTabText(1, self.tr("Other letters (%1)").replace("%1", fmt.count(len(self.proposed))))
        self.notices_loaded.emit()

    def _about(self, p: ProposedNotice) -> str:
        if p.kind == "courtesy":
            return self.tr("Before the due date")
        if p.kind == "promise_confirmation":
            return self.tr("Promise %1, to pay by %2").replace("%1", str(p.about_id)).replace(
                "%2", fmt.day(p.since) if p.since else "")
        if p.kind == "repayment_agreement":
            return self.tr("Instalment plan %1").replace("%1", str(p.about_id))
        return self.tr("Paid in full")

    def _how(self, n: NoticeStatus) -> str:
        parts = [self.tr("Emailed")] if n.emailed else []
        if n.posted:
            method = method_names().get(n.posted, n.posted)
            parts.append(self.tr("Posted (%1)").replace("%1", method + (f", {n.tracking}" if n.tracking else "")))
        return "; ".join(parts) or self.tr("Archived, not sent out yet")

    def current_proposal(self) -> ProposedNotice | None:
        row = self.other_table.currentRow()
        return self.proposed[row] if 0 <= row < len(self.proposed) else None

    def current_sent(self) -> NoticeStatus | None:
        row = self.sent_table.currentRow()
        return self.sent[row] if 0 <= row < len(self.sent) else None

    def _other_selected(self) -> None:
        p = self.current_proposal()
        self.notice_preview_button.setEnabled(p is not None)
        self.notice_archive_button.setEnabled(p is not None)
        address = can_email(self.ledger, p.customer.code) if p is not None else ""
        self.notice_email_button.setEnabled(bool(address))
        self.notice_email_button.setToolTip(address or self.tr("The customer has no email address, or no mail "
                                                               "server is set up."))

    def _sent_selected(self) -> None:
        n = self.current_sent()
        self.notice_open_button.setEnabled(n is not None)
        self.notice_post_button.setEnabled(n is not None and not n.emailed and not n.posted)
        self.notice_delivered_button.setEnabled(n is not None and bool(n.posted) and n.delivered_on is None)

    def preview_notice(self) -> None:
        # lazy: the notice dialogs load the letter renderer, ~380 ms of start-up (-X importtime)
        from arledger.gui.dialogs.notices import NoticePreviewDialog

        p = self.current_proposal()
        if p is None:
            return
        dialog = NoticePreviewDialog(self.ledger, p, self.day, self, on_sent=self.message.emit)
        self.notice_dialog = dialog
        dialog.exec()

    def send_notice(self, by_email: bool) -> None:
        """Send the selected notice without a preview, as an operation; its change set makes the page re-read."""
        p = self.current_proposal()
        if p is None:
            return
        for b in (self.notice_preview_button, self.notice_email_button, self.notice_archive_button):
            b.setEnabled(False)
        name = kind_names()[p.kind]
        self.other_hint.setText(self.tr("Sending: %1 to %2…").replace("%1", name).replace("%2", p.customer.name))
        self.other_hint.show()
        day = self.day
        self.notice_error = ""

        def done(sent: SentNotice) -> None:
            how = (self.tr("emailed to %1").replace("%1", ", ".join(sent.emailed_to)) if sent.emailed_to
                   else self.tr("archived to print at %1").replace("%1", str(sent.archive_path)))
            self.message.emit(self.tr("%1 %2 sent: %3.").replace("%1", name).replace("%2", sent.reference)
                              .replace("%3", how))

        def failed(message: str) -> None:
            self.notice_error = message
            self.other_hint.setText(self.tr("Not sent, nothing was recorded: %1").replace("%1", message))
            self._other_selected()

        self.notice_op = LedgerOp(self, self.ledger.path,
                                  lambda led: send_notice(led, p.kind, p.customer.code, p.about_id, day, by_email),
                                  on_done=done, on_error=failed, changes=notice_changes(p.customer.code))

    def open_notice(self) -> None:
        # lazy: the PDF viewer's module loads the letter renderer, ~280 ms of start-up (-X importtime)
        from arledger.gui.dialogs.letter_preview import PdfViewerDialog

        n = self.current_sent()
        if n is None:
            return
        path = policy.side_dir(self.ledger, "notices") / n.customer_code / n.reference_file
        dialog = PdfViewerDialog(self.tr("Letter %1").replace("%1", n.reference_file), self)
        dialog.ledger_path = self.ledger.path
        dialog.show_file(path)
        self.notice_dialog = dialog
        dialog.exec()

    def record_notice(self, delivery: bool) -> None:
        # lazy: the notice dialogs load the letter renderer, ~380 ms of start-up (-X importtime)
        from arledger.gui.dialogs.notices import NoticePostDialog

        n = self.current_sent()
        if n is None:
            return
        dialog = NoticePostDialog(self.ledger, n.notice_id, n.customer_code, n.sent_on, self, delivery=delivery,
                                  on_saved=self.message.emit)
        self.notice_dialog = dialog
        dialog.exec()

    def title(self) -> str:
        return self.tr("Letters")

    def refresh(self) -> None:
        super().refresh()
        self.day = day = date.today()
        self.subtitle.setText(self.tr("Working out the letters due…"))
        self.tasks.start("letters_due", self.ledger.path, lambda led: letters_due(led, day), self.show_entries,
                         self.subtitle.setText)
        self.tasks.start("notices", self.ledger.path, lambda led: _notice_lists(led, day), self.show_notices,
                         self.other_hint.setText)

    def is_loading(self) -> bool:
        return self.tasks.busy()

    def show_entries(self, entries: list[LetterRunEntry]) -> None:
        was = self.selected_customer_code()
        self.entries = list(entries)
        self.model.set_rows(self.entries)
        due = sum(1 for e in entries if e.decision is not None)
        paused = len(entries) - due
        self.subtitle.setText(self.tr("%1 · %2 letters due · %3 customers paused").replace("%1", fmt.day(self.day))
                              .replace("%2", fmt.count(due)).replace("%3", fmt.count(paused)))
        self.generate_button.setEnabled(due > 0)
        self.empty.setVisible(not entries)
        self.empty.setText(self.tr("No letters are due today."))
        if entries and not (was and self.select_code(was)):
            self.table.selectRow(0)
        self.loaded.emit()

    def due_count(self) -> int:
        return sum(1 for e in self.entries if e.decision is not None)

    def current_entry(self) -> LetterRunEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_customer_code(self) -> str:
        e = self.current_entry()
        return e.customer.code if e else ""

    def select_code(self, code: str) -> bool:
        for i, e in enumerate(self.model.rows()):
            if e.customer.code == code:
                self.table.selectRow(i)
                return True
        return False

    # -- batch confirmation and output folder (tests replace these) --------------------------------------------
    def confirm_batch(self, summary: BatchSummary) -> bool:
        """Show what the batch will send; True when the user chose to send it. ``batch_by_email`` says whether
        they chose email where possible (offered when ``email_summary`` is set: a mail server is set up)."""
        dialog = BatchSummaryDialog(summary, self, email_summary=self.email_summary)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.batch_by_email = accepted and dialog.by_email.isChecked()
        return accepted

    def choose_batch_folder(self) -> Path | None:
        suggested = self.ledger.path.parent / f"letters-{date.today().isoformat()}"
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for today's letters"), str(suggested.parent))
        return Path(path) if path else None

    def confirm_stale_rates(self, warnings: tuple[Message, ...]) -> bool:
        """Ask before sending letters that use a rate past the end of its table; a letter never says so."""
        text = self.tr("Some interest would be computed with a reference rate past the end of its table:") \
            + "\n\n" + "\n".join(fmt.message_text(w) for w in warnings) \
            + "\n\n" + self.tr("Send the letters with the last known rates anyway?")
        answer = QMessageBox.question(self, self.tr("Rate tables out of date"), text)
        return answer == QMessageBox.StandardButton.Yes

    def show_batch_result(self, text: str, combined: Path | None) -> None:
        self.last_batch_text = text
        self.last_combined = combined
        self.banner.setText(text + (f" <a href='open'>{self.tr('Open the combined PDF for printing')}</a>"
                                    if combined else ""))
        self.banner.show()

    def _open_combined(self, _link: str) -> None:
        # lazy: the PDF viewer's module loads the letter renderer, ~280 ms of start-up (-X importtime)
        from arledger.gui.dialogs.letter_preview import PdfViewerDialog

        if self.last_combined is None:
            return
        dialog = PdfViewerDialog(self.tr("Letters for printing"), self)
        dialog.show_file(self.last_combined)
        dialog.exec()
