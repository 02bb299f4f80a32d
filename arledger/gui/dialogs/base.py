"""Dialogs that check their input as it is typed, speak only once the user has had a go, and never lose it.

Subclasses implement check() (parse every field with arledger.domain.fields, raise UserError with one
sentence) and write(ledger) (one service call, one transaction, returning the Changes it made). OK runs
write() as an operation off the GUI thread, on its own connection: the dialog stays open with OK disabled
until it is done, then closes; a UserError from write() is shown in the same line and the dialog stays
open, so nothing is lost and no traceback is ever shown.

Validation is late: a fresh form shows no complaint (OK is enabled); the problem line speaks once the user
has pressed OK or has changed a field and moved on, and from then on it follows every keystroke.
Escape, Cancel or the window's close button ask before throwing away input that differs from what the
form opened with.
"""

from __future__ import annotations

from contextlib import suppress
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.operations import LedgerOp, Reads, changes_of
from arledger.services import customer_list, invoice_list
from arledger.services.changes import Changes
from arledger.services.customer_list import CustomerChoice
from arledger.services.invoice_list import InvoiceRow
from arledger.services.ledger import Ledger


class ValidatedDialog(QDialog):
    ledger: Ledger  # set by every subclass: the GUI's connection, for reads while the form is filled in

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
        self._spoken = False  # has validation been allowed to speak (OK pressed, or a changed field left)?
        self._message = ""
        self._watched: list[QWidget] = []
        self._opened_with: tuple[object, ...] | None = None  # the watched fields' values when the form was shown
        self._changed_fields: set[int] = set()
        self.saving: LedgerOp | None = None  # the write running now, if any
        self.changes = Changes()  # what the accepted dialog's write changed

    def add_row(self, text: str, field: QLayout, buddy: QWidget) -> None:
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
        """Re-check the form whenever one of these widgets changes; they also count for unsaved changes."""
        for w in widgets:
            self._watched.append(w)
            changed = partial(self._field_changed, w)
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.textChanged.connect(changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(changed)
                if w.isEditable():
                    w.editTextChanged.connect(changed)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(changed)
            elif isinstance(w, QDateTimeEdit):
                w.dateTimeChanged.connect(changed)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(changed)
            elif isinstance(w, QCheckBox | QAbstractButton):
                w.toggled.connect(changed)

    def _field_changed(self, field: QWidget, *_args: object) -> None:
        if self._opened_with is not None:
            focused = self.focusWidget()
            if focused is not None and (focused is field or field.isAncestorOf(focused)):
                self._typed_in(field)
            else:
                self._spoken = True  # not typed (a picker, a preset, a script): speaks at once
        self.revalidate()

    def _typed_in(self, field: QWidget) -> None:
        """The user is typing in field: the form speaks once they leave it."""
        if id(field) not in self._changed_fields:
            self._changed_fields.add(id(field))
            field.installEventFilter(self)
            line = field.lineEdit() if isinstance(field, QComboBox) else None
            if line is not None:
                line.installEventFilter(self)

    def _changed(self, *_args: object) -> None:
        """For fields wired by hand rather than through watch(): the field with the focus is the one typed in."""
        if self._opened_with is not None:
            field = self._focused_field()
            if field is None:
                self._spoken = True
            else:
                self._typed_in(field)
        self.revalidate()

    def _focused_field(self) -> QWidget | None:
        focused = self.focusWidget() if self.isActiveWindow() or self.isVisible() else None
        if focused is None or self.buttons.isAncestorOf(focused):
            return None
        parent = focused.parent()
        return parent if isinstance(parent, QComboBox | QAbstractSpinBox) else focused

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and not self._spoken:
            parent = watched.parent()
            owner = parent if isinstance(parent, QComboBox | QAbstractSpinBox) else watched
            if id(owner) in self._changed_fields:
                self._spoken = True
                self.revalidate()
        return super().eventFilter(watched, event)

    # -- unsaved input ----------------------------------------------------------------------------------
    def field_values(self) -> tuple[object, ...]:
        """What the watched fields hold now (compared with the opening values to find unsaved changes)."""
        out: list[object] = []
        for w in self._watched:
            if isinstance(w, QLineEdit):
                out.append(w.text())
            elif isinstance(w, QPlainTextEdit):
                out.append(w.toPlainText())
            elif isinstance(w, QComboBox):
                out.append((w.currentIndex(), w.currentText()))
            elif isinstance(w, QDateEdit):
                out.append(w.date().toString(Qt.DateFormat.ISODate))
            elif hasattr(w, "dateTime"):
                out.append(w.dateTime().toString(Qt.DateFormat.ISODate))
            elif isinstance(w, QSpinBox):
                out.append(w.value())
            elif isinstance(w, QAbstractButton):
                out.append(w.isChecked())
            else:
                out.append(None)
        return tuple(out)

    def has_changes(self) -> bool:
        """Has the user changed anything since the form opened?"""
        return self._opened_with is not None and self.field_values() != self._opened_with

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._opened_with is None:
            self._opened_with = self.field_values()
            self.revalidate()
            # A form opens ready for typing: never with the focus on Cancel or on nothing.
            focused = self.focusWidget()
            if (focused is None or self.buttons.isAncestorOf(focused)) and self._watched:
                first = next((w for w in self._watched if w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus),
                             None)
                if first is not None:
                    first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reject(self) -> None:
        """Cancel, Escape or close: ask first when the form holds unsaved input."""
        if self.isVisible() and self.has_changes() and not self.confirm_discard():
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking, dropping any input (for callers that already asked)."""
        super().reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          QCoreApplication.translate("ValidatedDialog", "Discard what you have entered?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("discardChanges")
        box.setInformativeText(QCoreApplication.translate(
            "ValidatedDialog", "The changes in this form have not been saved."))
        discard = box.addButton(QCoreApplication.translate("ValidatedDialog", "Discard"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QCoreApplication.translate("ValidatedDialog", "Keep editing"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving is not None:
            event.ignore()
            return
        if self.isVisible() and self.has_changes() and not self.confirm_discard():
            event.ignore()
            return
        self.discard()
        event.accept()

    # -- checking ---------------------------------------------------------------------------------------
    def check(self) -> None:
        """Raise UserError with one sentence if the input cannot be saved."""

    writes = True  # False: a form that only collects values for its caller (accepting writes nothing)

    def prepare(self) -> None:
        """On the GUI thread, just before write(): take any last values from the widgets."""

    def write(self, ledger: Ledger) -> Changes | None:
        """Runs off the GUI thread on its own connection to the ledger: one transaction, returning what
        changed. It must not touch a widget (check() and prepare() have read them)."""
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
            self._message = fmt.error_text(exc)
        # Until validation may speak, OK stays pressable: pressing it is how the user asks what is missing.
        self.ok_button.setEnabled(self.saving is None and not (self._spoken and self._message))
        self.problem.setText(self._message if self._spoken else "")
        return not self._message

    def spoken(self) -> bool:
        """Is the problem line allowed to show (the user pressed OK or changed a field and moved on)?"""
        return self._spoken

    def accept(self) -> None:
        if self.saving is not None:
            return
        self._spoken = True
        if not self.revalidate():
            return
        if not self.writes:
            super().accept()
            return
        self.prepare()
        self.ok_button.setEnabled(False)
        self.saving = LedgerOp(self, self.ledger.path, self.write, on_done=self._saved, on_error=self._refused)

    def _saved(self, result: object) -> None:
        self.saving = None
        self.changes = changes_of(result)
        super().accept()

    def _refused(self, message: str) -> None:
        """The service said no: the sentence shows in place and the input stays for another go."""
        self.saving = None
        self._message = message
        self.problem.setText(message)
        self.ok_button.setEnabled(True)

    def reject(self) -> None:
        if self.saving is None:
            self._reject()

    def wait_saved(self) -> None:
        """Until the running write has reported (tests, and callers that accept() by hand)."""
        if self.saving is not None:
            self.saving.wait()


def invoice_changes(ledger: Ledger, numbers: tuple[str, ...] | list[str], **flags: bool) -> Changes:
    """The change set of a write to these invoices: them and their customers."""
    codes = []
    for number in numbers:
        with suppress(UserError):  # an invoice the write removed has no row to ask
            codes.append(invoice_list.invoice_row(ledger, number).customer_code)
    return Changes.of(codes, numbers, **flags)


def date_edit(value: QDate | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup, in the UI language's medium format (26 Nov 2026 / 2026年11月26日).

    Typing follows the same order (day, month, year in English), so what is typed reads like the lists."""
    w = QDateEdit(value or QDate.currentDate(), parent)
    w.setCalendarPopup(True)
    w.setDisplayFormat(fmt.qt_date_format())
    w.setMinimumWidth(w.fontMetrics().horizontalAdvance("28 Sept 2026") + 48)
    return w


class CustomerPickerEdit(QLineEdit):
    """A customer code field that completes from codes and names as the user types (the search runs off the GUI
    thread; a newer keystroke cancels the older search)."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.setPlaceholderText(self.tr("Customer code or name"))
        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)
        self.reads = Reads(self, idle=True)

    def _suggest(self, text: str) -> None:
        if len(text.strip()) < 1:
            self.reads.cancel()
            return
        self.reads.start("suggest", self.ledger.path, lambda led: customer_list.find_customers(led, text, 15),
                         lambda found: self._show_suggestions(text, found))

    def _show_suggestions(self, text: str, found: list[CustomerChoice]) -> None:
        self._choices.setStringList([f"{c.code} — {c.name}" for c in found])
        if self.text() == text and self.hasFocus():  # the popup opens for what is typed now
            completer = self.completer()
            completer.setCompletionPrefix(text)
            completer.complete()

    def _picked(self, text: str) -> None:
        code = text.split(" — ", 1)[0]
        QTimer.singleShot(0, lambda: self.setText(code))

    def code(self) -> str:
        return self.text().split(" — ", 1)[0].strip()

    def choice(self) -> CustomerChoice | None:
        return customer_list.customer_choice(self.ledger, self.code())


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
                self._row = invoice_list.invoice_row(self.ledger, number)
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
