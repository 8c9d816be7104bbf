"""The main window: a sidebar of sections, one page each, menus and shortcuts.

Pages other than the first shown are built on first visit, so that start-up
costs little more than a bare window. At start-up the window's first frame is
the sidebar beside an empty page (``first_frame_only``); the menus, shortcuts
and the first page are built by :meth:`MainWindow.fill` once it is on screen.
Deletions are confirmed, refused with the reason when other records depend on
the record, and can be undone (Ctrl+Z) while the app runs.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING

# What the first frame needs, and no more: importing a Qt class from its module makes
# PySide build Python enum classes for its enums, and the ``Qt`` namespace alone has
# about 100 (15-25 ms). The rest is imported by the code that uses it, once shown.
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.profile import Profile
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.state import UiState

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

    from desktop.services.deletion import Snapshot
    from desktop.ui.home_page import HomePage
    from desktop.ui.list_page import ListPage

# Modules a section needs are imported when the section is first opened (detail
# renderers, dialogs, demo data...): start-up pays only for Home.

log = logging.getLogger(__name__)


def is_list(page: QWidget | None) -> bool:
    """Whether ``page`` is a list page. Its module (with the list queries and the table
    model) is imported with the first list built, not at start-up."""
    module = sys.modules.get("desktop.ui.list_page")
    return module is not None and isinstance(page, module.ListPage)


def is_home(page: QWidget | None) -> bool:
    """Whether ``page`` is Home (its module is imported once the window shows)."""
    module = sys.modules.get("desktop.ui.home_page")
    return module is not None and isinstance(page, module.HomePage)


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # English, context "MainWindow"
    icon: str
    keys: str = ""  # its shortcut, kept when a section is added in between


# Pages whose forms read the database while they are built (Settings reads every
# setting's value): at start-up the window shows before the database is open, so one of
# them remembered as the last section, or clicked that early, is built once it is open.
BUILT_ONCE_OPEN = frozenset({"settings"})

# A page built on a click: a new piece starts only in the first 4 ms of an event-loop turn
# (a piece may be long: a page's detail tabs take 10-20 ms), the rest in the next turns.
# Qt often runs two such turns back to back before a paint or a timer: the stall the user
# feels is two turns, so a turn is kept to about one piece.
PIECE_START_S = 0.004

SECTIONS = (
    Section("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), "home", "Ctrl+1"),
    Section("followups", QT_TRANSLATE_NOOP("MainWindow", "To do"), "todo", "Ctrl+2"),
    Section("talents", QT_TRANSLATE_NOOP("MainWindow", "Talents"), "talents", "Ctrl+3"),
    Section("companies", QT_TRANSLATE_NOOP("MainWindow", "Companies"), "companies", "Ctrl+4"),
    Section("pipeline", QT_TRANSLATE_NOOP("MainWindow", "Pipeline"), "board", "Ctrl+5"),
    Section("missions", QT_TRANSLATE_NOOP("MainWindow", "Missions"), "missions", "Ctrl+6"),
    Section("matching", QT_TRANSLATE_NOOP("MainWindow", "Matching"), "match", "Ctrl+M"),
    Section("mission_board", QT_TRANSLATE_NOOP("MainWindow", "Missions board"), "board", "Ctrl+7"),
    Section("contracts", QT_TRANSLATE_NOOP("MainWindow", "Contracts"), "contracts", "Ctrl+8"),
    Section("invoices", QT_TRANSLATE_NOOP("MainWindow", "Invoices"), "invoices", "Ctrl+9"),
    Section("analytics", QT_TRANSLATE_NOOP("MainWindow", "Analytics"), "analytics"),
    Section("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings", "Ctrl+,"),
)

SIDEBAR_WIDTH = 200
COMPACT_BELOW = 1100  # a window narrower than this shows the sidebar's icons only
COMPACT_WIDTH = 52
FIRST_SIZE = QSize(1320, 820)  # a fresh profile's window, made smaller to fit the screen


def section_title(section: Section) -> str:
    return QCoreApplication.translate("MainWindow", section.title)


def section_shortcut(index: int, section: Section) -> QKeySequence | None:
    """Ctrl+1 … Ctrl+9 for the first sections, Ctrl+M for matching, Ctrl+, for the
    settings (as on macOS). ``index`` is kept for the callers; the section knows its keys."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence(section.keys) if section.keys else None


