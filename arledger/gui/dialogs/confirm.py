"""Asking before an irreversible or outward action: what will change (counts and amounts per currency), and
any open dispute or pending promise the user should know of first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from arledger.gui import formatting as fmt
from arledger.services.entries import ChangeSummary


class ConfirmChangeDialog(QDialog):
    def __init__(self, summary: ChangeSummary, action_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmChangeDialog")
        title = fmt.message_text(summary.title)
        self.setWindowTitle(title)
        self.summary = summary
        lay = QVBoxLayout(self)
        lay.setSpacing(8)
        heading = QLabel(title)
        heading.setObjectName("dialogHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        lay.addWidget(heading)
        self.lines = QLabel("\n".join(fmt.message_text(line) for line in summary.lines))
        self.lines.setObjectName("changeLines")
        self.lines.setWordWrap(True)
        lay.addWidget(self.lines)
        totals = ", ".join(fmt.money(v, c) for c, v in sorted(summary.totals.items()))
        self.totals = QLabel(self.tr("%n item(s); in all %1.", "", len(summary.lines)).replace("%1", totals or "0"))
        self.totals.setObjectName("changeTotals")
        lay.addWidget(self.totals)
        self.warnings = QLabel("\n".join(f"⚠ {fmt.message_text(w)}" for w in summary.warnings))
        self.warnings.setObjectName("problem")
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(summary.warnings))
        lay.addWidget(self.warnings)
        note = QLabel(self.tr("Nothing is deleted: this is recorded in the evidence log and can only be undone by "
                              "a reversal."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        lay.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(action_text)
        # Enter must not confirm by accident when there is something to warn about.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(bool(summary.warnings))
        self.confirm_button.setDefault(not summary.warnings)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)


def confirm_change(parent: QWidget, summary: ChangeSummary, action_text: str) -> bool:
    """Show the summary; True if the user confirmed."""
    return ConfirmChangeDialog(summary, action_text, parent).exec() == QDialog.DialogCode.Accepted
