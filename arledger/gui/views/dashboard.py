"""Dashboard: receivables and overdue per currency, the aging chart, the customers most overdue.

The figures come from one service call run off the GUI thread (it reads every open item), so the
window appears at once even on a million invoices; the page fills in when the result arrives.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.money import to_decimal
from arledger.gui import formatting as fmt
from arledger.gui.style import CHART_COLOURS, DANGER
from arledger.gui.tasks import TaskRunner
from arledger.gui.views.page import LedgerPage, page_header
from arledger.services import browse
from arledger.services.browse import CurrencyTile, DashboardSummary, InvoiceFilter, InvoiceStatus
from arledger.services.ledger import Ledger


class TileFrame(QFrame):
    """One currency's receivables; clicking it opens that currency's open invoices."""

    clicked = Signal(str)
    overdue_clicked = Signal(str)

    def __init__(self, tile: CurrencyTile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.currency = tile.currency
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(210)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(4)
        caption = QLabel(self.tr("Receivables · %1").replace("%1", tile.currency))
        caption.setObjectName("tileCaption")
        value = QLabel(fmt.money(tile.receivable, tile.currency))
        value.setObjectName("tileValue")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        overdue = QLabel(f"<a href='overdue' style='color:{DANGER}; text-decoration:none'>"
                         + self.tr("Overdue %1").replace("%1", fmt.money(tile.overdue, tile.currency))
                         + "</a>")
        overdue.setObjectName("tileOverdue")
        overdue.linkActivated.connect(lambda _l: self.overdue_clicked.emit(self.currency))
        share = QLabel(self.tr("%1 of the balance is past due").replace("%1", fmt.percent(tile.overdue_share)))
        share.setObjectName("tileDetail")
        for w in (caption, value, overdue, share):
            lay.addWidget(w)
        self.setToolTip(self.tr("Show the open %1 invoices").replace("%1", tile.currency))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.currency)
        super().mouseReleaseEvent(event)


class AgingChartView(QChartView):
    """Open amounts by age bucket for one currency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        chart.setPlotAreaBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)

    def show_buckets(self, labels: tuple[str, ...], buckets: tuple[int, ...], currency: str,
                     bucket_titles: list[str]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # Chart coordinates are floats by nature; the exact amounts are in the tooltip and the lists.
        values = [float(to_decimal(v, currency)) for v in buckets]
        top = max(values, default=0.0)
        scale, unit = (1_000_000.0, "M") if top >= 5_000_000 else (1000.0, "K") if top >= 5000 else (1.0, "")
        # Stacked sets with one value each give one centred bar per bucket, each in its bucket's colour.
        series = QStackedBarSeries()
        series.setBarWidth(0.6)
        for k, v in enumerate(values):
            bar = QBarSet(bucket_titles[k])
            for j in range(len(values)):
                bar.append(v / scale if j == k else 0.0)
            bar.setColor(QColor(CHART_COLOURS[min(k, len(CHART_COLOURS) - 1)]))
            bar.setBorderColor(QColor(CHART_COLOURS[min(k, len(CHART_COLOURS) - 1)]))
            series.append(bar)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(bucket_titles)
        x.setGridLineVisible(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, top / scale * 1.05 if top else 1)
        y.applyNiceNumbers()
        y.setLabelFormat("%.0f" + unit if unit else "%.0f")
        y.setGridLineColor(QColor("#e5e7eb"))
        y.setTitleText(currency)
        x.setTitleText(self.tr("Days past due"))
        x.setTitleFont(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.9))
        x.setLabelsFont(small)
        y.setLabelsFont(small)
        y.setTitleFont(small)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        tips = [f"{bucket_titles[k]}: {fmt.money(v, currency)}" for k, v in enumerate(buckets)]
        self.setToolTip("\n".join(tips))