def first_geometry(available: QRect) -> QRect:
    """A fresh profile's window: :data:`FIRST_SIZE`, within the screen's free area (a
    1280x720 laptop less its taskbar got a 1320x820 window, its edges off the screen)."""
    size = FIRST_SIZE.boundedTo(available.size())
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


def render(name: str) -> Callable[[int], str]:
    """The detail renderer ``name`` of :mod:`desktop.ui.details`, imported now (with the
    section's page, on the UI thread): it is then called on the reader thread."""
    from desktop.ui import details

    return getattr(details, name)


def dialog_for(key: str) -> type | None:
    """The edit dialog of a section, imported on first use (not at start-up)."""
    if key == "talents":
        from desktop.ui.talents.dialog import TalentDialog

        return TalentDialog
    if key == "companies":
        from desktop.ui.companies.dialog import CompanyDialog

        return CompanyDialog
    if key == "missions":
        from desktop.ui.missions.dialog import MissionDialog

        return MissionDialog
    return None


def deletion_for(key: str, record_id: int) -> tuple[str, str, Callable]:
    """(record name, confirmation question, delete function) of a section's record."""
    from desktop.services import companies, missions, talents

    if key == "talents":
        return (
            talents.display_name(record_id),
            QCoreApplication.translate(
                "MainWindow", "Delete the talent “{name}”, with their skills and notes?"
            ),
            talents.delete_talent,
        )
    if key == "companies":
        return (
            companies.company_draft(record_id).name,
            QCoreApplication.translate(
                "MainWindow", "Delete the company “{name}”, with its contacts and notes?"
            ),
            companies.delete_company,
        )
    return (
        missions.mission_draft(record_id).title,
        QCoreApplication.translate(
            "MainWindow", "Delete the mission “{name}”, with its skills, phases and notes?"
        ),
        missions.delete_mission,
    )


def undo_target(snapshot: Snapshot) -> tuple[str, int]:
    """The section and record to show once a deletion is undone."""
    model, rows = snapshot.rows[0]
    table, row = model._meta.table_name, rows[0]
    if table == "contact":
        return "companies", row["company"]
    if table in ("activity", "attachment"):  # a written trace or a file: show its record
        from desktop.services.trace_subjects import describe_subjects

        pair = (row["subject_type"], row["subject_id"])
        subject = describe_subjects([pair])[pair]
        return subject.section, subject.open_id
    return {"talent": "talents", "company": "companies", "mission": "missions"}[table], row["id"]


class _ResizeWatcher(QObject):
    """Calls ``resized()`` after each resize of the window it watches. An event filter
    installed once the window shows, rather than a ``resizeEvent`` override: with one,
    PySide wraps the window's first events, building the 180-member ``QEvent.Type`` enum
    (2 % of start-up) before the window could show."""

    def __init__(self, window: QWidget, resized: Callable[[], None]) -> None:
        super().__init__(window)
        self.resized = resized
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Resize:
            self.resized()
        return False


