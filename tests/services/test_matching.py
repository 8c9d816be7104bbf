"""Ranking in SQL: the same scores as the Python reference, filters, remembered choices."""

import datetime as dt
import random
from decimal import Decimal

import pytest

from desktop.domain import matching as m
from desktop.domain.missions import MissionDraft, Phase, RequiredSkill
from desktop.domain.validation import CompanyDraft, SkillLevel, TalentDraft
from desktop.services import companies, matching, missions, offers, settings, talents
from desktop.services.demo import DemoSize, generate_demo
from desktop.store import matching_query
from desktop.store.models import Mission, Talent
from tests.conftest import TODAY


def python_ranking(mission_id: int, weights: m.Weights = m.DEFAULT_WEIGHTS) -> list[int]:
    """Every talent scored one by one in Python, in the ranking's order."""
    facts = matching.mission_facts(mission_id, TODAY)
    ids = [t.id for t in Talent.select(Talent.id)]
    all_facts = matching.talent_facts(ids, [n.skill_id for n in facts.skills])
    sort_names = dict(Talent.select(Talent.id, Talent.sort_name).tuples())
    scored = [(m.score_talent(facts, all_facts[i], weights).total, i) for i in ids]
    ranked = sorted(
        ((total, i) for total, i in scored if total is not None),
        key=lambda item: (-item[0], sort_names[item[1]], item[1]),
    )
    return [i for _, i in ranked]


@pytest.fixture
def pool(db):
    """Talents and missions drawn at random (another seed each run would hide nothing:
    the seeds are fixed, the data varied)."""
    for _ in generate_demo(DemoSize(talents=300, companies=20, missions=40, invoices=0), seed=11):
        pass
    return db


def test_sql_scores_equal_the_python_scores_of_every_talent(pool):
    mission_ids = [x.id for x in Mission.select(Mission.id)]
    talent_ids = [t.id for t in Talent.select(Talent.id)]
    checked, partial, capped, excluded = 0, 0, 0, 0
    for mission_id in random.Random(5).sample(mission_ids, 12):
        facts = matching.mission_facts(mission_id, TODAY)
        python = matching.talent_facts(talent_ids, [n.skill_id for n in facts.skills])
        sql = matching.sql_scores(mission_id, talent_ids, today=TODAY)
        for talent_id in talent_ids:
            breakdown = m.score_talent(facts, python[talent_id])
            if breakdown.total is None:
                assert talent_id not in sql
                excluded += 1
                continue
            assert sql[talent_id] == pytest.approx(breakdown.total, abs=1e-9)
            checked += 1
            partial += 0 < breakdown.component("skills").fit < 1
            capped += breakdown.capped is not None
    # the data exercised every branch, not only zeros
    assert checked > 3000 and partial > 100 and capped > 100 and excluded > 10


def test_the_ranking_is_the_python_order_whatever_the_shortcut(pool, monkeypatch):
    paths = []
    run = matching_query._run

    def spy(db, query, limit, candidates_only):
        paths.append(candidates_only)
        return run(db, query, limit, candidates_only)

    monkeypatch.setattr(matching_query, "_run", spy)
    for mission_id in [x.id for x in Mission.select(Mission.id).limit(15)]:
        expected = python_ranking(mission_id)
        for limit in (1, 5, 20, 400):
            ranked = matching.rank_talents(
                mission_id, m.DEFAULT_WEIGHTS, m.MatchFilters(), limit, TODAY
            )
            assert [r.talent_id for r in ranked] == expected[:limit]
            for row in ranked:
                assert row.sql_score == pytest.approx(row.breakdown.total, abs=1e-9)
                assert row.score == row.breakdown.score
    # the shortcut (must-have holders only) sufficed for some, the whole pool for others
    assert True in paths and 0 < paths.count(False) < 15 * 4


@pytest.fixture
def kube(db):
    """A hand-built mission in the Défense sector, in Lyon, two days on site."""
    client = companies.create_company(CompanyDraft("Armées Numériques", sector="Défense"))
    mission_id = missions.create_mission(
        MissionDraft(
            client,
            "Plateforme Kubernetes",
            objectives="Cluster en production",
            skills=(RequiredSkill("Kubernetes", 4), RequiredSkill("AWS", 3, required=False)),
            client_daily_rate=Decimal("900"),
            talent_daily_rate=Decimal("700"),
            start_date=TODAY + dt.timedelta(days=14),
            city="Lyon",
            remote_policy="hybrid",
            days_on_site=2,
            sector="Défense",
            seniority_min=5,
            status="open",
            phases=(Phase("Cadrage"),),
        )
    )
    return mission_id


