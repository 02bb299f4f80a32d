"""Running slow reads off the GUI thread on their own read connection to the ledger file.

SQLite in WAL mode lets a second connection read while the GUI's connection stays free, so a worker
never shares the GUI's connection. Results are frozen DTOs handed back to the GUI thread by a signal.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from arledger.domain.errors import UserError
from arledger.services.ledger import Ledger

# Tasks stay referenced here until they finish, even if the page that started them is gone (a language
# switch rebuilds the window while a read may still be running).
_RUNNING: set[BackgroundTask] = set()


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class BackgroundTask(QRunnable):
    """Call fn() in a worker thread and emit its result, or one sentence if it failed."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except UserError as exc:
            self._emit(self.signals.failed, str(exc))
        except Exception as exc:  # a worker must report, never die silently
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        with suppress(RuntimeError):  # the receiver was closed meanwhile; nobody waits for this result
            signal.emit(value)


class LedgerReadTask(BackgroundTask):
    """Open the ledger read-side in a worker thread, call fn(ledger), emit its result."""

    def __init__(self, path: Path, fn: Callable[[Ledger], Any]) -> None:
        super().__init__(lambda: _read(path, fn))
        self.path = path


def _read(path: Path, fn: Callable[[Ledger], Any]) -> Any:
    with Ledger.open(path) as ledger:
        return fn(ledger)


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[str], None]) -> BackgroundTask:
    """Run fn() off the GUI thread; on_done(result) or on_error(sentence) then run on the GUI thread."""
    task = BackgroundTask(fn)
    task.setAutoDelete(False)
    _RUNNING.add(task)

    def done(result: object) -> None:
        _RUNNING.discard(task)
        on_done(result)

    def failed(message: str) -> None:
        _RUNNING.discard(task)
        on_error(message)

    task.signals.finished.connect(done)
    task.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(task)
    return task


class TaskRunner(QObject):
    """Starts read tasks and delivers only the newest result per key (older ones are dropped)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation: dict[str, int] = {}
        self._live: set[LedgerReadTask] = set()

    def start(self, key: str, path: Path, fn: Callable[[Ledger], Any], on_done: Callable[[Any], None],
              on_error: Callable[[str], None]) -> None:
        gen = self._generation.get(key, 0) + 1
        self._generation[key] = gen
        task = LedgerReadTask(path, fn)
        task.setAutoDelete(False)
        self._live.add(task)
        _RUNNING.add(task)

        def done(result: object) -> None:
            self._live.discard(task)
            _RUNNING.discard(task)
            if self._generation.get(key) == gen:
                on_done(result)

        def failed(message: str) -> None:
            self._live.discard(task)
            _RUNNING.discard(task)
            if self._generation.get(key) == gen:
                on_error(message)

        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(task)

    def busy(self) -> bool:
        return bool(self._live)

    @staticmethod
    def wait_all(msecs: int = 30000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)
