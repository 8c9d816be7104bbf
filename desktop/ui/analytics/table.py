"""The table of the Analytics page: offers and refusals client by client, or mission by mission.

At 300,000 records the offers went to 55,000 clients: the model holds only the
pages of rows read so far (a few hundred rows, the oldest pages forgotten), and
SQL counts and sorts them (:func:`desktop.services.analytics.group_page`) on the
reader thread. ``rowCount`` is the number of groups, so the scroll bar is right
from the start; a page not read yet shows empty rows for the moment it takes.
A click on a header keeps the rows on screen until the newly sorted first page
arrives. Empty values (no answer yet, never staffed) sort last whichever the
direction.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.domain import formatting
from desktop.domain.vocabulary import RefusalReason
from desktop.services import analytics
from desktop.services.analytics import GroupPage, GroupRow, GroupSort, Scope
from desktop.ui import i18n
from desktop.ui.tasks import run_read

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

NAME, SENT, ACCEPTED, REFUSED, RATE, TOP_REASON, DAYS = range(7)
SORTS = (
    GroupSort.NAME,
    GroupSort.SENT,
    GroupSort.ACCEPTED,
    GroupSort.REFUSED,
    GroupSort.RATE,
    GroupSort.TOP_REASON,
    GroupSort.DAYS,
)  # what each column sorts by
PAGE_SIZE = analytics.GROUP_PAGE
KEPT_PAGES = 8  # pages of rows held; older ones are read again if scrolled back to


def percent(value: float | None) -> str:
    """``34 %`` (French) or ``34%`` (English); a dash when there is nothing to divide."""
    if value is None:
        return "—"
    lang = i18n.language()
    number = formatting.format_number(round(value * 100), lang)
    return f"{number}\u202f%" if lang == "fr" else f"{number}%"  # French: narrow no-break space


def days(value: float | None) -> str:
    """A number of days with at most one decimal (a median of two days may end in .5)."""
    if value is None:
        return "—"
    rounded = round(value, 1)
    shown = int(rounded) if rounded == int(rounded) else rounded
    return formatting.format_number(shown, i18n.language())


class GroupTableModel(QAbstractTableModel):
    """Pages of :class:`~desktop.services.analytics.GroupRow`, sorted by SQL on every column."""

    loaded = Signal()  # rows arrived: a new report's, a new order's, or a further page
    sorting_started = Signal()  # a new order is being read (a second at most at 300k)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.scope: Scope | None = None
        self.missions = False  # the first column names missions, not clients
        self.total = 0
        self._pages: OrderedDict[int, list[GroupRow]] = OrderedDict()
        self._asked: set[int] = set()  # pages being read
        self._generation = 0  # a new report or order: pages read for an older one are dropped
        self._sort = (SENT, Qt.SortOrder.DescendingOrder)
        self.sorting = False  # a new order is being read

    # -- content ---------------------------------------------------------------------
    def set_page(self, scope: Scope, page: GroupPage, missions: bool) -> None:
        """Show a report's first rows; read them again if they are not in the order shown."""
        self.beginResetModel()
        self._generation += 1
        self.scope, self.missions, self.total = scope, missions, page.total
        self._pages = OrderedDict({0: page.rows})
        self._asked.clear()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, NAME, NAME)
        if (page.sort, page.descending) != self.sort_request()[:2]:
            self._read_sorted()
        else:
            self.sorting = False
            self.loaded.emit()

    def sort_request(self) -> tuple[GroupSort, bool, list[RefusalReason]]:
        """(sort, descending, reasons in the order of their labels) to read the rows in."""
        column, order = self._sort
        labels = sorted(RefusalReason, key=lambda r: i18n.tr_label(r, RefusalReason).casefold())
        return SORTS[column], order == Qt.SortOrder.DescendingOrder, labels

    def row(self, row: int) -> GroupRow | None:
        """The row if its page was read (else it is asked for)."""
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            self._read_page(row // PAGE_SIZE)
            return None
        self._pages.move_to_end(row // PAGE_SIZE)
        at = row % PAGE_SIZE
        return page[at] if at < len(page) else None

    def _read_page(self, number: int) -> None:
        if self.scope is None or number in self._asked:
            return
        self._asked.add(number)
        scope, missions, generation = self.scope, self.missions, self._generation
        sort, descending, labels = self.sort_request()

        def work() -> GroupPage:  # on the reader: plain data in and out
            offset = number * PAGE_SIZE
            return analytics.group_page(
                scope, missions, sort, descending, offset, PAGE_SIZE, labels
            )

        run_read(work, lambda page: self._page_read(generation, number, page), owner=self)

    def _page_read(self, generation: int, number: int, page: GroupPage) -> None:
        if generation != self._generation:
            return
        self._asked.discard(number)
        self._pages[number] = page.rows
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_SIZE
        last = min(self.total, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.loaded.emit()

    def _read_sorted(self) -> None:
        """Read the first page in the order asked; the rows shown stay until it arrives."""
        if self.scope is None:
            return
        self.sorting = True
        self.sorting_started.emit()
        self._generation += 1
        scope, missions, generation = self.scope, self.missions, self._generation
        sort, descending, labels = self.sort_request()

        def work() -> GroupPage:
            return analytics.group_page(scope, missions, sort, descending, 0, PAGE_SIZE, labels)

        run_read(
            work,
            lambda page: self._sorted(generation, page),
            lambda _error: self._sort_failed(generation),  # logged by run_read
            channel=(id(self), "sort"),
            owner=self,
        )

    def _sort_failed(self, generation: int) -> None:
        if generation == self._generation:  # the rows shown stay, in their former order
            self.sorting = False
            self.loaded.emit()

    def _sorted(self, generation: int, page: GroupPage) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.total = page.total
        self._pages = OrderedDict({0: page.rows})
        self._asked.clear()
        self.endResetModel()
        self.sorting = False
        self.loaded.emit()

    # -- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section in (NAME, TOP_REASON) else _RIGHT
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Mission") if self.missions else self.tr("Client"),
            self.tr("Offers"),
            self.tr("Accepted"),
            self.tr("Refused"),
            self.tr("Acceptance"),
            self.tr("Main refusal reason"),
            self.tr("Days to staff"),
        ]

    def _header_tips(self) -> list[str]:
        return [
            "",
            self.tr("Offers sent in the period, answered or not"),
            "",
            "",
            self.tr("Accepted / (accepted + refused): withdrawn and expired offers are left out"),
            self.tr("The reason cited by the most refused offers"),
            self.tr("Median days from a mission's first offer to its first acceptance"),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.row(index.row()), index.column()
        if row is None:  # its page is being read
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column in (NAME, TOP_REASON) else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == TOP_REASON and row.top_reason:
            return self.tr("{reason}: cited by {count} of {refused} refused offers").format(
                reason=i18n.tr_label(row.top_reason, RefusalReason),
                count=self._number(row.top_reason_offers),
                refused=self._number(row.outcomes.refused),
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return row.name
        if role == ID_ROLE:
            return row.id
        return None

    @staticmethod
    def _number(value: int) -> str:
        return formatting.format_number(value, i18n.language())

    def _text(self, row: GroupRow, column: int) -> str:
        outcomes = row.outcomes
        if column == NAME:
            return row.name
        if column == SENT:
            return self._number(outcomes.sent)
        if column == ACCEPTED:
            return self._number(outcomes.accepted)
        if column == REFUSED:
            return self._number(outcomes.refused)
        if column == RATE:
            return percent(outcomes.acceptance_rate)
        if column == TOP_REASON:
            return i18n.tr_label(row.top_reason, RefusalReason) if row.top_reason else ""
        return days(row.days_to_staff)

    # -- sorting ---------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sort:
            return
        self._sort = (column, order)
        self._read_sorted()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort
