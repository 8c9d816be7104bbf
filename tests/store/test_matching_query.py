"""The bounded ranking (scoring in full only the talents who could enter the top) gives
exactly the rows, order and scores of scoring every candidate."""

import random

import pytest

from desktop.domain import matching as m
from desktop.services import matching
from desktop.services.demo import DemoSize, generate_demo
from desktop.store import matching_query as mq
from desktop.store.models import Mission, database
from tests.conftest import TODAY


def _clone_talents(rng: random.Random, count: int) -> None:
    """Copies of drawn talents (same facts, skills and refusals; some with the same
    sort name): their scores tie, so the order rests on the name, then the id."""
    columns = [
        row[1]
        for row in database.execute_sql("PRAGMA table_info(talent)")
        if row[1] not in ("id", "sort_name")
    ]
    names = ", ".join(columns)
    ids = [row[0] for row in database.execute_sql("SELECT id FROM talent")]
    for source in rng.sample(ids, count):
        for copy in range(rng.randint(1, 3)):
            sort_name = "clone" if copy == 0 else f"clone {rng.choice('abz')}"
            cursor = database.execute_sql(
                f"INSERT INTO talent ({names}, sort_name) "
                f"SELECT {names}, ? FROM talent WHERE id = ?",
                (sort_name, source),
            )
            clone = cursor.lastrowid
            for table in ("talent_skill", "talent_refused_sector"):
                other = [
                    row[1]
                    for row in database.execute_sql(f"PRAGMA table_info({table})")
                    if row[1] not in ("id", "talent_id")
                ]
                cols = ", ".join(other)
                database.execute_sql(
                    f"INSERT INTO {table} (talent_id, {cols}) "
                    f"SELECT ?, {cols} FROM {table} WHERE talent_id = ?",
                    (clone, source),
                )


@pytest.fixture(params=[3, 17, 29])
def tied_pool(db, request):
    """A random demo pool (another seed per run), with clones for ties."""
    seed = request.param
    size = DemoSize(talents=400, companies=20, missions=30, invoices=0)
    for _ in generate_demo(size, seed=seed, today=TODAY):
        pass
    _clone_talents(random.Random(seed), 80)
    return random.Random(seed)


FILTERS = [
    m.MatchFilters(),
    m.MatchFilters(min_score=70),
    m.MatchFilters(available_by_start=True),
    m.MatchFilters(statuses=("available",)),
]
WEIGHTS = [m.DEFAULT_WEIGHTS, m.Weights(skills=10, rate=0, availability=40, location=40)]


def _under_the_cut(q: mq.TalentQuery, limit: int, *sizes: float) -> int:
    """How many finalists of the bounded SQL come from the rows under the cut."""
    sql, params = mq.bounded_sql(q, limit, *(int(n * limit) for n in sizes[:3]), sizes[3])
    head = sql[: sql.index("SELECT id, score FROM scored")]
    count = "SELECT COUNT(*) FROM finalists WHERE talent_id NOT IN (SELECT talent_id FROM nears)"
    return database.execute_sql(head + count, params).fetchone()[0]


def _ranked_queries(pool, count: int):
    """(mission, weights, filters, query) for ``count`` missions drawn from ``pool``, each
    with every weighting and filter of the tests (missions without skills left out)."""
    mission_ids = [x.id for x in Mission.select(Mission.id)]
    for mission_id in pool.sample(mission_ids, count):
        facts, spellings = matching._prepared(mission_id, TODAY)
        if not facts.skills:
            continue
        for weights in WEIGHTS:
            for filters in FILTERS:
                yield (
                    mission_id,
                    weights,
                    filters,
                    matching._talent_query(facts, spellings, weights, filters),
                )


