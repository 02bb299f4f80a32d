"""Risk tiers, their reasons, the early warnings and the follow-up tasks of broken promises kept current by the
app: refreshed off the GUI thread when a ledger opens and shortly after each change (changes in quick
succession start one refresh)."""

from __future__ import annotations

from collections import Counter
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer, Signal

from arledger.gui.operations import LedgerOp
from arledger.services import kpis
from arledger.services.ledger import Ledger
from arledger.services.queue import work_queue

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
        self.job: LedgerOp | None = None
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

        def refresh(ledger: Ledger) -> Counter[str]:
            # The follow-up tasks of newly broken promises are stored here, by a write: the Today page's read
            # of the queue stores nothing.
            work_queue(ledger, ledger.today(), create_tasks=True)
            return kpis.refresh_risk_tiers(ledger, ledger.today())

        # Its own write, announced by `refreshed` (the main window knows which pages show tiers). Housekeeping
        # nobody asked for reports any failure by `failed` only: a damaged file is the damage check's to report.
        self.job = LedgerOp(self, self.ledger.path, refresh, on_done=self._finished, on_error=self._failed,
                            expected=(Exception,))

    def _done(self) -> None:
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
