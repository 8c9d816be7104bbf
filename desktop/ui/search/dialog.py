"""Global search (Ctrl+K): a command-palette popup over the whole profile.

Type any words: talents, companies, contacts, missions and written traces
that hold all of them show up as you type, grouped, the matched words in
bold. Up/Down move, Enter opens (``open_record``), Esc closes; a click
outside closes it too. A query runs on the reader thread (at 300,000 records
10-30 ms, with the results' list filled after it: 20-60 ms of the UI thread when
it ran there); the results shown stay until the new ones arrive, and Enter
pressed meanwhile opens the first of the new ones.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.vocabulary import ActivityKind, MissionStatus, PipelineStage, TalentStatus
from desktop.services.search import SearchGroup, SearchHit, SearchResults, global_search
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.search.rows import (
    HIT_ROLE,
    RIGHT_ROLE,
    ROW_ROLE,
    SECTION_ROLE,
    SUBTITLE_ROLE,
    TITLE_ROLE,
    ResultDelegate,
)
from desktop.ui.tasks import run_read

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 80  # typing "dupont" fast runs one search, not six
ICONS = {
    "talent": "talents",
    "company": "companies",
    "contact": "talents",
    "mission": "missions",
    "trace": "note",
}
LIST_SECTIONS = {"talent": "talents", "company": "companies", "mission": "missions"}
STATUS_KINDS = {
    "talent": TalentStatus,
    "company": PipelineStage,
    "mission": MissionStatus,
    "trace": ActivityKind,
}

STYLE = """
QFrame#searchPalette { background: white; border: 1px solid #cbd5e1; border-radius: 10px; }
QLineEdit#globalSearchBox { border: none; border-bottom: 1px solid #e5e7eb; padding: 10px 8px;
                            font-size: 16px; background: transparent; }
