"""From a table and a column mapping to an import plan: drafts, errors, duplicates.

Nothing is written here. Each row becomes a validated draft (the same validators as
the forms) or a list of errors naming the line, the field and the reason. Duplicates
are found by e-mail (talents, contacts; ignoring case) or by SIREN (companies; a SIRET
gives its SIREN; a company without SIREN by its name, accents and case folded), both
against the database and between rows of the file.

Contacts need their company: a "Company SIREN" column is matched by SIREN, a "Company"
column by name (folded); a company found nowhere is created as a lead ("Piste") with
that name and SIREN when the contact is imported — what a CRM export of contacts
means. A contact with neither is rejected.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace

from desktop.domain import identifiers
from desktop.domain.errors import Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import fold
from desktop.domain.validation import (
    REQUIRED,
    CompanyDraft,
    ContactDraft,
    TalentDraft,
    phone_warnings,
    validate_company,
    validate_contact,
    validate_talent,
)
from desktop.domain.vcard import split_full_name
from desktop.services.importing import columns
from desktop.services.importing.columns import (
    COMPANY,
    COMPANY_SIREN,
    CONTACT_FIELDS,
    FULL_NAME,
    JOINED,
    Target,
)
from desktop.services.importing.readers import SourceRow, SourceTable, cell_text
from desktop.services.importing.values import CellError, days_on_site
from desktop.services.progress import Progress
from desktop.store.models import Company, Contact, Talent

Draft = TalentDraft | CompanyDraft | ContactDraft

TOO_MANY_VALUES = QT_TRANSLATE_NOOP(
    "Import", "{count} values but {columns} columns: a separator inside a value without quotes?"
)
NO_COMPANY_WITH_SIREN = QT_TRANSLATE_NOOP(
    "Import", "no company has this SIREN; add a company name column to create it"
)
ROW = QT_TRANSLATE_NOOP("Import", "Row")
SAME_EMAIL = QT_TRANSLATE_NOOP("Import", "same e-mail")
CONTACT_NOT_CREATED = QT_TRANSLATE_NOOP(
    "Import", "{reason}: the company is imported, its contact is not"
)
SAME_SIREN = QT_TRANSLATE_NOOP("Import", "same SIREN")
SAME_NAME = QT_TRANSLATE_NOOP("Import", "same name")
CHECKING = QT_TRANSLATE_NOOP("Progress", "checking rows")
DUPLICATES = QT_TRANSLATE_NOOP("Progress", "looking for duplicates")


@dataclass(frozen=True)
class RowError:
    """One problem of one row: ``field`` "" means the whole row."""

    line: int
    field: str
    label: str  # English; translate with ``label_context``
    message: Message
    label_context: str = "Field"
    value: str = ""  # what the file holds there, as text

    def __str__(self) -> str:
        value = f" {self.value!r}" if self.value else ""
        return f"line {self.line}, {self.label}{value}: {self.message}"


@dataclass(frozen=True)
class CompanyRef:
    """The company of an imported contact: an existing one, or one to create (``key``)."""

    company_id: int | None
    key: str = ""  # into ImportPlan.new_companies


@dataclass(frozen=True)
class PlannedRow:
    line: int
    draft: Draft  # validated
    provided: frozenset[str]  # draft fields the file gave a value for
    key: str  # duplicate key ("" when the row has none)
    company: CompanyRef | None = None  # contacts
    contact: ContactDraft | None = None  # companies: the contact its columns describe

    @property
    def display(self) -> str:
        d = self.draft
        return d.name if isinstance(d, CompanyDraft) else f"{d.first_name} {d.last_name}".strip()


@dataclass(frozen=True)
class Duplicate:
    line: int
    name: str  # the imported row, for display
    value: str  # the e-mail, SIREN or name both share, as the file writes it
    existing_id: int | None = None  # the record already in the database
    existing_name: str = ""
    first_line: int | None = None  # else the earlier row of the file
    reason: str = ""  # SAME_EMAIL, SAME_SIREN or SAME_NAME (context "Import")

    def __str__(self) -> str:
        """ "line 9 duplicates line 2, same e-mail" (English, for the CLI and logs)."""
        if self.first_line is not None:
            other = f"line {self.first_line}"
        else:
            other = f"{self.existing_name or '#' + str(self.existing_id)} (already there)"
        return f"line {self.line} duplicates {other}, {self.reason} ({self.value})"


@dataclass
class ImportPlan:
    """A file read, mapped, validated and checked for duplicates; nothing written yet."""

    kind: str
    source: str
    mapping: list[str | None]
    read: int  # rows in the file
    rows: list[PlannedRow] = field(default_factory=list)  # the valid ones
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)  # kept rows, worth a look
    duplicates: list[Duplicate] = field(default_factory=list)
    existing: dict[str, int] = field(default_factory=dict)  # duplicate key -> record id
    new_companies: dict[str, CompanyDraft] = field(default_factory=dict)  # contacts

    @property
    def rejected(self) -> int:
        """Rows that will not be imported because they are invalid."""
        return len({e.line for e in self.errors})

    @property
    def problems(self) -> int:
        """Problems found: a rejected row may have several."""
        return len(self.errors)


def duplicate_key(draft: Draft) -> str:
    """What makes two records the same: e-mail, else SIREN, else a company's folded name."""
    if isinstance(draft, CompanyDraft):
        return f"siren:{draft.siren}" if draft.siren else f"name:{fold(draft.name)}"
    return f"email:{draft.email.casefold()}" if draft.email else ""


