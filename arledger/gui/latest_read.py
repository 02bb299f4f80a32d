"""A read that follows what the user types: debounced, the latest input wins, stale results are dropped.

A form asks for the value belonging to its current input (a key: the customer code, the amount...). The read
starts once the input has been still for a moment, runs off the GUI thread (operations.Reads), and a newer
request cancels the waiting or running one, so the only result that ever arrives is the one for the newest
key. Until it has arrived the form says it is calculating and keeps Save disabled.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from arledger.gui.operations import Reads
from arledger.services.ledger import Ledger

DEBOUNCE_MS = 150  # long enough to skip the keystrokes of a number being typed, short enough to feel immediate


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The value read for a key, or the one sentence saying why there is none."""

    key: Hashable
    value: Any
    error: str = ""


class LatestRead(QObject):
    """One kind of read, kept in step with one piece of input. `arrived` fires when the result for the newest
    requested key is in; result(key) then returns it."""

    arrived = Signal()

    def __init__(self, path: Callable[[], Path], parent: QObject | None = None, *,
                 delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._path = path
        self._reads = Reads(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._wanted: tuple[Hashable, Callable[[Ledger], Any]] | None = None
        self._have: ReadResult | None = None
        self.started = 0  # reads started (tests see how many keystrokes became reads)

    def request(self, key: Hashable, fn: Callable[[Ledger], Any]) -> None:
        """Make sure the value for key is read (nothing new happens if it is read already or on its way)."""
        if self._wanted is not None and self._wanted[0] == key:
            return
        self._timer.stop()
        self._reads.cancel()
        self._wanted = None
        if self._have is not None and self._have.key == key:
            return  # back to the input already read: whatever was asked for since is no longer wanted
        self._wanted = (key, fn)
        self._timer.start()  # restarted by every newer request: the read starts once the input is still

    def result(self, key: Hashable) -> ReadResult | None:
        """The result for exactly this key, or None while it is not in (never an older key's result)."""
        return self._have if self._have is not None and self._have.key == key else None

    def pending(self) -> bool:
        """Is a read waiting or running?"""
        return self._wanted is not None

    def clear(self) -> None:
        """Forget the result and stop any read: nothing arrives until the next request."""
        self._timer.stop()
        self._reads.cancel()
        self._wanted = None
        self._have = None

    def _start(self) -> None:
        if self._wanted is None:
            return
        key, fn = self._wanted
        self.started += 1
        self._reads.start("latest", self._path(), fn, lambda value: self._arrive(ReadResult(key, value)),
                          lambda sentence: self._arrive(ReadResult(key, None, sentence)))

    def _arrive(self, result: ReadResult) -> None:
        if self._wanted is None or self._wanted[0] != result.key:
            return  # a superseded read that finished anyway: its value belongs to input no longer there
        self._wanted = None
        self._have = result
        self.arrived.emit()
