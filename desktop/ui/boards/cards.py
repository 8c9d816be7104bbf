"""What a card shows, and how it is painted.

A board's page turns its records into :class:`CardView` (already translated and
formatted); :class:`CardDelegate` paints them. Painting rather than one widget
per card: a board of seven columns of 200 cards stays a few list items, and the
card's height follows its width (titles wrap, nothing is cut).

Measured: laying out 1,200 cards spent most of its time measuring wrapped text,
so a text that fits on one line is measured by its advance only, fonts and
metrics are made once per list, and each card's line heights are kept until the
cards or the width change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.none_refcount import replenish

ID_ROLE = Qt.ItemDataRole.UserRole + 10  # the record id of a card's list item

_GAP = 4  # around a card, inside the column
_PAD = 10  # inside a card
_LINE = 4  # between lines
_DOT = 8  # trust dots
_WRAP = int(Qt.TextFlag.TextWordWrap)
_TONES = {
    "good": (QColor("#ecfdf3"), QColor("#067647")),
    "warning": (QColor("#fffaeb"), QColor("#b54708")),
    "alert": (QColor("#fef3f2"), QColor("#b42318")),
    "": (QColor("#f2f4f7"), QColor("#344054")),
}


@dataclass(frozen=True)
class CardView:
    """One card, ready to paint: every text translated and formatted."""

    record_id: int
    title: str  # bold; wraps
    subtitle: str = ""  # wraps
    note: str = ""  # smaller, wraps (skills)
    left: str = ""  # bottom rows: owner, start date...
    left_alert: bool = False  # in red: a start date passed
    right: str = ""  # bold, right-aligned: an amount
    dots: tuple[int, int] | None = None  # (filled, out of): the trust indicator
    badge: str = ""  # a small label, e.g. scope 3/5
    badge_tone: str = ""  # "good", "warning", "alert" or ""
    date: str = ""  # bottom right
    date_alert: bool = False  # in red: overdue
    accessible: str = ""  # what a screen reader says (defaults to the title)


class _Type:
    """The fonts of a card and their metrics, derived once from the list's font."""

    def __init__(self, base: QFont) -> None:
        self.text = QFont(base)
        self.title = QFont(base)
        self.title.setWeight(QFont.Weight.DemiBold)
        self.small = QFont(base)
        self.small.setPointSizeF(max(base.pointSizeF() - 1, 7))
        self.strong = QFont(self.small)
        self.strong.setWeight(QFont.Weight.DemiBold)
        self.text_m, self.title_m = QFontMetrics(self.text), QFontMetrics(self.title)
        self.small_m, self.strong_m = QFontMetrics(self.small), QFontMetrics(self.strong)
        self.row = max(self.strong_m.height(), _DOT + 2)


def _wrapped(metrics: QFontMetrics, width: int, text: str) -> int:
    """Height of ``text`` wrapped at word boundaries in ``width``."""
    if not text:
        return 0
    if metrics.horizontalAdvance(text) <= width:  # most texts: one line, cheap to know
        return metrics.height()
    return metrics.boundingRect(QRect(0, 0, width, 10_000), _WRAP, text).height()


