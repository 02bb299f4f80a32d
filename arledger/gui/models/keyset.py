"""The lazy table model all long lists share: rows arrive one keyset page at a time.

Subclasses say which columns exist, how to fetch a page after a cursor, and how to show one row. The
model never counts or loads the whole table: the view asks for more (canFetchMore/fetchMore) as it
scrolls, and sorting starts again from the first page in the new order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from arledger.domain.errors import UserError

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort_key: str | None = None  # the service's sort name; None: the column cannot be sorted
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[R], str] | None = None
    width: int = 0  # preferred width in pixels (0: size to contents)
    stretch: bool = False  # this column takes the room left over
    icon: Callable[[R], Any] | None = None  # a QIcon shown before the text


class KeysetTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table filled page by page. Subclasses implement columns() and fetch_page()."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, ROW_ROLE) gives the row's DTO

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._cursor: Any = None
        self._exhausted = True
        self._sort_column = -1
        self._descending = False
        self.pages_loaded = 0
        self.last_error = ""

    # -- subclass API ----------------------------------------------------------------------------------
    def columns(self) -> Sequence[Column[R]]:
        raise NotImplementedError

    def fetch_page(self, cursor: Any, sort_key: str | None, descending: bool) -> tuple[Sequence[R], Any]:
        """Return (rows, next cursor or None when there are no more)."""
        raise NotImplementedError

    def row_brush(self, row: R, column: int) -> Any:
        return None

    def row_font(self, row: R, column: int) -> Any:
        return None

    # -- loading -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Forget every row and load the first page again (after a filter, sort or ledger change)."""
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = False
        self.pages_loaded = 0
        self.endResetModel()
        self._load_page()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = True
        self.endResetModel()

    def _sort_key(self) -> str | None:
        cols = self.columns()
        return cols[self._sort_column].sort_key if 0 <= self._sort_column < len(cols) else None

    def _load_page(self) -> None:
        try:
            rows, cursor = self.fetch_page(self._cursor, self._sort_key(), self._descending)
        except UserError as exc:
            self.last_error = str(exc)
            self._exhausted = True
            return
        self.last_error = ""
        self.pages_loaded += 1
        self._cursor = cursor
        self._exhausted = cursor is None
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not parent.isValid() and not self._exhausted:
            self._load_page()

    # -- sorting -----------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        cols = self.columns()
        if not 0 <= column < len(cols) or cols[column].sort_key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self.pages_loaded:
            return
        self._sort_column, self._descending = column, descending
        self.reload()

    def set_initial_sort(self, column: int, descending: bool = False) -> None:
        self._sort_column, self._descending = column, descending

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    # -- Qt model API ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cols = self.columns()
        if not 0 <= index.column() < len(cols):
            return None
        row, col = self._rows[index.row()], cols[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and col.icon:
            return col.icon(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.row_brush(row, index.column())
        if role == Qt.ItemDataRole.FontRole:
            return self.row_font(row, index.column())
        if role == self.ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        cols = self.columns()
        if not 0 <= section < len(cols):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cols[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(cols[section].align)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ListTableModel(KeysetTableModel[R]):
    """A short list held whole (a day's queue, a customer's promises): set_rows() replaces it.

    It shares the keyset model's columns, roles and views; sorting is by the column's text or sort key
    function and happens in memory, since these lists are small by nature.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._all = list(rows)
        if 0 <= self._sort_column < len(self.columns()):
            self._rows.sort(key=self.sort_value(self._sort_column), reverse=self._descending)
        self._exhausted = True
        self.pages_loaded = 1
        self.endResetModel()

    def reload(self) -> None:
        self.set_rows(self._all)

    def fetch_page(self, cursor: Any, sort_key: str | None, descending: bool) -> tuple[Sequence[R], Any]:
        return self._all, None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        cols = self.columns()
        if not 0 <= column < len(cols) or cols[column].sort_key is None:
            return
        key = self.sort_value(column)
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()  # a reset, not a layout change: no persistent indexes to remap
        self._rows.sort(key=key, reverse=self._descending)
        self.endResetModel()

    def sort_value(self, column: int) -> Callable[[R], Any]:
        """The value rows are ordered by for a column (default: its text)."""
        return self.columns()[column].text
