"""The boards' figures and cards, checked against the records themselves (demo data)."""

import datetime as dt
from decimal import Decimal

from desktop.domain.missions import MissionDraft, Phase
from desktop.domain.validation import CompanyDraft, clean_list
from desktop.domain.vocabulary import MissionStatus, PipelineStage
from desktop.services import boards, companies, missions
from desktop.services.boards import BoardFilters
from desktop.store.board_lists import MISSION_LIST, PIPELINE_LIST
from desktop.store.lists import MISSIONS, ListQuery
from desktop.store.models import Company, Mission, database


def _budget(mission: Mission) -> Decimal:
    if mission.budget_kind == "fixed":
        return mission.fixed_price or Decimal(0)
    if mission.client_daily_rate is None or mission.duration_days is None:
        return Decimal(0)
    return mission.client_daily_rate * mission.duration_days


def test_pipeline_columns_count_and_total_every_company_of_their_stage(demo_db):
    board = boards.pipeline_board()
    assert [c.key for c in board.columns] == [s.value for s in PipelineStage]
    assert board.count == Company.select().count()
    for column in board.columns:
        rows = list(Company.select().where(Company.stage == column.key))
        assert column.count == len(rows)
        assert column.total == sum((c.expected_value or 0 for c in rows), Decimal(0))
        assert {card.id for card in column.cards} == {c.id for c in rows}  # all fit (< 200)
    assert any(c.total for c in board.columns)  # the demo has open deals with a value


def test_company_cards_carry_what_the_card_shows(demo_db):
    cards = [card for column in boards.pipeline_board().columns for card in column.cards]
    for card in cards:
        company = Company.get_by_id(card.id)
        assert (card.name, card.city, card.owner) == (company.name, company.city, company.owner)
        assert card.expected_value == company.expected_value
        assert card.next_follow_up_on == company.next_follow_up_on
        vetting = (
            company.vetted_identity,
            company.vetted_brief,
            company.vetted_budget,
            company.vetted_value,
        )
        assert card.trust == sum(vetting)
    assert {card.trust for card in cards} - {0, 4}  # the demo holds partly vetted companies
    late = next(card for card in cards if card.next_follow_up_on)
    assert late.follow_up_overdue(late.next_follow_up_on + dt.timedelta(days=1))
    assert not late.follow_up_overdue(late.next_follow_up_on)


def test_a_column_shows_its_first_cards_and_counts_the_rest(demo_db):
    board = boards.pipeline_board(limit=2)
    full = boards.pipeline_board()
    for column, whole in zip(board.columns, full.columns, strict=True):
        assert column.count == whole.count and column.total == whole.total
        assert len(column.cards) == min(2, whole.count)
        assert column.hidden == whole.count - len(column.cards)
        assert [c.id for c in column.cards] == [c.id for c in whole.cards[:2]]


def test_cards_come_most_recently_updated_first_so_a_moved_card_leads_its_column(demo_db):
    Company.update(updated_at=dt.datetime(2026, 1, 5, 9, 0)).execute()
    lead = boards.pipeline_board().column("lead")
    moved = lead.cards[-1].id
    companies.set_stage(moved, "qualified")
    qualified = boards.pipeline_board(limit=1).column("qualified")
    assert qualified.cards[0].id == moved
    # among equally old cards, the newest record first
    ids = [c.id for c in boards.pipeline_board().column("lead").cards]
    assert ids == sorted(ids, reverse=True)


def test_filters_by_owner_sector_and_tag_keep_matching_companies_only(demo_db):
    choices = boards.pipeline_choices()
    # An owner and tag that some company has together (so the combined filter keeps some).
    tagged = next(c for c in Company.select().order_by(Company.id) if clean_list(c.tags))
    owner, tag = tagged.owner, clean_list(tagged.tags)[0]
    sector = choices.sectors[0]
    assert owner in choices.owners and tag in choices.tags
    cases = {
        BoardFilters(owner=owner): lambda c: c.owner == owner,
        BoardFilters(sector=sector): lambda c: c.sector == sector,
        BoardFilters(tag=tag): lambda c: tag in clean_list(c.tags),
        BoardFilters(owner=owner, tag=tag): lambda c: (
            c.owner == owner and tag in clean_list(c.tags)
        ),
    }
    for filters, keep in cases.items():
        expected = [c for c in Company.select() if keep(c)]
        board = boards.pipeline_board(filters)
        assert 0 < board.count == len(expected) < Company.select().count(), filters
        shown = {card.id for column in board.columns for card in column.cards}
        assert shown == {c.id for c in expected}
        for column in board.columns:
            rows = [c for c in expected if c.stage == column.key]
            assert column.total == sum((c.expected_value or 0 for c in rows), Decimal(0))


def _shown(filters: BoardFilters) -> set[int]:
    return {card.id for column in boards.pipeline_board(filters).columns for card in column.cards}


def test_a_tag_matches_whole_tags_only_and_like_wildcards_are_literal(db):
    def company(name: str, tags: tuple[str, ...]) -> int:
        return companies.create_company(CompanyDraft(name=name, tags=tags))

    exact = company("Alpha", ("100%_remote", "PME"))
    company("Beta", ("100xxremote",))
    company("Gamma", ("PME plus",))
    loose = Company.create(name="Delta", sort_name="delta", tags="PME,startup")  # an import
    assert _shown(BoardFilters(tag="100%_remote")) == {exact}
    assert _shown(BoardFilters(tag="PME")) == {exact, loose.id}
    tags = ["100%_remote", "100xxremote", "PME", "PME plus", "startup"]
    assert boards.pipeline_choices().tags == tags


