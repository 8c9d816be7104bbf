"""Which automatic backups to keep: the newest of each of the last days and weeks.

Seven daily and four weekly backups cover "I deleted it yesterday" and "it was still
right last month" in 11 archives, whatever the number of backups a day (one at each
start and one every few hours of use). Backups made by hand are never rotated away.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

DAILY = 7
WEEKLY = 4


def to_keep(
    created: Iterable[dt.datetime], daily: int = DAILY, weekly: int = WEEKLY
) -> set[dt.datetime]:
    """The times (among ``created``) of the backups to keep: the newest of each of the
    ``daily`` most recent days that have one, and of each of the ``weekly`` most recent
    ISO weeks that have one. The newest backup is always kept."""
    newest_of_day: dict[dt.date, dt.datetime] = {}
    newest_of_week: dict[tuple[int, int], dt.datetime] = {}
    for when in created:
        day = when.date()
        week = tuple(when.isocalendar())[:2]
        if day not in newest_of_day or when > newest_of_day[day]:
            newest_of_day[day] = when
        if week not in newest_of_week or when > newest_of_week[week]:
            newest_of_week[week] = when
    keep = {newest_of_day[d] for d in sorted(newest_of_day, reverse=True)[:daily]}
    keep |= {newest_of_week[w] for w in sorted(newest_of_week, reverse=True)[:weekly]}
    return keep
