"""Realistic demo data for a French IT freelance business.

French names with accents, real cities and regions, the skills of the market
(Java, React, Kubernetes, SAP FI, data, cloud), daily rates of 350-1,100 EUR
that follow seniority, companies with valid SIREN/SIRET/VAT keys, contacts,
missions, offers with answers and refusal reasons, contracts and invoices in
every state, numbered in one gapless sequence per year. The paperwork follows the
services field for field (:mod:`desktop.services.demo_documents`): quotes in every
status, monthly activity reports of the active contracts, endings with their reasons
and lessons, issued invoices with their numbering and frozen identities, so that every
screen and the accountant's Factur-X export have something to show.

Everything is written in one transaction by batched inserts with the search
index rebuilt once at the end: 100,000 talents, 100,000 companies and 200,000
invoices take well under two minutes. :func:`generate_demo` is a generator of
progress steps; stopping it (``close()``) before the end rolls everything back.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from peewee import Model
from stdnum import luhn

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.identifiers import french_vat_from_siren
from desktop.domain.money import line_total, round_cent
from desktop.domain.text import fold, person_sort_key
from desktop.services import company, demo_documents
from desktop.services.company import fill_demo_identity
from desktop.services.demo_vocabulary import (
    ACTIONS,
    CERTIFICATIONS,
    CITIES,
    COMPANY_PREFIXES,
    COMPANY_WORDS,
    DECISIONS,
    DISPUTES,
    EXCHANGES,
    FEMALE_FIRST_NAMES,
    FIRST_NAMES,
    LANGUAGES,
    LAST_NAMES,
    LEGAL_FORMS,
    LOST_REASONS,
    MISSION_OBJECTS,
    MISSION_VERBS,
    MOBILITY,
    NOTES,
    OWNERS,
    REFUSED_SECTORS,
    ROLES,
    SCOPE,
    SECTORS,
    SKILLS,
    SOURCES,
    STREETS,
    TAGS,
    TITLES,
)
from desktop.services.progress import Progress
from desktop.services.seller import complete_seller
from desktop.store import search_index
from desktop.store.bulk import bulk_insert, bulk_insert_dicts
from desktop.store.models import (
    ActionItem,
    Activity,
    ActivityReport,
    ActivityReportDay,
    Company,
    Contact,
    Contract,
    ContractEnding,
    Invoice,
    InvoiceLine,
    Mission,
    MissionPhase,
    MissionSkill,
    Offer,
    OfferRefusalReason,
    Payment,
    Quote,
    QuoteLine,
    Referral,
    Skill,
    Talent,
    TalentRefusedSector,
    TalentSkill,
    database,
)
from desktop.store.record_ids import next_ids
from desktop.store.transactions import write_transaction


class ProfileNotEmptyError(DomainError):
    """Demo data goes into an empty profile only (its invoice numbers would collide)."""


def refuse_non_empty_profile() -> None:
    """Raise :class:`ProfileNotEmptyError` when the profile already holds records: measured
    on the landed code, demo data on a used profile died on a duplicate invoice number."""
    if any(m.select().exists() for m in (Talent, Company, Mission, Contract, Invoice, Activity)):
        raise ProfileNotEmptyError(
            Message(
                "Demo",
                QT_TRANSLATE_NOOP(
                    "Demo",
                    "This data folder already holds records: demo data goes into an empty "
                    "one. Start Freelance Desk with --data-dir and a new folder to try it.",
                ),
            )
        )


@dataclass(frozen=True)
class DemoSize:
    talents: int = 300
    companies: int = 120
    missions: int = 80
    invoices: int = 400


def _created(rng: random.Random, today: dt.date) -> dt.datetime:
    """A creation time in the last three years, during office hours."""
    day = today - dt.timedelta(days=int(rng.triangular(0, 1100, 60)))
    return dt.datetime(day.year, day.month, day.day, rng.randrange(8, 19), rng.randrange(60))


def _siren(rng: random.Random) -> str:
    body = f"{rng.randrange(10_000_000, 99_999_999):08d}"
    return body + luhn.calc_check_digit(body)


def _siret(rng: random.Random, siren: str) -> str:
    nic = f"{rng.randrange(1, 9999):04d}"
    return siren + nic + luhn.calc_check_digit(siren + nic)


def _phone(rng: random.Random, mobile: bool) -> str:
    """A metropolitan French number (ARCEP plan): mobiles 06 and 07 3x-9x, landlines 01-05.

    Overseas blocks (0262, 059x, 0639, 069x) and unallocated ones (040x) are avoided:
    libphonenumber files the former under other regions and rejects the latter.
    """
    if mobile:
        first = rng.choice(("6", "6", "7"))
        second = rng.choice("01245678") if first == "6" else rng.choice("3456789")
    else:
        first = rng.choice("12345")
        second = rng.choice("1234578" if first == "2" else "12345678")
    rest = " ".join(f"{rng.randrange(100):02d}" for _ in range(3))
    return f"0{first} {second}{rng.randrange(10)} {rest}"


def _email(first: str, last: str, domain: str) -> str:
    local = fold(f"{first}.{last}").replace(" ", "").replace("'", "")
    return f"{local}@{domain}"


class _Writer:
    """Batched inserts with explicit ids, so that children can point at parents."""

    def __init__(self) -> None:
        self.next_id: dict[type[Model], int] = {}

    def ids(self, model: type[Model], count: int) -> range:
        start = self.next_id.get(model)
        if start is None:
            start = next_ids(model, count).start
        self.next_id[model] = start + count
        return range(start, start + count)

    @staticmethod
    def insert(model: type[Model], fields: list, rows: list[tuple]) -> None:
        bulk_insert(model, fields, rows)


def records_in_profile() -> int:
    """Talents, companies, missions and invoices already there: demo data would mix with
    them (the window asks first)."""
    return sum(model.select().count() for model in (Talent, Company, Mission, Invoice))


def generate_demo(
    size: DemoSize, seed: int = 2026, today: dt.date | None = None
) -> Iterator[Progress]:
    """Write demo data in one transaction, yielding progress; rolled back if closed early."""
    rng = random.Random(seed)
    # the paperwork (quotes, activity reports, endings) draws from its own stream: the
    # records drawn before it stay what they were
    paper = random.Random(seed + 1)
    today = today or dt.date.today()
    steps = 7
    with write_transaction() as txn:
        refuse_non_empty_profile()
        try:
            with search_index.suspended(database):
                yield Progress(0, steps, QT_TRANSLATE_NOOP("Progress", "skills"))
                w = _Writer()
                fill_demo_identity()  # My company first: issued documents freeze it
                skill_ids = _skills(w)
                yield Progress(1, steps, QT_TRANSLATE_NOOP("Progress", "talents"))
                talents = _talents(w, rng, size.talents, skill_ids, today)
                yield Progress(2, steps, QT_TRANSLATE_NOOP("Progress", "companies"))
                companies, contacts = _companies(w, rng, size.companies, today)
                yield Progress(3, steps, QT_TRANSLATE_NOOP("Progress", "missions"))
                missions = _missions(w, rng, size.missions, companies, contacts, skill_ids, today)
                yield Progress(4, steps, QT_TRANSLATE_NOOP("Progress", "offers"))
                contracts = _offers_and_contracts(w, rng, paper, missions, talents, today)
                yield Progress(5, steps, QT_TRANSLATE_NOOP("Progress", "invoices"))
                _invoices(w, rng, paper, size.invoices, contracts, companies, today)
                _traces(w, rng, talents, companies, today)
                yield Progress(6, steps, QT_TRANSLATE_NOOP("Progress", "search index"))
        except GeneratorExit:
            txn.rollback()
            raise
    yield Progress(steps, steps, QT_TRANSLATE_NOOP("Progress", "done"))


def _skills(w: _Writer) -> dict[str, tuple[int, str]]:
    existing = {s.key: s.id for s in Skill.select(Skill.id, Skill.key)}
    result, new_rows = {}, []
    for name, family in SKILLS:
        key = fold(name)
        if key not in existing:
            (skill_id,) = w.ids(Skill, 1)
            new_rows.append((skill_id, name, key))
            existing[key] = skill_id
        result[name] = (existing[key], family)
    w.insert(Skill, [Skill.id, Skill.name, Skill.key], new_rows)
    return result


@dataclass
class _TalentRow:
    id: int
    rate: Decimal
    skills: list[int]
    min_rate: Decimal = Decimal(0)
    remote: str = "hybrid"
    load: int = 0


def _talents(w, rng, count, skill_ids, today) -> list[_TalentRow]:
    families: dict[str, list[str]] = {}
    for name, (_, family) in skill_ids.items():
        families.setdefault(family, []).append(name)
    statuses = ["available"] * 5 + ["on_mission"] * 3 + ["unavailable", "do_not_contact"]
    rows, skill_rows, refused_rows, result = [], [], [], []
    ids = list(w.ids(Talent, count))
    for n, talent_id in enumerate(ids):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        female = first in FEMALE_FIRST_NAMES  # the title agrees with the person
        city, region, _ = rng.choice(CITIES)
        seniority = min(30, int(rng.expovariate(1 / 8)) + 1)
        rate = Decimal(min(1100, max(350, 330 + seniority * 32 + rng.randrange(-60, 120))))
        rate = (rate / 10).to_integral_value() * 10
        family = rng.choice(list(families))
        status = rng.choice(statuses)
        available = today + dt.timedelta(days=rng.choice((0, 0, 7, 21, 45, 90, 150)))
        if status == "available":
            available = today - dt.timedelta(days=rng.randrange(0, 30))
        load = {"on_mission": rng.choice((80, 100)), "available": rng.choice((0, 0, 20, 50))}
        remote = rng.choice(("full_remote", "hybrid", "hybrid", "on_site"))
        follow_up = None
        if rng.random() < 0.3 and status != "do_not_contact":
            follow_up = today + dt.timedelta(days=rng.randrange(-20, 45))
        rows.append(
            {
                "id": talent_id,
                "first_name": first,
                "last_name": last,
                "sort_name": person_sort_key(first, last),
                "email": _email(
                    first, last, rng.choice(("gmail.com", "outlook.fr", "proton.me", "free.fr"))
                ),
                "phone": _phone(rng, True),
                "title": rng.choice(TITLES[family])[female],
                "daily_rate": rate,
                "min_daily_rate": rate - rng.choice((0, 30, 50, 80)),
                "seniority_years": seniority,
                "city": city,
                "region": region,
                "remote_preference": remote,
                "max_days_on_site": {
                    "full_remote": 0,
                    "hybrid": rng.choice((1, 2, 3)),
                    "on_site": 5,
                }[remote],
                "mobility": rng.choice(MOBILITY),
                "languages": rng.choice(LANGUAGES),
                "certifications": CERTIFICATIONS[family] if rng.random() < 0.4 else "",
                "source": rng.choice(SOURCES),
                # about one talent in seven was recommended by one already in the pool
                "referrer": rng.choice(ids[:n]) if n > 10 and rng.random() < 0.15 else None,
                "available_from": available,
                "load_percent": load.get(status, 0),
                "status": status,
                "created_at": _created(rng, today),
                "last_contact_on": today - dt.timedelta(days=rng.randrange(1, 200)),
                "next_follow_up_on": follow_up,
            }
        )
        names = rng.sample(families[family], min(len(families[family]), rng.randrange(2, 4)))
        names += rng.sample([n for n in skill_ids if n not in names], rng.randrange(0, 3))
        skill_list = []
        for name in names:
            skill_list.append(skill_ids[name][0])
            skill_rows.append(
                {
                    "talent": talent_id,
                    "skill": skill_ids[name][0],
                    "level": max(1, min(5, 1 + seniority // 4 + rng.randrange(-1, 2))),
                    "years": max(0, min(seniority, seniority - rng.randrange(0, 4))),
                }
            )
        if rng.random() < 0.2:
            for sector in rng.sample(REFUSED_SECTORS, rng.randrange(1, 3)):
                refused_rows.append({"talent": talent_id, "sector": sector, "key": fold(sector)})
        result.append(
            _TalentRow(
                talent_id,
                rate,
                skill_list,
                rows[-1]["min_daily_rate"],
                remote,
                rows[-1]["load_percent"],
            )
        )
    bulk_insert_dicts(Talent, rows)
    bulk_insert_dicts(TalentSkill, skill_rows)
    bulk_insert_dicts(TalentRefusedSector, refused_rows)
    return result


def _company_name(rng: random.Random) -> str:
    pattern = rng.randrange(4)
    if pattern == 0:
        return f"{rng.choice(COMPANY_PREFIXES)} {rng.choice(LAST_NAMES)}"
    if pattern == 1:
        return f"{rng.choice(LAST_NAMES)} {rng.choice(COMPANY_WORDS)}"
    if pattern == 2:
        return f"{rng.choice(LAST_NAMES)} & {rng.choice(LAST_NAMES)}"
    city = rng.choice(CITIES)[0]
    return f"{rng.choice(COMPANY_WORDS)} {city}"


def _companies(w, rng, count, today):
    stages = (
        ["lead"] * 4
        + ["contacted"] * 3
        + ["qualified"] * 2
        + ["proposal"] * 2
        + ["won"] * 3
        + ["lost"]
    )
    # how far the vetting checklist has got, by stage
    vetting = {
        "lead": 0.1,
        "contacted": 0.3,
        "qualified": 0.6,
        "proposal": 0.8,
        "won": 0.95,
        "lost": 0.4,
    }
    rows, contact_rows = [], []
    clients: list[int] = []
    contacts: dict[int, list[int]] = {}
    for company_id in w.ids(Company, count):
        name = _company_name(rng)
        city, _, department = rng.choice(CITIES)
        siren = _siren(rng)
        stage = rng.choice(stages)
        domain = fold(name).replace(" ", "").replace("&", "-").replace("'", "")[:20] + ".fr"
        open_deal = stage in ("qualified", "proposal")
        rows.append(
            {
                "id": company_id,
                "name": name,
                "sort_name": fold(name),
                "siren": siren,
                "siret": _siret(rng, siren),
                "vat_number": french_vat_from_siren(siren),
                "legal_form": rng.choice(LEGAL_FORMS),
                "address": f"{rng.randrange(1, 180)} {rng.choice(STREETS)}",
                "postal_code": f"{department}{rng.randrange(0, 999):03d}",
                "city": city,
                "sector": rng.choice(SECTORS),
                "website": f"https://www.{domain}",
                "email": f"contact@{domain}",
                "phone": _phone(rng, False),
                "stage": stage,
                "lost_reason": rng.choice(LOST_REASONS) if stage == "lost" else "",
                "created_at": _created(rng, today),
                **{
                    check: rng.random() < vetting[stage]
                    for check in (
                        "vetted_identity",
                        "vetted_brief",
                        "vetted_budget",
                        "vetted_value",
                    )
                },
                "owner": rng.choice(OWNERS),
                "tags": ", ".join(rng.sample(TAGS, rng.randrange(0, 3))),
                "expected_value": Decimal(rng.randrange(2, 60) * 5000) if open_deal else None,
                "last_contact_on": today - dt.timedelta(days=rng.randrange(1, 120)),
                "next_follow_up_on": today + dt.timedelta(days=rng.randrange(-15, 40))
                if stage in ("lead", "contacted", "qualified", "proposal") and rng.random() < 0.6
                else None,
            }
        )
        if stage in ("qualified", "proposal", "won"):
            clients.append(company_id)
        n_contacts = rng.choice((0, 1, 1, 2, 2, 3))
        for contact_id in w.ids(Contact, n_contacts):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            female = first in FEMALE_FIRST_NAMES
            contact_rows.append(
                {
                    "id": contact_id,
                    "company": company_id,
                    "first_name": first,
                    "last_name": last,
                    "role": rng.choice(ROLES)[female],
                    "email": _email(first, last, domain),
                    "phone": _phone(rng, True),
                }
            )
            contacts.setdefault(company_id, []).append(contact_id)
    bulk_insert_dicts(Company, rows)
    bulk_insert_dicts(Contact, contact_rows)
    return clients or [r["id"] for r in rows], contacts


def _traces(w, rng, talents, companies, today) -> None:
    """Notes, exchanges, meeting minutes with actions and a few disputes, dated.

    A talent's or company's "last contact" is then moved up to its latest exchange or
    meeting: a last contact older than a logged call is the first thing a user notices.
    """
    rows, actions = [], []
    latest: dict[tuple[str, int], dt.date] = {}
    subjects = [("company", c) for c in rng.sample(companies, min(len(companies), 400))]
    subjects += [("talent", t.id) for t in rng.sample(talents, min(len(talents), 300))]
    for subject_type, subject_id in subjects:
        for _ in range(rng.randrange(1, 4)):
            (activity_id,) = w.ids(Activity, 1)
            when = dt.datetime.combine(
                today - dt.timedelta(days=rng.randrange(0, 300)),
                dt.time(rng.randrange(8, 19), rng.choice((0, 15, 30))),
            )
            row = {
                "id": activity_id,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "occurred_at": when,
                "kind": "note",
                "title": "",
                "body": "",
                "channel": "",
                "decisions": "",
                "cause": "",
                "solutions": "",
                "mediator": "",
                "dispute_status": "",
            }
            roll = rng.random()
            if roll < 0.35:
                row.update(title="Note", body=rng.choice(NOTES))
            elif roll < 0.75:
                channel, title = rng.choice(EXCHANGES)
                row.update(
                    kind="exchange",
                    channel=channel,
                    title=title,
                    body="Échange cordial ; points suivants notés.",
                )
            elif roll < 0.95 or subject_type == "talent":
                row.update(
                    kind="minutes",
                    title="Réunion de cadrage",
                    body="Participants : DSI, chef de projet, nous.",
                    decisions=rng.choice(DECISIONS),
                )
                for description, owner in rng.sample(ACTIONS, 2):
                    actions.append(
                        {
                            "activity": activity_id,
                            "description": description,
                            "owner": owner,
                            "due_on": when.date() + dt.timedelta(days=rng.randrange(3, 30)),
                            "done": when.date() < today - dt.timedelta(days=30),
                        }
                    )
            else:
                cause, solution = rng.choice(DISPUTES)
                row.update(
                    kind="dispute",
                    title="Litige",
                    cause=cause,
                    solutions=solution,
                    mediator=rng.choice(("", "Médiateur des entreprises")),
                    dispute_status=rng.choice(("open", "mediation", "resolved")),
                )
            rows.append(row)
            if row["kind"] in ("exchange", "minutes"):
                key = (subject_type, subject_id)
                latest[key] = max(latest.get(key, when.date()), when.date())
    bulk_insert_dicts(Activity, rows)
    bulk_insert_dicts(ActionItem, actions)
    for (subject_type, subject_id), day in latest.items():
        model = Talent if subject_type == "talent" else Company
        model.update(last_contact_on=day).where(
            (model.id == subject_id)
            & (model.last_contact_on.is_null() | (model.last_contact_on < day))
        ).execute()


@dataclass
class _MissionRow:
    id: int
    company: int
    status: str
    start: dt.date
    days: int
    client_rate: Decimal
    talent_rate: Decimal
    skills: list[int]
    title: str
    remote: str
    scope_complete: bool
    part_time: int = 100


def _missions(w, rng, count, companies, contacts, skill_ids, today) -> list[_MissionRow]:
    if not companies:
        return []
    families: dict[str, list[str]] = {}
    for name, (_, family) in skill_ids.items():
        families.setdefault(family, []).append(name)
    statuses = [
        "draft",
        "open",
        "open",
        "proposed",
        "staffed",
        "in_progress",
        "in_progress",
        "completed",
        "completed",
        "cancelled",
    ]
    rows, skill_rows, phase_rows, result = [], [], [], []
    for mission_id in w.ids(Mission, count):
        company = rng.choice(companies)
        family = rng.choice(list(families))
        status = rng.choice(statuses)
        offset = {"completed": -rng.randrange(120, 700), "in_progress": -rng.randrange(10, 200)}
        start = today + dt.timedelta(days=offset.get(status, rng.randrange(7, 90)))
        days = rng.choice((20, 40, 60, 90, 120, 180, 220))
        talent_rate = Decimal(rng.randrange(45, 100) * 10)
        commission = rng.choice((None, None, Decimal("10"), Decimal("15")))
        client_rate = (talent_rate * Decimal("1.18")).quantize(Decimal(10))
        if status == "completed":
            # over by today (a completed mission that ends next month is the first thing a
            # user notices), most of them in the last two quarters: Home's and Analytics'
            # "why missions end" have something to show
            ago = 1 + int(((-offset["completed"] - 120) / 580) ** 3 * 450)
            start = today - dt.timedelta(days=days * 7 // 5 + ago)
        elif status == "in_progress":  # and not over yet: its contract is active
            span, ago = days * 7 // 5, -offset["in_progress"]
            if ago > span - 7:  # would be over: ends within its length from next week
                ago %= span - 7
            start = today - dt.timedelta(days=ago)
        title = f"{rng.choice(MISSION_VERBS)} {MISSION_OBJECTS[family]}"
        remote = rng.choice(("full_remote", "hybrid", "hybrid", "on_site"))
        # a third of the missions come with an incomplete scope, as in real life
        complete = rng.random() < 0.66
        rows.append(
            {
                "id": mission_id,
                "company": company,
                "contact": rng.choice(contacts.get(company, [None])),
                "title": title,
                "description": f"{title} pour le client, en équipe de {rng.randrange(3, 12)} "
                "personnes.",
                "status": status,
                "start_date": start,
                "duration_days": days,
                "end_date": start + dt.timedelta(days=days * 7 // 5),
                "client_daily_rate": client_rate,
                "talent_daily_rate": talent_rate,
                "commission_percent": commission,
                "city": rng.choice(CITIES)[0],
                "remote_policy": remote,
                "days_on_site": {"full_remote": 0, "hybrid": rng.choice((1, 2, 3)), "on_site": 5}[
                    remote
                ],
                # an incomplete scope misses some items (two of them half the time each)
                **{
                    item: text
                    if complete or (item in ("objectives", "roles") and rng.random() < 0.5)
                    else ""
                    for item, text in SCOPE.items()
                },
                "sector": rng.choice(SECTORS),
                "seniority_min": rng.choice((0, 3, 5, 8)),
                "part_time_percent": (part_time := rng.choice((100, 100, 100, 80, 60))),
                "hours_constraints": rng.choice(
                    (
                        "",
                        "",
                        "Présence 9 h - 18 h les jours sur site",
                        "Mises en production le samedi matin",
                    )
                ),
                "on_call": rng.random() < 0.1,
            }
        )
        if complete:
            for position, phase in enumerate(("Cadrage", "Réalisation", "Recette")):
                phase_rows.append(
                    {
                        "mission": mission_id,
                        "position": position,
                        "name": phase,
                        "due_on": start + dt.timedelta(days=days * (position + 1) // 3),
                    }
                )
        names = rng.sample(families[family], min(len(families[family]), rng.randrange(2, 4)))
        ids = []
        for i, name in enumerate(names):
            ids.append(skill_ids[name][0])
            skill_rows.append(
                {
                    "mission": mission_id,
                    "skill": skill_ids[name][0],
                    "level": rng.randrange(2, 6),
                    "required": i < 2,
                }
            )
        result.append(
            _MissionRow(
                mission_id,
                company,
                status,
                start,
                days,
                client_rate,
                talent_rate,
                ids,
                title,
                remote,
                complete,
                part_time,
            )
        )
    bulk_insert_dicts(Mission, rows)
    bulk_insert_dicts(MissionSkill, skill_rows)
    bulk_insert_dicts(MissionPhase, phase_rows)
    return result


@dataclass
class _ContractRow:
    id: int
    company: int
    rate: Decimal
    start: dt.date
    status: str
    title: str
    end: dt.date  # the last day worked (the day it was ended early, if it was)
    days: int  # days to work in all
    part_time: int = 100
    reports: bool = False  # its months have activity reports (an active contract)


def _why_refused(rng, mission: _MissionRow, talent: _TalentRow) -> list[str]:
    """The reasons a talent would give, from the facts first, then the usual suspects."""
    reasons = []
    if mission.talent_rate < talent.min_rate:
        reasons.append("rate_too_low")
    if mission.remote == "on_site" and talent.remote == "full_remote":
        reasons.append("rigid_conditions")
    if not set(mission.skills) & set(talent.skills):
        reasons.append("skills_not_mastered")
    if talent.load >= 80:
        reasons.append("schedule_conflict")
    if not mission.scope_complete and rng.random() < 0.6:
        reasons.append("vague_scope")
    if not reasons or rng.random() < 0.2:
        reasons.append(
            rng.choice(
                ("lack_of_interest", "relationship", "values", "schedule_conflict", "rate_too_low")
            )
        )
    return sorted(set(reasons))[:3]


def _offers_and_contracts(w, rng, paper, missions, talents, today) -> list[_ContractRow]:
    """Offers with their answers; a contract for each accepted one; the quotes of the
    missions and the endings of the contracts that ended (``paper``: their own draws)."""
    if not talents:
        return []
    offer_rows, reason_rows, contract_rows, referral_rows, result = [], [], [], [], []
    quote_facts: list[demo_documents.QuoteFacts] = []
    staffed = {"staffed", "in_progress", "completed"}
    for mission in missions:
        fact = demo_documents.QuoteFacts(
            mission.id,
            mission.company,
            mission.status,
            mission.title,
            mission.days,
            mission.part_time,
            mission.client_rate,
        )
        quote_facts.append(fact)
        if mission.status == "draft":
            continue
        chosen = rng.sample(talents, min(len(talents), rng.randrange(1, 5)))
        accepted_at = rng.randrange(len(chosen)) if mission.status in staffed else -1
        for i, talent in enumerate(chosen):
            (offer_id,) = w.ids(Offer, 1)
            sent = min(
                today - dt.timedelta(days=rng.randrange(0, 10)),
                mission.start - dt.timedelta(days=rng.randrange(10, 40)),
            )
            note = ""
            if i == accepted_at:
                status = "accepted"
            elif mission.status in ("open", "proposed") and rng.random() < 0.5:
                status = rng.choice(("sent", "in_discussion"))
            else:
                status = rng.choice(("refused", "refused", "refused", "withdrawn", "expired"))
            if status == "refused":
                for reason in _why_refused(rng, mission, talent):
                    reason_rows.append({"offer": offer_id, "reason": reason})
                if rng.random() < 0.3:
                    note = "Rappeler dans trois mois."
                if rng.random() < 0.15:  # refused, but recommended someone
                    referral_rows.append(
                        {
                            "referrer": talent.id,
                            "referred": None,
                            "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                            "mission": mission.id,
                            "created_on": sent + dt.timedelta(days=3),
                            "note": "Ancien collègue, disponible bientôt.",
                        }
                    )
            answered = (
                None
                if status in ("sent", "in_discussion")
                else min(today, sent + dt.timedelta(days=rng.randrange(1, 8)))
            )
            offer_rows.append(
                {
                    "id": offer_id,
                    "mission": mission.id,
                    "talent": talent.id,
                    "proposed_rate": mission.talent_rate,
                    "status": status,
                    "refusal_note": note,
                    "sent_on": sent,
                    "answered_on": answered,
                    "expires_on": sent + dt.timedelta(days=15),
                }
            )
            if status != "accepted":
                continue
            (contract_id,) = w.ids(Contract, 1)
            c_status = {
                "staffed": rng.choice(("draft", "sent", "signed")),
                "in_progress": "active",
                "completed": rng.choice(("ended", "ended", "terminated")),
            }[mission.status]
            end = mission.start + dt.timedelta(days=mission.days * 7 // 5)
            # ended early two thirds of the way through, after the notice
            ended = {
                "ended": end,
                "terminated": mission.start + dt.timedelta(days=mission.days * 7 // 5 * 2 // 3),
            }.get(c_status)
            contract_rows.append(
                {
                    "id": contract_id,
                    "company": mission.company,
                    "talent": talent.id,
                    "mission": mission.id,
                    "offer": offer_id,
                    "reference": answered,  # numbered below, in the order of acceptance
                    "title": mission.title,
                    "status": c_status,
                    "start_date": mission.start,
                    "end_date": end,
                    "daily_rate": mission.client_rate,
                    "payment_terms_days": rng.choice((30, 30, 45, 60)),
                    "notice_days": rng.choice((15, 30)),
                    "signed_on": None
                    if c_status in ("draft", "sent")
                    else mission.start - dt.timedelta(days=5),
                    "ended_on": ended,
                    "end_reason": "",  # the ending's, below
                    "language": "fr",
                    "deposit_percent": Decimal(0),
                    "deposit_invoice_due": False,
                    "estimated_days": None,
                }
            )
            if fact.contract is None:  # a second seat has no quote of its own
                fact.contract, fact.accepted_on = contract_rows[-1], answered
            result.append(
                _ContractRow(
                    contract_id,
                    mission.company,
                    mission.client_rate,
                    mission.start,
                    c_status,
                    mission.title,
                    ended or end,
                    mission.days * 2 // 3 if c_status == "terminated" else mission.days,
                    mission.part_time,
                    reports=c_status == "active",
                )
            )
    _number_contracts(contract_rows)
    quotes, quote_lines = demo_documents.make_quotes(
        paper,
        quote_facts,
        lambda n: w.ids(Quote, n),
        company.demo_identity().terms_of_sale,
        today,
    )
    endings, ending_notes, call_back = demo_documents.make_endings(
        paper, contract_rows, lambda n: w.ids(Activity, n), today
    )
    bulk_insert_dicts(Offer, offer_rows)
    bulk_insert_dicts(OfferRefusalReason, reason_rows)
    bulk_insert_dicts(Referral, referral_rows)
    bulk_insert_dicts(Contract, contract_rows)
    bulk_insert_dicts(Quote, quotes)
    bulk_insert_dicts(QuoteLine, quote_lines)
    bulk_insert_dicts(ContractEnding, endings)
    bulk_insert_dicts(Activity, ending_notes)
    for company_id, day in call_back.items():  # endings.confirm plans the call back
        Company.update(next_follow_up_on=day).where(Company.id == company_id).execute()
    return result


def _last_numbers(column, prefix: str) -> dict[int, int]:
    """The highest number of each year already in the profile (``CT-2026-00041`` -> 41):
    demo data added to a profile continues its series instead of colliding with it."""
    last: dict[int, int] = {}
    for (value,) in column.model.select(column).where(column.startswith(prefix)).tuples():
        try:
            year, number = value[len(prefix) :].split("-")
            last[int(year)] = max(last.get(int(year), 0), int(number))
        except ValueError:
            continue
    return last


def _number_contracts(rows: list[dict]) -> None:
    """``CT-2026-00001``...: gapless per year of acceptance, in the order of acceptance,
    as :func:`desktop.services.offers.set_status` numbers a real one."""
    sequence = _last_numbers(Contract.reference, "CT-")
    for row in sorted(rows, key=lambda r: (r["reference"], r["id"])):
        accepted = row["reference"]
        sequence[accepted.year] = sequence.get(accepted.year, 0) + 1
        row["reference"] = f"CT-{accepted.year}-{sequence[accepted.year]:05d}"


def _contract_months(
    contract: _ContractRow, today: dt.date, calendar: demo_documents.WorkingDays
) -> Iterator[tuple]:
    """(period start, period end, days worked, days ticked) of each month of a contract
    until today, never more days in all than the contract's. Days are worked on working
    days (public holidays off), part time counted, to the half day."""
    left = Decimal(contract.days)
    month = contract.start.replace(day=1)
    last = min(contract.end, today)
    while month <= last and left > 0:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        start, end = max(contract.start, month), min(following - dt.timedelta(days=1), last)
        working = calendar.between(start, end)
        worked = Decimal(len(working) * contract.part_time) / 100
        days = min(left, (worked * 2).to_integral_value() / 2)  # half days
        if days > 0:
            left -= days
            yield start, end, days, working
        month = following


def _invoices(w, rng, paper, count, contracts, companies, today) -> None:
    """Monthly invoices (days x TJM) with the activity reports they come from, a few credit
    notes cancelling one of them.

    A contract is invoiced month by month, the days worked that month (working days, part
    time counted) at its rate, never more days than the contract holds: a contract's
    invoices add up to its length times its rate at most. An active contract keeps an
    activity report per month: invoiced for the months past, the last one sometimes only
    validated or made into an invoice not issued yet, and a draft for the month under way
    (not invoiced). Short consulting jobs without a contract make up the count.
    Issued documents are numbered in date order, one gapless sequence per year
    (``FA-2026-00042``), credit notes included, with the fields the invoicing service
    gives them (:class:`desktop.services.demo_documents.InvoiceFields`); drafts have no
    number yet.
    """
    if count <= 0 or not companies:
        return
    vat = Decimal("20.00")
    calendar = demo_documents.WorkingDays()
    billable = [c for c in contracts if c.status in ("active", "ended", "terminated")]
    drafts, events, reports = [], [], []
    # the last month closed of an active contract, in turn: invoiced, made into an invoice
    # not issued yet, or validated by the client and waiting for the month-end batch
    fates = itertools.cycle(("issued", "draft", "issued", "validated", "issued"))
    for contract in billable:
        months = list(_contract_months(contract, today, calendar))
        closed = [m for m in months if m[1] + dt.timedelta(days=1) <= today]
        fate = next(fates) if contract.reports else "issued"
        for start, end, days, working in months:
            if len(drafts) + len(events) >= count:
                break
            data = {
                "company": contract.company,
                "contract": contract.id,
                "rate": contract.rate,
                "label": demo_documents.month_label(contract.title, start),
                "days": days,
                "period_start": start,
                "period_end": end,
            }
            issue = end + dt.timedelta(days=1)
            report = None
            if contract.reports:
                report = {
                    "contract": contract.id,
                    "month": start.replace(day=1),
                    "status": "invoiced",
                    "daily_rate": contract.rate,
                    "validated_on": min(today, issue),
                    "invoice": data,  # its id once numbered
                    "days": demo_documents.ticked_days(working, days),
                }
                reports.append(report)
            if issue > today:  # the month under way
                if report is not None:  # its report is being filled in: no invoice yet
                    report.update(status="draft", validated_on=None, invoice=None)
                else:
                    drafts.append(data)
            elif report is not None and start == closed[-1][0] and fate != "issued":
                report["validated_on"] = min(today, issue + dt.timedelta(days=paper.randrange(3)))
                if fate == "validated":
                    report.update(status="validated", invoice=None)
                else:  # activity_reports.invoice_from_report: a draft, the report invoiced
                    drafts.append(data)
            else:
                events.append((issue, len(events), data))
    while len(drafts) + len(events) < count:
        issue = today - dt.timedelta(days=int(rng.triangular(0, 900, 30)))
        end = issue - dt.timedelta(days=rng.randrange(1, 10))
        days = Decimal(rng.choice(("1", "2", "3", "5", "8")))
        data = {
            "company": rng.choice(companies),
            "contract": None,
            "rate": Decimal(rng.randrange(45, 110) * 10),
            "label": demo_documents.month_label("Audit et conseil", end),
            "days": days,
            "period_start": end - dt.timedelta(days=int(days) * 7 // 5),
            "period_end": end,
        }
        if rng.random() < 0.03:
            drafts.append(data)
        else:
            events.append((issue, len(events), data))
    # About 1 % of issued invoices are cancelled by a credit note a few days later.
    for issue, _, data in list(events):
        if rng.random() < 0.01 and issue + dt.timedelta(days=5) <= today:
            data["cancelled"] = True
            events.append(
                (
                    issue + dt.timedelta(days=rng.randrange(2, 6)),
                    len(events),
                    {**data, "credits": data},
                )
            )
    events.sort(key=lambda item: (item[0], item[1]))
    fields = demo_documents.InvoiceFields(complete_seller())
    header = tuple(fields.header[name] for name in HEADER_FIELDS)
    buyers = fields.buyers({data["company"] for _, _, data in events})
    invoice_rows, line_rows, payment_rows = [], [], []
    sequence: dict[str, int] = {}  # the next number of each scope ("FA/2026"): the profile is empty
    for issue, _, data in [(None, 0, d) for d in drafts] + events:
        (invoice_id,) = w.ids(Invoice, 1)
        data["id"] = invoice_id
        total = line_total(data["days"], data["rate"])
        tax = round_cent(total * vat / 100)
        gross = total + tax
        kind = "credit_note" if "credits" in data else "invoice"
        rule = fields.rule(kind)
        number, status, due, paid, credited = None, "draft", None, 0, None
        scope, seq, seller_json, buyer_json = None, None, "", ""
        if issue is not None:
            scope = rule.scope(issue.year)
            sequence[scope] = seq = sequence.get(scope, 0) + 1
            number = rule.format(issue.year, seq)
            due = fields.due(issue)
            seller_json, buyer_json = fields.seller, buyers[data["company"]]
            age, roll = (today - issue).days, rng.random()
            if kind == "credit_note":
                credited, status = data["credits"]["id"], "issued"
                total, tax, gross = -total, -tax, -gross
            elif data.get("cancelled"):
                status = "cancelled"
            elif (
                (age > 90 and roll < 0.985)
                or (age > 45 and roll < 0.9)
                or (age > 20 and roll < 0.5)
            ):
                status, paid = "paid", gross
            elif roll < 0.75:
                status, paid = "partially_paid", round_cent(gross * Decimal("0.4"))
            else:
                status = "issued"
        period_end = data["period_end"]
        start = data["period_start"]
        invoice_rows.append(
            (
                invoice_id,
                data["company"],
                data["contract"],
                credited,
                kind,
                number,
                status,
                issue,
                due,
                start,
                period_end,
                total,
                tax,
                gross,
                paid,
                # issued documents are locked; a cancelled invoice is credited in full
                None if issue is None else dt.datetime.combine(issue, dt.time(9)),
                gross if status == "cancelled" else 0,
                rule.series,
                seq,
                scope,
                seller_json,
                buyer_json,
                *header,
            )
        )
        quantity = data["days"] if kind == "invoice" else -data["days"]
        line_rows.append(
            (invoice_id, 1, data["label"], quantity, data["rate"], vat, total, "DAY", "S")
        )
        if paid:
            paid_on = min(today, due + dt.timedelta(days=rng.randrange(-10, 25)))
            payment_rows.append((invoice_id, paid_on, paid))
    w.insert(
        Invoice,
        [
            Invoice.id,
            Invoice.company,
            Invoice.contract,
            Invoice.credited_invoice,
            Invoice.kind,
            Invoice.number,
            Invoice.status,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.service_start,
            Invoice.service_end,
            Invoice.total_excl_tax,
            Invoice.total_tax,
            Invoice.total_incl_tax,
            Invoice.amount_paid,
            Invoice.issued_at,
            Invoice.amount_credited,
            Invoice.series,
            Invoice.sequence,
            Invoice.sequence_scope,
            Invoice.seller_snapshot,
            Invoice.buyer_snapshot,
            # the rest of a draft's header, from the settings as the service reads them
            *(Invoice._meta.fields[name] for name in HEADER_FIELDS),
        ],
        invoice_rows,
    )
    w.insert(
        InvoiceLine,
        [
            InvoiceLine.invoice,
            InvoiceLine.position,
            InvoiceLine.description,
            InvoiceLine.quantity,
            InvoiceLine.unit_price,
            InvoiceLine.vat_rate,
            InvoiceLine.total_excl_tax,
            InvoiceLine.unit,
            InvoiceLine.vat_category,
        ],
        line_rows,
    )
    w.insert(Payment, [Payment.invoice, Payment.paid_on, Payment.amount], payment_rows)
    _activity_reports(w, reports)


# A draft's header as desktop.services.invoices gives it (series and numbering aside).
HEADER_FIELDS = (
    "invoice_type",
    "payment_term_method",
    "payment_term_days",
    "periodic",
    "discount_rate",
    "discount_days",
    "vat_regime",
    "vat_on_debits",
    "business_client",
    "late_penalty_rate",
    "operation_nature",
    "delivery_address",
    "purchase_order",
)


def _activity_reports(w, reports: list[dict]) -> None:
    """The reports of the active contracts and their days (desktop.services.activity_reports)."""
    report_rows, day_rows = [], []
    for report_id, report in zip(w.ids(ActivityReport, len(reports)), reports, strict=True):
        invoice = report["invoice"]
        report_rows.append(
            (
                report_id,
                report["contract"],
                report["month"],
                report["status"],
                report["daily_rate"],
                report["validated_on"],
                None if invoice is None else invoice["id"],
            )
        )
        day_rows.extend((report_id, day, fraction) for day, fraction in report["days"])
    w.insert(
        ActivityReport,
        [
            ActivityReport.id,
            ActivityReport.contract,
            ActivityReport.month,
            ActivityReport.status,
            ActivityReport.daily_rate,
            ActivityReport.validated_on,
            ActivityReport.invoice,
        ],
        report_rows,
    )
    w.insert(
        ActivityReportDay,
        [ActivityReportDay.report, ActivityReportDay.day, ActivityReportDay.fraction],
        day_rows,
    )
