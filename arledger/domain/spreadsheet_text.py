"""Text that a spreadsheet could run as a formula, and how it is made inert: one rule for every workbook and CSV.

A cell starting with = + - @ (or a tab or carriage return that some programs skip before them) is read as a
formula by Excel, LibreOffice and Google Sheets when a CSV is opened. Such text gets a leading apostrophe,
which spreadsheets show as text and never evaluate (OWASP's advice for CSV injection).
"""

from __future__ import annotations

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """True for text a spreadsheet could read as a formula."""
    return text.startswith(FORMULA_PREFIXES)


def neutralise_formula(text: str) -> str:
    """The text with a leading apostrophe if a spreadsheet would otherwise read it as a formula."""
    return "'" + text if looks_like_formula(text) else text
