"""A damaged ledger file, or a folder in place of one, is refused in the window's language: on opening, and by the
check a large ledger gets in the background after it opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import wait_idle
from tests.gui.test_app import _damage_table

DAMAGED = {"de_DE": "ist beschädigt (", "zh_CN": "已损坏（"}
NO_BACKUP = {"de_DE": "es wurde keine Sicherung davon gefunden.", "zh_CN": "未找到它的备份。"}


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_a_damaged_ledger_is_refused_at_start_up_in_the_windows_language(controller, demo_path: Path,
                                                                         language: str) -> None:
    assert controller.set_language(language)
    _damage_table(demo_path)
    assert not controller.start(demo_path)
    assert controller.window is None
    said = controller.errors[-1]
    assert said.startswith(f"{demo_path} {DAMAGED[language]}") and said.endswith(NO_BACKUP[language]), said
    assert "\n" not in said  # SQLite's first finding, not its heading and every line after it
    assert "damaged" not in said.removeprefix(str(demo_path)) and "backup" not in said


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_a_folder_is_refused_in_the_windows_language(controller, tmp_path: Path, language: str) -> None:
    assert controller.set_language(language)
    folder = tmp_path / "books.sqlite"
    folder.mkdir()
    assert not controller.open_path(folder)
    said = {"de_DE": f"{folder} ist ein Ordner, keine Debitorenbuch-Datei.",
            "zh_CN": f"{folder} 是文件夹，不是台账文件。"}
    assert controller.errors[-1] == said[language]


def test_the_background_check_of_a_large_ledger_speaks_german(controller, qtbot, demo_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from arledger.storage import db

    assert controller.set_language("de_DE")
    monkeypatch.setattr(db, "QUICK_CHECK_MAX_BYTES", 0)  # as if the file were too large to check while opening
    _damage_table(demo_path, "letter_invoices")  # a table the first screen does not read
    controller.auto_backup = False
    controller.start(demo_path)
    qtbot.waitUntil(lambda: any(e.startswith(f"{demo_path} ist beschädigt (") for e in controller.errors),
                    timeout=20000)
    said = next(e for e in controller.errors if e.startswith(f"{demo_path} ist beschädigt ("))
    assert said.endswith(NO_BACKUP["de_DE"]) and "damaged" not in said.removeprefix(str(demo_path)), said
    wait_idle(qtbot)
