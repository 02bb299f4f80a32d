"""The dashboard's card of new early warnings: flags the risk refresh raised for the first time in the last
week (payments later, credit jump, broken promise, contact lost, new dispute); double-click opens the customer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arledger.gui import formatting as fmt
from arledger.gui.style import DANGER, WARNING
from arledger.services.kpis import NewWarning


class WarningsCard(QFrame):
    open_customer_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.titles = {"payments-later": self.tr("Payments later"), "credit-jump": self.tr("Credit jump"),
                       "broken-promise": self.tr("Broken promise"), "contact-lost": self.tr("Contact lost"),
                       "new-dispute": self.tr("New dispute")}
        self.title = QLabel(self.tr("New warnings"))
        self.title.setObjectName("sectionTitle")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("warningsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Warning"), self.tr("Since"),
                                              self.tr("What")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(150)
        self.table.setToolTip(self.tr("Double-click to open the customer"))
        self.table.cellDoubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("No new warnings this week."))
        self.empty.setObjectName("hint")
        self.rows: list[NewWarning] = []
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)

    def show_warnings(self, rows: list[NewWarning]) -> None:
        self.rows = list(rows)
        self.title.setText(self.tr("New warnings (%1)").replace("%1", fmt.count(len(rows))))
        self.table.setRowCount(len(rows))
        for r, w in enumerate(rows):
            colour = QColor(DANGER if w.code in ("broken-promise", "contact-lost") else WARNING)
            cells = [f"{w.customer_code} · {w.customer_name}", self.titles.get(w.code, w.code), fmt.day(w.first_seen),
                     fmt.message_text(w.message)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setForeground(colour)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_customer_requested.emit(self.rows[row].customer_code)
