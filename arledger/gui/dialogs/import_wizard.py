"""Import wizard: choose what and which file, see the rows and every problem, then import all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.services import browse
from arledger.services.imports import COLUMNS, ImportKind, ImportRejected, ImportResult, import_file
from arledger.services.ledger import Ledger


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.setShowGrid(False)
    t.horizontalHeader().setHighlightSections(False)
    t.setWordWrap(False)
    return t


class ChooseFilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What would you like to import?"))
        self.setSubTitle(self.tr("A CSV (UTF-8) or Excel file with a header row. Every row is checked before "
                                 "anything is written; one bad row stops the whole file."))
        self.kinds = QButtonGroup(self)
        lay = QVBoxLayout(self)
        titles = {ImportKind.CUSTOMERS: self.tr("Customers"), ImportKind.INVOICES: self.tr("Invoices"),
                  ImportKind.PAYMENTS: self.tr("Payments"), ImportKind.CREDIT_NOTES: self.tr("Credit notes"),
                  ImportKind.WRITE_OFFS: self.tr("Write-offs")}
        for n, kind in enumerate(ImportKind):
            required, optional = COLUMNS[kind]
            b = QRadioButton(titles[kind])
            b.setObjectName(f"kind_{kind.value}")
            b.setChecked(n == 0)
            self.kinds.addButton(b, n)
            cols = QLabel(self.tr("Columns: %1; optional: %2").replace("%1", ", ".join(required))
                          .replace("%2", ", ".join(optional)))
            cols.setObjectName("hint")
            cols.setWordWrap(True)
            cols.setContentsMargins(24, 0, 0, 6)
            lay.addWidget(b)
            lay.addWidget(cols)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("Choose a .csv or .xlsx file"))
        self.path.textChanged.connect(self.completeChanged)
        browse_button = QPushButton(self.tr("Browse…"))
        browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse_button)
        lay.addSpacing(8)
        lay.addWidget(QLabel(self.tr("File")))
        lay.addLayout(row)
        lay.addStretch(1)

    def kind(self) -> ImportKind:
        return list(ImportKind)[max(0, self.kinds.checkedId())]

    def file(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file to import"), str(Path.home()),
                                              self.tr("Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and self.file().is_file()


class CheckFilePage(QWizardPage):
    """Runs the import as a dry run; shows the rows and, if any, every problem with its line and column."""

    def __init__(self, ledger: Ledger, choose: ChooseFilePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.choose = choose
        self.ok = False
        self.result: ImportResult | None = None
        self.setTitle(self.tr("Check the file"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.verdict = QLabel()
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)
        self.errors = _table([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.errors.setObjectName("importErrors")
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows = _table([])
        self.rows.setObjectName("importRows")
        self.rows_label = QLabel()
        self.rows_label.setObjectName("sectionTitle")
        lay = QVBoxLayout(self)
        lay.addWidget(self.verdict)
        lay.addWidget(self.errors, 1)
        lay.addWidget(self.rows_label)
        lay.addWidget(self.rows, 2)

    def initializePage(self) -> None:
        self.ok = False
        kind, path = self.choose.kind(), self.choose.file()
        self.setSubTitle(str(path))
        self.errors.setRowCount(0)
        self.rows.setRowCount(0)
        try:
            preview = browse.preview_file(path)
        except UserError as exc:
            self._reject(str(exc), [])
            return
        self._show_rows(preview)
        try:
            result = import_file(self.ledger, kind, path, dry_run=True)
        except ImportRejected as exc:
            problems = [(e.line, e.field or "", str(e)) for e in exc.errors]
            if exc.more:
                problems.append((None, "", self.tr("… and %1 more.").replace("%1", str(exc.more))))
            self._reject(self.tr("This file cannot be imported: %n problem(s) found. Nothing will be written; "
                                 "fix the file and choose it again.", "", len(exc.errors) + exc.more), problems)
            return
        except UserError as exc:
            self._reject(str(exc), [])
            return
        self.ok = True
        self.result = result
        self.errors.hide()
        self.verdict.setObjectName("hint")
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("All %1 rows are valid. Press Import to add them to the ledger in one step.")
                             .replace("%1", fmt.count(result.rows)))
        self.completeChanged.emit()

    def _reject(self, message: str, problems: list[tuple[int | None, str, str]]) -> None:
        self.verdict.setObjectName("problem")
        self.verdict.setStyleSheet("color: #b3261e;")
        self.verdict.setText(message)
        self.errors.setVisible(bool(problems))
        self.errors.setRowCount(len(problems))
        for i, (line, column, text) in enumerate(problems):
            for c, value in enumerate((str(line) if line else "", column, text)):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.errors.setItem(i, c, item)
        self.errors.resizeColumnToContents(0)
        self.errors.resizeColumnToContents(1)
        self.completeChanged.emit()

    def _show_rows(self, preview: browse.FilePreview) -> None:
        self.rows.setColumnCount(len(preview.headers) + 1)
        self.rows.setHorizontalHeaderLabels([self.tr("Line"), *preview.headers])
        self.rows.setRowCount(len(preview.rows))
        for i, (line, cells) in enumerate(preview.rows):
            self.rows.setItem(i, 0, QTableWidgetItem(str(line)))
            for c, text in enumerate(cells, start=1):
                self.rows.setItem(i, c, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()
        shown = len(preview.rows)
        self.rows_label.setText(self.tr("First %1 of %2 rows").replace("%1", fmt.count(shown))
                                .replace("%2", fmt.count(preview.total_rows)) if shown < preview.total_rows
                                else self.tr("%1 rows in the file").replace("%1", fmt.count(preview.total_rows)))

    def isComplete(self) -> bool:
        return self.ok

    def validatePage(self) -> bool:
        """The commit: import for real, in one transaction, off the GUI thread (a busy bar shows meanwhile and
        the window stays responsive). A late problem keeps the wizard open with its sentence."""
        from arledger.gui.jobs import JobProgress

        kind, path = self.choose.kind(), self.choose.file()
        failures: list[str] = []
        job = JobProgress(self, self.tr("Import"), self.tr("Importing %1…").replace("%1", path.name),
                          self.ledger.path, lambda led, _progress, _cancelled: import_file(led, kind, path),
                          lambda _result: None, failures.append, busy=True, cancellable=False)
        self.job = job
        job.wait()
        if failures:
            self.ok = False
            self._reject(failures[0], [])
            return False
        self.result = job.result
        return True


class DonePage(QWizardPage):
    def __init__(self, check: CheckFilePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setTitle(self.tr("Imported"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)

    def initializePage(self) -> None:
        r = self.check.result
        if r is None:
            return
        text = self.tr("%1 rows were added from %2.").replace("%1", fmt.count(r.rows)).replace("%2", r.source)
        if r.unapplied:
            left = ", ".join(fmt.money(v, c) for c, v in sorted(r.unapplied.items()))
            text += " " + self.tr("Left as unapplied credit: %1.").replace("%1", left)
        self.label.setText(text)


class ImportWizard(QWizard):
    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.choose = ChooseFilePage()
        self.check = CheckFilePage(ledger, self.choose)
        self.done_page = DonePage(self.check)
        for p in (self.choose, self.check, self.done_page):
            self.addPage(p)
        self.resize(820, 600)

    @property
    def result_summary(self) -> str:
        r = self.check.result
        if r is None or r.dry_run:
            return ""
        return self.tr("Imported %1 %2 from %3.").replace("%1", fmt.count(r.rows)).replace("%2", r.kind.value) \
            .replace("%3", r.source)
