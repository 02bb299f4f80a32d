"""What the app remembers between runs (QSettings): last ledger, recent files, window layout, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

MAX_RECENT = 8
# UI languages with a translation in resources/i18n; "" in the settings means "as the system".
LANGUAGES = ("en", "zh_CN", "de_DE")
# Regions offered for number and date formats; "" in the settings means "as the system".
FORMAT_REGIONS = ("en_GB", "en_US", "en_IE", "en_AU", "en_CA", "de_DE", "de_AT", "de_CH", "zh_CN", "zh_TW",
                  "fr_FR", "nl_NL")

# Formats for a UI language when neither Settings nor the system name a region.
DEFAULT_REGIONS = {"en": "en_GB", "zh_CN": "zh_CN", "de_DE": "de_DE"}


def system_locale_name() -> str:
    """The system locale as Qt reads it ('de_DE', 'en_US'); '' when none is set (the C locale)."""
    name = QLocale.system().name()
    return "" if name in ("C", "POSIX") else name


def ui_language_for(locale_name: str) -> str:
    """The UI language shipped for a locale: Chinese and German have translations, the rest is English."""
    if locale_name.startswith("zh"):
        return "zh_CN"
    if locale_name.startswith("de"):
        return "de_DE"
    return "en"


class Preferences:
    """Typed access to the app's QSettings (organisation and application names are set in app.py)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()

    # -- ledgers -----------------------------------------------------------------------------------
    @property
    def last_ledger(self) -> Path | None:
        value = self.settings.value("ledger/last", "")
        return Path(value) if isinstance(value, str) and value else None

    @last_ledger.setter
    def last_ledger(self, path: Path | None) -> None:
        self.settings.setValue("ledger/last", str(path) if path else "")

    @property
    def recent_ledgers(self) -> list[Path]:
        value = self.settings.value("ledger/recent", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            value = [value] if value else []
        return [Path(v) for v in value if isinstance(v, str) and v] if isinstance(value, list) else []

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
        value = str(self.settings.value("window/page", 0))
        return int(value) if value.isdigit() else 0  # a hand-edited settings file must not stop the app

    @page.setter
    def page(self, index: int) -> None:
        self.settings.setValue("window/page", index)

    # -- language ------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The chosen UI language, or "" to follow the system locale."""
        value = str(self.settings.value("ui/language", ""))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("ui/language", value if value in LANGUAGES else "")

    @property
    def format_region(self) -> str:
        """The region whose number and date formats the UI uses, or "" to follow the system locale."""
        value = str(self.settings.value("ui/formatRegion", ""))
        return value if value in FORMAT_REGIONS else ""

    @format_region.setter
    def format_region(self, value: str) -> None:
        self.settings.setValue("ui/formatRegion", value if value in FORMAT_REGIONS else "")
