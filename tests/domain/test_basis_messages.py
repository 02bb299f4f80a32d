"""The interest basis, a stale rate warning and the limitation basis are messages: the same facts read in
Chinese and German from the catalogs, and in English as before."""

from __future__ import annotations

from datetime import date

from arledger.domain.interest import compute_interest
from arledger.domain.limitation import LimitationEvent, assess_limitation
from arledger.domain.rates import RateTable
from arledger.render.messages import translate
from tests.domain.test_interest import GMBH, invoice


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
