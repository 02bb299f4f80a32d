"""Reports page: aging as of any date (the user's buckets, basis and grouping), interest and compensation,
the collection KPIs of a period per currency, and why accounts are overdue (Reasons); Export Excel writes the
accountant's workbook."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.aging import AgingBasis, BucketScheme, parse_boundaries
from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.base import date_edit
from arledger.gui.models.aging import AgingTableModel
from arledger.gui.models.collections import KPI_ROWS, InterestTableModel, KpiTableModel, kpi_title
from arledger.gui.operations import Reads
from arledger.gui.qdates import to_date
from arledger.gui.views.page import LedgerPage, page_header, page_layout
from arledger.gui.views.reasons_tab import ReasonsTab
from arledger.gui.views.tables import LedgerTableView
from arledger.services import interest_report, kpis
from arledger.services.changes import Changes
from arledger.services.interest_report import InterestReport
from arledger.services.kpis import CurrencyKpis
from arledger.services.ledger import Ledger
from arledger.services.reports import AgingGrouping, AgingReport, aging


def _labelled(*pairs: tuple[str, QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(16)
    for label, w in pairs:
        f = QFormLayout()
        f.setContentsMargins(0, 0, 0, 0)
        f.addRow(label, w)
        row.addLayout(f)
    row.addStretch(1)
    return row


class ReportsPage(LedgerPage):
    icon_name = "reports"

    def __init__(self, ledger: Ledger, actions: dict[str, QAction] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.actions_by_name = actions or {}
        self.tasks = Reads(self)
        self.model = AgingTableModel(self)
        self._aging_subtitle = self.tr("Aged receivables")
        header, self.subtitle = page_header(self.title(), self._aging_subtitle)

        self.as_of = date_edit()
        self.as_of.setObjectName("agingAsOf")
        self.buckets = QLineEdit()
        self.buckets.setObjectName("agingBuckets")
        self.buckets.setPlaceholderText("30,90,180")
        self.buckets.setMaximumWidth(140)
        self.buckets.setToolTip(self.tr("Day boundaries between buckets, for example 30,60,90,180"))
        self.basis = QComboBox()
        self.basis.addItem(self.tr("Due date"), AgingBasis.DUE)
        self.basis.addItem(self.tr("Invoice date"), AgingBasis.INVOICE)
        self.grouping = QComboBox()
        self.grouping.setObjectName("agingGrouping")
        self.grouping.addItem(self.tr("Customer"), AgingGrouping.CUSTOMER)
        self.grouping.addItem(self.tr("Invoice"), AgingGrouping.INVOICE)
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("All customers"))
        self.customer.setMaximumWidth(140)
        self.run_button = QPushButton(self.tr("Run report"))
        self.run_button.setObjectName("agingRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_report)
        for line in (self.buckets, self.customer):
            line.returnPressed.connect(self.run_report)
        for box in (self.basis, self.grouping):
            box.currentIndexChanged.connect(self.run_report)
        self.as_of.dateChanged.connect(self.run_report)

        form = _labelled((self.tr("As of"), self.as_of), (self.tr("Buckets"), self.buckets),
                         (self.tr("Age by"), self.basis), (self.tr("One row per"), self.grouping),
                         (self.tr("Customer"), self.customer))
        form.addWidget(self.run_button)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.hide()
        self.table = LedgerTableView()
        self.table.setObjectName("agingTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(False)

        aging_tab = QWidget()
        al = QVBoxLayout(aging_tab)
        al.setContentsMargins(0, 10, 0, 0)
        al.addLayout(form)
        al.addWidget(self.problem)
        al.addWidget(self.table, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(aging_tab, self.tr("&Aging"))
        self.tabs.addTab(self._build_interest_tab(), self.tr("I&nterest"))
        self.tabs.addTab(self._build_kpi_tab(), self.tr("&KPIs"))
        self.reasons = ReasonsTab(self)
        self.tabs.addTab(self.reasons, self.tr("&Reasons"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._ran: set[int] = set()

        header_row = QHBoxLayout()
        header_row.addWidget(header, 1)
        if "export_excel" in self.actions_by_name:
            export = QPushButton(self.actions_by_name["export_excel"].icon(), self.tr("Export Excel…"))
            export.setObjectName("reportsExport")
            export.clicked.connect(self.actions_by_name["export_excel"].trigger)
            header_row.addWidget(export, 0, Qt.AlignmentFlag.AlignBottom)
        lay = page_layout(self)
        lay.addLayout(header_row)
        lay.addWidget(self.tabs, 1)

    # -- interest --------------------------------------------------------------------------------------
    def _build_interest_tab(self) -> QWidget:
        self.interest_model = InterestTableModel(self)
        self.interest_as_of = date_edit()
        self.interest_as_of.setObjectName("interestAsOf")
        self.interest_customer = QLineEdit()
        self.interest_customer.setObjectName("interestCustomer")
        self.interest_customer.setPlaceholderText(self.tr("All customers"))
        self.interest_customer.setMaximumWidth(140)
        self.interest_customer.returnPressed.connect(self.run_interest)
        run = QPushButton(self.tr("Run report"))
        run.setObjectName("interestRun")
        run.clicked.connect(self.run_interest)
        self.interest_as_of.dateChanged.connect(self.run_interest)
        row = _labelled((self.tr("As of"), self.interest_as_of), (self.tr("Customer"), self.interest_customer))
        row.addWidget(run)
        self.interest_status = QLabel()
        self.interest_status.setObjectName("hint")
        self.interest_status.setWordWrap(True)
        self.interest_table = LedgerTableView()
        self.interest_table.setObjectName("interestTable")
        self.interest_table.setModel(self.interest_model)
        self.interest_table.horizontalHeader().setStretchLastSection(True)
        # activated: a double click or Enter (a modal view must not open twice, so not doubleClicked too)
        self.interest_table.activated.connect(lambda _i: self._open_interest_invoice())
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 10, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.interest_status)
        lay.addWidget(self.interest_table, 1)
        return tab

    def run_interest(self) -> None:
        as_of: date = to_date(self.interest_as_of.date())
        code = self.interest_customer.text().strip() or None
        self.interest_status.setText(self.tr("Working…"))
        self.tasks.start("interest", self.ledger.path, lambda led: interest_report.interest_report(led, as_of, code),
                         self._show_interest, self.interest_status.setText)

    def _open_interest_invoice(self) -> None:
        index = self.interest_table.currentIndex()
        report = self.interest_model.report
        if index.isValid() and report is not None and index.row() < len(report.rows):
            self.open_invoice_requested.emit(report.rows[index.row()].invoice_number)

    def _show_interest(self, report: InterestReport) -> None:
        self.interest_model.set_report(report)
        totals = "; ".join(self.tr("%1: interest %2, compensation %3").replace("%1", t.currency)
                           .replace("%2", fmt.money(t.interest, t.currency))
                           .replace("%3", fmt.money(t.compensation, t.currency)) for t in report.totals
                           if t.interest or t.compensation)
        self.interest_status.setText(self.tr("%1 invoices with interest or compensation as of %2. %3 Hover a row "
                                             "for the rule and rate used.").replace("%1", fmt.count(len(report.rows)))
                                     .replace("%2", fmt.day(report.as_of))
                                     .replace("%3", totals + "." if totals else "")
                                     + (" " + self.tr("Amber rows use the last rate known (marked *), or are "
                                                      "time-barred and claim nothing.")
                                        if any(r.warning for r in report.rows)
                                        else ""))
        scale = max(1.0, self.fontMetrics().averageCharWidth() / 7.0)
        for i, w in enumerate((80, 110, 100, 60, 110, 120, 110, 110, 50, 60)):
            self.interest_table.setColumnWidth(i, int(w * scale))

    # -- KPIs ------------------------------------------------------------------------------------------
    def _build_kpi_tab(self) -> QWidget:
        self.kpi_model = KpiTableModel(kpis.DEFINITIONS, self)
        self.kpi_from = date_edit(QDate.currentDate().addDays(-89))
        self.kpi_from.setObjectName("kpiFrom")
        self.kpi_to = date_edit()
        self.kpi_to.setObjectName("kpiTo")
        for w in (self.kpi_from, self.kpi_to):
            w.dateChanged.connect(self.run_kpis)
        run = QPushButton(self.tr("Run report"))
        run.setObjectName("kpiRun")
        run.clicked.connect(self.run_kpis)
        row = _labelled((self.tr("From"), self.kpi_from), (self.tr("To"), self.kpi_to))
        row.addWidget(run)
        self.kpi_status = QLabel()
        self.kpi_status.setObjectName("hint")
        self.kpi_table = LedgerTableView()
        self.kpi_table.setObjectName("kpiTable")
        self.kpi_table.setModel(self.kpi_model)
        defs = QLabel("<br>".join(f"<b>{kpi_title(k)}</b>: {fmt.message_text(kpis.DEFINITIONS[k])}"
                                  for k, _u in KPI_ROWS))
        defs.setObjectName("hint")
        defs.setWordWrap(True)
        defs.setTextFormat(Qt.TextFormat.RichText)
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 10, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.kpi_status)
        lay.addWidget(self.kpi_table, 1)
        lay.addWidget(defs)
        return tab

    def run_kpis(self) -> None:
        start: date = to_date(self.kpi_from.date())
        end: date = to_date(self.kpi_to.date())
        self.kpi_status.setText(self.tr("Working…"))
        self.tasks.start("kpis", self.ledger.path, lambda led: kpis.period_kpis(led, start, end), self._show_kpis,
                         self.kpi_status.setText)

    def _show_kpis(self, figures: list[CurrencyKpis]) -> None:
        self.kpi_model.set_figures(figures)
        start, end = to_date(self.kpi_from.date()), to_date(self.kpi_to.date())
        self.kpi_status.setText(self.tr("%1 – %2 · one column per currency; hover a measure for its definition.")
                                .replace("%1", fmt.day(start)).replace("%2", fmt.day(end)))
        hh = self.kpi_table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        scale = max(1.0, self.fontMetrics().averageCharWidth() / 7.0)
        self.kpi_table.setColumnWidth(0, int(240 * scale))
        for i in range(1, self.kpi_model.columnCount()):
            self.kpi_table.setColumnWidth(i, int(130 * scale))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _tab_subtitle(self, index: int) -> str:
        return {0: self._aging_subtitle,
                1: self.tr("Late-payment interest and fixed compensation per overdue invoice, with the rule and "
                           "rate used"),
                2: self.tr("Collection measures per currency over a period")}.get(index, "")

    def _tab_changed(self, index: int) -> None:
        self.subtitle.setText(self._tab_subtitle(index))
        if index in self._ran:
            return
        self._ran.add(index)
        if index == 1:
            self.run_interest()
        elif index == 2:
            self.run_kpis()
        elif index == 3:
            self.reasons.run()

    def title(self) -> str:
        return self.tr("Reports")

    def affected_by(self, changes: Changes) -> bool:
        return changes.money or changes.events  # a letter alone moves no figure shown here

    def refresh(self) -> None:
        super().refresh()
        if not self.buckets.text():
            self.buckets.setText(",".join(map(str, self.ledger.bucket_scheme().boundaries)))
        self.run_report()
        self._ran = {0, self.tabs.currentIndex()}
        if self.tabs.currentIndex() == 1:
            self.run_interest()
        elif self.tabs.currentIndex() == 2:
            self.run_kpis()
        elif self.tabs.currentIndex() == 3:
            self.reasons.run()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def export_settings(self) -> tuple[date, BucketScheme]:
        """The as-of date, buckets and basis on screen, which the Excel export uses (the ledger's own buckets
        while the ones typed are not valid)."""
        try:
            boundaries = parse_boundaries(self.buckets.text()) if self.buckets.text().strip() else \
                self.ledger.bucket_scheme().boundaries
        except UserError:
            boundaries = self.ledger.bucket_scheme().boundaries
        return to_date(self.as_of.date()), BucketScheme(boundaries, AgingBasis(self.basis.currentData()))

    def run_report(self) -> None:
        try:
            boundaries = parse_boundaries(self.buckets.text() or "30,90,180")
            scheme = BucketScheme(boundaries, AgingBasis(self.basis.currentData()))
        except UserError as exc:
            self._show_problem(fmt.error_text(exc))
            return
        self._show_problem("")
        as_of: date = to_date(self.as_of.date())
        grouping = AgingGrouping(self.grouping.currentData())
        code = self.customer.text().strip() or None
        self._set_aging_subtitle(self.tr("Working…"))
        self.tasks.start("aging", self.ledger.path, lambda ledger: aging(ledger, as_of, scheme, grouping, code),
                         self._show_report, self._failed)

    def is_loading(self) -> bool:
        return self.tasks.busy() or self.reasons.is_loading()

    def _set_aging_subtitle(self, text: str) -> None:
        """The aging tab's line; shown in the page header only while that tab is open."""
        self._aging_subtitle = text
        if self.tabs.currentIndex() == 0:
            self.subtitle.setText(text)

    def _failed(self, message: str) -> None:
        self._show_problem(message)
        self._set_aging_subtitle(self.tr("Aged receivables"))

    def _show_report(self, report: AgingReport) -> None:
        self.model.set_report(report, fmt.bucket_titles(report.scheme))
        basis = self.tr("by due date") if report.scheme.basis is AgingBasis.DUE else self.tr("by invoice date")
        self._set_aging_subtitle(self.tr("Aged receivables as of %1, %2 · %3 rows")
                                 .replace("%1", fmt.day(report.as_of)).replace("%2", basis)
                                 .replace("%3", fmt.count(len(report.rows))))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        lead = 6 if report.grouping is AgingGrouping.INVOICE else 3
        widths = [80, 240, 110, 100, 70, 50] if lead == 6 else [80, 280, 50]
        scale = max(1.0, self.fontMetrics().averageCharWidth() / 7.0)
        for i, w in enumerate(widths):
            self.table.setColumnWidth(i, int(w * scale))
        for i in range(lead, self.model.columnCount()):
            self.table.setColumnWidth(i, int(115 * scale))
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
