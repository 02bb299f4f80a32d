"""Dashboard: receivables and overdue per currency, the aging chart, the customers most overdue.

The figures come from one service call run off the GUI thread (it reads every open item), so the
window appears at once even on a million invoices; the page fills in when the result arrives.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.money import to_decimal
from arledger.gui import formatting as fmt
from arledger.gui.layouts import clear_layout, layout_widgets
from arledger.gui.models.collections import LimitationTableModel, kpi_text, kpi_title
from arledger.gui.operations import Reads
from arledger.gui.style import CHART_COLOURS, DANGER
from arledger.gui.views.page import LedgerPage, page_header
from arledger.gui.views.tables import LedgerTableView
from arledger.gui.views.warnings_card import WarningsCard
from arledger.services import dashboard_figures, kpis
from arledger.services.dashboard_figures import CollectionsSummary, CurrencyTile, DashboardSummary
from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus
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


class KpiTile(QFrame):
    """One measure (DSO, CEI, promise-kept rate) with a line per currency; clicking a line opens the list
    behind it."""

    clicked = Signal(str, str)  # measure key, currency

    def __init__(self, key: str, lines: list[tuple[str, str, str]], tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.key = key
        self.currencies = [cur for cur, _v, _d in lines]
        self.setToolTip(tip)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(3)
        caption = QLabel(kpi_title(key))
        caption.setObjectName("tileCaption")
        lay.addWidget(caption)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for row, (cur, value, detail) in enumerate(lines):
            c = QLabel(cur)
            c.setObjectName("tileDetail")
            v = QLabel(f"<a href='{cur}' style='color:#111827; text-decoration:none'>{value}</a>")
            v.setObjectName("kpiValue")
            v.linkActivated.connect(lambda currency, k=key: self.clicked.emit(k, currency))
            v.setCursor(Qt.CursorShape.PointingHandCursor)
            d = QLabel(detail)
            d.setObjectName("tileDetail")
            grid.addWidget(c, row, 0)
            grid.addWidget(v, row, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(d, row, 2)
        grid.setColumnStretch(2, 1)
        lay.addLayout(grid)
        lay.addStretch(1)


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
        self.setMinimumHeight(230)

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
    open_customer_requested = Signal(str)
    kpi_requested = Signal(str, str)  # measure, currency
    start_requested = Signal(str)  # an empty ledger's first step: "import", "new_customer" or "sample"
    loaded = Signal()

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.summary: DashboardSummary | None = None
        self.collections: CollectionsSummary | None = None
        self.tasks = Reads(self)
        header, self.subtitle = page_header(self.title(), self.tr("Loading…"))

        self.tiles_box = QWidget()
        self.tiles = QGridLayout(self.tiles_box)  # one row of tiles, two rows on a narrow window
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

        kpi_card = QFrame()
        kpi_card.setObjectName("card")
        kpi_lay = QVBoxLayout(kpi_card)
        kpi_lay.setContentsMargins(16, 12, 16, 12)
        self.kpi_title = QLabel(self.tr("Collection measures, last 90 days"))
        self.kpi_title.setObjectName("sectionTitle")
        kpi_lay.addWidget(self.kpi_title)
        self.kpi_grid = QGridLayout()
        self.kpi_grid.setSpacing(8)
        kpi_lay.addLayout(self.kpi_grid)

        lim_card = QFrame()
        lim_card.setObjectName("card")
        lim_lay = QVBoxLayout(lim_card)
        lim_lay.setContentsMargins(16, 12, 16, 12)
        self.lim_title = QLabel(self.tr("Limitation warnings"))
        self.lim_title.setObjectName("sectionTitle")
        lim_lay.addWidget(self.lim_title)
        self.limitation_model = LimitationTableModel(self)
        self.limitation_table = LedgerTableView()
        self.limitation_table.setObjectName("limitationTable")
        self.limitation_table.set_keyset_model(self.limitation_model)
        self.limitation_table.setSortingEnabled(False)
        self.limitation_table.horizontalHeader().setSortIndicatorShown(False)
        self.limitation_table.setMinimumHeight(150)
        self.limitation_table.setToolTip(self.tr("Double-click to open the customer"))
        self.limitation_table.doubleClicked.connect(self._open_limitation)
        self.limitation_table.activated.connect(self._open_limitation)
        self.lim_empty = QLabel(self.tr("No debt is within 180 days of its limitation date."))
        self.lim_empty.setObjectName("hint")
        self.lim_empty.hide()
        lim_lay.addWidget(self.limitation_table, 1)
        lim_lay.addWidget(self.lim_empty)
        self.lim_stretch = QWidget()
        lim_lay.addWidget(self.lim_stretch, 1)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.warnings_card = WarningsCard()
        self.warnings_card.open_customer_requested.connect(self.open_customer_requested)
        self.grid = grid
        self.cards = (chart_card, top_card, kpi_card, lim_card)
        self._columns = 0
        self._arrange_cards(2)

        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.hide()

        self.grid_box = QWidget()
        self.grid_box.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.start_card = self._build_start_card()
        self.start_card.hide()

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(14)
        lay.addWidget(header)
        lay.addWidget(self.tiles_box)
        lay.addWidget(self.message)
        lay.addWidget(self.start_card)
        lay.addWidget(self.grid_box, 1)
        lay.addStretch(0)  # takes the room the cards leave when an empty ledger hides them
        self.body_layout = lay
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Narrow windows stack the cards in one column rather than scroll sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _arrange_cards(self, columns: int) -> None:
        """Two columns of cards on a wide window, one on a narrow one."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in (*self.cards, self.warnings_card):
            self.grid.removeWidget(card)
        for k, card in enumerate(self.cards):
            self.grid.addWidget(card, *(divmod(k, 2) if columns == 2 else (k, 0)))
        if columns == 2:
            self.grid.addWidget(self.warnings_card, 2, 0, 1, 2)
        else:
            self.grid.addWidget(self.warnings_card, len(self.cards), 0)
        self.grid.setColumnStretch(0, 5)
        self.grid.setColumnStretch(1, 4 if columns == 2 else 0)
        for card in self.cards:
            card.setMinimumHeight(0 if columns == 2 else 300)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_cards(2 if event.size().width() >= 1100 else 1)
        self._flow_tiles()

    def _flow_tiles(self) -> None:
        """As many currency tiles in a row as fit (each wants about 250 px), the rest on the next rows."""
        widgets = layout_widgets(self.tiles)
        per_row = max(1, min(len(widgets) or 1, (self.width() - 40) // 250))
        for w in widgets:
            self.tiles.removeWidget(w)
        for k, w in enumerate(widgets):
            self.tiles.addWidget(w, k // per_row, k % per_row)
        for c in range(max(per_row, 4)):
            self.tiles.setColumnStretch(c, 1 if c < per_row else 0)

    def _build_start_card(self) -> QFrame:
        """What an empty ledger shows: the three ways to begin."""
        card = QFrame()
        card.setObjectName("card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(10)
        title = QLabel(self.tr("This ledger is empty"))
        title.setObjectName("sectionTitle")
        text = QLabel(self.tr("Bring in your customers and open invoices from a spreadsheet, add a first customer "
                              "by hand, or look around a sample ledger first (it opens in a temporary file; "
                              "your ledger is not touched)."))
        text.setObjectName("hint")
        text.setWordWrap(True)
        row = QHBoxLayout()
        self.start_buttons: dict[str, QPushButton] = {}
        for key, label in (("import", self.tr("Import from CSV or Excel… (Ctrl+I)")),
                           ("new_customer", self.tr("New customer… (Ctrl+Shift+N)")),
                           ("sample", self.tr("Try the sample ledger"))):
            b = QPushButton(label)
            b.setObjectName(f"start_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.start_requested.emit(k))
            self.start_buttons[key] = b
            row.addWidget(b)
        row.addStretch(1)
        lay.addWidget(title)
        lay.addWidget(text)
        lay.addLayout(row)
        return card

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        super().refresh()
        self.subtitle.setText(self.tr("Loading…"))
        self.tasks.start("dashboard", self.ledger.path, dashboard_figures.dashboard, self.show_summary, self._failed)
        self.tasks.start("collections", self.ledger.path, dashboard_figures.collections_summary, self.show_collections,
                         self._failed)
        self.tasks.start("warnings", self.ledger.path, lambda led: kpis.new_warnings(led, led.today()),
                         self.warnings_card.show_warnings, self._failed)

    def is_loading(self) -> bool:
        return self.tasks.busy()

    def _failed(self, message: str) -> None:
        self.subtitle.setText(message)

    def show_summary(self, summary: DashboardSummary) -> None:
        self.summary = summary
        self.subtitle.setText(self.tr("As of %1 · %2 customers").replace("%1", fmt.day(summary.as_of))
                              .replace("%2", fmt.count(summary.customers)))
        clear_layout(self.tiles)
        for tile in summary.tiles:
            w = TileFrame(tile)
            w.clicked.connect(lambda cur: self.show_invoices_requested.emit(InvoiceFilter(currency=cur)))
            w.overdue_clicked.connect(lambda cur: self.show_invoices_requested.emit(
                InvoiceFilter(status=InvoiceStatus.OVERDUE, currency=cur)))
            self.tiles.addWidget(w)
        self._flow_tiles()
        empty_ledger = summary.customers == 0
        self.start_card.setVisible(empty_ledger)
        self.grid_box.setVisible(not empty_ledger)
        last = self.body_layout.count() - 1
        self.body_layout.setStretch(last - 1, 0 if empty_ledger else 1)
        self.body_layout.setStretch(last, 1 if empty_ledger else 0)
        self.message.setVisible(not summary.tiles and not empty_ledger)
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

    def _draw_chart(self) -> None:
        s = self.summary
        cur = self.chart_currency.currentText()
        if s is None or cur not in s.buckets:
            self.chart.chart().removeAllSeries()
            return
        self.chart.show_buckets(s.labels, s.buckets[cur], cur, fmt.bucket_titles(s.scheme))

    def _fill_top(self, summary: DashboardSummary) -> None:
        t = self.top_table
        t.setRowCount(len(summary.top_overdue))
        titles = dict(zip(summary.labels, fmt.bucket_titles(summary.scheme, self.tr("%1 days")), strict=True))
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

    # -- collections figures ------------------------------------------------------------------------------
    def show_collections(self, summary: CollectionsSummary) -> None:
        self.collections = summary
        clear_layout(self.kpi_grid)
        self.kpi_title.setText(self.tr("Collection measures, %1 – %2").replace("%1", fmt.day(summary.start))
                               .replace("%2", fmt.day(summary.end)))
        shown = [k for k in summary.kpis if k.closing_ar or k.credit_sales]
        measures = (
            ("dso", [(k.currency, kpi_text(k.dso, "days"),
                      self.tr("best %1").replace("%1", kpi_text(k.best_possible_dso, "days"))) for k in shown]),
            ("cei", [(k.currency, kpi_text(k.cei, "percent"), "") for k in shown]),
            ("promise_kept_rate", [(k.currency, kpi_text(k.promise_kept_rate, "percent"),
                                    self.tr("%n evaluated", "", k.promises_evaluated)) for k in shown]),
        )
        for col, (key, lines) in enumerate(measures):
            tile = KpiTile(key, lines, fmt.message_text(kpis.DEFINITIONS[key]))
            tile.clicked.connect(self.kpi_requested.emit)
            self.kpi_grid.addWidget(tile, 0, col)
        self.limitation_model.set_rows(summary.limitation)
        self.lim_title.setText(self.tr("Limitation warnings (%1)").replace("%1", fmt.count(summary.limitation_total)))
        self.lim_empty.setVisible(not summary.limitation)
        self.limitation_table.setVisible(bool(summary.limitation))
        self.lim_stretch.setVisible(not summary.limitation)

    def kpi_tiles(self) -> list[KpiTile]:
        return [w for w in layout_widgets(self.kpi_grid) if isinstance(w, KpiTile)]

    def _open_limitation(self, index: QModelIndex) -> None:
        w = self.limitation_model.row_at(index.row())
        if w is not None:
            self.open_customer_requested.emit(w.customer_code)
