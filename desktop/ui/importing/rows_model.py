"""A read-only table of text rows (previews, problems, duplicates): thousands of rows
cost one Python list, not one ``QTableWidgetItem`` per cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_ROOT = QModelIndex()
_PROBLEM = QColor("#b42318")


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = headers or []
        self.rows: list[tuple[str, ...]] = []
        self.problems: dict[tuple[int, int], str] = {}  # (row, column) -> what is wrong

    def set_rows(
        self,
        rows: list[tuple[str, ...]],
        headers: list[str] | None = None,
        problems: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """Show ``rows``; cells named in ``problems`` are red, the problem as their tooltip."""
        self.beginResetModel()
        if headers is not None:
            self.headers = headers
        self.rows = rows
        self.problems = problems or {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        cell = (index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problems.get(cell) or self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and cell in self.problems:
            return _PROBLEM
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None


def rows_view(model: RowsModel, object_name: str) -> QTableView:
    """A compact, read-only view of ``model`` whose last column takes the free width."""
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view
