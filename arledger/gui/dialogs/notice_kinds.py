"""What the app calls each kind of notice, whether one can be emailed, and sending one in a worker thread: kept
apart from the notice dialogs so the Letters page can list notices without loading the PDF viewer or reportlab."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from arledger.domain.errors import UserError
from arledger.services import dispatch
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


def send_notice_in(path: Path, kind: str, code: str, about_id: int | None, on: date, by_email: bool) -> SentNotice:
    """Open the ledger (in a worker thread) and send the notice: emailed (recorded once the server accepted it) or
    archived to print."""
    from arledger.services import notices  # reportlab loads only when a notice is rendered

    with Ledger.open(path) as ledger:
        mailer = dispatch.mailer(ledger) if by_email else None
        return notices.send_notice(ledger, kind, code, about_id, on=on, mailer=mailer)
