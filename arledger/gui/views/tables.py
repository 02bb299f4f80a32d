"""Table views set up the same way everywhere: whole-row selection, compact rows, sized columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from arledger.gui.models.keyset import KeysetTableModel


class LedgerTableView(QTableView):
    """A read-only list view; sorting (if the model is a KeysetTableModel) re-queries in the new order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 12)
        hh = self.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_keyset_model(self, model: KeysetTableModel) -> None:
        self.setModel(model)
        hh = self.horizontalHeader()
        scale = max(1.0, self.fontMetrics().averageCharWidth() / 7.0)
        stretch = any(col.stretch for col in model.columns())
        hh.setStretchLastSection(not stretch)
        for i, col in enumerate(model.columns()):
            if col.width:
                self.setColumnWidth(i, int(col.width * scale))
            if col.stretch:
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        # Without an initial sort the model keeps the service's order (enabling sorting must not re-sort it).
        hh.setSortIndicator(model.sort_column, model.sort_order)
        hh.setSortIndicatorShown(True)
        hh.setSectionsClickable(True)
        # Sorting is the model's job (a new ORDER BY); enabling it makes header clicks call model.sort().
        self.setSortingEnabled(True)
