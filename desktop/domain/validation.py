"""What a talent or a company record must satisfy before it is written.

A *draft* is the plain data a dialog, an import row or a script hands to a
service. ``validate_*`` returns every problem at once (one :class:`FieldError`
per field), so a form can mark all wrong fields in one pass, and returns the
draft normalised (SIREN without spaces, e-mail domain lower-cased...).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop.domain import identifiers
from desktop.domain.errors import Amount, FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import MAX_AMOUNT, MAX_DAILY_RATE
from desktop.domain.vocabulary import PipelineStage, RemotePreference, TalentStatus

FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Field", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Field", "Last name"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "daily_rate": QT_TRANSLATE_NOOP("Field", "Daily rate (TJM)"),
    "seniority_years": QT_TRANSLATE_NOOP("Field", "Seniority (years)"),
    "city": QT_TRANSLATE_NOOP("Field", "City"),
    "region": QT_TRANSLATE_NOOP("Field", "Region"),
    "remote_preference": QT_TRANSLATE_NOOP("Field", "Remote preference"),
    "available_from": QT_TRANSLATE_NOOP("Field", "Available from"),
    "load_percent": QT_TRANSLATE_NOOP("Field", "Current load (%)"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "skills": QT_TRANSLATE_NOOP("Field", "Skills"),
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "siren": QT_TRANSLATE_NOOP("Field", "SIREN"),
    "siret": QT_TRANSLATE_NOOP("Field", "SIRET"),
    "vat_number": QT_TRANSLATE_NOOP("Field", "VAT number"),
    "legal_form": QT_TRANSLATE_NOOP("Field", "Legal form"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "postal_code": QT_TRANSLATE_NOOP("Field", "Postal code"),
    "country": QT_TRANSLATE_NOOP("Field", "Country"),
    "sector": QT_TRANSLATE_NOOP("Field", "Sector"),
    "website": QT_TRANSLATE_NOOP("Field", "Website"),
    "stage": QT_TRANSLATE_NOOP("Field", "Pipeline stage"),
    "lost_reason": QT_TRANSLATE_NOOP("Field", "Lost reason"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "min_daily_rate": QT_TRANSLATE_NOOP("Field", "Minimum daily rate"),
    "max_days_on_site": QT_TRANSLATE_NOOP("Field", "Days on site a week (at most)"),
    "mobility": QT_TRANSLATE_NOOP("Field", "Mobility"),
    "languages": QT_TRANSLATE_NOOP("Field", "Languages"),
    "certifications": QT_TRANSLATE_NOOP("Field", "Certifications"),
    "source": QT_TRANSLATE_NOOP("Field", "Source"),
    "referrer_id": QT_TRANSLATE_NOOP("Field", "Recommended by"),
    "refused_sectors": QT_TRANSLATE_NOOP("Field", "Sectors refused"),
    "last_contact_on": QT_TRANSLATE_NOOP("Field", "Last contact"),
    "next_follow_up_on": QT_TRANSLATE_NOOP("Field", "Next follow-up"),
    "vetted_identity": QT_TRANSLATE_NOOP("Field", "Legal identity verified"),
    "vetted_brief": QT_TRANSLATE_NOOP("Field", "Clear brief, answers quickly"),
    "vetted_budget": QT_TRANSLATE_NOOP("Field", "Budget and deadlines stated"),
    "vetted_value": QT_TRANSLATE_NOOP("Field", "Does not haggle before understanding the value"),
    "owner": QT_TRANSLATE_NOOP("Field", "Account owner"),
    "tags": QT_TRANSLATE_NOOP("Field", "Tags"),
    "expected_value": QT_TRANSLATE_NOOP("Field", "Expected deal value (excl. VAT)"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "company_id": QT_TRANSLATE_NOOP("Field", "Company"),
    # missions
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "objectives": QT_TRANSLATE_NOOP("Field", "Measurable objectives"),
    "deliverables": QT_TRANSLATE_NOOP("Field", "Deliverables"),
    "exclusions": QT_TRANSLATE_NOOP("Field", "Exclusions"),
    "roles": QT_TRANSLATE_NOOP("Field", "Roles of each party"),
    "phases": QT_TRANSLATE_NOOP("Field", "Phases and deadlines"),
    "client_daily_rate": QT_TRANSLATE_NOOP("Field", "Client daily rate (sell)"),
    "talent_daily_rate": QT_TRANSLATE_NOOP("Field", "Talent daily rate (buy)"),
    "fixed_price": QT_TRANSLATE_NOOP("Field", "Fixed price (excl. VAT)"),
    "budget_kind": QT_TRANSLATE_NOOP("Field", "Budget"),
    "commission_percent": QT_TRANSLATE_NOOP("Field", "Platform commission (%)"),
    "start_date": QT_TRANSLATE_NOOP("Field", "Start date"),
    "duration_days": QT_TRANSLATE_NOOP("Field", "Duration (working days)"),
    "end_date": QT_TRANSLATE_NOOP("Field", "End date"),
    "part_time_percent": QT_TRANSLATE_NOOP("Field", "Time (%)"),
    "remote_policy": QT_TRANSLATE_NOOP("Field", "Remote policy"),
    "days_on_site": QT_TRANSLATE_NOOP("Field", "Days on site a week"),
    "hours_constraints": QT_TRANSLATE_NOOP("Field", "Hours constraints"),
    "on_call": QT_TRANSLATE_NOOP("Field", "On call"),
    "seniority_min": QT_TRANSLATE_NOOP("Field", "Minimum seniority (years)"),
    "contact_id": QT_TRANSLATE_NOOP("Field", "Client contact"),
    "margin": QT_TRANSLATE_NOOP("Field", "Margin"),
}

REQUIRED = QT_TRANSLATE_NOOP("Validation", "required")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("Validation", "not an amount (e.g. 650 or 650,50 €)")
NEGATIVE = QT_TRANSLATE_NOOP("Validation", "must not be negative")
TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "at most {limit}: a larger amount is surely a typo")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Validation", "must be between {low} and {high}")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("Validation", "unknown value {value!r}")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "at most {limit} characters")
LEVEL_RANGE = QT_TRANSLATE_NOOP("Validation", "{skill}: the level must be between 1 and 5")
LOST_NEEDS_REASON = QT_TRANSLATE_NOOP("Validation", "say why the deal was lost")
SIRET_NOT_OF_SIREN = QT_TRANSLATE_NOOP("Validation", "this SIRET does not start with the SIREN")
MIN_ABOVE_RATE = QT_TRANSLATE_NOOP("Validation", "the minimum rate cannot be above the daily rate")
SELF_REFERRAL = QT_TRANSLATE_NOOP("Validation", "a talent cannot recommend themselves")
UNALLOCATED_PHONE = QT_TRANSLATE_NOOP(
    "Validation", "well formed, but in no range of the numbering plan: kept, check it"
)


@dataclass(frozen=True)
class SkillLevel:
    name: str
    level: int
    years: int = 0


@dataclass(frozen=True)
class TalentDraft:
    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    title: str = ""
    daily_rate: Decimal | None = None
    seniority_years: int = 0
    city: str = ""
    region: str = ""
    remote_preference: str = RemotePreference.HYBRID
    available_from: dt.date | None = None
    load_percent: int = 0
    status: str = TalentStatus.AVAILABLE
    notes: str = ""
    skills: tuple[SkillLevel, ...] = ()
    min_daily_rate: Decimal | None = None
    max_days_on_site: int | None = None
    mobility: str = ""
    languages: str = ""
    certifications: str = ""
    source: str = ""
    referrer_id: int | None = None
    refused_sectors: tuple[str, ...] = ()
    last_contact_on: dt.date | None = None
    next_follow_up_on: dt.date | None = None


# The four checks of a client worth working with: legal identity, a clear brief, a stated
# budget and deadlines, no haggling before the value is understood (the trust indicator).
VETTING_FIELDS = ("vetted_identity", "vetted_brief", "vetted_budget", "vetted_value")


@dataclass(frozen=True)
class CompanyDraft:
    name: str
    siren: str = ""
    siret: str = ""
    vat_number: str = ""
    legal_form: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"
    sector: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    stage: str = PipelineStage.LEAD
    lost_reason: str = ""
    notes: str = ""
    vetted_identity: bool = False
    vetted_brief: bool = False
    vetted_budget: bool = False
    vetted_value: bool = False
    owner: str = ""
    tags: tuple[str, ...] = ()
    expected_value: Decimal | None = None
    last_contact_on: dt.date | None = None
    next_follow_up_on: dt.date | None = None

    @property
    def trust(self) -> int:
        """How many of the 4 vetting checks hold (0-4): the trust indicator."""
        return sum(getattr(self, name) for name in VETTING_FIELDS)


@dataclass(frozen=True)
class ContactDraft:
    company_id: int
    last_name: str
    first_name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


def clean_list(values: tuple[str, ...] | list[str] | str) -> tuple[str, ...]:
    """Trimmed, non-empty, without case-insensitive duplicates; a string is split on commas."""
    if isinstance(values, str):
        values = values.split(",")
    seen: dict[str, str] = {}
    for value in values:
        text = " ".join(value.split())
        if text:
            seen.setdefault(text.casefold(), text)
    return tuple(seen.values())


def field_error(name: str, template: str, **params: object) -> FieldError:
    """One error on field ``name`` (template from this module, context "Validation")."""
    return FieldError(name, FIELD_LABELS.get(name, name), Message("Validation", template, params))


class _Checker:
    """Collects field errors and normalised values while checking a draft."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []
        self.changes: dict[str, object] = {}

    def fail(self, name: str, template: str, **params: object) -> None:
        self.errors.append(field_error(name, template, **params))

    def text(self, name: str, value: str, *, required: bool = False, limit: int = 200) -> str:
        cleaned = " ".join(value.split()) if name != "notes" else value.strip()
        if required and not cleaned:
            self.fail(name, REQUIRED)
        elif len(cleaned) > limit:
            self.fail(name, TOO_LONG, limit=limit)
        if cleaned != value:
            self.changes[name] = cleaned
        return cleaned

    def normalised(self, name: str, value: str, normalise: Callable[[str], str]) -> str:
        if not value.strip():
            if value != "":
                self.changes[name] = ""
            return ""
        try:
            result = normalise(value)
        except ValueError as exc:
            self.fail(name, str(exc.args[0]), **getattr(exc, "params", {}))
            return value
        if result != value:
            self.changes[name] = result
        return result

    def number_range(self, name: str, value: int | Decimal | None, low: int, high: int) -> None:
        if value is not None and not low <= value <= high:
            self.fail(name, OUT_OF_RANGE, low=low, high=high)

    def non_negative(self, name: str, value: Decimal | int | None) -> None:
        if value is not None and value < 0:
            self.fail(name, NEGATIVE)

    def amount(self, name: str, value: Decimal | None, limit: Decimal) -> None:
        """Not negative, and at most ``limit`` (:mod:`desktop.domain.money`'s bounds)."""
        if value is not None and value < 0:
            self.fail(name, NEGATIVE)
        elif value is not None and value > limit:
            self.fail(name, TOO_LARGE, limit=Amount(limit))

    def choice(self, name: str, value: str, allowed: type) -> None:
        if value not in {member.value for member in allowed}:
            self.fail(name, UNKNOWN_CHOICE, value=value)

    def listed(self, name: str, values: tuple[str, ...]) -> None:
        cleaned = clean_list(values)
        if cleaned != tuple(values):
            self.changes[name] = cleaned

    def result(self, draft):
        if self.errors:
            raise ValidationError(self.errors)
        return replace(draft, **self.changes) if self.changes else draft


