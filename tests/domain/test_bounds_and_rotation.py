"""Amounts bounded in the domain; which automatic backups are kept."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import backup_rotation
from desktop.domain.errors import ValidationError
from desktop.domain.missions import MissionDraft, validate_mission
from desktop.domain.money import (
    MAX_AMOUNT,
    MAX_DAILY_RATE,
    AmountOutOfBoundsError,
    line_total,
    total_of,
)
from desktop.domain.validation import CompanyDraft, TalentDraft, validate_company, validate_talent


def test_a_daily_rate_of_1e20_is_a_clear_field_error():
    with pytest.raises(ValidationError) as info:
        validate_talent(TalentDraft("Jean", "Dupont", daily_rate=Decimal("1e20")))
    assert info.value.fields == ["daily_rate"]
    assert str(info.value) == (
        "Daily rate (TJM): at most 100,000 €: a larger amount is surely a typo"
    )
    validate_talent(TalentDraft("Jean", "Dupont", daily_rate=MAX_DAILY_RATE))


def test_deal_values_prices_and_rates_are_bounded():
    with pytest.raises(ValidationError, match="at most 1,000,000,000 €"):
        validate_company(CompanyDraft("Alpha", expected_value=Decimal("5e16")))
    with pytest.raises(ValidationError) as info:
        validate_mission(
            MissionDraft(
                company_id=1,
                title="T",
                client_daily_rate=Decimal("200000"),
                fixed_price=Decimal("2e9"),
            )
        )
    assert {"client_daily_rate", "fixed_price"} <= set(info.value.fields)


def test_lines_and_totals_are_bounded():
    assert line_total(Decimal("20"), Decimal("650")) == Decimal("13000.00")
    with pytest.raises(AmountOutOfBoundsError):
        line_total(Decimal("1e6"), Decimal("650"))  # a quantity beyond 100,000
    with pytest.raises(AmountOutOfBoundsError):
        line_total(Decimal("100000"), Decimal("100000"))  # 1e10 € on one line
    with pytest.raises(AmountOutOfBoundsError):
        total_of([MAX_AMOUNT, Decimal("0.01")])


def test_bounded_values_cannot_overflow_sqlite_even_summed_by_millions():
    cents = int(MAX_AMOUNT * 100)
    assert cents * 90_000_000 < 2**63


times = st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2027, 1, 1))


@given(st.lists(times, max_size=200))
def test_rotation_keeps_the_newest_and_at_most_eleven(created):
    keep = backup_rotation.to_keep(created)
    assert keep <= set(created)
    assert len(keep) <= backup_rotation.DAILY + backup_rotation.WEEKLY
    if created:
        assert max(created) in keep
        days = sorted({c.date() for c in created}, reverse=True)[: backup_rotation.DAILY]
        for day in days:  # the newest of each of the last 7 days with a backup
            assert max(c for c in created if c.date() == day) in keep
