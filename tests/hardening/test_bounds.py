"""Bounds everywhere: dates 1900-01-01..2199-12-31, amounts below 10^13 minor units, text lengths, settings by
schema; values stored before the bounds existed never crash a command and are reported by out_of_bounds."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from arledger.cli.main import main
from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.model import Customer, Jurisdiction
from arledger.services import promises
from arledger.services.bounds import out_of_bounds
from arledger.services.ledger import Ledger
from tests.conftest import snapshot

ON = date(2025, 6, 10)


@pytest.fixture
def books(ledger: Ledger, ledger_path: Path) -> Path:
    ledger.set_setting("company", {"name": "Seller Ltd", "address": "1 High Street, York YO1 1AA"})
    ledger.add_customer(Customer(code="C", name="Carl Ltd", currency="GBP", jurisdiction=Jurisdiction.UK,
                                 address="2 Dock Road, Hull HU1 1AB", timezone="UTC"))
    ledger.add_invoice("C", "C-1", date(2025, 2, 1), 100_000, due_date=date(2025, 3, 1))
    ledger.add_invoice("C", "C-2", date(2025, 2, 1), 50_000, due_date=date(2025, 3, 2))
    promises.add_promise(ledger, "C", 10_000, date(2025, 3, 20), promised_on=date(2025, 3, 10))
    ledger.close()
    return ledger_path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse ends the parse of a refused option value
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def one_sentence(err: str) -> bool:
    lines = err.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("arledger: ") and "Traceback" not in err


@pytest.mark.parametrize(("text", "ok"), [
    ("1900-01-01", True), ("2199-12-31", True), ("1899-12-31", False), ("2200-01-01", False),
    ("9999-12-31", False), ("0001-01-01", False),
])
def test_date_bounds(text, ok):
    if ok:
        assert fields.parse_date(text, "date").isoformat() == text
    else:
        with pytest.raises(UserError, match=r"date .* is outside the dates arledger accepts \(1900-01-01 to "
                                            r"2199-12-31\)"):
            fields.parse_date(text, "date")


def test_amount_and_text_bounds():
    assert fields.parse_money("99999999999.99", "GBP", "amount") == 10**13 - 1
    with pytest.raises(UserError, match="larger than arledger accepts"):
        fields.parse_money("100000000000.00", "GBP", "amount")
    with pytest.raises(UserError, match=r"too large|larger than arledger accepts"):
        fields.parse_money("1" * 30, "JPY", "amount")
    with pytest.raises(UserError, match="summary is 20,001 characters long; at most 20,000"):
        fields.check_text("x" * 20_001, "summary", "summary")


@pytest.mark.parametrize("args", [
    ("promise", "add", "--customer", "C", "--amount", "10", "--date", "9999-12-31"),
    ("promise", "add", "--customer", "C", "--amount", "100000000000", "--date", "2025-07-01"),
    ("plan", "add", "--customer", "C", "--schedule", "2025-07-01:10,9999-12-31:10"),
    ("contact", "log", "--customer", "C", "--channel", "email", "--direction", "out", "--summary", "x",
     "--at", "9999-12-31T10:00:00"),
    ("limitation", "record", "--customer", "C", "--kind", "acknowledgment", "--date", "1066-10-14"),
    ("settings", "set", "promise_grace_days", "1e20"),
    ("settings", "set", "promise_grace_days", "-1"),
    ("settings", "set", "contact_policy", '{"max_calls": -5}'),
    ("settings", "set", "contact_policy", '{"hours_start": "25:00"}'),
    ("settings", "set", "company", '{"name": "X", "bank": "notadict"}'),
    ("settings", "set", "company", '{"name": "X", "bnak": {}}'),
    ("settings", "set", "escalation_policy", '{"min_gap_days": 1e9}'),
    ("settings", "set", "aging.boundaries", "[90, 30]"),
    ("settings", "set", "limitation_generic_years", "100000"),
])
def test_the_cli_refuses_out_of_bounds_values_in_one_sentence(books, capsys, args):
    before = snapshot(books)
    code, _out, err = cli(capsys, *args, "--ledger", str(books))
    assert code == 1 and one_sentence(err), err
    assert snapshot(books) == before


@pytest.mark.parametrize(("args", "named"), [
    (("settings", "set", "promise_grace_days", "1e20"), "promise_grace_days"),
    (("settings", "set", "contact_policy", '{"max_calls": -5}'), "contact_policy max_calls must be from 0"),
    (("settings", "set", "company", '{"name": "X", "bank": "notadict"}'), "company bank must be a JSON object"),
])
def test_settings_sentences_name_what_is_wrong(books, capsys, args, named):
    _code, _out, err = cli(capsys, *args, "--ledger", str(books))
    assert named in err and err.strip().endswith("the setting was left as it was.")


def test_services_refuse_far_dates_from_any_front_end(books):
    with Ledger.open(books) as led:
        with pytest.raises(UserError, match="due date 9999-12-31 is outside"):
            led.add_invoice("C", "C-9", date(2025, 1, 1), 100, due_date=date(9999, 12, 31))
        with pytest.raises(UserError, match="date 9999-12-31 is outside"):
            promises.add_promise(led, "C", 100, date(9999, 12, 31), promised_on=date(2025, 1, 1))
        with pytest.raises(UserError, match=r"amount .* larger than arledger accepts"):
            led.record_payment("C", date(2025, 5, 1), 10**13)
        with pytest.raises(UserError, match="at most 300"):
            led.add_customer(Customer(code="L", name="n" * 301))
        assert led.counts() == {"customers": 1, "invoices": 2}


def _store_far_values(path: Path) -> None:
    """What older versions (or another program) could have stored: far dates, a huge grace, a broken bank."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE promises SET due_date = '9999-12-31'")
    conn.execute("UPDATE invoices SET due_date = '9999-12-31' WHERE number = 'C-2'")
    conn.execute("INSERT INTO settings (key, value) VALUES ('promise_grace_days', '1e20')")
    conn.execute("INSERT INTO settings (key, value) VALUES ('contact_policy', '{\"max_calls\": -5}')")
    conn.execute("UPDATE settings SET value = '{\"name\": \"Seller Ltd\", \"bank\": \"notadict\"}' "
                 "WHERE key = 'company'")
    conn.commit()
    conn.close()


