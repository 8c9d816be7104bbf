"""A page holding one big list: search box, sortable lazy table, detail panel, actions.

Everything a list of records needs lives here once; a section supplies its
:class:`~desktop.store.lists.ListSpec`, a function rendering the detail of a
record, and, if its records can be edited from here, ``on_new``/``on_edit``/
``on_delete`` callbacks.

The model reads in the background (:mod:`desktop.ui.table_model`): filtering,
sorting, reloading and selecting a record ("go to") never wait on the UI thread.
The rows shown stay until the new ones arrive; :attr:`ListPage.settled` says when
everything asked has been shown (tests and the benchmark wait for it).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.store.lists import FilterField, ListFilter, ListSpec, data_version, filter_choices
from desktop.store.models import database
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.detail_panel import DetailPanel
from desktop.ui.list_filters import FilterBar, SavedView, ViewStore
from desktop.ui.overflow_bar import OverflowBar
from desktop.ui.state import UiState
from desktop.ui.table_model import ID_ROLE, LOCATING, LazyTableModel
from desktop.ui.tasks import run_read

FILTER_DELAY_MS = 120  # typing "dupont" fast runs one query, not six
HINT_DELAY_MS = 400  # "N more in hidden fields" is counted once the typing rests


class SearchBox(QLineEdit):
    """A filter box; Escape clears it (when it has focus, the page never sees the key)."""

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


def fit_widths(
    wanted: list[int], minimum: list[int], available: int, flexible: list[bool] | None = None
) -> list[int]:
    """Shrink ``wanted`` widths to fit ``available``: only the ``flexible`` (text) columns
    give up room, in proportion, none below its ``minimum``."""
    widths = [max(w, m) for w, m in zip(wanted, minimum, strict=True)]
    can_shrink = flexible or [True] * len(widths)
    for _ in range(len(widths)):
        excess = sum(widths) - available
        flexible = [i for i, w in enumerate(widths) if w > minimum[i] and can_shrink[i]]
        if excess <= 0 or not flexible:
            break
        room = sum(widths[i] - minimum[i] for i in flexible)
        for i in flexible:
            share = excess * (widths[i] - minimum[i]) / room
            widths[i] = max(minimum[i], int(widths[i] - share - 0.5))
    return widths


class ListPage(QWidget):
    """One section's list, its filter and the detail of the selected record."""

    record_selected = Signal(object)  # record id, or None
    link_activated = Signal(QUrl)  # fd://<section>/<id> links of the detail panel
    results_shown = Signal()  # the rows of a new filter, sort or reload are on screen

    def __init__(
        self,
        spec: ListSpec,
        title: str,
        state: UiState,
        render_detail: Callable[[int], str],
        *,
        noun_plural: str,
        on_new: Callable[[], None] | None = None,
        on_edit: Callable[[int], None] | None = None,
        on_delete: Callable[[int], None] | None = None,
        new_label: str = "",
        on_import: Callable[[], None] | None = None,
        on_export: Callable[[], None] | None = None,
        read_now: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``read_now=False`` (a page built ahead, while another shows): its rows are read
        when it is first asked for (:meth:`read_if_unread`) or shown, not at once."""
        super().__init__(parent)
        self.spec = spec
        self.state = state
        self.noun_plural = noun_plural
        self.on_new, self.on_edit, self.on_delete = on_new, on_edit, on_delete
        self.setObjectName(f"page-{spec.name}")

        self.model = LazyTableModel(spec, self, load=False)
        # The record to keep selected through new rows: the table's selection, or while
        # its row is still being looked for (the reset cleared it), the one it was.
        self._kept: int | None = None
        self.model.keep = lambda: self.selected_id() or self._kept
        self._selecting = 0  # selections asked and not answered yet (see settled)
        self._first_rows_shown = False
        self._all_fields = False  # the words looked for in the hidden fields too
        self._choices: dict[str, tuple[object, list[str]]] = {}  # chip values, data_version
        self._hint_asked = 0  # "more match in hidden fields" reads asked (see settled)
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self._ask_hidden_matches)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(QCoreApplication.translate("Lists", spec.search_hint))
        self.search.setToolTip(
            self.tr(
                "Type any words: the list keeps the rows containing all "
                "of them (Ctrl+F, Esc to clear)"
            )
        )
        self.search.setMinimumWidth(160)  # fit: grows to 320 when there is room
        self.search.setMaximumWidth(320)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self.filter_timer.start())

        self.hint_label = QLabel()
        self.hint_label.setObjectName("hiddenMatches")
        self.hint_label.setTextFormat(Qt.TextFormat.RichText)
        self.hint_label.linkActivated.connect(self._hint_link)
        # Never widens the page (a 1280-pixel screen): cut at the right, whole in its tooltip.
        self.hint_label.setMinimumWidth(1)
        self.hint_label.hide()
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.search)
        # fit: buttons that do not fit go into a "More" menu (desktop/ui/overflow_bar.py)
        self.toolbar = OverflowBar()
        header.addWidget(self.toolbar)
        bar = self.toolbar
        self.buttons: dict[str, QPushButton] = {}
        if on_new:
            self._button("new", icon("add"), new_label or self.tr("New"), self.new_record, bar)
        if on_edit:
            self._button("edit", icon("edit"), self.tr("Edit"), self.edit_selected, bar)
        if on_delete:
            self._button("delete", icon("delete"), self.tr("Delete"), self.delete_selected, bar)
        for name, slot, text in (
            ("import", on_import, self.tr("Import…")),
            ("export", on_export, self.tr("Export…")),
        ):
            if slot:
                button = QPushButton(icon(name), text)
                button.setObjectName(f"{spec.name}-{name}")
                button.clicked.connect(slot)
                bar.add_button(button)

        self.table = QTableView()
        self.table.setObjectName(f"table-{spec.name}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        hheader = self.table.horizontalHeader()
        hheader.setHighlightSections(False)
        hheader.setStretchLastSection(True)
        hheader.setSectionsMovable(True)
        for i, column in enumerate(spec.columns):
            self.table.setColumnWidth(i, column.width)
            self.table.setColumnHidden(i, column.hidden)
        hheader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hheader.customContextMenuRequested.connect(self._column_menu)
        self._columns_fitted = restored = state.restore_header(f"list-{spec.name}", hheader)
        if restored:
            column, order = hheader.sortIndicatorSection(), hheader.sortIndicatorOrder()
            if 0 <= column < len(spec.columns) and spec.columns[column].sort_sql:
                self.model.sort_column = column  # read once, below
                self.model.descending = order == Qt.SortOrder.DescendingOrder
        column, order = self.model.sort_state()
        hheader.setSortIndicator(column, order)
        # Only now: enabling sorting sorts at once by the header's indicator, which must
        # already be the model's order (Qt's default indicator is descending).
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.model.modelReset.connect(self._update_count)
        self.model.loaded.connect(self._rows_loaded)
        self.model.located.connect(self._record_located)
        self.model.busy_changed.connect(lambda _busy: self._update_count())

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.list_stack.setMinimumWidth(280)  # a wide detail tab never hides the list

        self.detail = DetailPanel(render_detail)
        self.detail.link_activated.connect(self.link_activated)
        self.detail.width_wanted.connect(self._fit_detail)
        self._narrow_sizes: list[int] | None = None  # the sizes before a wide tab widened
        self._stale = False  # records changed while the page was hidden: reload when shown
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        if not state.restore_splitter(f"list-{spec.name}", self.splitter):
            self.splitter.setSizes([780, 440])

        self.filter_bar: FilterBar | None = None
        if spec.filters or spec.groups:
            self.filter_bar = FilterBar(spec, ViewStore(state, spec.name), self._chip_values)
            self.filter_bar.chips_changed.connect(self._chips_changed)
            self.filter_bar.group_changed.connect(self._group_changed)
            self.filter_bar.view_chosen.connect(self.apply_view)
            self.filter_bar.save_view_requested.connect(self.save_view)
            self._restore_filters()
        self.table.clicked.connect(self._clicked)
        self.model.configure(fields=self._search_fields())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        if self.filter_bar is not None:
            self.filter_bar.add_hint(self.hint_label)
            layout.addWidget(self.filter_bar)
        else:
            header.insertWidget(2, self.hint_label)
        layout.addWidget(self.splitter, 1)

        self._shortcut(QKeySequence.StandardKey.Find, self.focus_search)
        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self.clear_search)
        if on_edit:
            self._shortcut(QKeySequence(Qt.Key.Key_Return), self.edit_selected, self.table)
        if on_delete:
            self._shortcut(QKeySequence.StandardKey.Delete, self.delete_selected, self.table)
        self._update_count()
        self._show_detail(None)
        self._unread = not read_now
        if read_now:
            self.model.refresh()  # the rows arrive from the reader thread

    # -- construction helpers ------------------------------------------------
    def _button(self, name, button_icon, text, slot, layout) -> None:
        button = QPushButton(button_icon, text)
        button.setObjectName(f"{self.spec.name}-{name}")
        button.clicked.connect(slot)
        if name != "new":
            button.setEnabled(False)
        layout.add_button(button)
        self.buttons[name] = button

    def _shortcut(self, keys, slot, widget: QWidget | None = None) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        (widget or self).addAction(action)

    def _column_menu(self, position) -> None:
        """Right-click on the header: show or hide any column (remembered with the layout)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for i, column in enumerate(self.spec.columns):
            action = menu.addAction(i18n.tr_column(column.header))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda shown, i=i: self._show_column(i, shown))
        menu.exec(header.mapToGlobal(position))

    def _show_column(self, index: int, shown: bool) -> None:
        """Show or hide a column; the words are then looked for in the columns shown."""
        self.table.setColumnHidden(index, not shown)
        fields = self._search_fields()
        if fields != self.model.fields:
            self.model.configure(fields=fields)
            if self.search.text().strip():
                self.model.refresh()

    def read_if_unread(self) -> None:
        """Read the rows of a page built ahead (``read_now=False``), once."""
        if self._unread:
            self._unread = self._stale = False
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.read_if_unread()
        if self._stale:
            self._stale = False
            self.reload()
        if not self._columns_fitted:
            self._columns_fitted = True
            QTimer.singleShot(0, self.fit_columns)
        if self.selected_id() is None and self.model.rowCount() and not self.model.loading:
            self.table.selectRow(0)

    def fit_columns(self) -> None:
        """Scale the default column widths to the visible width, never below a header's text."""
        header = self.table.horizontalHeader()
        shown = [i for i in range(len(self.spec.columns)) if not header.isSectionHidden(i)]
        columns = [self.spec.columns[i] for i in shown]
        widths = fit_widths(
            [c.width for c in columns],
            [
                max(
                    header.sectionSizeFromContents(i).width() + 4,
                    # the first text (a name, a title) keeps 200 px, others 120: eliding a
                    # mission title to 15 characters made the list useless; the list
                    # scrolls sideways to the columns that no longer fit
                    min(c.width, 200 if n == 0 else 120) if c.kind == "text" else 0,
                )
                for n, (i, c) in enumerate(zip(shown, columns, strict=True))
            ],
            self.table.viewport().width() - 2,
            [c.kind == "text" for c in columns],
        )
        for i, width in zip(shown, widths, strict=True):
            header.resizeSection(i, width)

    # -- behaviour -------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        if self.search.text():
            self.search.clear()
            self.apply_filter()

    @property
    def settled(self) -> bool:
        """Nothing asked is still being read: the rows, the selection and the count shown
        are those of the current filter."""
        return (
            not self.model.loading
            and not self.model.busy
            and not self._selecting
            and not self._hint_asked
            and not self.detail.busy
            and not self._hint_timer.isActive()
            and not self.filter_timer.isActive()
        )

    def apply_filter(self) -> None:
        """Filter on the search box's words; the selected record stays selected if kept.

        A filter that lists the same rows (one more letter of a lone letter, a space)
        reads nothing again.
        """
        self.filter_timer.stop()
        if not self.search.text().strip() and self._all_fields:
            self._all_fields = False  # the next words look in the shown fields again
            self.model.configure(fields=self._search_fields())
        if not self.model.set_filter(self.search.text()):
            self.results_shown.emit()  # the same rows: they are on screen already

    def reload(self, select: int | None = None) -> None:
        """Re-query after a change; keep (or move) the selection on ``select``."""
        self.model.refresh(select)

    def _rows_loaded(self, row: int | None) -> None:
        """New rows are on screen: select the record asked for, or the first row the first
        time (a page never opens on an empty detail)."""
        if row == LOCATING:  # the record is further down: its detail stays meanwhile
            pass
        elif row is not None:
            self._select_row(row, scroll=True)
        elif not self._first_rows_shown and self._selecting:
            pass  # a record was asked for ("go to"): it is selected in a moment
        elif not self._first_rows_shown and self.model.rowCount() and self.isVisible():
            first = 1 if self.model.group_header(0) is not None else 0  # a record, not a header
            if first < self.model.rowCount():
                self._select_row(first, scroll=False)
        else:  # the record selected before is filtered out
            self.table.clearSelection()
            self._show_detail(None)
        self._first_rows_shown = True
        self.hint_label.hide()
        self._hint_timer.start()  # once typing rests: it costs a few counts
        self.results_shown.emit()

    def reload_when_shown(self) -> None:
        """Records changed elsewhere: reload now if on screen, else when next shown.

        Reloading every hidden list after each board move cost about a second at
        100,000 rows (each reload counts and finds the selected row again).
        """
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.data(index, ID_ROLE)

    def _record_located(self, row: int | None) -> None:
        """The selected record's row, found after the rows were shown (or filtered out);
        LOCATING: a newer filter came first, and will look for it again."""
        if row == LOCATING:
            return
        if row is not None:
            self._select_row(row, scroll=True)
        else:
            self.table.clearSelection()
            self._show_detail(None)

    def select_record(
        self,
        record_id: int | None,
        scroll: bool = True,
        on_missing: Callable[[], None] | None = None,
    ) -> None:
        """Select the row of ``record_id`` if the current filter shows it (at once when its
        row was read, else once its position is counted); else clear the selection, or
        call ``on_missing``."""
        self._selecting += 1

        def found(row: int | None) -> None:
            self._selecting -= 1
            if row is not None:
                self._select_row(row, scroll)
            elif on_missing is not None:
                on_missing()
            else:
                self.table.clearSelection()
                self._show_detail(None)

        def superseded() -> None:  # another filter came first; it keeps the selection
            self._selecting -= 1

        self.model.locate(record_id, found, superseded)

    def show_record(self, record_id: int) -> None:
        """Select ``record_id``; if the filter hides it, clear the filter first ("go to")."""

        def unfiltered() -> None:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.clear_filters()

            def found(row: int | None) -> None:  # (the model is busy until then)
                if row is not None:
                    self._select_row(row, True)

            self.model.refresh(record_id, found)

        self.select_record(record_id, True, unfiltered)

    def clear_filters(self) -> None:
        """Every filter of the page off: the words and the chips (the grouping stays)."""
        self.model.text = ""
        if self.filter_bar is not None and self.filter_bar.chips:
            self.filter_bar.set_chips([])
            self.model.configure(chips=[])
            self._save_filters()

    # -- chips, grouping, views -----------------------------------------------------------
    def _state_key(self, name: str) -> str:
        return f"lists/{self.spec.name}/{name}"

    def _restore_filters(self) -> None:
        try:
            chips = [
                ListFilter.from_json(c)
                for c in json.loads(self.state.value(self._state_key("chips"), "[]") or "[]")
            ]
        except (ValueError, KeyError, TypeError):  # a hand-edited file: no chips then
            chips = []
        group = self.state.value(self._state_key("group"), "")
        self.filter_bar.set_chips(chips)
        self.filter_bar.set_group(group)
        self.filter_bar.view_name = self.state.value(self._state_key("view"), "")
        self.filter_bar._show_view()
        self.model.configure(
            chips=self.filter_bar.chips, group_by=self.spec.group_by(self.filter_bar.group)
        )

    def _save_filters(self) -> None:
        if self.filter_bar is None:
            return
        chips = [c.to_json() for c in self.filter_bar.chips]
        self.state.set_value(self._state_key("chips"), json.dumps(chips))
        self.state.set_value(self._state_key("group"), self.filter_bar.group)
        self.state.set_value(self._state_key("view"), self.filter_bar.view_name)

    def set_chips(self, chips: Sequence[ListFilter]) -> None:
        """Keep only the rows every chip keeps (with the words of the search box)."""
        if self.filter_bar is not None:
            self.filter_bar.set_chips(chips)
            self._chips_changed(self.filter_bar.chips)

    def set_group(self, key: str) -> None:
        """Group the rows by the column ``key`` of the spec's groups ("" for none)."""
        if self.filter_bar is not None:
            self.filter_bar.set_group(key)
            self._group_changed(self.filter_bar.group)

    def _chips_changed(self, chips: list[ListFilter]) -> None:
        self.model.configure(chips=chips)
        self._save_filters()
        self.model.refresh()

    def _group_changed(self, key: str) -> None:
        self.model.configure(group_by=self.spec.group_by(key))
        self._save_filters()
        self.model.refresh()

    def _clicked(self, index) -> None:
        if self.model.group_header(index.row()) is not None:
            self.model.toggle_group(index.row())

    def _chip_values(self, definition: FilterField, done: Callable[[list[str]], None]) -> None:
        """The values a chip offers, read off the UI thread; again only after a write."""
        cached = self._choices.get(definition.key)
        seen = cached[0] if cached else None

        def work() -> tuple[object, list[str] | None]:
            version = data_version(database)
            if version == seen:
                return version, None
            return version, filter_choices(database, definition)

        def read(result: tuple[object, list[str] | None]) -> None:
            version, values = result
            if values is None:
                values = self._choices[definition.key][1]
            self._choices[definition.key] = (version, values)
            done(values)

        run_read(work, read, owner=self, lane="background")

    def current_view(self, name: str) -> SavedView:
        """The page as it is now, as a saved view named ``name``."""
        header = self.table.horizontalHeader()
        shown = [
            self.spec.columns[header.logicalIndex(v)].key
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        column, order = self.model.sort_state()
        return SavedView(
            name,
            self.search.text().strip(),
            list(self.filter_bar.chips if self.filter_bar else []),
            self.spec.columns[column].key,
            order == Qt.SortOrder.DescendingOrder,
            shown,
            self.filter_bar.group if self.filter_bar else "",
        )

    def save_view(self, name: str) -> None:
        if self.filter_bar is not None:
            self.filter_bar.views.put(self.current_view(name))
            self.filter_bar.view_name = name
            self.filter_bar._show_view()
            self._save_filters()

    def apply_view(self, view: SavedView | None) -> None:
        """Show the list as the view says (None: every row, the default columns and sort)."""
        keys = [c.key for c in self.spec.columns]
        header = self.table.horizontalHeader()
        if view is None:
            view = SavedView("", sort=self.spec.columns[self.spec.default_sort_index].key)
            view.descending = self.spec.default_descending
            view.columns = [c.key for c in self.spec.columns if not c.hidden]
        for i, column in enumerate(self.spec.columns):
            self.table.setColumnHidden(i, column.key not in view.columns)
        for position, key in enumerate(k for k in view.columns if k in keys):
            header.moveSection(header.visualIndex(keys.index(key)), position)
        if view.sort in keys and self.spec.columns[keys.index(view.sort)].sort_sql:
            self.model.sort_column = keys.index(view.sort)
            self.model.descending = view.descending
            order = Qt.SortOrder.DescendingOrder if view.descending else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, order)
            header.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(view.text)
        self.search.blockSignals(False)
        self.model.text = view.text
        self._all_fields = False
        self.filter_bar.set_chips(view.chips)
        self.filter_bar.set_group(view.group)
        self.model.configure(
            chips=self.filter_bar.chips,
            group_by=self.spec.group_by(self.filter_bar.group),
            fields=self._search_fields(),
        )
        self._save_filters()
        self.model.refresh()

    # -- the words in hidden fields ---------------------------------------------------------
    def _search_fields(self) -> tuple[str, ...] | None:
        """The FTS columns the words are looked for in: those of the columns shown."""
        if not self.spec.fts_table or self._all_fields:
            return None
        header = self.table.horizontalHeader()
        shown = [c.key for i, c in enumerate(self.spec.columns) if not header.isSectionHidden(i)]
        return self.spec.search_fields(shown)

    def _ask_hidden_matches(self) -> None:
        """After a filter by words: do the hidden fields hold more? Said beside the chips."""
        query = self.model.query
        self.hint_label.hide()
        if self._all_fields and query.search_query:
            self._show_hint(
                self.tr("only the columns shown"), "visible", self.tr("hidden fields included")
            )
            return
        if not (query.search_query and query.fields is not None and self.spec.hidden_search):
            return
        self._hint_asked += 1

        def shown(found: tuple[int, list[str]]) -> None:
            self._hint_asked -= 1
            more, names = found
            if not more or self.model.query is not query:
                return
            labels = ", ".join(
                QCoreApplication.translate("Filters", self.spec.hidden_search[n]) for n in names
            )
            number = formatting.format_number(more, i18n.language())
            text = self.tr("{n} more in hidden fields").format(n=number)
            self._show_hint(text, "all", f"({labels})" if labels else "")

        def failed(_exc: Exception) -> None:
            self._hint_asked -= 1

        run_read(
            query.hidden_matches,
            shown,
            failed,
            channel=(id(self), "hint"),
            owner=self,
            on_skip=lambda: failed(None),
            lane="background",
        )

    def _show_hint(self, link_text: str, link: str, rest: str) -> None:
        """The link first: a narrow window cuts the end of the line, never the link."""
        self.hint_label.setText(f"<a href='{link}'>{link_text}</a> {rest}".strip())
        self.hint_label.setToolTip(
            self.tr("Click to show them too")
            if link == "all"
            else self.tr("Click to look in the columns shown only")
        )
        self.hint_label.show()

    def _hint_link(self, link: str) -> None:
        self._all_fields = link == "all"
        self.model.configure(fields=self._search_fields())
        self.model.refresh()

    def _select_row(self, row: int, scroll: bool) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def new_record(self) -> None:
        if self.on_new:
            self.on_new()

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None and self.on_edit:
            self.on_edit(record_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None and self.on_delete:
            self.on_delete(record_id)

    def _current_changed(self, current, _previous) -> None:
        record_id = self.model.data(current, ID_ROLE) if current.isValid() else None
        self._show_detail(record_id)

    def _show_detail(self, record_id: int | None) -> None:
        self._kept = record_id
        for name in ("edit", "delete"):
            if name in self.buttons:
                self.buttons[name].setEnabled(record_id is not None)
        if record_id is None:
            hint = self.tr("Select a row to see its details here.") if self.model.rowCount() else ""
            self.detail.show_record(None, hint)
        else:
            self.detail.show_record(record_id)
        self.record_selected.emit(record_id)

    def refresh_detail_summary(self) -> None:
        """Re-render the summary only (a tab changed something it shows)."""
        self.detail.refresh_summary()

    def _update_count(self) -> None:
        if self.model.loading:
            self.count_label.setText(self.tr("Loading…"))
            return
        count = self.model.record_count
        number = formatting.format_number(count, i18n.language())
        self.count_label.setText(f"{number} {self.noun_plural}")
        if self.model.waiting_for_more_letters:
            self.count_label.setText(
                self.count_label.text() + " · " + self.tr("type one more letter to filter")
            )
        if count:
            self.list_stack.setCurrentWidget(self.table)
            return
        if self.model.is_filtered:
            text = self.tr("Nothing matches “{text}”.\nPress Esc to clear the filter.").format(
                text=self.search.text().strip()
            )
        else:
            text = QCoreApplication.translate("Lists", self.spec.empty_hint)
        self.empty.setText(text)
        self.list_stack.setCurrentWidget(self.empty)

    def _fit_detail(self, width: int) -> None:
        """Widen the detail for a tab that needs room (the ranking); narrow it back after."""
        sizes = self.splitter.sizes()
        if width and sizes[1] < width:
            total = sum(sizes)
            detail = min(width, total - self.list_stack.minimumWidth())
            self._narrow_sizes = self._narrow_sizes or sizes
            self.splitter.setSizes([total - detail, detail])
        elif not width and self._narrow_sizes:
            self.splitter.setSizes(self._narrow_sizes)
            self._narrow_sizes = None

    def save_state(self) -> None:
        self.state.save_header(f"list-{self.spec.name}", self.table.horizontalHeader())
        widened = self.splitter.sizes() if self._narrow_sizes else None
        if widened:  # remember the layout the user chose, not the one a tab asked for
            self.splitter.setSizes(self._narrow_sizes)
        self.state.save_splitter(f"list-{self.spec.name}", self.splitter)
        if widened:
            self.splitter.setSizes(widened)
