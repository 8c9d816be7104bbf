"""Missions: what a mission record must hold, its scope checklist and its margin.

The scope checklist is the market's advice for avoiding refusals for "vague
scope or unrealistic goals": measurable objectives, deliverables, exclusions,
phases with deadlines and the roles of each party. A mission missing any of
them is flagged before it is proposed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop.domain.errors import Amount, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import MAX_AMOUNT, MAX_DAILY_RATE, round_cent
from desktop.domain.validation import (
    LEVEL_RANGE,
    NEGATIVE,
    OUT_OF_RANGE,
    REQUIRED,
    TOO_LARGE,
    TOO_LONG,
    UNKNOWN_CHOICE,
    field_error,
)
from desktop.domain.vocabulary import BudgetKind, MissionStatus, RemotePreference

END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "the end date is before the start date")
NEGATIVE_MARGIN = QT_TRANSLATE_NOOP(
    "Validation", "the talent rate is above the client rate: the margin would be negative"
)
FULL_REMOTE_ON_SITE = QT_TRANSLATE_NOOP("Validation", "a full-remote mission has no day on site")
FIXED_NEEDS_PRICE = QT_TRANSLATE_NOOP("Validation", "a fixed-price mission needs its price")
COMPANY_REQUIRED = QT_TRANSLATE_NOOP("Validation", "choose the client company")
PHASE_NEEDS_NAME = QT_TRANSLATE_NOOP("Validation", "every phase needs a name")

SCOPE_ITEMS = ("objectives", "deliverables", "exclusions", "phases", "roles")


@dataclass(frozen=True)
class Phase:
    name: str
    due_on: dt.date | None = None


@dataclass(frozen=True)
class RequiredSkill:
    name: str
    level: int = 3
    required: bool = True  # must-have; False: nice-to-have


@dataclass(frozen=True)
class MissionDraft:
    company_id: int
    title: str
    contact_id: int | None = None
    description: str = ""
    objectives: str = ""
    deliverables: str = ""
    exclusions: str = ""
    roles: str = ""
    phases: tuple[Phase, ...] = ()
    skills: tuple[RequiredSkill, ...] = ()
    seniority_min: int = 0
    budget_kind: str = BudgetKind.DAILY
    client_daily_rate: Decimal | None = None
    talent_daily_rate: Decimal | None = None
    fixed_price: Decimal | None = None
    commission_percent: Decimal | None = None
    start_date: dt.date | None = None
    duration_days: int | None = None
    end_date: dt.date | None = None
    part_time_percent: int = 100
    city: str = ""
    remote_policy: str = RemotePreference.HYBRID
    days_on_site: int = 0
    hours_constraints: str = ""
    on_call: bool = False
    sector: str = ""
    status: str = MissionStatus.DRAFT


def missing_scope(draft: MissionDraft) -> list[str]:
    """The scope checklist items not filled in yet (field names, see SCOPE_ITEMS)."""
    return [
        item
        for item in SCOPE_ITEMS
        if not (draft.phases if item == "phases" else getattr(draft, item).strip())
    ]


@dataclass(frozen=True)
class Margin:
    """What an agency keeps per day: sell rate minus buy rate minus the platform's cut."""

    per_day: Decimal
    percent: Decimal  # of the sell rate
    commission_per_day: Decimal


def margin(
    client_rate: Decimal | None, talent_rate: Decimal | None, commission_percent: Decimal | None
) -> Margin | None:
    """None until both rates are known. The commission is taken on the client rate."""
    if client_rate is None or talent_rate is None or client_rate <= 0:
        return None
    commission = round_cent(client_rate * (commission_percent or Decimal(0)) / 100)
    per_day = round_cent(client_rate - talent_rate - commission)
    percent = (per_day * 100 / client_rate).quantize(Decimal("0.1"))
    return Margin(per_day, percent, commission)


def validate_mission(draft: MissionDraft) -> MissionDraft:
    """The draft, cleaned; raises :class:`ValidationError` listing every bad field."""
    errors = []

    def fail(name: str, template: str, **params: object) -> None:
        errors.append(field_error(name, template, **params))

    title = " ".join(draft.title.split())
    if not title:
        fail("title", REQUIRED)
    elif len(title) > 200:
        fail("title", TOO_LONG, limit=200)
    for name in ("client_daily_rate", "talent_daily_rate", "fixed_price", "commission_percent"):
        value = getattr(draft, name)
        if value is not None and value < 0:
            fail(name, NEGATIVE)
    for name, limit in (
        ("client_daily_rate", MAX_DAILY_RATE),
        ("talent_daily_rate", MAX_DAILY_RATE),
        ("fixed_price", MAX_AMOUNT),
    ):
        value = getattr(draft, name)
        if value is not None and value > limit:
            fail(name, TOO_LARGE, limit=Amount(limit))
    if draft.commission_percent is not None and draft.commission_percent > 50:
        fail("commission_percent", OUT_OF_RANGE, low=0, high=50)
    if (
        draft.client_daily_rate is not None
        and draft.talent_daily_rate is not None
        and draft.talent_daily_rate > draft.client_daily_rate
    ):
        fail("talent_daily_rate", NEGATIVE_MARGIN)
    if draft.budget_kind not in {b.value for b in BudgetKind}:
        fail("budget_kind", UNKNOWN_CHOICE, value=draft.budget_kind)
    elif draft.budget_kind == BudgetKind.FIXED and draft.fixed_price is None:
        fail("fixed_price", FIXED_NEEDS_PRICE)
    if draft.duration_days is not None and not 1 <= draft.duration_days <= 1000:
        fail("duration_days", OUT_OF_RANGE, low=1, high=1000)
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        fail("end_date", END_BEFORE_START)
    if not 10 <= draft.part_time_percent <= 100:
        fail("part_time_percent", OUT_OF_RANGE, low=10, high=100)
    if not 0 <= draft.days_on_site <= 5:
        fail("days_on_site", OUT_OF_RANGE, low=0, high=5)
    elif draft.remote_policy == RemotePreference.FULL_REMOTE and draft.days_on_site:
        fail("days_on_site", FULL_REMOTE_ON_SITE)
    if draft.remote_policy not in {r.value for r in RemotePreference}:
        fail("remote_policy", UNKNOWN_CHOICE, value=draft.remote_policy)
    if draft.status not in {s.value for s in MissionStatus}:
        fail("status", UNKNOWN_CHOICE, value=draft.status)
    if not 0 <= draft.seniority_min <= 40:
        fail("seniority_min", OUT_OF_RANGE, low=0, high=40)
    if any(not " ".join(p.name.split()) for p in draft.phases):
        fail("phases", PHASE_NEEDS_NAME)
    seen: dict[str, RequiredSkill] = {}
    for skill in draft.skills:
        name = " ".join(skill.name.split())
        if not name:
            continue
        if not 1 <= skill.level <= 5:
            fail("skills", LEVEL_RANGE, skill=name)
        seen.setdefault(name.casefold(), RequiredSkill(name, skill.level, skill.required))
    if errors:
        raise ValidationError(errors)
    return replace(
        draft,
        title=title,
        # stripped, so that blank scope texts count as missing in SQL too (store/lists.py)
        **{item: getattr(draft, item).strip() for item in SCOPE_ITEMS if item != "phases"},
        phases=tuple(replace(p, name=" ".join(p.name.split())) for p in draft.phases),
        skills=tuple(seen.values()),
        sector=" ".join(draft.sector.split()),
        city=" ".join(draft.city.split()),
    )