class DashboardPage(LedgerPage):
    icon_name = "dashboard"
    show_invoices_requested = Signal(object)  # InvoiceFilter
    loaded = Signal()

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.summary: DashboardSummary | None = None
        self.tasks = TaskRunner(self)
        header, self.subtitle = page_header(self.title(), self.tr("Loading…"))

        self.tiles_box = QWidget()
        self.tiles = QHBoxLayout(self.tiles_box)
        self.tiles.setContentsMargins(0, 0, 0, 0)
        self.tiles.setSpacing(12)

        chart_card = QFrame()
        chart_card.setObjectName("card")
        chart_lay = QVBoxLayout(chart_card)
        chart_lay.setContentsMargins(16, 12, 16, 12)
        title_row = QHBoxLayout()
        chart_title = QLabel(self.tr("Aging of receivables"))
        chart_title.setObjectName("sectionTitle")
        self.chart_currency = QComboBox()
        self.chart_currency.setObjectName("chartCurrency")
        self.chart_currency.currentIndexChanged.connect(self._draw_chart)
        title_row.addWidget(chart_title)
        title_row.addStretch(1)
        title_row.addWidget(QLabel(self.tr("Currency")))
        title_row.addWidget(self.chart_currency)
        chart_lay.addLayout(title_row)
        self.chart = AgingChartView()
        chart_lay.addWidget(self.chart, 1)

        top_card = QFrame()
        top_card.setObjectName("card")
        top_lay = QVBoxLayout(top_card)
        top_lay.setContentsMargins(16, 12, 16, 12)
        top_title = QLabel(self.tr("Most overdue customers"))
        top_title.setObjectName("sectionTitle")
        top_lay.addWidget(top_title)
        self.top_table = QTableWidget(0, 4)
        self.top_table.setObjectName("topOverdue")
        self.top_table.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Name"), self.tr("Overdue"),
                                                  self.tr("Oldest")])
        self.top_table.verticalHeader().hide()
        self.top_table.setShowGrid(False)
        self.top_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.top_table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.top_table.setAlternatingRowColors(True)
        hh = self.top_table.horizontalHeader()
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (0, 2, 3):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setHighlightSections(False)
        self.top_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.top_table.cellActivated.connect(self._open_customer)
        self.top_table.cellClicked.connect(self._open_customer)
        self.top_table.setToolTip(self.tr("Click a customer to see the overdue invoices"))
        top_lay.addWidget(self.top_table, 1)

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(chart_card, 0, 0)
        grid.addWidget(top_card, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)

        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.hide()

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(14)
        lay.addWidget(header)
        lay.addWidget(self.tiles_box)
        lay.addWidget(self.message)
        lay.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        super().refresh()
        self.subtitle.setText(self.tr("Loading…"))
        self.tasks.start("dashboard", self.ledger.path, browse.dashboard, self.show_summary, self._failed)

    def is_loading(self) -> bool:
        return self.tasks.busy()

    def _failed(self, message: str) -> None:
        self.subtitle.setText(message)

    def show_summary(self, summary: DashboardSummary) -> None:
        self.summary = summary
        self.subtitle.setText(self.tr("As of %1 · %2 customers").replace("%1", fmt.day(summary.as_of))
                              .replace("%2", fmt.count(summary.customers)))
        while self.tiles.count():
            item = self.tiles.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for tile in summary.tiles:
            w = TileFrame(tile)
            w.clicked.connect(lambda cur: self.show_invoices_requested.emit(InvoiceFilter(currency=cur)))
            w.overdue_clicked.connect(lambda cur: self.show_invoices_requested.emit(
                InvoiceFilter(status=InvoiceStatus.OVERDUE, currency=cur)))
            self.tiles.addWidget(w)
        self.tiles.addStretch(1)
        self.message.setVisible(not summary.tiles)
        self.message.setText(self.tr("Nothing is owed to you yet. Add customers and invoices, or import them "
                                     "from a spreadsheet with File ▸ Import (Ctrl+I)."))
        current = self.chart_currency.currentText()
        self.chart_currency.blockSignals(True)
        self.chart_currency.clear()
        self.chart_currency.addItems([t.currency for t in summary.tiles])
        self.chart_currency.setCurrentIndex(max(0, self.chart_currency.findText(current)))
        self.chart_currency.blockSignals(False)
        self._draw_chart()
        self._fill_top(summary)
        self.loaded.emit()

    def _bucket_titles(self, labels: tuple[str, ...]) -> list[str]:
        out = []
        for label in labels:
            if label == "current":
                out.append(self.tr("Not yet due"))
            elif label.startswith("over "):
                out.append(f"{label[5:]}+")
            else:
                out.append(label.replace("-", "–"))
        return out

    def _draw_chart(self) -> None:
        s = self.summary
        cur = self.chart_currency.currentText()
        if s is None or cur not in s.buckets:
            self.chart.chart().removeAllSeries()
            return
        self.chart.show_buckets(s.labels, s.buckets[cur], cur, self._bucket_titles(s.labels))

    def _fill_top(self, summary: DashboardSummary) -> None:
        t = self.top_table
        t.setRowCount(len(summary.top_overdue))
        titles = dict(zip(summary.labels, self._bucket_titles(summary.labels), strict=True))
        titles = {k: v if k == "current" else self.tr("%1 days").replace("%1", v) for k, v in titles.items()}
        for i, o in enumerate(summary.top_overdue):
            cells = [QTableWidgetItem(o.code), QTableWidgetItem(o.name),
                     QTableWidgetItem(fmt.money(o.overdue, o.currency)),
                     QTableWidgetItem(titles.get(o.worst_bucket, o.worst_bucket))]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[2].setForeground(QColor(DANGER))
            cells[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, o.code)
                t.setItem(i, c, item)

    def _open_customer(self, row: int, _column: int) -> None:
        item = self.top_table.item(row, 0)
        if item:
            self.show_invoices_requested.emit(InvoiceFilter(status=InvoiceStatus.OVERDUE, customer_code=item.text()))
