"""The table of the Analytics page: offers and refusals client by client, or mission by mission.

A few thousand rows at most once grouped, so the model holds them all and sorts
them itself (no SQL per click); empty values (no answer yet, never staffed)
sort last whichever the direction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain import formatting
from desktop.domain.vocabulary import RefusalReason
from desktop.services.analytics import GroupRow
from desktop.ui import i18n

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

NAME, SENT, ACCEPTED, REFUSED, RATE, TOP_REASON, DAYS = range(7)


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
    """Rows of :class:`~desktop.services.analytics.GroupRow`, sortable by every column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[GroupRow] = []
        self._folded: dict[int, str] = {}
        self.missions = False  # the first column names missions, not clients
        self._sort = (SENT, Qt.SortOrder.DescendingOrder)

    # -- content ---------------------------------------------------------------------
    def set_rows(self, rows: list[GroupRow], missions: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.missions = missions
        self._folded = {row.id: row.name.casefold() for row in self.rows}  # once, not per sort
        self._sort_rows()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, NAME, NAME)

    def row_of(self, group_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == group_id), None)

    # -- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

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
        row, column = self.rows[index.row()], index.column()
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
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def _sort_rows(self) -> None:
        """Sort by the column, ties by name; rows without a value last in both directions."""
        column, order = self._sort
        key = self._sort_key(column)
        folded = self._folded
        keyed = [(key(r), folded[r.id], r) for r in self.rows]
        present = sorted(
            (k for k in keyed if k[0] is not None),
            key=lambda k: (k[0], k[1]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.rows = [k[2] for k in present] + [k[2] for k in keyed if k[0] is None]

    def _sort_key(self, column: int) -> Callable[[GroupRow], object]:
        if column == TOP_REASON:
            labels = {r: i18n.tr_label(r, RefusalReason).casefold() for r in RefusalReason}
            return lambda r: labels[r.top_reason] if r.top_reason else None
        keys: dict[int, Callable[[GroupRow], object]] = {
            NAME: lambda r: self._folded[r.id],
            SENT: lambda r: r.outcomes.sent,
            ACCEPTED: lambda r: r.outcomes.accepted,
            REFUSED: lambda r: r.outcomes.refused,
            RATE: lambda r: (
                r.outcomes.accepted / r.outcomes.answered if r.outcomes.answered else None
            ),
            DAYS: lambda r: r.days_to_staff,
        }
        return keys[column]