def _draft_fields(kind: str) -> set[str]:
    model = {"talents": TalentDraft, "companies": CompanyDraft, "contacts": ContactDraft}[kind]
    return {f.name for f in fields(model)}


def read_row(
    targets: list[Target | None], row: SourceRow, width: int
) -> tuple[dict[str, object], dict[str, str], list[RowError]]:
    """The parsed value and the text of each mapped field with a non-empty cell, and the
    cells' errors.

    ``targets`` holds the target of each column (None: ignored); ``width`` is the number
    of columns of the header.
    """
    found: dict[str, object] = {}
    texts: dict[str, str] = {}
    joined: dict[str, list[str]] = {}
    errors: list[RowError] = []
    for target, cell in zip(targets, row.cells, strict=False):
        if target is None or cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        name = target.field
        if name in JOINED:
            joined.setdefault(name, []).append(str(target.parse(cell)))
        elif name not in found and name not in texts:  # the first non-empty column wins
            texts[name] = cell_text(cell)
            try:
                found[name] = target.parse(cell)
            except CellError as exc:
                errors.append(
                    RowError(
                        row.line, name, target.label, exc.message, target.label_context, texts[name]
                    )
                )
    for name, parts in joined.items():
        found[name] = texts[name] = JOINED[name].join(parts)
    if "remote_preference" in found and "max_days_on_site" not in found:
        days = days_on_site(texts["remote_preference"])  # "2 jours sur site"
        if days is not None:
            found["max_days_on_site"] = days
    extra = [cell_text(c) for c in row.cells[width:] if c not in (None, "") and str(c).strip()]
    if extra:
        params = {"count": width + len(extra), "columns": width}
        message = Message("Import", TOO_MANY_VALUES, params)
        errors.append(RowError(row.line, "", ROW, message, "Import", " | ".join(extra)))
    return found, texts, errors


def _contact_draft(found: dict[str, object]) -> ContactDraft | None:
    """The contact a company row's contact columns describe (None without any)."""
    values = {CONTACT_FIELDS[k]: v for k, v in found.items() if k in CONTACT_FIELDS}
    if not values:
        return None
    full = values.pop(FULL_NAME, None)
    if full and not values.get("first_name") and not values.get("last_name"):
        values["first_name"], values["last_name"] = split_full_name(str(full))
    values.setdefault("last_name", "")
    return ContactDraft(company_id=0, **values)


def _draft(kind: str, found: dict[str, object]) -> tuple[Draft, frozenset[str]]:
    values = dict(found)
    full = values.pop(FULL_NAME, None)
    if full and not values.get("first_name") and not values.get("last_name"):
        values["first_name"], values["last_name"] = split_full_name(str(full))
    values.pop(COMPANY, None)
    values.pop(COMPANY_SIREN, None)
    allowed = _draft_fields(kind)
    values = {k: v for k, v in values.items() if k in allowed}
    provided = frozenset(values)
    if kind == "talents":
        values.setdefault("first_name", "")
        values.setdefault("last_name", "")
        return TalentDraft(**values), provided
    if kind == "companies":
        values.setdefault("name", "")
        return CompanyDraft(**values), provided
    values.setdefault("last_name", "")
    return ContactDraft(company_id=0, **values), provided


VALIDATORS = {
    "talents": validate_talent,
    "companies": validate_company,
    "contacts": validate_contact,
}


def validation_errors(
    line: int, error: ValidationError, texts: dict[str, str] | None = None
) -> list[RowError]:
    """The validator's field errors as errors of ``line``, with the file's ``texts``."""
    texts = texts or {}
    return [
        RowError(line, e.field, e.label, e.message, value=texts.get(e.field, ""))
        for e in error.errors
    ]


