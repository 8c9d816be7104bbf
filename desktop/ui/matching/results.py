"""A small table model of ranked results (talents or missions), the score painted as a bar.

Rankings hold a few dozen rows computed off the UI thread; the model only formats them.
Each column is a header and a function of the row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QTableView

from desktop.ui.matching.breakdown import SCORE_ROLE
from desktop.ui.table_model import ID_ROLE

BADGE_ROLE = Qt.ItemDataRole.UserRole + 40  # (text colour, background) of a badge cell
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROOT = QModelIndex()


@dataclass(frozen=True)
class ResultColumn:
    header: str  # translated
    text: Callable[[Any], str]
    right: bool = False  # numbers align right
    score: bool = False  # painted as a bar by ScoreBarDelegate
    tip: Callable[[Any], str] | None = None
    colors: Callable[[Any], tuple[str, str] | None] | None = None  # (text, background): a badge


class ResultsModel(QAbstractTableModel):
    """Rows of a ranking; ``ID_ROLE`` gives a row's record id (``id_of(row)``)."""

    def __init__(self, columns: list[ResultColumn], id_of: Callable[[Any], int], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.id_of = id_of
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.score else column.text(row)
        if role == SCORE_ROLE and column.score:
            return int(column.text(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(row) if column.tip else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return _RIGHT
        if role == ID_ROLE:
            return self.id_of(row)
        if role == BADGE_ROLE and column.colors:
            return column.colors(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


MAX_COLUMN_WIDTH = 240
SCORE_COLUMN_WIDTH = 100


FIT_SAMPLE_ROWS = 12  # rows whose contents size the columns


def fit_columns(table: QTableView, score_column: int) -> None:
    """Every column as wide as its header and cells (French headers are longer), within
    reason; the last one takes the rest of the row. Measured on the first rows only (the
    best matches, on screen): all 50 cost 50 ms of the UI thread, each cell formatted."""
    table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount() - 1):
        width = table.columnWidth(column)
        if column == score_column:
            width = SCORE_COLUMN_WIDTH
        table.setColumnWidth(column, min(width + 8, MAX_COLUMN_WIDTH))


class BadgeDelegate(QStyledItemDelegate):
    """Paints a cell's text as a rounded badge, in the colours of ``BADGE_ROLE``."""

    def paint(self, painter: QPainter, option, index) -> None:
        colors = index.data(BADGE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not colors or not text:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        metrics = option.fontMetrics
        width = min(option.rect.width() - 8, metrics.horizontalAdvance(text) + 14)
        height = metrics.height() + 4
        rect = QRect(option.rect.x() + 4, option.rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors[1]))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(colors[0]))
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 10),
        )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 18, size.height())