def validate_talent(draft: TalentDraft) -> TalentDraft:
    """The draft, normalised; raises :class:`ValidationError` listing every bad field."""
    c = _Checker()
    c.text("first_name", draft.first_name, required=True, limit=100)
    c.text("last_name", draft.last_name, required=True, limit=100)
    c.text("title", draft.title)
    c.text("city", draft.city, limit=100)
    c.text("region", draft.region, limit=100)
    c.text("notes", draft.notes, limit=20_000)
    c.normalised("email", draft.email, identifiers.normalise_email)
    c.normalised("phone", draft.phone, identifiers.normalise_phone)
    c.amount("daily_rate", draft.daily_rate, MAX_DAILY_RATE)
    c.number_range("seniority_years", draft.seniority_years, 0, 60)
    c.number_range("load_percent", draft.load_percent, 0, 100)
    c.choice("remote_preference", draft.remote_preference, RemotePreference)
    c.choice("status", draft.status, TalentStatus)
    c.amount("min_daily_rate", draft.min_daily_rate, MAX_DAILY_RATE)
    if (
        draft.min_daily_rate is not None
        and draft.daily_rate is not None
        and draft.min_daily_rate > draft.daily_rate
    ):
        c.fail("min_daily_rate", MIN_ABOVE_RATE)
    c.number_range("max_days_on_site", draft.max_days_on_site, 0, 5)
    for name in ("mobility", "languages", "source"):
        c.text(name, getattr(draft, name))
    c.text("certifications", draft.certifications, limit=2000)
    c.listed("refused_sectors", draft.refused_sectors)
    seen: dict[str, SkillLevel] = {}
    for skill in draft.skills:
        name = " ".join(skill.name.split())
        if not name:
            continue
        if not 1 <= skill.level <= 5:
            c.fail("skills", LEVEL_RANGE, skill=name)
        if skill.years < 0:
            c.fail("skills", NEGATIVE)
        seen.setdefault(name.casefold(), SkillLevel(name, skill.level, skill.years))
    skills = tuple(seen.values())
    if skills != draft.skills:
        c.changes["skills"] = skills
    if draft.status == TalentStatus.DO_NOT_CONTACT and draft.next_follow_up_on is not None:
        c.changes["next_follow_up_on"] = None  # no follow-up with who asked not to be contacted
    return c.result(draft)


