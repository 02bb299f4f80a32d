"""A letter as an email: the words from a sandboxed template per level and language, the PDF attached.

The message is returned as the exact bytes that are sent and archived, so their SHA-256 proves what the
debtor received.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from arledger.render.templates import render_template_blocks, text_to_paragraphs


@dataclass(frozen=True, slots=True)
class LetterEmail:
    """Who sends what to whom; the words come from the template ``email/<kind>.txt.j2``."""

    sender: str
    to: tuple[str, ...]
    reply_to: str
    bcc: tuple[str, ...]
    language: str
    template: str  # e.g. "level3"
    variables: dict[str, Any]
    pdf: bytes
    pdf_name: str
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class BuiltEmail:
    message_id: str
    subject: str
    data: bytes  # the message exactly as sent (CRLF line ends)


def build_letter_email(mail: LetterEmail, *, templates_dir: Path | None = None) -> BuiltEmail:
    """Render the subject and body and attach the PDF; a template problem is a UserError naming the file."""
    blocks = render_template_blocks(mail.language, f"email/{mail.template}.txt.j2", mail.variables, templates_dir,
                                    required=("subject", "body"))
    subject = " ".join(blocks["subject"].split())
    body = "\n\n".join(text for _kind, text in text_to_paragraphs(blocks["body"])) + "\n"
    domain = mail.sender.rpartition("@")[2] or "localhost"
    message_id = make_msgid(domain=domain)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = mail.sender
    msg["To"] = ", ".join(mail.to)
    if mail.reply_to:
        msg["Reply-To"] = mail.reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(mail.sent_at)
    msg["Message-ID"] = message_id
    msg.set_content(body)
    msg.add_attachment(mail.pdf, maintype="application", subtype="pdf", filename=mail.pdf_name)
    # Bcc is handed to the server as a recipient but never written into the message the debtor gets.
    return BuiltEmail(message_id, subject, msg.as_bytes())
