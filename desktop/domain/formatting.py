"""Amounts, numbers and dates as a French or English reader expects them (babel).

babel is imported when a first value is formatted, not with this module: the window
shows before (its import and locale data cost about 45 ms of start-up).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

SUPPORTED_LANGUAGES = ("fr", "en")
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(_LOCALES.get(language, "fr_FR"))


def format_money(amount: Decimal | None, language: str = "fr", currency: str = "EUR") -> str:
    """``1 234,50 €`` in French, ``€1,234.50`` in English; empty for None."""
    if amount is None:
        return ""
    if isinstance(amount, float):
        raise TypeError("money must not be a float")
    return _money(amount, language, currency)


# Lists and To do format the same dates and amounts over and over, and babel takes 0.2-0.3 ms
# a call: remembered (pure functions of their arguments; equal Decimals print the same).
@lru_cache(maxsize=4096)
def _money(amount: Decimal, language: str, currency: str) -> str:
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=_locale(language))


def format_rate(amount: Decimal | None, language: str = "fr") -> str:
    """A daily rate without cents when it has none: ``650 €``."""
    if amount is None:
        return ""
    if amount == amount.to_integral_value():
        from babel.numbers import format_currency

        return format_currency(
            amount,
            "EUR",
            format="#,##0\u00a0¤" if language == "fr" else "¤#,##0",
            locale=_locale(language),
            currency_digits=False,
        )
    return format_money(amount, language)


def format_number(value: Decimal | int | None, language: str = "fr") -> str:
    """``12 345`` in French, ``12,345`` in English."""
    if value is None:
        return ""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale(language))


@lru_cache(maxsize=4096)
def format_date(value: dt.date | None, language: str = "fr", length: str = "short") -> str:
    """``22/11/2026`` (fr) or ``22/11/2026`` (en_GB); ``length='long'`` spells the month."""
    if value is None:
        return ""
    from babel.dates import format_date as babel_date

    text = babel_date(value, format=length, locale=_locale(language))
    if language == "fr" and length == "long" and value.day == 1 and text.startswith("1 "):
        return "1er" + text[1:]  # « le 1er octobre », as French writes the first of a month
    return text


def format_month(value: dt.date | None, language: str = "fr") -> str:
    """``novembre 2026`` (fr), ``November 2026`` (en): the month of a report."""
    if value is None:
        return ""
    from babel.dates import format_date as babel_date

    return babel_date(value, format="LLLL y", locale=_locale(language))


def load_locale_data(language: str) -> None:
    """Format a number, an amount and a date once, so that babel's locale data and
    pattern parsers are loaded: the window runs this on a background thread at start-up,
    where the first value formatted on the UI thread paid 45-50 ms (Home's counts)."""
    format_number(12345, language)
    format_money_whole(Decimal(12345), language)
    format_money(Decimal("12.5"), language)
    format_date(dt.date(2000, 1, 2), language)
    format_date(dt.date(2000, 1, 2), language, "long")


def format_money_whole(amount: Decimal | None, language: str = "fr") -> str:
    """An amount rounded to the euro (``12 346 €``, ``€12,346``): figures read at a glance
    (a dashboard), never an amount to pay, which keeps its cents."""
    if amount is None:
        return ""
    if isinstance(amount, float):
        raise TypeError("money must not be a float")
    from babel.numbers import format_currency

    whole = Decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return format_currency(
        whole,
        "EUR",
        format="#,##0\u00a0¤" if language == "fr" else "¤#,##0",
        locale=_locale(language),
        currency_digits=False,
    )
