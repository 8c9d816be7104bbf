"""The records a written trace or a file can be attached to, found by (type, id).

Activities and attachments point at their subject with a plain
``(subject_type, subject_id)`` pair (no foreign key: one column cannot refer to
five tables), so the services check here that the subject exists before
writing, and name it for lists such as the follow-ups of open actions.
"""

from __future__ import annotations

from peewee import Model

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import SubjectType, label_message
from desktop.store.models import Company, Contact, Contract, Mission, Talent

MODELS: dict[str, type[Model]] = {
    SubjectType.TALENT: Talent,
    SubjectType.COMPANY: Company,
    SubjectType.CONTACT: Contact,
    SubjectType.MISSION: Mission,
    SubjectType.CONTRACT: Contract,
}


def require(subject_type: str, subject_id: int) -> None:
    """Raise :class:`DomainError` unless the record exists (it may have just been deleted)."""
    model = MODELS.get(subject_type)
    if model is None:
        raise ValueError(f"unknown subject type {subject_type!r}")
    if not model.select().where(model.id == subject_id).exists():
        raise DomainError(
            Message(
                "Traces",
                QT_TRANSLATE_NOOP(
                    "Traces", "The record ({subject}) no longer exists (deleted meanwhile?)."
                ),
                {"subject": label_message(SubjectType(subject_type))},
            )
        )


def names(subject_type: str, ids: set[int] | list[int]) -> dict[int, str]:
    """Display names of the records ``ids`` of one type, in one query per 500 ids."""
    ids = list(set(ids))
    found: dict[int, str] = {}
    model = MODELS[subject_type]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in model.select().where(model.id.in_(chunk)):
            found[row.id] = display_name(subject_type, row)
    return found


def display_name(subject_type: str, row: Model) -> str:
    if subject_type in (SubjectType.TALENT, SubjectType.CONTACT):
        return f"{row.first_name} {row.last_name}".strip()
    if subject_type == SubjectType.COMPANY:
        return row.name
    if subject_type == SubjectType.CONTRACT:
        return f"{row.reference} · {row.title}"
    return row.title
