"""An aging report as a table: one row per customer (or invoice), then a total row per currency."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from arledger.gui import formatting as fmt
from arledger.gui.models.keyset import CENTER, LEFT, RIGHT
from arledger.services.reports import AgingGrouping, AgingReport, AgingRow, AgingTotal

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class AgingTableModel(QAbstractTableModel):
    """Read-only; rows come from services.reports.aging (already summed in SQL)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: AgingReport | None = None
        self._rows: list[AgingRow | AgingTotal] = []
        self._bucket_titles: list[str] = []

    def set_report(self, report: AgingReport | None, bucket_titles: list[str] | None = None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = [*report.rows, *report.totals] if report else []
        self._bucket_titles = bucket_titles or (list(report.labels) if report else [])
        self.endResetModel()

    def _lead(self) -> list[str]:
        if self.report and self.report.grouping is AgingGrouping.INVOICE:
            return [self.tr("Customer"), self.tr("Name"), self.tr("Invoice"), self.tr("Due"), self.tr("Days late"),
                    self.tr("Cur.")]
        return [self.tr("Customer"), self.tr("Name"), self.tr("Cur.")]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() or self.report is None:
            return 0
        return len(self._lead()) + len(self._bucket_titles) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.report is None:
            return None
        heads = [*self._lead(), *self._bucket_titles, self.tr("Total")]
        if not 0 <= section < len(heads):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return heads[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section >= len(self._lead()) else LEFT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.report is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        lead = len(self._lead())
        col = index.column()
        if not 0 <= col < self.columnCount():
            return None
        row = self._rows[index.row()]
        total = isinstance(row, AgingTotal)
        if role == Qt.ItemDataRole.DisplayRole:
            if col >= lead:
                k = col - lead
                value = row.buckets[k] if k < len(row.buckets) else row.total
                return fmt.amount(value, row.currency) if value else "–"
            return self._lead_text(row, col, total)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col >= lead:
                return int(RIGHT)
            return int(CENTER if col == lead - 1 else RIGHT if col == lead - 2 and lead > 3 else LEFT)
        if role == Qt.ItemDataRole.FontRole and total:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and col >= lead and not total:
            k = col - lead
            value = row.buckets[k] if k < len(row.buckets) else row.total
            if not value:
                return QBrush(QColor("#9ca3af"))
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return QBrush(QColor("#eef2f7"))
        return None

    def _lead_text(self, row: AgingRow | AgingTotal, col: int, total: bool) -> str:
        if total:
            if col == 0:
                return self.tr("Total")
            return row.currency if col == len(self._lead()) - 1 else ""
        assert isinstance(row, AgingRow)
        if self.report and self.report.grouping is AgingGrouping.INVOICE:
            values = [row.customer_code, row.customer_name, row.invoice_number or "", fmt.day(row.due_date),
                      fmt.count(row.days_overdue or 0), row.currency]
        else:
            values = [row.customer_code, row.customer_name, row.currency]
        return values[col]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
