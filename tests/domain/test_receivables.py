"""Derived statuses, ageing buckets, the dunning schedule."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.receivables import (
    DEFAULT_SCHEDULE,
    age,
    ageing_bucket,
    derive_status,
    next_reminder,
    schedule_from_setting,
)
from desktop.domain.vocabulary import InvoiceStatus as S

D, M = dt.date, Decimal


@pytest.mark.parametrize(
    ("facts", "status"),
    [
        ((False, False, M(100), M(0), M(0)), S.DRAFT),
        ((True, False, M(100), M(0), M(0)), S.ISSUED),
        ((True, True, M(100), M(0), M(0)), S.SENT),
        ((True, True, M(100), M(40), M(0)), S.PARTIALLY_PAID),
        ((True, True, M(100), M(100), M(0)), S.PAID),
        ((True, True, M(100), M(60), M(40)), S.PAID),  # partial credit note, rest paid
        ((True, True, M(100), M(0), M(100)), S.CANCELLED),
        ((True, True, M(100), M(0), M(30)), S.SENT),
    ],
)
def test_status_follows_the_facts(facts, status):
    assert derive_status(*facts) == status


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-10, "not_due"),
        (0, "not_due"),
        (1, "1_30"),
        (30, "1_30"),
        (31, "31_60"),
        (60, "31_60"),
        (61, "61_90"),
        (90, "61_90"),
        (91, "over_90"),
        (4000, "over_90"),
    ],
)
def test_ageing_buckets_have_no_gap(days, bucket):
    assert ageing_bucket(days) == bucket


def test_ageing_adds_balances_per_bucket():
    today = D(2026, 11, 22)
    result = age([(D(2026, 12, 1), M(100)), (D(2026, 11, 1), M(50)), (D(2026, 6, 1), M(25))], today)
    assert result.buckets["not_due"] == 100 and result.buckets["1_30"] == 50
    assert result.buckets["over_90"] == 25 and result.total == 175


def test_the_next_reminder_only_when_its_day_has_come_and_one_step_at_a_time():
    due = D(2026, 10, 31)
    assert next_reminder(due, 0, D(2026, 10, 31)) is None
    assert next_reminder(due, 0, D(2026, 11, 1)) == (0, DEFAULT_SCHEDULE[0])
    # opened 40 days late with nothing sent: the friendly one first, never the formal notice
    assert next_reminder(due, 0, D(2026, 12, 10)) == (0, DEFAULT_SCHEDULE[0])
    assert next_reminder(due, 1, D(2026, 11, 14)) is None
    assert next_reminder(due, 1, D(2026, 11, 15)) == (1, DEFAULT_SCHEDULE[1])
    assert next_reminder(due, 3, D(2027, 6, 1)) is None


def test_the_schedule_setting_is_sorted_and_falls_back_to_the_default():
    steps = schedule_from_setting(
        [{"days": 20, "level": "second"}, {"days": 3, "level": "friendly"}]
    )
    assert [s.days for s in steps] == [3, 20]
    assert schedule_from_setting([]) == DEFAULT_SCHEDULE
