"""PDF files: combining finished PDFs into one (pikepdf, i.e. qpdf) and writing a file atomically.

Combining keeps each part's pages as they are (each letter keeps its own "Page x of y") and is
deterministic: the document id is derived from the content and no dates are written, so the same parts
give the same bytes.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pikepdf


def combine_pdfs(parts: Sequence[bytes]) -> bytes:
    """Several PDFs as one, page after page, for printing a batch."""
    combined = pikepdf.Pdf.new()
    sources = []
    for part in parts:
        source = pikepdf.Pdf.open(io.BytesIO(part))
        sources.append(source)  # pages are copied on save: their documents stay open until then
        combined.pages.extend(source.pages)
    out = io.BytesIO()
    combined.save(out, deterministic_id=True, compress_streams=False,
                  object_stream_mode=pikepdf.ObjectStreamMode.disable)
    for source in sources:
        source.close()
    return out.getvalue()


def page_count(data: bytes) -> int:
    """How many pages a PDF has."""
    with pikepdf.Pdf.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


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
