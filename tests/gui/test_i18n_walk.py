"""Walk every page and the main dialogs in Chinese and German and look for English: no visible label, button,
group title, tab, menu, action, column header, placeholder, list entry or window title may read as one of the
English source texts that lupdate extracted (data values such as names and amounts are not source texts)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
    QWizard,
)

from arledger.gui.dialogs.batch_summary import BatchSummaryDialog
from arledger.gui.dialogs.cases import CaseDialog, HandoverDialog, SettlementDialog
from arledger.gui.dialogs.collections import (
    DisputeDialog,
    LogContactDialog,
    PlanDialog,
    PromiseDialog,
    StatementDialog,
)
from arledger.gui.dialogs.customer import CustomerDialog
from arledger.gui.dialogs.import_wizard import ImportWizard
from arledger.gui.dialogs.invoice import InvoiceDialog
from arledger.gui.dialogs.letter_preview import LetterPreviewDialog
from arledger.gui.dialogs.payment import PaymentDialog
from arledger.gui.dialogs.settings import SettingsDialog
from arledger.gui.dialogs.waiver import WaiveInterestDialog
from arledger.gui.dialogs.write_off import WriteOffDialog
from tests.gui.conftest import wait_idle, with_modal
from tests.i18n_catalogs import I18N, update


def _plain(text: str) -> str:
    """Without mnemonics (&File), Chinese-style mnemonics ((&F)) and surrounding space."""
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


# Codes of the messages whose English must not reach a Chinese or German cell (the sentences converted to
# messages so far; a sentence still made as plain English is not in this list).
SERVICE_SENTENCES = ("queue.", "evidence.", "promises.", "dunning.", "bank.reason.")


class English:
    """The English texts that would betray a missing translation in one language."""

    def __init__(self, language: str) -> None:
        messages = [m for m in update.read_messages(update.ts_path(language, I18N))
                    if m.state not in ("vanished", "obsolete")]
        english_forms = {m.source: m.translations for m in update.read_messages(update.ts_path("en", I18N))}
        translated = {_plain(t) for m in messages for t in m.translations}
        self.exact: set[str] = set()
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        for m in messages:
            if all(_plain(t) == _plain(m.source) for t in m.translations):
                continue  # the same in both languages ("SMS", "IBAN", "%1 · %2")
            for text in (m.source, *english_forms.get(m.source, ())):
                plain = _plain(text)
                if plain in translated:
                    continue  # also a translation of another text ("Name" is German too)
                if re.search(r"%L?(\d|n)", plain):
                    literal = re.sub(r"%L?(\d|n)", "", plain)
                    if len(re.sub(r"\W", "", literal)) >= 4:  # enough words to tell English from data
                        body = ".*".join(re.escape(part) for part in re.split(r"%L?(?:\d|n)", plain))
                        self.patterns.append((re.compile(f"^{body}$", re.S), m.source))
                elif re.search(r"[A-Za-z]{2}", plain):
                    self.exact.add(plain)

        # The English of the sentences the services make (queue titles, timeline summaries, promise
        # evaluations): a cell that reads as one of them was not rendered in the UI language.
        self.sentences: list[tuple[re.Pattern[str], str]] = []
        for item in update.code_messages():
            if not item.code.startswith(SERVICE_SENTENCES):
                continue
            for text in (item.default, item.plural or ""):
                literal = re.sub(r"\{\w+\}", "", text)
                if len(re.sub(r"\W", "", literal)) >= 4:
                    body = "(?:.*)".join(re.escape(part) for part in re.split(r"\{\w+\}", text))
                    self.sentences.append((re.compile(f"^{body}$", re.S), f"[{item.code}] {text}"))

    def find(self, text: str, patterns: bool = True) -> str | None:
        plain = _plain(text)
        if not plain:
            return None
        if plain in self.exact:
            return plain
        sentence = next((source for pattern, source in self.sentences if pattern.match(text.strip())), None)
        if sentence is not None or not patterns:
            return sentence
        return next((source for pattern, source in self.patterns if pattern.match(plain)), None)


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where} menu", menu.title()
    for action in menu.actions():
        yield f"{where} menu item", action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), where)


def visible_texts(root: QWidget, cells: bool = True) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read in root's visible widgets."""
    yield f"{type(root).__name__} title", root.windowTitle()
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        where = f"{type(w).__name__} {w.objectName()}".strip()
        plain_label = isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText
        if (plain_label and not w.text().startswith("<")) or isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{where} tab", w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} entry", w.itemText(i)
        elif isinstance(w, QLineEdit):
            yield f"{where} placeholder", w.placeholderText()
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private: one column
                columns = 1
            header = getattr(w, "horizontalHeader", lambda: None)()
            if header is not None and header.isVisibleTo(root):
                for c in range(columns):
                    yield f"{where} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            if cells:
                for r in range(min(model.rowCount(QModelIndex()), 25)):
                    for c in range(columns):
                        value = model.data(model.index(r, c, QModelIndex()))
                        if isinstance(value, str):
                            yield f"{where} cell", value
        if w.isWindow() and w is not root:
            yield f"{where} title", w.windowTitle()
        for action in w.actions():
            yield f"{where} action", action.text()
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), where)


