"""Late-payment interest on worked examples, rates by half-year, the legal floor."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.late_payment import (
    ECB,
    RateTable,
    check_agreed_rate,
    default_rate,
    half_year_start,
    late_interest,
    late_interest_periods,
    minimum_rate,
)

D = dt.date
TABLE = RateTable.from_data(
    {
        "known_until": {"ecb_main_refinancing": "2026-02-05"},
        "ecb_main_refinancing": [
            {"from": "2024-12-18", "rate": "3.15"},
            {"from": "2025-06-11", "rate": "2.15"},
        ],
        "legal_interest_professional": [
            {"from": "2025-01-01", "rate": "3.71"},
            {"from": "2025-07-01", "rate": "2.76"},
            {"from": "2026-01-01", "rate": "2.62"},
        ],
    }
)


def test_the_rate_is_the_one_in_force_on_1_january_or_1_july():
    assert half_year_start(D(2025, 6, 30)) == D(2025, 1, 1)
    assert half_year_start(D(2025, 7, 1)) == D(2025, 7, 1)
    # 1 January 2025: 3.15 (the cut of 5 February does not count before July)
    assert default_rate(TABLE, D(2025, 5, 20)).rate == Decimal("13.15")
    assert default_rate(TABLE, D(2025, 8, 1)).rate == Decimal("12.15")
    assert not default_rate(TABLE, D(2026, 3, 1)).stale
    # the second half of 2026 is beyond what the table knows: flagged, last rate used
    late = default_rate(TABLE, D(2026, 9, 1))
    assert late.stale and late.rate == Decimal("12.15")


def test_worked_example_one_half_year():
    # 10,000 EUR due 31 March 2025, paid 30 May 2025: 60 days at 13.15 %.
    # 10000 x 0.1315 x 60 / 365 = 216.164... -> 216.16
    interest = late_interest(
        Decimal("10000"),
        D(2025, 3, 31),
        D(2025, 5, 30),
        [(D(2025, 5, 30), Decimal("10000"))],
        TABLE,
    )
    assert interest == Decimal("216.16")


def test_worked_example_across_two_half_years():
    # 1,200 EUR due 15 June 2025, unpaid on 15 July 2025:
    # 16-30 June: 15 days at 13.15 % = 6.4849...; 1-15 July: 15 days at 12.15 % = 5.9917...
    periods = late_interest_periods(Decimal("1200"), D(2025, 6, 15), D(2025, 7, 15), [], TABLE)
    assert [(p.days, p.rate) for p in periods] == [(15, Decimal("13.15")), (15, Decimal("12.15"))]
    assert late_interest(Decimal("1200"), D(2025, 6, 15), D(2025, 7, 15), [], TABLE) == Decimal(
        "12.48"
    )


def test_partial_payments_reduce_the_balance_that_bears_interest():
    # 3,000 due 31 Jan 2026 at an agreed 12 %: 1,000 paid 10 Feb, the rest 2 Mar.
    # 1-10 Feb: 10 days on 3000 = 9.8630; 11 Feb - 2 Mar: 20 days on 2000 = 13.1507 -> 23.01
    interest = late_interest(
        Decimal("3000"),
        D(2026, 1, 31),
        D(2026, 3, 2),
        [(D(2026, 2, 10), Decimal("1000")), (D(2026, 3, 2), Decimal("2000"))],
        agreed_rate=Decimal("12"),
    )
    assert interest == Decimal("23.01")


def test_paid_on_time_means_no_interest():
    assert late_interest(
        Decimal("500"), D(2026, 1, 31), D(2026, 3, 1), [(D(2026, 1, 31), Decimal("500"))], TABLE
    ) == Decimal("0.00")


def test_an_agreed_rate_below_three_times_the_legal_rate_is_refused():
    assert minimum_rate(TABLE, D(2026, 2, 1)) == Decimal("7.86")
    check_agreed_rate(TABLE, Decimal("7.86"), D(2026, 2, 1))
    with pytest.raises(ValidationError) as caught:
        check_agreed_rate(TABLE, Decimal("5"), D(2026, 2, 1))
    assert caught.value.fields == ["late_penalty_rate"]


def test_user_rows_extend_and_override_the_shipped_table():
    table = RateTable.from_data(
        {"ecb_main_refinancing": [{"from": "2025-06-11", "rate": "2.15"}]},
        {"ecb_main_refinancing": [{"from": "2026-07-01", "rate": "1.90"}]},
    )
    assert table.in_force(ECB, D(2026, 7, 1))[0] == Decimal("1.90")
    assert default_rate(table, D(2026, 8, 1)).rate == Decimal("11.90")
    assert not default_rate(table, D(2026, 8, 1)).stale


def test_the_shipped_table_is_readable_and_dated():
    from desktop.services.late_payment_rates import shipped_rates

    table = RateTable.from_data(shipped_rates())
    assert default_rate(table, D(2026, 1, 10)).rate == Decimal("12.15")
    assert minimum_rate(table, D(2026, 3, 1)) == Decimal("7.86")