def plan_import(
    table: SourceTable, kind: str, mapping: list[str | None] | None = None
) -> ImportPlan:
    """Read, validate and check every row of ``table`` as records of ``kind``."""
    if mapping is None:
        mapping = columns.guess_mapping(kind, table.headers)
    plan = ImportPlan(kind, table.name, list(mapping), len(table.rows))
    for _ in fill_plan(plan, table):
        pass
    return plan


def fill_plan(plan: ImportPlan, table: SourceTable, step: int = 500) -> Iterator[Progress]:
    """Fill the empty ``plan`` from ``table``, yielding progress every ``step`` rows.

    The dialog drives this behind a progress bar; it reads the database, never writes.
    """
    kind = plan.kind
    targets = [columns.target(kind, name) if name else None for name in plan.mapping]
    company_cells: dict[int, tuple[str, str]] = {}
    total = len(table.rows)
    for done, row in enumerate(table.rows):
        if done % step == 0:
            yield Progress(done, total, CHECKING)
        found, texts, errors = read_row(targets, row, len(table.headers))
        if row.problem is not None and kind != "companies":
            plan.errors.append(RowError(row.line, "", ROW, row.problem, "Import"))
            continue
        draft, provided = _draft(kind, found)
        try:
            draft = VALIDATORS[kind](draft)
        except ValidationError as exc:
            errors += validation_errors(row.line, exc, texts)
        contact = _contact_draft(found) if kind == "companies" else None
        if contact is not None:
            # The company is what the row is about: a contact that cannot be created is
            # left out with a warning, and the company imported all the same.
            try:
                contact = validate_contact(contact)
            except ValidationError as exc:
                plan.warnings += _contact_errors(row.line, exc, texts)
                contact = None
        if kind == "contacts":
            name, siren = str(found.get(COMPANY, "")).strip(), str(found.get(COMPANY_SIREN, ""))
            errors += _check_company(row.line, name, siren, company_cells)
        if errors:
            plan.errors += errors
            continue
        plan.warnings += [
            RowError(row.line, w.field, w.label, w.message, value=texts.get(w.field, ""))
            for w in phone_warnings(draft)
        ]
        if contact is not None:
            plan.warnings += [
                RowError(row.line, "contact_phone", columns.EXTRA_LABELS["contact_phone"],
                         w.message, "Import", texts.get("contact_phone", ""))
                for w in phone_warnings(contact)
            ]  # fmt: skip
        plan.rows.append(
            PlannedRow(row.line, draft, provided, duplicate_key(draft), contact=contact)
        )
    yield Progress(total, total, DUPLICATES)
    if kind == "contacts":
        _resolve_companies(plan, company_cells)
    _find_duplicates(plan)


def _contact_errors(line: int, error: ValidationError, texts: dict[str, str]) -> list[RowError]:
    """The contact validator's errors, named after the company file's contact columns,
    each saying that the contact was not created."""
    by_field = {draft_field: column for column, draft_field in CONTACT_FIELDS.items()}
    result = []
    for e in error.errors:
        column = by_field.get(e.field, "contact_last_name")
        if e.field == "last_name" and "contact_name" in texts:
            column = "contact_name"
        label = columns.EXTRA_LABELS[column]
        message = Message("Import", CONTACT_NOT_CREATED, {"reason": e.message})
        result.append(RowError(line, column, label, message, "Import", texts.get(column, "")))
    return result


def _check_company(
    line: int, name: str, siren: str, cells: dict[int, tuple[str, str]]
) -> list[RowError]:
    labels = columns.EXTRA_LABELS
    if siren:
        try:
            siren = identifiers.normalise_siren(siren)
        except ValueError as exc:
            message = Message("Validation", str(exc))
            return [RowError(line, COMPANY_SIREN, labels[COMPANY_SIREN], message, "Import", siren)]
    if not name and not siren:
        message = Message("Validation", REQUIRED)
        return [RowError(line, COMPANY, labels[COMPANY], message, "Import")]
    cells[line] = (name, siren)
    return []


