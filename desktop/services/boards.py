"""The boards: companies by pipeline stage, missions by status, read in SQL.

A board shows, per column, the true count and total of the filtered records and
only the first :data:`CARDS_PER_COLUMN` cards: a column of 30,000 leads is never
loaded into Python; its "show all" link opens the list mode filtered on it.

Cards are ordered **most recently updated first** (then newest record first), in
every column. A card just moved (``set_stage`` and ``set_status`` stamp
``updated_at``) therefore lands at the top of its new column, where the eye
follows it, and stays on the board even in a column of 30,000; deals nobody
touches sink. Overdue follow-ups are flagged on the cards themselves, and the
list mode sorts by any column.

Filters (owner, sector, tag, words) are SQL conditions, built and run by
:mod:`desktop.store.board_queries`; words go through the FTS5 index
(``company_fts``, ``mission_fts``) joined *from* the FTS table, as the big lists
do. For missions, the owner and the tags are those of the client.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Generic, TypeVar

from peewee import Field, fn

from desktop.domain.missions import MissionDraft, Phase, missing_scope
from desktop.domain.money import from_cents
from desktop.domain.text import fold, fts_prefix_query, words
from desktop.domain.validation import clean_list
from desktop.domain.vocabulary import MissionStatus, PipelineStage
from desktop.store.board_queries import (
    MISSIONS,
    PIPELINE,
    BoardSpec,
    column_figures,
    company_card_rows,
    list_condition,
    mission_card_rows,
)
from desktop.store.models import Company, Mission

CARDS_PER_COLUMN = 200


@dataclass(frozen=True)
class BoardFilters:
    """What the filter bar holds; empty strings mean "any"."""

    owner: str = ""
    sector: str = ""
    tag: str = ""
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.owner or self.sector or self.tag or words(self.text))


@dataclass(frozen=True)
class FilterChoices:
    """The values the filter combos offer, sorted as a French reader expects."""

    owners: list[str]
    sectors: list[str]
    tags: list[str]


@dataclass(frozen=True)
class CompanyCard:
    id: int
    name: str
    city: str
    sector: str
    owner: str
    expected_value: Decimal | None
    vetting: tuple[bool, bool, bool, bool]  # identity, brief, budget, value
    next_follow_up_on: dt.date | None
    lost_reason: str

    @property
    def trust(self) -> int:
        """How many of the four vetting checks hold (0-4)."""
        return sum(self.vetting)

    def follow_up_overdue(self, today: dt.date) -> bool:
        return self.next_follow_up_on is not None and self.next_follow_up_on < today


@dataclass(frozen=True)
class MissionCard:
    id: int
    title: str
    client: str
    status: str
    start_date: dt.date | None
    duration_days: int | None
    client_daily_rate: Decimal | None
    budget: Decimal | None  # excl. VAT: fixed price, or client rate x days
    skills: str  # the first four, required ones first
    missing_scope: tuple[str, ...]  # items of desktop.domain.missions.SCOPE_ITEMS

    def start_passed(self, today: dt.date) -> bool:
        """Not staffed yet although its start date has come: someone must act."""
        waiting = self.status in (MissionStatus.DRAFT, MissionStatus.OPEN, MissionStatus.PROPOSED)
        return waiting and self.start_date is not None and self.start_date < today


Card = TypeVar("Card", CompanyCard, MissionCard)


@dataclass(frozen=True)
class BoardColumn(Generic[Card]):
    key: str  # the stage or status code
    count: int  # every filtered record of the column, shown or not
    total: Decimal  # companies: expected value; missions: client budget (excl. VAT)
    days: int  # missions: working days of the column's missions; companies: 0
    cards: tuple[Card, ...] = field(default=())

    @property
    def hidden(self) -> int:
        """Records of the column not on the board (see the list mode)."""
        return self.count - len(self.cards)


@dataclass(frozen=True)
class Board(Generic[Card]):
    columns: tuple[BoardColumn[Card], ...]
    waiting_for_more_letters: bool = False  # the words filter is one lone letter: ignored

    @property
    def count(self) -> int:
        return sum(c.count for c in self.columns)

    def column(self, key: str) -> BoardColumn[Card]:
        return next(c for c in self.columns if c.key == key)


def _search(text: str) -> tuple[str | None, bool]:
    """The FTS query of ``text``, and whether it was ignored for being one lone letter.

    Same rule as the big lists: one letter matches most rows and narrows nothing.
    """
    terms = words(text)
    if len(terms) == 1 and len(terms[0]) < 2:
        return None, True
    return fts_prefix_query(text), False


def _list_filter(spec: BoardSpec, filters: BoardFilters, column: str) -> tuple[str, list] | None:
    return list_condition(spec, filters.owner, filters.sector, filters.tag, column)


def pipeline_list_filter(filters: BoardFilters, stage: str = "") -> tuple[str, list] | None:
    """The condition of the pipeline's list mode (the words go to the list's own search).

    For :class:`~desktop.store.lists.ListQuery`'s ``where`` over
    :data:`desktop.store.board_lists.PIPELINE_LIST`.
    """
    return _list_filter(PIPELINE, filters, stage)


def mission_list_filter(filters: BoardFilters, status: str = "") -> tuple[str, list] | None:
    """The condition of the missions board's list mode (see :func:`pipeline_list_filter`)."""
    return _list_filter(MISSIONS, filters, status)