def validate_company(draft: CompanyDraft) -> CompanyDraft:
    """The draft, normalised; raises :class:`ValidationError` listing every bad field."""
    c = _Checker()
    c.text("name", draft.name, required=True)
    for name in ("legal_form", "city", "sector", "website", "postal_code"):
        c.text(name, getattr(draft, name), limit=100)
    c.text("address", draft.address, limit=300)
    c.text("lost_reason", draft.lost_reason, limit=300)
    c.text("notes", draft.notes, limit=20_000)
    siren = c.normalised("siren", draft.siren, identifiers.normalise_siren)
    siret = c.normalised("siret", draft.siret, identifiers.normalise_siret)
    if siret and "siret" not in {e.field for e in c.errors}:
        if not siren and "siren" not in {e.field for e in c.errors}:
            siren = siret[:9]  # the SIREN is the first 9 digits of the SIRET
            c.changes["siren"] = siren
        elif siren and siret[:9] != siren:
            c.fail("siret", SIRET_NOT_OF_SIREN)
    c.normalised(
        "vat_number", draft.vat_number, lambda v: identifiers.normalise_vat(v, siren or None)
    )
    c.normalised("email", draft.email, identifiers.normalise_email)
    c.normalised("phone", draft.phone, identifiers.normalise_phone)
    country = draft.country.strip().upper() or "FR"
    if country != draft.country:
        c.changes["country"] = country
    c.choice("stage", draft.stage, PipelineStage)
    if draft.stage == PipelineStage.LOST and not draft.lost_reason.strip():
        c.fail("lost_reason", LOST_NEEDS_REASON)
    c.text("owner", draft.owner, limit=100)
    c.listed("tags", draft.tags)
    c.amount("expected_value", draft.expected_value, MAX_AMOUNT)
    return c.result(draft)


def validate_talent_referrer(talent_id: int | None, draft: TalentDraft) -> None:
    """A talent cannot be their own referrer (needs the id, known only when editing)."""
    if talent_id is not None and draft.referrer_id == talent_id:
        raise ValidationError([field_error("referrer_id", SELF_REFERRAL)])


def phone_warnings(draft: TalentDraft | CompanyDraft | ContactDraft) -> list[FieldError]:
    """What is accepted but worth a look: a validated draft's phone outside the plan's
    allocated ranges (imports list it; the number is kept)."""
    if draft.phone and not identifiers.phone_is_allocated(draft.phone):
        return [field_error("phone", UNALLOCATED_PHONE)]
    return []


def validate_contact(draft: ContactDraft) -> ContactDraft:
    """The draft, normalised; raises :class:`ValidationError` listing every bad field."""
    c = _Checker()
    c.text("first_name", draft.first_name, limit=100)
    c.text("last_name", draft.last_name, required=True, limit=100)
    c.text("role", draft.role, limit=100)
    c.text("notes", draft.notes, limit=20_000)
    c.normalised("email", draft.email, identifiers.normalise_email)
    c.normalised("phone", draft.phone, identifiers.normalise_phone)
    return c.result(draft)
