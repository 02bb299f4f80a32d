"""The Today page names the default letter levels in the UI language (their English never reaches a cell)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from arledger.domain.dunning import DEFAULT_LEVELS
from tests.gui.conftest import wait_idle

NAMES = {"de_DE": "Zahlungserinnerung", "zh_CN": "付款提醒函"}


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_today_page_names_letter_levels_in_the_ui_language(controller, window, qtbot, language: str) -> None:
    assert controller.set_language(language)
    window = controller.window
    window.show_page(window.pages.index(window.today))
    wait_idle(qtbot)
    model = window.today.model
    cells = [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
             for r in range(model.rowCount()) for c in range(model.columnCount())]
    letters = [t for t in window.today.queue if t.kind == "letter"]
    assert letters and any(t.detail.get("level_name") == DEFAULT_LEVELS[0].name for t in letters)
    assert any(NAMES[language] in cell for cell in cells)
    assert [c for c in cells if any(level.name in c for level in DEFAULT_LEVELS)] == []
