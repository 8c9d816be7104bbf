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


@pytest.mark.parametrize("name", SCOPES)
def test_numeric_orders_page_by_page_are_the_whole_order_cut(demo_db, name):
    """A numeric order names only the groups that can reach the page: every page, ties at
    its edges included, is the slice of the whole order."""
    scope = SCOPES[name]
    for sort in (GroupSort.SENT, GroupSort.ACCEPTED, GroupSort.REFUSED, GroupSort.RATE):
        for descending in (True, False):
            whole = analytics.group_page(scope, False, sort, descending, 0, -1)
            assert len(whole.rows) == whole.total
            for offset in range(0, whole.total + 3, 3):
                page = analytics.group_page(scope, False, sort, descending, offset, 3)
                assert page.rows == whole.rows[offset : offset + 3], (sort, descending, offset)
                if page.rows:
                    assert page.total == whole.total


def python_report(scope: Scope) -> tuple:
    """The report's figures counted from every offer in Python: (per month: sent, accepted,
    refused, withdrawn, expired; per month and reason: refused offers citing it; staffed,
    median and average days, unstaffed)."""
    start, end = scope.period.start, scope.period.end
    within = [
        o for o in Offer.select() if (start is None or o.sent_on >= start) and o.sent_on <= end
    ]
    reasons = defaultdict(list)
    for r in OfferRefusalReason.select():
        reasons[r.offer_id].append(r.reason)
    months: dict[tuple, Counter] = defaultdict(Counter)
    cited: Counter = Counter()
    for o in within:
        month = (o.sent_on.year, o.sent_on.month)
        months[month]["all offers"] += 1  # "sent" is also a status
        months[month][o.status] += 1
        if o.status == "refused":
            cited.update((month, reason) for reason in reasons[o.id])
    by_mission = defaultdict(list)
    for o in Offer.select():
        by_mission[o.mission_id].append(o)
    status_of = {m.id: m.status for m in Mission.select(Mission.id, Mission.status)}
    days, unstaffed = [], 0
    for mission_id, its in by_mission.items():
        first = min(o.sent_on for o in its)
        if (start is not None and first < start) or first > end:
            continue
        accepted = [o.answered_on for o in its if o.status == "accepted" and o.answered_on]
        if accepted:
            days.append((min(accepted) - first).days)
        elif status_of[mission_id] in ("open", "proposed"):
            unstaffed += 1
    per_month = {
        month: tuple(c[k] for k in ("all offers", "accepted", "refused", "withdrawn", "expired"))
        for month, c in months.items()
    }
    median = statistics.median(days) if days else None
    average = sum(days) / len(days) if days else None
    return per_month, dict(cited), (len(days), median, average, unstaffed)


@pytest.mark.parametrize(
    "scope",
    [*SCOPES.values(), Scope(Period(TODAY.replace(year=TODAY.year - 1, day=9), TODAY))],
    ids=[*SCOPES, "from the 9th"],
)
def test_the_report_read_from_the_tallies_gives_the_counts_of_a_python_pass(demo_db, scope):
    per_month, cited, (staffed, median, average, unstaffed) = python_report(scope)
    assert len(per_month) > 3 and cited and staffed and unstaffed  # the demo data has them all
    months, quarterly = analytics.buckets(scope)
    assert not quarterly
    got = {
        (b.start.year, b.start.month): (
            b.outcomes.sent,
            b.outcomes.accepted,
            b.outcomes.refused,
            b.outcomes.withdrawn,
            b.outcomes.expired,
        )
        for b in months
        if b.outcomes.sent
    }
    assert got == per_month
    got_cited = {
        ((b.start.year, b.start.month), reason.value): n
        for b in months
        for reason, n in b.reasons.items()
    }
    assert got_cited == cited
    report = analytics.report(scope)
    assert report.outcomes.sent == sum(m[0] for m in per_month.values())
    assert report.outcomes.refused == sum(m[2] for m in per_month.values())
    totals = Counter()
    for (_month, reason), n in cited.items():
        totals[reason] += n
    assert {r.reason.value: r.offers for r in report.reasons} == dict(totals)
    assert report.staffing.staffed == staffed
    assert report.staffing.unstaffed == unstaffed
    assert report.staffing.median_days == pytest.approx(median)
    assert report.staffing.average_days == pytest.approx(average)
