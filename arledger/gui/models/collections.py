"""Table models of the collections screens: the day's queue, a customer's timeline, promises, letters,
disputes, the letter run, interest and KPIs. They adapt service DTOs; every figure is formatted, none computed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from arledger.domain import record_words
from arledger.domain.interest import RULE_NAMES
from arledger.domain.messages import Message
from arledger.domain.model import Customer
from arledger.gui import formatting as fmt
from arledger.gui.icons import icon
from arledger.gui.models.keyset import CENTER, LEFT, RIGHT, Column, KeysetTableModel, ListTableModel
from arledger.gui.style import DANGER, MUTED, OK, WARNING
from arledger.services import customer_record
from arledger.services.customer_record import DisputeRow, PromiseRow, SentLetterRow, TimelineRow
from arledger.services.dashboard_figures import LimitationWarning
from arledger.services.escalation import LetterRunEntry
from arledger.services.interest_report import InterestReport, InterestRow, InterestTotal
from arledger.services.kpis import CurrencyKpis
from arledger.services.ledger import Ledger
from arledger.services.queue import QueueTask

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


# PySide6's stubs type QT_TRANSLATE_NOOP as returning object; it returns the text, which str() passes through.
def kind_title(kind: str) -> str:
    """What a queue task or evidence event is, in the UI language."""
    titles = {
        "call": QT_TRANSLATE_NOOP("Collections", "Call"),
        "letter": QT_TRANSLATE_NOOP("Collections", "Letter"),
        "promise-check": QT_TRANSLATE_NOOP("Collections", "Check promise"),
        "confirm-promise": QT_TRANSLATE_NOOP("Collections", "Confirm promise"),
        "broken-promise": QT_TRANSLATE_NOOP("Collections", "Broken promise"),
        "escalation": QT_TRANSLATE_NOOP("Collections", "Escalate"),
        "limitation": QT_TRANSLATE_NOOP("Collections", "Limitation"),
        "task": QT_TRANSLATE_NOOP("Collections", "Follow-up"),
        "contact": QT_TRANSLATE_NOOP("Collections", "Contact"),
        "promise": QT_TRANSLATE_NOOP("Collections", "Promise"),
        "plan": QT_TRANSLATE_NOOP("Collections", "Instalment plan"),
        "payment": QT_TRANSLATE_NOOP("Collections", "Payment"),
        "dispute_opened": QT_TRANSLATE_NOOP("Collections", "Dispute opened"),
        "dispute_resolved": QT_TRANSLATE_NOOP("Collections", "Dispute resolved"),
        "guard_override": QT_TRANSLATE_NOOP("Collections", "Guard override"),
        "attachment": QT_TRANSLATE_NOOP("Collections", "Attachment"),
        "write_off": QT_TRANSLATE_NOOP("Collections", "Write-off"),
        "credit_note": QT_TRANSLATE_NOOP("Collections", "Credit note"),
        "acknowledgment": QT_TRANSLATE_NOOP("Collections", "Acknowledgment"),
        "demand_delivered": QT_TRANSLATE_NOOP("Collections", "Demand delivered"),
        "suit": QT_TRANSLATE_NOOP("Collections", "Suit filed"),
    }
    return _t(str(titles[kind])) if kind in titles else kind.replace("_", " ").replace("-", " ").capitalize()


def rule_title(rule: str) -> str:
    """The interest rule pack an interest line used, as a person names it (the reports' own names)."""
    return fmt.message_text(RULE_NAMES[rule]) if rule in RULE_NAMES else rule.upper()


def channel_title(channel: str) -> str:
    """How a contact was made, as a cell or a choice shows it."""
    return fmt.title_word(record_words.channel_word(channel))


def status_title(status: str) -> str:
    """How a promise stands, as a cell shows it."""
    return fmt.title_word(record_words.promise_status_word(status))


def plan_status_title(status: str) -> str:
    """How an instalment plan stands (a broken plan is named apart from a broken promise in Chinese)."""
    return fmt.title_word(record_words.plan_status_word(status))


def dispute_reason_title(reason: str) -> str:
    """Why an invoice is disputed, as a cell or a choice shows it."""
    return fmt.title_word(record_words.dispute_reason_word(reason))


_KIND_ICONS = {"contact": "phone", "guard_override": "override", "dispute_opened": "dispute",
               "dispute_resolved": "dispute", "credit_note": "payment", "acknowledgment": "note",
               "demand_delivered": "letter", "suit": "escalation"}


def event_icon(kind: str, channel: str = "") -> QIcon:
    if kind == "contact" and channel:
        return icon(channel)
    return icon(_KIND_ICONS.get(kind, kind))


STATUS_COLOURS = {"kept": QColor(OK), "completed": QColor(OK), "pending": QColor(WARNING),
                  "on track": QColor(WARNING), "partly kept": QColor(DANGER), "broken": QColor(DANGER)}


def task_text(t: QueueTask) -> str:
    """What a queue task asks the user to do, in the UI language, amounts with their currency."""
    d = t.detail
    money = ", ".join(fmt.money(m.minor, m.currency) for m in t.amounts)
    when = date.fromisoformat
    if t.kind == "call" and "days_overdue" in d:
        since = (QCoreApplication.translate("Collections", "last contact %1").replace(
            "%1", fmt.day(when(d["last_contact"]))) if d.get("last_contact")
            else QCoreApplication.translate("Collections", "never contacted"))
        return (QCoreApplication.translate("Collections",
                                           "Call about %1, up to %2 days overdue (%3); ask for a dated promise.")
                .replace("%1", money).replace("%2", fmt.count(int(d["days_overdue"]))).replace("%3", since))
    if t.kind == "letter" and "level" in d:
        return (QCoreApplication.translate("Collections", "Send the level %1 letter (%2): %3 invoices, %4")
                .replace("%1", str(d["level"])).replace("%2", fmt.level_name(str(d.get("level_name", ""))))
                .replace("%3", fmt.count(len(t.invoices))).replace("%4", money))
    if t.kind == "promise-check" and "due_on" in d:
        return (QCoreApplication.translate("Collections", "Check the promise of %1 due %2.")
                .replace("%1", money).replace("%2", fmt.day(when(d["due_on"]))))
    if t.kind == "confirm-promise" and "recorded_on" in d:
        return (QCoreApplication.translate("Collections", "Send the written confirmation of promise %1 (recorded %2).")
                .replace("%1", str(d["promise_id"])).replace("%2", fmt.day(when(d["recorded_on"]))))
    if t.kind == "limitation" and "limitation_date" in d:
        barred_on = fmt.day(when(d["limitation_date"]))
        return (QCoreApplication.translate(
            "Collections", "%1 becomes time-barred on %2 (%3 days): obtain a signed acknowledgment or a payment, "
                           "or start proceedings.").replace("%1", ", ".join(t.invoices)).replace("%2", barred_on)
                .replace("%3", fmt.count(int(d.get("days_left", 0)))))
    return fmt.message_text(t.title)  # its figures are values: nothing to re-read


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Collections", text, disambiguation, n)


PRIORITY_WORDS = (  # (share of the day's queue, word): the first tenth is urgent, and so on
    (0.1, QT_TRANSLATE_NOOP("Collections", "Urgent")),
    (0.3, QT_TRANSLATE_NOOP("Collections", "High")),
    (0.7, QT_TRANSLATE_NOOP("Collections", "Normal")),
    (1.01, QT_TRANSLATE_NOOP("Collections", "Low")),
)


class QueueTableModel(ListTableModel[QueueTask]):
    """Today's tasks, most important first (the service's order); priority shows as a rank and a word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rank: dict[int, int] = {}
        self._total = 0
        self._columns: list[Column[QueueTask]] = [
            Column(self.tr("Priority"), self._priority_text, "priority", LEFT, width=96,
                   tooltip=self._priority_tip),
            Column(self.tr("Task"), lambda t: kind_title(t.kind), "kind", width=110,
                   icon=lambda t: icon(t.kind)),
            Column(self.tr("Customer"), lambda t: t.customer_name, "name", width=170,
                   tooltip=lambda t: f"{t.customer_code} · {t.customer_name}"),
            Column(self.tr("What to do"), task_text, None, stretch=True, tooltip=task_text),
            Column(self.tr("Amount"), lambda t: ", ".join(fmt.money(m.minor, m.currency) for m in t.amounts), None,
                   RIGHT, width=120),
        ]
        self.set_initial_sort(0, descending=True)

    def set_rows(self, rows: Sequence[QueueTask]) -> None:
        ordered = sorted(range(len(rows)), key=lambda i: -rows[i].priority)
        self._rank = {id(rows[i]): n for n, i in enumerate(ordered, start=1)}
        self._total = len(rows)
        super().set_rows(rows)

    def rank(self, t: QueueTask) -> int:
        return self._rank.get(id(t), 0)

    def priority_word(self, t: QueueTask) -> str:
        share = (self.rank(t) - 1) / max(self._total, 1)
        return _t(str(next(word for limit, word in PRIORITY_WORDS if share < limit)))

    def _priority_text(self, t: QueueTask) -> str:
        return f"{self.rank(t)} · {self.priority_word(t)}"

    def _priority_tip(self, t: QueueTask) -> str:
        return (self.tr("Rank %1 of %2 today. Score %3 = overdue amount × days overdue × risk weight × task weight "
                        "(amounts are not converted between currencies).")
                .replace("%1", fmt.count(self.rank(t))).replace("%2", fmt.count(self._total))
                .replace("%3", fmt.count(round(t.priority))))

    def columns(self) -> Sequence[Column[QueueTask]]:
        return self._columns

    def sort_value(self, column: int) -> Callable[[QueueTask], Any]:
        if column == 0:
            return lambda t: t.priority
        return super().sort_value(column)

    def row_brush(self, row: QueueTask, column: int) -> Any:
        if column == 1 and row.kind in ("broken-promise", "escalation"):
            return QBrush(QColor(DANGER))
        if column == 1 and row.kind == "limitation":
            return QBrush(QColor(WARNING))
        if column == 0 and self.rank(row) and (self.rank(row) - 1) / max(self._total, 1) < 0.1:
            return QBrush(QColor(DANGER))
        return None


class TimelineTableModel(KeysetTableModel[TimelineRow]):
    """A customer's evidence log, newest first, fetched a page at a time as the view scrolls."""

    def __init__(self, ledger: Ledger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.code = ""
        self.customer: Customer | str = ""
        self._columns: list[Column[TimelineRow]] = [
            Column(self.tr("When"), lambda r: fmt.moment(r.at), None, width=150, tooltip=self._hash_tip),
            Column(self.tr("Event"), lambda r: kind_title(r.kind), None, width=150,
                   icon=lambda r: event_icon(r.kind, r.channel), tooltip=self._hash_tip),
            Column(self.tr("Channel"), lambda r: channel_title(r.channel) + self._direction(r), None, width=110),
            Column(self.tr("Summary"), lambda r: fmt.readable(fmt.message_text(r.summary)), None, stretch=True,
                   tooltip=self._hash_tip),
            Column(self.tr("By"), lambda r: r.actor, None, width=80),
            Column(self.tr("#"), lambda r: str(r.seq), None, RIGHT, width=60, tooltip=self._hash_tip),
        ]

    def _direction(self, r: TimelineRow) -> str:
        if not r.channel:
            return ""
        return " ↗" if r.direction == "out" else " ↙" if r.direction == "in" else ""

    def _hash_tip(self, r: TimelineRow) -> str:
        return self.tr("Event %1 · SHA-256 %2\nPrevious %3").replace("%1", str(r.seq)).replace("%2", r.hash) \
            .replace("%3", r.prev_hash) + ("\n\n" + fmt.readable(fmt.message_text(r.summary)) if str(r.summary) else "")

    def columns(self) -> Sequence[Column[TimelineRow]]:
        return self._columns

    def show_customer(self, customer: Customer | str) -> None:
        """The customer's timeline: the customer as the view read it (no read per page), or its code."""
        self.customer = customer
        self.code = customer if isinstance(customer, str) else customer.code
        self.reload()

    def fetch_page(self, cursor: Any, sort_key: str | None, descending: bool) -> tuple[Sequence[TimelineRow], Any]:
        if not self.code:
            return (), None
        return customer_record.timeline_page(self.ledger, self.customer, before=cursor)

    def row_brush(self, row: TimelineRow, column: int) -> Any:
        if row.kind == "guard_override":
            return QBrush(QColor(DANGER))
        return None


class PromiseTableModel(ListTableModel[PromiseRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column[PromiseRow]] = [
            Column(self.tr("Due"), lambda r: fmt.day(r.due_date), "due", RIGHT, width=100),
            Column(self.tr("Amount"), lambda r: fmt.money(r.amount, r.currency), None, RIGHT, width=120),
            Column(self.tr("Paid"), lambda r: fmt.money(r.paid, r.currency), None, RIGHT, width=120),
            Column(self.tr("Status"), lambda r: status_title(r.status), "status", width=100,
                   tooltip=lambda r: fmt.message_text(r.reason)),
            Column(self.tr("Plan"), self._plan_text, None, width=110),
            Column(self.tr("Invoices"), lambda r: ", ".join(r.invoices) or self.tr("all overdue"), None, width=150),
            Column(self.tr("Made by"), lambda r: r.made_by, None, width=110),
            Column(self.tr("Evaluation"), lambda r: fmt.message_text(r.reason), None, stretch=True,
                   tooltip=lambda r: fmt.message_text(r.reason)),
        ]

    def _plan_text(self, r: PromiseRow) -> str:
        if r.plan_id is None:
            return ""
        return self.tr("Plan %1 · #%2").replace("%1", str(r.plan_id)).replace("%2", str(r.instalment_no or ""))

    def columns(self) -> Sequence[Column[PromiseRow]]:
        return self._columns

    def sort_value(self, column: int) -> Callable[[PromiseRow], Any]:
        return (lambda r: r.due_date) if column == 0 else super().sort_value(column)

    def row_brush(self, row: PromiseRow, column: int) -> Any:
        return QBrush(STATUS_COLOURS[row.status]) if column == 3 and row.status in STATUS_COLOURS else None


class DisputeTableModel(ListTableModel[DisputeRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column[DisputeRow]] = [
            Column(self.tr("Invoice"), lambda r: r.invoice_number, "invoice", width=110),
            Column(self.tr("Opened"), lambda r: fmt.day(r.opened_on), None, RIGHT, width=100),
            Column(self.tr("Reason"), lambda r: dispute_reason_title(r.reason), None, width=110),
            Column(self.tr("Amount"), lambda r: fmt.money(r.amount, r.currency) if r.amount is not None
                   else self.tr("whole open amount"), None, RIGHT, width=140),
            Column(self.tr("Resolved"), lambda r: fmt.day(r.resolved_on) if r.resolved_on else self.tr("open"), None,
                   RIGHT, width=100),
            Column(self.tr("Note / resolution"), lambda r: r.resolution or r.note, None, stretch=True),
        ]

    def columns(self) -> Sequence[Column[DisputeRow]]:
        return self._columns

    def row_brush(self, row: DisputeRow, column: int) -> Any:
        return QBrush(QColor(WARNING)) if column == 4 and row.resolved_on is None else None


class SentLetterTableModel(ListTableModel[SentLetterRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column[SentLetterRow]] = [
            Column(self.tr("Sent"), lambda r: fmt.day(r.sent_on), None, RIGHT, width=110,
                   icon=lambda r: icon("letter")),
            Column(self.tr("Level"), lambda r: str(r.level), None, CENTER, width=60),
            Column(self.tr("Invoices"), lambda r: fmt.count(r.invoices), None, RIGHT, width=80),
            Column(self.tr("SHA-256"), lambda r: r.sha256[:16] + "…" if r.sha256 else "", None, width=160,
                   tooltip=lambda r: r.sha256),
            Column(self.tr("Archived file"), lambda r: r.path.name if r.path else self.tr("not archived"), None,
                   stretch=True, tooltip=lambda r: str(r.path or "")),
        ]

    def columns(self) -> Sequence[Column[SentLetterRow]]:
        return self._columns

    def row_brush(self, row: SentLetterRow, column: int) -> Any:
        return QBrush(QColor(MUTED)) if row.path is None or not row.path.is_file() else None


class LetterRunTableModel(ListTableModel[LetterRunEntry]):
    """The letters due on a day (and the customers a pause holds back), as escalation.letters_due gives them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column[LetterRunEntry]] = [
            Column(self.tr("Customer"), lambda e: e.customer.code, "customer", width=85,
                   icon=lambda e: icon("letter" if e.decision else "promise-check")),
            Column(self.tr("Name"), lambda e: e.customer.name, "name", width=210),
            Column(self.tr("Level"), self._level_text, "level", width=170),
            Column(self.tr("Invoices"), lambda e: fmt.count(len(e.invoice_numbers)), None, RIGHT, width=70,
                   tooltip=lambda e: ", ".join(e.invoice_numbers)),
            Column(self.tr("Claim"), self._totals, None, RIGHT, width=150),
            Column(self.tr("Reply by"), lambda e: fmt.day(e.decision.reply_by) if e.decision else "", None, RIGHT,
                   width=100),
            Column(self.tr("Reason"), lambda e: fmt.message_text(e.reason), None, stretch=True,
                   tooltip=lambda e: fmt.message_text(e.reason)),
        ]
        self.set_initial_sort(2, descending=True)

    def _level_text(self, e: LetterRunEntry) -> str:
        if e.decision is None:
            return self.tr("Paused")
        return (self.tr("%1 · %2").replace("%1", str(e.decision.level))
                .replace("%2", fmt.level_name(e.decision.level_name)))

    @staticmethod
    def _totals(e: LetterRunEntry) -> str:
        return ", ".join(fmt.money(t.minor, t.currency) for t in e.decision.totals) if e.decision else ""

    def columns(self) -> Sequence[Column[LetterRunEntry]]:
        return self._columns

    def sort_value(self, column: int) -> Callable[[LetterRunEntry], Any]:
        if column == 2:
            return lambda e: e.decision.level if e.decision else 0
        return super().sort_value(column)

    def row_brush(self, row: LetterRunEntry, column: int) -> Any:
        if row.decision is None:
            return QBrush(QColor(MUTED))
        if column == 2 and row.decision.level >= 3:
            return QBrush(QColor(DANGER))
        return None


class LimitationTableModel(ListTableModel[LimitationWarning]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column[LimitationWarning]] = [
            Column(self.tr("Customer"), lambda w: w.customer_code, "customer", width=80,
                   icon=lambda w: icon("limitation")),
            Column(self.tr("Invoice"), lambda w: w.invoice_number, None, width=110),
            Column(self.tr("Open"), lambda w: fmt.money(w.open_amount, w.currency), None, RIGHT, width=120),
            Column(self.tr("Time-barred on"), lambda w: fmt.day(w.limitation_date), None, RIGHT, width=110,
                   tooltip=lambda w: fmt.message_text(w.basis)),
            Column(self.tr("Days left"), self._left, None, RIGHT, width=80, stretch=True),
        ]

    def _left(self, w: LimitationWarning) -> str:
        return self.tr("time-barred") if w.time_barred else fmt.count(w.days_left)

    def columns(self) -> Sequence[Column[LimitationWarning]]:
        return self._columns

    def row_brush(self, row: LimitationWarning, column: int) -> Any:
        if column == 4:
            return QBrush(QColor(DANGER if row.time_barred or row.days_left < 60 else WARNING))
        return None


class InterestTableModel(QAbstractTableModel):
    """Interest and compensation per invoice, then one total row per currency (totals come from the service)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: InterestReport | None = None
        self._rows: list[InterestRow | InterestTotal] = []
        self._heads = [self.tr("Customer"), self.tr("Invoice"), self.tr("Due"), self.tr("Days"), self.tr("Open"),
                       self.tr("Rate"), self.tr("Interest"), self.tr("Compensation"), self.tr("Cur."), self.tr("Rule")]

    def set_report(self, report: InterestReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = [*report.rows, *report.totals] if report else []
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._heads)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._heads):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._heads[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section in (2, 3, 4, 5, 6, 7) else LEFT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 10:
            return None
        row, col = self._rows[index.row()], index.column()
        total = isinstance(row, InterestTotal)
        if role == Qt.ItemDataRole.DisplayRole:
            if total:
                return {0: self.tr("Total"), 6: fmt.amount(row.interest, row.currency),
                        7: fmt.amount(row.compensation, row.currency), 8: row.currency}.get(col, "")
            assert isinstance(row, InterestRow)
            charged = row.rule != "none"  # no rule applies (e.g. China without a contract rate): nothing to show
            return [row.customer_code, row.invoice_number, fmt.day(row.due_date),
                    fmt.count(row.days) if charged else "—", fmt.amount(row.open_amount, row.currency),
                    (" → ".join(fmt.rate(r) + ("*" if assumed else "") for r, assumed in row.rate_steps) or "—")
                    if charged else "—",
                    fmt.amount(row.interest, row.currency) if charged else "—",
                    fmt.amount(row.compensation, row.compensation_currency) if row.compensation else "—",
                    row.currency, rule_title(row.rule)][col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if col in (2, 3, 4, 5, 6, 7) else CENTER if col in (8, 9) else LEFT)
        if role == Qt.ItemDataRole.ToolTipRole and not total:
            assert isinstance(row, InterestRow)
            tip = f"{row.customer_name}\n\n{fmt.message_text(row.basis)}"
            return tip + (f"\n\n{fmt.message_text(row.warning)}" if row.warning else "")
        if role == Qt.ItemDataRole.FontRole and total:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return QBrush(QColor("#eef2f7"))
        if role == Qt.ItemDataRole.ForegroundRole and not total:
            assert isinstance(row, InterestRow)
            if not (row.interest or row.compensation):
                return QBrush(QColor("#9ca3af"))
            if row.warning:
                return QBrush(QColor(WARNING))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


KPI_ROWS: tuple[tuple[str, str], ...] = (
    ("dso", "days"), ("best_possible_dso", "days"), ("add", "days"), ("cei", "percent"),
    ("recovery_rate", "percent"), ("average_collection_days", "days"), ("bad_debt_ratio", "percent"),
    ("promise_kept_rate", "percent"),
)


def kpi_title(key: str) -> str:
    titles = {
        "dso": QT_TRANSLATE_NOOP("Collections", "DSO"),
        "best_possible_dso": QT_TRANSLATE_NOOP("Collections", "Best possible DSO"),
        "add": QT_TRANSLATE_NOOP("Collections", "Average days delinquent"),
        "cei": QT_TRANSLATE_NOOP("Collections", "CEI"),
        "recovery_rate": QT_TRANSLATE_NOOP("Collections", "Recovery rate"),
        "average_collection_days": QT_TRANSLATE_NOOP("Collections", "Average collection days"),
        "bad_debt_ratio": QT_TRANSLATE_NOOP("Collections", "Bad-debt ratio"),
            "promise_kept_rate": QT_TRANSLATE_NOOP("Collections", "Promise-kept rate")}
    return _t(str(titles[key])) if key in titles else key


def kpi_text(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "percent":
        return fmt.percent_points(value)
    return QCoreApplication.translate("Collections", "%1 days").replace("%1", fmt.decimal(value, 1))


class KpiTableModel(QAbstractTableModel):
    """One row per KPI, one column per currency; the definitions are the tooltips."""

    def __init__(self, definitions: Mapping[str, Message], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.definitions = {key: fmt.message_text(text) for key, text in definitions.items()}
        self.figures: list[CurrencyKpis] = []

    def set_figures(self, figures: Sequence[CurrencyKpis]) -> None:
        self.beginResetModel()
        self.figures = list(figures)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(KPI_ROWS)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 1 + len(self.figures)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Measure") if section == 0 else self.figures[section - 1].currency
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if section == 0 else RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(KPI_ROWS) or not 0 <= index.column() < self.columnCount():
            return None
        key, unit = KPI_ROWS[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return kpi_title(key)
            figure = self.figures[col - 1]
            text = kpi_text(getattr(figure, key), unit)
            if key == "promise_kept_rate" and figure.promises_evaluated:
                text += f" ({figure.promises_evaluated})"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if col == 0 else RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.definitions.get(key, "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ScheduleTableModel(QAbstractTableModel):
    """An editable instalment schedule: (date, amount text) rows. Parsing happens in the dialog's check()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []  # [date, amount text]

    def set_rows(self, rows: Sequence[tuple[date, str]]) -> None:
        self.beginResetModel()
        self.rows = [[d, a] for d, a in rows]
        self.endResetModel()

    def add_row(self, day: date, amount: str = "") -> None:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append([day, amount])
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("Due date"), self.tr("Amount"))[section] if 0 <= section < 2 else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < 2:
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value.isoformat() if index.column() == 0 else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        if index.column() == 0:
            if hasattr(value, "toPython"):
                value = value.toPython()
            if not isinstance(value, date):
                return False
        else:
            value = str(value)
        self.rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
