"""The import wizard's bank review in German and in Chinese: every proposal's reason in the table is the reader's
sentence, never the matcher's English."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from arledger.gui.dialogs.import_wizard import BankReviewPage, ImportWizard
from arledger.render.messages import translate
from tests.gui.conftest import wait_idle, with_modal
from tests.i18n_catalogs import update
from tests.samples.bank_statements import CAMT053, bank_ledger

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")
REASON_COLUMN = 9


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(re.sub(r"\{[a-z_]+\}", " ", text)) if len(w) >= 4}


@pytest.mark.parametrize("language", ["de_DE", "zh_CN"])
def test_the_bank_review_table_gives_reasons_in_the_language(controller, window, qtbot, tmp_path,
                                                             language: str) -> None:
    assert controller.set_language(language)
    window = controller.window
    bank_ledger(window.ledger)
    statement = tmp_path / "statement.xml"
    statement.write_text(CAMT053, encoding="utf-8")
    english = set().union(*(_words(f"{m.default} {m.plural or ''}") for m in update.code_messages()
                            if m.code.startswith("bank.reason.")))
    seen: dict[str, object] = {}

    def fill(w: ImportWizard) -> None:
        w.choose.kinds.button(w.choose.kind_names.index("bank")).setChecked(True)
        w.choose.path.setText(str(statement))
        w.next()
        for _ in range(5):
            QApplication.processEvents()
        page = w.currentPage()
        assert isinstance(page, BankReviewPage) and page.review is not None
        seen["proposals"] = page.review.proposals
        seen["cells"] = [page.table.item(i, REASON_COLUMN).text() for i in range(page.table.rowCount())]
        w.reject()

    with_modal(qtbot, ImportWizard, fill, window.actions_by_name["import"].trigger)
    wait_idle(qtbot)
    proposals, cells = seen["proposals"], seen["cells"]
    assert len(cells) == len(proposals) >= 6
    assert cells == [translate(p.reason, language) for p in proposals]
    assert all(cell and cell != str(p.reason) for cell, p in zip(cells, proposals, strict=True))
    assert not set().union(*(_words(c) for c in cells)) & english, cells
    assert any(("Verwendungszweck" if language == "de_DE" else "汇款附言") in c for c in cells)
