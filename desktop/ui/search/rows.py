"""The rows of the global search list and how they are painted.

Three kinds of row: a group header ("Talents · 23"), a hit (icon, title and
subtitle with the matched words in bold, a label on the right), and a "more"
row under a group that shows only its first hits. Texts are elided to the
row's width first, then highlighted, so that a long title never wraps or
spills; the tooltip holds the whole text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.highlight import matched_spans

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # "header", "hit" or "more"
HIT_ROLE = Qt.ItemDataRole.UserRole + 2  # the SearchHit of a hit row
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 4
RIGHT_ROLE = Qt.ItemDataRole.UserRole + 5  # status label, count or date
SECTION_ROLE = Qt.ItemDataRole.UserRole + 6  # "more" rows: the list to show everything in

HEIGHTS = {"header": 28, "hit": 46, "more": 26}
ACCENT = "#1d4ed8"
MUTED = QColor("#6b7280")
SELECTED = QColor("#dbe7fb")


def highlighted(text: str, terms: list[str], color: str = "") -> str:
    """``text`` as HTML, the words the search matched in bold and in the accent colour."""
    parts, last = [], 0
    for start, end in matched_spans(text, terms):
        parts.append(escape(text[last:start]))
        parts.append(f"<b style='color:{ACCENT}'>{escape(text[start:end])}</b>")
        last = end
    parts.append(escape(text[last:]))
    body = "".join(parts)
    return f"<span style='color:{color}'>{body}</span>" if color else body


class ResultDelegate(QStyledItemDelegate):
    """Paints header, hit and "more" rows; ``terms`` are the folded words to highlight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(0, HEIGHTS.get(index.data(ROW_ROLE), 28))  # as wide as the view

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        kind = index.data(ROW_ROLE)
        rect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, SELECTED)
        if kind == "header":
            self._paint_header(painter, option, index)
        elif kind == "more":
            font = QFont(option.font)
            font.setItalic(not index.data(SECTION_ROLE))
            painter.setFont(font)
            painter.setPen(QColor(ACCENT) if index.data(SECTION_ROLE) else MUTED)
            text_rect = rect.adjusted(46, 0, -12, 0)
            text = QFontMetrics(font).elidedText(
                index.data(TITLE_ROLE), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
        else:
            self._paint_hit(painter, option, index)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        rect = option.rect
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(rect.left() + 12, rect.top() + 6, 16, 16))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#374151"))
        painter.drawText(
            rect.adjusted(36, 0, -12, 0), Qt.AlignmentFlag.AlignVCenter, index.data(TITLE_ROLE)
        )
        painter.setFont(option.font)
        painter.setPen(MUTED)
        painter.drawText(
            rect.adjusted(36, 0, -12, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            index.data(RIGHT_ROLE) or "",
        )

    def _paint_hit(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        rect = option.rect
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(rect.left() + 16, rect.top() + 13, 20, 20))
        right = index.data(RIGHT_ROLE) or ""
        metrics = QFontMetrics(option.font)
        right_width = metrics.horizontalAdvance(right) + 16 if right else 0
        if right:
            painter.setPen(MUTED)
            painter.drawText(
                rect.adjusted(0, 0, -12, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                right,
            )
        left = rect.left() + 46
        width = rect.right() - 12 - right_width - left
        bold = QFont(option.font)
        bold.setBold(True)
        title = QFontMetrics(bold).elidedText(
            index.data(TITLE_ROLE), Qt.TextElideMode.ElideRight, width
        )
        subtitle = QFontMetrics(option.font).elidedText(
            index.data(SUBTITLE_ROLE) or "", Qt.TextElideMode.ElideRight, width
        )
        self._draw_html(painter, option.font, highlighted(title, self.terms), left, rect.top() + 5)
        self._draw_html(
            painter,
            option.font,
            highlighted(subtitle, self.terms, MUTED.name()),
            left,
            rect.top() + 24,
        )

    @staticmethod
    def _draw_html(painter: QPainter, font: QFont, html: str, x: int, y: int) -> None:
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(html)
        painter.save()
        painter.translate(x, y)
        document.drawContents(painter)
        painter.restore()
