"""Settings: the UI language (this computer) and the ledger's aging buckets (this ledger)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from arledger.domain.aging import parse_boundaries
from arledger.gui.dialogs.base import ValidatedDialog
from arledger.services.ledger import Ledger


class SettingsDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.setObjectName("settingsDialog")
        self.ledger = ledger
        self.language_box = QComboBox()
        self.language_box.setObjectName("language")
        self.language_box.addItem("English", "en")
        self.language_box.addItem("简体中文", "zh_CN")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        note = QLabel(self.tr("The window is redrawn in the new language at once."))
        note.setObjectName("hint")
        self.buckets = QLineEdit(",".join(map(str, ledger.bucket_scheme().boundaries)))
        self.buckets.setObjectName("buckets")
        self.buckets.setToolTip(self.tr("Day boundaries between aging buckets, for example 30,90,180"))
        self.form.addRow(self.tr("&Language"), self.language_box)
        self.form.addRow("", note)
        self.form.addRow(self.tr("Aging &buckets (days)"), self.buckets)
        self.setMinimumWidth(460)
        self._boundaries: tuple[int, ...] = ()
        self.watch(self.language_box, self.buckets)
        self.revalidate()

    def language(self) -> str:
        return self.language_box.currentData()

    def check(self) -> None:
        self._boundaries = parse_boundaries(self.buckets.text())

    def save(self) -> None:
        """Nothing to write until the caller decides (language needs the controller)."""

    def save_ledger_settings(self) -> bool:
        """Store the bucket boundaries in the ledger; True if they changed."""
        if self._boundaries and self._boundaries != self.ledger.bucket_scheme().boundaries:
            self.ledger.set_setting("aging.boundaries", list(self._boundaries))
            return True
        return False
