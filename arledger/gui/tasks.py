"""Running slow reads off the GUI thread on their own read connection to the ledger file.

SQLite in WAL mode lets a second connection read while the GUI's connection stays free, so a worker
never shares the GUI's connection. Results are frozen DTOs handed back to the GUI thread by a signal.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal
from shiboken6 import isValid

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


class CancellableReadTask(QRunnable):
    """A read in a worker thread that can be stopped mid-query (a search the user has already typed past).

    cancel() interrupts the running SQLite statement. Every task reports exactly once, a cancelled one with
    cancelled=True, so whoever started it knows when to let go of it."""

    def __init__(self, path: Path, fn: Callable[[Ledger], Any]) -> None:
        super().__init__()
        self.path = path
        self.fn = fn
        self.signals = _TaskSignals()
        self._lock = threading.Lock()
        self._ledger: Ledger | None = None
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._ledger is not None:
                self._ledger.interrupt()

    def run(self) -> None:
        # A search yields the CPU to the GUI thread (SCHED_IDLE on Linux): on a busy machine the window answers
        # first and the result arrives a little later, rather than the other way round.
        thread = QThread.currentThread()
        priority = thread.priority()
        thread.setPriority(QThread.Priority.IdlePriority)
        try:
            self._run()
        finally:
            thread.setPriority(priority if priority != QThread.Priority.InheritPriority
                               else QThread.Priority.NormalPriority)

    def _run(self) -> None:
        signal, value = self.signals.failed, ""
        try:
            if not self.cancelled:
                with Ledger.open(self.path) as ledger:
                    with self._lock:
                        self._ledger = None if self.cancelled else ledger
                    if self._ledger is not None:
                        try:
                            signal, value = self.signals.finished, self.fn(ledger)
                        finally:
                            with self._lock:
                                self._ledger = None
        except UserError as exc:
            value = str(exc)
        except Exception as exc:  # an interrupted query lands here too; a cancelled task's message is dropped
            value = f"{type(exc).__name__}: {exc}"
        LedgerReadTask._emit(signal, value)


class LatestRead(QObject):
    """One kind of read whose newest request is the only one that matters: starting a new one cancels the last.

    on_done gets the result of the newest request only; a superseded request's result never arrives, and none
    arrives once this object (and the page owning it) is gone. Nothing a worker thread can reach refers back
    to a widget, so Python's collector never frees a Qt object outside the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task_id: int | None = None
        self._callbacks: tuple[Callable[[Any], None], Callable[[str], None]] | None = None

    def start(self, path: Path, fn: Callable[[Ledger], Any], on_done: Callable[[Any], None],
              on_error: Callable[[str], None]) -> None:
        self.cancel()
        task = CancellableReadTask(path, fn)
        task.setAutoDelete(False)
        task_id = id(task)
        _RUNNING_CANCELLABLE[task_id] = task
        self._task_id = task_id
        self._callbacks = (on_done, on_error)
        owner = weakref.ref(self)

        def finish(which: int, value: object) -> None:
            # Let go of the task on a later turn of the event loop: never free a sender inside its own signal.
            QTimer.singleShot(0, lambda: _RUNNING_CANCELLABLE.pop(task_id, None))
            me = owner()
            if me is None or not shiboken6.isValid(me) or me._task_id != task_id or me._callbacks is None:
                return
            callback = me._callbacks[which]
            me._task_id = me._callbacks = None
            callback(value)

        task.signals.finished.connect(lambda result: finish(0, result))
        task.signals.failed.connect(lambda message: finish(1, message))
        QThreadPool.globalInstance().start(task)

    def cancel(self) -> None:
        """Stop the running request, if any; its result will not arrive."""
        task = _RUNNING_CANCELLABLE.get(self._task_id) if self._task_id is not None else None
        self._task_id = self._callbacks = None
        if task is not None:
            task.cancel()

    def busy(self) -> bool:
        return self._task_id is not None


_RUNNING_CANCELLABLE: dict[int, CancellableReadTask] = {}


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
            if self._generation.get(key) == gen and isValid(self):  # the page that asked may be gone by now
                on_done(result)

        def failed(message: str) -> None:
            self._live.discard(task)
            _RUNNING.discard(task)
            if self._generation.get(key) == gen and isValid(self):
                on_error(message)

        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        QThreadPool.globalInstance().start(task)

    def busy(self) -> bool:
        return bool(self._live)

    @staticmethod
    def wait_all(msecs: int = 30000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)
