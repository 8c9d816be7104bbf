"""The building blocks of the Home dashboard: tiles, their clickable rows, and a grid that
reflows them to the window's width.

- :class:`Tile`: a white card with a title (a button: it opens the tile's section) and
  rows, built once and updated in place (a refresh does not make the page jump). Until
  its figures arrive it shows a light placeholder.
- :class:`LinkRow`: what a figure counts, the figure, an optional detail line below and an
  optional data bar (its share of the tile's largest figure). Clicked, or Enter/Space
  with the keyboard, it emits its link (desktop/ui/dashboard/links.py).
- :class:`TileGrid`: three columns when there is room, then two, then one; tiles never
  need a horizontal scroll bar (a 1280x720 screen in French is the measure).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
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
QFrame#tileRow { border-radius: 6px; }
QFrame#tileRow[link="true"]:hover { background: #f3f6fb; }
QFrame#tileRow:focus { background: #eaf1fd; }
QLabel#rowText { color: #374151; }
QLabel#rowValue { color: #111827; font-weight: 600; }
QLabel#rowDetail { color: #6b7280; font-size: 11px; }
QLabel#rowValue[big="true"] { font-size: 20px; }
QLabel#rowValue[tone="alert"] { color: #b42318; }
QLabel#rowValue[tone="good"] { color: #067647; }
QLabel#rowValue[tone="muted"] { color: #6b7280; font-weight: 400; }
"""


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class LinkRow(QFrame):
    """One figure of a tile; emits ``activated(link)`` when clicked (if it has a link)."""

    activated = Signal(str)

    def __init__(self, link: str = "", big: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tileRow")
        self.link = ""
        self.fraction: float | None = None
        self.text = QLabel()
        self.text.setObjectName("rowText")
        self.text.setWordWrap(True)
        self.value = QLabel()
        self.value.setObjectName("rowValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.detail = QLabel()
        self.detail.setObjectName("rowDetail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 3, 6, 5)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.text, 0, 0)
        layout.addWidget(self.value, 0, 1)
        layout.addWidget(self.detail, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.value.setProperty("big", big)
        self.set_link(link)

    def set_link(self, link: str) -> None:
        self.link = link
        self.setProperty("link", bool(link))
        self.setCursor(Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if link else Qt.FocusPolicy.NoFocus)
        _restyle(self)

    def show_figure(
        self,
        text: str,
        value: str,
        detail: str = "",
        fraction: float | None = None,
        tone: str = "",
        tooltip: str = "",
    ) -> None:
        self.text.setText(text)
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.fraction = None if fraction is None else max(0.0, min(1.0, fraction))
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{text}: {value}")
        if self.value.property("tone") != tone:
            self.value.setProperty("tone", tone)
            _restyle(self.value)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.fraction is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(6, self.height() - 4, self.width() - 12, 3)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, 1.5, 1.5)
        if self.fraction > 0:
            filled = QRectF(track.x(), track.y(), max(3.0, track.width() * self.fraction), 3)
            painter.setBrush(BAR)
            painter.drawRoundedRect(filled, 1.5, 1.5)

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
