"""What the app remembers between runs (QSettings): last ledger, recent files, window layout, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
LANGUAGES = ("en", "zh_CN")


class Preferences:
    """Typed access to the app's QSettings (organisation and application names are set in app.py)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()

    # -- ledgers -----------------------------------------------------------------------------------
    @property
    def last_ledger(self) -> Path | None:
        value = self.settings.value("ledger/last", "")
        return Path(value) if value else None

    @last_ledger.setter
    def last_ledger(self, path: Path | None) -> None:
        self.settings.setValue("ledger/last", str(path) if path else "")

    @property
    def recent_ledgers(self) -> list[Path]:
        value = self.settings.value("ledger/recent", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            value = [value] if value else []
        return [Path(v) for v in value or []]

    def remember(self, path: Path) -> None:
        """Make path the last used ledger and put it first in the recent list."""
        path = Path(path)
        recent = [p for p in self.recent_ledgers if p != path]
        self.settings.setValue("ledger/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])
        self.last_ledger = path

    def forget(self, path: Path) -> None:
        self.settings.setValue("ledger/recent", [str(p) for p in self.recent_ledgers if p != Path(path)])
        if self.last_ledger == Path(path):
            self.last_ledger = None

    # -- window --------------------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)

    @property
    def page(self) -> int:
        return int(self.settings.value("window/page", 0))

    @page.setter
    def page(self, index: int) -> None:
        self.settings.setValue("window/page", index)

    # -- language ------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self.settings.value("ui/language", ""))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("ui/language", value if value in LANGUAGES else "en")
