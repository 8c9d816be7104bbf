"""Application settings of a profile, declared once here with their defaults.

Stored as JSON in the ``setting`` table of the profile's database, so that a
backup carries them. Never a secret: passwords and tokens go to the OS
keyring (:mod:`desktop.credentials`). Window layout is UI state, kept apart
(:mod:`desktop.ui.state`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.store.models import Setting
from desktop.store.transactions import write_transaction


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    doc: str


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("ui.language", "auto", "interface language: auto (system), fr or en"),
        Option(
            "matching.weights",
            {"skills": 40, "rate": 20, "availability": 20, "location": 10, "seniority": 10},
            "points of each matching component (desktop.domain.matching.Weights)",
        ),
        Option(
            "matching.filters",
            {},
            "filters of the talent ranking (desktop.domain.matching.MatchFilters); {}: none",
        ),
        Option(
            "maintenance.last_integrity_check",
            "",
            "ISO date of the last full integrity check (run in the background weekly)",
        ),
    )
}


def get(key: str) -> Any:
    """The stored value of ``key``, or its declared default."""
    option = OPTIONS[key]
    row = Setting.get_or_none(Setting.key == key)
    return option.default if row is None else json.loads(row.value)


def put(key: str, value: Any) -> None:
    """Store ``value`` for the declared option ``key``."""
    if key not in OPTIONS:
        raise KeyError(f"undeclared setting {key!r}")
    with write_transaction():
        Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()
