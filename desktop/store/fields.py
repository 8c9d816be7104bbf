"""Column types the domain needs and peewee does not give exactly.

peewee's ``DecimalField`` declares a DECIMAL column, which SQLite stores with
NUMERIC affinity, i.e. as a binary float: ``SUM`` then adds floats. A scaled
integer keeps every amount and every sum exact, in Python and in SQL.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from peewee import BigIntegerField


class FixedDecimalField(BigIntegerField):
    """A Decimal with ``places`` fixed decimals, stored as a scaled integer.

    Values with more decimals are rounded half up (the invoicing rule); a float
    is refused, so that no binary rounding sneaks into the books.
    """

    def __init__(self, places: int = 2, *args, **kwargs) -> None:
        self.places = places
        self._quantum = Decimal(1).scaleb(-places)
        super().__init__(*args, **kwargs)

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError(f"{self.name}: a float was given for a Decimal column")
        if isinstance(value, int | str):
            value = Decimal(value)
        if not isinstance(value, Decimal):
            # An expression (F(), a subquery...) passes through unchanged.
            return super().db_value(value)
        return int(value.quantize(self._quantum, rounding=ROUND_HALF_UP).scaleb(self.places))

    def python_value(self, value):
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places).quantize(self._quantum)


class MoneyField(FixedDecimalField):
    """An amount in euros, stored in cents."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(2, *args, **kwargs)
