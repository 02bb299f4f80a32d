"""Page layout shared by letters, statements and enclosures (reportlab).

Page layout (A4 per DIN 5008 form B, which also fits UK DL/C5 and US #10 window envelopes):

* text column 25 mm from the left edge, 20 mm from the right;
* letterhead in the top 40 mm (name, address, contact line, registration; logo top right);
* address field 45-90 mm from the top edge, starting 20 mm from the left (text at 25 mm), 85 mm wide:
  a small return-address line at 50 mm, the recipient from 63 mm (at most 6 lines at 10 pt). A DL
  envelope's window (90 x 45 mm, 20 mm from the left, 15 mm from the bottom) shows 50-95 mm of a sheet
  folded in thirds; a US #10 window shows about 63-92 mm of a Letter sheet: the recipient block sits in
  both;
* information block (date, references, contact) at 125 mm from the left, from 50 mm;
* body from 96 mm on the first page, from 22 mm on later pages; footer 15 mm above the bottom edge with
  the company and "Page x of y";
* fold marks at 105 and 210 mm (A4) or at thirds (Letter) and a punch mark at mid-height.

User-supplied text is never markup: short text that fits its place in one face is drawn as a plain string
(table cells, the letterhead, address and information block, headers and footers; a Paragraph costs
parsing and line breaking), anything else is escaped for reportlab's Paragraph markup, so
``<b>Tom & Co</b>`` prints literally either way; characters the main font lacks are drawn in a fallback
face (fonts.py). Text too long for its place (a name of thousands of characters) is shortened with a
marker by :func:`shorten`. Output is deterministic: reportlab's ``invariant`` mode fixes the creation
date and document id, so the same document gives byte-identical PDFs.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from arledger.render.fonts import FontSet, font_set, split_runs
from arledger.render.letter_data import Letterhead, Recipient
from arledger.render.templates import text_to_paragraphs
from arledger.render.wording import Formatter, shorten

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#f0f0f0")
DISPUTE_SHADE = colors.HexColor("#fbf3e4")

LEFT = 25 * mm
RIGHT = 20 * mm
BOTTOM = 20 * mm
FIRST_BODY_TOP = 96 * mm
LATER_BODY_TOP = 22 * mm
ADDRESS_TOP = 45 * mm
RECIPIENT_TOP = 63 * mm
INFO_LEFT = 125 * mm

# --------------------------------------------------------------------------------------------------------------
# Layout shared by letters and statements


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    plain: ParagraphStyle
    bullet: ParagraphStyle
    subject: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    cell_note: ParagraphStyle
    mono: ParagraphStyle
    address: ParagraphStyle
    return_line: ParagraphStyle
    info: ParagraphStyle
    head_name: ParagraphStyle
    head_line: ParagraphStyle
    footer: ParagraphStyle


@cache
def styles(fonts: FontSet) -> Styles:
    wrap = "CJK" if fonts.cjk_wrap else None

    def style(name: str, size: float, leading: float, font: str | None = None, **kw: Any) -> ParagraphStyle:
        base = {"fontName": font or fonts.regular, "bulletFontName": fonts.regular, "fontSize": size,
                "leading": leading, "textColor": INK}
        if wrap:
            base["wordWrap"] = wrap
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", 10, 13.8, spaceAfter=6.5, firstLineIndent=20 if fonts.cjk_wrap else 0),
        plain=style("plain", 10, 13.8, spaceAfter=6.5),
        bullet=style("bullet", 10, 14.2, leftIndent=12, bulletIndent=2, spaceAfter=3),
        subject=style("subject", 11.5, 15, fonts.bold, spaceAfter=8),
        heading=style("heading", 10.5, 14, fonts.bold, spaceBefore=8, spaceAfter=5),
        small=style("small", 8.5, 11),
        note=style("note", 7.8, 10, textColor=MUTED, spaceAfter=2),
        cell=style("cell", 8.5, 10.5),
        cell_right=style("cellr", 8.5, 10.5, alignment=TA_RIGHT),
        cell_head=style("cellh", 7.8, 9.5, fonts.bold, textColor=MUTED),
        cell_head_right=style("cellhr", 7.8, 9.5, fonts.bold, textColor=MUTED, alignment=TA_RIGHT),
        cell_bold=style("cellb", 8.8, 11, fonts.bold),
        cell_bold_right=style("cellbr", 8.8, 11, fonts.bold, alignment=TA_RIGHT),
        cell_note=style("celln", 7.5, 9.2, textColor=MUTED),
        mono=style("mono", 6.6, 8.4, fonts.mono, textColor=MUTED, wordWrap="CJK"),
        address=style("address", 10, 12.2),
        return_line=style("return", 6.5, 8, textColor=MUTED),
        info=style("info", 8.3, 11),
        head_name=style("hname", 15, 18, fonts.bold),
        head_line=style("hline", 8, 10, textColor=MUTED),
        footer=style("footer", 7, 9, textColor=MUTED),
    )


class Emphasis(Paragraph):  # type: ignore[misc]  # reportlab ships no type information
    """A paragraph drawn with filled-and-stroked glyphs: bold for a face that has no bold weight."""

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(0.28)
        c.setStrokeColor(INK)
        c._code.append("2 Tr")  # text render mode: fill, then stroke (restored with the graphics state)
        super().draw()
        c.restoreState()


def _numbered_canvas(page_label: str, draw_footer: Callable[[Canvas, int, int], None],
                     initial_font: str) -> type[Canvas]:
    """A canvas class that holds pages back until the end, so each footer can say "Page x of y".

    Its initial font is the letter's own: reportlab's default (Helvetica) would be listed on every page
    without being embedded."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = initial_font
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class Layout:
    """What letters and statements share: fonts, escaping, page furniture, the build."""

    def __init__(self, head: Letterhead, recipient: Recipient, language: str, page_size: str, fmt: Formatter,
                 title: str, reference: str) -> None:
        self.head = head
        self.recipient = recipient
        self.fmt = fmt
        self.labels = fmt.labels
        self.fonts = font_set(str(language))
        self.s = styles(self.fonts)
        self.page = A4 if page_size == "A4" else LETTER
        self.page_size = page_size
        self.width = self.page[0] - LEFT - RIGHT
        self.title = title
        self.reference = reference

    # text ----------------------------------------------------------------------------------------------------
    def esc(self, text: object, font: str | None = None) -> str:
        """User text as Paragraph markup: escaped, with a fallback face for characters the font lacks."""
        primary = font or self.fonts.regular
        fallback = self.fallback_for(primary)
        out = []
        for run, other in split_runs(str(text), primary, fallback):
            safe = escape(run).replace("\n", "<br/>")
            out.append(f'<font face="{fallback}">{safe}</font>' if other else safe)
        return "".join(out)

    def fallback_for(self, primary: str) -> str:
        """The face for characters ``primary`` lacks: the other language's face; for the monospaced face
        (hashes, with Chinese labels in a Chinese letter) the Chinese one."""
        if primary == self.fonts.mono and self.fonts.cjk_wrap:
            return self.fonts.regular
        return self.fonts.fallback

    def para(self, text: object, style: ParagraphStyle, *, bullet: bool = False) -> Paragraph:
        markup = self.esc(text, style.fontName)
        if bullet:
            return Paragraph(markup, style, bulletText="•")
        return Paragraph(markup, style)

    def strong(self, text: object, style: ParagraphStyle) -> Paragraph:
        """Bold text; stroked when the language's face has no bold."""
        cls = Emphasis if self.fonts.fake_bold else Paragraph
        return cls(self.esc(text, style.fontName), style)

    def paragraphs(self, text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        out: list[Flowable] = []
        for kind, piece in text_to_paragraphs(text):
            out.append(self.para(piece, self.s.bullet if kind == "bullet" else (style or self.s.body),
                                 bullet=kind == "bullet"))
        return out

    # page furniture -----------------------------------------------------------------------------------------
    def _first_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        w, h = self.page
        canvas.saveState()
        self._letterhead(canvas, w, h)
        self._address(canvas, h)
        self._info_block(canvas, h)
        self._fold_marks(canvas, h)
        canvas.restoreState()

    def text_at(self, canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float,
                *, right: bool = False) -> float:
        """Draw text in ``style`` with its first line's top at ``top``, within ``width``; returns its height.

        Text that fits on its lines in one face is drawn as strings, where a Paragraph would put it (the
        first baseline one font size below the top); anything else goes through a Paragraph.
        """
        if self.fits(text, style, width):
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            lines = text.split("\n")
            for n, line in enumerate(lines):
                y = top - style.fontSize - n * style.leading
                if right:
                    canvas.drawRightString(x + width, y, line)
                else:
                    canvas.drawString(x, y, line)
            return float(len(lines) * style.leading)
        if right:
            style = right_aligned(style)
        p = Paragraph(self.esc(text, style.fontName), style)
        _, ph = p.wrap(width, 40 * mm)
        p.drawOn(canvas, x, top - ph)
        return float(ph)

    def _later_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        w, h = self.page
        canvas.saveState()
        text = " · ".join(shorten(x, HEADER_LIMIT) for x in (self.head.name, self.recipient.name,
                                                               self.recipient.customer_code) if x)
        ph = self.text_at(canvas, text, self.s.footer, LEFT, h - 10 * mm, w - LEFT - RIGHT)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, h - 10 * mm - ph - 1.5 * mm, w - RIGHT, h - 10 * mm - ph - 1.5 * mm)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, number: int, total: int) -> None:
        w, _h = self.page
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, 15 * mm, w - RIGHT, 15 * mm)
        left = " · ".join(shorten(x, HEADER_LIMIT) for x in (self.title, self.reference) if x)
        self.text_at(canvas, left, self.s.footer, LEFT, 13 * mm, w - LEFT - RIGHT - 35 * mm)
        page_text = self.labels["page"].format(x=number, y=total)
        self.text_at(canvas, page_text, self.s.footer, w - RIGHT - 35 * mm, 13 * mm, 35 * mm, right=True)
        canvas.restoreState()

    def _letterhead(self, canvas: Canvas, w: float, h: float) -> None:
        logo_w = 0.0
        if self.head.logo_path is not None and Path(self.head.logo_path).is_file():
            logo_w = self._logo(canvas, w, h)
        text_w = w - LEFT - RIGHT - (logo_w + 6 * mm if logo_w else 0)
        y = h - 13 * mm
        name = self.strong(shorten(self.head.name, NAME_LIMIT), self.s.head_name)
        _, nh = name.wrap(text_w, 30 * mm)
        name.drawOn(canvas, LEFT, y - nh)
        y -= nh + 1.5 * mm
        lines = [" · ".join(self.head.address_lines)]
        lines.append(" · ".join(x for x in (self.head.phone, self.head.email, self.head.website) if x))
        lines.append(self.head.registration)
        for text in lines:
            if text:
                y -= self.text_at(canvas, shorten(text, LINE_LIMIT * 2), self.s.head_line, LEFT, y, text_w)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, h - 40 * mm, w - RIGHT, h - 40 * mm)

    def _logo(self, canvas: Canvas, w: float, h: float) -> float:

        try:
            image = ImageReader(str(self.head.logo_path))
            iw, ih = image.getSize()
        except Exception:
            return 0.0
        box_w, box_h = 50 * mm, 22 * mm
        scale = min(box_w / iw, box_h / ih)
        dw, dh = iw * scale, ih * scale
        canvas.drawImage(image, w - RIGHT - dw, h - 12 * mm - dh, dw, dh, mask="auto")
        return float(dw)

    def _address(self, canvas: Canvas, h: float) -> None:
        ret = shorten(" · ".join(x for x in (self.head.name, *self.head.address_lines) if x), LINE_LIMIT)
        ph = self.text_at(canvas, ret, self.s.return_line, LEFT, h - 50 * mm, 85 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(LEFT, h - 50 * mm - ph - 0.8 * mm, LEFT + 80 * mm, h - 50 * mm - ph - 0.8 * mm)
        rec = self.recipient
        # The window shows about eight lines: a name or an address too long for it is shortened, marked "…".
        lines = [shorten(rec.name, NAME_LIMIT)]
        if rec.attention:
            lines.append(self.fmt.labels["for_attention"] + shorten(rec.attention, LINE_LIMIT))
        lines += [shorten(x, LINE_LIMIT) for x in rec.address_lines[:ADDRESS_LINES]]
        style = self.s.address if len(lines) <= 6 else _small_address(self.s.address)
        y = h - RECIPIENT_TOP
        for text in lines:
            y -= self.text_at(canvas, text, style, LEFT, y, 80 * mm)

    def info_rows(self) -> list[tuple[str, str]]:
        return []

    def _info_block(self, canvas: Canvas, h: float) -> None:
        """Date, references and contact as label/value pairs from 125 mm to the right margin.

        The label column is as wide as the longest label needs (at most 24 mm), so the values get the
        rest; a value that is one long word (an email address) is set smaller until it fits, down to
        7 pt, rather than broken in the middle.
        """
        w = self.page[0]
        rows = [(k, v) for k, v in self.info_rows() if v]
        style = self.s.info
        label_style = muted(style)
        label_w = min(24 * mm, max((stringWidth(k, style.fontName, style.fontSize) for k, _ in rows), default=0)
                      + 3 * mm)
        value_w = w - RIGHT - INFO_LEFT - label_w
        y = h - 50 * mm
        for label, value in rows:
            value, value_style = fit_word(value, style, value_w)
            lh = self.text_at(canvas, label, label_style, INFO_LEFT, y, label_w)
            vh = self.text_at(canvas, value, value_style, INFO_LEFT + label_w, y, value_w)
            y -= max(lh, vh) + 0.6 * mm

    def _fold_marks(self, canvas: Canvas, h: float) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        folds = (105 * mm, 210 * mm) if self.page_size == "A4" else (h / 3, 2 * h / 3)
        for y in folds:
            canvas.line(4 * mm, h - y, 8 * mm, h - y)
        canvas.line(4 * mm, h / 2, 10 * mm, h / 2)

    # build ----------------------------------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def build(self) -> bytes:
        _w, h = self.page
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=self.page, leftMargin=LEFT, rightMargin=RIGHT, topMargin=LATER_BODY_TOP,
                              bottomMargin=BOTTOM, title=self.title, author=self.head.name, subject=self.reference,
                              creator=self.head.name, invariant=1)
        first = Frame(LEFT, BOTTOM, self.width, h - FIRST_BODY_TOP - BOTTOM, id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(LEFT, BOTTOM, self.width, h - LATER_BODY_TOP - BOTTOM, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("first", [first], onPage=self._first_page),
                              PageTemplate("later", [later], onPage=self._later_page)])
        story: list[Flowable] = [NextPageTemplate("later"), *self.story()]
        doc.build(story, canvasmaker=_numbered_canvas(self.labels["page"], self._footer, self.fonts.regular))
        return out.getvalue()

    # tables ---------------------------------------------------------------------------------------------------
    def new_table(self, cells: list[list[Any]], **kw: Any) -> Table:
        """A reportlab Table whose cells' base font is the letter's (the default, Helvetica, is never embedded
        and reportlab names it for every cell even when the cell holds a Paragraph)."""
        t = Table(cells, **kw)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.regular)]))
        return t

    def table(self, rows: list[list[Any]], widths: list[float], *, header_rows: int = 1,
              extra: Iterable[tuple[Any, ...]] = ()) -> Table:
        cells, text_styles = self.resolve(rows, widths, 3, 3)
        t = self.new_table(cells, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, INK),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
            *text_styles,
        ]
        commands += list(extra)
        t.setStyle(TableStyle(commands))
        return t

    def resolve(self, rows: list[list[Any]], widths: Sequence[float], left_pad: float, right_pad: float
                ) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
        """Turn the :class:`TextCell` cells of a table into plain strings where that prints the same, else Paragraphs.

        A Paragraph costs parsing, fragment splitting and line breaking; most cells hold one short line in one
        face, which the table can draw as a string (literally: no markup, so nothing to escape) at the same
        place. Returns the rows and the table style commands that give those strings their font, size,
        leading, colour and alignment (one command set per column run of cells sharing a style).
        """
        out: list[list[Any]] = []
        plain: dict[tuple[int, int], ParagraphStyle] = {}
        for r, row in enumerate(rows):
            new_row: list[Any] = []
            for c, value in enumerate(row):
                if isinstance(value, TextCell):
                    text = value.text
                    if self.fits(text, value.style, sum(widths[c:c + value.span]) - left_pad - right_pad):
                        plain[(r, c)] = value.style
                        new_row.append(text)
                    elif "\n" in text and value.span > 1:  # lines that wrap: one Paragraph each, as they were
                        new_row.append([self.para(line, value.style) for line in text.split("\n")])
                    else:
                        new_row.append(self.para(text, value.style))
                else:
                    new_row.append(value)
            out.append(new_row)
        commands: list[tuple[Any, ...]] = []
        for c in range(len(widths)):
            r = 0
            while r < len(out):
                style = plain.get((r, c))
                if style is None:
                    r += 1
                    continue
                end = r
                while plain.get((end + 1, c)) is style:
                    end += 1
                commands += _text_commands(style, (c, r), (c, end))
                r = end + 1
        return out, commands

    def fits(self, text: str, style: ParagraphStyle, width: float) -> bool:
        """True if the text prints as a Paragraph of ``style`` would in one line per line: a single face, no
        whitespace a Paragraph would collapse, and every line narrower than ``width``."""
        if not text or style.firstLineIndent or style.leftIndent or _INVISIBLE.search(text):
            return False
        runs = split_runs(text, style.fontName, self.fallback_for(style.fontName))
        if len(runs) != 1 or runs[0][1]:
            return False
        for line in text.split("\n"):
            if line != " ".join(line.split()) or not line:
                return False
            if stringWidth(line, style.fontName, style.fontSize) > width - 0.01:
                return False
        return True

    def text(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> TextCell | Paragraph:
        """A table cell in ``style``; bold text in a face without a bold weight is drawn stroked instead."""
        if bold and self.fonts.fake_bold:
            return self.strong(text, style)
        return TextCell(text, style)

    def cell(self, text: object, *, right: bool = False) -> TextCell:
        return TextCell(str(text), self.s.cell_right if right else self.s.cell)

    def th(self, text: str, *, right: bool = False) -> TextCell:
        return TextCell(str(text), self.s.cell_head_right if right else self.s.cell_head)


@cache
def label_style(cell: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle("pk", parent=cell, textColor=MUTED)


@cache
def muted(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-muted", parent=style, textColor=MUTED)


@cache
def right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)


@cache
def _small_address(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle("addr-small", parent=style, fontSize=8.5, leading=9.6)


@cache
def resized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size)


MIN_INFO_SIZE = 7.0


def fit_word(value: str, style: ParagraphStyle, width: float) -> tuple[str, ParagraphStyle]:
    """A value without spaces (an email address, a reference) that is too wide for ``width``: set smaller, down
    to 7 pt; an email address still too wide goes on two lines after the "@". Anything else is left to wrap."""
    if " " in value.strip():
        return value, style

    def size_for(text: str) -> float:
        needed = max(stringWidth(line, style.fontName, style.fontSize) for line in text.split("\n"))
        if needed <= width - 0.01:
            return float(style.fontSize)
        return float(math.floor(style.fontSize * (width - 0.01) / needed * 10) / 10)

    size = size_for(value)
    if size < MIN_INFO_SIZE and "@" in value:
        value = value.replace("@", "@\n", 1)
        size = size_for(value)
    if size == style.fontSize:
        return value, style
    return value, resized(style, max(MIN_INFO_SIZE, size))


NAME_LIMIT = 100  # characters of a name in the address window and the letterhead
LINE_LIMIT = 60  # characters of one address line
ADDRESS_LINES = 7
HEADER_LIMIT = 80
# Controls, soft hyphens, zero-width and direction marks: a Paragraph handles them, a plain string would draw them.
_INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\xad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


@dataclass(frozen=True, slots=True)
class TextCell:
    """A table cell's text and style; the table makes it a string or a Paragraph once it knows the column."""

    text: str
    style: ParagraphStyle
    span: int = 1  # columns the cell spans


def _text_commands(style: ParagraphStyle, start: tuple[int, int], end: tuple[int, int]) -> list[tuple[Any, ...]]:
    align = {TA_RIGHT: "RIGHT", TA_CENTER: "CENTER"}.get(style.alignment, "LEFT")
    return [("FONTNAME", start, end, style.fontName), ("FONTSIZE", start, end, style.fontSize),
            ("LEADING", start, end, style.leading), ("TEXTCOLOR", start, end, style.textColor),
            ("ALIGN", start, end, align)]

