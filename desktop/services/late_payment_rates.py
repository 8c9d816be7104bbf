"""The late-payment rate table: the shipped one, extended by the user's additions."""

from __future__ import annotations

import json

from desktop.domain.late_payment import RateTable
from desktop.resource_files import resource
from desktop.services import settings


def shipped_rates() -> dict:
    return json.loads(resource("rates", "late_payment_rates.json").read_text(encoding="utf-8"))


def rate_table() -> RateTable:
    """Shipped rates, then the setting ``invoicing.rates`` over them (newer half-years)."""
    return RateTable.from_data(shipped_rates(), settings.get("invoicing.rates") or {})
