"""Every ledger access the GUI makes off its own thread, by one mechanism (Anki's CollectionOp is the model).

- A read (`start_read`, `Reads`) runs fn(ledger) on its own connection to the ledger file and hands the value
  back on the GUI thread; a newer read of the same kind cancels the older one, whose result never arrives.
- A write (`LedgerOp`) runs fn(ledger) the same way and returns a `Changes` value; on success the op's owner
  gets the value and the main window routes the changes to the pages, which re-read only what they show of it.
- Long work (`LedgerOp(..., progress=...)`) gets fn(ledger, progress, cancelled), a window-modal progress
  dialog and Cancel; the service polls `cancelled` between units of work, so it stops at a clean boundary.

SQLite in WAL mode lets a worker's connection read or write while the GUI's connection stays free. A
UserError (or another expected kind the caller names) reaches the caller as one sentence; anything else is
a bug and goes to the global exception hook (gui/errors.py), which logs it and shows the error dialog.
A worker never touches a widget: results travel by queued signal, and nothing a worker can reach refers
back to one.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from arledger.domain.errors import UserError
from arledger.gui import errors
from arledger.gui import formatting as fmt
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
OnError = Callable[[str], None]

# Workers stay referenced here until they have reported, whoever started them: a page or window may be
# rebuilt (a language switch) while its read is still running.
_RUNNING: dict[int, _Worker] = {}


class ReadWroteError(RuntimeError):
    """A read changed the ledger (reads never write: whatever it stored belongs in an operation)."""


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # one sentence (str) for expected failures, the exception itself for bugs
    dropped = Signal()  # cancelled before or while it ran: nobody waits for its result


class _Worker(QRunnable):
    """Runs call(worker) once in the thread pool and reports exactly once, by one of its signals."""

    def __init__(self, call: Callable[[_Worker], Any], expected: tuple[type[BaseException], ...],
                 idle: bool, droppable: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.droppable = droppable  # a read: once cancelled, nobody wants its result (or its error)
        self.call = call
        self.expected = expected
        self.idle = idle
        self.signals = _Signals()
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._ledger: Ledger | None = None

    def start(self) -> None:
        _RUNNING[id(self)] = self
        QThreadPool.globalInstance().start(self)

    def cancel(self, *, interrupt: bool = False) -> None:
        """Ask the work to stop; interrupt=True also stops the SQLite statement running now (reads only)."""
        self._cancel.set()
        if interrupt:
            with self._lock:
                if self._ledger is not None:
                    self._ledger.interrupt()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def with_ledger(self, path: Path, fn: Callable[[Ledger], Any], *, read: bool = False) -> Any:
        """Open the ledger file on this thread's own connection and call fn(ledger). A read that changed a
        row is a bug (reads never write): it raises, so the hook reports it."""
        with Ledger.open(path) as ledger:
            with self._lock:
                self._ledger = ledger
            before = ledger.conn.total_changes
            try:
                result = fn(ledger)
            finally:
                with self._lock:
                    self._ledger = None
            if read and ledger.conn.total_changes != before:
                raise ReadWroteError(f"the read {getattr(fn, '__qualname__', fn)!s} changed "
                                     f"{ledger.conn.total_changes - before} row(s) of the ledger")
            return result

    def progress(self, done: int, total: int) -> None:
        self._emit(self.signals.progress, int(min(done, 2**31 - 1)), int(min(total, 2**31 - 1)))

    def run(self) -> None:
        thread = QThread.currentThread()
        priority = thread.priority()
        if self.idle:
            # A search yields the CPU to the GUI thread (SCHED_IDLE on Linux): on a busy machine the window
            # answers first and the result arrives a little later, rather than the other way round.
            thread.setPriority(QThread.Priority.IdlePriority)
        try:
            self._run()
        finally:
            if self.idle:
                thread.setPriority(priority if priority != QThread.Priority.InheritPriority
                                   else QThread.Priority.NormalPriority)

    def _run(self) -> None:
        if self.droppable and self.is_cancelled():
            self._emit(self.signals.dropped)
            return
        try:
            result = self.call(self)
        except self.expected as exc:
            self._emit(self.signals.failed, fmt.error_text(exc))
        except Exception as exc:  # an interrupted query lands here too: a cancelled worker's error is dropped
            if self.droppable and self.is_cancelled():
                self._emit(self.signals.dropped)
            else:
                self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, *values: object) -> None:
        with suppress(RuntimeError):  # the signals object went with the application: nobody is listening
            signal.emit(*values)


def _release(worker: _Worker) -> None:
    # Let go of the worker on a later turn of the event loop: never free a sender inside its own signal.
    QTimer.singleShot(0, lambda: _RUNNING.pop(id(worker), None))


def _deliver_failure(failure: object, on_error: OnError | None) -> None:
    """A sentence goes to on_error; an unexpected exception goes to the global hook (and on_error hears a
    short sentence, so whatever waited for the result stops waiting)."""
    if isinstance(failure, BaseException):
        errors.report(failure)
        if on_error is not None:
            on_error(errors.short_sentence(failure))
    elif on_error is not None:
        on_error(str(failure))
    else:
        errors.show_sentence(str(failure))


def _start(call: Callable[[_Worker], Any], on_done: Callable[[Any], None], on_error: OnError | None, *,
           owner: QObject | None = None, expected: tuple[type[BaseException], ...] = (UserError,),
           idle: bool = False, on_dropped: Callable[[], None] | None = None, droppable: bool = True) -> _Worker:
    """Start a worker; its outcome reaches on_done / on_error on the GUI thread unless owner is gone by then.
    A write is not droppable: Cancel asks it to stop at a clean boundary, and it still reports how it ended."""
    worker = _Worker(call, expected, idle, droppable)
    alive: Callable[[], bool] = (lambda: True) if owner is None else _alive(owner)

    def finished(result: object) -> None:
        _release(worker)
        if alive():
            on_done(result)

    def failed(failure: object) -> None:
        _release(worker)
        if alive():
            _deliver_failure(failure, on_error)
        elif isinstance(failure, BaseException):
            errors.report(failure)  # a bug stays a bug even when nobody waits for the answer

    def dropped() -> None:
        _release(worker)
        if on_dropped is not None and alive():
            on_dropped()

    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    worker.signals.dropped.connect(dropped)
    worker.start()
    return worker


def _alive(owner: QObject) -> Callable[[], bool]:
    ref = weakref.ref(owner)

    def alive() -> bool:
        o = ref()
        return o is not None and shiboken6.isValid(o)
    return alive


# -- reads ----------------------------------------------------------------------------------------------------
def start_read(path: Path, fn: Callable[[Ledger], Any], on_done: Callable[[Any], None],
               on_error: OnError | None = None, *, owner: QObject | None = None) -> _Worker:
    """Read once off the GUI thread: on_done(fn(ledger)) or on_error(sentence) then run on the GUI thread."""
    return _start(lambda w: w.with_ledger(path, fn, read=True), on_done, on_error, owner=owner)


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: OnError | None = None, *,
                      owner: QObject | None = None,
                      expected: tuple[type[BaseException], ...] = (UserError,)) -> _Worker:
    """Work that needs no ledger (printing a file) off the GUI thread, reported like a read."""
    return _start(lambda _w: fn(), on_done, on_error, owner=owner, expected=expected)


class Reads(QObject):
    """A page's reads, by kind: the newest request of each kind is the only one that matters.

    Starting a read cancels the running one of the same kind (its SQLite statement is interrupted), so a
    superseded result never arrives, and none arrives once this object (and the page owning it) is gone."""

    def __init__(self, parent: QObject | None = None, *, idle: bool = False) -> None:
        super().__init__(parent)
        self.idle = idle
        self._live: dict[str, _Worker] = {}
        self.started = 0  # how many reads were started (tests count them to see what a change re-read)

    def start(self, key: str, path: Path, fn: Callable[[Ledger], Any], on_done: Callable[[Any], None],
              on_error: OnError | None = None) -> None:
        self.cancel(key)
        self.started += 1
        box: list[_Worker] = []
        alive = _alive(self)

        def forget() -> bool:
            if not alive() or not box or self._live.get(key) is not box[0]:
                return False
            del self._live[key]
            return True

        def done(result: object) -> None:
            if forget():
                on_done(result)

        def failed(message: str) -> None:
            if forget() and on_error is not None:
                on_error(message)

        def dropped() -> None:
            forget()

        worker = _start(lambda w: w.with_ledger(path, fn, read=True), done, failed, owner=self, idle=self.idle,
                        on_dropped=dropped)
        box.append(worker)
        self._live[key] = worker

    def cancel(self, key: str | None = None) -> None:
        """Stop the running read of this kind (or of every kind); its result will not arrive."""
        for k in [key] if key is not None else list(self._live):
            worker = self._live.pop(k, None) if k is not None else None
            if worker is not None:
                worker.cancel(interrupt=True)

    def busy(self, key: str | None = None) -> bool:
        return bool(self._live) if key is None else key in self._live


def wait_for_workers(msecs: int = 30000) -> bool:
    """Block until every worker has finished (tests and shutdown only)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


