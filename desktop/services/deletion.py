"""Deleting records safely: refuse what would orphan others, keep an undo snapshot.

A record that business history refers to (a company with contracts or
invoices, a talent with offers or contracts) is never deleted, nor cascaded:
:func:`refuse_if_used` raises with the counts, and the UI suggests archiving
(a status) instead. Records a deleted one owns (a talent's skills, a
company's contacts, their written traces) are deleted explicitly in the same
transaction, and everything deleted is kept in a :class:`Snapshot` so that
Undo can put it back with the same ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import IntegrityError, Model, ModelSelect, sort_models

from desktop.domain.errors import DomainError, Message, RecordInUseError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.store.transactions import write_transaction


@dataclass
class Snapshot:
    """Rows removed by one delete, parents first, to restore them as they were."""

    description: Message
    rows: list[tuple[type[Model], list[dict]]] = field(default_factory=list)
    # (model, field, value, ids): links a delete cleared (SET NULL), put back on restore
    links: list[tuple[type[Model], str, int, list[int]]] = field(default_factory=list)

    def relink(self, model: type[Model], field_name: str, value: int, ids: list[int]) -> None:
        """Remember that rows ``ids`` of ``model`` pointed at ``value`` through ``field_name``."""
        self.links.append((model, field_name, value, ids))

    def take(self, query: ModelSelect) -> list[dict]:
        """Record the rows of ``query`` (before they are deleted) and return them."""
        rows = list(query.dicts())
        if rows:
            self.rows.append((query.model, rows))
        return rows


def refuse_if_used(name: str, uses: dict[str, int], advice: str) -> None:
    """Raise :class:`RecordInUseError` when any count in ``uses`` (label -> n) is positive."""
    used = [
        Message(
            "Records",
            QT_TRANSLATE_NOOP("Records", "{label}: {count}"),
            {"label": Message("Records", label), "count": count},
        )
        for label, count in uses.items()
        if count
    ]
    if used:
        raise RecordInUseError(
            Message(
                "Records",
                QT_TRANSLATE_NOOP(
                    "Records",
                    "“{name}” cannot be deleted: other records refer to it ({uses}). {advice}",
                ),
                {"name": name, "uses": used, "advice": Message("Records", advice)},
            )
        )


def delete_rows(snapshot: Snapshot, query: ModelSelect) -> int:
    """Snapshot then delete the rows of ``query``; returns how many were deleted."""
    rows = snapshot.take(query)
    if not rows:
        return 0
    model = query.model
    ids = [row[model._meta.primary_key.name] for row in rows]
    deleted = 0
    for start in range(0, len(ids), 500):  # stay under SQLite's variable limit
        chunk = ids[start : start + 500]
        deleted += model.delete().where(model._meta.primary_key.in_(chunk)).execute()
    return deleted


def restore(snapshot: Snapshot) -> None:
    """Put back every row of ``snapshot`` with its original id, in one transaction."""
    try:
        by_model: dict[type[Model], list[dict]] = {}
        for model, rows in snapshot.rows:
            by_model.setdefault(model, []).extend(rows)
        with write_transaction():
            # Deletion went children first; restoring goes parents first.
            for model in sort_models(list(by_model)):
                rows = by_model[model]
                for start in range(0, len(rows), 200):
                    model.insert_many(rows[start : start + 200]).execute()
            for model, field_name, value, ids in snapshot.links:
                model.update({field_name: value}).where(model.id.in_(ids)).execute()
    except IntegrityError as exc:
        raise DomainError(
            Message(
                "Records",
                QT_TRANSLATE_NOOP("Records", "The deletion cannot be undone any more: {reason}"),
                {"reason": str(exc)},
            )
        ) from exc
