"""The invoicing audit log: who changed which record, when, and what (never rewritten).

French law wants issued invoices kept as issued and corrections traceable (CGI art. 289,
V: authenticity of origin and integrity of content until the end of the retention
period). Each change to an invoice, a payment, an activity report, a reminder or a
supplier invoice writes one entry in the same transaction as the change itself.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from dataclasses import dataclass
from decimal import Decimal

from desktop.store.models import AuditEntry


def actor() -> str:
    """The operating-system user running the app (this is a single-user desktop app)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return "unknown"


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def record(record_type: str, record_id: int, action: str, **details: object) -> None:
    """One entry; call it inside the write transaction of the change it describes."""
    AuditEntry.insert(
        actor=actor(),
        record_type=record_type,
        record_id=record_id,
        action=action,
        details=json.dumps({k: _plain(v) for k, v in details.items()}, ensure_ascii=False),
    ).execute()


@dataclass(frozen=True)
class AuditLine:
    at: dt.datetime
    actor: str
    action: str
    details: dict


def history(record_type: str, record_id: int) -> list[AuditLine]:
    """Entries of a record, oldest first."""
    rows = (
        AuditEntry.select()
        .where((AuditEntry.record_type == record_type) & (AuditEntry.record_id == record_id))
        .order_by(AuditEntry.id)
    )
    return [AuditLine(r.at, r.actor, r.action, json.loads(r.details or "{}")) for r in rows]
