"""Contacts: the people at a company."""

from __future__ import annotations

from dataclasses import fields

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.validation import ContactDraft, validate_contact
from desktop.services.deletion import Snapshot, delete_rows, refuse_if_used
from desktop.store.models import ActionItem, Activity, Attachment, Contact, Mission
from desktop.store.transactions import write_transaction

_FIELDS = [f.name for f in fields(ContactDraft) if f.name != "company_id"]


def create_contact(draft: ContactDraft) -> int:
    draft = validate_contact(draft)
    with write_transaction():
        return Contact.insert(
            company=draft.company_id, **{f: getattr(draft, f) for f in _FIELDS}
        ).execute()


def update_contact(contact_id: int, draft: ContactDraft) -> None:
    draft = validate_contact(draft)
    with write_transaction():
        Contact.update(company=draft.company_id, **{f: getattr(draft, f) for f in _FIELDS}).where(
            Contact.id == contact_id
        ).execute()


def contact_draft(contact_id: int) -> ContactDraft:
    c = Contact.get_by_id(contact_id)
    return ContactDraft(company_id=c.company_id, **{f: getattr(c, f) for f in _FIELDS})


def delete_contact(contact_id: int) -> Snapshot:
    """Delete a contact and their written traces; refused while missions name them."""
    c = Contact.get_by_id(contact_id)
    name = f"{c.first_name} {c.last_name}".strip()
    with write_transaction():
        refuse_if_used(
            name,
            {
                QT_TRANSLATE_NOOP("Records", "missions"): Mission.select()
                .where(Mission.contact == contact_id)
                .count()
            },
            QT_TRANSLATE_NOOP("Records", "Choose another contact on those missions first."),
        )
        snapshot = Snapshot(
            Message(
                "Records", QT_TRANSLATE_NOOP("Records", "Contact “{name}” deleted"), {"name": name}
            )
        )
        snapshot.take(Contact.select().where(Contact.id == contact_id))
        traces = (Activity.subject_type == "contact") & (Activity.subject_id == contact_id)
        trace_ids = [a.id for a in Activity.select(Activity.id).where(traces)]
        delete_rows(
            snapshot,
            Attachment.select().where(
                ((Attachment.subject_type == "contact") & (Attachment.subject_id == contact_id))
                | Attachment.activity.in_(trace_ids)
            ),
        )
        delete_rows(snapshot, ActionItem.select().where(ActionItem.activity.in_(trace_ids)))
        delete_rows(snapshot, Activity.select().where(traces))
        Contact.delete().where(Contact.id == contact_id).execute()
    return snapshot