# Each language is offered in its own name in Settings, so "English" there is meant.
MEANT = {("QComboBox language entry", "English")}


def english_in(root: QWidget, english: English, data: frozenset[str] = frozenset()) -> list[str]:
    """English texts in root; data are texts read from a file (such as its column names), never UI texts."""
    found = []
    for where, text in visible_texts(root):
        if text in data and not where.endswith((" title", " placeholder")):
            continue
        # Cells hold data: a cell fails when it is exactly a UI text left untranslated, or reads as the English
        # of a service's sentence (a queue title, a timeline summary, a promise's evaluation).
        source = english.find(text, patterns=not where.endswith(" cell"))
        if source is not None and (where, text) not in MEANT:
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def _look(found: list[str], english: English) -> callable:
    def fill(d: QWidget) -> None:
        wait_idle_dialog()
        found.extend(english_in(d, english))
        d.reject()
    return fill


def wait_idle_dialog() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_no_english_on_any_page_or_dialog(controller, window, qtbot, language: str) -> None:
    assert controller.set_language(language)
    window = controller.window
    window.resize(1280, 860)
    window.show()
    wait_idle(qtbot)
    english = English(language)
    assert english.find("Record payment") and english.find("Preview of X · level 2 (Y) · 3 invoices · claims Z · "
                                                            "not sent yet")
    found: list[str] = []
    for index in range(len(window.pages)):
        window.show_page(index)
        wait_idle(qtbot)
        found += english_in(window, english)
    window.show_page(window.pages.index(window.reports))
    for tab in range(window.reports.findChild(QTabWidget).count()):  # aging, interest, KPIs, reasons
        window.reports.show_tab(tab)
        wait_idle(qtbot)
        found += english_in(window, english)
    code = window.letters.current_entry().customer.code
    window.open_customer(code)
    wait_idle(qtbot)
    customer_view = window.customer_view
    for i in range(customer_view.findChild(QTabWidget).count() if customer_view.findChild(QTabWidget) else 0):
        customer_view.findChild(QTabWidget).setCurrentIndex(i)
        wait_idle(qtbot)
        found += english_in(window, english)

    acts = window.actions_by_name
    dialogs: list[tuple[type[QWidget], str]] = [
        (SettingsDialog, "settings"), (CustomerDialog, "new_customer"), (CustomerDialog, "edit_customer"),
        (InvoiceDialog, "new_invoice"), (PaymentDialog, "record_payment"), (WriteOffDialog, "write_off"),
        (LogContactDialog, "log_contact"), (PromiseDialog, "record_promise"), (PlanDialog, "record_plan"),
        (DisputeDialog, "open_dispute"), (WaiveInterestDialog, "waive_interest"), (StatementDialog, "statement"),
        (LetterPreviewDialog, "preview_letter"), (ImportWizard, "import"),
    ]
    opened = []
    for kind, action in dialogs:
        window.open_customer(code)
        wait_idle(qtbot)
        with_modal(qtbot, kind, _look(found, english), acts[action].trigger)
        opened.append(kind.__name__)
        wait_idle(qtbot)
    assert len(opened) == len(dialogs)

    window.open_customer(code)
    wait_idle(qtbot)
    panel = window.customer_view.case_panel
    handover = next(b for b in window.customer_view.action_buttons if b.objectName() == "customer_handover")
    for kind, button in ((CaseDialog, panel.case_button), (SettlementDialog, panel.settle_button),
                         (HandoverDialog, handover)):
        with_modal(qtbot, kind, _look(found, english), button.click)
        wait_idle(qtbot)

    summaries: list[QWidget] = []

    def poll() -> None:  # the batch summary is read off the GUI thread, so its dialog opens a little later
        w = QApplication.activeModalWidget()
        if isinstance(w, BatchSummaryDialog):
            summaries.append(w)
            _look(found, english)(w)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    acts["generate_letters"].trigger()
    qtbot.waitUntil(lambda: len(summaries) == 1, timeout=30000)
    wait_idle(qtbot)
    assert not found, f"English in the {language} UI:\n" + "\n".join(sorted(set(found)))


def test_the_check_finds_english_when_a_translation_is_missing(controller, window, qtbot) -> None:
    """With German words but an English window (no translator installed) the walk does report English."""
    english = English("de_DE")
    window.show_page(0)
    wait_idle(qtbot)
    found = english_in(window, english)
    assert any("Dashboard" in f for f in found) and any("&File" in f or "'File'" in f for f in found), found


