"""The lazy table model all long lists share: rows arrive one keyset page at a time.

Subclasses say which columns exist, how to fetch a page after a cursor, and how to show one row. The
model never counts or loads the whole table: the view asks for more (canFetchMore/fetchMore) as it
scrolls, and sorting starts again from the first page in the new order.

Given a ledger file (worker_path), pages are read off the GUI thread: a new filter or order cancels the read
in flight, and rows arrive when ready, so typing into a search over a million invoices never freezes the
window. load_tail() reads the last page by running the same keyset query in the opposite order (Ctrl+End
reaches the true end at once); rows before it arrive, a page at a time, as the view scrolls up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.operations import Reads
from arledger.services.ledger import Ledger

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
    page_loaded = Signal()  # a page arrived off the GUI thread (or its read failed: see last_error)
    rows_refreshed = Signal()  # rows named by a change were read again and updated in place
    ledger: Ledger  # read on the GUI thread when there is no worker_path; each subclass's __init__ sets it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._cursor: Any = None
        self._exhausted = True
        self._sort_column = -1
        self._descending = False
        self.pages_loaded = 0
        self.last_error = ""
        self.worker_path: Path | None = None  # set: pages are read off the GUI thread from this ledger file
        self.loading = False
        self._reader: Any = None
        self._generation = 0
        self.at_tail = False  # the rows shown end at the true last row (Ctrl+End), earlier ones load upwards
        self._back_cursor: Any = None
        self.resets = 0  # how often every row was read again (a change refreshes only its rows: see refresh_keys)
        self._row_reads: Reads | None = None

    # -- subclass API ----------------------------------------------------------------------------------
    def columns(self) -> Sequence[Column[R]]:
        raise NotImplementedError

    def fetch_page(self, cursor: Any, sort_key: str | None, descending: bool) -> tuple[Sequence[R], Any]:
        """Return (rows, next cursor or None when there are no more)."""
        reader = self.page_reader(cursor, sort_key, descending)
        if reader is None:
            raise NotImplementedError
        return reader(self.ledger)

    def page_reader(self, cursor: Any, sort_key: str | None, descending: bool
                    ) -> Callable[[Any], tuple[Sequence[R], Any]] | None:
        """A function of a Ledger reading one page, safe to run in a worker thread (None: not supported)."""
        return None

    def row_key(self, row: R) -> str:
        """What a change set names a row by (a customer code, an invoice number)."""
        raise NotImplementedError

    def rows_reader(self, keys: frozenset[str]) -> Callable[[Any], dict[str, R | None]]:
        """A function of a Ledger reading the current rows for these keys (None: the row no longer belongs in
        the list, e.g. an invoice settled while the list shows open ones; missing: leave the row as it is)."""
        raise NotImplementedError

    def row_brush(self, row: R, column: int) -> Any:
        return None

    def row_font(self, row: R, column: int) -> Any:
        return None

    # -- loading -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Forget every row and load the first page again (after a filter, sort or ledger change)."""
        self._cancel_reads()
        self.resets += 1
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = False
        self.at_tail = False
        self._back_cursor = None
        self.pages_loaded = 0
        self.endResetModel()
        self._load_page()

    def clear(self) -> None:
        self._cancel_reads()
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = True
        self.at_tail = False
        self.endResetModel()

    def _cancel_reads(self) -> None:
        self._generation += 1
        self.loading = False
        if self._reader is not None:
            self._reader.cancel()

    def _sort_key(self) -> str | None:
        cols = self.columns()
        return cols[self._sort_column].sort_key if 0 <= self._sort_column < len(cols) else None

    def _read(self, cursor: Any, descending: bool, arrived: Callable[[Sequence[R], Any], None]) -> None:
        """Read one page: in a worker when the model has a ledger file and a page reader, else right here."""
        reader = self.page_reader(cursor, self._sort_key(), descending) if self.worker_path else None
        if reader is None:
            try:
                rows, nxt = self.fetch_page(cursor, self._sort_key(), descending)
            except UserError as exc:
                self._failed(fmt.error_text(exc))
                return
            arrived(rows, nxt)
            return
        if self._reader is None:
            self._reader = Reads(self, idle=True)
        self.loading = True
        generation = self._generation

        def done(result: tuple[Sequence[R], Any]) -> None:
            if generation == self._generation:
                self.loading = False
                arrived(*result)
                self.page_loaded.emit()

        def failed(message: str) -> None:
            if generation == self._generation:
                self.loading = False
                self._failed(message)
                self.page_loaded.emit()

        self._reader.start("page", self.worker_path, reader, done, failed)

    def _failed(self, message: str) -> None:
        self.last_error = message
        self._exhausted = True

    # -- a change to some rows ------------------------------------------------------------------------------
    def refresh_keys(self, keys: frozenset[str]) -> bool:
        """Read again only the loaded rows named by keys and update them in place (dataChanged), so the view
        keeps its selection and scroll position. Returns whether any loaded row was named."""
        shown = frozenset(k for k in (self.row_key(r) for r in self._rows) if k in keys)
        if not shown:
            return False
        read = self.rows_reader(shown)
        if self.worker_path is None:
            self._replace_rows(read(self.ledger))
            return True
        if self._row_reads is None:
            self._row_reads = Reads(self)
        generation = self._generation

        def arrived(fresh: dict[str, R | None]) -> None:
            if generation == self._generation:  # a reload since then has read these rows anyway
                self._replace_rows(fresh)
        self._row_reads.start("rows", self.worker_path, read, arrived, self._failed)
        return True

    def _replace_rows(self, fresh: dict[str, R | None]) -> None:
        last = self.columnCount() - 1
        for i in reversed(range(len(self._rows))):
            key = self.row_key(self._rows[i])
            if key not in fresh:
                continue
            new = fresh[key]
            if new is None:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
            elif new != self._rows[i]:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        self.rows_refreshed.emit()

    def _load_page(self) -> None:
        self._read(self._cursor, self._descending, self._append)

    def _append(self, rows: Sequence[R], cursor: Any) -> None:
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
        return not parent.isValid() and not self._exhausted and not self.loading

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not parent.isValid() and not self._exhausted and not self.loading:
            self._load_page()

    # -- the other end ------------------------------------------------------------------------------------
    def load_tail(self) -> None:
        """Show the true last rows: the same query in the opposite order, turned round (Ctrl+End)."""
        if self._exhausted and not self.at_tail and not self.loading:
            return  # everything is loaded already; the view's own Ctrl+End is right
        self._cancel_reads()
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = True  # nothing comes after the last row
        self.at_tail = True
        self._back_cursor = None
        self.endResetModel()
        self._read(None, not self._descending, self._prepend)

    def can_fetch_before(self) -> bool:
        return self.at_tail and self._back_cursor is not None and not self.loading

    def fetch_before(self) -> None:
        """Load the page before the first row shown (scrolling up from the end)."""
        if self.can_fetch_before():
            self._read(self._back_cursor, not self._descending, self._prepend)

    def _prepend(self, rows: Sequence[R], cursor: Any) -> None:
        self.last_error = ""
        self.pages_loaded += 1
        self._back_cursor = cursor
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows[:0] = list(reversed(rows))
            self.endInsertRows()

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
