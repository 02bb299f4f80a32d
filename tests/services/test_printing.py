"""Printing hands the PDF itself to the print spooler: what comes out of a PDF printer has the same pages and
a text layer (vector), not images."""

from __future__ import annotations

import subprocess
import uuid
from datetime import date

import pytest
from pypdf import PdfReader

from arledger.cli import main
from arledger.domain.errors import UserError
from arledger.services import letters, printing, statements
from tests.conftest import PDF_PRINTER


def _text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def statement(ledger, acme, tmp_path):
    ledger.set_setting("company", {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol"})
    for n in range(40):
        ledger.add_invoice("ACME", f"A-{n:03d}", date(2025, 1, 1), 10_000 + n, due_date=date(2025, 2, 1))
    path = tmp_path / "statement.pdf"
    statements.write_statement(ledger, "ACME", None, date(2025, 6, 1), path)
    return path


def test_a_printed_statement_keeps_its_pages_and_text(statement, cups_pdf):
    title = f"statement-{uuid.uuid4().hex[:8]}.pdf"
    job = printing.print_pdf(statement, printer=PDF_PRINTER, title=title)
    assert job.job_id.startswith(PDF_PRINTER)
    out = cups_pdf(title)
    assert len(PdfReader(out).pages) == len(PdfReader(statement).pages) > 1
    text = _text(out)
    assert "Acme GmbH" in text and "A-039" in text


def test_the_cli_prints_a_recorded_letter(ledger, acme, cups_pdf, capsys):
    ledger.set_setting("company", {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol"})
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    sent = letters.send_letter(ledger, "ACME", date(2025, 6, 1), level=1)
    assert main(["letters", "print", "--customer", "ACME", "--printer", PDF_PRINTER, "--ledger",
                 str(ledger.path)]) == 0
    assert f"to {PDF_PRINTER} (job {PDF_PRINTER}-" in capsys.readouterr().out
    out = cups_pdf(f"ACME-{sent.archive_path.name}")
    assert len(PdfReader(out).pages) == len(PdfReader(sent.archive_path).pages)
    assert "A-1" in _text(out)


def test_print_problems_are_one_sentence(statement, tmp_path, monkeypatch, capsys):
    not_pdf = tmp_path / "notes.txt"
    not_pdf.write_text("hello")
    if printing.spooler():
        with pytest.raises(UserError, match="is not a PDF file"):
            printing.print_pdf(not_pdf)
        with pytest.raises(UserError, match="The printer refused the job"):
            printing.print_pdf(statement, printer="NoSuchPrinter")
    monkeypatch.setattr(printing.shutil, "which", lambda name: None)
    with pytest.raises(UserError, match=r"No print system \(CUPS\)"):
        printing.print_pdf(statement)
    assert printing.printers() == ([], None)
    assert main(["letters", "print", "--file", str(tmp_path / "missing.pdf")]) == 1
    assert "There is no file" in capsys.readouterr().err


@pytest.mark.parametrize(("language", "said"), [("en", "The printer refused the job without giving a reason."),
                                                ("de_DE", "ohne Angabe eines Grundes"), ("zh_CN", "未说明原因")])
def test_a_refusal_without_a_reason_is_said_in_the_readers_language(statement, monkeypatch, language, said):
    from arledger.render.messages import translate

    def refuse(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 1, "", "")

    monkeypatch.setattr(printing.subprocess, "run", refuse)
    with pytest.raises(UserError) as refused:
        printing._run(["lp", str(statement)])
    text = translate(refused.value.message, language)
    assert said in text and (language == "en" or "reason" not in text)
