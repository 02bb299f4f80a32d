"""The interest basis, a stale rate warning and the limitation basis are messages: the same facts read in
Chinese and German from the catalogs, and in English as before."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from arledger.domain.interest import compute_interest
from arledger.domain.limitation import LimitationEvent, assess_limitation
from arledger.domain.rates import DE_BASISZINS, RateTable, parse_rate_table
from arledger.render.messages import translate
from tests.domain.test_interest import GMBH, UK_LTD, invoice


def test_a_stale_rate_warning_reads_in_chinese_and_german(shipped_rates: dict[str, RateTable]) -> None:
    result = compute_interest(invoice(100_000, date(2025, 12, 31)), GMBH, date(2026, 1, 10), shipped_rates)
    assert result.stale_warning is not None
    assert "that rate was assumed for 2026-01-01" in str(result.stale_message)
    german = translate(result.stale_warning, "de_DE")
    assert "dieser Satz wurde für 01.01.2026 angenommen" in german and "de_basiszins" in german
    assert "endet mit 1,27\u00a0% ab 01.07.2025" in german
    assert "假定" in translate(result.stale_warning, "zh_CN")
    basis = translate(result.basis_message, "de_DE")
    assert basis.startswith("Verzugszinsen nach § 288 Abs. 2 BGB") and "ab 01.01.2026" in basis
    assert "Default interest" not in basis


def test_a_revived_limitation_reads_in_chinese_and_german() -> None:
    promise = LimitationEvent(date(2023, 6, 10), "promise", "promise 9")
    revived = assess_limitation(date(2020, 3, 1), "cn", [promise], date(2023, 7, 1))
    assert "the debtor's promise of 2023-06-10 revived the claim" in revived.basis
    chinese = translate(revived.basis_message, "zh_CN")
    assert "债务人 2023-06-10 的付款承诺使请求恢复" in chinese and "2026-06-10 之后" in chinese
    assert "Zahlungszusage des Schuldners am 10.06.2023" in translate(revived.basis_message, "de_DE")


def test_a_rate_source_is_data_read_in_each_language(shipped_rates: dict[str, RateTable]) -> None:
    """Table, reference rate, its date and the margin: "Basiszinssatz 3,62 % (01.01.2024) + 9 Prozentpunkte"."""
    result = compute_interest(invoice(100_000, date(2024, 1, 31)), GMBH, date(2024, 3, 1), shipped_rates)
    period = result.segments[0]
    assert (period.table, period.reference_rate, period.rate_effective, period.margin) == (
        "de_basiszins", Decimal("3.62"), date(2024, 1, 1), Decimal(9))
    assert period.rate_source == "Basiszinssatz 3.62% (2024-01-01) + 9"  # English as before
    assert translate(period.source, "de_DE") == "Basiszinssatz 3,62\u00a0% (01.01.2024) + 9 Prozentpunkte"
    assert translate(period.source, "zh_CN") == "德国基准利率（Basiszinssatz） 3.62%（2024-01-01）+ 9 个百分点"
    uk = compute_interest(invoice(100_000, date(2024, 1, 31), "GBP"), UK_LTD, date(2024, 3, 1), shipped_rates)
    assert translate(uk.segments[0].source, "de_DE") == (
        "Leitzins der Bank of England 5,25\u00a0% (03.08.2023) + 8 Prozentpunkte")
    assert "英格兰银行基准利率 5.25%（2023-08-03）+ 8 个百分点" in translate(uk.basis_message, "zh_CN")
    german = translate(result.basis_message, "de_DE")
    assert "(3,62\u00a0% + 9 = 12,62\u00a0% ab 01.02.2024)" in german and "Pauschale von 40,00 EUR" in german
    assert "plus the EUR 40.00 lump sum" in str(result.basis_message)  # English as before


def test_a_rate_table_with_its_own_label_keeps_it_in_every_language() -> None:
    """A label the user gave the table in its file is data: printed as written, never translated."""
    own = parse_rate_table("# label: Hausbank-Satz\n2024-01-01,3.00\n", DE_BASISZINS)
    result = compute_interest(invoice(100_000, date(2024, 1, 31)), GMBH, date(2024, 3, 1), {DE_BASISZINS: own})
    assert translate(result.segments[0].source, "zh_CN").startswith("Hausbank-Satz 3.00%")


@pytest.mark.parametrize(("pack", "due", "german", "chinese"), [
    ("de", date(2021, 5, 1), "3-jährige Verjährungsfrist (§§ 195, 199 und 212 BGB) ab dem Schluss des Jahres 2021; "
     "Forderungen sind nach dem 31.12.2024 verjährt.", "德国民法典（BGB）第 195、199、212 条"),
    ("uk", date(2020, 5, 1), "6-jährige Verjährungsfrist (Limitation Act 1980, s. 5 und 29) ab dem Fälligkeitstag "
     "01.05.2020; Forderungen sind nach dem 01.05.2026 verjährt.",
     "英国《1980 年时效法》（Limitation Act 1980）第 5、29 条"),
    ("cn", date(2022, 5, 1), "(Art. 188 und 195 Zivilgesetzbuch der VR China)",
     "《中华人民共和国民法典》第一百八十八条、第一百九十五条"),
])
def test_the_limitation_basis_cites_the_statute_in_a_sentence_in_the_readers_language(
        pack: str, due: date, german: str, chinese: str) -> None:
    status = assess_limitation(due, pack, [], date(2024, 6, 1))
    assert " and " in status.basis  # the English citation as before ("BGB §§195, 199 and 212")
    assert german in translate(status.basis_message, "de_DE")
    zh = translate(status.basis_message, "zh_CN")
    assert chinese in zh and " and " not in zh
