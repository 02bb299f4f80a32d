"""Risk tiers, their reasons and the early warnings kept current by the app: refreshed off the GUI thread when a
ledger opens and shortly after each change (changes in quick succession start one refresh)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from arledger.gui.jobs import _RUNNING, LedgerJob, Progress
from arledger.services import kpis
from arledger.services.ledger import Ledger

AFTER_CHANGE_MS = 1500


class RiskRefresher(QObject):
    refreshed = Signal(object)  # Counter of tiers
    failed = Signal(str)

    def __init__(self, parent: QObject, ledger: Ledger) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AFTER_CHANGE_MS)
        self.timer.timeout.connect(self.run_now)
        self.job: LedgerJob | None = None
        self.pending = False
        self.runs = 0

    def set_ledger(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.run_now()

    def schedule(self) -> None:
        """Refresh a moment after the last change."""
        self.timer.start()

    def busy(self) -> bool:
        return self.job is not None or self.timer.isActive()

    def run_now(self) -> None:
        self.timer.stop()
        if self.job is not None:  # one at a time; run again when this one ends
            self.pending = True
            return

        def refresh(ledger: Ledger, _progress: Progress, _cancelled: Callable[[], bool]) -> Counter[str]:
            return kpis.refresh_risk_tiers(ledger, ledger.today())

        job = self.job = LedgerJob(self.ledger.path, refresh)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        _RUNNING.add(job)
        QThreadPool.globalInstance().start(job)

    def _done(self) -> None:
        if self.job is not None:
            _RUNNING.discard(self.job)
        self.job = None
        self.runs += 1
        if self.pending:
            self.pending = False
            self.run_now()

    def _finished(self, counts: Counter[str]) -> None:
        self._done()
        with suppress(RuntimeError):
            self.refreshed.emit(counts)

    def _failed(self, message: str) -> None:
        self._done()
        with suppress(RuntimeError):
            self.failed.emit(message)