def talent(first: str, **fields) -> int:
    values = {
        "daily_rate": Decimal("650"),
        "seniority_years": 8,
        "city": "Lyon",
        "region": "Auvergne-Rhône-Alpes",
        "max_days_on_site": 3,
        "available_from": TODAY,
        "skills": (SkillLevel("Kubernetes", 4), SkillLevel("AWS", 3)),
    }
    values.update(fields)
    return talents.create_talent(TalentDraft(first, "Martin", **values))


def test_a_hand_built_ranking_with_its_reasons_and_exclusions(kube):
    best = talent("Anne")
    pricey = talent("Bruno", daily_rate=Decimal("800"))
    no_kube = talent("Chloé", skills=(SkillLevel("AWS", 5),))
    refuses = talent("Denis", refused_sectors=("defense",))
    talent("Émile", status="do_not_contact")
    late = talent("Fanny", status="on_mission", available_from=TODAY + dt.timedelta(days=44))
    ranked = matching.rank_talents(kube, m.DEFAULT_WEIGHTS, m.MatchFilters(), 10, TODAY)
    assert [r.talent_id for r in ranked] == [best, late, pricey, no_kube]
    # late: 30 days late of 60, -10; pricey: 100 € over a 175 € tolerance, -11.4
    assert [r.score for r in ranked] == [100, 90, 89, 40]
    assert str(ranked[1].breakdown.component("availability").reasons[0]) == (
        "Available 4 weeks after the start"
    )
    assert str(ranked[3].breakdown.capped).endswith("(Kubernetes)")
    refusals = matching.sector_refusals(kube)
    assert (refusals.count, refusals.names, refusals.sector) == (1, ["Denis Martin"], "Défense")
    assert refuses not in {r.talent_id for r in ranked}


def test_each_filter_narrows_the_ranking(kube):
    anne = talent("Anne")
    talent("Bruno", daily_rate=Decimal("800"))
    talent("Chloé", city="Grenoble", available_from=TODAY + dt.timedelta(days=74))  # 78.4
    talent("Denis", city="Paris", region="Île-de-France", status="unavailable")

    def names(**filters) -> list[str]:
        rows = matching.rank_talents(kube, None, m.MatchFilters(**filters), 10, TODAY)
        return sorted(r.name.split()[0] for r in rows)

    assert names() == ["Anne", "Bruno", "Chloé", "Denis"]
    assert names(min_score=80) == ["Anne", "Bruno"]
    assert names(available_by_start=True) == ["Anne", "Bruno"]
    assert names(max_rate=Decimal("700")) == ["Anne", "Chloé", "Denis"]
    assert names(place="lyon") == ["Anne", "Bruno"]
    assert names(place="ile-de-france") == ["Denis"]
    assert names(place="Toulouse") == []
    assert names(statuses=("unavailable",)) == ["Denis"]
    assert names(statuses=("do_not_contact",)) == []
    ids = [r.talent_id for r in matching.rank_talents(kube, None, None, 10, TODAY, (anne,))]
    assert anne not in ids and len(ids) == 3


def test_weights_and_filters_are_remembered(kube):
    talent("Anne", seniority_years=1, daily_rate=Decimal("500"))
    talent("Bruno", daily_rate=Decimal("850"), seniority_years=20)
    assert matching.saved_weights() == m.DEFAULT_WEIGHTS
    matching.save_weights(m.Weights(skills=10, rate=80, availability=0, location=0, seniority=10))
    assert settings.get("matching.weights")["rate"] == 80
    assert matching.rank_talents(kube, today=TODAY)[0].name == "Anne Martin"
    matching.save_weights(m.Weights(skills=10, rate=0, availability=0, location=0, seniority=90))
    assert matching.rank_talents(kube, today=TODAY)[0].name == "Bruno Martin"
    matching.save_filters(m.MatchFilters(max_rate=Decimal("600")))
    assert matching.saved_filters().max_rate == Decimal("600")
    assert [r.name for r in matching.rank_talents(kube, today=TODAY)] == ["Anne Martin"]


def test_the_offer_status_of_each_ranked_talent_is_shown(kube):
    anne, bruno = talent("Anne"), talent("Bruno")
    offers.propose(kube, [anne], today=TODAY, allow_incomplete_scope=True)
    rows = {r.talent_id: r for r in matching.rank_talents(kube, today=TODAY)}
    assert rows[anne].offer_status == "sent" and rows[bruno].offer_status is None


def brute_force_missions(talent_id: int, limit: int) -> list[int]:
    talent_facts = matching.talent_facts([talent_id])[talent_id]
    scored = []
    for mission in Mission.select().where(Mission.status.in_(("open", "proposed"))):
        facts = matching.mission_facts(mission.id, TODAY)
        total = m.score_talent(facts, talent_facts).total
        if total is not None:
            scored.append((-total, facts.start, facts.id))
    return [i for _, _, i in sorted(scored)[:limit]]


