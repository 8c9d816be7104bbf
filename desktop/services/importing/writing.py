"""Writing an import plan: one transaction, progress steps, rolled back if stopped.

New records go in by batched inserts (``store.bulk``) of drafts the validators
already accepted, with the columns the services write, then are indexed for search
by the triggers' own SQL in one statement. The services' one-by-one path measured
5.3 ms a talent (peewee builds the SQL text of every statement): 10,000 rows would
take a minute. Merges into existing records go through the services' ``update_*``
functions (validation again, children rewritten, triggers on), one by one: there
are few of them.

Duplicates are looked up again at the start of the transaction, so a record
created since the plan was made is not created twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import fold, person_sort_key
from desktop.domain.validation import CompanyDraft, ContactDraft, SkillLevel, TalentDraft
from desktop.services import companies as company_service
from desktop.services import contacts as contact_service
from desktop.services import talents as talent_service
from desktop.services.importing.plan import (
    VALIDATORS,
    Draft,
    ImportPlan,
    PlannedRow,
    RowError,
    existing_records,
    validation_errors,
)
from desktop.services.progress import Progress
from desktop.store import search_index
from desktop.store.bulk import bulk_insert_dicts
from desktop.store.models import (
    Company,
    Contact,
    Skill,
    Talent,
    TalentRefusedSector,
    TalentSkill,
    database,
)
from desktop.store.record_ids import next_ids
from desktop.store.transactions import write_transaction

POLICIES = ("skip", "merge")
TABLES = {"talents": "talent", "companies": "company", "contacts": "contact"}
BATCH = 250  # rows per insert batch: a progress step every few milliseconds
PROGRESS_LABELS = {
    "talents": QT_TRANSLATE_NOOP("Progress", "talents"),
    "companies": QT_TRANSLATE_NOOP("Progress", "companies"),
    "contacts": QT_TRANSLATE_NOOP("Progress", "contacts"),
}


@dataclass
class Action:
    """What happens to one record: created, or merged into ``target_id``."""

    lines: list[int]
    draft: Draft
    provided: set[str]
    target_id: int | None = None
    company_key: str = ""  # contacts: a company to create first
    contacts: list[ContactDraft] = field(default_factory=list)  # companies: to add to it
    update: bool = True  # False: the record stays as it is, only ``contacts`` are added


@dataclass
class Resolution:
    actions: list[Action] = field(default_factory=list)
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def creates(self) -> int:
        return sum(1 for a in self.actions if a.target_id is None)

    @property
    def merges(self) -> int:
        return sum(1 for a in self.actions if a.target_id is not None and a.update)

    @property
    def contacts(self) -> int:
        """Contacts a company file's contact columns add (before those already there)."""
        return sum(len(_distinct(a.contacts)) for a in self.actions)


@dataclass
class ImportOutcome:
    """What an import did; filled in while it runs (``completed`` once committed)."""

    kind: str = ""
    read: int = 0
    created: int = 0
    merged: int = 0
    skipped: int = 0  # duplicates left out
    rejected: int = 0  # invalid rows, and rows whose merge the validators refused
    companies_created: int = 0  # contacts: companies created as leads
    contacts_created: int = 0  # companies: contacts from the file's contact columns
    problems: list[RowError] = field(default_factory=list)
    created_ids: list[int] = field(default_factory=list)
    completed: bool = False
    dry_run: bool = False


def combine(base: Draft, update: Draft, provided: set[str]) -> Draft:
    """``base`` with the ``provided`` fields of ``update``; skills are added, not replaced."""
    changes = {name: getattr(update, name) for name in provided}
    if isinstance(base, TalentDraft) and "skills" in provided:
        levels = {s.name.casefold(): s for s in base.skills}
        levels.update({s.name.casefold(): s for s in update.skills})  # imported levels win
        changes["skills"] = tuple(SkillLevel(s.name, s.level, s.years) for s in levels.values())
    return replace(base, **changes)


