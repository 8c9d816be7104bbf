"""Amounts, dates and numbers as the boards show them, in the interface language.

A board formats a few thousand values per refresh and most repeat (rates, dates):
babel is slow enough for a cache to matter.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_skeleton
from babel.numbers import format_compact_currency

from desktop.domain import formatting
from desktop.ui import i18n


def compact_money(amount: Decimal) -> str:
    """A column total that fits its header: ``25 000 €``, ``1,2 M €``, ``3,8 Md €``."""
    language = i18n.language()
    if abs(amount) < 100_000:
        return formatting.format_rate(amount, language)
    locale = "fr_FR" if language == "fr" else "en_GB"
    return format_compact_currency(amount, "EUR", locale=locale, fraction_digits=1)


@lru_cache(maxsize=4096)
def _rate(value: Decimal | None, language: str) -> str:
    return formatting.format_rate(value, language)


@lru_cache(maxsize=4096)
def _date(value: dt.date | None, language: str) -> str:
    return formatting.format_date(value, language)


def rate_text(value: Decimal | None) -> str:
    """An amount without cents when it has none; cached (babel is slow, values repeat)."""
    return _rate(value, i18n.language())


def date_text(value: dt.date | None) -> str:
    """A short date, cached like :func:`rate_text`."""
    return _date(value, i18n.language())


@lru_cache(maxsize=4096)
def _day(value: dt.date, with_year: bool, language: str) -> str:
    locale = "fr_FR" if language == "fr" else "en_GB"
    return format_skeleton("yMMMd" if with_year else "MMMd", value, locale=locale)


def day_text(value: dt.date | None, today: dt.date) -> str:
    """A date short enough for a card: ``10 nov.``, with the year when it is far off.

    Within six months of ``today`` the year goes without saying (a follow-up on
    "12 janv." seen in November is next January); further, it is written.
    """
    if value is None:
        return ""
    return _day(value, abs((value - today).days) > 182, i18n.language())


def number_text(value: int) -> str:
    return formatting.format_number(value, i18n.language())
