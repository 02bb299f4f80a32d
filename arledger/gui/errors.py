"""The global exception hook: an unexpected error is logged to a file and shown as one sentence, with its
details a click away ("Copy details" puts the traceback and the versions on the clipboard for a bug report).

install() sets sys.excepthook (errors in slots and on the GUI thread) and threading.excepthook (plain
threads); errors inside operations reach report() from gui/operations.py. The log is a rotating file in the
user's log directory (platformdirs), so a report can be sent after the fact.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arledger import __version__

log = logging.getLogger("arledger")
LOG_FILE_NAME = "arledger.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def log_dir() -> Path:
    """Where arledger writes its log (the platform's user log directory)."""
    return Path(platformdirs.user_log_dir("arledger", appauthor=False))


def versions() -> str:
    """The versions a bug report needs."""
    return (f"arledger {__version__}; Python {platform.python_version()}; Qt for Python {pyside_version}; "
            f"{platform.platform()}")


def details(exc: BaseException) -> str:
    """The traceback and the versions, as copied to the clipboard."""
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return f"{trace}\n{versions()}\n"


def short_sentence(exc: BaseException) -> str:
    """One sentence for the user: what kind of error, without the traceback."""
    return QCoreApplication.translate("ErrorDialog", "An unexpected error stopped this action (%1). The "
                                      "details are in the log; Copy details puts them on the clipboard for a "
                                      "bug report.").replace(
        "%1", type(exc).__name__)


class ErrorDialog(QDialog):
    """A short sentence, the details folded away, and a button that copies them."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("arledger — unexpected error"))
        self.details_text = details(exc)
        self.sentence = QLabel(short_sentence(exc))
        self.sentence.setObjectName("errorSentence")
        self.sentence.setWordWrap(True)
        self.where = QLabel(self.tr("Log file: %1").replace("%1", str(_LOG_PATH[0]) if _LOG_PATH else "—"))
        self.where.setObjectName("hint")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self.details_text)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copyDetails")
        self.show_button = QPushButton(self.tr("Show details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.clicked.connect(lambda: self.details.setVisible(not self.details.isVisible()))
        lay = QVBoxLayout(self)
        lay.addWidget(self.sentence)
        lay.addWidget(self.where)
        lay.addWidget(self.details, 1)
        lay.addWidget(buttons)
        self.setMinimumWidth(480)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text)
        self.copy_button.setText(self.tr("Copied"))


class _Bridge(QObject):
    """Carries an error from any thread to the GUI thread (a queued signal)."""

    raised = Signal(object)


_LOG_PATH: list[Path] = []
_BRIDGE: list[_Bridge] = []
OPEN_DIALOGS: list[ErrorDialog] = []  # shown without blocking; kept until closed
_previous: list[tuple[Callable[[type[BaseException], BaseException, TracebackType | None], object],
                      Callable[[threading.ExceptHookArgs], object]]] = []


def start_log(directory: Path | None = None) -> Path:
    """Send the arledger logger to a rotating file in the user's log directory; returns its path."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    for handler in list(log.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _LOG_PATH[:] = [path]
    return path


def install(app: QCoreApplication, directory: Path | None = None) -> Path:
    """Install the hooks for this process (the app calls this once at start); returns the log file's path."""
    path = start_log(directory)
    bridge = _Bridge(app)
    bridge.raised.connect(show_dialog)
    _BRIDGE[:] = [bridge]
    if not _previous:
        _previous.append((sys.excepthook, threading.excepthook))
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    log.info("started: %s", versions())
    return path


def uninstall() -> None:
    """Put the previous hooks back (tests)."""
    if _previous:
        sys.excepthook, threading.excepthook = _previous.pop()
    _BRIDGE.clear()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    handle(exc)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle(args.exc_value)


def handle(exc: BaseException) -> None:
    """Log the error and show the dialog on the GUI thread (from whichever thread it was raised on)."""
    log.error("unexpected error\n%s", details(exc))
    for handler in log.handlers:
        handler.flush()
    if _BRIDGE:
        _BRIDGE[0].raised.emit(exc)


def report(exc: BaseException) -> None:
    """An unexpected error caught in an operation: to the global hook, as if it had not been caught."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def show_dialog(exc: BaseException) -> ErrorDialog:
    """Show the error dialog (not modal: the window behind it keeps working)."""
    dialog = ErrorDialog(exc, QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    OPEN_DIALOGS.append(dialog)
    dialog.destroyed.connect(lambda *_a: OPEN_DIALOGS.remove(dialog) if dialog in OPEN_DIALOGS else None)
    dialog.show()
    return dialog


def show_sentence(message: str) -> None:
    """A refusal with no form to show it in: a message box that does not block the event loop."""
    box = QMessageBox(QMessageBox.Icon.Warning, "arledger", message, QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    box.setObjectName("operationRefused")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