def test_values_stored_out_of_bounds_break_no_command(books, capsys, tmp_path):
    with Ledger.open(books) as led:
        promises.add_plan(led, "C", [(date(2025, 4, 1), 100), (date(2025, 5, 1), 100)],
                             agreed_on=date(2025, 3, 25))
    _store_far_values(books)
    conn = sqlite3.connect(books)
    conn.execute("UPDATE promises SET due_date = '9999-12-31' WHERE plan_id IS NOT NULL")
    conn.commit()
    conn.close()
    for args in (("queue", "--on", ON.isoformat()), ("letters", "due", "--on", ON.isoformat()),
                 ("promise", "list", "--on", ON.isoformat()),
                 ("report", "kpi", "--from", "2025-01-01", "--to", ON.isoformat()),
                 ("report", "aging", "--as-of", ON.isoformat(), "--by", "invoice"),
                 ("report", "interest", "--as-of", ON.isoformat()),
                 ("export", "xlsx", str(tmp_path / "x.xlsx"), "--as-of", ON.isoformat()),
                 ("letters", "batch", "--on", ON.isoformat(), "--out", str(tmp_path / "out"))):
        code, _out, err = cli(capsys, *args, "--ledger", str(books))
        assert "Traceback" not in err
        assert code == 0 or one_sentence(err), (args, err)


def test_out_of_bounds_reports_each_stored_value(books):
    _store_far_values(books)
    with Ledger.open(books) as led:
        found = out_of_bounds(led)
    sentences = [str(f.sentence) for f in found]
    assert "promises row 1: due_date 9999-12-31 is outside the dates arledger accepts (1900-01-01 to 2199-12-31)." \
        in sentences
    assert any(s.startswith("invoices row 2: due_date 9999-12-31") for s in sentences)
    assert any("promise_grace_days" in s and "default is used" in s for s in sentences)
    assert any("contact_policy max_calls" in s for s in sentences)
    assert any("company bank must be a JSON object" in s for s in sentences)
    assert all(s.endswith(".") for s in sentences)


def test_the_far_date_arithmetic_saturates():
    from arledger.domain.bounds import add_days
    from arledger.domain.limitation import add_years

    assert add_days(date(9999, 12, 31), 3) == date.max
    assert add_days(date(2025, 1, 1), 3) == date(2025, 1, 4)
    assert add_days(date(1, 1, 2), -5) == date.min
    assert add_years(date(9999, 12, 31), 6) == date.max
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert date(2025, 1, 1) + timedelta(days=3) == add_days(date(2025, 1, 1), 3)
