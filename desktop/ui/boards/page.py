"""What both board pages share: the filter bar, Board/List modes, moves, remembered choices.

A subclass (:class:`~desktop.ui.boards.pipeline.PipelineBoardPage`,
:class:`~desktop.ui.boards.missions.MissionBoardPage`) says which records, which
columns, how a card and a column total read, and how a move is saved. The page
reloads the board from the database after every move attempt, so the board
always shows what is stored: a cancelled or refused move needs no undoing.

Every read runs on the reader thread (:func:`~desktop.ui.tasks.run_read`): the
board and its filter choices (a ``SELECT DISTINCT`` over every company for the
tags) cost 100-300 ms at 300,000 companies. The board on screen stays until the
new one is ready. A revisit reads nothing unless something was written since
(``PRAGMA data_version``), and the choices are read again only then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.boards import (
    CARDS_PER_COLUMN,
    Board,
    BoardColumn,
    BoardFilters,
    FilterChoices,
)
from desktop.store.lists import ListSpec, data_version
from desktop.store.models import database
from desktop.ui.assets import icon
from desktop.ui.boards.cards import CardView
from desktop.ui.boards.kanban import ColumnView, KanbanBoard
from desktop.ui.boards.texts import number_text
from desktop.ui.failures import show_failure
from desktop.ui.list_page import FILTER_DELAY_MS, SearchBox
from desktop.ui.state import UiState
from desktop.ui.table_model import ID_ROLE, LazyTableModel
from desktop.ui.tasks import run_read

BOARD, LIST = "board", "list"
# A board with more cards than this is shown a column per event-loop turn (the demo's
# boards at 10,000 records have fewer: shown at once, as small boards always were).
STAGED_FILL_CARDS = 300


def _combo(name: str, tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tip)
    # fit: a long owner or tag name must not widen the page past a laptop screen
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


class BoardPage(QWidget):
    """A board of records by column, its filters, and the same records as a list."""

    open_record = Signal(str, int)  # section ("companies", "missions"), record id
    records_changed = Signal()  # a card was moved: other pages may show stale data

    section = ""  # the section of open_record
    state_key = ""  # where UiState keeps this page's filters and mode
    list_spec: ListSpec
    cards_per_column = CARDS_PER_COLUMN  # the rest of a column is in the list mode

    def __init__(
        self, state: UiState, parent: QWidget | None = None, *, staged: bool = False
    ) -> None:
        """``staged``: the board, the list and their place are built by :meth:`pieces`, a
        piece per ``next()`` (the window builds pages ahead that way, ``ui/warmup.py``)."""
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"page-{self.state_key}")
        columns = self.column_labels()

        self.title_label = QLabel(self.title())
        self.title_label.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.owner = _combo("ownerFilter", self.owner_tip())
        self.sector = _combo("sectorFilter", self.sector_tip())
        self.tag = _combo("tagFilter", self.tag_tip())
        self.column = _combo("columnFilter", self.column_tip())
        self.column.addItem(self.all_columns_text(), "")
        for key, label in columns:
            self.column.addItem(label, key)
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(
            QCoreApplication.translate("Lists", self.list_spec.search_hint)
        )
        self.search.setMinimumWidth(160)
        self.search.setMaximumWidth(320)
        self.search.setToolTip(
            QCoreApplication.translate(
                "BoardPage", "Type any words: only the cards containing all of them stay (Ctrl+F)"
            )
        )
        self.board_button = self._mode_button(
            BOARD, "board", QCoreApplication.translate("BoardPage", "Board"), "Ctrl+B"
        )
        self.list_button = self._mode_button(
            LIST, "list", QCoreApplication.translate("BoardPage", "List"), "Ctrl+L"
        )
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.board_button)
        modes.addButton(self.list_button)

        # fit: title and mode on one row, the filters on the next (one row needed 1,030 px)
        bar = QVBoxLayout()
        top, filters = QHBoxLayout(), QHBoxLayout()
        bar.addLayout(top)
        bar.addLayout(filters)
        top.addWidget(self.title_label)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.board_button)
        top.addWidget(self.list_button)
        for widget in (self.owner, self.sector, self.tag, self.column, self.search):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.today = dt.date.today()
        self.shown: dict[int, tuple[object, str]] = {}  # record id -> (card, column)
        self._bar = bar
        self._pieces = self._build_pieces(columns)
        if not staged:
            for _ in self._pieces:
                pass

    def pieces(self) -> Iterator[None]:
        """What a ``staged`` page has left to build, a piece per ``next()``."""
        return self._pieces

    def _build_pieces(self, columns: list[tuple[str, str]]) -> Iterator[None]:
        self.board = KanbanBoard(
            columns,
            QCoreApplication.translate("BoardPage", "Nothing here.\nDrag a card here to move it."),
            self._tooltip,
        )
        self.board.move_requested.connect(self.move)
        self.board.open_requested.connect(
            lambda record_id: self.open_record.emit(self.section, record_id)
        )
        self.board.show_all_requested.connect(self.show_column_as_list)
        yield
        self.model = LazyTableModel(self.list_spec, self, load=False)
        self._version: object = None  # data_version of the board and choices shown
        self._choices_version: object = None
        self._loads = 0  # reads asked and not answered yet
        self._token = 0
        self._filling: Iterator[None] | None = None  # a big board shown a column per turn
        self._list_filtered = False
        self.table = self._build_table()
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        yield
        self.stack = QStackedWidget()  # the board's columns reparented: 10-20 ms
        for widget in (self.board, self.table, self.empty):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self._bar)
        layout.addWidget(self.stack, 1)
        yield

        self.text_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self.text_timer.timeout.connect(self._filters_changed)
        self._restore()
        self.search.textChanged.connect(lambda _text: self.text_timer.start())
        for combo in (self.owner, self.sector, self.tag, self.column):
            combo.currentIndexChanged.connect(lambda _index: self._filters_changed())
        self.board_button.toggled.connect(lambda on: on and self.set_mode(BOARD))
        self.list_button.toggled.connect(lambda on: on and self.set_mode(LIST))
        self._shortcut(QKeySequence.StandardKey.Find, self.focus_search)
        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self.clear_filters)
        self._shortcut(QKeySequence("Ctrl+B"), lambda: self.set_mode(BOARD))
        self._shortcut(QKeySequence("Ctrl+L"), lambda: self.set_mode(LIST))

    # -- what a subclass says ------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def column_labels(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    # Plain functions (staticmethod), called on the reader thread: nothing of the page.
    @staticmethod
    def load_board(filters: BoardFilters, limit: int) -> Board:
        raise NotImplementedError

    @staticmethod
    def load_choices() -> FilterChoices:
        raise NotImplementedError

    def list_filter(self, filters: BoardFilters, column: str) -> tuple[str, list] | None:
        raise NotImplementedError

    def card_view(self, card, column: str) -> CardView:
        raise NotImplementedError

    def card_tooltip(self, card, column: str) -> str:
        """The card's details, built when the mouse rests on it (not for 1,400 cards)."""
        raise NotImplementedError

    def column_total(self, column: BoardColumn) -> tuple[str, str]:
        """(text, tooltip) of a column's total; text "" when there is none."""
        raise NotImplementedError

    def move_record(self, record_id: int, target: str) -> bool:
        """Save the move; False when the user cancelled it. May raise DomainError."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def no_records_text(self) -> str:
        raise NotImplementedError

    def owner_tip(self) -> str:
        return ""

    def sector_tip(self) -> str:
        return ""

    def tag_tip(self) -> str:
        return ""

    def column_tip(self) -> str:
        return ""

    def all_columns_text(self) -> str:
        raise NotImplementedError

    # -- construction -------------------------------------------------------------------
    def _mode_button(self, mode: str, icon_name: str, text: str, keys: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"{mode}Mode")
        button.setIcon(icon(icon_name))
        button.setText(text)
        button.setToolTip(
            f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCheckable(True)
        return button

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"table-{self.list_spec.name}")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for i, column in enumerate(self.list_spec.columns):
            table.setColumnWidth(i, column.width)
            table.setColumnHidden(i, column.hidden)
        self._columns_fitted = self.state.restore_header(
            f"board-list-{self.list_spec.name}", header
        )
        column, order = self.model.sort_state()
        header.setSortIndicator(column, order)
        table.setSortingEnabled(True)
        table.doubleClicked.connect(lambda _index: self.open_selected_row())
        action = QAction(table)
        action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.open_selected_row)
        table.addAction(action)
        return table

    def _fit_columns(self) -> None:
        """Default widths, never narrower than a header's text (French headers are longer)."""
        self._columns_fitted = True
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.list_spec.columns):
            if not header.isSectionHidden(i):
                text = header.sectionSizeFromContents(i).width() + 8
                header.resizeSection(i, max(column.width, text))

    def _shortcut(self, keys, slot) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # -- remembered choices -------------------------------------------------------------
    def _key(self, name: str) -> str:
        return f"boards/{self.state_key}/{name}"

    def _restore(self) -> None:
        # The owner, sector and tag choices are read when the page is first shown
        # (showEvent -> refresh): 75 ms at 100,000 companies, once rather than twice.
        self._restored = {
            name: self.state.value(self._key(name)) for name in ("owner", "sector", "tag")
        }
        self.search.setText(self.state.value(self._key("text")))
        index = self.column.findData(self.state.value(self._key("column")))
        self.column.setCurrentIndex(max(index, 0))
        self.mode = LIST if self.state.value(self._key("mode")) == LIST else BOARD
        (self.list_button if self.mode == LIST else self.board_button).setChecked(True)
        self.column.setVisible(self.mode == LIST)

    def _fill_choices(self, choices: FilterChoices, wanted: dict[str, str]) -> None:
        alls = {
            "owner": QCoreApplication.translate("BoardPage", "All owners"),
            "sector": QCoreApplication.translate("BoardPage", "All sectors"),
            "tag": QCoreApplication.translate("BoardPage", "All tags"),
        }
        values = {"owner": choices.owners, "sector": choices.sectors, "tag": choices.tags}
        for name, combo in (("owner", self.owner), ("sector", self.sector), ("tag", self.tag)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(alls[name], "")
            for value in values[name]:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(wanted[name]), 0))
            combo.blockSignals(False)

    def _save(self) -> None:
        filters = self.filters()
        for name in ("owner", "sector", "tag", "text"):
            self.state.set_value(self._key(name), getattr(filters, name))
        self.state.set_value(self._key("column"), self.column.currentData() or "")
        self.state.set_value(self._key("mode"), self.mode)

    def save_state(self) -> None:
        """Keep the list mode's column widths and sort (filters are saved as they change)."""
        self.state.save_header(f"board-list-{self.list_spec.name}", self.table.horizontalHeader())

    # -- filters and modes ---------------------------------------------------------------
    def filters(self) -> BoardFilters:
        return BoardFilters(
            owner=self.owner.currentData() or "",
            sector=self.sector.currentData() or "",
            tag=self.tag.currentData() or "",
            text=self.search.text(),
        )

    def _filters_changed(self) -> None:
        self.text_timer.stop()
        self._save()
        self.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_filters(self) -> None:
        """Esc: every filter back to "all" (the column filter of the list mode too)."""
        for combo in (self.owner, self.sector, self.tag, self.column):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._filters_changed()

    def set_mode(self, mode: str) -> None:
        """Show the board or the list of the same filtered records."""
        if mode == self.mode:
            return
        self.mode = mode
        button = self.list_button if mode == LIST else self.board_button
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)
        self.column.setVisible(mode == LIST)
        self._save()
        self.reload()

    def show_column_as_list(self, key: str) -> None:
        """The "show all" link of a column: the list mode, filtered on that column."""
        self.column.blockSignals(True)
        self.column.setCurrentIndex(max(self.column.findData(key), 0))
        self.column.blockSignals(False)
        if self.mode == LIST:
            self._save()
            self.reload()
        else:
            self.set_mode(LIST)  # saves and reloads

    # -- loading -------------------------------------------------------------------------
    @property
    def settled(self) -> bool:
        """Nothing asked is still being read (tests and the benchmark wait for it)."""
        return (
            not self._loads
            and self._filling is None
            and not self.model.busy
            and not self.text_timer.isActive()
        )

    def refresh(self, only_if_changed: bool = False) -> None:
        """Read the filter choices and the records again (F5, or after changes elsewhere).

        ``only_if_changed``: when nothing was written since the board shown was read, read
        nothing (a revisit).
        """
        self._read(choices=True, only_if_changed=only_if_changed)

    def reload(self, select: int | None = None) -> None:
        """Re-query the records under the current filters; keep (or move) the selection."""
        self._read(choices=False, select=select)

    def _read(self, choices: bool, select: int | None = None, only_if_changed: bool = False):
        self.today = dt.date.today()  # overdue follow-ups and late starts, as of now
        filters, mode = self.filters(), self.mode
        seen, seen_choices = self._version, self._choices_version
        load_board, load_choices = type(self).load_board, type(self).load_choices
        limit = self.cards_per_column
        self._token += 1
        token = self._token
        self._loads += 1

        def work() -> tuple | None:  # on the reader thread: plain data in, plain data out
            version = data_version(database)
            if only_if_changed and version == seen:
                return None
            new_choices = load_choices() if choices and version != seen_choices else None
            board = load_board(filters, limit) if mode == BOARD else None
            return version, new_choices, board

        def done(result: tuple | None) -> None:
            self._loads -= 1
            if result is None or token != self._token:
                return
            version, new_choices, board = result
            if new_choices is not None:
                self._choices_version = version
                self._show_choices(new_choices)
            if mode != self.mode:
                return
            self._version = version
            if board is not None:
                self._show_board(board, filters, select)
            else:
                self._show_list(filters, select)

        def failed(_exc: Exception) -> None:
            self._loads -= 1

        run_read(
            work,
            done,
            failed,
            channel=(id(self), "board"),
            owner=self,
            on_skip=lambda: failed(None),
        )

    def _show_choices(self, choices: FilterChoices) -> None:
        shown = {"owner": self.owner, "sector": self.sector, "tag": self.tag}
        wanted = self._restored or {k: c.currentData() or "" for k, c in shown.items()}
        self._restored = None
        before = self.filters()
        self._fill_choices(choices, wanted)
        if self.filters() != before:  # a chosen owner or tag is gone: show the others
            self._save()
            self.reload()

    def _show_board(self, board: Board, filters: BoardFilters, select: int | None) -> None:
        """Show the board read; a big one a column per event-loop turn (1,200 cards at
        once: their texts, then their heights measured, 60-80 ms of the UI thread)."""
        current = self.board.current_card()
        self.shown = {card.id: (card, c.key) for c in board.columns for card in c.cards}
        target = select if select is not None else (current[1] if current else None)
        self._filling = fill = self._fill_board(board, filters, target)
        if sum(len(c.cards) for c in board.columns) <= STAGED_FILL_CARDS:
            for _ in fill:
                pass
        else:
            self._fill_next(fill)

    def _fill_next(self, fill: Iterator[None]) -> None:
        if fill is not self._filling:  # a newer board is being shown
            return
        try:
            next(fill)
        except StopIteration:
            return
        QTimer.singleShot(0, self, lambda: self._fill_next(fill))

    def _fill_board(
        self, board: Board, filters: BoardFilters, target: int | None
    ) -> Iterator[None]:
        for column in board.columns:
            self.board.set_columns([self._column_view(column)])
            yield  # Qt lays the column's cards out before the next one
        if target is not None:
            self.board.select_card(target)
        self._show_count(board.count, board.waiting_for_more_letters, filters.active)
        self._filling = None

    def _show_list(self, filters: BoardFilters, select: int | None) -> None:
        column = self.column.currentData() or ""
        self._list_filtered = filters.active or bool(column)
        self.model.set_filter(
            filters.text,
            self.list_filter(filters, column),
            select=select,
            on_done=self._list_loaded,
        )

    def _list_loaded(self, row: int | None) -> None:
        if row is not None:
            self.table.selectRow(row)
        self._show_count(
            self.model.rowCount(),
            self.model.waiting_for_more_letters,
            self._list_filtered,
        )

    def _column_view(self, column: BoardColumn) -> ColumnView:
        total, tip = self.column_total(column)
        show_all = ""
        if column.hidden:
            show_all = QCoreApplication.translate(
                "BoardPage", "Show all {count} in the list"
            ).format(count=number_text(column.count))
        return ColumnView(
            column.key,
            self.column.itemText(self.column.findData(column.key)),
            number_text(column.count),
            total,
            tip,
            tuple(self.card_view(card, column.key) for card in column.cards),
            show_all,
        )

    def _tooltip(self, record_id: int) -> str:
        shown = self.shown.get(record_id)
        return self.card_tooltip(*shown) if shown else ""

    def _show_count(self, count: int, waiting: bool, filtered: bool) -> None:
        text = self.count_text(count)
        if waiting:
            text += " · " + QCoreApplication.translate(
                "BoardPage", "type one more letter to filter"
            )
        self.count_label.setText(text)
        if count:
            self.stack.setCurrentWidget(self.board if self.mode == BOARD else self.table)
            if self.mode == LIST and not self._columns_fitted:
                self._fit_columns()
            return
        if filtered:
            self.empty.setText(
                QCoreApplication.translate(
                    "BoardPage", "Nothing matches these filters.\nPress Esc to clear them."
                )
            )
        else:
            self.empty.setText(self.no_records_text())
        self.stack.setCurrentWidget(self.empty)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Records may have changed on other pages since last shown: read again if so.
        self.refresh(only_if_changed=True)

    # -- actions ----------------------------------------------------------------------
    def move(self, record_id: int, source: str, target: str) -> None:
        """Save a card's move (drop, keyboard or menu), then show what is stored."""
        if source == target:
            return
        had_focus = self.board.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        try:
            moved = self.move_record(record_id, target)
        except Exception as exc:  # a rule, a lock, a full disk: said, Retry where it helps
            title = QCoreApplication.translate("BoardPage", "Cannot move")
            if not show_failure(self, title, exc, lambda: self.move(record_id, source, target)):
                raise
            moved = False
        self.reload(select=record_id)
        if had_focus:
            self.board.focus_card()
        if moved:
            self.records_changed.emit()

    def open_selected_row(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            record_id = self.model.data(index, ID_ROLE)
            if record_id is not None:
                self.open_record.emit(self.section, record_id)
