"""Composition root of the desktop app: choose and open a ledger, then show the main window.

Which ledger opens: --ledger PATH (or `arledger PATH`), else the last one used (QSettings), else the default
path in the user data directory; on the very first run that file is created and the user is offered sample
data. `--demo` writes a fresh sample ledger into a temporary folder that is removed on exit.

One window per ledger: each open ledger is announced on a local socket named after its path; a second
launch on the same ledger asks the running window to come to the front and exits. Another program writing
to the open ledger (the command line) is noticed by polling SQLite's data_version, and the window re-reads.
On opening, a daily automatic backup is written beside the ledger (the last N kept, setting backups.keep).

For the packaged builds' smoke test, ARLEDGER_SELF_TEST=FILE makes the app write what it loaded (language,
translated page names, icons) to FILE as JSON once the window is up, then quit; ARLEDGER_LANGUAGE overrides
the remembered interface language for that run.
"""

from __future__ import annotations

import gc
import getpass
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFileOpenEvent, QFontDatabase, QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMessageBox, QWidget

from arledger import __version__, paths
from arledger.domain.errors import UserError
from arledger.domain.messages import Message
from arledger.gui import errors, formatting, talk_tracks
from arledger.gui import formatting as fmt
from arledger.gui.icons import icon
from arledger.gui.operations import start_read
from arledger.gui.preferences import DEFAULT_REGIONS, Preferences, system_locale_name, ui_language_for
from arledger.services import backup, lifecycle
from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger

if TYPE_CHECKING:  # built lazily in _build_window, for the start-up cost measured there
    from arledger.gui.views.main_window import MainWindow

ORGANISATION = "arledger"
APPLICATION = "arledger"
WATCH_INTERVAL_MS = 1500  # how often the open ledger is checked for another program's writes


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
    ensure_chinese_font()


def ensure_chinese_font() -> bool:
    """Make sure the window can draw Chinese: a system without a Simplified Chinese font (a server, a minimal
    Linux install) gets the WenQuanYi Micro Hei the letters embed, so the Chinese interface is text, not boxes.
    Returns whether a Chinese font is available."""
    system = QFontDatabase.WritingSystem.SimplifiedChinese
    if QFontDatabase.families(system):
        return True  # a Chinese desktop has its own; reading 5 MB of font at every start would only cost time
    QFontDatabase.addApplicationFont(str(paths.resource_file("fonts", "wqy-microhei.ttc")))
    return bool(QFontDatabase.families(system))


