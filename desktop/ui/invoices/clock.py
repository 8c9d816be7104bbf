"""Today's date for the invoicing screens, in one place so that tests can set the day."""

from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    """The day invoices are issued, payments and reminders recorded (the system date)."""
    return dt.date.today()
