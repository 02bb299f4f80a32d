"""Work-arounds for defects in the installed Qt for Python, each detected at run time, never assumed.

PySide6 6.12.0 on CPython 3.11 returns None for an invalid QVariant without taking a reference to it
(QModelIndex().data(), QSettings.value() of a missing key, currentData() of an empty combo box ...).
Every such call lowers None's reference count by one until CPython aborts with "none_dealloc:
deallocating None". CPython 3.12 made None immortal, so the defect is harmless there.

The check below measures the drift; if it is there, None gets a very large extra reference count
once at start-up, so the interpreter never reaches zero. Nothing is changed when the defect is absent.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QModelIndex

_RESERVE = 1 << 40


def none_refcount_drift(calls: int = 64) -> int:
    """How far None's reference count moves over `calls` reads of an invalid QVariant (0 when healthy)."""
    before = sys.getrefcount(None)
    index = QModelIndex()
    for _ in range(calls):
        index.data()
    return sys.getrefcount(None) - before


def protect_none_refcount() -> bool:
    """Apply the work-around if this interpreter and PySide6 need it; True if it was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if none_refcount_drift() >= 0:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True


NONE_REFCOUNT_PROTECTED = protect_none_refcount()