def _columns(
    spec: BoardSpec, filters: BoardFilters, limit: int
) -> tuple[dict[str, tuple[int, int, int]], dict[str, list[int]], bool]:
    """Per column: (count, total in cents, days) and the ids of its first ``limit`` cards."""
    query, too_short = _search(filters.text)
    totals, ids = column_figures(spec, filters.owner, filters.sector, filters.tag, query, limit)
    return totals, ids, too_short


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def _money(cents: int | None) -> Decimal | None:
    return from_cents(cents) if cents is not None else None


def _company_cards(ids: list[int]) -> dict[int, CompanyCard]:
    if not ids:
        return {}
    rows = company_card_rows(ids)
    return {
        r[0]: CompanyCard(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            _money(r[5]),
            (bool(r[6]), bool(r[7]), bool(r[8]), bool(r[9])),
            _date(r[10]),
            r[11],
        )
        for r in rows
    }


def _mission_cards(ids: list[int]) -> dict[int, MissionCard]:
    if not ids:
        return {}
    rows = mission_card_rows(ids)
    cards = {}
    for r in rows:
        # The scope rule is the domain's; only what it reads is filled in.
        scope = MissionDraft(
            company_id=r[14],
            title=r[1],
            objectives=r[9],
            deliverables=r[10],
            exclusions=r[11],
            roles=r[12],
            phases=(Phase("…"),) if r[13] else (),
        )
        cards[r[0]] = MissionCard(
            r[0],
            r[1],
            r[2],
            r[3],
            _date(r[4]),
            r[5],
            _money(r[6]),
            _money(r[7]),
            r[8] or "",
            tuple(missing_scope(scope)),
        )
    return cards


def _board(spec: BoardSpec, filters: BoardFilters, limit: int, load_cards) -> Board:
    totals, ids, too_short = _columns(spec, filters, limit)
    cards = load_cards([i for column in ids.values() for i in column])
    columns = []
    for key in spec.keys:
        count, total, days = totals.get(key, (0, 0, 0))
        shown = tuple(cards[i] for i in ids.get(key, []) if i in cards)
        columns.append(BoardColumn(key, count, from_cents(total), int(days), shown))
    return Board(tuple(columns), too_short)


def pipeline_board(filters: BoardFilters | None = None, limit: int = CARDS_PER_COLUMN) -> Board:
    """Companies by stage: count, expected value and the first ``limit`` cards of each."""
    return _board(PIPELINE, filters or BoardFilters(), limit, _company_cards)


def mission_board(filters: BoardFilters | None = None, limit: int = CARDS_PER_COLUMN) -> Board:
    """Missions by status: count, client budget, days and the first ``limit`` cards of each."""
    return _board(MISSIONS, filters or BoardFilters(), limit, _mission_cards)


def _distinct(field: Field) -> list[str]:
    values = {v for (v,) in field.model.select(field).distinct().tuples() if v and v.strip()}
    return sorted(values, key=lambda v: (fold(v), v))


def _tags() -> list[str]:
    # The distinct tag *strings* are few (combinations), even over 100,000 companies.
    seen: dict[str, str] = {}
    strings = Company.select(Company.tags).where(Company.tags != "").distinct().tuples()
    for (tags,) in strings:
        for tag in clean_list(tags):
            seen.setdefault(tag.casefold(), tag)
    return sorted(seen.values(), key=lambda v: (fold(v), v))


def pipeline_choices() -> FilterChoices:
    """Owners, sectors and tags found among the companies."""
    return FilterChoices(
        _distinct(Company.owner),
        _distinct(Company.sector),
        _tags(),
    )


def mission_choices() -> FilterChoices:
    """Client owners, mission sectors and client tags."""
    return FilterChoices(
        _distinct(Company.owner),
        _distinct(Mission.sector),
        _tags(),
    )


def frequent_lost_reasons(limit: int = 8) -> list[str]:
    """The reasons most often given for lost deals, to offer them again."""
    rows = (
        Company.select(Company.lost_reason)
        .where((Company.stage == PipelineStage.LOST) & (Company.lost_reason != ""))
        .group_by(Company.lost_reason)
        .order_by(fn.COUNT(Company.id).desc(), Company.lost_reason)
        .limit(limit)
        .tuples()
    )
    return [r[0] for r in rows]
