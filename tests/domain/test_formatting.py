import datetime as dt
from decimal import Decimal

from desktop.domain.formatting import (
    format_date,
    format_money,
    format_money_whole,
    format_month,
    format_number,
    format_rate,
)


def test_money_in_french_uses_comma_and_narrow_spaces():
    text = format_money(Decimal("1234.5"), "fr")
    assert text.replace("\u202f", " ").replace("\u00a0", " ") == "1 234,50 €"


def test_money_in_english():
    assert format_money(Decimal("1234.5"), "en") == "€1,234.50"


def test_rate_drops_cents_only_when_whole():
    assert format_rate(Decimal("650.00"), "fr").replace("\u00a0", " ") == "650 €"
    assert format_rate(Decimal("650.50"), "en") == "€650.50"


def test_dates_day_first_in_both_languages():
    day = dt.date(2026, 3, 9)
    assert format_date(day, "fr") == "09/03/2026"
    assert format_date(day, "en") == "09/03/2026"
    assert format_date(day, "fr", "long") == "9 mars 2026"


def test_the_first_of_a_month_is_written_as_french_writes_it():
    first = dt.date(2026, 10, 1)
    assert format_date(first, "fr", "long") == "1er octobre 2026"  # « le 1er octobre »
    assert format_date(first, "en", "long") == "1 October 2026"
    assert format_date(first, "fr") == "01/10/2026"
    assert format_month(first, "fr") == "octobre 2026"


def test_numbers_group_thousands():
    assert format_number(12345, "en") == "12,345"
    assert format_number(12345, "fr").replace("\u202f", " ") == "12 345"


def test_whole_euros_round_half_up_for_figures_at_a_glance():
    text = format_money_whole(Decimal("1234567.50"), "fr")
    assert text.replace("\u202f", " ").replace("\u00a0", " ") == "1 234 568 €"
    assert format_money_whole(Decimal("-600.49"), "en") == "-€600"
