from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.formatting import format_money
from desktop.domain.money import from_cents, line_total, parse_amount, round_cent, to_cents


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("0.004", "0.00"),
        ("2.675", "2.68"),
        ("-0.005", "-0.01"),
        ("1234.565", "1234.57"),
        ("10", "10.00"),
    ],
)
def test_round_cent_is_half_up(value, expected):
    assert round_cent(Decimal(value)) == Decimal(expected)


def test_float_is_refused_for_money():
    with pytest.raises(TypeError):
        round_cent(0.1)
    with pytest.raises(TypeError):
        format_money(12.5)


def test_line_total_rounds_each_line():
    # 12.5 days at 333.33 = 4166.625 -> 4166.63 (half up), not banker's 4166.62
    assert line_total(Decimal("12.5"), Decimal("333.33")) == Decimal("4166.63")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("650", "650"),
        ("650,50", "650.50"),
        ("1 234,56 €", "1234.56"),
        ("1\u202f234,56\u00a0€", "1234.56"),  # what Excel 365 and babel write
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("EUR 1200", "1200"),
        ("-12,3", "-12.3"),
        ("(45,00)", "-45.00"),
        ("1234.5 euros", "1234.5"),
    ],
)
def test_parse_amount_reads_french_and_english_forms(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "12,34,56", "1 2 3 x", "€"])
def test_parse_amount_rejects_what_is_not_an_amount(text):
    with pytest.raises(ValueError):
        parse_amount(text)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_cents_round_trip(cents):
    assert to_cents(from_cents(cents)) == cents


@given(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    st.sampled_from(["fr", "en"]),
)
def test_formatted_money_parses_back(amount, language):
    assert parse_amount(format_money(amount, language)) == amount
