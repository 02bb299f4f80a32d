"""Language and formats: they follow the system locale unless Settings chose otherwise; gui/formatting.py writes
dates and numbers as the format region does, amounts with their currency's decimals; English plurals by count."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from babel.numbers import get_group_symbol
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from arledger.gui import app as app_module
from arledger.gui import formatting as fmt
from arledger.gui.dialogs.settings import SettingsDialog
from arledger.gui.preferences import Preferences
from tests.gui.conftest import save, wait_idle, with_modal

DAY = date(2026, 11, 26)
# Switzerland groups thousands with an apostrophe; CLDR releases differ on which one (’ or '), so ask Babel.
SWISS = get_group_symbol("de_CH")


@pytest.fixture
def region():
    yield fmt.set_region
    fmt.set_region("en_GB")


@pytest.mark.parametrize(("name", "day", "amount", "money"), [
    ("en_GB", "26 Nov 2026", "1,234.56", "€1,234.56"),
    ("en_US", "Nov 26, 2026", "1,234.56", "€1,234.56"),
    ("de_DE", "26.11.2026", "1.234,56", "1.234,56\xa0€"),
    ("de_CH", "26.11.2026", f"1{SWISS}234.56", f"EUR\xa01{SWISS}234.56"),
    ("zh_CN", "2026年11月26日", "1,234.56", "€1,234.56"),
])
def test_dates_and_amounts_as_the_region_writes_them(region, name: str, day: str, amount: str, money: str) -> None:
    assert region(name) == name
    assert fmt.day(DAY) == day
    assert fmt.amount(123456, "EUR") == amount
    assert fmt.money(123456, "EUR") == money


def test_amounts_keep_their_currencys_decimals(region) -> None:
    region("de_DE")
    assert fmt.amount(123456, "JPY") == "123.456"
    assert fmt.amount(1234567, "KWD") == "1.234,567"
    assert fmt.amount(-5, "EUR") == "-0,05"
    assert fmt.decimal(Decimal("136.25"), 1) == "136,2"
    assert fmt.count(1234567) == "1.234.567"


def test_times_follow_the_region(region) -> None:
    at = datetime(2026, 1, 12, 13, 10, tzinfo=UTC).astimezone()
    region("de_DE")
    assert fmt.moment(at).startswith("12.01.2026 ")
    region("en_US")
    assert fmt.moment(at).endswith(("PM", "AM"))


def test_an_unknown_region_falls_back_to_british_formats(region) -> None:
    assert region("xx_YY") == "en_GB"
    assert fmt.day(DAY) == "26 Nov 2026"


def test_the_system_locale_chooses_language_and_formats(controller, monkeypatch) -> None:
    installer = controller.languages
    monkeypatch.setattr(app_module, "system_locale_name", lambda: "de_DE")
    assert installer.install("", "")
    assert (installer.language, installer.region) == ("de_DE", "de_DE")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert fmt.day(DAY) == "26.11.2026" and QLocale().name() == "de_DE"

    monkeypatch.setattr(app_module, "system_locale_name", lambda: "en_US")
    assert installer.install("", "")
    assert (installer.language, installer.region) == ("en", "en_US")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert fmt.day(DAY) == "Nov 26, 2026"

    monkeypatch.setattr(app_module, "system_locale_name", lambda: "zh_CN")
    assert installer.install("", "")
    assert installer.language == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"


def test_settings_override_the_system(controller, monkeypatch) -> None:
    installer = controller.languages
    monkeypatch.setattr(app_module, "system_locale_name", lambda: "en_US")
    assert installer.install("de_DE", "")  # German words, the system's US formats
    assert (installer.language, installer.region) == ("de_DE", "en_US")
    assert fmt.day(DAY) == "Nov 26, 2026"
    assert installer.install("zh_CN", "de_CH")
    assert (installer.language, installer.region) == ("zh_CN", "de_CH")
    assert fmt.amount(123456, "EUR") == f"1{SWISS}234.56"

    monkeypatch.setattr(app_module, "system_locale_name", lambda: "")  # the C locale: British English
    assert installer.install("", "")
    assert (installer.language, installer.region) == ("en", "en_GB")


def test_english_counts_say_one_and_many(controller) -> None:
    controller.languages.install("en", "en_GB")
    tr = QCoreApplication.translate
    assert tr("CustomerTableModel", "%n day(s)", "", 1) == "1 day"
    assert tr("CustomerTableModel", "%n day(s)", "", 30) == "30 days"
    assert tr("BatchSummaryDialog", "Send %n letter(s)", "", 1) == "Send 1 letter"
    assert tr("CustomersPage", "%Ln customer(s)", "", 1234) == "1,234 customers"
    controller.languages.install("de_DE", "de_DE")
    assert tr("CustomerTableModel", "%n day(s)", "", 1) == "1 Tag"
    assert tr("CustomersPage", "%Ln customer(s)", "", 1234) == "1.234 Kunden"


def test_settings_offer_three_languages_and_the_format_region(controller, window, qtbot, monkeypatch) -> None:
    def fill(d: SettingsDialog) -> None:
        box: QComboBox = d.language_box
        assert [box.itemText(i) for i in range(1, box.count())] == ["English", "简体中文", "Deutsch"]
        assert box.itemData(0) == "" and box.currentIndex() == 0  # as the system, until chosen
        d.language_box.setCurrentIndex(d.language_box.findData("de_DE"))
        regions = d.region_box
        assert "26.11.2026" in regions.itemText(regions.findData("de_DE"))
        regions.setCurrentIndex(regions.findData("en_US"))
        save(d)

    with_modal(qtbot, SettingsDialog, fill, window.actions_by_name["settings"].trigger)
    wait_idle(qtbot)
    assert (Preferences().language, Preferences().format_region) == ("de_DE", "en_US")
    rebuilt = controller.window
    assert rebuilt is not window
    assert rebuilt.menuBar().actions()[0].text() == "&Datei"
    assert fmt.day(DAY) == "Nov 26, 2026"


def test_bucket_titles_come_from_the_day_ranges_not_from_english_labels(controller) -> None:
    from arledger.domain.aging import AgingBasis, BucketScheme

    controller.languages.install("de_DE", "de_DE")
    by_due = BucketScheme((30, 90, 1800))
    assert fmt.bucket_titles(by_due) == ["Nicht fällig", "1–30", "31–90", "91–1.800", "1.801+"]
    assert fmt.bucket_titles(by_due, "%1 Tage")[1] == "1–30 Tage"
    assert fmt.bucket_titles(BucketScheme((30, 60), AgingBasis.INVOICE)) == ["0–30", "31–60", "61+"]
    controller.languages.install("zh_CN", "zh_CN")
    assert fmt.bucket_titles(by_due)[0] == "未到期"


def test_a_german_customer_speaks_german_and_keeps_its_default_flags(controller, window, qtbot, tmp_path) -> None:
    from arledger.domain.model import Jurisdiction, Language
    from arledger.gui.dialogs.customer import CustomerDialog

    shots = []

    def fill(d: CustomerDialog) -> None:
        d.code.setText("DE01")
        d.name.setText("Bauer Metallbau GmbH")
        d.currency.setText("EUR")
        d.language.setCurrentIndex(d.language.findData(Language.DE))
        d.jurisdiction.setCurrentIndex(d.jurisdiction.findData(Jurisdiction.UK))
        # the § 286 BGB flags belong to the German rule pack only
        assert not d.agreed.isVisibleTo(d) and not d.notice.isVisibleTo(d)
        d.jurisdiction.setCurrentIndex(d.jurisdiction.findData(Jurisdiction.DE))
        assert d.agreed.isVisibleTo(d) and d.notice.isVisibleTo(d)
        assert not d.agreed.isChecked() and not d.notice.isChecked()
        d.agreed.setChecked(True)
        path = tmp_path / "customer-dialog-de.png"
        d.grab().save(str(path))
        shots.append(path)
        assert d.ok_button.isEnabled(), d.message()
        save(d)

    with_modal(qtbot, CustomerDialog, fill, window.actions_by_name["new_customer"].trigger)
    c = window.ledger.customer("DE01")
    assert (c.language, c.jurisdiction, c.payment_date_agreed, c.default_notice) == (Language.DE, Jurisdiction.DE,
                                                                                      True, False)
    edit = CustomerDialog(window.ledger, c)
    qtbot.addWidget(edit)
    assert edit.agreed.isChecked() and not edit.notice.isChecked() and edit.agreed.isVisibleTo(edit)
    edit.agreed.setChecked(False)
    edit.notice.setChecked(True)
    save(edit)
    c = window.ledger.customer("DE01")
    assert (c.payment_date_agreed, c.default_notice) == (False, True)
    assert shots[0].stat().st_size > 0
