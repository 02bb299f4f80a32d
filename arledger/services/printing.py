"""Printing PDFs as they are: the file goes to the system's print spooler (CUPS' ``lp`` on Linux and macOS),
so the printer receives vector pages with their text, never a rasterised image of them.

Letters are laid out for a windowed envelope, so nothing is scaled: the page size is the PDF's own.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from arledger.domain.errors import UserError
from arledger.domain.messages import msg

_REQUEST = re.compile(r"request id is (\S+)")
SPOOL_TIMEOUT_S = 60


@dataclass(frozen=True, slots=True)
class PrintJob:
    printer: str  # "" for the system's default printer
    job_id: str
    copies: int


def spooler() -> str | None:
    """The path of ``lp`` if the system has a CUPS print spooler, else None."""
    return shutil.which("lp")


def printers() -> tuple[list[str], str | None]:
    """The spooler's printer names and the default one (empty when there is no spooler)."""
    lpstat = shutil.which("lpstat")
    if not lpstat:
        return [], None
    names = _run([lpstat, "-e"]).split()
    default = _run([lpstat, "-d"]).rpartition(":")[2].strip() or None
    return names, default if default in names else None


def print_pdf(pdf: Path | bytes, *, printer: str = "", copies: int = 1, title: str = "") -> PrintJob:
    """Send a PDF to a printer as it is; returns the spooler's job id. Problems are one sentence."""
    lp = spooler()
    if lp is None:
        raise UserError(msg("printing.no_cups", "No print system (CUPS) was found on this computer; save "
                "the PDF and print it from your PDF reader."))
    if not 1 <= copies <= 99:
        raise UserError(msg("printing.bad_copies", "Copies must be from 1 to 99."))
    with tempfile.TemporaryDirectory(prefix="arledger-print-") as tmp:
        if isinstance(pdf, bytes):
            path = Path(tmp) / (_safe(title) or "document.pdf")
            path.write_bytes(pdf)
        else:
            path = Path(pdf)
        if not path.read_bytes()[:5] == b"%PDF-":
            raise UserError(msg("printing.not_pdf", "{path_name} is not a PDF file.", path_name=path.name))
        command = [lp, "-n", str(copies), "-t", title or path.name]
        if printer:
            command += ["-d", printer]
        out = _run([*command, "--", str(path)])
    match = _REQUEST.search(out)
    return PrintJob(printer, match.group(1) if match else "", copies)


def _safe(title: str) -> str:
    name = re.sub(r"[^\w.-]+", "_", title).strip("._")
    return name if name.endswith(".pdf") else (f"{name}.pdf" if name else "")


def _run(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=SPOOL_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise UserError(msg("printing.timeout", "The print system did not answer in time; nothing was "
                "printed.")) from None
    except OSError as exc:
        raise UserError(msg("printing.not_started", "The print system could not be started ({reason}).",
                reason=str(exc.strerror or exc))) from None
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        if not reason:
            raise UserError(msg("printing.job_refused_silently", "The printer refused the job without giving a "
                                "reason."))
        raise UserError(msg("printing.job_refused", "The printer refused the job: {value}.", value=reason[-1]))
    return done.stdout
