"""Dialogs that check their input as it is typed: OK stays disabled and a line says what is wrong.

Subclasses implement check() (parse every field with arledger.domain.fields, raise UserError with one
sentence) and save() (one Ledger call, one transaction). A UserError from save() is shown in the same
line and the dialog stays open, so nothing is lost and no traceback is ever shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.services import browse
from arledger.services.browse import CustomerChoice, InvoiceRow
from arledger.services.ledger import Ledger


class ValidatedDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 18, 20, 14)
        self.body.setSpacing(10)
        self.body.addLayout(self.form)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)
        self._touched = False
        self._message = ""

    def add_row(self, text: str, field, buddy: QWidget) -> None:
        """A form row whose field is a layout: the label's &-shortcut still focuses the buddy widget."""
        label = QLabel(text)
        label.setBuddy(buddy)
        self.form.addRow(label, field)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_ok_text(self, text: str) -> None:
        self.ok_button.setText(text)

    # -- wiring -----------------------------------------------------------------------------------------
    def watch(self, *widgets: QWidget) -> None:
        """Re-check the form whenever one of these widgets changes."""
        for w in widgets:
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.textChanged.connect(self._changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._changed)
                if w.isEditable():
                    w.editTextChanged.connect(self._changed)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(self._changed)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self._changed)
            elif isinstance(w, QCheckBox | QAbstractButton):
                w.toggled.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        self._touched = True
        self.revalidate()

    # -- checking ---------------------------------------------------------------------------------------
    def check(self) -> None:
        """Raise UserError with one sentence if the input cannot be saved."""

    def save(self) -> None:
        raise NotImplementedError

    def summary(self) -> str:
        """A status-bar sentence saying what was saved."""
        return ""

    def message(self) -> str:
        return self._message

    def revalidate(self) -> bool:
        try:
            self.check()
            self._message = ""
        except UserError as exc:
            self._message = str(exc)
        self.ok_button.setEnabled(not self._message)
        self.problem.setText(self._message)
        # Before the user has typed anything the first gap is a hint, not an error.
        self.problem.setObjectName("problem" if self._touched else "hint")
        self.problem.style().unpolish(self.problem)
        self.problem.style().polish(self.problem)
        return not self._message

    def accept(self) -> None:
        self._touched = True
        if not self.revalidate():
            return
        try:
            self.save()
        except UserError as exc:
            self._message = str(exc)
            self.problem.setObjectName("problem")
            self.problem.setText(self._message)
            self.problem.style().unpolish(self.problem)
            self.problem.style().polish(self.problem)
            return
        super().accept()


def date_edit(value: QDate | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup, showing ISO dates."""
    w = QDateEdit(value or QDate.currentDate(), parent)
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    return w


class CustomerPickerEdit(QLineEdit):
    """A customer code field that completes from codes and names as the user types."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.setPlaceholderText(self.tr("Customer code or name"))
        from PySide6.QtCore import QStringListModel

        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        if len(text.strip()) < 1:
            return
        self._choices.setStringList([f"{c.code} — {c.name}" for c in browse.find_customers(self.ledger, text, 15)])

    def _picked(self, text: str) -> None:
        from PySide6.QtCore import QTimer

        code = text.split(" — ", 1)[0]
        QTimer.singleShot(0, lambda: self.setText(code))

    def code(self) -> str:
        return self.text().split(" — ", 1)[0].strip()

    def choice(self) -> CustomerChoice | None:
        return browse.customer_choice(self.ledger, self.code())


class InvoiceField:
    """An invoice-number field and, under it, the invoice it names (customer, open and total amount)."""

    def __init__(self, ledger: Ledger, number: str = "") -> None:
        self.ledger = ledger
        self.edit = QLineEdit(number)
        self.edit.setObjectName("invoice")
        self.info = QLabel()
        self.info.setObjectName("hint")
        self._row: InvoiceRow | None = None

    def row(self) -> InvoiceRow:
        """The named invoice (looked up again only when the number changes); UserError if there is none."""
        number = fields.required(self.edit.text(), QCoreApplication.translate("InvoiceField", "invoice"))
        if self._row is None or self._row.number != number:
            try:
                self._row = browse.invoice_row(self.ledger, number)
            except UserError:
                self._row = None
                self.info.setText("")
                raise
        row = self._row
        self.info.setText(QCoreApplication.translate("InvoiceField", "%1 · %2 · open %3 of %4")
                          .replace("%1", row.customer_code).replace("%2", row.customer_name)
                          .replace("%3", fmt.money(row.open_amount, row.currency))
                          .replace("%4", fmt.money(row.amount, row.currency)))
        return row
