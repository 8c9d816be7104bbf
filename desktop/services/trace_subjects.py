"""The records written traces and meeting actions are about: a name, and where to open them.

Traces point at their record loosely (``subject_type``, ``subject_id``). The
global search and the "To do" view list many at once and must open each one:
this resolves them in one query per type (names from
:func:`desktop.services.subjects.names`), and says which main window section
shows each. A contact has no list of its own: it opens on its company.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.services import subjects
from desktop.store.models import Company, Contact

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


def _contacts_companies(ids: list[int]) -> dict[int, tuple[int, str]]:
    """contact id -> (company id, company name)."""
    found: dict[int, tuple[int, str]] = {}
    for start in range(0, len(ids), 500):  # stay under SQLite's variable limit
        rows = (
            Contact.select(Contact.id, Company.id, Company.name)
            .join(Company)
            .where(Contact.id.in_(ids[start : start + 500]))
            .tuples()
        )
        found.update({contact: (company, name) for contact, company, name in rows})
    return found


def describe_subjects(pairs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Subject]:
    """Resolve ``(subject_type, subject_id)`` pairs, a few queries in all.

    A pair whose record is gone (or of an unknown type) still gets a Subject, with an
    empty name and section, so that callers never have to handle a missing key.
    """
    by_type: dict[str, set[int]] = {}
    for subject_type, subject_id in pairs:
        by_type.setdefault(subject_type, set()).add(subject_id)
    found: dict[tuple[str, int], Subject] = {}
    for subject_type, ids in by_type.items():
        known = subject_type in subjects.MODELS
        names = subjects.names(subject_type, ids) if known else {}
        companies = _contacts_companies(sorted(ids)) if subject_type == "contact" else {}
        for subject_id in ids:
            name, open_id = names.get(subject_id, ""), subject_id
            if subject_id in companies:  # "Marc Moreau (Banque Azur)", opened on the company
                open_id, company = companies[subject_id]
                name = f"{name} ({company})"
            section = SECTIONS.get(subject_type, "") if name else ""
            found[(subject_type, subject_id)] = Subject(
                subject_type, subject_id, name, section, open_id
            )
    return found
