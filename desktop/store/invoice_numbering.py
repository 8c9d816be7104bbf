"""The next number of a numbering scope, read inside the IMMEDIATE transaction that issues.

The caller holds SQLite's write lock (``write_transaction()``): no other process can
read the same maximum and give the same number, and a transaction that fails gives its
number back with it. The unique index on (sequence_scope, sequence) refuses a duplicate
should a caller ever forget the lock.
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from desktop.store.models import Invoice


def next_sequence(scope: str) -> int:
    """1 + the highest sequence issued in ``scope`` (1 for a new scope)."""
    last = Invoice.select(fn.MAX(Invoice.sequence)).where(Invoice.sequence_scope == scope).scalar()
    return (last or 0) + 1


def last_issue_date(scope: str) -> dt.date | None:
    """The issue date of the latest number of ``scope``: the next one may not be earlier."""
    return (
        Invoice.select(Invoice.issue_date)
        .where(Invoice.sequence_scope == scope)
        .order_by(Invoice.sequence.desc())
        .limit(1)
        .scalar()
    )
