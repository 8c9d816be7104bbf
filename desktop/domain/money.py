"""Money as ``decimal.Decimal``, never float.

French invoices round each line to the cent, half up, then add the rounded
lines (ARCHITECTURE.md section 2). Amounts typed by users or read from French
spreadsheets look like ``1 234,56 €``; :func:`parse_amount` reads them.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

# Bounds of every amount the app stores, checked where drafts are validated. Measured on
# the landed code: a daily rate of 1e20 € raised OverflowError (SQLite integers stop at
# 9.2e18 cents), and two deal values of 5e16 € passed, then every total of the pipeline
# board failed with "integer overflow". Within these bounds a value fits with room to
# spare (1e11 cents), and so does any sum of fewer than 90 million of them.
MAX_DAILY_RATE = Decimal("100000")  # € a day: 30 times the highest rates of the market
MAX_AMOUNT = Decimal("1000000000")  # €: a price, an invoice line or total, a deal, a payment
MAX_QUANTITY = Decimal("100000")  # days or units on one invoice line


class AmountOutOfBoundsError(ValueError):
    """An amount or a quantity beyond the bounds above (a typing mistake, surely)."""

    def __init__(self, value: Decimal, limit: Decimal) -> None:
        super().__init__(f"{value} is beyond the limit of {limit}")
        self.value = value
        self.limit = limit


def check_bound(value: Decimal | int | None, limit: Decimal) -> None:
    """Raise :class:`AmountOutOfBoundsError` when ``|value|`` exceeds ``limit``."""
    if value is not None and abs(Decimal(value)) > limit:
        raise AmountOutOfBoundsError(Decimal(value), limit)


# Spaces a French export puts between thousands: space, no-break space (U+00A0),
# narrow no-break space (U+202F, what babel and Excel 365 emit), thin space.
_GROUPING = re.compile(r"[\s\u00a0\u202f\u2009']")
_CURRENCY = re.compile(r"(€|eur(os?)?|e\b)", re.IGNORECASE)


def round_cent(value: Decimal | int | str) -> Decimal:
    """Round to the cent, half up (0.005 -> 0.01), as invoices require."""
    if isinstance(value, float):
        raise TypeError("money must not be a float; pass a Decimal, an int or a str")
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(value: Decimal | int | str) -> int:
    """The amount as a whole number of cents (rounded half up)."""
    return int(round_cent(value).scaleb(2))


def from_cents(cents: int) -> Decimal:
    """The amount of ``cents`` as a Decimal with two places."""
    return Decimal(int(cents)).scaleb(-2).quantize(CENT)


def line_total(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """Quantity x unit price, rounded to the cent (per line, before totals).

    Raises :class:`AmountOutOfBoundsError` beyond :data:`MAX_QUANTITY` or :data:`MAX_AMOUNT`.
    """
    check_bound(quantity, MAX_QUANTITY)
    check_bound(unit_price, MAX_AMOUNT)
    total = round_cent(Decimal(quantity) * Decimal(unit_price))
    check_bound(total, MAX_AMOUNT)
    return total


def total_of(amounts: list[Decimal]) -> Decimal:
    """The sum of rounded amounts (an invoice's lines); raises :class:`AmountOutOfBoundsError`
    when it exceeds :data:`MAX_AMOUNT`."""
    total = sum((round_cent(a) for a in amounts), ZERO)
    check_bound(total, MAX_AMOUNT)
    return total


def parse_amount(text: str) -> Decimal:
    """Read an amount as people type it or spreadsheets export it.

    Accepts ``1234.5``, ``1 234,50 €``, ``1.234,50``, ``EUR 650``, ``-12,3``.
    Raises ``ValueError`` when the text is not an amount.
    """
    raw = text.strip()
    if not raw:
        raise ValueError("empty amount")
    cleaned = _GROUPING.sub("", _CURRENCY.sub("", raw))
    negative = cleaned.startswith("-") or (cleaned.startswith("(") and cleaned.endswith(")"))
    cleaned = cleaned.strip("-()+")
    if "," in cleaned and "." in cleaned:
        # The right-most separator is the decimal one: 1.234,56 or 1,234.56.
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", cleaned):
        raise ValueError(f"not an amount: {text!r}")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already filtered
        raise ValueError(f"not an amount: {text!r}") from exc
    return -value if negative else value
