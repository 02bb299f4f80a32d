"""Import wizard: choose what and which file; map its columns (detection proposes, the user confirms, a profile
keeps the choice); see every problem; import all or nothing. Bank statements go to a review table instead, where
each proposed match is accepted or rejected before any payment is recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
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
from arledger.domain.import_spec import kind_spec
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.import_labels import BANK, field_label, kind_title
from arledger.gui.layouts import clear_layout
from arledger.gui.operations import LedgerOp
from arledger.services import bank_import, import_mapping
from arledger.services.bank_import import BankApplyResult, BankReview, Decision
from arledger.services.import_formats import NUMBER_FORMATS, DateOrder
from arledger.services.import_mapping import Detection, ImportSettings
from arledger.services.imports import ImportRejected, ImportResult, import_file, import_kinds
from arledger.services.ledger import Ledger

PAGE_CHOOSE, PAGE_MAPPING, PAGE_CHECK, PAGE_REVIEW, PAGE_DONE = range(5)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")


def _in_worker(page: QWizardPage, ledger: Ledger, label: str,
               fn: Callable[[Ledger], object]) -> tuple[object, str]:
    """Run fn(ledger) off the GUI thread with a busy bar (shown only if it takes a moment); (result, error)."""
    failures: list[str] = []
    job = LedgerOp(page, ledger.path, lambda led, _p, _c: fn(led), on_error=failures.append, title=page.tr("Import"),
                   progress=label, busy=True, cancellable=False, read_only=True)
    page.setProperty("busy", True)
    job.wait()
    page.setProperty("busy", False)
    return job.result, (failures[0] if failures else "")


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
        self.setSubTitle(self.tr("A CSV, Excel or QuickBooks IIF file with a header row, or a bank statement "
                                 "(camt.053/054, OFX/QFX, MT940 or CSV). Every row is checked before anything is "
                                 "written; one bad row stops the whole file."))
        self.kinds = QButtonGroup(self)
        self.kind_names = [*import_kinds(), BANK]
        lay = QVBoxLayout(self)
        for n, kind in enumerate(self.kind_names):
            spec = kind_spec(kind)
            b = QRadioButton(kind_title(kind))
            b.setObjectName(f"kind_{kind}")
            b.setChecked(n == 0)
            self.kinds.addButton(b, n)
            hint = (self.tr("Payments from your bank, matched to customers and invoices for you to review.")
                    if kind == BANK else
                    self.tr("Columns: %1; optional: %2").replace("%1", ", ".join(spec.required))
                    .replace("%2", ", ".join(spec.optional)))
            cols = QLabel(hint)
            cols.setObjectName("hint")
            cols.setWordWrap(True)
            cols.setContentsMargins(24, 0, 0, 6)
            lay.addWidget(b)
            lay.addWidget(cols)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("Choose a file"))
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

    def kind(self) -> str:
        return self.kind_names[max(0, self.kinds.checkedId())]

    def file(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), str(Path.home()),
            self.tr("Spreadsheets and statements (*.csv *.txt *.xlsx *.xlsm *.iif *.xml *.ofx *.qfx *.sta *.940);;"
                    "All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and self.file().is_file()

    def nextId(self) -> int:
        if self.kind() == BANK and bank_import.is_statement_file(self.file()):
            return PAGE_REVIEW
        return PAGE_MAPPING


class MappingPage(QWizardPage):
    """The file's columns and first rows; a field chooser per field, the date order, number format, encoding and
    sheet, all proposed by detection; a saved profile can be applied and the choice saved as one."""

    def __init__(self, ledger: Ledger, choose: ChooseFilePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.choose = choose
        self.detection: Detection | None = None
        self.headers: tuple[str, ...] = ()
        self.field_boxes: dict[str, QComboBox] = {}
        self._loading = False
        self.setTitle(self.tr("Match the columns"))
        self.notes = QLabel()
        self.notes.setObjectName("mappingNotes")
        self.notes.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)

        self.profile = QComboBox()
        self.profile.setObjectName("profileChoice")
        self.profile.activated.connect(self._apply_profile)
        self.encoding = QComboBox()
        self.encoding.setObjectName("encodingChoice")
        self.encoding.addItems(ENCODINGS)
        self.encoding.activated.connect(self._redetect)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheetChoice")
        self.sheet.activated.connect(self._redetect)
        self.date_order = QComboBox()
        self.date_order.setObjectName("dateOrderChoice")
        for order, example in ((DateOrder.YMD, "2025-11-26"), (DateOrder.DMY, "26/11/2025"),
                               (DateOrder.MDY, "11/26/2025")):
            self.date_order.addItem(f"{order.value}  ({example})", order.value)
        self.numbers = QComboBox()
        self.numbers.setObjectName("numberChoice")
        for name, nf in NUMBER_FORMATS.items():
            self.numbers.addItem(nf.example, name)
        self.create_customers = QCheckBox(self.tr("Add customers the file names but the ledger does not have"))
        self.create_customers.setObjectName("createCustomers")

        formats = QFormLayout()
        formats.addRow(self.tr("Saved profile"), self.profile)
        formats.addRow(self.tr("Encoding"), self.encoding)
        formats.addRow(self.tr("Sheet"), self.sheet)
        formats.addRow(self.tr("Dates"), self.date_order)
        formats.addRow(self.tr("Numbers"), self.numbers)
        self.fields_grid = QGridLayout()
        self.fields_grid.setHorizontalSpacing(10)
        fields_box = QWidget()
        fields_box.setLayout(self.fields_grid)
        top = QHBoxLayout()
        top.addWidget(fields_box, 3)
        top.addLayout(formats, 2)

        self.sample = _table([])
        self.sample.setObjectName("sampleRows")
        self.save_name = QLineEdit()
        self.save_name.setObjectName("profileName")
        self.save_name.setPlaceholderText(self.tr("Profile name, e.g. Xero export"))
        self.save_name.setMinimumWidth(240)
        self.save_button = QPushButton(self.tr("Save as profile"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.clicked.connect(self.save_profile)
        save_row = QHBoxLayout()
        save_row.addWidget(self.create_customers, 1)
        save_row.addWidget(self.save_name)
        save_row.addWidget(self.save_button)

        lay = QVBoxLayout(self)
        lay.addWidget(self.notes)
        lay.addLayout(top)
        lay.addLayout(save_row)
        lay.addWidget(self.problem)
        lay.addWidget(self.sample, 1)

    # -- filling -------------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        kind, path = self.choose.kind(), self.choose.file()
        self.setSubTitle(self.tr("%1: detection proposes a field for each column and the formats it found; check "
                                 "them, change what is wrong, and choose (ignore) for columns you do not need.")
                         .replace("%1", path.name))
        self.profile.clear()
        self.profile.addItem(self.tr("(none)"), "")
        for name in import_mapping.profile_names(self.ledger, kind):
            self.profile.addItem(name, name)
        self.create_customers.setVisible(kind in ("invoices", "payments"))
        self._detect(None, None)

    def _detect(self, sheet: str | None, encoding: str | None) -> None:
        self.problem.clear()
        path, kind = self.choose.file(), self.choose.kind()
        found, error = _in_worker(self, self.ledger, self.tr("Reading %1…").replace("%1", path.name),
                                  lambda _led: import_mapping.detect(path, kind, sheet=sheet, encoding=encoding))
        if error or not isinstance(found, Detection):
            self.detection = None
            self.problem.setText(error)
            self._build_fields(())
            self.completeChanged.emit()
            return
        self.detection = found
        self._show(found.settings, found)

    def _show(self, settings: ImportSettings, detection: Detection) -> None:
        self._loading = True
        table = detection.table
        self.headers = table.headers
        self._build_fields(table.headers)
        for name, box in self.field_boxes.items():
            column = settings.columns.get(name, "")
            box.setCurrentIndex(max(0, box.findData(column)))
        self.encoding.setEnabled(table.format != "xlsx")
        if table.encoding and self.encoding.findText(table.encoding) < 0:
            self.encoding.addItem(table.encoding)
        self.encoding.setCurrentIndex(max(0, self.encoding.findText(settings.encoding or table.encoding or "utf-8")))
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets) or [self.tr("(one table)")])
        self.sheet.setEnabled(bool(table.sheets))
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(
            (settings.date_order or DateOrder.YMD).value)))
        self.numbers.setCurrentIndex(max(0, self.numbers.findData(settings.numbers or "en_US")))
        self.notes.setText(" ".join(fmt.message_text(n) for n in detection.notes))
        rows = import_mapping.preview_rows(table, 20)
        self.sample.setColumnCount(len(table.headers) + 1)
        self.sample.setHorizontalHeaderLabels([self.tr("Line"), *table.headers])
        self.sample.setRowCount(len(rows))
        for i, (line, cells) in enumerate(rows):
            self.sample.setItem(i, 0, QTableWidgetItem(str(line)))
            for c, text in enumerate(cells, start=1):
                self.sample.setItem(i, c, QTableWidgetItem(text))
        self.sample.resizeColumnsToContents()
        self._loading = False
        self.completeChanged.emit()

    def _build_fields(self, headers: tuple[str, ...]) -> None:
        clear_layout(self.fields_grid)
        self.field_boxes = {}
        spec = kind_spec(self.choose.kind())
        for n, f in enumerate(spec.fields):
            text = f"{field_label(f.name)} ({f.name})"
            label = QLabel(f"<b>{escape(text)}</b>" if f.required else text)
            label.setTextFormat(Qt.TextFormat.RichText if f.required else Qt.TextFormat.PlainText)
            box = QComboBox()
            box.setObjectName(f"map_{f.name}")
            box.addItem(self.tr("(ignore)"), "")
            for h in headers:
                if h:
                    box.addItem(h, h)
            box.currentIndexChanged.connect(self.completeChanged)
            self.field_boxes[f.name] = box
            row, col = divmod(n, 2)
            self.fields_grid.addWidget(label, row, col * 2)
            self.fields_grid.addWidget(box, row, col * 2 + 1)

    # -- choices ---------------------------------------------------------------------------------------------
    def _redetect(self) -> None:
        if self._loading or self.detection is None:
            return
        sheet = self.sheet.currentText() if self.sheet.isEnabled() else None
        encoding = self.encoding.currentText() if self.encoding.isEnabled() else None
        self._detect(sheet, encoding)

    def _apply_profile(self) -> None:
        name = self.profile.currentData()
        if not name or self.detection is None:
            return
        try:
            settings = import_mapping.settings_from_options(self.ledger, self.choose.kind(), profile=name)
        except UserError as exc:
            self.problem.setText(fmt.error_text(exc))
            return
        if settings is not None:
            self._show(settings, self.detection)

    def map_field(self, name: str, column: str) -> None:
        """Choose the column for a field (as picking it in its list does)."""
        box = self.field_boxes[name]
        box.setCurrentIndex(max(0, box.findData(column)))

    def settings(self) -> ImportSettings:
        columns = {name: box.currentData() for name, box in self.field_boxes.items() if box.currentData()}
        detected = self.detection.settings if self.detection else ImportSettings()
        return replace(detected, columns=columns, date_order=DateOrder(self.date_order.currentData()),
                       numbers=self.numbers.currentData(),
                       encoding=self.encoding.currentText() if self.encoding.isEnabled() else None,
                       sheet=self.sheet.currentText() if self.sheet.isEnabled() else None, preset=None)

    def save_profile(self) -> None:
        name = self.save_name.text().strip()
        try:
            import_mapping.save_profile(self.ledger, name, self.choose.kind(), self.settings())
        except UserError as exc:
            self.problem.setText(fmt.error_text(exc))
            return
        if self.profile.findData(name) < 0:
            self.profile.addItem(name, name)
        self.problem.setStyleSheet("")
        self.problem.setText(self.tr("Saved as profile '%1'.").replace("%1", name))

    def isComplete(self) -> bool:
        if self.detection is None:
            return False
        spec = kind_spec(self.choose.kind())
        chosen = {n for n, b in self.field_boxes.items() if b.currentData()}
        return all(f in chosen for f in spec.required) and all(any(g in chosen for g in grp) for grp in spec.one_of)

    def nextId(self) -> int:
        return PAGE_REVIEW if self.choose.kind() == BANK else PAGE_CHECK


class CheckFilePage(QWizardPage):
    """Runs the import as a dry run; shows every problem with its line and column, or that all rows are valid."""

    def __init__(self, ledger: Ledger, choose: ChooseFilePage, mapping: MappingPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.choose = choose
        self.mapping = mapping
        self.ok = False
        self.overridden = 0  # invoices imported despite credit control (each logged)
        self.over_limit = 0  # invoices refused by credit control alone: a reason lets them in
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
        self.rows = self.mapping.sample
        self.override = QCheckBox(self.tr("Import them anyway"))
        self.override.setObjectName("overrideCreditControl")
        self.override.toggled.connect(self._override_changed)
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr("Why they go in anyway (kept in the evidence log for each invoice)"))
        self.reason.textChanged.connect(self.completeChanged)
        self.reason.setEnabled(False)
        self.reason_label = QLabel(self.tr("&Reason"))
        self.reason_label.setBuddy(self.reason)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override)
        override_row.addWidget(self.reason_label)
        override_row.addWidget(self.reason, 1)
        self.override_box = QWidget()
        self.override_box.setLayout(override_row)
        self.override_box.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.verdict)
        lay.addWidget(self.override_box)
        lay.addWidget(self.errors, 1)

    def initializePage(self) -> None:
        self.ok = False
        self.over_limit = 0
        self.override.setChecked(False)
        self.reason.clear()
        self.override_box.hide()
        kind, path = self.choose.kind(), self.choose.file()
        self.setSubTitle(str(path))
        self.errors.setRowCount(0)
        settings, create = self.mapping.settings(), self.mapping.create_customers.isChecked()

        def dry_run(led: Ledger) -> ImportResult | ImportRejected:
            try:
                return import_file(led, kind, path, dry_run=True, settings=settings, create_customers=create)
            except ImportRejected as exc:  # handed back whole: the page lists every problem
                return exc

        result, error = _in_worker(self, self.ledger, self.tr("Checking %1…").replace("%1", path.name), dry_run)
        if isinstance(result, ImportRejected):
            exc = result
            problems = [(e.line, e.field or "", fmt.error_text(e)) for e in exc.errors]
            if exc.more:
                problems.append((None, "", self.tr("… and %1 more.").replace("%1", str(exc.more))))
            found = len(exc.errors) + exc.more
            if exc.over_limit and exc.over_limit == found:
                self.over_limit = exc.over_limit
                self._reject(self.tr("%n invoice(s) would take a customer over the credit limit or are for a "
                                     "customer on hold; nothing will be written. Tick Import them anyway and give "
                                     "the reason to import them, or fix the file.", "", found), problems)
                self.override_box.show()
                return
            self._reject(self.tr("This file cannot be imported: %n problem(s) found. Nothing will be written; "
                                 "fix the file or the mapping and check it again.", "", found),
                         problems)
            return
        if error or not isinstance(result, ImportResult):
            self._reject(error, [])
            return
        self.ok = True
        self.result = result
        self.errors.hide()
        self.verdict.setObjectName("hint")
        self.verdict.setStyleSheet("")
        text = self.tr("All %1 rows are valid. Press Import to add them to the ledger in one step.") \
            .replace("%1", fmt.count(result.rows))
        if result.created_customers:
            text += " " + self.tr("New customers: %1.").replace(
                "%1", ", ".join(f"{name} ({code})" for code, name in result.created_customers))
        self.verdict.setText(text)
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

    def _override_changed(self, on: bool) -> None:
        self.reason.setEnabled(on)
        if on:
            self.reason.setFocus()
        self.completeChanged.emit()

    def override_reason(self) -> str:
        """The reason the refused invoices go in anyway, when the user ticked the box; else empty."""
        if not (self.over_limit and self.override.isChecked()):
            return ""
        return self.reason.text().strip()

    def isComplete(self) -> bool:
        return self.ok or bool(self.override_reason())

    def validatePage(self) -> bool:
        """The commit: import for real, in one transaction, off the GUI thread (a busy bar shows meanwhile and
        the window stays responsive). A late problem keeps the wizard open with its sentence."""
        kind, path = self.choose.kind(), self.choose.file()
        settings, create = self.mapping.settings(), self.mapping.create_customers.isChecked()
        reason = self.override_reason()
        failures: list[str] = []
        job = LedgerOp(self, self.ledger.path,
                       lambda led, _progress, _cancelled: import_file(led, kind, path, settings=settings,
                                                                      create_customers=create,
                                                                      allow_over_limit=reason),
                       on_error=failures.append, title=self.tr("Import"),
                       progress=self.tr("Importing %1…").replace("%1", path.name), busy=True, cancellable=False)
        self.job = job
        job.wait()
        if failures:
            self.ok = False
            self.over_limit = 0
            self.override_box.hide()
            self._reject(failures[0], [])
            return False
        self.result = job.result
        self.overridden = self.over_limit if reason else 0
        return True

    def nextId(self) -> int:
        return PAGE_DONE


class BankReviewPage(QWizardPage):
    """One row per statement line: what it matched, how sure and why; the user ticks the lines to record."""

    COLUMNS = ("accept", "line", "date", "amount", "payer", "remittance", "customer", "invoices", "confidence",
               "reason")

    def __init__(self, ledger: Ledger, choose: ChooseFilePage, mapping: MappingPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.choose = choose
        self.mapping = mapping
        self.review: BankReview | None = None
        self.result: BankApplyResult | None = None
        self.setTitle(self.tr("Review the bank statement"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Record accepted payments"))
        self.summary = QLabel()
        self.summary.setObjectName("bankSummary")
        self.summary.setWordWrap(True)
        headers = [self.tr("Accept"), self.tr("Line"), self.tr("Date"), self.tr("Amount"), self.tr("Payer"),
                   self.tr("Remittance"), self.tr("Customer"), self.tr("Invoices"), self.tr("Confidence"),
                   self.tr("Reason")]
        self.table = _table(headers)
        self.table.setObjectName("bankProposals")
        self.table.horizontalHeader().setSectionResizeMode(9, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._count())
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)

    def initializePage(self) -> None:
        path = self.choose.file()
        self.setSubTitle(str(path))
        settings = None if bank_import.is_statement_file(path) else self.mapping.settings()
        self.table.setRowCount(0)
        review, error = _in_worker(self, self.ledger, self.tr("Matching %1…").replace("%1", path.name),
                                   lambda led: bank_import.review_statement(led, path, settings))
        if error or not isinstance(review, BankReview):
            self.review = None
            self.summary.setText(error)
            self.completeChanged.emit()
            return
        self.review = review
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.review.proposals))
        for i, p in enumerate(self.review.proposals):
            ln = p.statement_line
            check = QTableWidgetItem()
            matched = p.outcome.value == "matched"
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if matched
                                                        else Qt.ItemFlag.NoItemFlags))
            check.setCheckState(Qt.CheckState.Checked if p.accepted else Qt.CheckState.Unchecked)
            self.table.setItem(i, 0, check)
            values = (str(ln.line), fmt.day(ln.booked_on),
                      fmt.money(ln.amount, ln.currency), ln.payer_name, ln.remittance, p.customer_code,
                      " ".join(p.invoices), f"{p.confidence}%" if matched else "",
                      fmt.message_text(p.reason))
            for c, value in enumerate(values, start=1):
                item = QTableWidgetItem(value)
                if c in (1, 3, 8):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, c, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._count()

    def _check_item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        if item is None:
            raise IndexError(row)
        return item

    def set_accepted(self, row: int, accepted: bool) -> None:
        self._check_item(row).setCheckState(Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)

    def decisions(self) -> dict[str, Decision]:
        out: dict[str, Decision] = {}
        if self.review is None:
            return out
        for i, p in enumerate(self.review.proposals):
            accepted = self._check_item(i).checkState() == Qt.CheckState.Checked
            out[p.statement_line.fingerprint] = Decision(accepted, p.customer_code, p.invoices)
        return out

    def _count(self) -> None:
        if self.review is None:
            return
        accepted = sum(1 for d in self.decisions().values() if d.accepted)
        counts = self.review.counts()
        if self.review.new_lines == 0:
            text = self.tr("Nothing new: all %1 lines of this statement were imported before.") \
                .replace("%1", fmt.count(len(self.review.proposals)))
        else:
            text = self.tr("%1 lines: %2 matched, %3 unmatched, %4 money out, %5 imported before. %6 accepted; "
                           "only accepted lines become payments.") \
                .replace("%1", fmt.count(len(self.review.proposals))) \
                .replace("%2", fmt.count(counts.get("matched", 0))) \
                .replace("%3", fmt.count(counts.get("unmatched", 0))) \
                .replace("%4", fmt.count(counts.get("debit", 0))) \
                .replace("%5", fmt.count(counts.get("seen", 0))).replace("%6", fmt.count(accepted))
        self.summary.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.review is not None and self.review.new_lines > 0

    def validatePage(self) -> bool:
        review, decisions = self.review, self.decisions()
        if review is None:
            return False
        failures: list[str] = []
        job = LedgerOp(self, self.ledger.path,
                       lambda led, _progress, _cancelled: bank_import.apply_review(led, review, decisions),
                       on_error=failures.append, title=self.tr("Bank statement"),
                       progress=self.tr("Recording payments…"), busy=True, cancellable=False)
        self.job = job
        job.wait()
        if failures:
            self.summary.setText(failures[0])
            return False
        self.result = job.result
        return True

    def nextId(self) -> int:
        return PAGE_DONE


class DonePage(QWizardPage):
    def __init__(self, check: CheckFilePage, review: BankReviewPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.review = review
        self.setTitle(self.tr("Imported"))
        self.label = QLabel()
        self.label.setObjectName("doneSummary")
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)

    def initializePage(self) -> None:
        b = self.review.result
        if b is not None:
            amounts = ", ".join(fmt.money(v, c) for c, v in sorted(b.amounts.items())) or fmt.count(0)
            self.label.setText(self.tr("Payments recorded from %2: %1 (%3). Rejected, unmatched and debit lines are "
                                       "remembered so the statement is never imported twice.")
                               .replace("%1", fmt.count(b.payments)).replace("%2", b.source).replace("%3", amounts))
            return
        r = self.check.result
        if r is None:
            return
        text = self.tr("%1 rows were added from %2.").replace("%1", fmt.count(r.rows)).replace("%2", r.source)
        if r.created_customers:
            text += " " + self.tr("New customers: %1.").replace(
                "%1", ", ".join(f"{name} ({code})" for code, name in r.created_customers))
        if r.unapplied:
            left = ", ".join(fmt.money(v, c) for c, v in sorted(r.unapplied.items()))
            text += " " + self.tr("Left as unapplied credit: %1.").replace("%1", left)
        if self.check.overridden:
            text += " " + self.tr("%n invoice(s) went in despite credit control; each override is in the evidence "
                                  "log with your reason.", "", self.check.overridden)
        self.label.setText(text)

    def nextId(self) -> int:
        return -1


class ImportWizard(QWizard):
    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.choose = ChooseFilePage()
        self.mapping = MappingPage(ledger, self.choose)
        self.check = CheckFilePage(ledger, self.choose, self.mapping)
        self.review = BankReviewPage(ledger, self.choose, self.mapping)
        self.done_page = DonePage(self.check, self.review)
        for pid, page in ((PAGE_CHOOSE, self.choose), (PAGE_MAPPING, self.mapping), (PAGE_CHECK, self.check),
                          (PAGE_REVIEW, self.review), (PAGE_DONE, self.done_page)):
            self.setPage(pid, page)
        self.setStartId(PAGE_CHOOSE)
        self.resize(980, 700)

    @property
    def result_summary(self) -> str:
        b = self.review.result
        if b is not None:
            return self.tr("Recorded %1 payments from %2.").replace("%1", fmt.count(b.payments)) \
                .replace("%2", b.source)
        r = self.check.result
        if r is None or r.dry_run:
            return ""
        return self.tr("Imported %1 rows (%2) from %3.").replace("%1", fmt.count(r.rows)) \
            .replace("%2", kind_title(r.kind)).replace("%3", r.source)