def resolve(plan: ImportPlan, policy: str, existing: dict[str, int]) -> Resolution:
    """The actions of ``policy`` ("skip" or "merge") over the valid rows, in file order.

    A duplicate is skipped, or merged into the record (or the earlier row) it
    duplicates. Rows combined from several lines are validated again.
    """
    if policy not in POLICIES:
        raise ValueError(f"unknown duplicate policy {policy!r}")
    result = Resolution()
    by_key: dict[str, Action] = {}
    contacts_only: dict[str, Action] = {}  # skipped companies that still get a contact
    for row in plan.rows:
        earlier = by_key.get(row.key) if row.key else None
        target_id = existing.get(row.key) if row.key else None
        if (earlier or target_id) and policy == "skip":
            result.skipped += 1
            # The company stays as it is, but a row per contact (what CRMs export) still
            # gives the company each of its contacts.
            if row.contact is not None:
                holder = earlier or contacts_only.get(row.key)
                if holder is None:
                    holder = Action([], row.draft, set(), target_id, update=False)
                    contacts_only[row.key] = holder
                    result.actions.append(holder)
                holder.contacts.append(row.contact)
            continue
        if earlier:
            earlier.draft = combine(earlier.draft, row.draft, set(row.provided))
            earlier.provided |= row.provided
            earlier.lines.append(row.line)
            if row.contact is not None:
                earlier.contacts.append(row.contact)
            _take_company(earlier, row)
            continue
        action = Action([row.line], row.draft, set(row.provided), target_id)
        if row.contact is not None:
            action.contacts.append(row.contact)
        _take_company(action, row)
        result.actions.append(action)
        if row.key:
            by_key[row.key] = action
    validate = VALIDATORS[plan.kind]
    kept = []
    for action in result.actions:
        if len(action.lines) > 1:
            try:
                action.draft = validate(action.draft)
            except ValidationError as exc:
                result.errors += [e for line in action.lines for e in validation_errors(line, exc)]
                continue
        kept.append(action)
    result.actions = kept
    return result


def preview(plan: ImportPlan, policy: str) -> Resolution:
    """What ``policy`` would do with the duplicates known when the plan was made."""
    return resolve(plan, policy, plan.existing)


def _take_company(action: Action, row: PlannedRow) -> None:
    if row.company is None:
        return
    action.company_key = row.company.key
    if row.company.company_id is not None:
        action.draft = replace(action.draft, company_id=row.company.company_id)
    action.provided.add("company_id")


def run_import(
    plan: ImportPlan,
    policy: str = "skip",
    outcome: ImportOutcome | None = None,
    *,
    dry_run: bool = False,
) -> Iterator[Progress]:
    """Write ``plan`` in one transaction, yielding progress; ``outcome`` says what was done.

    Closing the generator before its end rolls everything back. ``dry_run`` runs the
    whole import then rolls it back: the outcome is exact, the database unchanged.
    """
    outcome = outcome if outcome is not None else ImportOutcome()
    outcome.kind, outcome.read, outcome.dry_run = plan.kind, plan.read, dry_run
    outcome.problems = list(plan.errors)
    label = PROGRESS_LABELS[plan.kind]
    with write_transaction() as txn:
        try:
            yield Progress(0, len(plan.rows), label)
            existing = existing_records(plan.kind, {r.key for r in plan.rows if r.key})
            resolution = resolve(plan, policy, existing)
            outcome.skipped = resolution.skipped
            outcome.problems += resolution.errors
            yield from _write(plan, resolution, outcome, label)
            outcome.problems.sort(key=lambda e: e.line)
            outcome.rejected = len({e.line for e in outcome.problems})
            if dry_run:
                txn.rollback()
        except GeneratorExit:
            txn.rollback()
            raise
    outcome.completed = True


