"""Table views set up the same way everywhere: whole-row selection, compact rows, sized columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
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

    def set_keyset_model(self, model: KeysetTableModel[Any]) -> None:
        self.setModel(model)
        model.page_loaded.connect(self._page_loaded)
        model.rowsInserted.connect(self._rows_inserted)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._go_to_end = False
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

    # -- the true ends of a lazy list ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if isinstance(model, KeysetTableModel) and ctrl and event.key() == Qt.Key.Key_End \
                and (model.canFetchMore() or model.loading or model.at_tail):
            self._go_to_end = True
            model.load_tail()
            if not model.loading:
                self._page_loaded()
            return
        if isinstance(model, KeysetTableModel) and ctrl and event.key() == Qt.Key.Key_Home and model.at_tail:
            model.reload()
            self._select(0)
            return
        super().keyPressEvent(event)

    def _page_loaded(self) -> None:
        model = self.model()
        if self._go_to_end and isinstance(model, KeysetTableModel) and model.at_tail:
            self._go_to_end = False
            self._select(model.rowCount() - 1)

    def _select(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtBottom if row else
                      QAbstractItemView.ScrollHint.PositionAtTop)

    def _scrolled(self, value: int) -> None:
        model = self.model()
        if isinstance(model, KeysetTableModel) and value == self.verticalScrollBar().minimum() \
                and model.can_fetch_before():
            model.fetch_before()

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        model = self.model()
        if first == 0 and isinstance(model, KeysetTableModel) and model.at_tail and model.rowCount() > last + 1:
            # Rows arrived above the ones shown: keep the same rows in view.
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + (last + 1) * self.verticalHeader().defaultSectionSize())
