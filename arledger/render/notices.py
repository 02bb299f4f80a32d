"""The letters between the demands (a promise confirmed in writing, ...): the letterhead, address window and
page furniture of every letter, with the words from a sandboxed template per kind and language.

The service hands over plain facts (dates, money, text); they are formatted here for the letter's language,
so the template only arranges them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from arledger.domain.money import Money
from arledger.render.layout import MUTED, Layout
from arledger.render.letter_data import Letterhead, Recipient
from arledger.render.templates import render_template_blocks, text_to_paragraphs
from arledger.render.wording import Formatter

REQUIRED_NOTICE_BLOCKS = ("subject", "salutation", "body", "closing")


@dataclass(frozen=True, slots=True)
class NoticeDocument:
    """One letter of a ``kind`` (the template ``<kind>.txt.j2``) with the facts it states."""

    kind: str
    letterhead: Letterhead
    recipient: Recipient
    language: str
    page_size: str
    reference: str
    date: date
    signatory: str
    facts: dict[str, Any] = field(default_factory=dict)  # date, Money, lists of them, text, numbers
    locale: str = ""


def _formatted(value: Any, fmt: Formatter) -> Any:
    if isinstance(value, Money):
        return fmt.money(value.minor, value.currency)
    if isinstance(value, date):
        return fmt.long_date(value)
    if isinstance(value, dict):
        return {k: _formatted(v, fmt) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_formatted(v, fmt) for v in value]
    return value


def notice_variables(doc: NoticeDocument, fmt: Formatter) -> dict[str, Any]:
    """What a notice template sees: the customer, the company, the date and reference, and the facts."""
    head = doc.letterhead
    return {
        "customer": {"name": doc.recipient.name, "attention": doc.recipient.attention,
                     "code": doc.recipient.customer_code},
        "is_individual": doc.recipient.kind.value != "company",
        "company": {"name": head.name, "phone": head.phone, "email": head.email},
        "contact": doc.signatory or head.contact_person, "contact_phone": head.phone, "contact_email": head.email,
        "letter_date": fmt.long_date(doc.date), "reference": doc.reference,
        **_formatted(doc.facts, fmt),
    }


def render_notice(doc: NoticeDocument, *, templates_dir: Path | None = None) -> bytes:
    """The letter as a finished PDF (bytes). Raises UserError for a broken or missing template."""
    fmt = Formatter(doc.language, doc.locale, doc.page_size)
    blocks = render_template_blocks(doc.language, f"{doc.kind}.txt.j2", notice_variables(doc, fmt), templates_dir,
                                    required=REQUIRED_NOTICE_BLOCKS)
    return _NoticeLayout(doc, fmt, blocks).build()


class _NoticeLayout(Layout):
    def __init__(self, doc: NoticeDocument, fmt: Formatter, blocks: dict[str, str]) -> None:
        self.doc = doc
        self.blocks = blocks
        self.subject = " ".join(text for _kind, text in text_to_paragraphs(blocks["subject"]))
        super().__init__(doc.letterhead, doc.recipient, doc.language, doc.page_size, fmt, self.subject,
                         doc.reference)

    def info_rows(self) -> list[tuple[str, str]]:
        d, lab = self.doc, self.labels
        return [(lab["date"], self.fmt.long_date(d.date)), (lab["our_ref"], d.reference),
                (lab["customer_no"], d.recipient.customer_code), (lab["contact"], d.signatory),
                (lab["phone"], d.letterhead.phone), (lab["email"], d.letterhead.email)]

    def story(self) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [self.strong(self.subject, s.subject)]
        out += self.paragraphs(self.blocks["salutation"], s.plain)
        out += self.paragraphs(self.blocks["body"])
        out.append(Spacer(1, 3 * mm))
        out.append(KeepTogether(self.signature()))
        if self.blocks.get("signatures", "").strip():
            out.append(Spacer(1, 6 * mm))
            out.append(KeepTogether(self.paragraphs(self.blocks["signatures"], s.plain)))
        return out

    def signature(self) -> list[Flowable]:
        d, s = self.doc, self.s
        closing = self.paragraphs(self.blocks["closing"], s.plain)
        if self.fonts.cjk_wrap and closing:  # 此致 is indented, 敬礼 starts at the margin
            closing[0] = self.para(text_to_paragraphs(self.blocks["closing"])[0][1], s.body)
        out: list[Flowable] = [Spacer(1, 1 * mm), *closing, Spacer(1, 8 * mm)]
        if d.signatory:
            out.append(self.para(d.signatory, ParagraphStyle("sig", parent=s.body, spaceAfter=0)))
        out.append(self.para(d.letterhead.name, ParagraphStyle("sigco", parent=s.body, textColor=MUTED)))
        return out