def instance_name(path: Path) -> str:
    """The local socket name of the window that has this ledger open (per user, per resolved path)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user database in some containers
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = hashlib.sha256(f"{user}\0{Path(path).resolve()}".encode()).hexdigest()[:24]
    return f"arledger-{key}"


class LedgerInstance(QObject):
    """Announces that this process has a ledger open; a second launch on it asks this one to come forward."""

    raise_requested = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = instance_name(path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left behind by a process that crashed (nobody answered)
            self.server.listen(self.name)
        self.server.newConnection.connect(self._answer)

    def _answer(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.waitForReadyRead(200)
            if bytes(socket.readAll().data()).startswith(b"raise"):
                self.raise_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def close(self) -> None:
        self.server.close()

    @staticmethod
    def ask_running(path: Path, timeout_ms: int = 1000) -> bool:
        """True if another window has path open; it has then been asked to come to the front."""
        socket = QLocalSocket()
        socket.connectToServer(instance_name(path))
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(b"raise\n")
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True


class AppController(QObject):
    """Owns the open ledger and the main window; every open/new/switch goes through here."""

    def __init__(self, app: QApplication, prefs: Preferences | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.prefs = prefs or Preferences()
        self.languages = LanguageInstaller(app)
        self.languages.install(self.prefs.language, self.prefs.format_region)
        self.ledger: Ledger | None = None
        self.window: MainWindow | None = None
        self.demo_dir: Path | None = None
        self.instance: LedgerInstance | None = None
        self.handed_over = False  # the ledger asked for was open in another window, which was raised instead
        self.auto_backup = True
        self.last_auto_backup: backup.BackupResult | None = None
        self._data_version: int | None = None
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_INTERVAL_MS)
        self.watch.timeout.connect(self.check_outside_changes)
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
                with _busy():
                    write_demo_ledger(path)
            else:
                Ledger.create_new(path).close()
        except UserError as exc:
            self.show_error(fmt.error_text(exc))
            return False
        return self.open_path(path)

    def open_demo(self) -> bool:
        self._remove_demo()
        self.demo_dir = Path(tempfile.mkdtemp(prefix="arledger-demo-"))
        path = self.demo_dir / "demo-ledger.sqlite"
        try:
            with _busy():
                write_demo_ledger(path)
        except UserError as exc:
            self.show_error(fmt.error_text(exc))
            return False
        return self.open_path(path, remember=False)

    def open_path(self, path: Path, *, remember: bool = True) -> bool:
        """Open the ledger at path in place of the current one; a UserError is shown, never raised.

        A ledger already open in another arledger window is not opened twice: that window is asked to come
        to the front (and, at start-up, this process ends)."""
        if self.ledger is not None and self.ledger.path.resolve() == Path(path).resolve():
            self.bring_to_front()
            return True
        if LedgerInstance.ask_running(path):
            self.handed_over = self.window is None
            said = self.tr("%1 is open in another arledger window; that window was brought to the front.")
            if self.window is None:
                print(f"arledger: {said.replace('%1', str(path))}", file=sys.stderr)
            else:
                self.show_error(said.replace("%1", str(path)))
            return False
        try:
            with _busy():
                ledger = Ledger.open(path)
        except UserError as exc:
            self.show_error(fmt.error_text(exc))
            return False
        self._switch_to(ledger)
        if remember:
            self.prefs.remember(ledger.path)
        if not lifecycle.checked_on_open(ledger):
            self._check_in_background(ledger.path)
        if remember and self.auto_backup:
            self.start_automatic_backup()
        return True

    def _report_damage(self, message: Message | None) -> None:
        if message is not None:
            self.show_error(fmt.message_text(message))

    def _check_in_background(self, path: Path) -> None:
        """quick_check of a ledger too large to check while opening; a damaged file is reported at once."""
        start_read(path, lifecycle.damage_report, self._report_damage, lambda _message: None, owner=self)

    # -- one window per ledger, and writes from other programs -----------------------------------------------
    def _announce(self, path: Path) -> None:
        if self.instance is not None:
            self.instance.close()
            self.instance.deleteLater()
        self.instance = LedgerInstance(path, self)
        self.instance.raise_requested.connect(self.bring_to_front)

    def bring_to_front(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def ledger_written(self) -> None:
        """The window wrote to the ledger itself (on its own or a job's connection): take the ledger's present
        state as the baseline, so the write is not reported as another program's."""
        if self.ledger is not None:
            self._data_version = lifecycle.data_version(self.ledger)

    def check_outside_changes(self) -> bool:
        """Re-read the window when another program has committed to the ledger; True if it had.

        Nothing is decided while the app's own workers run: a job's write is reported by the job itself."""
        if self.ledger is None or self.window is None or QThreadPool.globalInstance().activeThreadCount():
            return False
        try:
            version = lifecycle.data_version(self.ledger)
        except Exception:  # the file went away under us; the next action will say so
            return False
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        if changed:
            self.window.refresh_all()
            self.window.statusBar().showMessage(self.tr("The ledger was changed by another program; the window "
                                                        "shows the new figures."), 8000)
        return changed

    # -- automatic backups ------------------------------------------------------------------------------------
    def start_automatic_backup(self) -> None:
        """Today's backup into <ledger>-backups/ (once a day, the last N kept), on its own connection."""
        assert self.ledger is not None
        keep = lifecycle.automatic_backups_kept(self.ledger)
        if keep <= 0:
            return
        start_read(self.ledger.path, lambda ledger: backup.automatic_backup(ledger, keep=keep),
                   self._automatic_backup_done,
                   lambda message: self._status(self.tr("The automatic backup failed: %1").replace("%1", message)),
                   owner=self)

    def _automatic_backup_done(self, result: backup.BackupResult | None) -> None:
        if result is not None:
            self.last_auto_backup = result
            self._status(self.tr("Backed up to %1").replace("%1", str(result.path)))

    def _status(self, message: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(message, 8000)

    def _switch_to(self, ledger: Ledger) -> None:
        old = self.ledger
        self.ledger = ledger
        self._announce(ledger.path)
        self._data_version = lifecycle.data_version(ledger)
        self.watch.start()
        if self.window is None:
            self._build_window()
        else:
            self.window.set_ledger(ledger)
        if old is not None:
            old.close()
        if self.demo_dir is not None and not ledger.path.is_relative_to(self.demo_dir):
            self._remove_demo()

    def _build_window(self, page: int | None = None) -> None:
        # lazy: the window, its pages and dialogs cost 0.8-1.7 s of imports (-X importtime, shared machine), which a
        # second launch handing its file to the running instance never needs
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
        self.watch.stop()
        if self.instance is not None:
            self.instance.close()
            self.instance = None
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
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class FileOpenHandler(QObject):
    """macOS hands a double-clicked ledger to the running app as a FileOpen event, not as an argument."""

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.controller = controller
        controller.app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.controller.open_path(Path(event.file()))
            return True
        return False


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


def self_test_report(controller: AppController) -> dict[str, object]:
    """What the window loaded, for the packaged builds' smoke test."""
    window = controller.window
    pages: list[QListWidgetItem] = [window.side_bar.item(i) for i in range(window.side_bar.count())] if window else []
    return {
        "version": __version__,
        "language": controller.languages.language,
        "ledger": str(controller.ledger.path) if controller.ledger else None,
        "window_title": window.windowTitle() if window else None,
        "pages": [item.text() for item in pages],
        "page_icons_drawn": [not item.icon().pixmap(20, 20).isNull() for item in pages],
        "app_icon_drawn": not QApplication.windowIcon().pixmap(32, 32).isNull(),
        "talk_track_excuses": sorted(talk_tracks.load(controller.languages.language).get("excuses", {})),
        "resources": str(paths.resources_dir()),
    }


def _write_self_test(controller: AppController, target: Path) -> None:
    target.write_text(json.dumps(self_test_report(controller), ensure_ascii=False, indent=1), encoding="utf-8")
    QApplication.quit()


def run(ledger_path: Path | None, demo: bool = False) -> int:
    """Start the desktop app; returns the process exit code."""
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    errors.install(app)
    GarbageCollectorTimer(app)
    controller = AppController(app)
    FileOpenHandler(controller)
    if os.environ.get("ARLEDGER_LANGUAGE"):  # for this run only, not remembered
        controller.languages.install(os.environ["ARLEDGER_LANGUAGE"])
    if not controller.start(ledger_path, demo):
        controller.shutdown()
        return 0 if controller.handed_over else 1
    self_test = os.environ.get("ARLEDGER_SELF_TEST")
    if self_test:
        QTimer.singleShot(500, lambda: _write_self_test(controller, Path(self_test)))
    return app.exec()
