"""What a written trace (or a meeting action) is about: a name to show, a place to open.

Traces point at their record loosely (``subject_type``, ``subject_id``), so the
search results and the follow-ups view resolve many of them at once here, one
query per type, rather than one query per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.store.models import Company, Contact, Contract, Mission, Talent

# The main window's section that shows each kind of record. A contact has no list of
# its own: it opens on its company.
SECTIONS = {
    "talent": "talents",
    "company": "companies",
    "contact": "companies",
    "mission": "missions",
    "contract": "contracts",
}


@dataclass(frozen=True)
class Subject:
    """A record a trace belongs to, and where the main window shows it."""

    type: str  # a SubjectType code: talent, company, contact, mission, contract
    id: int
    name: str  # "" when the record no longer exists
    section: str  # main window section key, "" when it cannot be opened
    open_id: int  # the record to select in that section (a contact's company)


def _names(subject_type: str, ids: list[int]) -> dict[int, tuple[str, int]]:
    """id -> (display name, id to open) for the records of one type that still exist."""
    if subject_type == "talent":
        rows = Talent.select(Talent.id, Talent.first_name, Talent.last_name).where(
            Talent.id.in_(ids)
        )
        return {t.id: (f"{t.first_name} {t.last_name}", t.id) for t in rows}
    if subject_type == "company":
        rows = Company.select(Company.id, Company.name).where(Company.id.in_(ids))
        return {c.id: (c.name, c.id) for c in rows}
    if subject_type == "contact":
        rows = (
            Contact.select(
                Contact.id, Contact.first_name, Contact.last_name, Company.id, Company.name
            )
            .join(Company)
            .where(Contact.id.in_(ids))
        )
        return {
            c.id: (f"{c.first_name} {c.last_name} ({c.company.name})".strip(), c.company_id)
            for c in rows
        }
    if subject_type == "mission":
        rows = Mission.select(Mission.id, Mission.title).where(Mission.id.in_(ids))
        return {m.id: (m.title, m.id) for m in rows}
    if subject_type == "contract":
        rows = Contract.select(Contract.id, Contract.reference, Contract.title).where(
            Contract.id.in_(ids)
        )
        return {c.id: (f"{c.reference} — {c.title}", c.id) for c in rows}
    return {}


def describe_subjects(pairs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Subject]:
    """Resolve ``(subject_type, subject_id)`` pairs, one query per type.

    A pair whose record is gone (or of an unknown type) still gets a Subject, with an
    empty name and section, so that callers never have to handle a missing key.
    """
    by_type: dict[str, set[int]] = {}
    for subject_type, subject_id in pairs:
        by_type.setdefault(subject_type, set()).add(subject_id)
    found: dict[tuple[str, int], Subject] = {}
    for subject_type, id_set in by_type.items():
        ids = sorted(id_set)
        names: dict[int, tuple[str, int]] = {}
        for start in range(0, len(ids), 500):  # stay under SQLite's variable limit
            names.update(_names(subject_type, ids[start : start + 500]))
        for subject_id in ids:
            name, open_id = names.get(subject_id, ("", subject_id))
            section = SECTIONS.get(subject_type, "") if name else ""
            found[(subject_type, subject_id)] = Subject(
                subject_type, subject_id, name, section, open_id
            )
    return found