class MainWindow(QMainWindow):
    def __init__(
        self, profile: Profile, parent: QWidget | None = None, *, first_frame_only: bool = False
    ) -> None:
        """The whole window; with ``first_frame_only``, the sidebar beside an empty page,
        the rest left to :meth:`fill` (start-up calls it once the window is exposed)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.profile = profile
        self.filled = False
        # False while start-up has not opened the database yet (first_frame_only)
        self.database_open = not first_frame_only
        self._sidebar_width: int | None = None  # measured once: the language stays
        self.state = UiState(profile.ui_state)
        self.setWindowTitle(f"{APP_NAME} — {profile.root.name}")
        self.undo_stack: list[Snapshot] = []
        self._search = None
        self.pages: dict[str, QWidget] = {}
        # Pages being built a piece per event-loop turn (``stages``, ui/warmup.py); while a
        # piece is built ahead, ``prebuilding`` holds and list pages put off their reads.
        self.staging: dict[str, Iterator[None]] = {}
        self.prebuilding = False
        self.builders: dict[str, Callable[[], QWidget | Iterator[QWidget]]] = {
            "home": self._build_home,
            **{
                key: self._section_builder(key)
                for key in ("talents", "companies", "missions", "contracts", "invoices")
            },
            "pipeline": lambda: self._build_board("pipeline"),
            "mission_board": lambda: self._build_board("mission_board"),
            "analytics": self._build_analytics,
            "matching": self._build_matching,
            "followups": self._build_followups,
            "settings": self._build_settings,
        }

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(self.sidebar_width())
        for section in SECTIONS:
            self.sidebar.addItem(QListWidgetItem(icon(section.icon), section_title(section)))
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The menu bar's titles and the status bar in the first frame: the page keeps its
        # place once filled (their actions come with fill()).
        bar = self.menuBar()
        self.menus = {
            "file": bar.addMenu(self.tr("&File")),
            "edit": bar.addMenu(self.tr("&Edit")),
            "go": bar.addMenu(self.tr("&Go")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        self.statusBar()

        if not self.state.restore_window(self) and self.screen() is not None:
            geometry = first_geometry(self.screen().availableGeometry())
            self._compact_sidebar(geometry.width() < COMPACT_BELOW)  # before: it sets the minimum
            self.setGeometry(geometry)
        self._fit_to_screen()
        start = self.state.value("window/section", "home")
        keys = [s.key for s in SECTIONS]
        self.sidebar.setCurrentRow(keys.index(start) if start in keys else 0)  # its page: fill()
        if not first_frame_only:
            self.fill()

    def fill(self, staged: bool = False) -> None:
        """What the first frame leaves out: the sidebar's tooltips, the Undo button, the menus
        and their shortcuts, then the current section's page (``staged``: built a piece per
        event-loop turn, shown once built: Home in one turn held the UI thread 40-70 ms).
        Once; later calls do nothing."""
        if self.filled:
            return
        self.filled = True
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QPushButton

        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for i, section in enumerate(SECTIONS):
            keys = section_shortcut(i, section)
            self.sidebar.item(i).setToolTip(
                section_title(section)
                + (f" ({keys.toString(QKeySequence.SequenceFormat.NativeText)})" if keys else "")
            )
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_delete)
        self.statusBar().addPermanentWidget(self.undo_button)
        self._build_menus()
        self._resize_watcher = _ResizeWatcher(self, self._resized)
        self._resized()  # a resize while the first frame showed
        self.sidebar.currentRowChanged.connect(self._section_changed)
        if not self.database_open and self.current_key() in BUILT_ONCE_OPEN:
            return  # built by database_opened()
        if staged and self.current_key() not in self.pages:
            key = self.current_key()
            stages = self.staging[key] = self.stages(key)
            # one piece per turn from the next one: the sidebar painted first
            QTimer.singleShot(0, self, lambda: self._build_more(key, stages, turn_s=0.0))
        else:
            self._section_changed(self.sidebar.currentRow())

    # -- fitting the screen -----------------------------------------------------
    def _fit_to_screen(self) -> None:
        """A window restored from a bigger screen (or a saved layout) shrinks to this one."""
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        if self.width() > available.width() or self.height() > available.height():
            self._compact_sidebar(available.width() < COMPACT_BELOW)
            self.resize(self.size().boundedTo(available.size()))

    def _resized(self) -> None:
        self._compact_sidebar(self.width() < COMPACT_BELOW)

    def sidebar_width(self) -> int:
        """Wide enough for the longest section name in this language ("Suivi des missions"
        was elided at 200 px in French), never narrower than SIDEBAR_WIDTH."""
        if self._sidebar_width is not None:
            return self._sidebar_width
        from PySide6.QtGui import QFont, QFontMetrics

        font = QFont(self.sidebar.font())
        font.setPixelSize(14)  # the stylesheet's size, not yet applied while building
        longest = max(QFontMetrics(font).horizontalAdvance(section_title(s)) for s in SECTIONS)
        # icon 20 + its gap 8, item padding 2 x 12, item margins 2 x 8, a little slack
        self._sidebar_width = max(SIDEBAR_WIDTH, longest + 20 + 8 + 24 + 16 + 8)
        return self._sidebar_width

    def _compact_sidebar(self, compact: bool) -> None:
        """Icons only in a narrow window (their names in the tooltips), names otherwise."""
        width = COMPACT_WIDTH if compact else self.sidebar_width()
        if self.sidebar.width() == width:
            return
        self.sidebar.setFixedWidth(width)
        for i, section in enumerate(SECTIONS):
            self.sidebar.item(i).setText("" if compact else section_title(section))

    # -- pages ----------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page of section ``key``, built on first use (or its build finished, if the
        warm-up had begun it)."""
        if key not in self.pages:
            for _ in self.staging.pop(key, None) or self.stages(key):
                pass
            if self.filled and self.current_key() == key:  # a click was building it
                self._section_changed(self.sidebar.currentRow())
        page = self.pages[key]
        if is_list(page):
            page.read_if_unread()  # built ahead: its rows are read once it is wanted
        return page

    def stages(self, key: str) -> Iterator[None]:
        """Build the page of ``key`` a piece per ``next()``: the builder's pieces (a list,
        then each detail tab), then its place in the stack (the stylesheet polishes it
        there: 10-20 ms). The warm-up runs one per event-loop turn; :meth:`page` the rest."""
        built = self.builders[key]()
        page = built
        if isinstance(built, Iterator):
            for piece in built:
                page = piece
                yield
            yield  # the builder's last piece ran with the loop's end: the stack on its own
        else:
            yield
        if key not in self.pages:  # not finished meanwhile by page() (a click)
            self.pages[key] = page
            self.stack.addWidget(page)

    def _build_board(self, key: str) -> Iterator[QWidget]:
        from desktop.ui.boards.missions import MissionBoardPage
        from desktop.ui.boards.pipeline import PipelineBoardPage

        kind = PipelineBoardPage if key == "pipeline" else MissionBoardPage
        page = kind(self.state, staged=True)
        page.open_record.connect(self.open_record)
        page.records_changed.connect(self.refresh_lists)
        yield page
        for _ in page.pieces():  # the board, the list mode, their stack, the rest
            yield page

    def _build_followups(self) -> QWidget:
        from desktop.ui.followups.page import FollowUpsPage

        page = FollowUpsPage(self.state, profile=self.profile)  # profile: check-in e-mails
        page.open_record.connect(self.open_record)
        page.records_changed.connect(self.refresh_lists)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        return page

    def open_search(self) -> None:
        """Ctrl+K: one box over talents, companies, contacts, missions and written traces."""
        if self._search is None:
            from desktop.ui.search.dialog import GlobalSearchDialog

            self._search = GlobalSearchDialog(self)
            self._search.open_record.connect(self.open_record)
            self._search.show_all.connect(self.show_filtered)
        self._search.popup()

    def show_filtered(self, key: str, words: str) -> None:
        """A list filtered on the words of a search ("N more… show them all")."""
        page = self.go_to(key)
        page.search.setText(words)
        page.apply_filter()

    def import_file(self, kind: str | None = None) -> None:
        """Import talents, companies or contacts from CSV, Excel or vCard (Ctrl+I)."""
        from desktop.ui.importing import ImportDialog

        current = self.current_key()
        guess = kind or (current if current in ("talents", "companies") else None)
        dialog = ImportDialog(guess, self)
        dialog.imported.connect(self._imported)
        dialog.exec()

    def _imported(self, kind: str, count: int) -> None:
        self.refresh_all()
        self.statusBar().showMessage(
            self.tr("Imported or updated: {count}.").format(count=count), 8000
        )

    def export_records(self, kind: str | None = None) -> None:
        """Export talents, companies or contacts to CSV, Excel or vCard (Ctrl+E)."""
        from PySide6.QtWidgets import QInputDialog

        from desktop.ui.importing import export_list

        shown = {"talents": "talents", "companies": "companies", "pipeline": "companies"}
        kind = kind or shown.get(self.current_key())
        if kind is None:  # a section that is no list of these: ask rather than guess
            labels = {
                self.tr("Talents"): "talents",
                self.tr("Companies"): "companies",
                self.tr("Contacts of the companies"): "contacts",
            }
            label, ok = QInputDialog.getItem(
                self, self.tr("Export"), self.tr("Records to export:"), list(labels), 0, False
            )
            if not ok:
                return
            kind = labels[label]
        export_list(
            self,
            kind,
            on_done=lambda path, rows: self.statusBar().showMessage(
                self.tr("Exported: {count}, to {path}.").format(count=rows, path=str(path)), 8000
            ),
        )

    def _build_analytics(self) -> QWidget:
        from desktop.ui.analytics.page import AnalyticsPage

        page = AnalyticsPage(self.state)
        page.link_activated.connect(self.follow_link)
        return page

    def open_record(self, section: str, record_id: int) -> None:
        """Show a record in its section (from a board, a search, a follow-up)."""
        self.go_to(section, record_id)

    def _build_matching(self) -> QWidget:
        from desktop.ui.matching.page import MatchingPage

        page = MatchingPage(self.state)
        page.open_record.connect(self.open_record)
        page.propose_requested.connect(self.propose)
        return page

    def find_talents(self, mission_id: int) -> None:
        """The Matching page, ranking the talents for this mission (one click from it)."""
        self.go_to("matching").show_mission(mission_id)

    def propose(self, mission_id: int, talent_ids: list[int]) -> bool:
        """Propose a mission to talents (from the ranking, a talent, a hint); says what
        was sent, and to whom nothing was (an earlier offer), and refreshes what shows it."""
        from desktop.ui.missions.offers import ProposeDialog, proposal_text

        dialog = ProposeDialog(mission_id, talent_ids, parent=self)
        if not dialog.exec():
            return False
        self.statusBar().showMessage(proposal_text(dialog.proposal), 10000)
        self.refresh_lists()
        matching = self.pages.get("matching")
        if matching is not None and matching.isVisible():
            matching.refresh()
        return True

    def _build_settings(self) -> QWidget:
        from desktop.ui.settings.page import SettingsPage

        return SettingsPage(self.profile)

    def _build_home(self) -> Iterator[HomePage]:
        from desktop.ui.home_page import HomePage

        home = HomePage(staged=True)
        home.open_link.connect(self.open_dashboard_link)
        home.load_demo.connect(self.load_demo)
        home.new_talent.connect(lambda: self.new_record("talents"))
        home.new_company.connect(lambda: self.new_record("companies"))
        home.import_file.connect(lambda: self.import_file())
        yield home
        for _ in home.pieces():  # the dashboard's tiles, then the welcome
            yield home

    def open_dashboard_link(self, link: str) -> None:
        """A figure of Home clicked: the list of what it counts (desktop/ui/dashboard/links.py)."""
        from desktop.ui.dashboard.links import follow

        follow(self, link, self.page("home").today)

    def _section_builder(self, key: str) -> Callable[[], Iterator[QWidget]]:
        def build() -> Iterator[QWidget]:
            from desktop.ui import section_pages

            return getattr(section_pages, f"build_{key}")(self)

        return build

    def build_list(
        self,
        spec,
        key: str,
        noun: str,
        renderer: str,
        editable: bool = False,
        new_label: str = "",
    ) -> ListPage:
        """A list page of section ``key``; ``editable`` adds New, Edit and Delete."""
        title = section_title(next(s for s in SECTIONS if s.key == key))
        actions = {}
        if editable:
            actions = {
                "on_new": lambda: self.new_record(key),
                "on_edit": lambda i: self.edit_record(key, i),
                "on_delete": lambda i: self.delete_record(key, i),
                "new_label": new_label,
            }
        if key in ("talents", "companies"):
            actions["on_import"] = lambda: self.import_file(key)
            actions["on_export"] = lambda: self.export_records(key)
        from desktop.ui.list_page import ListPage

        page = ListPage(
            spec,
            title,
            self.state,
            render(renderer),
            noun_plural=noun,
            read_now=not self.prebuilding,
            **actions,
        )
        page.link_activated.connect(self.follow_link)
        return page

    def contract_created(self, contract_id: int) -> None:
        """An accepted offer made a contract draft: say so, and refresh what shows it."""
        self.statusBar().showMessage(self.tr("Contract draft created."), 6000)
        for key in ("contracts", "talents"):
            page = self.pages.get(key)
            if is_list(page):
                page.reload_when_shown()
        self._refresh_home()

    def database_opened(self) -> None:
        """Start-up opened the database: a page that reads it as it is built may be built."""
        self.database_open = True
        if self.filled and self.current_key() in BUILT_ONCE_OPEN:
            self._section_changed(self.sidebar.currentRow())

    def visit(self, key: str) -> None:
        """Go to section ``key`` as a click in the sidebar or its shortcut does: a page not
        built yet is built a few pieces per event-loop turn, the current page shown meanwhile
        (:meth:`showing` says when it is there)."""
        keys = [s.key for s in SECTIONS]
        self.sidebar.setCurrentRow(keys.index(key))

    def showing(self, key: str) -> bool:
        """Whether section ``key``'s page is the one on screen."""
        page = self.pages.get(key)
        return page is not None and self.stack.currentWidget() is page

    def _build_visited(self, key: str) -> None:
        """A click on a page not built yet (or that the warm-up is building): its missing
        modules and its pieces, as many as fit in about 20 ms a turn, then the page shown if
        its section is still the current one. Built in the click's turn, a page stalled
        the window 60-130 ms at 300k records (its modules imported, a board's columns)."""
        from desktop.ui import warmup

        stages = self.staging.get(key)
        if stages is None:
            stages = self.staging[key] = chain(warmup.missing_modules(key), self.stages(key))
        self._build_more(key, stages)

    def _build_more(self, key: str, stages: Iterator[None], turn_s: float | None = None) -> None:
        """The next pieces of ``stages``, a new one started only in the first ``turn_s`` of
        this turn (default PIECE_START_S), the rest in the next turns; the page shown once
        built, if its section is still the current one."""
        if self.staging.get(key) is stages:
            deadline = time.perf_counter() + (PIECE_START_S if turn_s is None else turn_s)
            try:
                while True:
                    next(stages)
                    if time.perf_counter() >= deadline:
                        QTimer.singleShot(0, self, lambda: self._build_more(key, stages, turn_s))
                        return
            except StopIteration:
                self.staging.pop(key, None)
        if key in self.pages and self.current_key() == key:  # built (here or elsewhere)
            self._section_changed(self.sidebar.currentRow())

    def _section_changed(self, row: int) -> None:
        if row < 0:
            return
        key = SECTIONS[row].key
        if key in BUILT_ONCE_OPEN and not self.database_open:
            return  # database_opened() shows it
        if key not in self.pages and self.filled and self.database_open:
            self._build_visited(key)  # shows it once built
            return
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if key == "analytics":  # counted off the UI thread, again only after a write
            self._refresh_if_written(page)
        if key == "matching" and page.mission_id is None:
            missions = self.pages.get("missions")
            selected = missions.selected_id() if is_list(missions) else None
            if selected is not None:  # the mission the user was looking at
                page.show_mission(selected)
        self.new_action.setEnabled(key in ("talents", "companies", "missions", "invoices"))

    def _refresh_if_written(self, page: QWidget) -> None:
        """Count the page again only if something was written since it last counted: a
        revisit shows its figures at once (300,000 records: seconds of counting)."""
        from desktop.store.lists import data_version
        from desktop.store.models import database
        from desktop.ui.tasks import run_read

        def counted(version: object) -> None:
            if version != getattr(page, "_counted_version", None):
                page._counted_version = version
                page.refresh()

        run_read(lambda: data_version(database), counted, owner=page)

    def current_key(self) -> str:
        return SECTIONS[self.sidebar.currentRow()].key

    def go_to(self, key: str, record_id: int | None = None) -> QWidget:
        """Show section ``key``'s page, built now if it was not (the caller works on it at
        once: a record to show, a filter to set); a click goes through :meth:`visit`."""
        row = [s.key for s in SECTIONS].index(key)
        page = self.page(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # shows it
        else:
            self._section_changed(row)
        if record_id is not None and is_list(page):
            page.show_record(record_id)  # clears the filter if it hides the record
        return page

    def follow_link(self, url: QUrl) -> None:
        if url.scheme() == "fd":
            self.go_to(url.host(), int(url.path().strip("/")))

    def refresh_all(self) -> None:
        for page in self.pages.values():
            if is_list(page):
                page.reload_when_shown()
            elif is_home(page) or (hasattr(page, "refresh") and page.isVisible()):
                page.refresh()

    def refresh_lists(self) -> None:
        """Records changed elsewhere (a board, a follow-up): reload the lists and Home."""
        for page in self.pages.values():
            if is_list(page):
                page.reload_when_shown()
        self._refresh_home()

    # -- records ----------------------------------------------------------------
    def new_record(self, key: str | None = None) -> None:
        key = key or self.current_key()
        dialog_class = dialog_for(key)
        if dialog_class is None:
            page = self.pages.get(key)
            if is_list(page) and page.on_new:  # invoices: their own editor
                page.new_record()
            return
        dialog = dialog_class(None, parent=self)
        if dialog.exec():
            page = self.go_to(key)
            page.reload(select=dialog.saved_id)
            self.statusBar().showMessage(self.tr("Saved."), 4000)
            self._refresh_home()

    def edit_record(self, key: str, record_id: int) -> None:
        dialog_class = dialog_for(key)
        dialog = dialog_class(record_id, parent=self)
        if dialog.exec():
            page = self.page(key)
            page.reload(select=record_id)  # re-renders the detail too
            self.statusBar().showMessage(self.tr("Saved."), 4000)

    def delete_record(self, key: str, record_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.confirm import confirm_delete

        name, question, delete = deletion_for(key, record_id)
        if not confirm_delete(
            self,
            self.tr("Delete"),
            question.format(name=name) + "\n" + self.tr("You can undo it with Ctrl+Z."),
        ):
            return
        try:
            snapshot = delete(record_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), i18n.tr_error(exc))
            return
        self.page(key).reload()
        self.push_undo(snapshot)

    def push_undo(self, snapshot: Snapshot) -> None:
        """Offer to undo a deletion (from a list, or from a tab such as contacts)."""
        self.undo_stack.append(snapshot)
        self._refresh_home()
        self.statusBar().showMessage(i18n.tr_message(snapshot.description), 15000)
        self.undo_button.show()
        QTimer.singleShot(15000, self._hide_undo_if_idle)

    def undo_delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not self.undo_stack:
            return
        from desktop.services import deletion

        snapshot = self.undo_stack.pop()
        try:
            deletion.restore(snapshot)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot undo"), i18n.tr_error(exc))
            return
        key, record_id = undo_target(snapshot)
        page = self.go_to(key)
        page.reload(select=record_id)
        self._refresh_home()
        self.statusBar().showMessage(self.tr("Restored."), 4000)
        self.undo_button.setVisible(bool(self.undo_stack))

    def _hide_undo_if_idle(self) -> None:
        if not self.statusBar().currentMessage():
            self.undo_button.setVisible(False)

    def _refresh_home(self) -> None:
        home = self.pages.get("home")
        if is_home(home):
            home.refresh()

    def load_demo(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.services.demo import DemoSize, generate_demo, records_in_profile
        from desktop.ui.confirm import plain_error
        from desktop.ui.tasks import run_with_progress

        existing = records_in_profile()
        if existing:
            # Refused rather than mixed in: invented invoices would take numbers in the
            # real, gapless invoice series, and could not be told apart afterwards.
            QMessageBox.information(
                self,
                self.tr("Load demo data"),
                self.tr(
                    "This profile already holds {count} records of yours, so demo data is not "
                    "added to it: its invented invoices would take numbers in your own "
                    "invoice series, and could not be told apart afterwards.\n\nTo try the "
                    "app, start it with an empty profile: freelance-desk --data-dir FOLDER."
                ).format(count=formatting.format_number(existing, i18n.language())),
            )
            return

        def done(completed: bool) -> None:
            self.refresh_all()
            if completed:
                self.statusBar().showMessage(self.tr("Demo data loaded."), 5000)

        def failed(exc: Exception) -> None:
            QMessageBox.critical(
                self,
                self.tr("Demo data"),
                self.tr("The demo data could not be loaded; nothing was written.")
                + "\n\n"
                + plain_error(exc),
            )

        self._demo_dialog = run_with_progress(
            self, self.tr("Loading demo data"), lambda: generate_demo(DemoSize()), done, failed
        )

    # -- menus ------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        file_menu = self.menus["file"]
        self.new_action = self._action(
            file_menu,
            self.tr("&New record"),
            lambda: self.new_record(),
            QKeySequence.StandardKey.New,
            "newAction",
        )
        self._action(
            file_menu,
            self.tr("New &talent…"),
            lambda: self.new_record("talents"),
            QKeySequence("Ctrl+Shift+T"),
        )
        self._action(
            file_menu,
            self.tr("New &company…"),
            lambda: self.new_record("companies"),
            QKeySequence("Ctrl+Shift+C"),
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Import…"),
            lambda: self.import_file(),
            QKeySequence("Ctrl+I"),
            "importAction",
        )
        self._action(
            file_menu,
            self.tr("&Export…"),
            lambda: self.export_records(),
            QKeySequence("Ctrl+E"),
            "exportAction",
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Load &demo data"), self.load_demo)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menus["edit"]
        self.undo_action = self._action(
            edit_menu,
            self.tr("&Undo delete"),
            self.undo_delete,
            QKeySequence.StandardKey.Undo,
            "undoAction",
        )
        go_menu = self.menus["go"]
        self._action(
            go_menu,
            self.tr("Search everything…"),
            self.open_search,
            QKeySequence("Ctrl+K"),
            "searchAction",
        )
        go_menu.addSeparator()
        for i, section in enumerate(SECTIONS):
            self._action(
                go_menu,
                section_title(section),
                lambda _=False, k=section.key: self.visit(k),
                section_shortcut(i, section),
            )
        self._action(
            go_menu, self.tr("Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh
        )
        help_menu = self.menus["help"]
        self._action(help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts)
        self._action(help_menu, self.tr("About"), self.show_about)

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "Ctrl+K: search everything (talents, companies, contacts, missions, notes)\n"
                "Ctrl+1 … Ctrl+9: go to a section, Ctrl+M: matching, Ctrl+,: settings\n"
                "Ctrl+N: new record in the current list\n"
                "Ctrl+Shift+T / Ctrl+Shift+C: new talent / new company\n"
                "Ctrl+F: filter the list, Esc: clear the filter\n"
                "Enter: edit the selected record, Delete: delete it\n"
                "Ctrl+Z: undo the last deletion\n"
                "Ctrl+I: import a file, Ctrl+E: export the list\n"
                "Boards: Ctrl+→ / Ctrl+← move the card, Ctrl+B / Ctrl+L board or list\n"
                "Written traces: Ctrl+Shift+N note, Ctrl+Shift+E exchange, "
                "Ctrl+Shift+M minutes, Ctrl+Shift+L dispute, Ctrl+Shift+A attach\n"
                "F5: refresh"
            ),
        )

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "{app} {version}\nTalents, prospects, missions, contracts and invoices for French "
                "IT freelancers, offline.\nData folder: {folder}"
            ).format(app=APP_NAME, version=__version__, folder=str(self.profile.root)),
        )

    # -- closing ----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def save_state(self) -> None:
        self.state.save_window(self)
        self.state.set_value("window/section", self.current_key())
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        self.state.sync()
