from decimal import Decimal

import pytest

from arledger.domain.money import Money, MoneyError, check_currency, format_amount, parse_amount, totals_by_currency


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("0", "EUR", 0),
    ("12", "EUR", 1200),
    ("12.5", "EUR", 1250),
    ("12.50", "EUR", 1250),
    ("1,234.56", "EUR", 123456),
    (" 1 234.56 ", "EUR", 123456),
    (".5", "EUR", 50),
    ("1000", "JPY", 1000),
    ("1.234", "KWD", 1234),
    ("0.10", "GBP", 10),  # 0.1 as a float would not be exact; Decimal keeps it
])
def test_parse_amount_gives_exact_minor_units(text, currency, minor):
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(("text", "currency", "why"), [
    ("12.345", "EUR", r"more decimals than EUR allows \(2\)"),
    ("1.5", "JPY", r"more decimals than JPY allows \(0\)"),
    ("-5", "EUR", "negative"),
    ("abc", "EUR", "is not an amount"),
    ("1e3", "EUR", "is not an amount"),
    ("12,34", "EUR", "is not an amount"),
    ("", "EUR", "empty"),
    ("NaN", "EUR", "is not an amount"),
])
def test_parse_amount_rejects_with_a_sentence(text, currency, why):
    with pytest.raises(MoneyError, match=why):
        parse_amount(text, currency)


def test_trailing_zeros_beyond_the_currency_are_accepted():
    # 12.500 is exactly 12.50: no precision is lost, so it is not "over-precise"
    assert parse_amount("12.500", "EUR") == 1250


def test_negative_allowed_when_asked():
    assert parse_amount("-0.05", "EUR", allow_negative=True) == -5


def test_decimal_and_int_inputs_are_major_units():
    assert parse_amount(Decimal("10.01"), "USD") == 1001
    assert parse_amount(7, "USD") == 700


def test_format_amount_uses_currency_decimals():
    assert format_amount(123456, "EUR") == "1234.56"
    assert format_amount(5, "EUR") == "0.05"
    assert format_amount(-5, "EUR") == "-0.05"
    assert format_amount(1500, "JPY") == "1500"
    assert format_amount(1234, "BHD") == "1.234"


def test_money_refuses_to_mix_currencies():
    with pytest.raises(MoneyError, match="Cannot combine EUR and GBP"):
        Money("EUR", 100) + Money("GBP", 100)
    assert Money("EUR", 100) + Money("EUR", 5) == Money("EUR", 105)
    assert str(Money("EUR", 105)) == "1.05 EUR"


def test_totals_are_per_currency():
    totals = totals_by_currency([Money("EUR", 100), Money("GBP", 7), Money("EUR", 1)])
    assert totals == {"EUR": Money("EUR", 101), "GBP": Money("GBP", 7)}


def test_currency_codes():
    assert check_currency(" gbp ") == "GBP"
    with pytest.raises(MoneyError):
        check_currency("pounds")
