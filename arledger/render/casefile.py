"""Plain documents of a collection case: the settlement letter and the parts of a handover pack (claim summary,
invoice details, letters and their dispatch, the evidence log, disputes and limitation), and the pack itself as
one indexed PDF with bookmarks.

Documents are described as data (headings, paragraphs, tables of text); every text is escaped before reportlab
sees it, so nothing a user typed can become markup. Pages are vector text in the letters' fonts.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from arledger.domain.messages import msg
from arledger.render.fonts import font_set
from arledger.render.messages import translate


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()  # columns aligned right
    widths: tuple[float, ...] = ()  # relative widths; empty: equal


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()  # label / value pairs
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()  # small print after the tables


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    footer: str
    sections: tuple[Section, ...]
    sender: tuple[str, ...] = ()  # letterhead lines, top right
    recipient: tuple[str, ...] = ()  # address block, top left
    language: str = "en"
    page_size: str = "A4"
    subtitle: str = ""


@dataclass(slots=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    fonts: object = field(default=None)


def _styles(language: str) -> _Styles:
    f = font_set(language)
    # paragraphs of a letter stand apart (a greeting, the offer, each condition); cells and notes do not
    body = ParagraphStyle("body", fontName=f.regular, fontSize=9.5, leading=12.5, spaceAfter=5,
                          wordWrap="CJK" if f.cjk_wrap else None)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0,
                           textColor=colors.HexColor("#4b5563"))
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    right = ParagraphStyle("right", parent=cell, alignment=2)
    head = ParagraphStyle("head", parent=cell, fontName=f.bold)
    h1 = ParagraphStyle("h1", parent=body, fontName=f.bold, fontSize=15, leading=19, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=body, fontName=f.bold, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4,
                        textColor=colors.HexColor("#1f3a5f"))
    return _Styles(body, small, cell, right, head, h1, h2, f)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(t: Table, s: _Styles, width: float) -> LongTable:
    n = len(t.header)
    rel = t.widths or (1.0,) * n
    widths = [width * w / sum(rel) for w in rel]
    head_right = ParagraphStyle("head_right", parent=s.head, alignment=2)
    data = [[_p(h, head_right if i in t.numeric else s.head) for i, h in enumerate(t.header)]]
    for row in t.rows:
        data.append([_p(c, s.cell_right if i in t.numeric else s.cell) for i, c in enumerate(row)])
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1f3a5f")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d1d5db")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _facts(pairs: Sequence[tuple[str, str]], s: _Styles, width: float) -> LongTable:
    table = LongTable([[_p(k, s.head), _p(v, s.cell)] for k, v in pairs], colWidths=[width * 0.3, width * 0.7])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_document(doc: Document) -> bytes:
    """The document as PDF bytes (deterministic: no creation date, fixed id)."""
    s = _styles(doc.language)
    size = LETTER if doc.page_size.lower() == "letter" else A4
    out = io.BytesIO()
    margin = 18 * mm
    template = SimpleDocTemplate(out, pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=margin,
                                 bottomMargin=margin + 4 * mm, title=doc.title, author="", creator="",
                                 producer="", invariant=1)
    width = size[0] - 2 * margin
    story: list[Flowable] = []
    if doc.sender or doc.recipient:
        left = [_p("\n".join(doc.recipient), s.body)] if doc.recipient else [Spacer(1, 1)]
        right = [_p("\n".join(doc.sender), ParagraphStyle("sender", parent=s.small, alignment=2))]
        block = LongTable([[left, right]], colWidths=[width * 0.55, width * 0.45])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story += [block, Spacer(1, 10 * mm)]
    story.append(_p(doc.title, s.h1))
    if doc.subtitle:
        story += [_p(doc.subtitle, s.small), Spacer(1, 3 * mm)]
    for sec in doc.sections:
        head = [_p(sec.heading, s.h2)] if sec.heading else []
        body: list[Flowable] = [_p(text, s.body) for text in sec.paragraphs]
        if sec.facts:
            body.append(_facts(sec.facts, s, width))
        for t in sec.tables:
            body += [Spacer(1, 2 * mm), _table(t, s, width)]
        body += [_p(n, s.small) for n in sec.notes]
        story.append(KeepTogether(head + body[:1]))
        story += body[1:]
        story.append(Spacer(1, 2 * mm))
    footer_font = s.fonts.regular  # type: ignore[attr-defined]

    def footer(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(footer_font, 7)
        canvas.setFillColor(colors.HexColor("#6b7280"))
        canvas.drawString(margin, 10 * mm, doc.footer[:150])
        canvas.drawRightString(size[0] - margin, 10 * mm, f"{canvas.getPageNumber()}")
        canvas.restoreState()

    template.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def page_count(pdf: bytes) -> int:

    return len(PdfReader(io.BytesIO(pdf)).pages)


def indexed_pdf(title: str, intro: Sequence[str], parts: Sequence[tuple[str, bytes]], *, footer: str,
                language: str = "en", page_size: str = "A4") -> bytes:
    """One PDF: an index page naming every part with its first page, then the parts in order, each a bookmark.

    Parts are whole PDFs (the pack's own pages, archived letters, attached documents) and are copied as they are.
    """

    counts = [page_count(data) for _, data in parts]
    index_name = translate(msg("pack.index", "Index"), language)

    def index(first: int) -> bytes:
        rows: list[tuple[str, ...]] = []
        page = first
        for (name, _), n in zip(parts, counts, strict=True):
            rows.append((str(len(rows) + 1), name, str(page), str(n)))
            page += n
        header = tuple(translate(m, language) for m in (
            msg("pack.index.no", "No."), msg("pack.index.part", "Part"), msg("pack.index.page", "Page"),
            msg("pack.index.pages", "Pages")))
        return render_document(Document(title, footer, (Section(
            index_name, tuple(intro), tables=(Table(header, tuple(rows), (0, 2, 3), (0.6, 6, 1, 1)),)),),
            language=language, page_size=page_size))

    front = index(2)
    front = index(page_count(front) + 1)  # the index's own length decides where the parts start
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(front)))
    writer.add_outline_item(title=index_name, page_number=0)
    page = page_count(front)
    for (name, data), n in zip(parts, counts, strict=True):
        writer.append(PdfReader(io.BytesIO(data)))
        writer.add_outline_item(title=name, page_number=page)
        page += n
    _stamp_pack_pages(writer, title, language)
    writer.add_metadata({"/Title": title, "/Producer": ""})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _stamp_pack_pages(writer: Any, title: str, language: str) -> None:
    """Number every page of the pack "Pack page N of M" (in ``language``) at the top right, whatever the part's
    own numbering, so the index's page numbers can be found in print (drawn as text over each page, nothing redrawn)."""

    pages = writer.pages
    total = len(pages)
    overlay = io.BytesIO()
    canvas = Canvas(overlay, invariant=1)
    font = font_set(language).regular
    for n, page in enumerate(pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        canvas.setPageSize((width, height))
        canvas.setFont(font, 7)
        canvas.setFillColor(colors.HexColor("#374151"))
        page_text = translate(msg("pack.page", "Pack page {n} of {total}", n=n, total=total), language)
        canvas.drawRightString(width - 10 * mm, height - 7 * mm, f"{title[:80]} · {page_text}")
        canvas.showPage()
    canvas.save()
    stamps = PdfReader(io.BytesIO(overlay.getvalue())).pages
    for page, stamp in zip(pages, stamps, strict=True):
        page.merge_page(stamp)
