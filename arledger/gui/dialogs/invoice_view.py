"""One invoice, whole: what was billed, what settled it, disputes, promises, letters, contacts, interest and
documents, with the actions that apply to it. Opened from any invoice list by double-click or Enter.

The dialog only reads; an action asks the main window to run the usual dialog on top of it, then the story is
read again so what the user just did shows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.icons import icon
from arledger.gui.layouts import clear_layout, layout_widgets
from arledger.gui.models.collections import channel_title, dispute_reason_title, status_title
from arledger.gui.style import DANGER, OK, WARNING
from arledger.services.invoice_story import InvoiceStory, invoice_story
from arledger.services.ledger import Ledger

ACTIONS = ("record_payment", "record_promise", "log_contact", "open_dispute", "resolve_dispute", "write_off",
           "open_customer")


def _badge(text: str, colour: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet(f"QLabel {{ background: {colour}; color: white; border-radius: 9px; padding: 2px 10px;"
                        " font-weight: 600; }")
    return label


class StoryTable(QTableWidget):
    """A short read-only table of one part of the story, or a line saying there is nothing yet."""

    def __init__(self, name: str, headers: Sequence[str], right: Sequence[int] = (), stretch: int = -1) -> None:
        super().__init__(0, len(headers))
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.right = set(right)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        hh = self.horizontalHeader()
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch >= 0:
            hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:
            hh.setStretchLastSection(True)

    def fill(self, rows: Sequence[Sequence[str]], tips: Sequence[str] = ()) -> None:
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in self.right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r < len(tips) and tips[r]:
                    item.setToolTip(tips[r])
                self.setItem(r, c, item)

    def texts(self) -> list[list[str]]:
        return [[item.text() if (item := self.item(r, c)) is not None else "" for c in range(self.columnCount())]
                for r in range(self.rowCount())]


class StoryTab(QWidget):
    """A table with an empty-state line under it (shown instead of an empty table)."""

    def __init__(self, table: StoryTable, empty_text: str) -> None:
        super().__init__()
        self.table = table
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 8, 0, 0)
        self.box.addWidget(table, 1)
        self.box.addWidget(self.empty, 1)

    def fill(self, rows: Sequence[Sequence[str]], tips: Sequence[str] = ()) -> None:
        self.table.fill(rows, tips)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)


class InvoiceViewDialog(QDialog):
    """An invoice with its story; action_requested(name) asks the window to run an action on this invoice."""

    action_requested = Signal(str)
    open_letter_requested = Signal(object)  # Path of an archived PDF

    def __init__(self, ledger: Ledger, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceView")
        self.ledger = ledger
        self.number = number
        self.story: InvoiceStory | None = None
        self.resize(900, 620)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        self.customer_button = QPushButton(icon("customers"), "")
        self.customer_button.setObjectName("invoiceCustomer")
        self.customer_button.setFlat(True)
        self.customer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer_button.setToolTip(self.tr("Open the customer's account"))
        self.customer_button.clicked.connect(lambda: self.action_requested.emit("open_customer"))
        self.facts = QLabel()
        self.facts.setObjectName("pageSubtitle")
        self.facts.setWordWrap(True)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addLayout(self.badges)
        title_row.addStretch(1)
        title_row.addWidget(self.customer_button)

        self.tiles = QHBoxLayout()
        self.tiles.setSpacing(12)
        self.tile_values: dict[str, QLabel] = {}
        for key, caption in (("amount", self.tr("Amount")), ("settled", self.tr("Paid and credited")),
                             ("open", self.tr("Open")), ("interest", self.tr("Interest and compensation"))):
            tile = QFrame()
            tile.setObjectName("tile")
            tl = QVBoxLayout(tile)
            tl.setContentsMargins(14, 8, 14, 8)
            tl.setSpacing(2)
            cap = QLabel(caption)
            cap.setObjectName("tileCaption")
            val = QLabel()
            val.setObjectName("kpiValue")
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            tl.addWidget(cap)
            tl.addWidget(val)
            self.tile_values[key] = val
            self.tiles.addWidget(tile, 1)

        self.buttons: dict[str, QPushButton] = {}
        for name, text, icon_name in (("record_payment", self.tr("Record payment"), "payment"),
                                      ("record_promise", self.tr("Promise"), "promise"),
                                      ("log_contact", self.tr("Log contact"), "phone"),
                                      ("open_dispute", self.tr("Dispute"), "dispute"),
                                      ("resolve_dispute", self.tr("Resolve dispute"), "dispute"),
                                      ("write_off", self.tr("Write off"), "write_off")):
            b = QPushButton(icon(icon_name), text)
            b.setObjectName(f"invoice_{name}")
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, n=name: self.action_requested.emit(n))
            self.buttons[name] = b
        actions_row = QHBoxLayout()
        for b in self.buttons.values():
            actions_row.addWidget(b)
        actions_row.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("invoiceTabs")
        self.tabs.setDocumentMode(True)
        self.settlements = StoryTab(StoryTable("settlements", [self.tr("Date"), self.tr("Kind"), self.tr("Amount"),
                                                               self.tr("Reference"), self.tr("Note")], (2,)),
                                    self.tr("Nothing has been paid, credited or written off on this invoice yet. "
                                            "Record a payment when one arrives."))
        self.disputes = StoryTab(StoryTable("invoiceDisputes", [self.tr("Opened"), self.tr("Reason"),
                                                                self.tr("Amount"), self.tr("Resolved"),
                                                                self.tr("Note / resolution")], (2,)),
                                 self.tr("No dispute. If the customer queries this invoice, open a dispute: it "
                                         "pauses letters and interest on the disputed part."))
        self.promises = StoryTab(StoryTable("invoicePromises", [self.tr("Due"), self.tr("Amount"), self.tr("Paid"),
                                                                self.tr("Status"), self.tr("Made by"),
                                                                self.tr("Evaluation")], (1, 2)),
                                 self.tr("No promise covers this invoice. Ask for a dated promise when you call."))
        self.letters = StoryTab(StoryTable("invoiceLetters", [self.tr("Sent"), self.tr("Level"), self.tr("SHA-256"),
                                                              self.tr("Archived file")]),
                                self.tr("No letter has listed this invoice yet."))
        self.letters.table.doubleClicked.connect(lambda _i: self.open_selected_letter())
        self.contacts = StoryTab(StoryTable("invoiceContacts", [self.tr("When"), self.tr("Channel"),
                                                                self.tr("Person"), self.tr("Outcome"),
                                                                self.tr("Summary")]),
                                 self.tr("No logged contact names this invoice."))
        self.interest = StoryTab(StoryTable("invoiceInterest", [self.tr("From"), self.tr("To"), self.tr("Days"),
                                                                self.tr("Open"), self.tr("Rate"),
                                                                self.tr("Rate source")], (2, 3, 4)),
                                 self.tr("No interest: the invoice is not overdue, or is settled."))
        self.interest_basis = QLabel()
        self.interest_basis.setObjectName("hint")
        self.interest_basis.setWordWrap(True)
        self.interest.box.addWidget(self.interest_basis)
        self.attachments = StoryTab(StoryTable("invoiceAttachments", [self.tr("Kind"), self.tr("File"),
                                                                      self.tr("SHA-256")]),
                                    self.tr("No documents attached. Attach the contract, the invoice copy and the "
                                            "delivery note (arledger attach): they are the evidence a court asks "
                                            "for."))
        self._tabs: list[tuple[StoryTab, str, str]] = [
            (self.settlements, "payment", self.tr("Settlements")), (self.disputes, "dispute", self.tr("Disputes")),
            (self.promises, "promise", self.tr("Promises")), (self.letters, "letters", self.tr("Letters")),
            (self.contacts, "phone", self.tr("Contacts")), (self.interest, "statement", self.tr("Interest")),
            (self.attachments, "attachment", self.tr("Documents"))]
        for tab, icon_name, text in self._tabs:
            self.tabs.addTab(tab, icon(icon_name), text)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        lay.setSpacing(10)
        lay.addLayout(title_row)
        lay.addWidget(self.facts)
        lay.addLayout(self.tiles)
        lay.addLayout(actions_row)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(close)
        self.reload()

    # -- reading -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the invoice's story again (after an action)."""
        try:
            self.story = invoice_story(self.ledger, self.number)
        except UserError as exc:
            self.story = None
            self.setWindowTitle(self.tr("Invoice %1").replace("%1", self.number))
            self.title.setText(fmt.error_text(exc))
            return
        self._show(self.story)

    def _show(self, s: InvoiceStory) -> None:
        inv = s.invoice
        cur = inv.currency
        self.setWindowTitle(self.tr("Invoice %1 — %2").replace("%1", inv.number).replace("%2", inv.customer_name))
        self.title.setText(self.tr("Invoice %1").replace("%1", inv.number))
        self.customer_button.setText(fmt.literal(f"{inv.customer_code} · {inv.customer_name}"))
        clear_layout(self.badges)
        if inv.settled_on is not None:
            self.badges.addWidget(_badge(self.tr("Settled %1").replace("%1", fmt.day(inv.settled_on)), OK,
                                         "statusBadge"))
        elif inv.days_overdue:
            text = self.tr("1 day overdue") if inv.days_overdue == 1 else self.tr("%1 days overdue")
            self.badges.addWidget(_badge(text.replace("%1", fmt.count(inv.days_overdue)), DANGER, "statusBadge"))
        else:
            self.badges.addWidget(_badge(self.tr("Not yet due"), "#2f5d8c", "statusBadge"))
        if s.open_dispute:
            self.badges.addWidget(_badge(self.tr("Disputed"), WARNING, "disputeBadge"))
        if s.pending_promise:
            self.badges.addWidget(_badge(self.tr("Promise pending"), OK, "promiseBadge"))
        facts = [self.tr("Issued %1").replace("%1", fmt.day(inv.issue_date)),
                 self.tr("due %1").replace("%1", fmt.day(inv.due_date))]
        if inv.reference:
            facts.append(self.tr("reference %1").replace("%1", inv.reference))
        self.facts.setText(" · ".join(facts))

        settled = inv.amount - inv.open_amount
        self.tile_values["amount"].setText(fmt.money(inv.amount, cur))
        self.tile_values["settled"].setText(fmt.money(settled, cur))
        self.tile_values["open"].setText(fmt.money(inv.open_amount, cur))
        it = s.interest
        if it is None:
            self.tile_values["interest"].setText("—")
        elif it.compensation and it.compensation_currency != cur:
            self.tile_values["interest"].setText(f"{fmt.money(it.interest, cur)} + "
                                                 f"{fmt.money(it.compensation, it.compensation_currency)}")
        else:
            self.tile_values["interest"].setText(fmt.money(it.interest + it.compensation, cur))
        self.tile_values["interest"].setToolTip(fmt.message_text(it.basis) if it else "")

        kinds = {"payment": self.tr("Payment"), "credit_note": self.tr("Credit note"),
                 "write_off": self.tr("Write-off")}
        self.settlements.fill([(fmt.day(x.on), kinds.get(x.kind, x.kind), fmt.money(x.amount, cur),
                                f"{fmt.message_text(x.method)} {x.reference}".strip(), fmt.message_text(x.note))
                               for x in s.settlements])
        self.disputes.fill([(fmt.day(d.opened_on), dispute_reason_title(d.reason),
                             fmt.money(d.amount, d.currency) if d.amount is not None
                             else self.tr("whole open amount"),
                             fmt.day(d.resolved_on) if d.resolved_on else self.tr("open"), d.resolution or d.note)
                            for d in s.disputes])
        evaluations = [fmt.message_text(p.reason) for p in s.promises]
        self.promises.fill([(fmt.day(p.due_date), fmt.money(p.amount, p.currency), fmt.money(p.paid, p.currency),
                             status_title(p.status), p.made_by, why) for p, why in zip(s.promises, evaluations,
                                                                                        strict=True)],
                           evaluations)
        self.letters.fill([(fmt.day(lt.sent_on), str(lt.level), lt.sha256[:16] + "…" if lt.sha256 else "",
                            lt.path.name if lt.path else self.tr("not archived")) for lt in s.letters],
                          [lt.sha256 for lt in s.letters])
        self.contacts.fill([(fmt.moment(c.at), channel_title(c.channel) + (" ↗" if c.direction == "out" else " ↙"),
                             c.person, c.outcome.replace("_", " "), c.summary) for c in s.contacts],
                           [c.summary for c in s.contacts])
        periods = it.periods if it else ()
        self.interest.fill([(fmt.day(p.start), fmt.day(p.end), fmt.count(p.days), fmt.money(p.open_amount, cur),
                             fmt.rate(Decimal(p.annual_rate)), fmt.message_text(p.rate_source)) for p in periods])
        if it is not None:
            lines = [fmt.message_text(it.basis)]
            if it.compensation:
                lines.append(self.tr("Fixed compensation: %1").replace(
                    "%1", fmt.money(it.compensation, it.compensation_currency)))
            if it.warning:
                lines.append(fmt.message_text(it.warning))
            self.interest_basis.setText("\n".join(x for x in lines if x))
        self.interest_basis.setVisible(it is not None)
        self.attachments.fill([(a.kind, a.filename, a.sha256[:16] + "…") for a in s.attachments],
                              [str(a.path) for a in s.attachments])
        counts = (len(s.settlements), len(s.disputes), len(s.promises), len(s.letters), len(s.contacts),
                  len(periods), len(s.attachments))
        for k, ((_tab, _icon, text), n) in enumerate(zip(self._tabs, counts, strict=True)):
            self.tabs.setTabText(k, f"{text} ({fmt.count(n)})" if n else text)

        is_open = inv.settled_on is None
        self.buttons["record_payment"].setEnabled(is_open)
        self.buttons["write_off"].setEnabled(is_open)
        self.buttons["record_promise"].setEnabled(is_open)
        self.buttons["open_dispute"].setVisible(not s.open_dispute)
        self.buttons["open_dispute"].setEnabled(is_open)
        self.buttons["resolve_dispute"].setVisible(s.open_dispute)

    # -- actions ---------------------------------------------------------------------------------------------
    def badge_texts(self) -> list[str]:
        """What the badges beside the title say (status, disputed, promise pending)."""
        return [w.text() for w in layout_widgets(self.badges) if isinstance(w, QLabel)]

    def customer_code(self) -> str:
        return self.story.invoice.customer_code if self.story else ""

    def open_selected_letter(self) -> None:
        row = self.letters.table.currentRow()
        if self.story is not None and 0 <= row < len(self.story.letters):
            path: Path | None = self.story.letters[row].path
            if path is not None:
                self.open_letter_requested.emit(path)

    def run_after(self, action: Callable[[], bool]) -> None:
        """Run an action (a dialog of the main window); read the story again if it changed anything."""
        if action():
            self.reload()
