"""Fixtures shared by the domain tests: the rate tables shipped in resources/rates."""

from __future__ import annotations

from pathlib import Path

import pytest

from arledger.domain.rates import RateTable, index_rate_tables, read_rate_table

RATES_DIR = Path(__file__).resolve().parents[2] / "resources" / "rates"


@pytest.fixture(scope="session")
def shipped_rates() -> dict[str, RateTable]:
    """The shipped tables keyed by name (boe_base_rate, ecb_mro, de_basiszins, cn_lpr_1y)."""
    return index_rate_tables([read_rate_table(p) for p in sorted(RATES_DIR.glob("*.csv"))])