def _write(
    plan: ImportPlan, resolution: Resolution, outcome: ImportOutcome, label: str
) -> Iterator[Progress]:
    total = len(plan.rows)
    done = resolution.skipped + len({e.line for e in resolution.errors})  # rows accounted for
    creates = [a for a in resolution.actions if a.target_id is None]
    merges = [a for a in resolution.actions if a.target_id is not None]
    # New rows go in with the search triggers off, then are indexed in one statement per
    # table: at 100,000 talents, 10,000 new ones took 2.8 s through the triggers, 0.5 s so.
    # Inside this transaction: a rollback puts the triggers back.
    search_index.drop_triggers(database)
    if plan.kind == "contacts":
        keys = sorted({a.company_key for a in resolution.actions if a.company_key})
        company_ids = dict(
            zip(keys, insert_companies([plan.new_companies[k] for k in keys]), strict=True)
        )
        _index_new_rows("company", list(company_ids.values()))
        outcome.companies_created = len(keys)
        for action in resolution.actions:
            if action.company_key:
                action.draft = replace(action.draft, company_id=company_ids[action.company_key])
    insert = {"talents": insert_talents, "companies": insert_companies, "contacts": insert_contacts}
    new_ids: list[int] = []
    contact_ids: list[int] = []
    for start in range(0, len(creates), BATCH):
        batch = creates[start : start + BATCH]
        ids = insert[plan.kind]([a.draft for a in batch])
        new_ids += ids
        contact_ids += _insert_contacts_of(batch, ids)
        outcome.created += len(batch)
        done += sum(len(a.lines) for a in batch)
        yield Progress(min(done, total), total, label)
    _index_new_rows(TABLES[plan.kind], new_ids)
    _index_new_rows("contact", contact_ids)
    outcome.created_ids = new_ids
    outcome.contacts_created = len(contact_ids)
    search_index.create_triggers(database)
    for n, action in enumerate(merges, 1):  # through the services, triggers on
        if action.update:
            try:
                _merge(plan.kind, action)
            except ValidationError as exc:
                outcome.problems += [
                    e for line in action.lines for e in validation_errors(line, exc)
                ]
                continue
            outcome.merged += 1
        outcome.contacts_created += _add_contacts(action.target_id, action.contacts)
        done += len(action.lines)
        if n % 50 == 0 or n == len(merges):
            yield Progress(min(done, total), total, label)


def _contact_key(draft: ContactDraft) -> str:
    if draft.email:
        return "email:" + draft.email.casefold()
    return "name:" + fold(f"{draft.first_name} {draft.last_name}")


def _distinct(drafts: list[ContactDraft], known: set[str] | None = None) -> list[ContactDraft]:
    """``drafts`` less those whose e-mail (else name) is in ``known`` or came earlier."""
    seen = set(known or ())
    kept = []
    for draft in drafts:
        key = _contact_key(draft)
        if key not in seen:
            seen.add(key)
            kept.append(draft)
    return kept


def _insert_contacts_of(actions: list[Action], company_ids: list[int]) -> list[int]:
    """The contacts of newly created companies (search-indexed later, with the rest)."""
    drafts = [
        replace(contact, company_id=company_id)
        for action, company_id in zip(actions, company_ids, strict=True)
        for contact in _distinct(action.contacts)
    ]
    return insert_contacts(drafts) if drafts else []


def _add_contacts(company_id: int, drafts: list[ContactDraft]) -> int:
    """Add to an existing company the contacts it does not have yet (same e-mail or name)."""
    if not drafts:
        return 0
    known = {
        _contact_key(ContactDraft(company_id, last, first, email=email))
        for first, last, email in Contact.select(
            Contact.first_name, Contact.last_name, Contact.email
        )
        .where(Contact.company == company_id)
        .tuples()
    }
    added = 0
    for draft in _distinct(drafts, known):
        contact_service.create_contact(replace(draft, company_id=company_id))
        added += 1
    return added


def _index_new_rows(table: str, ids: list[int]) -> None:
    """Index rows ``ids`` (consecutive) of ``table`` with the triggers' own expressions."""
    if ids:
        search_index.index_rows(database, table, min(ids), max(ids))