def test_the_missions_for_a_talent_are_the_best_open_ones(pool):
    for talent_id in random.Random(3).sample([t.id for t in Talent.select(Talent.id)], 25):
        for limit in (3, 10):
            ranked = matching.rank_missions_for_talent(talent_id, limit, None, TODAY)
            assert [r.mission_id for r in ranked] == brute_force_missions(talent_id, limit)
            assert all(r.breakdown.total is not None for r in ranked)


def test_the_reverse_view_leaves_out_refused_sectors_and_closed_missions(kube):
    denis = talent("Denis", refused_sectors=("Défense",))
    anne = talent("Anne")
    assert matching.rank_missions_for_talent(denis, today=TODAY) == []
    assert matching.missions_in_refused_sectors(denis) == 1
    [row] = matching.rank_missions_for_talent(anne, today=TODAY)
    assert (row.mission_id, row.company, row.score) == (kube, "Armées Numériques", 100)
    missions.set_status(kube, "completed")
    assert matching.rank_missions_for_talent(anne, today=TODAY) == []
    assert matching.rank_missions_for_talent(talent("Émile", status="do_not_contact")) == []


def test_a_city_spelled_another_way_is_found_as_soon_as_it_is_written(kube):
    talent("Anne")
    assert [r.name for r in matching.rank_talents(kube, None, m.MatchFilters(place="LYON"))] == [
        "Anne Martin"
    ]
    talent("Bruno", city="lyon")  # the pool's spellings are remembered until a change
    ranked = matching.rank_talents(kube, None, m.MatchFilters(place="Lyon"), today=TODAY)
    assert sorted(r.name for r in ranked) == ["Anne Martin", "Bruno Martin"]
    bruno = next(r for r in ranked if r.name == "Bruno Martin")
    assert bruno.breakdown.component("location").fit == 1.0  # same city, spelled otherwise


def test_a_contract_weighs_on_availability_only_over_its_dates(db):
    """An accepted talent is free again for a mission that starts after their contract."""
    import datetime as dt
    from decimal import Decimal

    from desktop.domain.missions import MissionDraft, RequiredSkill
    from desktop.domain.validation import CompanyDraft, TalentDraft
    from desktop.services import companies, missions, offers, talents
    from desktop.store.models import Contract
    from tests.conftest import TODAY

    client = companies.create_company(CompanyDraft("Client"))
    talent = talents.create_talent(TalentDraft("Ana", "Lopez", daily_rate=Decimal("500")))

    def mission(start: dt.date) -> int:
        return missions.create_mission(
            MissionDraft(
                client, f"M {start}", start_date=start, duration_days=20,
                skills=(RequiredSkill("Go", 3),), talent_daily_rate=Decimal("600"),
            )
        )  # fmt: skip

    first = mission(TODAY + dt.timedelta(days=10))
    (offer,) = offers.propose(first, [talent], today=TODAY, allow_incomplete_scope=True).created
    end = Contract.get_by_id(offers.set_status(offer, "accepted", today=TODAY)).end_date
    during = mission(TODAY + dt.timedelta(days=15))
    after = mission(end + dt.timedelta(days=3))

    def availability(mission_id: int) -> float:
        (row,) = matching.rank_talents(mission_id, limit=5, today=TODAY)
        sql = matching.sql_scores(mission_id, [talent], today=TODAY)[talent]
        assert abs(row.breakdown.total - sql) < 1e-6  # the SQL counts the load the same way
        return next(c for c in row.breakdown.components if c.key == "availability").fit

    assert availability(during) < 0.7  # taken by the first contract until it ends
    assert availability(after) == 1.0


def test_the_load_of_a_day_counts_the_contracts_running_that_day(db):
    """What the talent's detail shows as their load today: theirs plus the contracts here."""
    import datetime as dt
    from decimal import Decimal

    from desktop.domain.missions import MissionDraft
    from desktop.domain.validation import CompanyDraft, TalentDraft
    from desktop.services import companies, missions, offers, talents
    from desktop.store.models import Contract
    from tests.conftest import TODAY

    client = companies.create_company(CompanyDraft("Client"))
    talent = talents.create_talent(
        TalentDraft("Ana", "Lopez", daily_rate=Decimal("500"), load_percent=20)
    )
    mission = missions.create_mission(
        MissionDraft(client, "Mi-temps", start_date=TODAY, duration_days=20, part_time_percent=50)
    )
    (offer,) = offers.propose(mission, [talent], today=TODAY, allow_incomplete_scope=True).created
    end = Contract.get_by_id(offers.set_status(offer, "accepted", today=TODAY)).end_date
    assert matching.load_on(talent, TODAY - dt.timedelta(days=1)) == 20
    assert matching.load_on(talent, TODAY) == 70
    assert matching.load_on(talent, end + dt.timedelta(days=1)) == 20
