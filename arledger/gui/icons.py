"""Icons: the app's own SVGs from resources/icons, falling back to the Qt style's standard icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from arledger import paths


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg; an empty icon for a name without one (kinds of event that have
    no picture), but a MissingResourceError when the installation has no icons at all."""
    folder = paths.resource_file("icons", "arledger.svg").parent
    path = folder / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)
