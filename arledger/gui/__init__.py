"""The desktop app (the only package that imports PySide6)."""

from arledger.gui import compat as _compat  # noqa: F401  (guards against a PySide6 defect before any Qt use)
