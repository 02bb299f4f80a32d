"""Fonts for PDF letters: the TrueType faces shipped in resources/fonts/, embedded (subset) in every letter.

Letters never use the fonts of the machine they are made on, so the same ledger state gives the same bytes
everywhere and every font in a letter is embedded (``pdffonts`` shows ``emb yes``):

* Latin: Liberation Sans regular, bold, italic, bold italic and Liberation Mono (SIL OFL 1.1).
* Chinese: WenQuanYi Micro Hei (Apache 2.0), TrueType outlines in a .ttc (reportlab can embed ``glyf``
  outlines but not CFF, so the Noto CJK fonts are no use here). It has no bold weight, so "bold" Chinese
  text is drawn stroked (see letters.py).

A missing font file is a MissingResourceError naming it, never a silent fallback to a non-embedded font.

Text is split into runs that the primary font can draw and runs it cannot, and each run is wrapped in
``<font face=...>`` for the other face, so a Chinese customer name prints in an English letter and an
accented Latin name in a Chinese one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from arledger.paths import resource_file

LATIN_FAMILY = "LiberationSans"
LATIN_FILES: dict[str, str] = {
    LATIN_FAMILY: "LiberationSans-Regular.ttf",
    f"{LATIN_FAMILY}-Bold": "LiberationSans-Bold.ttf",
    f"{LATIN_FAMILY}-Italic": "LiberationSans-Italic.ttf",
    f"{LATIN_FAMILY}-BoldItalic": "LiberationSans-BoldItalic.ttf",
    f"{LATIN_FAMILY}-Mono": "LiberationMono-Regular.ttf",
}
CJK_FACE = "WQYMicroHei"
CJK_FILE = "wqy-microhei.ttc"


@dataclass(frozen=True, slots=True)
class FontSet:
    """The registered font names for one language: regular, bold, italic, monospace, and the fallback."""

    regular: str
    bold: str
    italic: str
    mono: str
    fallback: str  # face for characters the regular face lacks
    embedded: bool
    fake_bold: bool  # the bold name is the regular face: draw stroked for emphasis
    cjk_wrap: bool


@cache
def latin_fonts() -> tuple[str, str, str, str, bool]:
    """Register the Latin family; returns (regular, bold, italic, mono, embedded)."""
    for name, filename in LATIN_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_file("fonts", filename))))
    family = LATIN_FAMILY
    pdfmetrics.registerFontFamily(family, normal=family, bold=f"{family}-Bold", italic=f"{family}-Italic",
                                  boldItalic=f"{family}-BoldItalic")
    return family, f"{family}-Bold", f"{family}-Italic", f"{family}-Mono", True


@cache
def cjk_font() -> tuple[str, bool]:
    """Register the Chinese face; returns (name, embedded)."""
    pdfmetrics.registerFont(TTFont(CJK_FACE, str(resource_file("fonts", CJK_FILE)), subfontIndex=0))
    pdfmetrics.registerFontFamily(CJK_FACE, normal=CJK_FACE, bold=CJK_FACE, italic=CJK_FACE, boldItalic=CJK_FACE)
    return CJK_FACE, True


@cache
def font_set(language: str) -> FontSet:
    """The fonts for a letter in ``language`` (en or zh), registered with reportlab."""
    regular, bold, italic, mono, latin_embedded = latin_fonts()
    cjk, cjk_embedded = cjk_font()
    if language == "zh":
        return FontSet(cjk, cjk, cjk, mono, regular, cjk_embedded, True, True)
    return FontSet(regular, bold, italic, mono, cjk, latin_embedded, False, False)


@cache
def _coverage(font_name: str) -> frozenset[int] | None:
    """Code points a registered TrueType font can draw; None for built-in or CID fonts (not checked)."""
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    mapping = getattr(face, "charToGlyph", None)
    if not isinstance(font, TTFont) or mapping is None:
        return None
    return frozenset(mapping)


def _drawable(font_name: str, char: str) -> bool:
    cover = _coverage(font_name)
    if cover is None:
        if font_name in ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Courier"):
            try:
                char.encode("cp1252")
            except UnicodeEncodeError:
                return False
        return True
    return ord(char) in cover or char in "\n\t "


@cache
def _drawable_set(font_name: str) -> frozenset[int] | None:
    cover = _coverage(font_name)
    return None if cover is None else cover | {ord(c) for c in "\n\t "}


def split_runs(text: str, primary: str, fallback: str) -> list[tuple[str, bool]]:
    """Split text into (run, needs_fallback) pieces: runs the primary face lacks go to the fallback."""
    cover = _drawable_set(primary)
    if cover is not None and cover.issuperset(map(ord, text)):  # the usual case, without a loop per character
        return [(text, False)] if text else []
    runs: list[tuple[str, bool]] = []
    for ch in text:
        other = not _drawable(primary, ch) and _drawable(fallback, ch)
        if runs and runs[-1][1] == other:
            runs[-1] = (runs[-1][0] + ch, other)
        else:
            runs.append((ch, other))
    return runs
