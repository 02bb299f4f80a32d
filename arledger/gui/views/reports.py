"""Reports page: aging as of any date, with the user's bucket boundaries, basis and grouping."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.aging import AgingBasis, BucketScheme, parse_boundaries
from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.models.aging import AgingTableModel
from arledger.gui.tasks import TaskRunner
from arledger.gui.views.page import LedgerPage, page_header
from arledger.gui.views.tables import LedgerTableView
from arledger.services.ledger import Ledger
from arledger.services.reports import AgingGrouping, AgingReport, aging


class ReportsPage(LedgerPage):
    icon_name = "reports"

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.tasks = TaskRunner(self)
        self.model = AgingTableModel(self)
        header, self.subtitle = page_header(self.title(), self.tr("Aged receivables"))

        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setObjectName("agingAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
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
        for w in (self.buckets, self.customer):
            w.returnPressed.connect(self.run_report)
        for w in (self.basis, self.grouping):
            w.currentIndexChanged.connect(self.run_report)
        self.as_of.dateChanged.connect(self.run_report)

        form = QHBoxLayout()
        form.setSpacing(16)
        for label, w in ((self.tr("As of"), self.as_of), (self.tr("Buckets"), self.buckets),
                         (self.tr("Age by"), self.basis), (self.tr("One row per"), self.grouping),
                         (self.tr("Customer"), self.customer)):
            f = QFormLayout()
            f.setContentsMargins(0, 0, 0, 0)
            f.addRow(label, w)
            form.addLayout(f)
        form.addStretch(1)
        form.addWidget(self.run_button)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.hide()
        self.table = LedgerTableView()
        self.table.setObjectName("agingTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(False)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        lay.setSpacing(10)
        lay.addWidget(header)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Reports")

    def bucket_titles(self, labels: tuple[str, ...]) -> list[str]:
        out = []
        for label in labels:
            if label == "current":
                out.append(self.tr("Not yet due"))
            elif label.startswith("over "):
                out.append(self.tr("Over %1").replace("%1", label[5:]))
            else:
                out.append(label)
        return out

    def refresh(self) -> None:
        super().refresh()
        if not self.buckets.text():
            self.buckets.setText(",".join(map(str, self.ledger.bucket_scheme().boundaries)))
        self.run_report()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def run_report(self) -> None:
        try:
            boundaries = parse_boundaries(self.buckets.text() or "30,90,180")
            scheme = BucketScheme(boundaries, AgingBasis(self.basis.currentData()))
        except UserError as exc:
            self._show_problem(str(exc))
            return
        self._show_problem("")
        as_of: date = self.as_of.date().toPython()
        grouping = AgingGrouping(self.grouping.currentData())
        code = self.customer.text().strip() or None
        self.subtitle.setText(self.tr("Working…"))
        self.tasks.start("aging", self.ledger.path, lambda ledger: aging(ledger, as_of, scheme, grouping, code),
                         self._show_report, self._failed)

    def is_loading(self) -> bool:
        return self.tasks.busy()

    def _failed(self, message: str) -> None:
        self._show_problem(message)
        self.subtitle.setText(self.tr("Aged receivables"))

    def _show_report(self, report: AgingReport) -> None:
        self.model.set_report(report, self.bucket_titles(report.labels))
        basis = self.tr("by due date") if report.scheme.basis is AgingBasis.DUE else self.tr("by invoice date")
        self.subtitle.setText(self.tr("Aged receivables as of %1, %2 · %3 rows").replace("%1", fmt.day(report.as_of))
                              .replace("%2", basis).replace("%3", fmt.count(len(report.rows))))
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
