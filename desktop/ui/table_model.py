"""A table model over a :class:`~desktop.store.lists.ListQuery`, loading pages on demand.

A windowed query rather than ``fetchMore``: ``rowCount`` is the true count of
the filtered list, so the scroll bar is right from the start and dragging it
to the end of 100,000 rows fetches only the last page. Pages of
:data:`PAGE_SIZE` rows are fetched when a cell of theirs is first painted,
formatted once, and kept in a small LRU cache. Sorting and filtering rebuild
the SQL query and reset the model; Qt never sorts rows itself.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.domain import formatting
from desktop.store.lists import Column, ListQuery, ListSpec
from desktop.store.models import database
from desktop.ui import i18n

PAGE_SIZE = 200
CACHED_PAGES = 24
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2

_ROOT = QModelIndex()
_AMBER = QColor("#b54708")
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


class LazyTableModel(QAbstractTableModel):
    """Rows of one list, fetched a page at a time from SQLite."""

    def __init__(self, spec: ListSpec, parent=None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.text = ""
        self.extra_where: tuple[str, list] | None = None
        self.query = ListQuery(database, spec)
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.refresh()

    # -- query ---------------------------------------------------------------
    def set_filter(self, text: str, where: tuple[str, list] | None = None) -> None:
        """Filter rows by the words of ``text`` (and an SQL condition); resets the model."""
        self.text = text
        self.extra_where = where
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query (after an edit, a filter or a sort change)."""
        self.beginResetModel()
        self.query = ListQuery(
            database,
            self.spec,
            self.text,
            self.query.sort_column,
            self.query.descending,
            self.extra_where,
        )
        self._count = self.query.count()
        self._pages.clear()
        self.endResetModel()

    @property
    def is_filtered(self) -> bool:
        return self.query.filtered

    @property
    def waiting_for_more_letters(self) -> bool:
        """The filter is one letter: the list stays whole until a second one is typed."""
        return self.query.too_short

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.spec.columns[column].sort_sql is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.query.sort_column, self.query.descending):
            return
        self.query.sort_column, self.query.descending = column, descending
        self.refresh()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = (
            Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder
        )
        return self.query.sort_column, order

    # -- rows ----------------------------------------------------------------
    def _row(self, row: int) -> tuple | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = [[r[0], r, None] for r in self.query.page(page_no * PAGE_SIZE, PAGE_SIZE)]
            self._pages[page_no] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE_SIZE
        if offset >= len(page):
            return None
        entry = page[offset]
        if entry[2] is None:  # format a row only when it is first painted
            entry[2] = tuple(
                format_cell(c, v) for c, v in zip(self.spec.columns, entry[1][1:], strict=True)
            )
        return entry

    def record_id(self, row: int) -> int | None:
        entry = self._row(row) if 0 <= row < self._count else None
        return entry[0] if entry else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id`` under the current filter and sort, if any."""
        return self.query.position_of(record_id)

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in ("trust", "scope"):
                return Qt.AlignmentFlag.AlignCenter
            return _RIGHT if column.kind in _NUMERIC else _LEFT
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            ID_ROLE,
            RAW_ROLE,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        entry = self._row(index.row())
        if entry is None:
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