class CardDelegate(QStyledItemDelegate):
    """Paints the :class:`CardView` of each row of a list that has ``card(row)``.

    The views stay in a Python list beside the items: a Python object stored in a
    QVariant item role upset PySide's reference counts at interpreter exit.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view
        self._type: _Type | None = None
        self._heights: dict[tuple[int, int], list[int]] = {}  # (id(card), width) -> heights

    def forget(self) -> None:
        """Drop measured heights (new cards, or a new font)."""
        self._heights.clear()
        self._type = None

    @property
    def type(self) -> _Type:
        if self._type is None:
            self._type = _Type(self.view.font())
        return self._type

    # -- geometry --------------------------------------------------------------
    def _row_fits(self, left: str, right: str, width: int) -> bool:
        """Whether the left and right texts of a row fit side by side (else: two rows)."""
        if not (left and right):
            return True
        need = self.type.small_m.horizontalAdvance(left) + 12
        return need + self.type.strong_m.horizontalAdvance(right) <= width

    def _footer_fits(self, card: CardView, width: int) -> bool:
        """Whether the dots, the badge and the date fit on one line (else: two)."""
        if not card.date or not (card.dots or card.badge):
            return True
        small = self.type.small_m
        marks = (card.dots[1] * (_DOT + 4) + 6) if card.dots else 0
        if card.badge:
            marks += small.horizontalAdvance(card.badge) + 12 + 8
        return marks + small.horizontalAdvance(card.date) <= width

    def heights(self, card: CardView, width: int) -> list[int]:
        """Heights of: title, subtitle, note, the left/right row, the footer (0: absent)."""
        key = (id(card), width)
        cached = self._heights.get(key)
        if cached is not None:
            return cached
        t = self.type
        heights = [
            _wrapped(t.title_m, width, card.title),
            _wrapped(t.text_m, width, card.subtitle),
            _wrapped(t.small_m, width, card.note),
            0,
            0,
        ]
        if card.left or card.right:
            heights[3] = t.row * (1 if self._row_fits(card.left, card.right, width) else 2)
        if card.dots or card.badge or card.date:
            heights[4] = t.row * (1 if self._footer_fits(card, width) else 2) + 4
        self._heights[key] = heights
        return heights

    def card_height(self, card: CardView, width: int) -> int:
        """The whole card's height for a list ``width`` wide."""
        shown = [h for h in self.heights(card, width - 2 * (_GAP + _PAD)) if h]
        return sum(shown) + _LINE * (len(shown) - 1) + 2 * (_PAD + _GAP)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        card = self.view.card(index.row())
        if card is None:
            return super().sizeHint(option, index)
        width = self.view.viewport().width()
        return QSize(width, self.card_height(card, width))

    # -- painting ----------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = self.view.card(index.row())
        if card is None:
            super().paint(painter, option, index)
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = selected and self.view.hasFocus()
        self.paint_card(painter, QRect(option.rect), card, selected, hovered, focused)

    def paint_card(
        self,
        painter: QPainter,
        rect: QRect,
        card: CardView,
        selected: bool = False,
        hovered: bool = False,
        focused: bool = False,
    ) -> None:
        replenish()  # about forty void Qt calls follow (see desktop.ui.none_refcount)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(rect.adjusted(_GAP, _GAP, -_GAP, -_GAP))
        border = QColor("#2f6fde") if selected else QColor("#9bb8f0" if hovered else "#e4e7ec")
        painter.setPen(QPen(border, 2 if focused else 1))
        painter.setBrush(QColor("#f5f8ff") if selected else QColor("white"))
        painter.drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)

        t = self.type
        width = rect.width() - 2 * (_GAP + _PAD)
        x = rect.left() + _GAP + _PAD
        y = rect.top() + _GAP + _PAD
        heights = self.heights(card, width)
        for text, font, colour, height in (
            (card.title, t.title, "#101828", heights[0]),
            (card.subtitle, t.text, "#475467", heights[1]),
            (card.note, t.small, "#667085", heights[2]),
        ):
            if height:
                painter.setFont(font)
                painter.setPen(QColor(colour))
                painter.drawText(QRect(x, y, width, height), _WRAP, text)
                y += height + _LINE
        if heights[3]:
            self._row(painter, QRect(x, y, width, heights[3]), card)
            y += heights[3] + _LINE
        if heights[4]:
            self._footer(painter, QRect(x, y + 4, width, heights[4] - 4), card)
        painter.restore()

    def _row(self, painter: QPainter, rect: QRect, card: CardView) -> None:
        """Left text and right amount on one line, or on two when they do not fit."""
        split = not self._row_fits(card.left, card.right, rect.width())
        height = rect.height() // 2 if split else rect.height()
        middle = Qt.AlignmentFlag.AlignVCenter
        if card.left:
            painter.setFont(self.type.small)
            painter.setPen(QColor("#b42318" if card.left_alert else "#344054"))
            line = QRect(rect.left(), rect.top(), rect.width(), height)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | middle), card.left)
        if card.right:
            painter.setFont(self.type.strong)
            painter.setPen(QColor("#101828"))
            line = QRect(rect.left(), rect.bottom() - height + 1, rect.width(), height)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | middle), card.right)

    def _footer(self, painter: QPainter, rect: QRect, card: CardView) -> None:
        """Trust dots and badge on the left, the date on the right (below if no room)."""
        split = not self._footer_fits(card, rect.width())
        height = rect.height() // 2 if split else rect.height()
        x = rect.left()
        middle = rect.top() + height // 2
        if card.dots:
            filled, total = card.dots
            for i in range(total):
                colour = QColor("#12b76a" if i < filled else "#98a2b3")
                painter.setPen(QPen(colour, 1.2))
                painter.setBrush(colour if i < filled else Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QRectF(x + 0.5, middle - _DOT / 2, _DOT - 1, _DOT - 1))
                x += _DOT + 4
            x += 6
        painter.setFont(self.type.small)
        if card.badge:
            background, colour = _TONES.get(card.badge_tone, _TONES[""])
            box = QRect(x, rect.top(), self.type.small_m.horizontalAdvance(card.badge) + 12, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(QRectF(box), 5, 5)
            painter.setPen(colour)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), card.badge)
        if card.date:
            painter.setPen(QColor("#b42318" if card.date_alert else "#475467"))
            line = QRect(rect.left(), rect.bottom() - height + 1, rect.width(), height)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(line, int(align), card.date)

    def pixmap(self, card: CardView, width: int) -> QPixmap:
        """The card as an image, to follow the mouse while it is dragged."""
        image = QPixmap(width, self.card_height(card, width))
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint_card(painter, image.rect(), card, selected=True)
        painter.end()
        return image
