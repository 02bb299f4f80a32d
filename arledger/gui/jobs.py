"""Long writes off the GUI thread (batch letters, Excel export, import) with progress and Cancel.

A job opens its own connection to the ledger file in a worker thread, calls fn(ledger, progress, cancelled)
and hands the result back to the GUI thread by a signal; the GUI refreshes only then. Cancel sets a flag the
service polls between units of work, so a cancelled job stops at a clean boundary (the services guarantee
that: a batch keeps only whole, logged letters; an export leaves no file).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from arledger.domain.errors import UserError
from arledger.services.ledger import Ledger

Progress = Callable[[int, int], None]
JobFn = Callable[[Ledger, Progress, Callable[[], bool]], Any]

_RUNNING: set[LedgerJob] = set()  # jobs stay referenced until they finish, whoever started them


class _JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class LedgerJob(QRunnable):
    def __init__(self, path: Path, fn: JobFn) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.path = path
        self.fn = fn
        self.signals = _JobSignals()
        self._cancel = threading.Event()
        self.cancelled_by_user = False

    def cancel(self) -> None:
        self.cancelled_by_user = True
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            with Ledger.open(self.path) as ledger:
                result = self.fn(ledger, self._progress, self.is_cancelled)
        except UserError as exc:
            self._emit(self.signals.failed, str(exc))
        except Exception as exc:  # a worker must report, never die silently
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.signals.finished, result)

    def _progress(self, done: int, total: int) -> None:
        with suppress(RuntimeError):
            self.signals.progress.emit(int(min(done, 2**31 - 1)), int(min(total, 2**31 - 1)))

    @staticmethod
    def _emit(signal, value: object) -> None:
        with suppress(RuntimeError):
            signal.emit(value)


class JobProgress(QObject):
    """A job with a window-modal progress dialog; on_done / on_error run on the GUI thread afterwards.

    busy=True shows an indeterminate bar (for one-transaction work that cannot report steps). cancellable=False
    hides Cancel (an import is one transaction: it either commits or not, stopping half way is not offered).
    """

    done = Signal()

    def __init__(self, parent: QWidget, title: str, label: str, path: Path, fn: JobFn,
                 on_done: Callable[[Any], None], on_error: Callable[[str], None], *, busy: bool = False,
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self.on_done = on_done
        self.on_error = on_error
        self.result: Any = None
        self.error = ""
        self.finished = False
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0 if busy else 100, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(250)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setValue(0)
        self.job = LedgerJob(path, fn)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.dialog.canceled.connect(self.cancel)
        self._label = label
        _RUNNING.add(self.job)
        QThreadPool.globalInstance().start(self.job)

    def cancel(self) -> None:
        if not self.finished:
            self.job.cancel()
            self.dialog.setLabelText(self.tr("Stopping after the current step…"))

    @property
    def cancelled(self) -> bool:
        return self.job.cancelled_by_user

    def _progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() == 0:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if not self.job.is_cancelled():
            self.dialog.setLabelText(self._label + "\n" + self.tr("%1 of %2").replace("%1", f"{done:,}")
                                     .replace("%2", f"{total:,}"))

    def _close(self) -> None:
        self.finished = True
        _RUNNING.discard(self.job)
        self.dialog.blockSignals(True)
        self.dialog.close()
        self.dialog.deleteLater()

    def _finished(self, result: object) -> None:
        self._close()
        self.result = result
        self.on_done(result)
        self.done.emit()

    def _failed(self, message: str) -> None:
        self._close()
        self.error = message
        self.on_error(message)
        self.done.emit()

    def wait(self) -> None:
        """Run a local event loop until the job has reported (the window stays responsive meanwhile)."""
        if self.finished:
            return
        loop = QEventLoop()
        self.done.connect(loop.quit)
        loop.exec()
