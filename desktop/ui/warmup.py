"""Import the sections' modules while the user looks at the first screen.

Sections are built on first visit (start-up pays for Home only), but building one
first imported its modules: 30-100 ms on the UI thread for the lists with their
detail tabs, the boards, To do, analytics (QtCharts). Once the window is filled,
:func:`start` imports them one by one, one per turn of the event loop a few
milliseconds apart: each import is short (a few milliseconds from bytecode), and a
click meanwhile waits for one of them at most, not for all. Imports stay on the UI
thread: a Qt module imported on another thread is not safe.
"""

from __future__ import annotations

import importlib
import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer

log = logging.getLogger(__name__)

# Leaves first, so that each step imports little; in the order a user visits.
MODULES = (
    "desktop.domain.formatting",
    "babel.numbers",
    "babel.dates",
    "desktop.store.lists",
    "desktop.ui.tasks",
    # To do is the second section (Ctrl+2), often the first a user opens after Home
    "desktop.services.followups",
    "desktop.ui.followups.rows",
    "desktop.services.receivables",
    "desktop.services.invoices",
    "desktop.ui.followups.checkins",
    "desktop.ui.followups.deposits",
    "desktop.ui.followups.reminders",
    "desktop.ui.followups.page",
    "desktop.ui.table_model",
    "desktop.ui.list_filters",
    "desktop.ui.detail_panel",
    "desktop.ui.list_page",
    "desktop.domain.validation",
    "desktop.services.talents",
    "desktop.services.companies",
    "desktop.services.records",
    "desktop.ui.details",
    "desktop.services.attachments",
    "desktop.services.activities",
    "desktop.ui.traces.files",
    "desktop.ui.traces.entry",
    "desktop.ui.traces.dialog",
    "desktop.ui.traces.timeline",
    "desktop.ui.traces.cv",
    "desktop.services.matching",
    "desktop.ui.matching.results",
    "desktop.ui.matching.breakdown",
    "desktop.ui.matching.controls",
    "desktop.ui.matching.missions_panel",
    "desktop.ui.companies.contacts",
    "desktop.services.offers",
    "desktop.ui.missions.offers",
    "desktop.ui.missions.hint_actions",
    "desktop.ui.section_pages",
    "desktop.services.boards",
    "desktop.ui.boards.cards",
    "desktop.ui.boards.kanban",
    "desktop.ui.boards.page",
    "desktop.ui.boards.pipeline",
    "desktop.ui.boards.missions",
    "desktop.ui.matching.ranking_panel",
    "desktop.ui.matching.hints_view",
    "desktop.services.search",
    "desktop.ui.search.dialog",
    "desktop.ui.settings.page",
    "desktop.services.analytics",
    "PySide6.QtCharts",
    "desktop.ui.analytics.page",
    "desktop.ui.talents.dialog",
    "desktop.ui.companies.dialog",
    "desktop.ui.missions.dialog",
)
STEP_MS = 15  # between two imports: the event loop runs (paints, clicks) in between


def start(modules: tuple[str, ...] = MODULES) -> None:
    """Import ``modules`` one per event-loop turn, from now on."""
    left = [m for m in modules if m not in sys.modules]

    def step() -> None:
        while left and left[0] in sys.modules:
            left.pop(0)
        if not left:
            return
        name = left.pop(0)
        try:
            importlib.import_module(name)
        except Exception:  # a missing optional part: its section will say so when opened
            log.exception("warm-up import of %s failed", name)
        QTimer.singleShot(STEP_MS, QCoreApplication.instance(), step)

    QTimer.singleShot(STEP_MS, QCoreApplication.instance(), step)
