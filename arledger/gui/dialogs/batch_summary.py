"""What a batch of letters will send, shown before anything is archived, logged, emailed or printed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arledger.gui import formatting as fmt
from arledger.services.dispatch import BatchSummary


class BatchSummaryDialog(QDialog):
    """Letters by level, channel and currency with the amounts they claim; Send or Cancel."""

    def __init__(self, summary: BatchSummary, parent: QWidget | None = None,
                 email_summary: BatchSummary | None = None) -> None:
        super().__init__(parent)
        self.post_summary = summary
        self.email_summary = email_summary
        self.setObjectName("batchSummary")
        self.setWindowTitle(self.tr("Send today's letters"))
        self.summary = summary
        lead = QLabel(self.tr("%n letter(s) will be archived, logged as sent and made ready to print.", "",
                              summary.letters))
        lead.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(lead)
        if summary.paused:
            paused = QLabel(self.tr("%n customer(s) are paused (promise, dispute or plan) and get no letter.", "",
                                    summary.paused))
            paused.setObjectName("hint")
            paused.setWordWrap(True)
            lay.addWidget(paused)
        headers = [self.tr("Level"), self.tr("Channel"), self.tr("Currency"), self.tr("Letters"), self.tr("Claimed")]
        self.by_email = QCheckBox(self.tr("Send by &email where the customer has an address (the others are printed)"))
        self.by_email.setObjectName("batchByEmail")
        self.by_email.setEnabled(email_summary is not None)
        if email_summary is None:
            self.by_email.setToolTip(self.tr("Set up a mail server in the settings to send letters by email."))
        self.by_email.toggled.connect(self._channel_changed)
        lay.addWidget(self.by_email)
        self.table = QTableWidget(len(summary.lines), len(headers), self)
        self.table.setObjectName("batchSummaryTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._fill(summary)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("Send %n letter(s)", "", summary.letters),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("sendBatchButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Sending is an outward action: never the default button, so Enter cannot send by accident.
        self.send_button.setAutoDefault(False)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        lay.addWidget(buttons)
        self.resize(640, 360)

    def _fill(self, summary: BatchSummary) -> None:
        channels = {"post": self.tr("Print and post"), "email": self.tr("Email")}
        self.table.setRowCount(len(summary.lines))
        for row, line in enumerate(summary.lines):
            cells = [f"{line.level} · {fmt.level_name(line.level_name)}", channels.get(line.channel, line.channel),
                     line.currency,
                     fmt.count(line.letters), fmt.amount(line.claimed, line.currency)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def _channel_changed(self, checked: bool) -> None:
        chosen = self.email_summary if checked and self.email_summary is not None else self.post_summary
        self.summary = chosen
        self._fill(chosen)