def _batches(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _resolve_companies(plan: ImportPlan, cells: dict[int, tuple[str, str]]) -> None:
    """Each contact's company: found by SIREN, else by folded name, else to create."""
    sirens = sorted({s for _, s in cells.values() if s})
    names = sorted({fold(n) for n, s in cells.values() if n and not s})
    by_siren: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for batch in _batches(sirens):
        for cid, siren in (
            Company.select(Company.id, Company.siren)
            .where(Company.siren.in_(batch))
            .order_by(Company.id.desc())
            .tuples()
        ):
            by_siren[siren] = cid  # descending: the oldest one wins
    for batch in _batches(names):
        for cid, key in (
            Company.select(Company.id, Company.sort_name)
            .where(Company.sort_name.in_(batch))
            .order_by(Company.id.desc())
            .tuples()
        ):
            by_name[key] = cid
    kept: list[PlannedRow] = []
    for row in plan.rows:
        name, siren = cells[row.line]
        # A SIREN says which company it is; a name alone matches by its folded form.
        company_id = by_siren.get(siren) if siren else by_name.get(fold(name))
        if company_id is not None:
            kept.append(replace(row, company=CompanyRef(company_id)))
            continue
        if not name:
            message = Message("Import", NO_COMPANY_WITH_SIREN)
            plan.errors.append(
                RowError(
                    row.line,
                    COMPANY_SIREN,
                    columns.EXTRA_LABELS[COMPANY_SIREN],
                    message,
                    "Import",
                    siren,
                )
            )
            continue
        key = f"siren:{siren}" if siren else f"name:{fold(name)}"
        if key not in plan.new_companies:
            try:
                plan.new_companies[key] = validate_company(CompanyDraft(name=name, siren=siren))
            except ValidationError as exc:
                plan.errors += [
                    RowError(
                        row.line, COMPANY, columns.EXTRA_LABELS[COMPANY], e.message, "Import", name
                    )
                    for e in exc.errors
                ]
                continue
        kept.append(replace(row, company=CompanyRef(None, key)))
    plan.rows = kept
    plan.errors.sort(key=lambda e: e.line)


def existing_records(kind: str, keys: set[str]) -> dict[str, int]:
    """The id of the record already holding each duplicate key (the oldest one)."""
    found: dict[str, int] = {}
    if kind in ("talents", "contacts"):
        model = Talent if kind == "talents" else Contact
        # Case-insensitive over every stored e-mail: one scan (60 ms at 100,000 rows)
        # beats an index that SQLite's ASCII-only lower() could not use anyway.
        query = model.select(model.id, model.email).where(model.email != "").order_by(model.id)
        for record_id, email in query.tuples():
            key = f"email:{email.casefold()}"
            if key in keys:
                found.setdefault(key, record_id)
        return found
    sirens = sorted(k[6:] for k in keys if k.startswith("siren:"))
    names = sorted(k[5:] for k in keys if k.startswith("name:"))
    for batch in _batches(sirens):
        query = Company.select(Company.id, Company.siren).where(Company.siren.in_(batch))
        for record_id, siren in query.order_by(Company.id).tuples():
            found.setdefault(f"siren:{siren}", record_id)
    for batch in _batches(names):
        query = Company.select(Company.id, Company.sort_name).where(Company.sort_name.in_(batch))
        for record_id, key in query.order_by(Company.id).tuples():
            found.setdefault(f"name:{key}", record_id)
    return found


def _existing_names(kind: str, ids: list[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for batch in _batches(ids):
        if kind == "companies":
            query = Company.select(Company.id, Company.name).where(Company.id.in_(batch))
            names.update(query.tuples())
        else:
            model = Talent if kind == "talents" else Contact
            query = model.select(model.id, model.first_name, model.last_name)
            for record_id, first, last in query.where(model.id.in_(batch)).tuples():
                names[record_id] = f"{first} {last}".strip()
    return names


def _find_duplicates(plan: ImportPlan) -> None:
    keys = {r.key for r in plan.rows if r.key}
    plan.existing = existing_records(plan.kind, keys)
    names = _existing_names(plan.kind, sorted(set(plan.existing.values())))
    first_line: dict[str, int] = {}
    for row in plan.rows:
        if not row.key:
            continue
        draft = row.draft
        value = draft.name if row.key.startswith("name:") else getattr(draft, row.key.split(":")[0])
        reason = {"email": SAME_EMAIL, "siren": SAME_SIREN}.get(row.key.split(":")[0], SAME_NAME)
        if row.key in plan.existing:
            record_id = plan.existing[row.key]
            plan.duplicates.append(
                Duplicate(
                    row.line, row.display, value, record_id, names.get(record_id, ""),
                    reason=reason,
                )
            )  # fmt: skip
        elif row.key in first_line:
            plan.duplicates.append(
                Duplicate(
                    row.line, row.display, value, first_line=first_line[row.key], reason=reason
                )
            )
        first_line.setdefault(row.key, row.line)
