"""The Reports page's Reasons tab: why accounts are overdue. A table of overdue amount and count by reason, with
each reason's share and its split by aging bucket, and a chart of the month-end trend for one currency.

The figures come from services.reasons (the same as `arledger report reasons`), read off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QDate, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.money import to_decimal
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.base import date_edit
from arledger.gui.operations import Reads
from arledger.services import reasons
from arledger.services.ledger import Ledger
from arledger.services.reasons import ReasonsReport

REASON_COLOURS = {"financial": "#b3261e", "delay": "#d9730d", "quality": "#e0a526", "process": "#2f5d8c",
                  "contact-changed": "#5b8fc7", "other": "#7a1f1a", "none": "#9ca3af"}


class ReasonTrendChart(QChartView):
    """Overdue amount at each month end, stacked by reason, for one currency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self._new_chart(), parent)
        self.setObjectName("reasonsChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.months: list[str] = []

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def show_trend(self, report: ReasonsReport, currency: str, titles: dict[str, str]) -> None:
        # a fresh chart each time: axes of the previous currency never linger under the new ones
        old = self.chart()
        chart = self._new_chart()
        self.setChart(chart)
        old.deleteLater()
        points = [t for t in report.trend if t.currency == currency]
        self.months = [t.month for t in points]
        # Chart coordinates are floats by nature; the exact amounts are in the table and the tooltips.
        per_reason = {k: [float(to_decimal(dict(t.amounts)[k], currency)) for t in points]
                      for k in reasons.REASONS}
        top = max((sum(v[i] for v in per_reason.values()) for i in range(len(points))), default=0.0)
        scale, unit = (1_000_000.0, "M") if top >= 5_000_000 else (1000.0, "K") if top >= 5000 else (1.0, "")
        series = QStackedBarSeries()
        series.setBarWidth(0.7)
        for key in reasons.REASONS:
            values = per_reason[key]
            if not any(values):
                continue
            bar = QBarSet(titles[key])
            bar.setColor(QColor(REASON_COLOURS[key]))
            bar.setBorderColor(QColor(REASON_COLOURS[key]))
            for v in values:
                bar.append(v / scale)
            series.append(bar)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.months)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, max(top / scale * 1.1, 1.0))
        y.setLabelFormat(f"%.0f{unit}")
        y.setTickCount(5)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        chart.setTitle(self.tr("Overdue %1 at each month end, by reason").replace("%1", currency))


class ReportsPageLike(Protocol):
    ledger: Ledger


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReasonsTab(QWidget):
    """The Reasons tab; `ledger` is read from the owning page each time it runs."""

    def __init__(self, page: ReportsPageLike, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.tasks = Reads(self)
        self.report: ReasonsReport | None = None
        self.titles = {
            "financial": self.tr("Financial difficulty"), "delay": self.tr("Deliberate delay"),
            "quality": self.tr("Quality dispute"), "process": self.tr("Process / approval"),
            "contact-changed": self.tr("Contact person changed"), "other": self.tr("Other"),
            "none": self.tr("None recorded")}
        self.start = date_edit(QDate.currentDate().addMonths(-11))
        self.start.setObjectName("reasonsFrom")
        self.end = date_edit()
        self.end.setObjectName("reasonsTo")
        self.currency = QComboBox()
        self.currency.setObjectName("reasonsCurrency")
        self.currency.currentIndexChanged.connect(self._draw)
        run = QPushButton(self.tr("Run report"))
        run.setObjectName("reasonsRun")
        run.clicked.connect(self.run)
        for w in (self.start, self.end):
            w.dateChanged.connect(self.run)
        row = QHBoxLayout()
        row.setSpacing(16)
        pairs: tuple[tuple[str, QWidget], ...] = ((self.tr("From"), self.start), (self.tr("To"), self.end),
                                                  (self.tr("Chart currency"), self.currency))
        for label, field in pairs:
            f = QFormLayout()
            f.setContentsMargins(0, 0, 0, 0)
            f.addRow(label, field)
            row.addLayout(f)
        row.addStretch(1)
        row.addWidget(run)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("reasonsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.chart = ReasonTrendChart()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 10, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 2)
        lay.addWidget(self.chart, 3)

    @property
    def ledger(self) -> Ledger:
        return self.page.ledger

    def run(self) -> None:
        start = _day(self.start.date())
        end = _day(self.end.date())
        self.status.setText(self.tr("Working…"))
        self.tasks.start("reasons", self.ledger.path, lambda led: reasons.reasons_report(led, start, end),
                         self.show_report, self.status.setText)

    def is_loading(self) -> bool:
        return self.tasks.busy()

    def show_report(self, report: ReasonsReport) -> None:
        self.report = report
        buckets = fmt.bucket_titles(report.scheme)[1:]  # the overdue buckets, titled from their day ranges
        head = [self.tr("Currency"), self.tr("Reason"), self.tr("Overdue"), self.tr("Invoices"), self.tr("Share"),
                *buckets]
        self.table.clear()
        self.table.setColumnCount(len(head))
        self.table.setHorizontalHeaderLabels(head)
        self.table.setRowCount(len(report.lines))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, ln in enumerate(report.lines):
            cells = [ln.currency, self.titles[ln.reason], fmt.amount(ln.amount, ln.currency), fmt.count(ln.count),
                     fmt.percent_points(ln.share)]
            cells += [fmt.amount(a, ln.currency) if a else "" for a in ln.amounts]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(right)
                if c == 1:
                    item.setForeground(QColor(REASON_COLOURS[ln.reason]))
                self.table.setItem(r, c, item)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        currencies = sorted({ln.currency for ln in report.lines} | {t.currency for t in report.trend})
        keep = self.currency.currentText()
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItems(currencies)
        if keep in currencies:
            self.currency.setCurrentText(keep)
        self.currency.blockSignals(False)
        self.status.setText(self.tr("Overdue on %1 by the reason last recorded with a contact (for the invoice, "
                                    "else for the customer); %2 reasons in %3 currencies.")
                            .replace("%1", fmt.day(report.end)).replace("%2", fmt.count(len(report.lines)))
                            .replace("%3", fmt.count(len(currencies))))
        self._draw()

    def _draw(self) -> None:
        if self.report is not None and self.currency.currentText():
            self.chart.show_trend(self.report, self.currency.currentText(), self.titles)
