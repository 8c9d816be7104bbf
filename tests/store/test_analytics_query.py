"""The table of the Analytics page counted and sorted by SQL, page by page, checked against
a plain Python count of the same offers on the seeded demo data set."""

import statistics
from collections import Counter, defaultdict

import pytest

from desktop.domain.periods import Period, PeriodChoice, period_for
from desktop.domain.vocabulary import RefusalReason
from desktop.services import analytics
from desktop.services.analytics import GroupSort, Scope
from desktop.store.models import Mission, Offer, OfferRefusalReason
from tests.conftest import TODAY

SCOPES = {
    "12 months": Scope(period_for(PeriodChoice.LAST_12_MONTHS, TODAY)),
    "everything": Scope(Period(None, TODAY)),
}


def reference(scope: Scope) -> dict[int, tuple]:
    """Per client, counted in Python from every offer: (sent, accepted, refused,
    withdrawn, expired, top reason, its count, median days to staff)."""
    start, end = scope.period.start, scope.period.end
    company_of = {m.id: m.company_id for m in Mission.select(Mission.id, Mission.company)}
    offers = list(Offer.select())
    reasons = defaultdict(list)
    for r in OfferRefusalReason.select():
        reasons[r.offer_id].append(r.reason)
    counts: dict[int, Counter] = defaultdict(Counter)
    cited: dict[int, Counter] = defaultdict(Counter)
    for o in offers:
        if (start and o.sent_on < start) or o.sent_on > end:
            continue
        client = company_of[o.mission_id]
        counts[client]["all offers"] += 1  # "sent" is also a status
        counts[client][o.status] += 1
        if o.status == "refused":
            cited[client].update(reasons[o.id])
    by_mission = defaultdict(list)
    for o in offers:
        by_mission[o.mission_id].append(o)
    days: dict[int, list[int]] = defaultdict(list)
    for mission_id, its in by_mission.items():
        first = min(o.sent_on for o in its)
        accepted = [o.answered_on for o in its if o.status == "accepted" and o.answered_on]
        if (start is None or first >= start) and first <= end and accepted:
            days[company_of[mission_id]].append((min(accepted) - first).days)
    result = {}
    for client, c in counts.items():
        top = min(cited[client].items(), key=lambda kv: (-kv[1], kv[0]), default=(None, 0))
        median = statistics.median(days[client]) if days[client] else None
        result[client] = (
            c["all offers"],
            c["accepted"],
            c["refused"],
            c["withdrawn"],
            c["expired"],
            *top,
            median,
        )
    return result


def as_tuple(row) -> tuple:
    o = row.outcomes
    reason = row.top_reason.value if row.top_reason else None
    return (
        o.sent,
        o.accepted,
        o.refused,
        o.withdrawn,
        o.expired,
        reason,
        row.top_reason_offers,
        row.days_to_staff,
    )


@pytest.mark.parametrize("name", SCOPES)
def test_every_page_gives_the_counts_of_a_python_pass(demo_db, name):
    scope = SCOPES[name]
    expected = reference(scope)
    assert len(expected) > 5  # the demo data has offers for several clients
    seen = {}
    offset = 0
    while True:
        page = analytics.group_page(scope, False, GroupSort.NAME, False, offset, limit=4)
        assert page.total == len(expected)
        if not page.rows:
            break
        seen.update((row.id, as_tuple(row)) for row in page.rows)
        offset += 4
    assert seen == expected


def test_pages_follow_the_order_asked_with_empty_values_last(demo_db):
    scope = SCOPES["everything"]
    expected = reference(scope)
    for sort, value in (
        (GroupSort.SENT, lambda r: r[0]),
        (GroupSort.REFUSED, lambda r: r[2]),
        (GroupSort.RATE, lambda r: r[1] / (r[1] + r[2]) if r[1] + r[2] else None),
        (GroupSort.DAYS, lambda r: r[7]),
    ):
        for descending in (False, True):
            rows = analytics.group_page(scope, False, sort, descending, 0, -1).rows
            values = [value(expected[row.id]) for row in rows]
            present = [v for v in values if v is not None]
            assert present == sorted(present, reverse=descending), sort
            assert values == present + [None] * (len(values) - len(present)), sort
            # the first page is the start of the whole order
            first = analytics.group_page(scope, False, sort, descending, 0, 3).rows
            assert [r.id for r in first] == [r.id for r in rows[:3]]


def test_the_main_reason_sorts_by_the_order_of_its_labels(demo_db):
    scope = SCOPES["everything"]
    order = sorted(RefusalReason, key=lambda r: r.value, reverse=True)
    rows = analytics.group_page(scope, False, GroupSort.TOP_REASON, False, 0, -1, order).rows
    ranks = [order.index(r.top_reason) for r in rows if r.top_reason]
    assert ranks == sorted(ranks) and len(set(ranks)) > 1
    assert all(r.top_reason is None for r in rows[len(ranks) :])


def test_names_sort_accents_and_case_ignored(demo_db):
    rows = analytics.group_page(SCOPES["everything"], False, GroupSort.NAME, False, 0, -1).rows
    from desktop.domain.text import fold

    names = [fold(r.name) for r in rows]
    assert names == sorted(names)


def test_the_client_search_finds_a_part_of_a_name_without_accents(demo_db):
    busiest = analytics.busiest_clients(limit=3)
    assert len(busiest) == 3
    assert [c.name for c in busiest] == sorted((c.name for c in busiest), key=str.casefold)
    name = busiest[0].name
    word = name.split()[0][1:].upper()  # a part of its first word, another case
    found = analytics.find_clients(word)
    assert busiest[0].id in [c.id for c in found]
    assert analytics.find_clients("zzz_no_such") == []
    assert analytics.find_clients("100%") == []  # LIKE's wildcards are plain text
    assert analytics.client_choice(busiest[0].id).name == name
