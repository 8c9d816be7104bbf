"""A table model over a :class:`~desktop.store.lists.ListQuery`, read off the UI thread.

A windowed query rather than ``fetchMore``: ``rowCount`` is the true count of
the filtered list, so the scroll bar is right from the start and dragging it
to the end of 300,000 rows fetches only the last page. Pages of
:data:`PAGE_SIZE` rows are read on the reader thread (:func:`~desktop.ui.tasks.run_read`)
when a cell of theirs is first painted, formatted once, and kept in a small LRU
cache; until a page arrives its rows show a light placeholder.

A new filter, sort or reload reads the count and the first page in the
background and keeps showing the previous rows meanwhile: the model resets once,
with the new rows already there (never a blank list). Asking for the row of a
record (:meth:`LazyTableModel.locate`) looks in the pages already read first,
and otherwise counts, in SQL, the rows sorted before it.

Grouped (by status, stage or client), the rows of each group follow a header
row; a group's pages are read with the group's value as one more condition.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop.domain import formatting
from desktop.store.lists import Column, Group, GroupBy, ListFilter, ListQuery, ListSpec
from desktop.store.models import database
from desktop.ui import i18n
from desktop.ui.tasks import run_read

PAGE_SIZE = 200
CACHED_PAGES = 24
WANTED_PAGES = 12  # pages asked for recently; an older request no longer on screen is dropped
LOCATING = -1  # loaded(LOCATING): rows shown, the selected record's row follows (located)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # True on a group's header row

_ROOT = QModelIndex()
_AMBER = QColor("#b54708")
_GROUP_BACKGROUND = QColor("#eef1f5")
_NUMERIC = ("money", "rate", "number", "percent")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_STATUS_COLOURS = {
    "overdue": QColor("#b42318"),
    "do_not_contact": QColor("#b42318"),
    "lost": QColor("#8a8f98"),
    "cancelled": QColor("#8a8f98"),
    "refused": QColor("#b42318"),
    "paid": QColor("#067647"),
    "won": QColor("#067647"),
    "available": QColor("#067647"),
    "active": QColor("#067647"),
    "accepted": QColor("#067647"),
}


def format_cell(column: Column, value: object) -> str:
    """The text of a raw cell value of a list column."""
    kind = column.kind
    if value is None or value == "":
        return ""
    if kind in ("trust", "scope") and value == 0:
        return "○○○○" if kind == "trust" else "⚠"
    lang = i18n.language()
    if kind == "money":
        return formatting.format_money(Decimal(int(value)).scaleb(-2), lang)
    if kind == "rate":
        return formatting.format_rate(Decimal(int(value)).scaleb(-2), lang)
    if kind == "date":
        return formatting.format_date(dt.date.fromisoformat(str(value)[:10]), lang)
    if kind == "number":
        return formatting.format_number(int(value), lang)
    if kind == "percent":
        return f"{int(value)} %" if lang == "fr" else f"{int(value)}%"
    if kind == "vocabulary":
        return i18n.tr_label(str(value), *column.vocabulary)
    if kind == "trust":  # 0-4 vetting checks
        return "●" * int(value) + "○" * (4 - int(value))
    if kind == "scope":  # 1: the checklist is complete
        return "✓" if int(value) else "⚠"
    if kind == "siren":
        text = str(value)
        return " ".join(text[i : i + 3] for i in range(0, len(text), 3))
    return str(value)


@dataclass(frozen=True)
class _Loaded:
    """What the reader thread hands back for a new query: enough to show it at once."""

    count: int
    groups: list[Group] | None
    first: list[tuple]  # the first page (of the first group, when grouped)
    position: tuple[int | None, int] | None  # (group index or None, row in it) of ``select``
    # The page holding ``select`` when it is not the first: ((group, page number), rows).
    page: tuple[tuple, list[tuple]] | None = None
    deferred: bool = False  # ``select`` is not on the first page: looked for afterwards


def _page_of(
    query: ListQuery,
    group_by: GroupBy | None,
    groups: list[Group] | None,
    position: tuple[int | None, int] | None,
    total: int,
) -> tuple[tuple, list[tuple]] | None:
    """The page holding ``position``, read now: a selected row is never a placeholder."""
    if position is None:
        return None
    group, row = position
    number = row // PAGE_SIZE
    if group is None:
        return (None, number), query.page(number * PAGE_SIZE, PAGE_SIZE, total)
    chosen = groups[group]
    condition = (group_by.sql, chosen.value)
    return (group, number), query.page(number * PAGE_SIZE, PAGE_SIZE, chosen.count, condition)


def _locate(
    query: ListQuery,
    group_by: GroupBy | None,
    groups: list[Group] | None,
    record_id: int,
    total: int,
) -> tuple[tuple[int | None, int] | None, tuple[tuple, list[tuple]] | None]:
    """On the reader thread: where ``record_id`` is, and the page holding it."""
    position = _position(query, group_by, groups, record_id)
    return position, _page_of(query, group_by, groups, position, total)


def _position(
    query: ListQuery, group_by: GroupBy | None, groups: list[Group] | None, record_id: int
) -> tuple[int | None, int] | None:
    """Where ``record_id`` is: (group index, row within the group), or None if filtered out."""
    found, value = query.sort_value(record_id)
    if not found or not query.contains(record_id):
        return None
    if group_by is None or groups is None:
        return None, query.rows_before(record_id, value)
    _found, key = query.sort_value(record_id, group_by.sql)
    index = next((i for i, g in enumerate(groups) if g.value == key), None)
    if index is None:
        return None
    return index, query.rows_before(record_id, value, (group_by.sql, key))


def _load(
    query: ListQuery, group_by: GroupBy | None, select: int | None, collapsed: frozenset
) -> _Loaded:
    """Runs on the reader thread: the count (or groups), the first page, where ``select`` is."""
    groups = query.groups(group_by) if group_by is not None else None
    if groups is None:
        count = query.count()
        first = query.page(0, PAGE_SIZE, count)
    else:
        count = sum(g.count for g in groups)
        opened = next((g for g in groups if g.value not in collapsed), None)
        first = []
        if opened is not None:
            first = query.page(0, PAGE_SIZE, opened.count, (group_by.sql, opened.value))
    # The selected record is looked for on the first page only: finding it further down
    # costs another pass over the matches (as much as the page itself, for "ma" at
    # 300,000 talents). The rows are shown first; the model looks further afterwards.
    position, deferred = None, False
    if select is not None:
        row = next((i for i, r in enumerate(first) if r[0] == select), None)
        if row is not None:
            position = (None if groups is None else opened_index(groups, collapsed), row)
        else:
            deferred = True
    return _Loaded(count, groups, first, position, None, deferred)


def opened_index(groups: list[Group], collapsed: frozenset) -> int | None:
    """The first group not folded (whose first page is read with the groups)."""
    return next((i for i, g in enumerate(groups) if g.value not in collapsed), None)


class LazyTableModel(QAbstractTableModel):
    """Rows of one list, read a page at a time from SQLite off the UI thread.

    Signals: ``loaded(object)`` once the rows of a new query are shown, with the
    row of the record asked for (or None); ``busy_changed(bool)``.
    """

    loaded = Signal(object)
    located = Signal(object)  # after loaded(LOCATING): the row of the record, or None
    busy_changed = Signal(bool)

    def __init__(self, spec: ListSpec, parent=None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.spec = spec
        self.text = ""
        self.extra_where: tuple[str, list] | None = None
        self.chips: tuple[ListFilter, ...] = ()
        self.fields: tuple[str, ...] | None = None
        self.group_by: GroupBy | None = None  # asked for; ``shown_by``: the rows shown
        self.shown_by: GroupBy | None = None
        self.collapsed: set[object] = set()
        self.query = ListQuery(database, spec)  # the query of the rows shown
        self.sort_column, self.descending = self.query.sort_column, self.query.descending
        self.loading = True  # nothing read yet: a view says "loading", not "empty"
        self._count = 0
        self._groups: list[Group] | None = None
        self._starts: list[int] = []  # grouped: the row of each group's header
        self._pages: OrderedDict[tuple, list] = OrderedDict()
        self._pending: set[tuple] = set()
        self._wanted: OrderedDict[tuple, None] = OrderedDict()
        # Bumped at each new query: late pages of an older one are dropped. A plain list,
        # read by the reader thread: its jobs never hold the model itself (a Qt object
        # whose last reference died on that thread would deadlock, see tasks.py).
        self._generation = [0]
        self._requests = 0  # loads asked and not answered yet
        # Asked at each read: the record to find again in the new rows (the selection).
        self.keep: Callable[[], int | None] = lambda: None
        # The record the read in flight was asked to select: a newer read asked before it
        # answered (a reload after a save, then the window's "reload every list") selects
        # it in its place, not the row selected before the save.
        self._asked: int | None = None
        self._after_load: list[tuple[int, Callable[[int | None], None]]] = []
        self._locating = 0  # record rows being counted
        if load:
            self.refresh()

    # -- query ---------------------------------------------------------------
    def set_filter(
        self,
        text: str,
        where: tuple[str, list] | None = None,
        *,
        select: int | None = None,
        on_done: Callable[[int | None], None] | None = None,
    ) -> bool:
        """Filter rows by the words of ``text`` (and an SQL condition). False when the rows
        shown are already those (nothing is read, nothing will be signalled)."""
        self.text = text
        self.extra_where = where
        return self.refresh(select, on_done, force=False)

    def build_query(self) -> ListQuery:
        return ListQuery(
            database,
            self.spec,
            self.text,
            self.sort_column,
            self.descending,
            self.extra_where,
            self.chips,
            self.fields,
        )

    def refresh(
        self,
        select: int | None = None,
        on_done: Callable[[int | None], None] | None = None,
        *,
        force: bool = True,
    ) -> bool:
        """Read the list again (after an edit, a filter or a sort change) in the background.

        ``select``: a record whose row ``on_done(row)`` and ``loaded(row)`` receive (None
        when filtered out); by default the one :attr:`keep` names.
        ``force=False``: when the query lists the same rows as before (a one-letter
        filter, the same words), nothing is read again.
        """
        if select is None and self._requests:
            select = self._asked
        if select is None:
            select = self.keep()
        query = self.build_query()
        same_groups = self.group_by == self.shown_by
        if (
            not force
            and not self.loading
            and same_groups
            and query.signature == self.query.signature
        ):
            self.query = query
            if on_done is not None:
                self.locate(select, on_done) if select is not None else on_done(None)
            return False
        self._generation[0] += 1
        token = self._generation[0]
        self._asked = select
        group_by, collapsed = self.group_by, frozenset(self.collapsed)
        self._requests += 1
        if self._requests == 1:
            self.busy_changed.emit(True)
        run_read(
            lambda: _load(query, group_by, select, collapsed),
            lambda result: self._loaded(token, query, group_by, result, on_done, select),
            lambda exc: self._load_failed(token, exc),
            channel=(id(self), "load"),
            owner=self,
            on_skip=self._finish_request,
        )

    def _finish_request(self) -> None:
        self._requests = max(0, self._requests - 1)
        if not self._requests:
            self.busy_changed.emit(False)

    def _load_failed(self, token: int, exc: Exception) -> None:
        """The previous rows stay; the error is logged by the reader (a query the
        database refused, a database closed under it)."""
        self._finish_request()
        if token == self._generation[0]:
            self._asked = None
            self.loading = False
            self.loaded.emit(None)
            waiting, self._after_load = self._after_load, []
            for _record_id, callback in waiting:
                callback(None)

    def _loaded(
        self,
        token: int,
        query: ListQuery,
        group_by: GroupBy | None,
        result: _Loaded,
        on_done: Callable[[int | None], None] | None,
        select: int | None = None,
    ) -> None:
        # Superseded requests were never run (same channel); one that ran before a newer
        # query was asked is dropped here.
        self._finish_request()
        if token != self._generation[0]:
            return
        self._asked = None
        self.beginResetModel()
        self.query = query
        self.shown_by = group_by
        self.loading = False
        self._groups = result.groups
        self._pages.clear()
        self._pending.clear()
        self._wanted.clear()
        if result.groups is None:
            self._starts = []
            self._count = result.count
            if result.first:
                self._pages[(None, 0)] = [[r[0], r, None] for r in result.first]
        else:
            self.collapsed &= {g.value for g in result.groups}
            self._layout_groups()
            opened = next(
                (i for i, g in enumerate(result.groups) if g.value not in self.collapsed), None
            )
            if opened is not None and result.first:
                self._pages[(opened, 0)] = [[r[0], r, None] for r in result.first]
        if result.page is not None:
            key, rows = result.page
            self._pages[key] = [[r[0], r, None] for r in rows]
        self.endResetModel()
        waiting, self._after_load = self._after_load, []
        if waiting:
            # A record was asked for after this read began ("go to" after a save): it is
            # the one selected, looked for below; ``select`` answers only ``on_done``.
            self.loaded.emit(LOCATING)
            if on_done is not None:
                if result.deferred and select is not None:
                    self.locate(select, on_done)
                else:
                    on_done(self._row_of_position(result.position))
        elif result.deferred and select is not None:
            # Shown now; the selected record's row follows (``located``).
            self.loaded.emit(LOCATING)

            def found(row: int | None) -> None:
                self.located.emit(row)
                if on_done is not None:
                    on_done(row)

            self.locate(select, found, lambda: self.located.emit(LOCATING))
        else:
            row = self._row_of_position(result.position)
            self.loaded.emit(row)
            if on_done is not None:
                on_done(row)
        for record_id, callback in waiting:
            self.locate(record_id, callback)

    def _layout_groups(self) -> None:
        starts, row = [], 0
        for group in self._groups or []:
            starts.append(row)
            row += 1 + (0 if group.value in self.collapsed else group.count)
        self._starts, self._count = starts, row

    def _row_of_position(self, position: tuple[int | None, int] | None) -> int | None:
        if position is None:
            return None
        group, row = position
        if group is None:
            return row
        value = self._groups[group].value
        if value in self.collapsed:  # show the record: open its group
            self.set_collapsed(value, False)
        return self._starts[group] + 1 + row

    @property
    def is_filtered(self) -> bool:
        return self.query.filtered

    @property
    def waiting_for_more_letters(self) -> bool:
        """The filter is one letter: the list stays whole until a second one is typed."""
        return self.query.too_short

    @property
    def busy(self) -> bool:
        """A query, a page or a record's row is being read."""
        return bool(self._requests or self._pending or self._locating)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.spec.columns[column].sort_sql is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending):
            return
        self.sort_column, self.descending = column, descending
        self.refresh()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        return self.sort_column, order

    # -- groups --------------------------------------------------------------
    @property
    def grouped(self) -> bool:
        return self._groups is not None

    @property
    def record_count(self) -> int:
        """The records listed (the rows but the groups' headers)."""
        if self._groups is None:
            return self._count
        return sum(g.count for g in self._groups)

    def set_collapsed(self, value: object, collapsed: bool) -> None:
        """Fold or unfold the group of ``value`` (its rows are read when shown)."""
        if (value in self.collapsed) == collapsed:
            return
        self.beginResetModel()
        (self.collapsed.add if collapsed else self.collapsed.discard)(value)
        self._layout_groups()
        self.endResetModel()

    def toggle_group(self, row: int) -> None:
        where = self._locate_row(row)
        if where is not None and where[1] < 0:
            value = self._groups[where[0]].value
            self.set_collapsed(value, value not in self.collapsed)

    def group_header(self, row: int) -> Group | None:
        where = self._locate_row(row)
        if where is None or where[1] >= 0:
            return None
        return self._groups[where[0]]

    def group_label(self, group: Group) -> str:
        by = self.shown_by
        if by is not None and by.vocabulary:
            return i18n.tr_label(str(group.value), *by.vocabulary)
        label = group.label if group.label not in (None, "") else None
        return str(label) if label is not None else QCoreApplication.translate("Lists", "(none)")

    # -- rows ----------------------------------------------------------------
    def _locate_row(self, row: int) -> tuple[int | None, int] | None:
        """(group index or None, row within it; -1 for a group header) of a model row."""
        if not 0 <= row < self._count:
            return None
        if self._groups is None:
            return None, row
        group = bisect.bisect_right(self._starts, row) - 1
        return group, row - self._starts[group] - 1

    def _row(self, row: int) -> list | None:
        where = self._locate_row(row)
        if where is None or where[1] < 0:
            return None
        group, offset = where
        key = (group, offset // PAGE_SIZE)
        page = self._pages.get(key)
        if page is None:
            self._request_page(key)
            return None
        self._pages.move_to_end(key)
        offset -= key[1] * PAGE_SIZE
        if offset >= len(page):
            return None
        entry = page[offset]
        if entry[2] is None:  # format a row only when it is first painted
            entry[2] = tuple(
                format_cell(c, v) for c, v in zip(self.spec.columns, entry[1][1:], strict=True)
            )
        return entry

    def _request_page(self, key: tuple) -> None:
        self._wanted[key] = None
        self._wanted.move_to_end(key)
        while len(self._wanted) > WANTED_PAGES:
            self._wanted.popitem(last=False)
        if key in self._pending:
            return
        self._pending.add(key)
        generation = self._generation
        token, query = generation[0], self.query
        group, number = key
        if group is None:
            total, condition = self._count, None
        else:
            by, chosen = self.shown_by, self._groups[group]
            total, condition = chosen.count, (by.sql, chosen.value)
        wanted = self._wanted

        def work() -> list[tuple] | None:
            # Scrolled past it before its turn came: not read (the view asks again if needed).
            if token != generation[0] or key not in wanted:
                return None
            return query.page(number * PAGE_SIZE, PAGE_SIZE, total, condition)

        run_read(work, lambda rows: self._page_read(token, key, rows), owner=self)

    def _page_read(self, token: int, key: tuple, rows: list[tuple] | None) -> None:
        if token != self._generation[0]:
            return
        self._pending.discard(key)
        if rows is None:
            return
        self._pages[key] = [[r[0], r, None] for r in rows]
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        group, number = key
        first = number * PAGE_SIZE + (0 if group is None else self._starts[group] + 1)
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(
                self.index(first, 0), self.index(last, len(self.spec.columns) - 1)
            )

    def record_id(self, row: int) -> int | None:
        """The record of ``row``, if its page has been read (rows on screen always are)."""
        where = self._locate_row(row)
        if where is None or where[1] < 0:
            return None
        group, offset = where
        page = self._pages.get((group, offset // PAGE_SIZE))
        offset -= (offset // PAGE_SIZE) * PAGE_SIZE
        return page[offset][0] if page is not None and offset < len(page) else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id`` among the pages read so far (None otherwise); a
        folded group holding it opens."""
        for (group, number), page in list(self._pages.items()):
            for i, entry in enumerate(page):
                if entry[0] == record_id:
                    if group is None:
                        return number * PAGE_SIZE + i
                    self.set_collapsed(self._groups[group].value, False)
                    return self._starts[group] + 1 + number * PAGE_SIZE + i
        return None

    def locate(
        self,
        record_id: int | None,
        on_done: Callable[[int | None], None],
        on_superseded: Callable[[], None] | None = None,
    ) -> None:
        """``on_done(row)`` with the row of ``record_id`` under the current query (None if
        the filter leaves it out): at once when its page was read, else after a count.
        A newer read of the list (another filter) cancels the count: ``on_superseded()``."""
        if record_id is None:
            on_done(None)
            return
        if self.loading or self._requests:
            # Nothing shown yet, or new rows being read (a reload after a save): look in
            # those once they are in, and select this record there rather than the one
            # that read was asked for (the newest request wins, as the user expects).
            self._asked = record_id
            self._after_load.append((record_id, on_done))
            return
        row = self.row_of(record_id)
        if row is not None or self._count == 0:
            on_done(row)
            return
        token, query = self._generation[0], self.query
        group_by, groups, total = self.shown_by, self._groups, self._count

        self._locating += 1

        def superseded() -> None:  # a newer read of the list came first: it will say
            self._locating -= 1
            if on_superseded is not None:
                on_superseded()

        def done(found: tuple) -> None:
            self._locating -= 1
            if token != self._generation[0]:  # the list changed meanwhile: look again
                self.locate(record_id, on_done)
                return
            position, page = found
            if page is not None:
                key, rows = page
                self._pages[key] = [[r[0], r, None] for r in rows]
                self._pending.discard(key)
            on_done(self._row_of_position(position))

        def failed(_exc: Exception) -> None:
            self._locating -= 1
            on_done(None)

        # On the list's channel: the next filter typed interrupts this count rather than
        # waiting behind it.
        run_read(
            lambda: _locate(query, group_by, groups, record_id, total),
            done,
            failed,
            channel=(id(self), "load"),
            owner=self,
            on_skip=superseded,
        )

    def read_rows(self, first: int, last: int) -> None:
        """Read the pages of rows ``first`` to ``last`` now, on this thread (tests, exports)."""
        for row in range(first, min(last, self._count - 1) + 1):
            where = self._locate_row(row)
            if where is None or where[1] < 0:
                continue
            group, offset = where
            key = (group, offset // PAGE_SIZE)
            if key in self._pages:
                continue
            if group is None:
                total, condition = self._count, None
            else:
                total, condition = (
                    self._groups[group].count,
                    (
                        self.shown_by.sql,
                        self._groups[group].value,
                    ),
                )
            rows = self.query.page(key[1] * PAGE_SIZE, PAGE_SIZE, total, condition)
            self._pages[key] = [[r[0], r, None] for r in rows]

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def _header_data(self, group_index: int, index: QModelIndex, role: int):
        group = self._groups[group_index]
        if role == GROUP_ROLE:
            return True
        if role == Qt.ItemDataRole.BackgroundRole:
            return _GROUP_BACKGROUND
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            arrow = "▸" if group.value in self.collapsed else "▾"
            count = formatting.format_number(group.count, i18n.language())
            return f"{arrow} {self.group_label(group)} · {count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Lists", "Click to fold or unfold this group")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        where = self._locate_row(index.row())
        if where is not None and where[1] < 0:
            return self._header_data(where[0], index, role)
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in ("trust", "scope"):
                return Qt.AlignmentFlag.AlignCenter
            return _RIGHT if column.kind in _NUMERIC else _LEFT
        if role == GROUP_ROLE:
            return False
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            ID_ROLE,
            RAW_ROLE,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        entry = self._row(index.row())
        if entry is None:  # its page is on its way: a light placeholder meanwhile
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return "…"
            return None
        record_id, raw, texts = entry
        if role == ID_ROLE:
            return record_id
        if role == RAW_ROLE:
            return raw[index.column() + 1]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.kind == "vocabulary":
                return _STATUS_COLOURS.get(raw[index.column() + 1])
            if column.kind in ("trust", "scope"):  # all checks hold: green, else amber
                full = 4 if column.kind == "trust" else 1
                return _STATUS_COLOURS["won"] if raw[index.column() + 1] == full else _AMBER
            return None
        text = texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.kind == "scope" and raw[index.column() + 1]:
                return QCoreApplication.translate("Lists", "Scope checklist complete")
            if column.kind == "scope":
                return QCoreApplication.translate(
                    "Lists", "Scope checklist incomplete: open the mission to see what is missing"
                )
            return text if len(text) > 24 else None
        return text

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return i18n.tr_column(self.spec.columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            kind = self.spec.columns[section].kind
            return _RIGHT if kind in _NUMERIC else _LEFT
        return None

    # -- what a page sets ----------------------------------------------------
    def configure(
        self,
        *,
        chips: Sequence[ListFilter] | None = None,
        fields: Sequence[str] | bool | None = False,
        group_by: GroupBy | bool | None = False,
    ) -> None:
        """Change the chips, the searched FTS columns or the grouping (``False``: keep);
        the caller then calls :meth:`refresh`."""
        if chips is not None:
            self.chips = tuple(chips)
        if fields is not False:
            self.fields = tuple(fields) if fields is not None else None
        if group_by is not False:
            if group_by != self.group_by:
                self.collapsed.clear()
            self.group_by = group_by
