"""Realistic demo data for a French IT freelance business.

French names with accents, real cities and regions, the skills of the market
(Java, React, Kubernetes, SAP FI, data, cloud), daily rates of 350-1,100 EUR
that follow seniority, companies with valid SIREN/SIRET/VAT keys, contacts,
missions, offers with answers and refusal reasons, contracts and invoices in
every state, numbered in one gapless sequence per year.

Everything is written in one transaction by batched inserts with the search
index rebuilt once at the end: 100,000 talents, 100,000 companies and 200,000
invoices take well under two minutes. :func:`generate_demo` is a generator of
progress steps; stopping it (``close()``) before the end rolls everything back.
"""

from __future__ import annotations

import datetime as dt
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
from desktop.store import search_index
from desktop.store.bulk import bulk_insert, bulk_insert_dicts
from desktop.store.models import (
    ActionItem,
    Activity,
    Company,
    Contact,
    Contract,
    Invoice,
    InvoiceLine,
    Mission,
    MissionPhase,
    MissionSkill,
    Offer,
    OfferRefusalReason,
    Payment,
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
    today = today or dt.date.today()
    steps = 7
    with write_transaction() as txn:
        refuse_non_empty_profile()
        try:
            with search_index.suspended(database):
                yield Progress(0, steps, QT_TRANSLATE_NOOP("Progress", "skills"))
                w = _Writer()
                skill_ids = _skills(w)
                yield Progress(1, steps, QT_TRANSLATE_NOOP("Progress", "talents"))
                talents = _talents(w, rng, size.talents, skill_ids, today)
                yield Progress(2, steps, QT_TRANSLATE_NOOP("Progress", "companies"))
                companies, contacts = _companies(w, rng, size.companies, today)
                yield Progress(3, steps, QT_TRANSLATE_NOOP("Progress", "missions"))
                missions = _missions(w, rng, size.missions, companies, contacts, skill_ids, today)
                yield Progress(4, steps, QT_TRANSLATE_NOOP("Progress", "offers"))
                contracts = _offers_and_contracts(w, rng, missions, talents, today)
                yield Progress(5, steps, QT_TRANSLATE_NOOP("Progress", "invoices"))
                _invoices(w, rng, size.invoices, contracts, companies, today)
                _traces(w, rng, talents, companies, today)
                fill_demo_identity()  # My company: documents can be made at once
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


def _offers_and_contracts(w, rng, missions, talents, today) -> list[_ContractRow]:
    if not talents:
        return []
    offer_rows, reason_rows, contract_rows, referral_rows, result = [], [], [], [], []
    staffed = {"staffed", "in_progress", "completed"}
    for mission in missions:
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
            ended = {
                "ended": end,
                "terminated": mission.start + dt.timedelta(days=mission.days // 2),
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
                    "end_reason": "Surcharge de travail" if c_status == "terminated" else "",
                }
            )
            result.append(
                _ContractRow(
                    contract_id,
                    mission.company,
                    mission.client_rate,
                    mission.start,
                    c_status,
                    mission.title,
                    ended or end,
                    mission.days // 2 if c_status == "terminated" else mission.days,
                    mission.part_time,
                )
            )
    _number_contracts(contract_rows)
    bulk_insert_dicts(Offer, offer_rows)
    bulk_insert_dicts(OfferRefusalReason, reason_rows)
    bulk_insert_dicts(Referral, referral_rows)
    bulk_insert_dicts(Contract, contract_rows)
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


def _work_days(start: dt.date, end: dt.date) -> int:
    """Monday to Friday between two dates, both included."""
    return sum(1 for n in range((end - start).days + 1) if (start + dt.timedelta(n)).weekday() < 5)


def _contract_months(contract: _ContractRow, today: dt.date) -> Iterator[tuple]:
    """(period start, period end, days worked) of each month of a contract until today,
    never more days in all than the contract's."""
    left = Decimal(contract.days)
    month = contract.start.replace(day=1)
    last = min(contract.end, today)
    while month <= last and left > 0:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        start, end = max(contract.start, month), min(following - dt.timedelta(days=1), last)
        worked = Decimal(_work_days(start, end) * contract.part_time) / 100
        days = min(left, (worked * 2).to_integral_value() / 2)  # half days
        if days > 0:
            left -= days
            yield start, end, days
        month = following


def _invoices(w, rng, count, contracts, companies, today) -> None:
    """Monthly invoices (days x TJM), a few credit notes cancelling one of them.

    A contract is invoiced month by month, the days worked that month (weekdays, part
    time counted) at its rate, never more days than the contract holds: a contract's
    invoices add up to its length times its rate at most. The work of the month under
    way is a draft. Short consulting jobs without a contract make up the count.
    Issued documents are numbered in date order, one gapless sequence per year
    (``FA-2026-00042``), credit notes included, continuing the profile's own series;
    drafts have no number yet.
    """
    if count <= 0 or not companies:
        return
    vat = Decimal("20.00")
    billable = [c for c in contracts if c.status in ("active", "ended", "terminated")]
    drafts, events = [], []
    for contract in billable:
        for start, end, days in _contract_months(contract, today):
            if len(drafts) + len(events) >= count:
                break
            data = {
                "company": contract.company,
                "contract": contract.id,
                "rate": contract.rate,
                "label": contract.title,
                "days": days,
                "period_start": start,
                "period_end": end,
            }
            issue = end + dt.timedelta(days=1)
            if issue > today:  # the month under way: not invoiced yet
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
            "label": "Audit et conseil",
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
    invoice_rows, line_rows, payment_rows = [], [], []
    sequence = _last_numbers(Invoice.number, "FA-")
    for issue, _, data in [(None, 0, d) for d in drafts] + events:
        (invoice_id,) = w.ids(Invoice, 1)
        data["id"] = invoice_id
        total = line_total(data["days"], data["rate"])
        tax = round_cent(total * vat / 100)
        gross = total + tax
        kind, number, status, due, paid, credited = "invoice", None, "draft", None, 0, None
        if issue is not None:
            sequence[issue.year] = sequence.get(issue.year, 0) + 1
            number = f"FA-{issue.year}-{sequence[issue.year]:05d}"
            due = issue + dt.timedelta(days=30)
            age, roll = (today - issue).days, rng.random()
            if "credits" in data:
                kind, credited, status = "credit_note", data["credits"]["id"], "issued"
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
            )
        )
        quantity = data["days"] if kind == "invoice" else -data["days"]
        line_rows.append(
            (
                invoice_id,
                1,
                f"{data['label']}, {period_end:%m/%Y}",
                quantity,
                data["rate"],
                vat,
                total,
            )
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
        ],
        line_rows,
    )
    w.insert(Payment, [Payment.invoice, Payment.paid_on, Payment.amount], payment_rows)