def test_the_bounded_ranking_is_the_full_ranking(tied_pool, monkeypatch):
    bounded = []
    real = mq.bounded_sql

    def spy(*args):
        bounded.append(args[1])
        return real(*args)

    monkeypatch.setattr(mq, "bounded_sql", spy)
    compared = ties = under_cut = 0
    for mission_id, weights, filters, query in _ranked_queries(tied_pool, 10):
        sql, params = mq.score_sql(query, None, candidates_only=True)
        everyone = [tuple(row) for row in database.execute_sql(sql, params)]
        for limit in (1, 3, 7, 25, 60):
            # probes and rechecks smaller and larger than the top, down to one row;
            # the rows cut at the first score (0), at the best bound (1: only its
            # tier read before the second score), and between
            for probe, shortlist, recheck, split in (
                (1, 1, 1, 0.5),
                (2, 1, 1, 1.0),
                (3, 2, 1, 0.0),
                (20, 4, 8, 0.5),
                (20, 4, 8, 1.0),
            ):
                monkeypatch.setattr(mq, "PROBE", probe)
                monkeypatch.setattr(mq, "SHORTLIST", shortlist)
                monkeypatch.setattr(mq, "RECHECK", recheck)
                monkeypatch.setattr(mq, "SPLIT", split)
                got = mq._run(database, query, limit, candidates_only=True)
                assert got == everyone[:limit], (mission_id, weights, filters, limit)
                compared += 1
                under_cut += _under_the_cut(query, limit, probe, shortlist, recheck, split)
        top = [score for _, score in everyone[:60]]
        ties += len(top) - len(set(top))
    assert compared > 500 and ties > 100
    assert bounded  # the bounded SQL ran
    assert under_cut  # some of the top came from the rows under the cut


def test_a_rank_through_the_bounds_equals_the_whole_pool_scan(tied_pool):
    """What the panel shows: the shortcut then the bounds, against every talent scored."""
    for mission_id in tied_pool.sample([x.id for x in Mission.select(Mission.id)], 8):
        facts, spellings = matching._prepared(mission_id, TODAY)
        query = matching._talent_query(facts, spellings, m.DEFAULT_WEIGHTS, m.MatchFilters())
        sql, params = mq.score_sql(query, 50, candidates_only=False)
        assert mq.rank(database, query, 50) == [
            tuple(row) for row in database.execute_sql(sql, params)
        ]


def _plain_ranking(q: mq.TalentQuery, limit: int) -> list[tuple[int, float]]:
    """Every talent scored in full by the score's SQL as first written: each skill's fit
    computed on the holder's row, no candidates, no bound, no shortcut."""
    p = mq._Params()
    mission = q.mission
    rows = ", ".join(
        f"({p(n.skill_id)}, {p(n.level)}, {p(n.weight)}, {p(int(n.must))})" for n in mission.skills
    )
    musts = sum(1 for n in mission.skills if n.must)
    total = sum(n.weight for n in mission.skills)
    skills = (
        f"need(skill_id, level, weight, must) AS (VALUES {rows}), "
        "sk AS (SELECT ts.talent_id AS talent_id, "
        "SUM(need.weight * MIN(1.0, ts.level * 1.0 / need.level)) AS covered, "
        "SUM(need.must) AS musts FROM need "
        "JOIN talent_skill ts ON ts.skill_id = need.skill_id GROUP BY ts.talent_id), "
    )
    parts = mq._parts(q, p, f"COALESCE(sk.covered, 0.0) / {p(total)}", "busy.load")
    score = mq._score_expr(q, parts, f"COALESCE(sk.musts, 0) < {p(musts)}" if musts else "0")
    sql = (
        f"WITH {skills}{mq._busy_sql(mission, p)}"
        f"scored AS MATERIALIZED (SELECT t.id AS id, t.sort_name AS sort_name, {score} AS score "
        "FROM talent t LEFT JOIN sk ON sk.talent_id = t.id "
        f"LEFT JOIN busy ON busy.talent_id = t.id WHERE {mq._where_sql(q, p)}) "
        f"SELECT id, score FROM scored WHERE score >= {p(q.min_score)} "
        f"ORDER BY score DESC, sort_name, id LIMIT {p(limit)}"
    )
    return [tuple(row) for row in database.execute_sql(sql, p.values)]


def test_the_fast_ranking_equals_a_plain_full_scoring(tied_pool, monkeypatch):
    """Every stage of the fast path (the skills' shares summed per level, the candidates,
    both bounds, the two scores reached, the shortcut) against every talent scored in
    full by the plain SQL: the same talents, in the same order, with the same scores
    (float equality, not an approximation)."""
    compared = 0
    for mission_id, weights, filters, query in _ranked_queries(tied_pool, 12):
        for limit in (1, 10, 50):
            expected = _plain_ranking(query, limit)
            for recheck in (1, 8):
                monkeypatch.setattr(mq, "RECHECK", recheck)
                assert mq.rank(database, query, limit) == expected, (
                    mission_id,
                    weights,
                    filters,
                    limit,
                )
                compared += 1
    assert compared > 200
