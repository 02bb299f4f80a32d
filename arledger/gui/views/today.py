"""Today: the work queue of services.queue, most important first, with an action for each task.

The queue is read off the GUI thread (every overdue item; the read stores nothing: the follow-up tasks of
broken promises are stored by the risk refresher's write); the page fills in when the result arrives and again
after every write that touches it.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QPushButton, QWidget

from arledger.gui import formatting as fmt
from arledger.gui.icons import icon
from arledger.gui.models.collections import QueueTableModel, kind_title, task_text
from arledger.gui.operations import Reads
from arledger.gui.views.page import LedgerPage, empty_hint, hbox, page_header, page_layout
from arledger.gui.views.tables import LedgerTableView
from arledger.services import cases
from arledger.services.ledger import Ledger
from arledger.services.queue import QueueTask, work_queue


class TodayPage(LedgerPage):
    icon_name = "today"
    open_customer_requested = Signal(str)
    loaded = Signal()

    def __init__(self, ledger: Ledger, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(ledger, parent)
        self.actions_by_name = actions
        self.tasks = Reads(self)
        self.model = QueueTableModel(self)
        self.queue: list[QueueTask] = []
        self.day = date.today()
        header, self.subtitle = page_header(self.title(), self.tr("Loading…"))

        self.buttons: dict[str, QPushButton] = {}
        for name, text in (("log_contact", self.tr("Log call")), ("record_promise", self.tr("Record promise")),
                           ("preview_letter", self.tr("Send letter")), ("complete_task", self.tr("Mark done")),
                           ("open_customer", self.tr("Open customer"))):
            b = QPushButton(actions[name].icon(), text)
            b.setObjectName(f"today_{name}")
            b.setToolTip(actions[name].toolTip())
            b.clicked.connect(actions[name].trigger)
            self.buttons[name] = b

        self.table = LedgerTableView()
        self.table.setObjectName("queueTable")
        self.table.set_keyset_model(self.model)
        self.table.doubleClicked.connect(lambda _i: self._open_current())
        self.table.activated.connect(lambda _i: self._open_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.empty = empty_hint()
        # The selected task in full, so a narrow window never leaves the user with "Call ab…".
        self.detail = QLabel()
        self.detail.setObjectName("taskDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("QLabel#taskDetail { background: #f7f9fc; border: 1px solid #d9dee6;"
                                  " border-radius: 6px; padding: 8px 10px; }")
        # the queue of one case owner (or of the cases nobody owns)
        self.owner = QComboBox()
        self.owner.setObjectName("queueOwner")
        self.owner.setToolTip(self.tr("Show the tasks of one case owner"))
        self.owner.currentIndexChanged.connect(lambda _i: self._apply_owner())
        self._all_tasks: list[QueueTask] = []

        lay = page_layout(self)
        lay.addWidget(header)
        lay.addLayout(hbox(*self.buttons.values(), QLabel(self.tr("Owner")), self.owner,
                           stretch_at=len(self.buttons)))
        lay.addWidget(self.table, 1)
        lay.addWidget(self.detail)
        lay.addWidget(self.empty)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Today")

    def _fill_owners(self) -> None:
        keep = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Everyone"), None)
        for name in cases.owners(self.ledger):
            self.owner.addItem(name, name)
        self.owner.addItem(self.tr("Unassigned"), "")
        self.owner.setCurrentIndex(max(0, self.owner.findData(keep)) if keep is not None else 0)
        self.owner.blockSignals(False)

    def _apply_owner(self) -> None:
        self.show_queue(self._all_tasks)

    def refresh(self) -> None:
        super().refresh()
        self._fill_owners()
        self.day = date.today()
        day = self.day
        self.subtitle.setText(self.tr("Working out today's queue…"))
        self.tasks.start("queue", self.ledger.path, lambda led: work_queue(led, day, create_tasks=False),
                         self.show_queue, self._failed)

    def is_loading(self) -> bool:
        return self.tasks.busy()

    def _failed(self, message: str) -> None:
        self.subtitle.setText(message)

    def show_queue(self, queue: list[QueueTask]) -> None:
        self._all_tasks = list(queue)
        owner = self.owner.currentData()
        if owner is not None:
            queue = cases.tasks_of_owner(self.ledger, queue, owner)
        current = self.current_task()
        self.queue = list(queue)
        self.model.set_rows(self.queue)
        counts: dict[str, int] = {}
        for t in queue:
            counts[t.kind] = counts.get(t.kind, 0) + 1
        parts = [f"{kind_title(k)} {fmt.count(n)}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1])]
        self.subtitle.setText(self.tr("%1 · %2 tasks").replace("%1", fmt.day(self.day))
                              .replace("%2", fmt.count(len(queue))) + ("  ·  " + " · ".join(parts) if parts else ""))
        self.empty.setVisible(not queue)
        self.empty.setText(self.tr("Nothing to do today: no letters due, no promises to check, no calls to make."))
        row = 0
        if current is not None:
            for i, t in enumerate(self.queue):
                if (t.kind, t.customer_code, t.title) == (current.kind, current.customer_code, current.title):
                    row = i
                    break
        if self.queue:
            self.table.selectRow(min(row, len(self.queue) - 1))
        self._update_buttons()
        self.loaded.emit()

    def current_task(self) -> QueueTask | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_customer_code(self) -> str:
        t = self.current_task()
        return t.customer_code if t else ""

    def select_task(self, kind: str, code: str) -> bool:
        for i, t in enumerate(self.model.rows()):
            if t.kind == kind and t.customer_code == code:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        t = self.current_task()
        self.detail.setVisible(t is not None)
        if t is not None:
            self.detail.setText(f"<b>{html.escape(kind_title(t.kind))} · {html.escape(t.customer_name)}</b>"
                                f" ({html.escape(t.customer_code)}) — {html.escape(task_text(t))}")
        for b in self.buttons.values():
            b.setEnabled(t is not None)
        if t is not None:
            self.buttons["complete_task"].setEnabled("task_id" in t.detail)
            self.buttons["preview_letter"].setEnabled(t.kind == "letter")

    def _open_current(self) -> None:
        code = self.selected_customer_code()
        if code:
            self.open_customer_requested.emit(code)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        for name in ("open_customer", "log_contact", "record_promise", "record_plan", "open_dispute", "preview_letter",
                     "complete_task"):
            menu.addAction(self.actions_by_name[name])
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def icon(self) -> QIcon:
        return icon("today")
