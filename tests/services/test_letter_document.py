"""A letter's document is the same whether its decision passes down what it read (a single letter) or the
document reads the overdue items and promises again (a batch's plans)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger
from arledger.services.letter_document import _decide, _document
from arledger.services.letterhead import _Context
from tests.bench.bench_statements import ON, sample


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("document") / "demo.arledger"
    write_demo_ledger(path, customers=60, invoices=1500, today=ON)
    return path


def test_the_facts_passed_down_make_the_same_letter_as_the_facts_read_again(demo: Path) -> None:
    with Ledger.open(demo) as ledger:
        ctx = _Context.load(ledger)
        levels = set()
        for code in sample(ledger):
            plan = _decide(ledger, ledger.customer(code), ON, None)
            assert plan.overdue is not None and plan.promises is not None
            passed = _document(ledger, ctx, plan, ON, appendix=None, number=1)
            reread = _document(ledger, ctx, dataclasses.replace(plan, overdue=None, promises=None, paid_late=None), ON,
                               appendix=None, number=1)
            assert passed == reread
            levels.add(plan.level)
            if plan.level >= 3:
                assert passed[0].statement is not None  # the enclosed statement was compared too
        assert {1, 2, 3} <= levels
