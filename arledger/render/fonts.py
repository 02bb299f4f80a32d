"""Fonts for PDF letters: embedded TrueType faces for Latin text and for Chinese, registered once.

reportlab embeds (subsets) TrueType fonts with ``glyf`` outlines but cannot embed CFF/OpenType (so the
Noto CJK .ttc files are no use here). We look for Debian's packages, in order:

* Latin: Liberation Sans (``fonts-liberation2`` or ``fonts-liberation``), then DejaVu Sans
  (``fonts-dejavu-core``), then reportlab's built-in Helvetica (not embedded, Latin-1 only).
* Chinese: WenQuanYi Micro Hei (``fonts-wqy-microhei``), then WenQuanYi Zen Hei (``fonts-wqy-zenhei``),
  then AR PL UMing (``fonts-arphic-uming``), then reportlab's CID font STSong-Light (not embedded: the
  reader's viewer must supply a Chinese font).

A ledger may add ``resources/fonts/`` files of the same names to override the system ones. Neither
Chinese face has a bold weight, so "bold" Chinese text is drawn stroked (see letters.py).

Text is split into runs that the primary font can draw and runs it cannot, and each run is wrapped in
``<font face=...>`` for the other face, so a Chinese customer name prints in an English letter and an
accented Latin name in a Chinese one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from arledger.paths import resources_dir

_LATIN_CANDIDATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("LiberationSans", ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation")),
    ("DejaVuSans", ("/usr/share/fonts/truetype/dejavu",)),
)
_LATIN_FILES = {
    "LiberationSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
                       "LiberationMono-Regular.ttf"),
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansMono.ttf"),
}
_CJK_CANDIDATES: tuple[tuple[str, str, int], ...] = (
    ("WQYMicroHei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("WQYZenHei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("ARPLUMing", "/usr/share/fonts/truetype/arphic/uming.ttc", 0),
)
CJK_DEBIAN_PACKAGE = "fonts-wqy-microhei"
LATIN_DEBIAN_PACKAGE = "fonts-liberation2"


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


def _find(directory_options: tuple[str, ...], filename: str) -> Path | None:
    for folder in (str(resources_dir() / "fonts"), *directory_options):
        path = Path(folder) / filename
        if path.is_file():
            return path
    return None


@cache
def latin_fonts() -> tuple[str, str, str, str, bool]:
    """Register the Latin family; returns (regular, bold, italic, mono, embedded)."""
    for family, folders in _LATIN_CANDIDATES:
        paths = [_find(folders, f) for f in _LATIN_FILES[family]]
        if all(paths):
            names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-Mono")
            for name, path in zip(names, paths, strict=True):
                pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2],
                                          boldItalic=names[1])
            return (*names, True)
    return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Courier", False


@cache
def cjk_font() -> tuple[str, bool]:
    """Register a Chinese face; returns (name, embedded)."""
    for name, path, index in _CJK_CANDIDATES:
        local = resources_dir() / "fonts" / Path(path).name
        chosen = local if local.is_file() else Path(path)
        if chosen.is_file():
            try:
                pdfmetrics.registerFont(TTFont(name, str(chosen), subfontIndex=index))
            except Exception:
                continue
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
            return name, True
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light", False


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
