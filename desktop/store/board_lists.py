"""The list mode of the boards: the same filtered records as a sortable table.

The boards show the first cards of each column only; these lists show every
record the board's filters keep (run by :class:`~desktop.store.lists.ListQuery`
with the condition of :func:`desktop.services.boards.pipeline_list_filter` or
:func:`~desktop.services.boards.mission_list_filter`), with the columns a
pipeline review needs: owner, value, trust, next follow-up.
"""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.vocabulary import PipelineStage
from desktop.store.lists import (
    MISSION_CLIENT_COLUMNS,
    MISSION_SCHEDULE_COLUMNS,
    TRUST_SQL,
    Column,
    ListSpec,
)

PIPELINE_LIST = ListSpec(
    name="pipeline",
    search_hint=QT_TRANSLATE_NOOP("Lists", "Filter: name, SIREN, city, sector…"),
    table="company",
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("Columns", "Name"),
            "company.name",
            "company.sort_name",
            width=220,
        ),
        Column(
            "stage",
            QT_TRANSLATE_NOOP("Columns", "Stage"),
            "company.stage",
            "company.stage",
            "vocabulary",
            100,
            vocabulary=(PipelineStage,),
        ),
        Column(
            "owner",
            QT_TRANSLATE_NOOP("Columns", "Owner"),
            "company.owner",
            "company.owner",
            width=100,
        ),
        Column(
            "value",
            QT_TRANSLATE_NOOP("Columns", "Expected value"),
            "company.expected_value",
            "company.expected_value",
            "rate",
            120,
        ),
        Column("trust", QT_TRANSLATE_NOOP("Columns", "Trust"), TRUST_SQL, TRUST_SQL, "trust", 70),
        Column(
            "follow_up",
            QT_TRANSLATE_NOOP("Columns", "Next follow-up"),
            "company.next_follow_up_on",
            "company.next_follow_up_on",
            "date",
            120,
        ),
        Column(
            "sector",
            QT_TRANSLATE_NOOP("Columns", "Sector"),
            "company.sector",
            "company.sector",
            width=170,
        ),
        Column(
            "city", QT_TRANSLATE_NOOP("Columns", "City"), "company.city", "company.city", width=120
        ),
        Column(
            "tags",
            QT_TRANSLATE_NOOP("Columns", "Tags"),
            "company.tags",
            "company.tags",
            width=160,
            hidden=True,
        ),
    ),
    fts_table="company_fts",
    empty_hint=QT_TRANSLATE_NOOP(
        "Lists", "No company yet. Add a prospect with New (Ctrl+N), or load the demo data."
    ),
)

# A mission's budget excl. VAT: its fixed price, or the client rate times the working days.
MISSION_BUDGET_SQL = (
    "CASE WHEN mission.budget_kind = 'fixed' THEN mission.fixed_price "
    "ELSE mission.client_daily_rate * mission.duration_days END"
)

MISSION_LIST = ListSpec(
    name="mission-board",
    search_hint=QT_TRANSLATE_NOOP("Lists", "Filter: title, client, skill…"),
    table="mission",
    joins="JOIN company ON company.id = mission.company_id",
    columns=(
        Column(
            "title",
            QT_TRANSLATE_NOOP("Columns", "Title"),
            "mission.title",
            "mission.title COLLATE NOCASE",
            width=300,
        ),
        *MISSION_CLIENT_COLUMNS,
        *MISSION_SCHEDULE_COLUMNS,
        Column(
            "budget",
            QT_TRANSLATE_NOOP("Columns", "Budget"),
            MISSION_BUDGET_SQL,
            MISSION_BUDGET_SQL,
            "rate",
            110,
        ),
        Column(
            "sector",
            QT_TRANSLATE_NOOP("Columns", "Sector"),
            "mission.sector",
            "mission.sector",
            width=130,
        ),
        Column(
            "owner",
            QT_TRANSLATE_NOOP("Columns", "Owner"),
            "company.owner",
            "company.owner",
            width=100,
            hidden=True,
        ),
    ),
    fts_table="mission_fts",
    default_sort="start",
    default_descending=True,
    empty_hint=QT_TRANSLATE_NOOP("Lists", "No mission yet."),
)
