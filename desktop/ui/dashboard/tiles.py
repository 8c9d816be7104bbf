"""The building blocks of the Home dashboard: tiles, their clickable rows, and a grid that
reflows them to the window's width.

- :class:`Tile`: a white card with a title (a button: it opens the tile's section) and
  rows, built once and updated in place (a refresh does not make the page jump). Until
  its figures arrive it shows a light placeholder.
- :class:`LinkRow`: what a figure counts, the figure, an optional detail line below and an
  optional data bar (its share of the tile's largest figure), painted. Clicked, or
  Enter/Space with the keyboard, it emits its link (desktop/ui/dashboard/links.py).
- :class:`TileGrid`: three columns when there is room, then two, then one; tiles never
  need a horizontal scroll bar (a 1280x720 screen in French is the measure).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MIN_TILE_WIDTH = 280  # a French row ("Factures à échéance sous 7 jours") still fits
TILE_SPACING = 14
BAR = QColor("#7fa7ea")  # the app's accent, lighter: a data bar, not an underline
TRACK = QColor("#f0f2f5")

STYLESHEET = """
QFrame#tile { background: white; border: 1px solid #e5e7eb; border-radius: 10px; }
QPushButton#tileTitle {
    border: none; background: transparent; text-align: left; padding: 0;
    font-size: 14px; font-weight: 600; color: #111827;
}
QPushButton#tileTitle:hover, QPushButton#tileTitle:focus { color: #2f6fde; }
QLabel#tilePlaceholder { color: #c0c6cf; font-size: 22px; }
QLabel#tileNote { color: #6b7280; }
"""


def _font(base: QFont, pixels: int | None = None, bold: bool = False) -> QFont:
    font = QFont(base)
    if pixels:
        font.setPixelSize(pixels)
    font.setBold(bold)
    return font


TEXT_COLOUR = QColor("#374151")
VALUE_COLOURS = {
    "": QColor("#111827"),
    "alert": QColor("#b42318"),
    "good": QColor("#067647"),
    "muted": QColor("#6b7280"),
}
DETAIL_COLOUR = QColor("#6b7280")
HOVER = QColor("#f3f6fb")
FOCUS = QColor("#eaf1fd")
PAD_X, PAD_TOP, PAD_BOTTOM, GAP = 6, 3, 6, 10


def load_fonts() -> None:
    """Load the fonts the rows paint with (a row of each kind, measured, then dropped):
    before the first figures arrive, in a turn of its own at start-up. The first row
    shown with a font loaded it in the turn that filled its tile: 6 ms on a quiet
    machine, 15-20 at start-up while the tiles' reads run beside it."""
    for big, tone in ((True, "alert"), (False, ""), (False, "muted")):
        row = LinkRow("", big)
        row.show_figure("Aa", "0123456789 €", "Aa", tone=tone)
        row.deleteLater()


