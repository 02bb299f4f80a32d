"""Composition root of the desktop app: choose and open a ledger, then show the main window.

Which ledger opens: --ledger PATH, else the last one used (QSettings), else the default path in the
user data directory; on the very first run that file is created and the user is offered sample data.
`--demo` writes a fresh sample ledger into a temporary folder that is removed on exit.
"""

from __future__ import annotations

import gc
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from arledger import __version__, paths
from arledger.domain.errors import UserError
from arledger.gui import formatting
from arledger.gui.icons import icon
from arledger.gui.preferences import DEFAULT_REGIONS, Preferences, system_locale_name, ui_language_for
from arledger.services.ledger import Ledger

ORGANISATION = "arledger"
APPLICATION = "arledger"


def translations_dir() -> Path:
    return paths.resources_dir() / "i18n"


class LanguageInstaller:
    """Holds the installed QTranslators so a language can be swapped at run time.

    The UI language and the format region follow the system locale unless the user chose them in Settings.
    English also loads a translation: arledger_en.qm holds the English plural forms of %n texts.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translators: list[QTranslator] = []
        self.language = "en"
        self.region = DEFAULT_REGIONS["en"]

    def install(self, language: str, region: str = "") -> bool:
        """Install the UI language ("" = the system's) and format region ("" = the system's).

        Returns False (and stays in English) if the language's .qm file is missing.
        """
        for t in self.translators:
            self.app.removeTranslator(t)
        self.translators = []
        system = system_locale_name()
        wanted = language or ui_language_for(system)
        installed = self._load(wanted)
        if not installed:
            self._load("en")
        self.language = wanted if installed else "en"
        formatting.set_language(self.language)
        chosen = region or system or DEFAULT_REGIONS[self.language]
        self.region = formatting.set_region(chosen)
        QLocale.setDefault(QLocale(self.region))
        return installed or wanted == "en"

    def _load(self, language: str) -> bool:
        ours = QTranslator(self.app)
        if not ours.load(str(translations_dir() / f"arledger_{language}.qm")):
            return False
        if language != "en":
            qt = QTranslator(self.app)
            if qt.load(QLocale(language), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.app.installTranslator(qt)
                self.translators.append(qt)
        self.app.installTranslator(ours)
        self.translators.append(ours)
        return True


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("arledger")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("arledger"))
    if sys.platform.startswith("linux") and app.style().name().lower() not in ("fusion", "breeze"):
        app.setStyle("Fusion")  # the bare "Windows" style on X11 without a desktop theme looks dated


class AppController(QObject):
    """Owns the open ledger and the main window; every open/new/switch goes through here."""

    def __init__(self, app: QApplication, prefs: Preferences | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.prefs = prefs or Preferences()
        self.languages = LanguageInstaller(app)
        self.languages.install(self.prefs.language, self.prefs.format_region)
        self.ledger: Ledger | None = None
        self.window = None  # MainWindow, imported lazily to keep start-up import cost low
        self.demo_dir: Path | None = None
        app.aboutToQuit.connect(self.shutdown)

    # -- dialogs the tests replace ---------------------------------------------------------------------
    def parent_widget(self) -> QWidget | None:
        return self.window

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget(), self.tr("arledger"), message)

    def ask_sample_data(self, path: Path) -> bool | None:
        """First run: True for sample data, False for an empty ledger, None to cancel."""
        box = QMessageBox(self.parent_widget())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Welcome to arledger"))
        box.setText(self.tr("Welcome to arledger."))
        box.setInformativeText(self.tr("Your ledger will be kept in\n%1\n\nWould you like to start with sample "
                                       "customers and invoices to look around? You can start a new, empty "
                                       "ledger at any time from the File menu.").replace("%1", str(path)))
        sample = box.addButton(self.tr("Add sample data"), QMessageBox.ButtonRole.YesRole)
        empty = box.addButton(self.tr("Start empty"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(sample)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is sample else False if clicked is empty else None

    # -- start-up ---------------------------------------------------------------------------------------
    def start(self, ledger_path: Path | None = None, demo: bool = False) -> bool:
        """Open the ledger the command line, the settings or the first-run dialog chose; show the window."""
        if demo:
            return self.open_demo()
        if ledger_path is not None:
            return self.open_path(Path(ledger_path))
        last = self.prefs.last_ledger
        if last is not None:
            if last.exists():
                if self.open_path(last):
                    return True
            else:
                self.prefs.forget(last)
        default = paths.default_ledger_path()
        if default.exists():
            return self.open_path(default)
        return self.first_run(default)

    def first_run(self, path: Path) -> bool:
        choice = self.ask_sample_data(path)
        if choice is None:
            return False
        return self.create_ledger(path, sample=choice)

    def create_ledger(self, path: Path, *, sample: bool = False) -> bool:
        try:
            if sample:
                from arledger.services.demo import write_demo_ledger

                with _busy():
                    write_demo_ledger(path)
            else:
                Ledger.create_new(path).close()
        except UserError as exc:
            self.show_error(str(exc))
            return False
        return self.open_path(path)

    def open_demo(self) -> bool:
        from arledger.services.demo import write_demo_ledger

        self._remove_demo()
        self.demo_dir = Path(tempfile.mkdtemp(prefix="arledger-demo-"))
        path = self.demo_dir / "demo-ledger.sqlite"
        try:
            with _busy():
                write_demo_ledger(path)
        except UserError as exc:
            self.show_error(str(exc))
            return False
        return self.open_path(path, remember=False)

    def open_path(self, path: Path, *, remember: bool = True) -> bool:
        """Open the ledger at path in place of the current one; a UserError is shown, never raised."""
        try:
            with _busy():
                ledger = Ledger.open(path)
        except UserError as exc:
            self.show_error(str(exc))
            return False
        self._switch_to(ledger)
        if remember:
            self.prefs.remember(ledger.path)
        return True

    def _switch_to(self, ledger: Ledger) -> None:
        old = self.ledger
        self.ledger = ledger
        if self.window is None:
            self._build_window()
        else:
            self.window.set_ledger(ledger)
        if old is not None:
            old.close()
        if self.demo_dir is not None and not ledger.path.is_relative_to(self.demo_dir):
            self._remove_demo()

    def _build_window(self, page: int | None = None) -> None:
        from arledger.gui.views.main_window import MainWindow

        assert self.ledger is not None
        self.window = MainWindow(self, self.ledger)
        if page is not None:
            self.window.show_page(page)
        self.window.show()

    # -- language ---------------------------------------------------------------------------------------
    def set_language(self, language: str, region: str | None = None) -> bool:
        """Switch the UI language ("" = the system's) and, if given, the format region ("" = the system's) now.

        The main window is rebuilt in place (same ledger, same page).
        """
        self.prefs.language = language
        if region is not None:
            self.prefs.format_region = region
        if not self.languages.install(language, self.prefs.format_region):
            self.show_error(self.tr("The translation files for this language are missing; "
                                    "the app stays in English."))
            return False
        if self.window is not None:
            page = self.window.current_page_index()
            self.window.save_layout()
            old = self.window
            self.window = None
            old.release()
            old.close()
            old.deleteLater()
            self._build_window(page)
        return True

    # -- shutting down ------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        if self.window is not None:
            self.window.save_layout()
        if self.ledger is not None:
            self.ledger.close()
            self.ledger = None
        self._remove_demo()

    def _remove_demo(self) -> None:
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None


class _busy:
    """A wait cursor for the few synchronous steps (opening, writing a sample ledger)."""

    def __enter__(self) -> None:
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class GarbageCollectorTimer(QObject):
    """Run Python's cyclic GC on the GUI thread only (as Anki does).

    Left automatic, a collection can start inside a worker thread and destroy Qt objects there, which
    crashes Qt. Automatic collection is switched off and done here every second instead.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.startTimer(1000)

    def timerEvent(self, _event: object) -> None:
        gen0, gen1, gen2 = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if count0 >= gen0:
            gc.collect(2 if count2 >= gen2 else 1 if count1 >= gen1 else 0)


def run(ledger_path: Path | None, demo: bool = False) -> int:
    """Start the desktop app; returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    GarbageCollectorTimer(app)
    controller = AppController(app)
    if not controller.start(ledger_path, demo):
        controller.shutdown()
        return 1
    return app.exec()
