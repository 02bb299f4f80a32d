"""Facts read back from PDFs arledger printed: the evidence chain head a letter's appendix states."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.errors import PyPdfError

# "Chain head (12 entries):" / "记录链末端哈希值 (12 条记录):" followed by the 64-digit hash (white space removed)
_HEAD = re.compile(r"\((\d+)(?:entries|条记录)\)[:：]([0-9a-f]{64})")


def printed_chain_heads(data: bytes, last_pages: int = 4) -> list[tuple[int, str]]:
    """(sequence number, hash) of every chain head printed on the last pages of a letter (empty if none)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = reader.pages[-last_pages:]
        text = "".join("".join((page.extract_text() or "").split()) for page in pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return []
    return [(int(n), h) for n, h in _HEAD.findall(text)]
