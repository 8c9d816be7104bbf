"""Lists like a CRM, in SQL: chips, words in the fields shown, groups, a record's row."""

import datetime as dt
from decimal import Decimal

from desktop.domain.validation import CompanyDraft, SkillLevel, TalentDraft
from desktop.services.companies import create_company
from desktop.services.talents import create_talent
from desktop.store import lists
from desktop.store.lists import ListFilter, ListQuery, filter_choices


def names(query: ListQuery) -> list[str]:
    return sorted(row[1] for row in query.page(0, 1000))


def pool(db) -> dict[str, int]:
    python = (SkillLevel("Python", 4),)
    return {
        "bob": create_talent(
            TalentDraft("Bob", "Lenoir", city="Lyon", daily_rate=Decimal(650), skills=python)
        ),
        "alice": create_talent(
            TalentDraft(
                "Alice",
                "Martin",
                city="Nice",
                region="Provence-Alpes-Côte d'Azur",
                mobility="Lyon, Marseille",
                daily_rate=Decimal(500),
                skills=python,
            )
        ),
        "chloe": create_talent(
            TalentDraft(
                "Chloé",
                "Durand",
                city="Villeurbanne",
                region="Auvergne-Rhône-Alpes",
                status="on_mission",
                daily_rate=Decimal(820),
                available_from=dt.date(2027, 3, 1),
                skills=(SkillLevel("Java", 3),),
            )
        ),
    }


def visible(spec=lists.TALENTS) -> tuple[str, ...]:
    return spec.search_fields([c.key for c in spec.columns if not c.hidden])


def test_the_words_match_the_fields_shown_and_say_what_hidden_fields_hold(db):
    pool(db)
    shown = ListQuery(db, lists.TALENTS, "python lyon", fields=visible())
    assert names(shown) == ["Bob Lenoir"]  # Alice lives in Nice: "Lyon" is her mobility
    assert shown.count() == 1
    assert shown.hidden_matches() == (1, ["mobility"])
    everywhere = ListQuery(db, lists.TALENTS, "python lyon")  # fields=None: every field
    assert names(everywhere) == ["Alice Martin", "Bob Lenoir"]
    assert everywhere.hidden_matches() == (0, [])


def test_a_hidden_column_shown_is_searched_too(db):
    create_company(CompanyDraft("Banque Azur", city="Lyon", owner="Camille"))
    columns = [c.key for c in lists.COMPANIES.columns if not c.hidden]
    without = ListQuery(
        db, lists.COMPANIES, "camille", fields=lists.COMPANIES.search_fields(columns)
    )
    assert without.count() == 0 and without.hidden_matches() == (1, ["owner"])


def test_chips_combine_with_each_other_and_with_the_words(db):
    ids = pool(db)
    place = ListFilter("place", ("Lyon", "Auvergne-Rhône-Alpes"))  # a city or a region
    assert names(ListQuery(db, lists.TALENTS, filters=[place])) == ["Bob Lenoir", "Chloé Durand"]
    rate = ListFilter("daily_rate", low="600", high="800")
    assert names(ListQuery(db, lists.TALENTS, filters=[place, rate])) == ["Bob Lenoir"]
    status = ListFilter("status", ("on_mission",))
    assert ListQuery(db, lists.TALENTS, filters=[place, status]).count() == 1
    skill = ListFilter("skill", ("Python",))
    both = ListQuery(db, lists.TALENTS, "martin", filters=[skill], fields=visible())
    assert names(both) == ["Alice Martin"]
    soon = ListFilter("available_from", high="2027-06-30")
    assert [r[0] for r in ListQuery(db, lists.TALENTS, filters=[soon]).page(0, 10)] == [
        ids["chloe"]
    ]
    empty = ListFilter("status", ())  # a chip with nothing chosen keeps every row
    assert ListQuery(db, lists.TALENTS, filters=[empty]).count() == 3


def test_tag_and_owner_chips_read_their_values_from_the_data(db):
    create_company(CompanyDraft("Banque Azur", owner="Camille", tags="banque, grands comptes"))
    create_company(CompanyDraft("Acme", owner="Julien", tags="industrie,Banque"))
    tag = lists.COMPANIES.filter_field("tag")
    assert filter_choices(db, tag) == ["banque", "grands comptes", "industrie"]
    query = ListQuery(db, lists.COMPANIES, filters=[ListFilter("tag", ("banque",))])
    assert names(query) == ["Acme", "Banque Azur"]  # "a, b" and "a,b" alike
    owner = lists.COMPANIES.filter_field("owner")
    assert filter_choices(db, owner) == ["Camille", "Julien"]


def test_groups_follow_the_vocabulary_order_and_count_the_filtered_rows(db):
    ids = pool(db)
    query = ListQuery(db, lists.TALENTS, "python", fields=visible())
    by = lists.TALENTS.group_by("status")
    groups = query.groups(by)
    assert [(g.value, g.count) for g in groups] == [("available", 2)]
    everyone = ListQuery(db, lists.TALENTS)
    assert [(g.value, g.count) for g in everyone.groups(by)] == [
        ("available", 2),
        ("on_mission", 1),
    ]
    within = everyone.page(0, 10, 1, (by.sql, "on_mission"))
    assert [r[0] for r in within] == [ids["chloe"]]


def test_the_row_of_a_record_is_counted_in_every_sort_order(demo_db):
    for spec in lists.ALL_LISTS.values():
        for column, sortable in enumerate(c.sort_sql for c in spec.columns):
            if not sortable:
                continue
            for descending in (False, True):
                query = ListQuery(demo_db, spec, sort_column=column, descending=descending)
                ids = [row[0] for row in query.page(0, 10_000)]
                for row in (0, len(ids) // 3, len(ids) - 1):
                    assert query.position_of(ids[row]) == row, (spec.name, column, descending)
