"""Reading and emptying Qt layouts whose widgets are rebuilt from each read (badges, tiles, form rows)."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets a layout holds, in order; stretches and spacers are left out."""
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [w for item in items if item is not None and (w := item.widget()) is not None]


def clear_layout(layout: QLayout) -> None:
    """Take every item out of a layout and delete its widget (hidden first, so nothing shows until deleted)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
