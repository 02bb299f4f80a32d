"""What the app calls each kind of notice, whether one can be emailed, and sending one in an operation: kept
apart from the notice dialogs so the Letters page can list notices without loading the PDF viewer or reportlab."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from arledger.domain.errors import UserError
from arledger.services import dispatch
from arledger.services.changes import Changes
from arledger.services.ledger import Ledger

if TYPE_CHECKING:
    from arledger.services.notices import SentNotice


def kind_names() -> dict[str, str]:
    """What each kind of notice is called in the app, in the UI's language."""
    return {"courtesy": QCoreApplication.translate("NoticeKinds", "Courtesy reminder"),
            "promise_confirmation": QCoreApplication.translate("NoticeKinds", "Promise confirmation"),
            "repayment_agreement": QCoreApplication.translate("NoticeKinds", "Repayment agreement"),
            "thank_you": QCoreApplication.translate("NoticeKinds", "Thank-you letter")}


def method_names() -> dict[str, str]:
    """What each way of posting is called in the app, in the UI's language."""
    return {"ordinary": QCoreApplication.translate("NoticeKinds", "Ordinary post"),
            "registered": QCoreApplication.translate("NoticeKinds", "Registered / recorded"),
            "ems": QCoreApplication.translate("NoticeKinds", "EMS"),
            "courier": QCoreApplication.translate("NoticeKinds", "Courier")}


def can_email(ledger: Ledger, code: str) -> str:
    """The address a notice to the customer would be emailed to, or "" (no address, or no mail server)."""
    try:
        found = dispatch.recipients_for(ledger.customer(code))
        dispatch.email_settings(ledger)
    except UserError:
        return ""
    return ", ".join(found)


def send_notice(ledger: Ledger, kind: str, code: str, about_id: int | None, on: date, by_email: bool) -> SentNotice:
    """Send the notice (in an operation's worker thread): emailed (recorded once the server accepted it) or
    archived to print."""
    # lazy: the notice renderer costs ~380 ms of start-up (-X importtime); it loads in the worker
    from arledger.services import notices

    mailer = dispatch.mailer(ledger) if by_email else None
    return notices.send_notice(ledger, kind, code, about_id, on=on, mailer=mailer)


def notice_changes(code: str) -> Changes:
    """What sending a notice to the customer, or recording its posting or delivery, changes: that customer's
    story (a delivered demand can restart limitation on their invoices) and the lists of letters."""
    return Changes.of([code], events=True, letters=True)
