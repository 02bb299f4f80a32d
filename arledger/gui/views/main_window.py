"""The main window: side bar of pages, menus with a shortcut for every main action, status bar.

Pages are separate modules (views/*.py) registered in _build_pages; a new screen (work queue, letters)
is one more LedgerPage added there. Every write is an operation (gui/operations.py) run off the GUI thread
that returns a change set; the window hands it to every page, and each re-reads only what it shows of it
(the visible page at once, the others when next shown).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from arledger import __version__
from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.gui.controller import WindowController
from arledger.gui.dialogs.base import ValidatedDialog
from arledger.gui.dialogs.collections import (
    DisputeDialog,
    LogContactDialog,
    PlanDialog,
    PromiseDialog,
    StatementDialog,
)
from arledger.gui.dialogs.credit_note import CreditNoteDialog
from arledger.gui.dialogs.customer import CustomerDialog
from arledger.gui.dialogs.invoice import InvoiceDialog
from arledger.gui.dialogs.invoice_view import InvoiceViewDialog
from arledger.gui.dialogs.payment import PaymentDialog
from arledger.gui.dialogs.promise_confirmation import PromiseConfirmationDialog
from arledger.gui.dialogs.refund import RefundDialog
from arledger.gui.dialogs.reversal import ReversalDialog
from arledger.gui.dialogs.settings import SettingsDialog
from arledger.gui.dialogs.waiver import WaiveInterestDialog
from arledger.gui.dialogs.write_off import WriteOffDialog
from arledger.gui.icons import icon, standard
from arledger.gui.operations import Cancelled, LedgerOp, Progress, announcer, start_read
from arledger.gui.risk_refresh import RiskRefresher
from arledger.gui.style import STYLE_SHEET
from arledger.gui.views.customer_view import CustomerViewPage
from arledger.gui.views.customers import CustomersPage
from arledger.gui.views.dashboard import DashboardPage
from arledger.gui.views.invoices import InvoicesPage
from arledger.gui.views.letters import LettersPage
from arledger.gui.views.page import LedgerPage
from arledger.gui.views.reports import ReportsPage
from arledger.gui.views.today import TodayPage
from arledger.services import backup, dispatch, queue
from arledger.services.changes import Changes
from arledger.services.invoice_list import InvoiceFilter, InvoiceStatus
from arledger.services.ledger import Ledger

if TYPE_CHECKING:  # imported where used, for the start-up costs measured there
    from arledger.gui.dialogs.letter_preview import PdfViewerDialog
    from arledger.services.exports import ExportResult
    from arledger.services.letter_batch import BatchResult

LEDGER_FILTER = "arledger ledgers (*.sqlite *.arledger);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, controller: WindowController, ledger: Ledger) -> None:
        super().__init__()
        self.controller = controller
        self.ledger = ledger
        self.promise_offer: QWidget | None = None  # the written-confirmation offer after a promise
        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE_SHEET)
        self.setMinimumSize(QSize(960, 600))
        self.actions_by_name: dict[str, QAction] = {}
        self.job: LedgerOp | None = None  # the running operation started here (batch letters, export), if any
        self.letter_dialog: PdfViewerDialog | None = None
        self.invoice_dialog: InvoiceViewDialog | None = None
        self._build_actions()
        self._build_pages()
        self._build_menus()
        self._build_status_bar()
        self._restore_layout()
        self._update_title()
        self.risk = RiskRefresher(self, ledger)
        self.risk.refreshed.connect(self._risk_refreshed)
        self.risk.run_now()
        announcer().changed.connect(self.apply_changes)

    # -- construction -----------------------------------------------------------------------------------
    def _action(self, name: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[..., object], *, icon_: QIcon | None = None, tip: str = "") -> QAction:
        a = QAction(text, self)
        a.setObjectName(name)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon_ is not None:
            a.setIcon(icon_)
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(slot)
        self.addAction(a)
        self.actions_by_name[name] = a
        return a

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        A = self._action
        A("new_ledger", self.tr("&New Ledger…"), "Ctrl+Shift+L", self.new_ledger, icon_=standard(sp.SP_FileIcon),
          tip=self.tr("Create a new, empty ledger file"))
        A("open_ledger", self.tr("&Open Ledger…"), QKeySequence.StandardKey.Open, self.open_ledger,
          icon_=standard(sp.SP_DialogOpenButton), tip=self.tr("Open another ledger file"))
        A("import", self.tr("&Import…"), "Ctrl+I", self.import_file, icon_=standard(sp.SP_ArrowDown),
          tip=self.tr("Import customers, invoices or payments from CSV or Excel"))
        A("back_up", self.tr("&Back Up…"), "Ctrl+Shift+B", self.back_up, icon_=standard(sp.SP_DriveHDIcon),
          tip=self.tr("Save a copy of this ledger"))
        A("quit", self.tr("&Quit"), "Ctrl+Q", self.close)
        A("new_customer", self.tr("New &Customer…"), "Ctrl+Shift+N", self.new_customer,
          icon_=standard(sp.SP_FileDialogNewFolder))
        A("edit_customer", self.tr("&Edit Customer…"), "Ctrl+E", self.edit_customer)
        A("new_invoice", self.tr("New &Invoice…"), QKeySequence.StandardKey.New, self.new_invoice,
          icon_=icon("invoices"))
        self.actions_by_name["new_invoice"].setIconText(self.tr("New invoice"))
        A("record_payment", self.tr("Record &Payment…"), "Ctrl+Shift+P", self.record_payment,
          icon_=standard(sp.SP_DialogApplyButton))
        self.actions_by_name["record_payment"].setIconText(self.tr("Record payment"))
        A("write_off", self.tr("&Write Off…"), "Ctrl+Shift+W", self.write_off, icon_=standard(sp.SP_TrashIcon))
        self.actions_by_name["write_off"].setIconText(self.tr("Write off"))
        A("find", self.tr("&Find…"), QKeySequence.StandardKey.Find, self.find_records)
        A("settings", self.tr("&Settings…"), "Ctrl+,", self.open_settings)
        A("refresh", self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh_all)
        A("about", self.tr("&About arledger"), QKeySequence.StandardKey.HelpContents, self.about)
        A("about_qt", self.tr("About &Qt"), None, QApplication.aboutQt)
        # collections
        A("open_customer", self.tr("&Open Customer"), "Ctrl+Shift+C", self.open_selected_customer,
          icon_=icon("customers"), tip=self.tr("Show the selected customer's account, timeline and letters"))
        A("open_invoice", self.tr("Open &Invoice"), "Ctrl+Shift+O", self.open_selected_invoice,
          icon_=icon("invoices"), tip=self.tr("Show the selected invoice: payments, disputes, promises, letters, "
                                              "interest and documents"))
        A("back", self.tr("&Back"), QKeySequence.StandardKey.Back, self.go_back, icon_=icon("back"))
        A("log_contact", self.tr("&Log Contact…"), "Ctrl+L", self.log_contact, icon_=icon("phone"),
          tip=self.tr("Log a call, email, letter or visit; the contact rules are checked first"))
        A("record_promise", self.tr("Record P&romise…"), "Ctrl+Shift+R", self.record_promise, icon_=icon("promise"),
          tip=self.tr("Record a promise to pay an amount by a date"))
        A("record_plan", self.tr("Instalment P&lan…"), "Ctrl+Shift+I", self.record_plan, icon_=icon("plan"),
          tip=self.tr("Agree a schedule of dated instalments"))
        A("open_dispute", self.tr("Open &Dispute…"), "Ctrl+Shift+D", self.open_dispute, icon_=icon("dispute"),
          tip=self.tr("Take an invoice out of escalation while a dispute is open"))
        A("resolve_dispute", self.tr("Resol&ve Dispute…"), "Ctrl+Alt+D", self.resolve_dispute, icon_=icon("dispute"))
        A("waive_interest", self.tr("Waive &Interest…"), "Ctrl+Alt+I", self.waive_interest,
          tip=self.tr("Waive interest or compensation on an invoice, whole or part, with a reason"))
        A("complete_task", self.tr("&Mark Task Done"), "Ctrl+D", self.complete_task, icon_=icon("task"),
          tip=self.tr("Mark the selected follow-up task done"))
        A("preview_letter", self.tr("Letter for &Customer…"), "Ctrl+Shift+T", self.preview_letter,
          icon_=icon("letter"), tip=self.tr("Preview the letter due for the selected customer; print, save or send"))
        A("generate_letters", self.tr("&Generate All Due Letters…"), "Ctrl+Shift+G", self.generate_letters,
          icon_=icon("letters"), tip=self.tr("Send every letter due today, off the main window, with progress"))
        A("statement", self.tr("&Statement of Account…"), "Ctrl+Shift+A", self.statement, icon_=icon("statement"))
        A("credit_note", self.tr("&Credit Note…"), "Ctrl+Shift+K", self.credit_note, icon_=icon("payment"),
          tip=self.tr("Credit an invoice, or the account, for returns or price corrections"))
        A("refund", self.tr("Refun&d Credit…"), "Ctrl+Alt+R", self.refund, icon_=icon("payment"),
          tip=self.tr("Pay back a customer's unapplied credit"))
        A("reverse_entry", self.tr("Re&verse or Void…"), "Ctrl+Shift+V", self.reverse_entry, icon_=icon("override"),
          tip=self.tr("Reverse a payment, credit note, write-off or refund, or void an invoice; nothing is deleted"))
        A("export_excel", self.tr("&Export Excel…"), "Ctrl+Shift+X", self.export_excel, icon_=icon("excel"),
          tip=self.tr("Write the accountant's workbook (aging, open items, invoices, payments, customers)"))

    def _build_pages(self) -> None:
        acts = self.actions_by_name
        self.dashboard = DashboardPage(self.ledger)
        self.today = TodayPage(self.ledger, acts)
        self.customers = CustomersPage(self.ledger, acts)
        self.invoices = InvoicesPage(self.ledger, acts)
        self.letters = LettersPage(self.ledger, acts)
        self.reports = ReportsPage(self.ledger, acts)
        self.pages: list[LedgerPage] = [self.dashboard, self.today, self.customers, self.invoices, self.letters,
                                        self.reports]
        self.customer_view = CustomerViewPage(self.ledger, acts)
        self._came_from = 0
        self.dashboard.show_invoices_requested.connect(self.show_invoices)
        self.dashboard.open_customer_requested.connect(self.open_customer)
        self.dashboard.kpi_requested.connect(self.show_kpi)
        self.dashboard.start_requested.connect(self._start_from_empty)
        self.customers.show_invoices_requested.connect(
            lambda code: self.show_invoices(InvoiceFilter(customer_code=code)))
        self.today.open_customer_requested.connect(self.open_customer)
        self.letters.open_customer_requested.connect(self.open_customer)
        self.letters.message.connect(self.show_message)  # its writes announce their changes
        self.customer_view.back_requested.connect(self.go_back)
        self.customer_view.open_letter_requested.connect(self.open_archived_letter)
        for opener in (self.invoices, self.customer_view, self.reports):
            opener.open_invoice_requested.connect(self.open_invoice)
        self.customer_view.ledger_changed.connect(self.show_message)  # its writes announce their changes

        self.side_bar = QListWidget()
        self.side_bar.setObjectName("sideBar")
        self.side_bar.setIconSize(QSize(20, 20))
        self.side_bar.setFixedWidth(188)
        self.side_bar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        for n, page in enumerate(self.pages, start=1):
            item = QListWidgetItem(page.icon(), page.title())
            keys = QKeySequence(f"Ctrl+{n}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{page.title()} ({keys})")
            self.side_bar.addItem(item)
            self.stack.addWidget(page)
            self._action(f"page_{n}", page.title(), f"Ctrl+{n}", lambda _c=False, i=n - 1: self.show_page(i),
                         icon_=page.icon())
        self.stack.addWidget(self.customer_view)
        self.side_bar.currentRowChanged.connect(self._on_page_changed)

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.side_bar)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        acts = self.actions_by_name
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        file_menu.addActions([acts["new_ledger"], acts["open_ledger"]])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([acts["import"], acts["export_excel"], acts["back_up"]])
        file_menu.addSeparator()
        file_menu.addAction(acts["quit"])
        edit = mb.addMenu(self.tr("&Edit"))
        edit.addActions([acts["new_customer"], acts["edit_customer"]])
        edit.addSeparator()
        edit.addActions([acts["new_invoice"], acts["record_payment"], acts["credit_note"], acts["write_off"],
                         acts["refund"], acts["reverse_entry"]])
        edit.addSeparator()
        edit.addActions([acts["find"], acts["settings"]])
        collect = mb.addMenu(self.tr("&Collections"))
        collect.addActions([acts["log_contact"], acts["record_promise"], acts["record_plan"]])
        collect.addSeparator()
        collect.addActions([acts["open_dispute"], acts["resolve_dispute"], acts["waive_interest"]])
        collect.addSeparator()
        collect.addActions([acts["preview_letter"], acts["generate_letters"], acts["statement"]])
        collect.addSeparator()
        collect.addAction(acts["complete_task"])
        view = mb.addMenu(self.tr("&View"))
        view.addActions([acts[f"page_{n}"] for n in range(1, len(self.pages) + 1)])
        view.addSeparator()
        view.addActions([acts["open_customer"], acts["open_invoice"], acts["back"]])
        view.addSeparator()
        view.addAction(acts["refresh"])
        help_menu = mb.addMenu(self.tr("&Help"))
        help_menu.addActions([acts["about"], acts["about_qt"]])

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.ledger_label = QLabel()
        self.ledger_label.setObjectName("ledgerLabel")
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("asOfLabel")
        for label in (self.ledger_label, self.as_of_label):
            label.setContentsMargins(8, 0, 12, 0)
            sb.addPermanentWidget(label)
        self._update_status()

    def _update_status(self) -> None:
        path = str(self.ledger.path)
        shown = self.fontMetrics().elidedText(path, Qt.TextElideMode.ElideMiddle, 520)
        self.ledger_label.setText(self.tr("Ledger: %1").replace("%1", shown))
        self.ledger_label.setToolTip(path)
        self.as_of_label.setText(self.tr("As of %1").replace("%1", fmt.day(self._today())))

    @staticmethod
    def _today() -> date:
        return date.today()

    def _update_title(self) -> None:
        demo = self.controller.demo_dir is not None
        name = self.tr("Sample ledger") if demo else self.ledger.path.name
        self.setWindowTitle(f"{name} — arledger")

    # -- layout memory -------------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        prefs = self.controller.prefs
        geometry = prefs.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = prefs.window_state()
        if state is not None:
            self.restoreState(state)
        self.show_page(min(max(prefs.page, 0), len(self.pages) - 1))

    def save_layout(self) -> None:
        self.controller.prefs.save_window(self.saveGeometry(), self.saveState())
        self.controller.prefs.page = self.current_page_index()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)

    def release(self) -> None:
        """Stop listening before the window is replaced (language switch)."""
        announcer().changed.disconnect(self.apply_changes)
        for page in self.all_pages():
            page.setEnabled(False)

    def all_pages(self) -> list[LedgerPage]:
        return [*self.pages, self.customer_view]

    # -- pages ---------------------------------------------------------------------------------------------------
    def current_page_index(self) -> int:
        """The side-bar page shown (the page the customer view was opened from while it is shown)."""
        if self.stack.currentWidget() is self.customer_view:
            return self._came_from
        return self.stack.currentIndex()

    def current_page(self) -> LedgerPage:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, LedgerPage) else self.pages[0]

    def show_page(self, index: int) -> None:
        if self.side_bar.currentRow() != index:
            self.side_bar.setCurrentRow(index)
        else:
            self._on_page_changed(index)

    def open_customer(self, code: str) -> None:
        """Show one customer's view; Back returns to the page it was opened from."""
        if not code:
            return
        if self.stack.currentWidget() is not self.customer_view:
            self._came_from = self.stack.currentIndex()
        self.customer_view.show_customer(code)
        self.stack.setCurrentWidget(self.customer_view)
        self.side_bar.blockSignals(True)
        self.side_bar.clearSelection()
        self.side_bar.setCurrentRow(-1)
        self.side_bar.blockSignals(False)
        self.customer_view.tabs.setFocus()

    def _start_from_empty(self, how: str) -> None:
        if how == "import":
            self.import_file()
        elif how == "new_customer":
            self.new_customer()
        elif how == "sample":
            self.controller.open_demo()

    def open_invoice(self, number: str) -> None:
        """Show one invoice's story in a dialog; its buttons run the usual dialogs for that invoice."""
        if not number:
            return
        dialog = InvoiceViewDialog(self.ledger, number, self)
        self.invoice_dialog = dialog
        dialog.action_requested.connect(lambda name: self._invoice_action(dialog, name))
        dialog.open_letter_requested.connect(self.open_archived_letter)
        dialog.exec()
        self.invoice_dialog = None

    def _invoice_action(self, view: InvoiceViewDialog, name: str) -> None:
        number, code = view.number, view.customer_code()
        if name == "open_customer":
            view.accept()
            self.open_customer(code)
            return
        dialogs: dict[str, Callable[[], ValidatedDialog]] = {
            "record_payment": lambda: PaymentDialog(self.ledger, code, number, view),
            "write_off": lambda: WriteOffDialog(self.ledger, number, view),
            "open_dispute": lambda: DisputeDialog(self.ledger, number, view),
            "resolve_dispute": lambda: DisputeDialog(self.ledger, number, view, resolve=True),
            "record_promise": lambda: PromiseDialog(self.ledger, code, view, invoices=(number,)),
            "log_contact": lambda: LogContactDialog(self.ledger, code, view, invoices=(number,)),
        }
        if name not in dialogs:
            return
        dialog = dialogs[name]()
        if dialog.exec():
            self.show_message(dialog.summary())
            view.reload()

    def open_selected_invoice(self) -> None:
        number = self.current_page().selected_invoice_number()
        if not number:
            self.statusBar().showMessage(self.tr("Select an invoice first."), 6000)
            return
        self.open_invoice(number)

    def open_selected_customer(self) -> None:
        code = self.current_page().selected_customer_code()
        if not code:
            self.statusBar().showMessage(self.tr("Select a customer first."), 6000)
            return
        self.open_customer(code)

    def go_back(self) -> None:
        if self.stack.currentWidget() is self.customer_view:
            self.show_page(self._came_from)

    def _on_page_changed(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        self.stack.setCurrentIndex(index)
        self.pages[index].refresh_if_stale()

    def show_invoices(self, flt: InvoiceFilter) -> None:
        self.show_page(self.pages.index(self.invoices))
        self.invoices.show_filter(flt)

    def show_kpi(self, key: str, currency: str) -> None:
        """The list behind a dashboard measure: receivables for DSO, overdue items for CEI, the KPI report else."""
        if key == "dso":
            self.show_invoices(InvoiceFilter(currency=currency))
        elif key == "cei":
            self.show_invoices(InvoiceFilter(status=InvoiceStatus.OVERDUE, currency=currency))
        else:
            self.show_page(self.pages.index(self.reports))
            self.reports.show_tab(2)

    def set_ledger(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.risk.set_ledger(ledger)
        for page in self.all_pages():
            page.set_ledger(ledger)
        if self.stack.currentWidget() is self.customer_view:
            self.show_page(self._came_from)
        self._update_status()
        self._update_title()
        self.current_page().refresh()

    def ledger_changed(self, message: str = "") -> None:
        """After a write too broad to list (an import, a batch, another program): every page reads again."""
        self.apply_changes(Changes.everything(), message)

    def apply_changes(self, changes: Changes, message: str = "") -> None:
        """A write finished: each page re-reads what it shows of the change (the visible one now, the others
        when next shown); risk tiers follow shortly."""
        self.controller.ledger_written()  # our own write: not news from another program
        visible = self.stack.currentWidget()
        for page in self.all_pages():
            page.apply_changes(changes, page is visible)
        self.show_message(message)
        if changes.money or changes.events:
            self.risk.schedule()

    def show_message(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 8000)

    def _risk_refreshed(self, _counts: object) -> None:
        """Tiers, reasons and warnings were stored off the GUI thread: pages showing them re-read."""
        self.controller.ledger_written()  # the app's own write, on a worker's connection
        for page in (self.dashboard, self.today, self.customers, self.customer_view):
            page.stale = True
        if self.stack.currentWidget() in (self.dashboard, self.today, self.customers, self.customer_view):
            self.current_page().refresh()

    def refresh_all(self) -> None:
        self._update_status()
        self.ledger_changed()

    # -- file actions ---------------------------------------------------------------------------------------------
    def new_ledger(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Ledger"), str(Path.home() / "ledger.sqlite"),
                                              LEDGER_FILTER, options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.controller.create_ledger(Path(path), sample=False)

    def open_ledger(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Ledger"), str(self.ledger.path.parent),
                                              LEDGER_FILTER)
        if path:
            self.controller.open_path(Path(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.controller.prefs.recent_ledgers if p != self.ledger.path]
        for n, path in enumerate(recent, start=1):
            a = self.recent_menu.addAction(f"&{n} " + fmt.literal(f"{path.name}  —  {path.parent}"))
            a.triggered.connect(lambda _c=False, p=path: self.controller.open_path(p))
        if not recent:
            none = self.recent_menu.addAction(self.tr("No other ledgers yet"))
            none.setEnabled(False)

    def import_file(self) -> None:
        # lazy: the import machinery (file formats, bank statements, difflib) costs 60-190 ms of start-up
        from arledger.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.ledger, self)
        if wizard.exec() and wizard.result_summary:
            self.ledger_changed(wizard.result_summary)

    def back_up(self) -> None:
        """One archive: the ledger, its letters and attachments, and their SHA-256 sums (arledger backup)."""
        suggested = self.ledger.path.with_name(f"{self.ledger.path.stem}-backup-{datetime.now():%Y%m%d-%H%M}.zip")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back Up Ledger"), str(suggested),
                                              self.tr("arledger backups (*.zip)"))
        if not path:
            return
        target = Path(path)

        def done(result: backup.BackupResult) -> None:
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(result.path)), 8000)

        # the copy, the sums and the zip take seconds on a large ledger: off the GUI thread, one step, no Cancel
        self.job = LedgerOp(self, self.ledger.path,
                            lambda led, _progress, _cancelled: backup.back_up(led, target, overwrite=True),
                            on_done=done, on_error=self.controller.show_error, title=self.tr("Back Up Ledger"),
                            progress=self.tr("Backing up to %1…").replace("%1", target.name), busy=True,
                            cancellable=False, read_only=True)  # the dialog asked about overwriting already

    # -- edit actions ---------------------------------------------------------------------------------------------
    def _run_dialog(self, dialog: ValidatedDialog) -> None:
        """The dialog's write announces its changes itself; here the status bar says what was saved."""
        if dialog.exec():
            self.show_message(dialog.summary())

    def new_customer(self) -> None:
        self._run_dialog(CustomerDialog(self.ledger, None, self))

    def edit_customer(self) -> None:
        code = self.current_page().selected_customer_code()
        if not code:
            self.statusBar().showMessage(self.tr("Select a customer first (Customers, Ctrl+2)."), 6000)
            return
        try:
            customer = self.ledger.customer(code)
        except UserError as exc:
            self.controller.show_error(fmt.error_text(exc))
            return
        self._run_dialog(CustomerDialog(self.ledger, customer, self))

    def new_invoice(self) -> None:
        self._run_dialog(InvoiceDialog(self.ledger, self.current_page().selected_customer_code(), self))

    def record_payment(self) -> None:
        page = self.current_page()
        self._run_dialog(PaymentDialog(self.ledger, page.selected_customer_code(), page.selected_invoice_number(),
                                       self))

    def write_off(self) -> None:
        self._run_dialog(WriteOffDialog(self.ledger, self.current_page().selected_invoice_number(), self))

    def credit_note(self) -> None:
        page = self.current_page()
        self._run_dialog(CreditNoteDialog(self.ledger, page.selected_customer_code(), page.selected_invoice_number(),
                                          self))

    def refund(self) -> None:
        self._run_dialog(RefundDialog(self.ledger, self.current_page().selected_customer_code(), self))

    def reverse_entry(self) -> None:
        number = self.current_page().selected_invoice_number()
        self._run_dialog(ReversalDialog(self.ledger, "invoice" if number else "payment", number or "", self))

    def find_records(self) -> None:
        """Focus the current page's search, or the invoice search on pages without one."""
        if not self.current_page().focus_search():
            self.show_page(self.pages.index(self.invoices))
            self.invoices.focus_search()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ledger, self.controller.prefs.language, self,
                                region=self.controller.prefs.format_region)
        if dialog.exec():
            changed_buckets = dialog.save_ledger_settings()
            prefs = self.controller.prefs
            if (dialog.language(), dialog.region()) != (prefs.language, prefs.format_region):
                self.controller.set_language(dialog.language(), dialog.region())  # rebuilds this window
                return
            if changed_buckets:
                self.show_message(self.tr("Settings saved."))

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About arledger"),
            self.tr("<h3>arledger %1</h3><p>Accounts receivable and collections for small businesses.</p>"
                    "<p>Ledger file:<br><code>%2</code></p><p>Qt for Python %3</p>")
            .replace("%1", __version__).replace("%2", html.escape(str(self.ledger.path))).replace("%3", pyside_version))

    # -- collections actions ------------------------------------------------------------------------------------
    def _selected_invoices(self) -> tuple[str, ...]:
        page = self.current_page()
        if page is self.today:
            t = self.today.current_task()
            return tuple(t.invoices) if t else ()
        number = page.selected_invoice_number()
        return (number,) if number else ()

    def log_contact(self) -> None:
        dialog = LogContactDialog(self.ledger, self.current_page().selected_customer_code(), self,
                                  invoices=self._selected_invoices())
        if not dialog.exec():
            return
        self.show_message(dialog.summary())
        if dialog.promised and dialog.saved is not None:
            # A promise is its own record (and its own transaction): confirm amount and date right away.
            event = dialog.saved
            values = dialog._values or {}
            self._run_promise_dialog(PromiseDialog(self.ledger, values.get("code", ""), self,
                                                   made_by=event.person, channel=event.channel.value,
                                                   invoices=tuple(values.get("invoices", ()))))

    def record_promise(self) -> None:
        self._run_promise_dialog(PromiseDialog(self.ledger, self.current_page().selected_customer_code(), self,
                                               invoices=self._selected_invoices()))

    def _run_promise_dialog(self, dialog: Any) -> None:
        """Record the promise, then offer its written confirmation (a window of its own, not in the way)."""
        if not dialog.exec():
            return
        self.show_message(dialog.summary())
        if dialog.saved is not None:
            self.promise_offer = PromiseConfirmationDialog(self.ledger, dialog.saved, self.show_message, self)
            self.promise_offer.show()

    def record_plan(self) -> None:
        self._run_dialog(PlanDialog(self.ledger, self.current_page().selected_customer_code(), self))

    def open_dispute(self) -> None:
        invoices = self._selected_invoices()
        self._run_dialog(DisputeDialog(self.ledger, invoices[0] if invoices else "", self))

    def resolve_dispute(self) -> None:
        invoices = self._selected_invoices()
        self._run_dialog(DisputeDialog(self.ledger, invoices[0] if invoices else "", self, resolve=True))

    def waive_interest(self) -> None:
        invoices = self._selected_invoices()
        self._run_dialog(WaiveInterestDialog(self.ledger, invoices[0] if invoices else "", self))

    def complete_task(self) -> None:
        task = self.today.current_task() if self.current_page() is self.today else None
        if task is None or "task_id" not in task.detail:
            self.statusBar().showMessage(self.tr("Select a follow-up task on the Today page (Ctrl+2) first."), 6000)
            return
        task_id, code, done = int(task.detail["task_id"]), task.customer_code, self.tr("Marked done: %1").replace(
            "%1", fmt.message_text(task.title))

        def run(ledger: Ledger) -> Changes:
            queue.complete_task(ledger, task_id, date.today())
            return Changes.of([code], events=True)
        self.job = LedgerOp(self, self.ledger.path, run, on_done=lambda _c: self.show_message(done),
                            on_error=self.controller.show_error)

    def preview_letter(self) -> None:
        # lazy: the letter renderer (reportlab layouts) costs ~280 ms of start-up (-X importtime)
        from arledger.gui.dialogs.letter_preview import LetterPreviewDialog

        code = self.current_page().selected_customer_code()
        if not code:
            self.statusBar().showMessage(self.tr("Select a customer first."), 6000)
            return
        dialog = LetterPreviewDialog(self.ledger, code, date.today(), self)
        self.letter_dialog = dialog
        dialog.exec()
        if dialog.sent is not None:
            s = dialog.sent
            self.apply_changes(Changes.of([s.customer_code], s.invoice_numbers, events=True, letters=True),
                               self.tr("Sent letter %1 to %2; archived and logged.").replace("%1", s.reference)
                               .replace("%2", s.customer_code))

    def open_archived_letter(self, path: Path) -> None:
        # lazy: the letter renderer (reportlab layouts) costs ~280 ms of start-up (-X importtime)
        from arledger.gui.dialogs.letter_preview import PdfViewerDialog

        dialog = PdfViewerDialog(self.tr("Letter %1").replace("%1", Path(path).name), self)
        dialog.show_file(Path(path))
        dialog.info.setText(self.tr("Archived copy: %1").replace("%1", str(path)))
        self.letter_dialog = dialog
        dialog.exec()

    def statement(self) -> None:
        # lazy: the letter renderer (reportlab layouts) costs ~280 ms of start-up (-X importtime)
        from arledger.gui.dialogs.letter_preview import StatementPreviewDialog

        dialog = StatementDialog(self.ledger, self.current_page().selected_customer_code(), self)
        if dialog.exec() and dialog.values:
            code, start, end = dialog.values
            viewer = StatementPreviewDialog(self.ledger, code, start, end, self)
            self.letter_dialog = viewer
            viewer.exec()

    def generate_letters(self) -> None:
        """Show what the batch will send (read off the GUI thread), then send it with progress and Cancel."""
        self.job = None
        on = date.today()

        def summarise(ledger: Ledger) -> tuple[dispatch.BatchSummary, dispatch.BatchSummary | None]:
            by_post = dispatch.batch_summary(ledger, on)
            try:
                dispatch.email_settings(ledger)
            except UserError:
                return by_post, None
            return by_post, dispatch.batch_summary(ledger, on, email=True)

        def confirmed(both: tuple[dispatch.BatchSummary, dispatch.BatchSummary | None]) -> None:
            summary, self.letters.email_summary = both
            self.letters.batch_by_email = False
            if not summary.letters:
                self.letters.show_batch_result(self.tr("No letters are due today."), None)
                return
            if self.letters.confirm_batch(summary):
                self._send_batch(on, by_email=self.letters.batch_by_email)

        self._summary_task = start_read(self.ledger.path, summarise, confirmed, self._job_failed, owner=self)

    def _send_batch(self, on: date, *, by_email: bool = False) -> None:
        # lazy: the letter renderer (reportlab layouts) costs ~280 ms of start-up (-X importtime)
        from arledger.services import letter_batch

        stale = letter_batch.stale_rate_warnings(self.ledger, on)
        if stale and not self.letters.confirm_stale_rates(stale):
            return
        out_dir = self.letters.choose_batch_folder()
        if out_dir is None:
            return

        def run(ledger: Ledger, progress: Progress, cancelled: Cancelled) -> BatchResult:
            mailer = dispatch.mailer(ledger) if by_email else None
            return letter_batch.batch(ledger, on, out_dir, progress=progress, cancel=cancelled,
                                 accept_stale_rates=bool(stale), mailer=mailer)

        self.job = LedgerOp(self, self.ledger.path, run, on_done=self._batch_done, on_error=self._job_failed,
                            title=self.tr("Letters"), progress=self.tr("Sending today's letters…"))

    def _batch_done(self, result: BatchResult) -> None:
        n = len(result.letters)
        if result.cancelled:
            text = self.tr("Stopped on request: %n letter(s) were sent, each archived and logged. Run the batch "
                           "again with the same folder to send the rest.", "", n)
        else:
            text = self.tr("Sent %n letter(s); one PDF each and a combined file for printing are in %1.", "", n) \
                .replace("%1", str(result.out_dir))
        emailed = len(result.emailed)
        if emailed:
            text += " " + self.tr("%n of them by email, accepted by the mail server.", "", emailed)
        for code, why in result.failed:
            text += " " + self.tr("Not sent to %1 (nothing recorded): %2").replace("%1", code).replace("%2", why)
        self.letters.show_batch_result(text, result.combined)
        self.ledger_changed(text)

    def _job_failed(self, message: str) -> None:
        self.controller.show_error(message)
        self.ledger_changed()

    def choose_export_path(self) -> Path | None:
        suggested = self.ledger.path.with_name(f"{self.ledger.path.stem}-receivables-{date.today():%Y-%m-%d}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), str(suggested),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return Path(path) if path else None

    def export_excel(self) -> None:
        # lazy: openpyxl and the workbook writer cost ~550 ms of start-up (-X importtime)
        from arledger.services.export_collections import default_extras
        from arledger.services.exports import export_workbook

        path = self.choose_export_path()
        if path is None:
            return
        as_of, scheme = self.reports.export_settings()  # what the Reports page shows
        language = fmt.language()  # the workbook speaks the UI's language

        def run(ledger: Ledger, progress: Progress, cancelled: Cancelled) -> ExportResult:
            extras, sheets = default_extras(ledger, as_of, language=language)
            return export_workbook(ledger, path, as_of, scheme, None, None, extras, progress,
                                   cancelled, more_sheets=sheets, language=language)

        def failed(message: str) -> None:
            if self.job is not None and self.job.cancelled:
                self.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 8000)
            else:
                self.controller.show_error(message)

        self.job = LedgerOp(self, self.ledger.path, run, on_done=self._export_done, on_error=failed,
                            title=self.tr("Export to Excel"), progress=self.tr("Writing %1…").replace("%1", path.name),
                            read_only=True)

    def _export_done(self, result: ExportResult) -> None:
        rows = sum(result.rows.values())
        self.statusBar().showMessage(self.tr("Wrote %1 (%2 rows).").replace("%1", str(result.path))
                                     .replace("%2", fmt.count(rows)), 10000)

