"""What a main window asks of the application that owns it (gui/app.py's AppController fulfils it).

Written as a Protocol so views never import app.py, which imports the views: no import cycle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from arledger.gui.preferences import Preferences


class WindowController(Protocol):
    prefs: Preferences
    demo_dir: Path | None

    def show_error(self, message: str) -> None: ...

    def create_ledger(self, path: Path, *, sample: bool = False) -> bool: ...

    def open_demo(self) -> bool: ...

    def open_path(self, path: Path, *, remember: bool = True) -> bool: ...

    def set_language(self, language: str, region: str | None = None) -> bool: ...

    def ledger_written(self) -> None: ...
