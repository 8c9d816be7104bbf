"""What a card shows, and how it is painted.

A board's page turns its records into :class:`CardView` (already translated and
formatted); :class:`CardDelegate` paints them. Painting rather than one widget
per card: a board of seven columns of 200 cards stays a few list items, and the
card's height follows its width (titles wrap, nothing is cut).
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
    tooltip: str = ""
    accessible: str = ""  # what a screen reader says (defaults to the title)


_FONTS: dict[str, tuple[QFont, QFont, QFont]] = {}


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """Title, small and small bold variants of ``base``, made once per base font."""
    key = base.key()
    if key not in _FONTS:
        _FONTS[key] = _derive_fonts(base)
    return _FONTS[key]


def _derive_fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    title = QFont(base)
    title.setWeight(QFont.Weight.DemiBold)
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() - 1, 7))
    strong = QFont(small)
    strong.setWeight(QFont.Weight.DemiBold)
    return title, small, strong


class CardDelegate(QStyledItemDelegate):
    """Paints the :class:`CardView` of each row of a list that has ``card(row)``.

    The views stay in a Python list beside the items: a Python object stored in a
    QVariant item role upset PySide's reference counts at interpreter exit.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    # -- geometry --------------------------------------------------------------
    def _text_width(self) -> int:
        return max(self.view.viewport().width() - 2 * (_GAP + _PAD), 60)

    @staticmethod
    def _wrapped(font: QFont, width: int, text: str) -> int:
        if not text:
            return 0
        flags = Qt.TextFlag.TextWordWrap
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), flags, text).height()

    @staticmethod
    def _row_fits(left: str, right: str, small: QFont, strong: QFont, width: int) -> bool:
        """Whether the left and right texts of a row fit side by side (else: two rows)."""
        if not (left and right):
            return True
        need = QFontMetrics(small).horizontalAdvance(left) + 12
        return need + QFontMetrics(strong).horizontalAdvance(right) <= width

    @staticmethod
    def _marks_width(card: CardView, small: QFont) -> int:
        """Width of the trust dots and the badge, left of the footer."""
        width = (card.dots[1] * (_DOT + 4) + 6) if card.dots else 0
        if card.badge:
            width += QFontMetrics(small).horizontalAdvance(card.badge) + 12 + 8
        return width

    def _footer_fits(self, card: CardView, small: QFont, width: int) -> bool:
        if not card.date or not (card.dots or card.badge):
            return True
        return (
            self._marks_width(card, small) + QFontMetrics(small).horizontalAdvance(card.date)
            <= width
        )

    def _heights(self, card: CardView, font: QFont, width: int) -> list[int]:
        """Heights of: title, subtitle, note, the left/right row, the footer (0: absent)."""
        title, small, strong = _fonts(font)
        row = max(QFontMetrics(strong).height(), _DOT + 2)
        heights = [self._wrapped(title, width, card.title)]
        heights.append(self._wrapped(font, width, card.subtitle))
        heights.append(self._wrapped(small, width, card.note))
        if card.left or card.right:
            rows = 1 if self._row_fits(card.left, card.right, small, strong, width) else 2
            heights.append(rows * row)
        else:
            heights.append(0)
        if card.dots or card.badge or card.date:
            rows = 1 if self._footer_fits(card, small, width) else 2
            heights.append(rows * row + 4)
        else:
            heights.append(0)
        return heights

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        replenish()
        card = self.view.card(index.row())
        if card is None:
            return super().sizeHint(option, index)
        heights = [h for h in self._heights(card, option.font, self._text_width()) if h]
        inner = sum(heights) + _LINE * (len(heights) - 1)
        return QSize(self.view.viewport().width(), inner + 2 * (_PAD + _GAP))

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
        self.paint_card(painter, QRect(option.rect), option.font, card, selected, hovered, focused)

    def paint_card(
        self,
        painter: QPainter,
        rect: QRect,
        font: QFont,
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

        title_font, small, strong = _fonts(font)
        width = rect.width() - 2 * (_GAP + _PAD)
        x = rect.left() + _GAP + _PAD
        y = rect.top() + _GAP + _PAD
        heights = self._heights(card, font, width)
        wrap = Qt.TextFlag.TextWordWrap
        for text, text_font, colour, height in (
            (card.title, title_font, "#101828", heights[0]),
            (card.subtitle, font, "#475467", heights[1]),
            (card.note, small, "#667085", heights[2]),
        ):
            if height:
                painter.setFont(text_font)
                painter.setPen(QColor(colour))
                painter.drawText(QRect(x, y, width, height), int(wrap), text)
                y += height + _LINE
        if heights[3]:
            self._row(painter, QRect(x, y, width, heights[3]), card, small, strong)
            y += heights[3] + _LINE
        if heights[4]:
            self._footer(painter, QRect(x, y + 4, width, heights[4] - 4), card, small)
        painter.restore()

    def _row(self, painter, rect: QRect, card: CardView, small: QFont, strong: QFont) -> None:
        """Left text and right amount on one line, or on two when they do not fit."""
        split = not self._row_fits(card.left, card.right, small, strong, rect.width())
        height = rect.height() // 2 if split else rect.height()
        middle = Qt.AlignmentFlag.AlignVCenter
        if card.left:
            painter.setFont(small)
            painter.setPen(QColor("#b42318" if card.left_alert else "#344054"))
            line = QRect(rect.left(), rect.top(), rect.width(), height)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | middle), card.left)
        if card.right:
            painter.setFont(strong)
            painter.setPen(QColor("#101828"))
            line = QRect(rect.left(), rect.bottom() - height + 1, rect.width(), height)
            painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | middle), card.right)

    def _footer(self, painter, rect: QRect, card: CardView, small: QFont) -> None:
        """Trust dots and badge on the left, the date on the right (below if no room)."""
        split = not self._footer_fits(card, small, rect.width())
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
        metrics = QFontMetrics(small)
        if card.badge:
            background, colour = _TONES.get(card.badge_tone, _TONES[""])
            box = QRect(x, rect.top(), metrics.horizontalAdvance(card.badge) + 12, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(QRectF(box), 5, 5)
            painter.setFont(small)
            painter.setPen(colour)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), card.badge)
        if card.date:
            painter.setFont(small)
            painter.setPen(QColor("#b42318" if card.date_alert else "#475467"))
            line = QRect(rect.left(), rect.bottom() - height + 1, rect.width(), height)
            painter.drawText(
                line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), card.date
            )

    def pixmap(self, card: CardView, width: int) -> QPixmap:
        """The card as an image, to follow the mouse while it is dragged."""
        probe = QStyleOptionViewItem()
        probe.font = self.view.font()
        heights = [h for h in self._heights(card, probe.font, width - 2 * (_GAP + _PAD)) if h]
        height = sum(heights) + _LINE * (len(heights) - 1) + 2 * (_PAD + _GAP)
        image = QPixmap(width, height)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint_card(painter, QRect(0, 0, width, height), probe.font, card, selected=True)
        painter.end()
        return image
