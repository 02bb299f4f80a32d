"""Property test: whatever dates and amounts the command line is given, it exits 0 or 1, a refusal is one
sentence without a traceback, and a refused command leaves the ledger exactly as it was."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arledger.cli.main import main
from arledger.domain.model import Customer, Jurisdiction
from arledger.services.ledger import Ledger
from tests.conftest import snapshot

EDGE_DATES = ["", " ", "2025-02-30", "9999-12-31", "0001-01-01", "1899-12-31", "1900-01-01", "2199-12-31",
              "2200-01-01", "2025-1-1", "20250101", "2025-06-01T00:00", "٢٠٢٥-٠١-٠١", "2025-13-01", "-2025-01-01"]
EDGE_AMOUNTS = ["", "0", "-0", "-5", "0.001", "1e20", "1E3", "NaN", "Infinity", "-Infinity", "1,000.00", "1.000,00",
                "99999999999.99", "100000000000.00", "9" * 40, "0x10", "１２３", "12.5.3", " 7 ", "+3"]
PRINTABLE = st.text(string.printable.replace("\x00", ""), max_size=24)
DATES = st.one_of(st.sampled_from(EDGE_DATES), st.dates(date(1, 1, 1), date(9999, 12, 31)).map(date.isoformat),
                  st.from_regex(r"\A-?\d{1,5}-\d{1,2}-\d{1,2}\Z"), PRINTABLE)
AMOUNTS = st.one_of(st.sampled_from(EDGE_AMOUNTS), st.integers(-10**16, 10**16).map(str),
                    st.decimals(allow_nan=True, allow_infinity=True, places=None).map(str),
                    st.floats().map(repr), PRINTABLE)


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "books.sqlite"
    with Ledger.open(path, create=True) as led:
        led.add_customer(Customer(code="C", name="Carl Ltd", currency="GBP", jurisdiction=Jurisdiction.UK,
                                  timezone="UTC"))
        led.add_invoice("C", "C-1", date(2025, 2, 1), 100_000, due_date=date(2025, 3, 1))
    return path


def run_cli(capsys, args: list[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out = capsys.readouterr()
    return code, out.out, out.err


def check(books: Path, capsys, args: list[str]) -> int:
    before = snapshot(books)
    code, _out, err = run_cli(capsys, [*args, f"--ledger={books}"])
    assert code in (0, 1), (args, code, err)
    assert "Traceback" not in err
    if code == 1:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("arledger: ") and lines[0].endswith("."), (args, err)
        assert snapshot(books) == before, args
    return code


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(amount=AMOUNTS, due=DATES, made=DATES)
def test_promise_add(books, capsys, amount, due, made):
    check(books, capsys, ["promise", "add", "--customer=C", f"--amount={amount}", f"--date={due}",
                          f"--promised-on={made}"])


@FUZZ
@given(schedule=st.lists(st.tuples(DATES, AMOUNTS), min_size=1, max_size=3))
def test_plan_add(books, capsys, schedule):
    text = ",".join(f"{d}:{a}" for d, a in schedule)
    check(books, capsys, ["plan", "add", "--customer=C", f"--schedule={text}", "--agreed-on=2025-01-01"])


@FUZZ
@given(at=st.one_of(DATES, DATES.map(lambda d: f"{d}T10:00:00"), PRINTABLE))
def test_contact_log_at(books, capsys, at):
    check(books, capsys, ["contact", "log", "--customer=C", "--channel=email", "--direction=in", "--summary=x",
                          f"--at={at}"])


@FUZZ
@given(on=DATES, amount=AMOUNTS)
def test_dispute_and_reports(books, capsys, on, amount):
    check(books, capsys, ["dispute", "open", "--invoice=C-1", "--reason=price", f"--amount={amount}", f"--on={on}"])
    check(books, capsys, ["dispute", "resolve", "--invoice=C-1", "--resolution=done", f"--on={on}"])
    check(books, capsys, ["report", "aging", f"--as-of={on}", "--format=json"])
    check(books, capsys, ["report", "interest", f"--as-of={on}", "--format=json"])
