"""Choice lists shown in more than one dialog, translated once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from arledger.domain.model import Jurisdiction


def jurisdiction_choices() -> list[tuple[str, Jurisdiction]]:
    """(label, rule pack) for every jurisdiction, in the order dialogs list them."""
    return [
        (QCoreApplication.translate("Choices", "England & Wales"), Jurisdiction.UK),
        (QCoreApplication.translate("Choices", "EU"), Jurisdiction.EU),
        (QCoreApplication.translate("Choices", "Germany"), Jurisdiction.DE),
        (QCoreApplication.translate("Choices", "China"), Jurisdiction.CN),
        (QCoreApplication.translate("Choices", "United States"), Jurisdiction.US),
        (QCoreApplication.translate("Choices", "Other"), Jurisdiction.GENERIC),
    ]
