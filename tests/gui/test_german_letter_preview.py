"""The app's letter preview writes a German-speaking customer's letter in German (the same services as the
command line), and what it shows is what is sent."""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from arledger.domain.model import Language
from arledger.gui.dialogs.letter_preview import LetterPreviewDialog
from arledger.services import escalation


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_the_preview_of_a_german_customer_is_in_german(window, qtbot) -> None:
    led = window.ledger
    on = led.today()
    entry = next(e for e in escalation.letters_due(led, on) if e.decision is not None)
    led.update_customer(dataclasses.replace(entry.customer, language=Language.DE))
    dialog = LetterPreviewDialog(led, entry.customer.code, on)
    qtbot.addWidget(dialog)
    assert dialog.page_count() > 0, dialog.problem.text()
    shown = _text(dialog.preview.pdf)
    names = {1: "Zahlungserinnerung", 2: "1. Mahnung", 3: "2. Mahnung mit Fristsetzung", 4: "Letzte Mahnung"}
    assert names[entry.decision.level] in shown
    assert "Rechnung" in shown and "Mit freundlichen Grüßen" in shown and "Seite 1 von" in shown
    assert "Dear" not in shown and "Yours" not in shown
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    dialog.wait_saved()
    assert dialog.sent is not None and dialog.sent.archive_path.read_bytes() == dialog.preview.pdf