class LinkRow(QWidget):
    """One figure of a tile, painted (not built of labels: a dozen rows built of labels
    cost 20 ms of the UI thread on the first fill); ``activated(link)`` when clicked.

    What it counts (``label``, wrapped on two lines at most), the figure (``figure``,
    right-aligned), an optional ``detail`` line and an optional data bar (``fraction``).
    """

    activated = Signal(str)

    def __init__(self, link: str = "", big: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tileRow")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.big = big
        self.link = ""
        self.label = self.figure = self.detail = ""
        self.tone = ""
        self.fraction: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_link(link)

    # -- content -------------------------------------------------------------------------
    def set_link(self, link: str) -> None:
        self.link = link
        self.setCursor(Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if link else Qt.FocusPolicy.NoFocus)

    def show_figure(
        self,
        text: str,
        value: str,
        detail: str = "",
        fraction: float | None = None,
        tone: str = "",
        tooltip: str = "",
    ) -> None:
        changed = (text, value, detail) != (self.label, self.figure, self.detail)
        self.label, self.figure, self.detail, self.tone = text, value, detail, tone
        self.fraction = None if fraction is None else max(0.0, min(1.0, fraction))
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{text}: {value}" + (f" ({detail})" if detail else ""))
        if changed:
            self._fit_height()
        self.update()

    # -- geometry ------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = self.font()
        value = _font(base, 20 if self.big else None, bold=self.tone != "muted")
        return base, value, _font(base, 11)

    def _text_width(self, width: int) -> int:
        _, value_font, _ = self._fonts()
        value = QFontMetrics(value_font).horizontalAdvance(self.figure)
        return max(40, width - 2 * PAD_X - value - GAP)

    def _label_height(self, width: int) -> int:
        metrics = QFontMetrics(self.font())
        bound = metrics.boundingRect(
            QRect(0, 0, self._text_width(width), 2 * metrics.lineSpacing()),
            int(Qt.TextFlag.TextWordWrap),
            self.label,
        )
        return min(max(bound.height(), metrics.height()), 2 * metrics.lineSpacing())

    def _fit_height(self) -> None:
        """A fixed height for the current width (one or two lines of label, the detail).

        Not a height-for-width item: the scroll area would then size the whole page by
        heightForWidth, which QGridLayout underestimates, and squeezed the tiles."""
        height = self.heightForWidth(self.width() if self.width() > 100 else MIN_TILE_WIDTH - 20)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def heightForWidth(self, width: int) -> int:
        _, value_font, detail_font = self._fonts()
        first = max(self._label_height(width), QFontMetrics(value_font).height())
        detail = QFontMetrics(detail_font).height() if self.detail else 0
        return PAD_TOP + first + detail + PAD_BOTTOM

    def sizeHint(self) -> QSize:
        return QSize(MIN_TILE_WIDTH - 20, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.height())

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        if self.link and (self.hasFocus() or self.underMouse()):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FOCUS if self.hasFocus() else HOVER)
            painter.drawRoundedRect(QRectF(0, 0, width, height), 6, 6)
        base, value_font, detail_font = self._fonts()
        first = max(self._label_height(width), QFontMetrics(value_font).height())
        painter.setFont(value_font)
        painter.setPen(VALUE_COLOURS.get(self.tone, VALUE_COLOURS[""]))
        value_rect = QRect(PAD_X, PAD_TOP, width - 2 * PAD_X, first)
        align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(value_rect, int(align_right), self.figure)
        painter.setFont(base)
        painter.setPen(TEXT_COLOUR)
        text_rect = QRect(PAD_X, PAD_TOP, self._text_width(width), first)
        metrics = QFontMetrics(base)
        label = self.label
        if metrics.boundingRect(text_rect, int(Qt.TextFlag.TextWordWrap), label).height() > (
            2 * metrics.lineSpacing()
        ):  # three lines would not fit: the end is cut, the tooltip says it all
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 2 * text_rect.width())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(flags) | int(Qt.TextFlag.TextWordWrap), label)
        if self.detail:
            painter.setFont(detail_font)
            painter.setPen(DETAIL_COLOUR)
            detail_metrics = QFontMetrics(detail_font)
            detail_rect = QRect(PAD_X, PAD_TOP + first, width - 2 * PAD_X, detail_metrics.height())
            detail = detail_metrics.elidedText(
                self.detail, Qt.TextElideMode.ElideRight, detail_rect.width()
            )
            painter.drawText(detail_rect, int(flags), detail)
        if self.fraction is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            track = QRectF(PAD_X, height - 4, width - 2 * PAD_X, 3)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 1.5, 1.5)
            if self.fraction > 0:
                filled = QRectF(track.x(), track.y(), max(3.0, track.width() * self.fraction), 3)
                painter.setBrush(BAR)
                painter.drawRoundedRect(filled, 1.5, 1.5)

    # -- input ---------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        inside = self.rect().contains(event.position().toPoint())
        if self.link and event.button() == Qt.MouseButton.LeftButton and inside:
            self.activated.emit(self.link)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.link and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.link)
            return
        super().keyPressEvent(event)


class Tile(QFrame):
    """A card of the dashboard: a title that opens its section, then its figures."""

    activated = Signal(str)

    def __init__(self, title: str, link: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.title = QPushButton(title)
        self.title.setObjectName("tileTitle")
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.title.clicked.connect(lambda: self.activated.emit(link))
        self.placeholder = QLabel("…")
        self.placeholder.setObjectName("tilePlaceholder")
        self.note = QLabel()
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.rows: dict[str, LinkRow] = {}
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.note)
        layout.addLayout(self.body)
        layout.addStretch(1)
        self.filled = False

    def set_title(self, title: str) -> None:
        self.title.setText(title)

    def row(self, key: str, link: str = "", big: bool = False) -> LinkRow:
        """The row ``key`` (built the first time, in the order first asked), shown."""
        row = self.rows.get(key)
        if row is None:
            row = LinkRow(link, big)
            row.activated.connect(self.activated)
            self.rows[key] = row
            self.body.addWidget(row)
        elif row.link != link:
            row.set_link(link)
        row.show()
        return row

    def hide_rows(self, keep: set[str] | None = None) -> None:
        """Hide every row but ``keep`` (before filling again: rows not refilled stay hidden)."""
        for key, row in self.rows.items():
            if keep is None or key not in keep:
                row.hide()

    def show_note(self, text: str) -> None:
        """A sentence under the title (an empty state, a failure); "" hides it."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def mark_filled(self) -> None:
        self.placeholder.hide()
        self.filled = True


class TileGrid(QWidget):
    """Tiles in up to three columns, fewer when the width does not allow them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(TILE_SPACING)
        self.tiles: list[tuple[QWidget, int]] = []
        self.columns = 0
        # Narrower than three tiles: the scroll area may shrink it, and the tiles reflow.
        self.setMinimumWidth(MIN_TILE_WIDTH)

    def add(self, tile: QWidget, span: int = 1) -> None:
        self.tiles.append((tile, span))
        self._place(self.columns or 3)

    @staticmethod
    def columns_for(width: int) -> int:
        return max(1, min(3, (width + TILE_SPACING) // (MIN_TILE_WIDTH + TILE_SPACING)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        columns = self.columns_for(event.size().width())
        if columns != self.columns:
            self._place(columns)

    def _place(self, columns: int) -> None:
        self.columns = columns
        while self.grid.count():
            self.grid.takeAt(0)
        row = column = 0
        for tile, span in self.tiles:
            span = min(span, columns)
            if column + span > columns:
                row, column = row + 1, 0
            self.grid.addWidget(tile, row, column, 1, span)
            column += span
            if column >= columns:
                row, column = row + 1, 0
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
            self.grid.setColumnMinimumWidth(c, 0)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 3 * MIN_TILE_WIDTH), hint.height())
