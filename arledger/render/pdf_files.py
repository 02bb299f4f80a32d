"""PDF files: combining finished PDFs into one (pypdf) and writing a file atomically.

Combining keeps each part's pages as they are (each letter keeps its own "Page x of y") and is
deterministic: a fixed document id and no dates, so the same parts give the same bytes.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject

_FIXED_ID = b"\x00" * 16


def combine_pdfs(parts: Sequence[bytes]) -> bytes:
    """Several PDFs as one, page after page, for printing a batch or attaching enclosures."""
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_metadata({"/Producer": "ReportLab PDF Library - www.reportlab.com"})
    writer._ID = ArrayObject([ByteStringObject(_FIXED_ID), ByteStringObject(_FIXED_ID)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_count(data: bytes) -> int:
    """How many pages a PDF has."""
    return len(PdfReader(io.BytesIO(data)).pages)


def write_pdf(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write bytes to ``path`` atomically: a temporary file in the same folder, then os.replace.

    ``sync=False`` leaves flushing the file to disk to the caller (a batch syncs all its copies at once).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
