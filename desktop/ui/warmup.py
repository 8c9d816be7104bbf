"""Import the sections' modules while the user looks at the first screen.

Sections are built on first visit (start-up pays for Home only), but building one
first imported its modules: 30-100 ms on the UI thread for the lists with their
detail tabs, the boards, To do, analytics (QtCharts). Once the window is filled,
:func:`start` imports them one by one, one per turn of the event loop a few
milliseconds apart: each import is short (a few milliseconds from bytecode), and a
click meanwhile waits for one of them at most, not for all. Imports stay on the UI
thread: a Qt module imported on another thread is not safe.

Then :func:`build_pages` builds the sections' pages the same way, a piece per turn
(the list, each detail tab, the page's place in the window: 5-25 ms each), hidden:
a first visit then only shows the page (its rows are read then, as before), instead
of building it in the click's turn (40-90 ms at 300k records, a stall the user sees).
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Leaves first, so that each step imports little; in the order a user visits.
MODULES = (
    "desktop.domain.formatting",
    "babel.numbers",
    "babel.dates",
    "desktop.domain.validation",
    "desktop.domain.missions",
    "desktop.store.lists",
    "desktop.ui.tasks",
    # To do is the second section (Ctrl+2), often the first a user opens after Home
    "desktop.services.attachments",
    "desktop.services.activities",
    "desktop.services.followups",
    "desktop.ui.followups.rows",
    # what an invoice's checks import (python-stdnum pulls ssl and pydoc): 45 ms at once
    "ssl",
    "pydoc",
    "stdnum.util",
    "stdnum.iban",
    "desktop.domain.company_identity",
    "desktop.domain.invoice_document",
    "desktop.services.invoices",
    "desktop.services.receivables",
    "email.message",
    "email.policy",
    "desktop.services.progress",
    "desktop.services.mail_kinds",
    "desktop.services.mail_settings",
    "desktop.services.mailing",
    "desktop.ui.followups.checkins",
    "desktop.ui.followups.deposits",
    "desktop.ui.followups.reminders",
    "desktop.ui.followups.page",
    "desktop.services.company",
    "desktop.ui.documents.building",
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
    "desktop.ui.quick_actions",
    # the Quotes tab of Missions: its documents' modules (about 45 ms in all)
    "xml.sax.saxutils",
    "urllib.request",
    "desktop.documents.markup",
    "desktop.documents.layout",
    "desktop.documents.identity",
    "desktop.documents.business",
    "tomllib",
    "desktop.services.clause_library",
    "desktop.services.contracts",
    "desktop.services.endings",
    "desktop.services.invoice_documents",
    "desktop.services.documents",
    "desktop.ui.quotes.tab",
    "desktop.services.supplier_invoices",
    # the tabs of Contracts, then Invoices
    "desktop.ui.contracts.agency",
    "desktop.ui.contracts.panel",
    "desktop.services.activity_reports",
    "desktop.ui.activity_reports.calendar",
    "desktop.ui.invoices.common",
    "desktop.ui.activity_reports.dialog",
    "desktop.ui.activity_reports.tab",
    "desktop.services.payments",
    "desktop.ui.invoices.dialogs",
    "desktop.ui.invoices.actions",
    "desktop.ui.invoices.section",
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
    "desktop.ui.settings.general",
    "desktop.ui.settings.page",
    "desktop.services.analytics",
    "PySide6.QtCharts",
    "desktop.ui.analytics.page",
    "desktop.ui.talents.dialog",
    "desktop.ui.companies.dialog",
    "desktop.ui.missions.dialog",
)
# Between two steps: the event loop runs (paints, clicks) in between. 5 ms, not 15: the
# steps are many and small (To do's modules alone are 30), and a click on To do before
# they are all in imports the rest in its own turn.
STEP_MS = 5
# While a read runs, the warm-up waits: the reader thread converting rows in Python takes
# the GIL from the UI thread in 5 ms slices, so a 25 ms piece then held the window 50-110 ms
# (To do's first visit at 300k); and the user is waiting for that read, not for the rest.
BUSY_RETRY_MS = 50


def reading() -> bool:
    """A background read or task is running or queued."""
    from desktop.ui import tasks

    return tasks.pending() > 0


# The pages built ahead, in the sidebar's order (Analytics is built on its first visit:
# its charts are another story; Settings is cheap).
PAGES = (
    "followups",
    "talents",
    "companies",
    "pipeline",
    "missions",
    "mission_board",
    "contracts",
    "invoices",
)


# The module that builds each section's page (a click on a page not built yet imports
# the modules before it in MODULES that are still missing, a few per turn).
PAGE_MODULES = {
    "followups": "desktop.ui.followups.page",
    **dict.fromkeys(
        ("talents", "companies", "missions", "contracts", "invoices"), "desktop.ui.section_pages"
    ),
    "pipeline": "desktop.ui.boards.pipeline",
    "mission_board": "desktop.ui.boards.missions",
    "settings": "desktop.ui.settings.page",
    "analytics": "desktop.ui.analytics.page",
}


def missing_modules(key: str) -> Iterator[None]:
    """Import the warm-up's modules that the page of ``key`` needs and that are not
    imported yet, one per ``next()``."""
    target = PAGE_MODULES.get(key)
    if target not in MODULES:
        return
    for name in MODULES[: MODULES.index(target) + 1]:
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except Exception:  # a missing optional part: its section will say so when opened
            log.exception("import of %s failed", name)
        yield


# To do's modules come first: its page is built right after them, before the others'
# modules (Ctrl+2 is often the first click, while the rest of the warm-up runs).
TODO_MODULES = MODULES[: MODULES.index("desktop.ui.followups.page") + 1]


def warm(window: MainWindow, settled: Callable[[], object] | None = None) -> None:
    """The whole warm-up of a window just opened, in four phases: To do's modules, its
    page, the other modules, the other pages; each step one event-loop turn. ``settled``
    is called at the end of each phase, what it loaded being there for good (the app
    freezes it out of the garbage collector's full passes: :mod:`desktop.ui.collector`)."""
    phases: tuple[Callable[[Callable[[], None]], None], ...] = (
        lambda done: start(TODO_MODULES, then=done),
        lambda done: build_pages(window, ("followups",), then=done),
        lambda done: start(then=done),
        lambda done: build_pages(window, then=done),
    )

    def run(phase: int) -> None:
        if phase and settled is not None:
            settled()
        if phase < len(phases):
            phases[phase](lambda: run(phase + 1))

    run(0)


def start(modules: tuple[str, ...] = MODULES, then: Callable[[], None] | None = None) -> None:
    """Import ``modules`` one per event-loop turn, from now on; then call ``then``."""
    left = [m for m in modules if m not in sys.modules]

    def step() -> None:
        if reading():
            QTimer.singleShot(BUSY_RETRY_MS, QCoreApplication.instance(), step)
            return
        while left and left[0] in sys.modules:
            left.pop(0)
        if not left:
            if then is not None:
                then()
            return
        name = left.pop(0)
        try:
            importlib.import_module(name)
        except Exception:  # a missing optional part: its section will say so when opened
            log.exception("warm-up import of %s failed", name)
        QTimer.singleShot(STEP_MS, QCoreApplication.instance(), step)

    QTimer.singleShot(STEP_MS, QCoreApplication.instance(), step)


def build_pages(
    window: MainWindow, keys: tuple[str, ...] = PAGES, then: Callable[[], None] | None = None
) -> None:
    """Build the pages of ``keys`` a piece per event-loop turn (``MainWindow.stages``),
    those not built yet; a click on one meanwhile finishes it at once (``page()``). Then
    call ``then``."""
    left = list(keys)
    current: list = []  # the key being built and its stages

    def step() -> None:
        if reading():
            QTimer.singleShot(BUSY_RETRY_MS, window, step)
            return
        if not current:
            while left and left[0] in window.pages:
                left.pop(0)
            if not left or not window.filled:
                if then is not None and window.filled:
                    then()
                return
            key = left.pop(0)
            # a click may be building it already (MainWindow.visit): the same pieces
            current[:] = [key, window.staging.get(key) or window.stages(key)]
            window.staging[key] = current[1]
        key, stages = current
        window.prebuilding = True
        try:
            next(stages)
        except StopIteration:  # built (or finished by a click meanwhile)
            window.staging.pop(key, None)
            current.clear()
        except Exception:  # that page is built on its first visit, as before
            log.exception("building the %s page ahead failed", key)
            window.staging.pop(key, None)
            current.clear()
        finally:
            window.prebuilding = False
        QTimer.singleShot(STEP_MS, window, step)

    QTimer.singleShot(STEP_MS, window, step)
