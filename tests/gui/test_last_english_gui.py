"""Texts the GUI showed in English under zh_CN / de_DE: the default letter levels' names on the Today page, the KPI
definitions (Reports tab and Dashboard tiles)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from arledger.domain.dunning import DEFAULT_LEVELS
from tests.gui.conftest import wait_idle

NAMES = {"de_DE": "Zahlungserinnerung", "zh_CN": "付款提醒函"}


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_today_page_names_letter_levels_in_the_ui_language(controller, window, qtbot, language: str) -> None:
    assert controller.set_language(language)
    window = controller.window
    window.show_page(window.pages.index(window.today))
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: bool(getattr(window.today, "queue", None)), timeout=20000)
    model = window.today.model
    cells = [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
             for r in range(model.rowCount()) for c in range(model.columnCount())]
    letters = [t for t in window.today.queue if t.kind == "letter"]
    assert letters and any(t.detail.get("level_name") == DEFAULT_LEVELS[0].name for t in letters)
    assert any(NAMES[language] in cell for cell in cells)
    assert [c for c in cells if any(level.name in c for level in DEFAULT_LEVELS)] == []


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_kpi_definitions_read_in_the_ui_language(controller, window, qtbot, language: str) -> None:
    from arledger.services import kpis

    assert controller.set_language(language)
    model = controller.window.reports.kpi_model
    tips = [model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    english = [str(text) for text in kpis.DEFINITIONS.values()]
    assert len(tips) == len(english) and all(tips)
    assert [t for t in tips if t in english or "receivables" in t or "promises" in t] == []
    labels = controller.window.reports.findChildren(QLabel)
    assert not any("Days sales outstanding" in label.text() for label in labels)


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_confirmation_before_a_write_off_reads_in_the_ui_language(controller, window, qtbot,
                                                                      language: str) -> None:
    from datetime import date

    from arledger.gui.dialogs.confirm import ConfirmChangeDialog
    from arledger.services import entries

    assert controller.set_language(language)
    led = controller.window.ledger
    number = led.open_items_page(limit=1)[0].number
    d = ConfirmChangeDialog(entries.write_off_summary(led, [number], date.today()), "OK", controller.window)
    qtbot.addWidget(d)
    shown = " ".join((d.windowTitle(), d.lines.text(), d.warnings.text()))
    assert number in shown and {"de_DE": "abschreiben", "zh_CN": "核销"}[language] in shown
    assert not any(word in shown for word in ("Write off", "open).", "in dispute", "A promise"))
