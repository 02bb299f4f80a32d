"""Letters: who is due a letter today (collections.letters_due), a preview per customer, the whole run as
a batch off the GUI thread with progress and Cancel, and statements of account."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from arledger.gui import formatting as fmt
from arledger.gui.dialogs.batch_summary import BatchSummaryDialog
from arledger.gui.models.collections import LetterRunTableModel
from arledger.gui.operations import Reads
from arledger.gui.views.page import LedgerPage, empty_hint, hbox, page_header, page_layout
from arledger.gui.views.tables import LedgerTableView
from arledger.services.collections import LetterRunEntry, letters_due
from arledger.services.dispatch import BatchSummary
from arledger.services.ledger import Ledger


class LettersPage(LedgerPage):
    icon_name = "letters"
    open_customer_requested = Signal(str)
    loaded = Signal()

    def __init__(self, ledger: Ledger, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.actions = actions
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
        lay = page_layout(self)
        lay.addWidget(header)
        lay.addLayout(hbox(*buttons, stretch_at=len(buttons)))
        lay.addWidget(self.banner)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)

    def title(self) -> str:
        return self.tr("Letters")

    def refresh(self) -> None:
        super().refresh()
        self.day = day = date.today()
        self.subtitle.setText(self.tr("Working out the letters due…"))
        self.tasks.start("letters_due", self.ledger.path, lambda led: letters_due(led, day), self.show_entries,
                         self.subtitle.setText)

    def is_loading(self) -> bool:
        return self.tasks.busy()

    def show_entries(self, entries: list[LetterRunEntry]) -> None:
        self.entries = list(entries)
        self.model.set_rows(self.entries)
        due = sum(1 for e in entries if e.decision is not None)
        paused = len(entries) - due
        self.subtitle.setText(self.tr("%1 · %2 letters due · %3 customers paused").replace("%1", fmt.day(self.day))
                              .replace("%2", fmt.count(due)).replace("%3", fmt.count(paused)))
        self.generate_button.setEnabled(due > 0)
        self.empty.setVisible(not entries)
        self.empty.setText(self.tr("No letters are due today."))
        if entries:
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

    def confirm_stale_rates(self, warnings: tuple[str, ...]) -> bool:
        """Ask before sending letters that use a rate past the end of its table; a letter never says so."""
        text = self.tr("Some interest would be computed with a reference rate past the end of its table:") \
            + "\n\n" + "\n".join(warnings) + "\n\n" + self.tr("Send the letters with the last known rates anyway?")
        answer = QMessageBox.question(self, self.tr("Rate tables out of date"), text)
        return answer == QMessageBox.StandardButton.Yes

    def show_batch_result(self, text: str, combined: Path | None) -> None:
        self.last_batch_text = text
        self.last_combined = combined
        self.banner.setText(text + (f" <a href='open'>{self.tr('Open the combined PDF for printing')}</a>"
                                    if combined else ""))
        self.banner.show()

    def _open_combined(self, _link: str) -> None:
        from arledger.gui.dialogs.letter_preview import PdfViewerDialog

        if self.last_combined is None:
            return
        dialog = PdfViewerDialog(self.tr("Letters for printing"), self)
        dialog.show_file(self.last_combined)
        dialog.exec()