QListWidget#searchResults { border: none; background: white; outline: 0; }
QLabel#searchHint { color: #4b5563; font-size: 14px; padding: 28px; }
QLabel#searchFooter { color: #6b7280; padding: 6px 12px; border-top: 1px solid #e5e7eb; }
"""


class GlobalSearchDialog(QDialog):
    """The Ctrl+K popup. Create it once and call :meth:`popup` each time: it keeps the last
    search, selected, so that Ctrl+K, Enter reopens the last record found."""

    open_record = Signal(str, int)  # main window section ("talents", ...), record id
    show_all = Signal(str, str)  # section, words: open that list filtered by the same words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("globalSearch")
        self.setStyleSheet(STYLE)
        self.results = SearchResults("")
        self._searching = 0  # searches asked and not answered yet
        self._open_when_found = False  # Enter pressed while searching: open what comes
        self.group_titles = {
            "talent": self.tr("Talents"),
            "company": self.tr("Companies"),
            "contact": self.tr("Contacts"),
            "mission": self.tr("Missions"),
            "trace": self.tr("Notes and exchanges"),
        }

        self.search = QLineEdit()
        self.search.setObjectName("globalSearchBox")
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search everything…"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self.timer.start())

        self.list = QListWidget()
        self.list.setObjectName("searchResults")
        self.delegate = ResultDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.list.itemClicked.connect(self.open_item)

        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.list)
        footer = QLabel(self.tr("↑ ↓ to move · Enter to open · Esc to close"))
        footer.setObjectName("searchFooter")

        frame = QFrame()
        frame.setObjectName("searchPalette")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(1, 1, 1, 1)
        inner.setSpacing(0)
        inner.addWidget(self.search)
        inner.addWidget(self.stack, 1)
        inner.addWidget(footer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.resize(700, 500)
        self._show_hint(self._empty_hint())

    # -- showing -------------------------------------------------------------------
    def popup(self) -> None:
        """Show over the top of the parent window, the last search selected and run again
        (records may have changed since: a deleted one must not be offered)."""
        parent = self.parentWidget()
        if parent is not None:
            area = parent.window().geometry()
            self.resize(
                min(700, max(420, area.width() - 80)), min(500, max(300, area.height() - 120))
            )
            self.move(area.center().x() - self.width() // 2, area.top() + 60)
        if self.search.text():
            self.run_search()
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus()
        self.search.selectAll()

    def hideEvent(self, event) -> None:
        self._open_when_found = False  # closed (Esc, a click outside) before the results came
        super().hideEvent(event)

    def _empty_hint(self) -> str:
        return self.tr(
            "Search talents, companies, contacts, missions and notes: any word, accents optional."
        )

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.stack.setCurrentWidget(self.hint)

    # -- searching -----------------------------------------------------------------
    @property
    def searching(self) -> bool:
        """A search is waited for (typed, or running on the reader thread)."""
        return bool(self._searching) or self.timer.isActive()

    def run_search(self) -> None:
        """Search for the box's text now (the timer calls it once typing pauses), on the
        reader thread; a newer search supersedes it."""
        self.timer.stop()
        text = self.search.text()
        self._searching += 1

        def done(results: SearchResults) -> None:
            self._searching -= 1
            self._show_results(results)

        def failed(exc: Exception) -> None:  # the index unreadable: say nothing was found
            self._searching -= 1
            log.warning("global search failed: %s", type(exc).__name__)
            self._show_results(SearchResults(text))

        def skipped() -> None:
            self._searching -= 1

        run_read(
            lambda: global_search(text),
            done,
            failed,
            channel=(id(self), "search"),
            owner=self,
            on_skip=skipped,
        )

    def _show_results(self, results: SearchResults) -> None:
        self.results = results
        self._fill()
        if self._open_when_found and not self._searching:
            self._open_when_found = False
            self.open_item()

    def _fill(self) -> None:
        text = self.results.text
        self.delegate.terms = self.results.terms
        self.list.clear()
        if not self.results.terms:
            self._show_hint(self._empty_hint())
            return
        if self.results.too_short:
            self._show_hint(self.tr("Type one more letter to search."))
            return
        if self.results.empty:
            self._show_hint(
                self.tr(
                    "Nothing matches “{text}”.\nCheck the spelling, or search with fewer words."
                ).format(text=text.strip())
            )
            return
        for group in self.results.groups:
            self._add_group(group)
        self.stack.setCurrentWidget(self.list)
        self._move(1, from_row=-1)

    def _add_group(self, group: SearchGroup) -> None:
        lang = i18n.language()
        header = QListWidgetItem(icon(ICONS[group.kind]), "")
        header.setData(ROW_ROLE, "header")
        header.setData(TITLE_ROLE, self.group_titles[group.kind])
        total = formatting.format_number(group.total, lang)
        header.setData(RIGHT_ROLE, f"{total}+" if group.capped else total)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(header)
        for hit in group.hits:
            self.list.addItem(self._hit_item(hit))
        if group.more:
            more = QListWidgetItem()
            more.setData(ROW_ROLE, "more")
            count = formatting.format_number(group.more, lang)
            section = LIST_SECTIONS.get(group.kind, "")
            if section:
                more.setData(SECTION_ROLE, section)
                if group.capped:
                    text = self.tr("More than {count} more… show them all in the list")
                else:
                    text = self.tr("{count} more… show them all in the list")
            else:
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                if group.capped:
                    text = self.tr("More than {count} more… add a word to narrow the search")
                else:
                    text = self.tr("{count} more… add a word to narrow the search")
            more.setData(TITLE_ROLE, text.format(count=count))
            self.list.addItem(more)

    def _hit_item(self, hit: SearchHit) -> QListWidgetItem:
        item = QListWidgetItem(icon(ICONS[hit.kind]), "")
        item.setData(ROW_ROLE, "hit")
        item.setData(HIT_ROLE, hit)
        status = i18n.tr_label(hit.status, STATUS_KINDS[hit.kind]) if hit.status else ""
        title, subtitle, right = hit.title, hit.subtitle, status
        if hit.kind == "contact":
            right = self.tr("Contact")
        elif hit.kind == "trace":
            subject = hit.subject.name if hit.subject and hit.subject.name else self.tr("deleted")
            title = f"{subject} — {hit.title or status}"
            right = formatting.format_date(hit.date, i18n.language())
        item.setData(TITLE_ROLE, title)
        item.setData(SUBTITLE_ROLE, subtitle)
        item.setData(RIGHT_ROLE, right)
        item.setToolTip("\n".join(t for t in (title, subtitle) if t))
        if not hit.section:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # its record is gone: nothing to open
        return item

    # -- moving and opening ----------------------------------------------------------
    def _selectable(self, row: int) -> bool:
        item = self.list.item(row)
        return bool(item and item.flags() & Qt.ItemFlag.ItemIsSelectable)

    def _move(self, step: int, from_row: int | None = None) -> None:
        """Select the next selectable row ``step`` rows away (headers are skipped)."""
        row = self.list.currentRow() if from_row is None else from_row
        target = row
        for _ in range(abs(step)):
            candidate = target + (1 if step > 0 else -1)
            while 0 <= candidate < self.list.count() and not self._selectable(candidate):
                candidate += 1 if step > 0 else -1
            if not 0 <= candidate < self.list.count():
                break
            target = candidate
        if target != row and self._selectable(target):
            self.list.setCurrentRow(target)
            self.list.scrollToItem(self.list.item(target))

    def selected_hit(self) -> SearchHit | None:
        item = self.list.currentItem()
        return item.data(HIT_ROLE) if item is not None else None

    def open_item(self, item: QListWidgetItem | None = None) -> None:
        """Open the record of ``item`` (default: the selected row) and close."""
        item = item or self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return
        if item.data(ROW_ROLE) == "more":
            self.accept()
            self.show_all.emit(item.data(SECTION_ROLE), " ".join(self.results.terms))
            return
        hit: SearchHit = item.data(HIT_ROLE)
        self.accept()
        self.open_record.emit(hit.section, hit.open_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            page = max(1, self.list.viewport().height() // 46)
            moves = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: page,
                Qt.Key.Key_PageUp: -page,
            }
            if key in moves:
                self._move(moves[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():  # typed faster than the delay: search first
                    self.run_search()
                if self._searching:  # open the first of the results on their way
                    self._open_when_found = True
                else:
                    self.open_item()
                return True
        return super().eventFilter(watched, event)