def _merge(kind: str, action: Action) -> None:
    """Update the existing record with the non-empty imported fields, through its service."""
    record_id = action.target_id
    provided = action.provided
    if kind == "talents":
        draft = combine(talent_service.talent_draft(record_id), action.draft, provided)
        talent_service.update_talent(record_id, draft)
    elif kind == "companies":
        draft = combine(company_service.company_draft(record_id), action.draft, provided)
        company_service.update_company(record_id, draft)
    else:
        draft = combine(contact_service.contact_draft(record_id), action.draft, provided)
        contact_service.update_contact(record_id, draft)


# -- batched inserts: the same columns as the services write ---------------------------


def _next_ids(model, count: int) -> list[int]:
    return list(next_ids(model, count))  # never a deleted record's id (AUTOINCREMENT)


def _scalar_fields(draft_type, leave_out: set[str]) -> list[str]:
    return [f.name for f in fields(draft_type) if f.name not in leave_out]


_TALENT_COLUMNS = _scalar_fields(TalentDraft, {"skills", "refused_sectors", "referrer_id"})
_COMPANY_COLUMNS = _scalar_fields(CompanyDraft, {"tags"})
_CONTACT_COLUMNS = _scalar_fields(ContactDraft, {"company_id"})
_NULLABLE = {"siren", "siret", "vat_number"}  # unique-ish identifiers: NULL, not ""


def _skill_ids(names: set[str]) -> dict[str, int]:
    """Folded skill name -> id, creating the skills not known yet (as skills.skill_id does)."""
    wanted = {fold(n): " ".join(n.split()) for n in names}
    known = dict(Skill.select(Skill.key, Skill.id).where(Skill.key.in_(list(wanted))).tuples())
    new = [k for k in wanted if k not in known]
    ids = _next_ids(Skill, len(new))
    bulk_insert_dicts(
        Skill, [{"id": i, "name": wanted[k], "key": k} for i, k in zip(ids, new, strict=True)]
    )
    known.update(zip(new, ids, strict=True))
    return known


def insert_talents(drafts: list[TalentDraft]) -> list[int]:
    """Insert validated talent drafts with their skills and refused sectors; their ids.

    The same rows as ``services.talents.create_talent`` writes (a test compares them).
    """
    ids = _next_ids(Talent, len(drafts))
    rows = []
    for talent_id, d in zip(ids, drafts, strict=True):
        row = {name: getattr(d, name) for name in _TALENT_COLUMNS}
        row.update(
            id=talent_id,
            referrer=d.referrer_id,
            sort_name=person_sort_key(d.first_name, d.last_name),
        )
        rows.append(row)
    bulk_insert_dicts(Talent, rows)
    skill_ids = _skill_ids({s.name for d in drafts for s in d.skills})
    bulk_insert_dicts(
        TalentSkill,
        [
            {"talent": i, "skill": skill_ids[fold(s.name)], "level": s.level, "years": s.years}
            for i, d in zip(ids, drafts, strict=True)
            for s in d.skills
        ],
    )
    bulk_insert_dicts(
        TalentRefusedSector,
        [
            {"talent": i, "sector": s, "key": fold(s)}
            for i, d in zip(ids, drafts, strict=True)
            for s in d.refused_sectors
        ],
    )
    return ids


def insert_companies(drafts: list[CompanyDraft]) -> list[int]:
    ids = _next_ids(Company, len(drafts))
    rows = []
    for company_id, d in zip(ids, drafts, strict=True):
        row = {
            n: (getattr(d, n) or None) if n in _NULLABLE else getattr(d, n)
            for n in _COMPANY_COLUMNS
        }
        row.update(id=company_id, tags=", ".join(d.tags), sort_name=fold(d.name))
        rows.append(row)
    bulk_insert_dicts(Company, rows)
    return ids


def insert_contacts(drafts: list[ContactDraft]) -> list[int]:
    ids = _next_ids(Contact, len(drafts))
    rows = []
    for contact_id, d in zip(ids, drafts, strict=True):
        row = {name: getattr(d, name) for name in _CONTACT_COLUMNS}
        row.update(id=contact_id, company=d.company_id)
        rows.append(row)
    bulk_insert_dicts(Contact, rows)
    return ids