# -- writes ---------------------------------------------------------------------------------------------------
class ChangeAnnouncer(QObject):
    """Where finished writes say what they changed; the main window listens and routes it to the pages."""

    changed = Signal(object)  # Changes


_ANNOUNCER: list[ChangeAnnouncer] = []


def announcer() -> ChangeAnnouncer:
    """The one announcer (made on first use, on the GUI thread)."""
    if not _ANNOUNCER or not shiboken6.isValid(_ANNOUNCER[0]):
        _ANNOUNCER[:] = [ChangeAnnouncer()]
    return _ANNOUNCER[0]


# -- ops ---------------------------------------------------------------------------------------------------
class LedgerOp(QObject):
    """A write off the GUI thread: fn(ledger) returns a Changes (or a value with a `changes` attribute).

    `on_done(result)` runs on the GUI thread afterwards, then announcer().changed says what changed (the main
    window routes it to the pages). A refusal (UserError) goes to on_error as one sentence, or to an
    error message when there is no on_error. With `progress` (a label), fn gets (ledger, progress, cancelled)
    and a window-modal progress dialog with Cancel shows while it runs (busy=True: no steps to count;
    cancellable=False: no Cancel, for one-transaction work that either commits or not). `changes` names what
    the write changes when fn returns some other value (a handover pack); read_only=True announces nothing.
    """

    done = Signal()

    def __init__(self, parent: QObject, path: Path, fn: Callable[..., Any], *,
                 on_done: Callable[[Any], None] | None = None, on_error: OnError | None = None,
                 progress: str = "", title: str = "", busy: bool = False, cancellable: bool = True,
                 expected: tuple[type[BaseException], ...] = (UserError,), read_only: bool = False,
                 changes: Changes | None = None) -> None:
        super().__init__(parent)
        self._declared = changes
        self.on_done = on_done
        self.on_error = on_error
        self.result: Any = None
        self.changes = Changes()
        self.error = ""
        self.finished = False
        self.read_only = read_only
        self.dialog: QProgressDialog | None = None
        self._label = progress
        if progress:
            self._open_dialog(parent, title, progress, busy, cancellable)

            def call(w: _Worker) -> Any:
                return w.with_ledger(path, lambda led: fn(led, w.progress, w.is_cancelled))
        else:
            def call(w: _Worker) -> Any:
                return w.with_ledger(path, fn)
        self.worker = _start(call, self._finished, self._failed, expected=expected, droppable=False)
        self.worker.signals.progress.connect(self._progress)
        self.progressed = self.worker.signals.progress  # (done, total), for whoever wants to watch

    def _open_dialog(self, parent: QObject, title: str, label: str, busy: bool, cancellable: bool) -> None:
        dialog = self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0,
                                               0 if busy else 100,
                                               parent if isinstance(parent, QWidget) else None)
        dialog.setObjectName("jobProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(250)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)

    def cancel(self) -> None:
        """Stop after the current unit of work (the service leaves no half result)."""
        if not self.finished and not self.worker.is_cancelled():
            self.worker.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Stopping after the current step…"))

    @property
    def cancelled(self) -> bool:
        return self.worker.is_cancelled()

    def _progress(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is None or dialog.maximum() == 0:
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))  # a modal dialog runs the event loop here: the op may end
        if not self.finished and not self.worker.is_cancelled():
            dialog.setLabelText(self._label + "\n" + self.tr("%1 of %2").replace("%1", fmt.count(done))
                                     .replace("%2", fmt.count(total)))

    def _close(self) -> None:
        self.finished = True
        if self.dialog is not None:
            self.dialog.blockSignals(True)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self, result: object) -> None:
        self.result = result
        self.changes = changes_of(result) or self._declared or Changes()
        if not shiboken6.isValid(self):
            # Its owner (a window, a dialog) was deleted while the write ran: nobody waits for the result, but the
            # write happened, and the pages still showing the ledger hear of it.
            self.finished = True
            if self.changes and not self.read_only:
                announcer().changed.emit(self.changes)
            return
        self._close()
        if self.on_done is not None:
            self.on_done(result)
        if self.changes and not self.read_only:
            announcer().changed.emit(self.changes)
        self.done.emit()

    def _failed(self, message: str) -> None:
        if not shiboken6.isValid(self):  # its owner is gone: nothing was written, and nobody waits to hear why
            self.finished = True
            self.error = message
            return
        self._close()
        self.error = message
        if self.on_error is not None:
            self.on_error(message)
        else:
            errors.show_sentence(message)
        self.done.emit()

    def wait(self) -> None:
        """Run a local event loop until the op has reported (the window stays responsive meanwhile)."""
        if self.finished:
            return
        loop = QEventLoop()
        self.done.connect(loop.quit)
        loop.exec()


def changes_of(result: object) -> Changes:
    """The change set a write returned: the value itself, its `changes` attribute, or nothing."""
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else Changes()
