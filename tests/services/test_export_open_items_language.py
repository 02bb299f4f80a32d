"""The Open items sheet's dispute and promise cells in the workbook's language: the dispute's reason and the
promise's state are the reader's words, the amount and the dates written as the reader writes them; the note the
user typed stays as typed. An aging table written without a title block labels its date and basis so too."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from arledger.domain.model import DisputeReason
from arledger.render import workbook_words as words
from arledger.render.excel import AgingSummaryRow, WorkbookWriter
from arledger.render.messages import translate
from arledger.services import disputes, promises
from arledger.services.export_collections import default_extras
from arledger.services.exports import export_workbook
from arledger.services.ledger import Ledger
from tests.samples.bank_statements import bank_ledger
from tests.sheets import TITLE_ROWS

AS_OF = date(2026, 3, 31)
NOTE = "Kunde meldet Kratzer"  # the user's words, kept as typed
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")
# the English of the cells' own words: the sentence, dispute reasons, promise states
ENGLISH = {"since", "quality", "delivery", "price", "already", "paid", "other", "pending", "kept", "partly",
           "broken", "by"}


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("open-items")
    out = {}
    with Ledger.open(folder / "books.sqlite", create=True) as led:
        bank_ledger(led)
        disputes.open_dispute(led, "A-100", DisputeReason.QUALITY, note=NOTE, on=date(2026, 2, 3))
        disputes.open_dispute(led, "B-200", DisputeReason.DELIVERY, on=date(2026, 2, 10))
        promises.add_promise(led, "GAMMA", 33333, date(2026, 4, 15), invoices=["C-300"],
                             promised_on=date(2026, 3, 20))
        for language in ("en", "de_DE", "zh_CN"):
            path = folder / f"books-{language}.xlsx"
            lang = None if language == "en" else language
            extras, sheets = default_extras(led, AS_OF, language=lang)
            export_workbook(led, path, AS_OF, extras=extras, more_sheets=sheets, language=lang)
            out[language] = path
    return out


def _cells(path: Path, language: str | None) -> dict[str, tuple[object, object]]:
    """(dispute, promise) by invoice number on the Open items sheet."""
    wb = openpyxl.load_workbook(path)
    ws = wb[translate(words.SHEETS["Open items"], language)]
    rows = list(ws.iter_rows(min_row=TITLE_ROWS + 1, values_only=True))
    head = list(rows[0])
    where = {key: head.index(translate(words.HEADERS[key], language)) for key in ("invoice", "dispute", "promise")}
    return {r[where["invoice"]]: (r[where["dispute"]], r[where["promise"]]) for r in rows[1:]
            if r[where["invoice"]] in ("A-100", "B-200", "C-300")}


def test_english_cells_say_what_was_recorded(books) -> None:
    cells = _cells(books["en"], None)
    assert cells["A-100"][0] == f"quality since 2026-02-03: {NOTE}"
    assert cells["B-200"][0] == "delivery since 2026-02-10"
    assert cells["C-300"][1] == "EUR 333.33 by 2026-04-15, pending"


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_dispute_and_promise_cells_are_in_the_workbook_language(books, language: str) -> None:
    cells = _cells(books[language], language)
    texts = [cells["A-100"][0], cells["B-200"][0], cells["C-300"][1]]
    assert all(isinstance(t, str) and t for t in texts), texts
    left = {w for t in texts for w in _WORD.findall(t.replace(NOTE, ""))} & ENGLISH
    assert not left, texts
    assert NOTE in texts[0]
    if language == "de_DE":
        assert texts == [f"Qualität seit 03.02.2026: {NOTE}", "Lieferung seit 10.02.2026",
                         "333,33 EUR bis 15.04.2026, offen"]
    else:
        assert texts == [f"质量，自 2026-02-03 起：{NOTE}", "交货，自 2026-02-10 起",
                         "2026-04-15 前支付 EUR 333.33，待兑现"]
    # the sheet names are the language's too
    wb = openpyxl.load_workbook(books[language])
    assert not set(wb.sheetnames) & set(words.SHEETS), wb.sheetnames


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_an_aging_table_without_a_title_block_labels_its_date_and_basis(tmp_path, language: str) -> None:
    w = WorkbookWriter(language=language)
    w.add_aging_summary("Aging summary", AS_OF, "due", ("current", "over 30"),
                        [AgingSummaryRow("ACME", "Acme GmbH", "EUR", (100, 200))])
    path = tmp_path / "aging.xlsx"
    w.save(path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    labels = [(r[0], r[1]) for r in ws.iter_rows(values_only=True) if r and r[0] in (
        translate(words.AGED_AS_OF, language), translate(words.AGED_BY, language))]
    assert len(labels) == 2, list(ws.iter_rows(values_only=True))
    assert labels[1][1] == translate(words.basis_name(True), language)
    assert not {w for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)
                for w in _WORD.findall(c)} & {"Aged", "date", "due"}
