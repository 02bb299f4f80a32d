"""The account a payment or credit note is for, read off the GUI thread as its customer code is typed.

A customer may have thousands of open invoices: the dialog never reads them on the GUI thread. Until the read for
the code typed now is in, `now()` raises Pending (the dialog says it is reading and OK waits); then it returns the
account, or raises the one sentence saying there is no such customer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from arledger.domain.errors import UserError
from arledger.gui.dialogs.base import CustomerPickerEdit, Pending, ValidatedDialog
from arledger.gui.latest_read import LatestRead
from arledger.services import allocation_preview
from arledger.services.allocation_preview import SettlementAccount
from arledger.services.ledger import Ledger


class AccountRead(QObject):
    """`arrived` fires when the account for the code in the picker is in (current() then returns it)."""

    arrived = Signal()

    def __init__(self, ledger: Ledger, picker: CustomerPickerEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.picker = picker
        self.reads = LatestRead(lambda: self.ledger.path, self)
        self.reads.arrived.connect(self.arrived)

    def now(self) -> SettlementAccount:
        """The account for the code typed now; Pending while it is being read, UserError if there is none."""
        code = self.picker.code()
        got = self.reads.result(code.upper())
        if got is None:
            self.reads.request(code.upper(), lambda led: allocation_preview.settlement_account(led, code))
            raise Pending(QCoreApplication.translate("AccountRead", "Reading the account…"))
        if got.error:
            raise UserError(got.error)
        if got.value is None:
            raise UserError(QCoreApplication.translate("AccountRead", "There is no customer with code '%1'.")
                            .replace("%1", code))
        account: SettlementAccount = got.value
        return account

    def current(self) -> SettlementAccount | None:
        """The account for the code typed now, if it has been read (None while reading or when there is none)."""
        got = self.reads.result(self.picker.code().upper())
        return got.value if got is not None and not got.error else None

    def clear(self) -> None:
        self.reads.clear()

    def is_other_customer(self, shown: SettlementAccount | None) -> bool:
        """Whether the account a dialog shows belongs to another code than the one typed now (the dialog then shows
        none: never another customer's invoices under this code, not even for a moment)."""
        return shown is not None and shown.customer.code.upper() != self.picker.code().upper()

    def show_arrived(self, dialog: ValidatedDialog, show: Callable[[SettlementAccount], None]) -> None:
        """Show the account just read in the dialog (as filled by a read: no messages, not unsaved input), then
        check the form again."""
        account = self.current()
        if account is not None:
            with dialog.filled_by_read():
                show(account)
        dialog.revalidate()
