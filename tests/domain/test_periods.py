import datetime as dt

from desktop.domain.periods import (
    Period,
    PeriodChoice,
    add_months,
    bucket_starts,
    months_between,
    period_for,
)

D = dt.date
TODAY = D(2026, 11, 22)


def test_periods_are_whole_months_ending_today():
    assert period_for(PeriodChoice.LAST_3_MONTHS, TODAY) == Period(D(2026, 9, 1), TODAY)
    assert period_for(PeriodChoice.LAST_12_MONTHS, TODAY) == Period(D(2025, 12, 1), TODAY)
    assert period_for("this_year", TODAY) == Period(D(2026, 1, 1), TODAY)
    assert period_for(PeriodChoice.ALL, TODAY) == Period(None, TODAY)
    assert period_for(PeriodChoice.LAST_6_MONTHS, D(2026, 3, 31)).start == D(2025, 10, 1)


def test_month_arithmetic_crosses_years():
    assert add_months(D(2026, 1, 31), -1) == D(2025, 12, 1)
    assert add_months(D(2025, 12, 15), 1) == D(2026, 1, 1)
    assert months_between(D(2025, 12, 31), D(2026, 1, 1)) == 2
    assert months_between(D(2026, 5, 1), D(2026, 5, 31)) == 1


def test_buckets_cover_every_month_or_quarter():
    assert bucket_starts(D(2026, 9, 14), D(2026, 11, 22), quarterly=False) == [
        D(2026, 9, 1),
        D(2026, 10, 1),
        D(2026, 11, 1),
    ]
    assert bucket_starts(D(2025, 2, 3), D(2025, 12, 1), quarterly=True) == [
        D(2025, 1, 1),
        D(2025, 4, 1),
        D(2025, 7, 1),
        D(2025, 10, 1),
    ]
    assert Period(None, TODAY).contains(D(1999, 1, 1))
    assert not Period(D(2026, 1, 1), TODAY).contains(D(2026, 11, 23))
