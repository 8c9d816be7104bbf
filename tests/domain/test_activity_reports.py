"""The CRA calendar (holidays from the holidays package), half days, invoice lines."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.activity_reports import (
    ExtraKind,
    ExtraLine,
    WorkedDay,
    check_days,
    days_total,
    invoice_lines,
    month_days,
    unusual_days,
    working_days,
)
from desktop.domain.errors import ValidationError

D = dt.date


def test_may_2026_has_four_public_holidays_and_17_working_days():
    holidays = {d.day: d.holiday for d in month_days(2026, 5) if d.holiday}
    assert set(holidays) == {D(2026, 5, 1), D(2026, 5, 8), D(2026, 5, 14), D(2026, 5, 25)}
    assert working_days(2026, 5) == 17


def test_alsace_moselle_adds_good_friday():
    assert not any(d.holiday for d in month_days(2026, 4) if d.day == D(2026, 4, 3))
    assert any(d.holiday for d in month_days(2026, 4, "57") if d.day == D(2026, 4, 3))


def test_half_days_add_up_and_a_day_outside_the_month_is_refused():
    days = check_days(
        2026, 5, [WorkedDay(D(2026, 5, 4), Decimal("1")), WorkedDay(D(2026, 5, 5), Decimal("0.5"))]
    )
    assert days_total(days) == Decimal("1.5")
    with pytest.raises(ValidationError) as caught:
        check_days(2026, 5, [WorkedDay(D(2026, 6, 1), Decimal("1"))])
    assert caught.value.fields == ["days"]
    with pytest.raises(ValidationError):
        check_days(2026, 5, [WorkedDay(D(2026, 5, 4), Decimal("0.25"))])


def test_working_on_a_holiday_is_allowed_but_flagged():
    calendar = month_days(2026, 5)
    worked = [WorkedDay(D(2026, 5, 1), Decimal("1")), WorkedDay(D(2026, 5, 4), Decimal("1"))]
    assert [c.day for c in unusual_days(worked, calendar)] == [D(2026, 5, 1)]


def test_the_report_makes_days_times_rate_and_its_extra_lines():
    lines = invoice_lines(
        "Développement",
        2026,
        5,
        [WorkedDay(D(2026, 5, 4), Decimal("1")), WorkedDay(D(2026, 5, 5), Decimal("0.5"))],
        Decimal("650"),
        [
            ExtraLine(ExtraKind.ON_CALL, "", Decimal("2"), Decimal("150")),
            ExtraLine(ExtraKind.OVERTIME, "", Decimal("3.5"), Decimal("90")),
        ],
    )
    assert [(ln.quantity, ln.unit_price, ln.unit) for ln in lines] == [
        (Decimal("1.5"), Decimal("650"), "DAY"),
        (Decimal("2"), Decimal("150"), "C62"),
        (Decimal("3.5"), Decimal("90"), "HUR"),
    ]
    assert lines[0].description == "Développement – mai 2026"
    assert lines[1].description == "Astreinte – mai 2026"
    described = invoice_lines(
        "Développement", 2026, 5, [],
        Decimal("650"), [ExtraLine(ExtraKind.ON_CALL, "week-end du 14", Decimal(2), Decimal(150))],
    )  # fmt: skip
    assert described[0].description == "Astreinte : week-end du 14 – mai 2026"
