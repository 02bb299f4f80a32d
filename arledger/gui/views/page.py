"""A side-bar page: a title, a way to refresh from the ledger, and the selection actions act on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from arledger.services.changes import Changes
from arledger.services.ledger import Ledger


class LedgerPage(QWidget):
    """Base for pages: refresh() is called when shown after the ledger changed (stale pages wait)."""

    icon_name = ""
    open_invoice_requested = Signal(str)  # an invoice number: show the invoice view

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.stale = True

    def title(self) -> str:
        raise NotImplementedError

    def icon(self) -> QIcon:
        from arledger.gui.icons import icon

        return icon(self.icon_name)

    def set_ledger(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.stale = True

    def refresh(self) -> None:
        """Re-read what the page shows from the ledger."""
        self.stale = False

    def refresh_if_stale(self) -> None:
        if self.stale:
            self.refresh()

    def affected_by(self, changes: Changes) -> bool:
        """Does this page show anything the change touched? (Default: any change to the ledger.)"""
        return bool(changes)

    def apply_changes(self, changes: Changes, visible: bool) -> None:
        """A write finished: a page showing something it touched reads again, now if visible, else when next
        shown. Pages that can update single rows override this and keep the user's selection and scroll."""
        if self.affected_by(changes):
            self.stale = True
            if visible:
                self.refresh()

    def selected_customer_code(self) -> str:
        return ""

    def selected_invoice_number(self) -> str:
        return ""

    def focus_search(self) -> bool:
        return False


def page_header(title: str, subtitle: str = "") -> tuple[QWidget, QLabel]:
    """A page's title row; returns (widget, subtitle label) so the page can update the subtitle."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 4)
    lay.setSpacing(2)
    t = QLabel(title)
    t.setObjectName("pageTitle")
    s = QLabel(subtitle)
    s.setObjectName("pageSubtitle")
    lay.addWidget(t)
    lay.addWidget(s)
    return box, s


def hbox(*widgets: QWidget | None, spacing: int = 8, stretch_at: int | None = None) -> QHBoxLayout:
    lay = QHBoxLayout()
    lay.setSpacing(spacing)
    for i, w in enumerate(widgets):
        if i == stretch_at:
            lay.addStretch(1)
        if w is not None:
            lay.addWidget(w)
    if stretch_at is not None and stretch_at >= len(widgets):
        lay.addStretch(1)
    return lay


def search_box(owner: QWidget, name: str, placeholder: str, width: int,
               apply: Callable[[], None]) -> tuple[QLineEdit, QTimer]:
    """A search field that applies itself a moment after typing stops, or at once on Enter.

    Returns the field and its timer (stop the timer when applying by other means)."""
    box = QLineEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.setMinimumWidth(width)
    debounce = QTimer(owner, singleShot=True, interval=250)
    debounce.timeout.connect(apply)
    box.textChanged.connect(lambda _t: debounce.start())
    box.returnPressed.connect(apply)
    return box, debounce


def page_layout(page: QWidget) -> QVBoxLayout:
    """The standard margins and spacing of a side-bar page."""
    lay = QVBoxLayout(page)
    lay.setContentsMargins(20, 16, 20, 12)
    lay.setSpacing(10)
    return lay


def empty_hint() -> QLabel:
    """The centred line a list shows in place of rows when nothing matches (hidden until needed)."""
    label = QLabel()
    label.setObjectName("hint")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.hide()
    return label