def test_words_search_the_index_without_accents_and_one_letter_waits(demo_db):
    target = Company.select().where(Company.name.contains("é")).first()
    word = next(w for w in target.name.split() if "é" in w.lower())
    plain = word.lower().replace("é", "e").replace("è", "e")
    board = boards.pipeline_board(BoardFilters(text=plain))
    assert target.id in {c.id for c in board.column(target.stage).cards}
    assert board.count < Company.select().count()
    lone = boards.pipeline_board(BoardFilters(text="a"))
    assert lone.waiting_for_more_letters and lone.count == Company.select().count()
    assert boards.pipeline_board(BoardFilters(text="zzzqqq")).count == 0


def test_the_list_mode_holds_exactly_the_records_of_the_board(demo_db):
    owner = boards.pipeline_choices().owners[1]
    for filters in (BoardFilters(), BoardFilters(owner=owner), BoardFilters(text="paris")):
        board = boards.pipeline_board(filters)
        for column in board.columns:
            where = boards.pipeline_list_filter(filters, column.key)
            query = ListQuery(database, PIPELINE_LIST, filters.text, where=where)
            assert query.count() == column.count
            assert set(query.ids(0, 500)) == {c.id for c in column.cards}
    mission_filters = BoardFilters(owner=owner)
    board = boards.mission_board(mission_filters)
    where = boards.mission_list_filter(mission_filters)
    assert ListQuery(database, MISSION_LIST, where=where).count() == board.count


def test_mission_columns_total_the_client_budget_and_days(demo_db):
    board = boards.mission_board()
    assert [c.key for c in board.columns] == [s.value for s in MissionStatus]
    assert board.count == Mission.select().count()
    for column in board.columns:
        rows = list(Mission.select().where(Mission.status == column.key))
        assert column.count == len(rows)
        assert column.total == sum((_budget(m) for m in rows), Decimal(0))
        assert column.days == sum(m.duration_days or 0 for m in rows)


def test_mission_cards_use_the_domain_scope_rule(demo_db):
    cards = [card for column in boards.mission_board().columns for card in column.cards]
    assert len(cards) == Mission.select().count()
    for card in cards:
        summary = missions.mission_summary(card.id)
        assert card.missing_scope == tuple(summary.missing_scope)
        assert card.client == summary.company and card.title == summary.draft.title
        assert card.client_daily_rate == summary.draft.client_daily_rate
        skills = card.skills.split(", ") if card.skills else []
        assert set(skills) <= {s.name for s in summary.draft.skills}
        assert skills[:1] == [s.name for s in summary.draft.skills][:1]  # required first
    assert any(c.missing_scope for c in cards) and any(not c.missing_scope for c in cards)


def test_a_blank_scope_text_is_missing_in_the_list_and_on_the_board_alike(db):
    client = companies.create_company(CompanyDraft("Banque Démo"))
    mission_id = missions.create_mission(
        MissionDraft(
            client,
            "Audit",
            objectives="  \n ",  # typed spaces and a line break: nothing said
            deliverables="Rapport",
            exclusions="Recette",
            roles="Client : PO",
            phases=(Phase("Cadrage"),),
        )
    )
    card = boards.mission_board().column("draft").cards[0]
    assert card.missing_scope == ("objectives",)
    scope = [c.key for c in MISSIONS.columns].index("scope")
    row = ListQuery(database, MISSIONS).page(0, 10)[0]
    assert (row[0], row[1 + scope]) == (mission_id, 0)


def test_a_mission_waiting_for_a_talent_after_its_start_is_flagged(demo_db):
    card = boards.mission_board().column("open").cards[0]
    day_after = card.start_date + dt.timedelta(days=1)
    assert card.start_passed(day_after) and not card.start_passed(card.start_date)
    done = boards.mission_board().column("completed").cards[0]
    assert not done.start_passed(done.start_date + dt.timedelta(days=1))


def test_mission_filters_use_the_client_owner_and_tags_and_the_mission_sector(demo_db):
    owner = boards.mission_choices().owners[0]
    expected = Mission.select().join(Company).where(Company.owner == owner).count()
    assert 0 < boards.mission_board(BoardFilters(owner=owner)).count == expected
    sector = boards.mission_choices().sectors[0]
    expected = Mission.select().where(Mission.sector == sector).count()
    assert boards.mission_board(BoardFilters(sector=sector)).count == expected
    skill_board = boards.mission_board(BoardFilters(text="kubernetes"))
    cards = [c for column in skill_board.columns for c in column.cards]
    assert cards and all("kubernetes" in (c.skills + c.title).lower() for c in cards)


def test_frequent_lost_reasons_come_most_given_first(db):
    for i, reason in enumerate(["Budget gelé", "Budget gelé", "Projet internalisé"]):
        company_id = companies.create_company(CompanyDraft(name=f"Perdu {i}"))
        companies.set_stage(company_id, "lost", reason)
    assert boards.frequent_lost_reasons() == ["Budget gelé", "Projet internalisé"]