def test_the_check_finds_a_service_sentence_left_in_english() -> None:
    """A queue title or a timeline summary shown in its English default is reported, whatever its data."""
    english = English("zh_CN")
    assert english.find("Call about £1,234.50 up to 40 days overdue (never contacted); ask for a dated promise.")
    assert english.find("Payment 120.00 EUR on 3 Mar 2026")
    assert english.find("Nothing of EUR 500.00 paid by 2025-03-13.")
    assert not english.find("就逾期最长 40 天的 £1,234.50 致电（从未联系）；请对方给出具体付款日期。")
    assert not english.find("Customer says the invoice was never received")  # the user's own words are data


def test_a_wizard_page_is_walked_too(controller, window, qtbot) -> None:
    assert controller.set_language("de_DE")
    seen: list[str] = []

    def fill(w: QWizard) -> None:
        seen.extend(text for _, text in visible_texts(w, cells=False))
        w.reject()

    with_modal(qtbot, ImportWizard, fill, controller.window.actions_by_name["import"].trigger)
    assert "Was möchten Sie importieren?" in {t for t in seen} or any("importieren" in t for t in seen)



def _wizard_files(window, folder) -> dict[str, object]:
    """A small valid file of each kind, with the field names as headers, naming the sample ledger's customers
    and invoices; the invoices file is for a customer on hold, so its check page offers the override."""
    import dataclasses

    from tests.samples.bank_statements import CAMT053

    led = window.ledger
    code, number = led.conn.execute(
        "SELECT c.code, i.number FROM invoices i JOIN customers c ON c.id = i.customer_id"
        " WHERE i.closed_on = '9999-12-31' AND i.amount - i.settled > 1000 ORDER BY i.id LIMIT 1").fetchone()
    led.update_customer(dataclasses.replace(led.customer(code), on_hold=True))
    rows = {
        "customers": "code,name,currency\nNEW1,Neukunde GmbH,EUR\n",
        "invoices": f"customer,number,issue_date,amount\n{code},WALK-1,2026-03-01,10.00\n",
        "payments": f"customer,date,amount,invoice\n{code},2026-03-02,1.00,{number}\n",
        "credit_notes": f"customer,number,date,amount,invoice\n{code},WALK-CN,2026-03-02,1.00,{number}\n",
        "write_offs": f"invoice,date,reason,amount\n{number},2026-03-02,small balance,1.00\n",
        "refunds": f"customer,date,amount\n{code},2026-03-02,1.00\n",
    }
    files: dict[str, object] = {}
    for kind, text in rows.items():
        files[kind] = folder / f"{kind}.csv"
        files[kind].write_text(text, encoding="utf-8")
    files["bank"] = folder / "statement.xml"
    files["bank"].write_text(CAMT053, encoding="utf-8")
    return files


@pytest.mark.parametrize("language", ["zh_CN", "de_DE"])
def test_the_import_wizard_speaks_the_language_for_every_kind(controller, window, qtbot, tmp_path,
                                                                language: str) -> None:
    assert controller.set_language(language)
    window = controller.window
    english = English(language)
    files = _wizard_files(window, tmp_path)
    # the files' column names (in the column choosers, the sample rows' header and the problems' column) and
    # the statement's payer are the file's data
    data = frozenset({h for f in files.values() if f.suffix == ".csv"
                      for h in f.read_text(encoding="utf-8").splitlines()[0].split(",")} | {"Bank"})
    found: list[str] = []
    walked: list[tuple[str, str]] = []

    def walk(kind: str):
        def fill(w: ImportWizard) -> None:
            assert w.choose.kind_names == kinds  # a new kind is walked too
            w.resize(1100, 760)
            w.choose.kinds.button(w.choose.kind_names.index(kind)).setChecked(True)
            w.choose.path.setText(str(files[kind]))
            found.extend(english_in(w, english, data))
            walked.append((kind, type(w.currentPage()).__name__))
            while w.currentPage() is not w.done_page:
                if not w.currentPage().isComplete() or w.currentPage().isCommitPage():
                    break  # a refused file's page, or the last page before anything is written
                w.next()
                wait_idle_dialog()
                found.extend(english_in(w, english, data))
                walked.append((kind, type(w.currentPage()).__name__))
            if kind == "invoices":  # the override offered for the customer on hold
                assert w.check.override_box.isVisibleTo(w)
                w.check.override.setChecked(True)
                found.extend(english_in(w, english, data))
            w.reject()
        return fill

    kinds = ["customers", "invoices", "payments", "credit_notes", "write_offs", "refunds", "bank"]
    for kind in kinds:
        with_modal(qtbot, ImportWizard, walk(kind), window.actions_by_name["import"].trigger)
        wait_idle(qtbot)
    pages = {(k, p) for k, p in walked}
    for kind in kinds:
        assert (kind, "ChooseFilePage") in pages
    for kind in ("customers", "invoices", "payments", "credit_notes", "write_offs", "refunds"):
        assert (kind, "MappingPage") in pages and (kind, "CheckFilePage") in pages, kind
    assert ("bank", "BankReviewPage") in pages
    assert not found, f"English in the {language} import wizard:\n" + "\n".join(sorted(set(found)))
