"""A kanban board: columns side by side, cards dragged from one column to another.

The board never moves a card itself. A drop (or the keyboard, or the context
menu) *asks* for a move with :attr:`KanbanBoard.move_requested`; the page saves
it through its service and reloads the board from the database. A move the user
cancels or the service refuses therefore leaves every card where it was.

Drag and drop: each column's :class:`CardList` is a drag source only; the whole
:class:`BoardColumn` (header, cards, "show all" link) is the drop target. The
drag carries :data:`CARD_MIME`: the record id and the column it comes from.

Keyboard: arrows move between cards and columns, Ctrl+→ / Ctrl+← move the
selected card to the next / previous column, Enter opens it, the context-menu key
(or Shift+F10) offers "Move to…".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDrag, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.boards.cards import ID_ROLE, CardDelegate, CardView
from desktop.ui.none_refcount import replenish

CARD_MIME = "application/x-freelance-desk-card"
COLUMN_MIN_WIDTH = 194  # six columns fit beside the sidebar at 1440 pixels

_STYLE = """
QFrame#boardColumn { background: #f2f4f7; border: 1px solid #e4e7ec; border-radius: 10px; }
QFrame#boardColumn[dropTarget="true"] { background: #eaf1ff; border: 2px dashed #2f6fde; }
QLabel#columnTitle { font-weight: 600; color: #101828; }
QLabel#columnCount { background: #e4e7ec; color: #344054; border-radius: 9px; padding: 1px 8px; }
QLabel#columnTotal { color: #475467; }
QListWidget#cards { background: transparent; border: none; }
QListWidget#cards QScrollBar:vertical { background: transparent; width: 8px; margin: 0; }
QListWidget#cards QScrollBar::handle:vertical {
    background: #c9ced6; border-radius: 4px; min-height: 32px;
}
QListWidget#cards QScrollBar::handle:vertical:hover { background: #98a2b3; }
QListWidget#cards QScrollBar::add-line, QListWidget#cards QScrollBar::sub-line { height: 0; }
QListWidget#cards QScrollBar::add-page, QListWidget#cards QScrollBar::sub-page { background: none; }
QPushButton#showAll { border: none; color: #2f6fde; text-align: left; padding: 4px 10px; }
QPushButton#showAll:hover { text-decoration: underline; }
"""


@dataclass(frozen=True)
class ColumnView:
    """What a column shows: its header and its first cards."""

    key: str
    title: str
    count: str  # formatted count
    total: str = ""  # formatted total ("" when the column has none)
    total_tip: str = ""
    cards: tuple[CardView, ...] = field(default=())
    show_all: str = ""  # text of the "show all in the list" link; "" hides it


def card_mime(record_id: int, column: str) -> QMimeData:
    """The drag payload of a card: its record id and the column it leaves."""
    mime = QMimeData()
    mime.setData(CARD_MIME, json.dumps({"id": record_id, "from": column}).encode())
    return mime


def read_card_mime(mime: QMimeData) -> tuple[int, str] | None:
    """(record id, source column) of a card drag, None for anything else."""
    if not mime.hasFormat(CARD_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(CARD_MIME)).decode())
        return int(payload["id"]), str(payload["from"])
    except (ValueError, KeyError, TypeError):
        return None


class CardList(QListWidget):
    """The cards of one column: selectable, draggable, painted by :class:`CardDelegate`."""

    open_requested = Signal(int)
    step_requested = Signal(int, int)  # record id, -1 (previous column) or +1 (next)
    focus_neighbour = Signal(int)  # -1 left, +1 right
    menu_requested = Signal(int, QPoint)  # record id, global position

    def __init__(
        self,
        column: str,
        empty_text: str,
        tooltip: Callable[[int], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.column = column
        self.empty_text = empty_text
        self.tooltip = tooltip
        self.views: list[CardView] = []
        self.setObjectName("cards")
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there (and thin): a bar appearing would narrow the cards after their
        # heights were computed, and wrapped titles would overflow them.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        # The first cards are laid out (and shown) at once, the rest in later batches.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(40)
        self.setMouseTracking(True)  # hover border
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAcceptDrops(False)  # the column takes the drop, wherever it lands
        self.viewport().setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.itemDoubleClicked.connect(lambda item: self.open_requested.emit(self.record_id(item)))

    @staticmethod
    def record_id(item: QListWidgetItem) -> int:
        return item.data(ID_ROLE)

    def set_cards(self, cards: Sequence[CardView]) -> None:
        replenish()  # a few void Qt calls per card (see desktop.ui.none_refcount)
        self.clear()
        self.itemDelegate().forget()
        self.views = list(cards)
        for card in cards:
            item = QListWidgetItem()
            item.setData(ID_ROLE, card.record_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, card.accessible or card.title)
            self.addItem(item)

    def card(self, row: int) -> CardView | None:
        """The view of the card shown at ``row``."""
        return self.views[row] if 0 <= row < len(self.views) else None

    def row_of(self, record_id: int) -> int | None:
        for row in range(self.count()):
            if self.record_id(self.item(row)) == record_id:
                return row
        return None

    def current_record(self) -> int | None:
        item = self.currentItem()
        return self.record_id(item) if item is not None and item.isSelected() else None

    # -- drag source ---------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return card_mime(self.record_id(items[0]), self.column)

    def startDrag(self, supported_actions) -> None:
        """Our own QDrag: Qt's would delete the item from this list after a move."""
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        delegate: CardDelegate = self.itemDelegate()
        image = delegate.pixmap(self.card(self.row(item)), self.viewport().width())
        drag.setPixmap(image)
        drag.setHotSpot(QPoint(image.width() // 2, 16))
        drag.exec(Qt.DropAction.MoveAction)

    # -- keyboard and menu -------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        record_id = self.current_record()
        arrows = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if key in arrows and mods & Qt.KeyboardModifier.ControlModifier:
            if record_id is not None:
                self.step_requested.emit(record_id, arrows[key])
            return
        if key in arrows and not mods:
            self.focus_neighbour.emit(arrows[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and record_id is not None:
            self.open_requested.emit(record_id)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos()) if event.reason() == event.Reason.Mouse else None
        item = item or self.currentItem()
        if item is None:
            return
        self.setCurrentItem(item)
        position = event.globalPos()
        if event.reason() != event.Reason.Mouse:
            position = self.viewport().mapToGlobal(self.visualItemRect(item).center())
        self.menu_requested.emit(self.record_id(item), position)

    def viewportEvent(self, event) -> bool:
        """Tooltips asked for when the mouse rests on a card, not built for every card."""
        if event.type() == QEvent.Type.ToolTip and self.tooltip is not None:
            item = self.itemAt(event.pos())
            text = self.tooltip(self.record_id(item)) if item is not None else ""
            if text:
                rect = self.visualItemRect(item)
                QToolTip.showText(event.globalPos(), text, self.viewport(), rect)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:
        self.itemDelegate().forget()  # heights depend on the width
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.itemDelegate().forget()
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.currentItem() is None and self.count():
            self.setCurrentRow(0)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor("#667085"))
        painter.drawText(
            self.viewport().rect().adjusted(12, 24, -12, -12),
            int(
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            ),
            self.empty_text,
        )


class BoardColumn(QFrame):
    """One column: header (label, count, total), its cards, and a "show all" link."""

    card_dropped = Signal(int, str)  # record id, column the card comes from
    show_all_clicked = Signal()

    def __init__(
        self,
        key: str,
        empty_text: str,
        tooltip: Callable[[int], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("boardColumn")
        self.setProperty("dropTarget", False)
        self.setAcceptDrops(True)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = QLabel()
        self.title.setObjectName("columnTitle")
        self.count = QLabel()
        self.count.setObjectName("columnCount")
        self.total = QLabel()
        self.total.setObjectName("columnTotal")
        self.cards = CardList(key, empty_text, tooltip)
        self.show_all = QPushButton()
        self.show_all.setObjectName("showAll")
        self.show_all.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_all.clicked.connect(self.show_all_clicked)
        header = QHBoxLayout()
        header.setContentsMargins(10, 8, 10, 0)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        total_row = QHBoxLayout()
        total_row.setContentsMargins(10, 0, 10, 4)
        total_row.addWidget(self.total)
        layout.addLayout(total_row)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.show_all)

    def set_view(self, view: ColumnView) -> None:
        self.title.setText(view.title)
        self.count.setText(view.count)
        self.total.setText(view.total or "—")
        self.total.setToolTip(view.total_tip)
        self.cards.set_cards(view.cards)
        self.show_all.setText(view.show_all)
        self.show_all.setVisible(bool(view.show_all))

    # -- drop target -----------------------------------------------------------------
    def _accepts(self, event) -> bool:
        card = read_card_mime(event.mimeData())
        return card is not None and card[1] != self.key

    def _highlight(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self._highlight(False)
        card = read_card_mime(event.mimeData())
        if card is None or card[1] == self.key:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.card_dropped.emit(card[0], card[1])


class KanbanBoard(QScrollArea):
    """Columns side by side, scrolled horizontally when they do not fit.

    ``columns`` are (key, label) pairs, in order; ``tooltip(record_id)`` gives a
    card's tooltip when the mouse rests on it. The board emits requests; the page
    that owns it performs them and calls :meth:`set_columns` again.
    """

    move_requested = Signal(int, str, str)  # record id, from column, to column
    open_requested = Signal(int)  # record id
    show_all_requested = Signal(str)  # column key

    def __init__(
        self,
        columns: Sequence[tuple[str, str]],
        empty_column_text: str,
        tooltip: Callable[[int], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kanban")
        self.setStyleSheet(_STYLE)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.labels = dict(columns)
        self.keys = [key for key, _label in columns]
        self.columns: dict[str, BoardColumn] = {}
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for key in self.keys:
            column = BoardColumn(key, empty_column_text, tooltip)
            column.title.setText(self.labels[key])
            column.card_dropped.connect(
                lambda record_id, source, key=key: self._request(record_id, source, key)
            )
            column.show_all_clicked.connect(lambda key=key: self.show_all_requested.emit(key))
            cards = column.cards
            cards.open_requested.connect(self.open_requested)
            cards.step_requested.connect(
                lambda record_id, step, key=key: self._step(record_id, key, step)
            )
            cards.focus_neighbour.connect(lambda step, key=key: self._focus_neighbour(key, step))
            cards.menu_requested.connect(
                lambda record_id, position, key=key: self._menu(record_id, key, position)
            )
            cards.currentItemChanged.connect(
                lambda current, _previous, key=key: self._current_changed(key, current)
            )
            self.columns[key] = column
            row.addWidget(column, 1)
        self.setWidget(inner)

    # -- contents -------------------------------------------------------------------
    def set_columns(self, views: Sequence[ColumnView]) -> None:
        """Show new contents; the selected card stays selected if it is still shown."""
        replenish()
        selected = self.current_card()
        for view in views:
            self.columns[view.key].set_view(view)
        if selected is not None:
            self.select_card(selected[1])

    def select_card(self, record_id: int) -> bool:
        """Select (and scroll to) the card of ``record_id`` wherever it is."""
        for key in self.keys:
            cards = self.columns[key].cards
            row = cards.row_of(record_id)
            if row is not None:
                cards.setCurrentRow(row)
                cards.scrollToItem(cards.item(row))
                self.ensureWidgetVisible(self.columns[key], 40, 0)
                return True
        return False

    def current_card(self) -> tuple[str, int] | None:
        """(column, record id) of the selected card."""
        for key in self.keys:
            record_id = self.columns[key].cards.current_record()
            if record_id is not None:
                return key, record_id
        return None

    def focus_card(self) -> None:
        """Give the keyboard focus to the selected card (or the first column)."""
        current = self.current_card()
        key = current[0] if current else self.keys[0]
        self.columns[key].cards.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- requests --------------------------------------------------------------------
    def _request(self, record_id: int, source: str, target: str) -> None:
        # Queued: a drop finishes (and Qt's drag loop returns) before the page asks
        # questions (the lost reason) and rebuilds the columns the drag came from.
        QTimer.singleShot(0, self, lambda: self.move_requested.emit(record_id, source, target))

    def _step(self, record_id: int, key: str, step: int) -> None:
        index = self.keys.index(key) + step
        if 0 <= index < len(self.keys):
            self._request(record_id, key, self.keys[index])

    def _focus_neighbour(self, key: str, step: int) -> None:
        index = self.keys.index(key) + step
        if not 0 <= index < len(self.keys):
            return
        source = self.columns[key].cards
        target = self.columns[self.keys[index]].cards
        row = min(max(source.currentRow(), 0), target.count() - 1)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if row >= 0:
            target.setCurrentRow(row)
        self.ensureWidgetVisible(self.columns[self.keys[index]], 40, 0)

    def _current_changed(self, key: str, current: QListWidgetItem | None) -> None:
        if current is None:
            return
        for other in self.keys:  # one selected card on the whole board
            if other != key:
                self.columns[other].cards.clearSelection()

    def menu_for(self, record_id: int, key: str) -> QMenu:
        """The context menu of a card: open it, move it to any other column."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(record_id))
        menu.addSeparator()
        move = menu.addMenu(self.tr("Move to…"))
        move.setObjectName("moveMenu")
        index = self.keys.index(key)
        for i, other in enumerate(self.keys):
            text = self.labels[other]
            if abs(i - index) == 1:  # a hint only: the card list handles these keys
                keys = QKeySequence("Ctrl+Right" if i > index else "Ctrl+Left")
                text += "\t" + keys.toString(QKeySequence.SequenceFormat.NativeText)
            action = move.addAction(text)
            action.setData(other)
            action.setEnabled(other != key)
            action.triggered.connect(
                lambda _checked=False, other=other: self._request(record_id, key, other)
            )
        return menu

    def _menu(self, record_id: int, key: str, position: QPoint) -> None:
        menu = self.menu_for(record_id, key)
        menu.exec(position)
        menu.deleteLater()
