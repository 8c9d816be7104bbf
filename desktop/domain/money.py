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
    """Quantity x unit price, rounded to the cent (per line, before totals)."""
    return round_cent(Decimal(quantity) * Decimal(unit_price))


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
