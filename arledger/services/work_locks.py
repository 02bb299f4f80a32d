"""Work one ledger lets only one process do at a time (a letters batch), held through a lock row in the ledger."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg
from arledger.services.ledger import Ledger
from arledger.storage import locks

LETTERS_BATCH = "letters-batch"


class WorkBusy(UserError):
    """Another process is doing the same work on this ledger."""


@contextlib.contextmanager
def exclusive(ledger: Ledger, name: str, what: Message) -> Iterator[None]:
    """Hold the named lock while the block runs; one sentence (WorkBusy) if a live process holds it.

    The lock is taken in a write transaction (BEGIN IMMEDIATE), so two processes starting together cannot both
    get it; a holder that died is detected (its process is gone) and the lock taken over.
    """
    with ledger.database.atomic() as conn:
        current = locks.take(conn, name, ledger.now().isoformat(timespec="seconds"))
    if current is not None:
        raise WorkBusy(msg("work.busy", "{what} is already running on this ledger (process {pid} on {host}, "
                           "started {started}); nothing was done, try again when it has finished.", what=what,
                           pid=current.pid, host=current.host, started=current.taken_at))
    try:
        yield
    finally:
        with contextlib.suppress(UserError), ledger.database.atomic() as conn:
            locks.release(conn, name)
