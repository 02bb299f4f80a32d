"""Helpers for work over the whole ledger."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause automatic garbage collection while building many short-lived, acyclic records.

    A letter run over a million invoices makes millions of tuples; the cyclic collector would rescan them
    again and again (about 40% of the run). The previous state is restored, so a caller that manages
    collection itself (the desktop app collects on its GUI thread) keeps its policy.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def without_gc_pauses(fn: Callable[P, R]) -> Callable[P, R]:
    """Decorator form of gc_paused."""

    @wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with gc_paused():
            return fn(*args, **kwargs)

    return run
