"""The timeline of a record: its written traces and files, newest first.

Embed one :class:`TimelineWidget` per kind of record (talent, company,
contact, mission, contract) and call :meth:`TimelineWidget.set_subject` when
the selection changes. It emits ``changed()`` after any write (refresh counts)
and ``deleted(snapshot)`` after a delete, for the main window's undo stack.

The entries are read on the reader thread (:func:`~desktop.ui.tasks.run_read`), the
cards shown staying until the new ones are read; the cards are then built a few per
event-loop turn, the first ones at once. Built all at once on the UI thread, the first
page of a record with 2,000 traces and each "Show older entries" stalled the window
for 150-290 ms (15 cards with their labels, buttons and layouts, polished against the
stylesheet, then laid out and painted in one go).
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.vocabulary import ActivityKind
from desktop.profile import Profile
from desktop.services import activities, attachments
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.tasks import run_read
from desktop.ui.traces import files
from desktop.ui.traces.dialog import ActivityDialog
from desktop.ui.traces.entry import EntryCard, cached_icon, format_moment

PAGE = 15  # entries read at once (3 screens); scrolling down adds more
FIRST_BATCH = 3  # cards built as soon as the entries are read: the top of the panel at once
BATCH = 1  # cards built per event-loop turn after that (10-25 ms each on a loaded machine)
RAIL_X = 20
DOT_Y = 20
DOT_RADIUS = 14

STYLE = """
QFrame#traceCard { background: white; border: 1px solid #e5e7eb; border-radius: 8px; }
QFrame#traceCard:focus { border: 1px solid #2f6fde; }
QFrame#traceCard[dropTarget="true"] { border: 2px dashed #2f6fde; background: #f5f8ff; }
QLabel#traceTitle { font-weight: 600; color: #111827; }
QLabel#traceCaption { color: #475467; font-weight: 600; }
QLabel#actionText[overdue="true"] { color: #b42318; }
QLabel#actionText[done="true"] { color: #6b7280; text-decoration: line-through; }
QLabel#timelineMonth { color: #475467; font-weight: 600; margin-top: 6px; }
QWidget#timelineColumn { background: #f8fafc; }
QWidget#timelineColumn[dropTarget="true"] { background: #eef4ff; }
"""


@functools.cache
def _dot(color: str, icon_name: str, ratio: float) -> QPixmap:
    """A kind's dot (a tinted disc with its icon), drawn once: antialiased ellipses and an
    SVG icon drawn again for every card at every repaint took 20-40 ms a batch."""
    size = 2 * (DOT_RADIUS + 2)
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = QPointF(size / 2, size / 2)
    painter.setPen(QPen(QColor(color), 1.5))
    painter.setBrush(QColor("white"))
    painter.drawEllipse(centre, DOT_RADIUS, DOT_RADIUS)
    tint = QColor(color)
    tint.setAlpha(40)
    painter.setBrush(tint)
    painter.drawEllipse(centre, DOT_RADIUS, DOT_RADIUS)
    cached_icon(icon_name).paint(painter, QRect(size // 2 - 8, size // 2 - 8, 16, 16))
    painter.end()
    return pixmap


class _Column(QWidget):
    """The cards under each other, with the rail and each kind's dot painted on their left.

    The cards sit in chunks, one per batch built: a new batch lays out its chunk and
    moves nothing above it, where cards straight in one layout had the whole column laid
    out again at every batch (28 ms a batch once 40 cards were shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineColumn")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Growing by a chunk repaints the new area only: the rail and dots above stay.
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.cards: list[EntryCard] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(RAIL_X * 2 + 4, 10, 10, 10)
        outer.setSpacing(10)
        self.box = QVBoxLayout()  # the chunks
        self.box.setSpacing(10)
        outer.addLayout(self.box)
        self.more = QPushButton()
        self.more.setObjectName("showOlder")
        outer.addWidget(self.more, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

    def add_chunk(self) -> QVBoxLayout:
        """A new chunk under the others; returns its layout, for month headers and cards."""
        chunk = QWidget()
        layout = QVBoxLayout(chunk)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.box.addWidget(chunk)
        return layout

    def dot_y(self, card: EntryCard) -> int:
        return card.parentWidget().y() + card.y() + DOT_Y

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.cards:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#d0d5dd"), 2))
        painter.drawLine(RAIL_X, self.dot_y(self.cards[0]), RAIL_X, self.dot_y(self.cards[-1]))
        exposed = event.rect()
        ratio = self.devicePixelRatioF()
        reach = DOT_RADIUS + 2
        for card in self.cards:  # the dots on screen only
            y = self.dot_y(card)
            if y + reach < exposed.top() or y - reach > exposed.bottom():
                continue
            painter.drawPixmap(RAIL_X - reach, y - reach, _dot(card.color, card.icon_name, ratio))
        painter.end()


class TimelineWidget(QWidget):
    """Traces and files of one record of ``subject_type``, with their toolbar."""

    changed = Signal()  # a trace, an action or a file was written: refresh counts
    deleted = Signal(object)  # a desktop.services.deletion.Snapshot, for Undo

    def __init__(self, profile: Profile, subject_type: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.profile = profile
        self.subject_type = subject_type
        self.subject_id: int | None = None
        self.limit = PAGE
        self.has_more = False
        self._token = 0  # bumped by every new read of the first page: older answers are dropped
        self._reads = 0  # reads asked and not answered yet
        self._older_asked = False  # a "Show older entries" read is under way
        self._queue: list[activities.TimelineEntry] = []  # read, card not built yet
        self._focus_pending: int | None = None  # the trace to focus once its card is built
        self._shown_subject: int | None = None  # whose entries the cards are
        self._build_timer = QTimer(self, singleShot=True, interval=0)
        self._build_timer.timeout.connect(self._build_batch)
        # Chunks taken off, deleted one per turn: 45 cards deleted at once took a frame.
        self._trash: list[QWidget] = []
        self._trash_timer = QTimer(self, singleShot=True, interval=0)
        self._trash_timer.timeout.connect(self._delete_chunk)
        self.setObjectName("timeline")
        self.setStyleSheet(STYLE)
        self.setAcceptDrops(True)

        toolbar = QHBoxLayout()
        toolbar.setSpacing(4)
        self.new_actions: dict[str, QAction] = {}
        for kind, text, tip, shortcut, icon_name in (
            (
                ActivityKind.NOTE,
                self.tr("Note"),
                self.tr("Add a note (Ctrl+Shift+N)"),
                "Ctrl+Shift+N",
                "note",
            ),
            (
                ActivityKind.EXCHANGE,
                self.tr("Exchange"),
                self.tr("Log a call, an e-mail, a meeting or a video call (Ctrl+Shift+E)"),
                "Ctrl+Shift+E",
                "call",
            ),
            (
                ActivityKind.MINUTES,
                self.tr("Minutes"),
                self.tr("Write meeting minutes: decisions and actions (Ctrl+Shift+M)"),
                "Ctrl+Shift+M",
                "todo",
            ),
            (
                ActivityKind.DISPUTE,
                self.tr("Dispute"),
                self.tr("Record a dispute: cause, solutions, mediator (Ctrl+Shift+L)"),
                "Ctrl+Shift+L",
                "dispute",
            ),
        ):
            action = QAction(icon(icon_name), text, self)
            action.setObjectName(f"new_{kind}")
            action.setToolTip(tip)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, k=kind: self.new_trace(k))
            self.addAction(action)
            self.new_actions[kind] = action
            toolbar.addWidget(self._tool_button(action))
        self.attach_action = QAction(icon("attach"), self.tr("Attach files…"), self)
        self.attach_action.setObjectName("attachFiles")
        self.attach_action.setToolTip(
            self.tr("Attach files to this record (Ctrl+Shift+A); you can also drop them here")
        )
        self.attach_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.attach_action.triggered.connect(self.attach_files)
        self.addAction(self.attach_action)
        toolbar.addWidget(self._tool_button(self.attach_action))
        toolbar.addStretch(1)
        self.filter = QLineEdit()
        self.filter.setObjectName("traceFilter")
        self.filter.setPlaceholderText(self.tr("Search the traces…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.setMinimumWidth(140)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self._filter_changed)
        self.filter.textChanged.connect(self._filter_timer.start)
        toolbar.addWidget(self.filter)

        self.column = _Column()
        self.more = self.column.more
        self.more.setText(self.tr("Show older entries"))
        self.more.clicked.connect(self.show_older)
        self._month: tuple[int, int] | None = None  # of the last card shown
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.column)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)
        self.set_subject(None)

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
        self._tool_buttons = [*getattr(self, "_tool_buttons", []), button]
        return button

    def resizeEvent(self, event) -> None:
        """Icons only when the panel is narrow, so that it never forces the list aside."""
        super().resizeEvent(event)
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if self.width() >= 700
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        for button in getattr(self, "_tool_buttons", []):
            button.setToolButtonStyle(style)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, super().minimumSizeHint().height())

    # -- content -------------------------------------------------------------------------
    def set_subject(self, subject_id: int | None) -> None:
        """Show the timeline of record ``subject_id`` (None: nothing selected)."""
        self.subject_id = subject_id
        self.limit = PAGE
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        for action in (*self.new_actions.values(), self.attach_action):
            action.setEnabled(subject_id is not None)
        self.filter.setEnabled(subject_id is not None)
        self.refresh()

    def cards(self) -> list[EntryCard]:
        return list(self.column.cards)

    def card_of(self, activity_id: int) -> EntryCard | None:
        return next((c for c in self.column.cards if c.entry.activity_id == activity_id), None)

    @property
    def settled(self) -> bool:
        """Every entry asked is read and shown as a card (tests and the benchmark wait)."""
        return not self._reads and not self._queue

    def refresh(self, focus_activity: int | None = None) -> None:
        """Read the entries again (after a write, an undo, a filter), off the UI thread;
        the cards shown stay until the new ones are read."""
        if focus_activity is None:
            focused = self.focusWidget()
            if isinstance(focused, EntryCard):
                focus_activity = focused.entry.activity_id
        self._token += 1
        token = self._token
        self._older_asked = False
        self._build_timer.stop()
        self._queue = []
        if self.subject_id is None:
            self._show([], None, focus_activity)
            return
        subject_type, subject_id = self.subject_type, self.subject_id
        text, limit = self.filter.text(), self.limit
        self._reads += 1

        def done(entries: list[activities.TimelineEntry]) -> None:
            self._reads -= 1
            if token == self._token:
                self._show(entries, subject_id, focus_activity)

        def failed(_exc: Exception | None) -> None:
            self._reads -= 1
            if token == self._token and _exc is not None:
                self._read_failed(subject_id)

        run_read(
            lambda: activities.timeline(subject_type, subject_id, text, limit + 1),
            done,
            failed,
            channel=(id(self), "entries"),
            owner=self,
            on_skip=lambda: failed(None),
        )

    def _show(
        self,
        entries: list[activities.TimelineEntry],
        subject_id: int | None,
        focus_activity: int | None,
    ) -> None:
        """Replace the cards by ``entries`` (the first batch now, the others in turns)."""
        self.has_more = len(entries) > self.limit
        entries = entries[: self.limit]
        self._shown_subject = subject_id
        self._clear()
        self.more.setVisible(False)
        self._focus_pending = focus_activity
        if not entries:
            self.empty.setText(self._empty_text())
            self.stack.setCurrentWidget(self.empty)
            return
        self._queue = list(entries)
        self._build_batch(FIRST_BATCH)
        self.stack.setCurrentWidget(self.scroll)

    def _read_failed(self, subject_id: int) -> None:
        """The reader logged why; the cards of another record must not stay under this one."""
        if self._shown_subject != subject_id:
            self._clear()
            self._shown_subject = None
            self.empty.setText(
                self.tr("The written traces could not be read. Select the record again to retry.")
            )
            self.stack.setCurrentWidget(self.empty)

    def _delete_chunk(self) -> None:
        if self._trash:
            self._trash.pop().deleteLater()
        if self._trash:
            self._trash_timer.start()

    def _build_batch(self, count: int = BATCH) -> None:
        """Build the next ``count`` cards; the others at the next turn of the event loop."""
        batch, self._queue = self._queue[:count], self._queue[count:]
        self._append(batch)
        if self._queue:
            self._build_timer.start()
        else:
            self.more.setVisible(self.has_more)
        if self._focus_pending is not None and self.card_of(self._focus_pending) is not None:
            focus, self._focus_pending = self._focus_pending, None
            # After the layout has placed the new cards (and after the closing dialog
            # has handed the focus back), so that the card can be scrolled to.
            QTimer.singleShot(0, self, lambda: self._focus_card(focus))
        elif not self._queue:
            self._focus_pending = None

    def _focus_card(self, activity_id: int) -> None:
        card = self.card_of(activity_id)
        if card is not None:
            card.setFocus()
            self.scroll.ensureWidgetVisible(card)

    def _empty_text(self) -> str:
        if self.subject_id is None:
            return self.tr("Select a record to see its written traces.")
        if self.filter.text().strip():
            return self.tr("No trace matches “{text}”.").format(text=self.filter.text().strip())
        return self.tr(
            "No written trace yet: add a note after each important exchange "
            "(Ctrl+Shift+N), minutes after each meeting, and drop files here to attach "
            "them. Dated traces settle disagreements later."
        )

    def _clear(self) -> None:
        box = self.column.box
        while box.count():
            widget = box.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gives up the focus now, not when deleted later
                self._trash.append(widget)
        if self._trash:
            self._trash_timer.start()
        self.column.cards = []
        self.column.update()
        self._month = None

    def _append(self, entries: list[activities.TimelineEntry]) -> None:
        """Add cards (and month headers) under the ones shown, in a chunk of their own."""
        if not entries:
            return
        box = self.column.add_chunk()
        today = dt.date.today()
        for entry in entries:
            month = (entry.occurred_at.year, entry.occurred_at.month)
            if month != self._month:
                self._month = month
                text = formatting.format_date(entry.occurred_at.date(), i18n.language(), "LLLL y")
                header = QLabel(text[:1].upper() + text[1:])
                header.setObjectName("timelineMonth")
                box.addWidget(header)
            card = EntryCard(entry, today)
            card.edit_requested.connect(self.edit_trace)
            card.delete_requested.connect(self.delete_trace)
            card.action_toggled.connect(self.set_action_done)
            card.open_file.connect(self.open_file)
            card.remove_file.connect(self.remove_file)
            card.files_dropped.connect(self.attach_paths)
            card.send_requested.connect(self.send_minutes)
            box.addWidget(card)
            self.column.cards.append(card)
        # The rail's strip only (the new dots, the longer line), not every card again.
        self.column.update(0, 0, RAIL_X * 2 + 4, self.column.height())

    def show_older(self) -> None:
        """Add the next page of older entries, read off the UI thread (building only those)."""
        if self.subject_id is None or not self.has_more or self._older_asked or self._reads:
            return
        token = self._token
        subject_type, subject_id = self.subject_type, self.subject_id
        text, shown, limit = self.filter.text(), self.limit, self.limit + PAGE
        self._older_asked = True
        self._reads += 1

        def done(entries: list[activities.TimelineEntry]) -> None:
            self._reads -= 1
            if token != self._token:
                return  # the record, the filter or the data changed meanwhile
            self._older_asked = False
            self.limit = limit
            self.has_more = len(entries) > limit
            self.more.setVisible(False)
            start = not self._queue
            self._queue.extend(entries[shown:limit])
            if start:
                self._build_batch(FIRST_BATCH)

        def failed(_exc: Exception | None) -> None:
            self._reads -= 1
            if token == self._token:
                self._older_asked = False

        run_read(
            lambda: activities.timeline(subject_type, subject_id, text, limit + 1),
            done,
            failed,
            channel=(id(self), "older"),
            owner=self,
            on_skip=lambda: failed(None),
        )

    def _scrolled(self, value: int) -> None:
        """Near the bottom: load the older entries, as a feed does."""
        if (
            self.has_more
            and not self._queue
            and value >= self.scroll.verticalScrollBar().maximum() - 40
        ):
            QTimer.singleShot(0, self, self.show_older)

    def _filter_changed(self) -> None:
        self.limit = PAGE
        self.refresh()

    # -- writing -------------------------------------------------------------------------
    def new_trace(self, kind: str = ActivityKind.NOTE) -> int | None:
        """Open the dialog for a new trace of ``kind``; returns its id once saved."""
        if self.subject_id is None:
            return None
        dialog = ActivityDialog(
            self.profile, self.subject_type, self.subject_id, kind=kind, parent=self
        )
        if not dialog.exec():
            return None
        self.refresh(focus_activity=dialog.saved_id)
        self.changed.emit()
        return dialog.saved_id

    def edit_trace(self, activity_id: int) -> None:
        if self.subject_id is None:
            return
        dialog = ActivityDialog(
            self.profile, self.subject_type, self.subject_id, activity_id, parent=self
        )
        if dialog.exec():
            self.refresh(focus_activity=activity_id)
            self.changed.emit()

    def delete_trace(self, activity_id: int) -> None:
        card = self.card_of(activity_id)
        title = (card.entry.title or i18n.tr_label(card.entry.kind, ActivityKind)) if card else ""
        when = format_moment(card.entry.occurred_at) if card else ""
        from desktop.ui.confirm import confirm_delete

        if not confirm_delete(
            self,
            self.tr("Delete"),
            self.tr("Delete the trace “{title}” of {date}, with its actions and files?").format(
                title=title, date=when
            )
            + "\n"
            + self.tr("You can undo it with Ctrl+Z."),
        ):
            return
        snapshot = activities.delete_activity(activity_id)
        self.refresh()
        self.deleted.emit(snapshot)
        self.changed.emit()

    def send_minutes(self, activity_id: int) -> None:
        """E-mail the minutes (decisions and actions); the sent e-mail joins the timeline."""
        from desktop.ui.mail.send_dialog import send_by_email

        if send_by_email(self, self.profile, "minutes", activity_id) is not None:
            self.refresh()
            self.changed.emit()

    def set_action_done(self, action_id: int, done: bool) -> None:
        activities.set_action_done(action_id, done)
        self.changed.emit()

    def open_file(self, attachment_id: int) -> None:
        files.open_attachment(self, self.profile, attachment_id)

    def remove_file(self, attachment_id: int) -> None:
        name = attachments.attachment(attachment_id).file_name
        from desktop.ui.confirm import confirm

        if not confirm(
            self,
            self.tr("Remove the attachment"),
            self.tr("Remove “{name}” from this record?").format(name=name)
            + "\n"
            + self.tr("You can undo it with Ctrl+Z."),
            self.tr("Remove the attachment"),
        ):
            return
        snapshot = attachments.remove(attachment_id)
        self.refresh()
        self.deleted.emit(snapshot)
        self.changed.emit()

    def attach_files(self) -> None:
        if self.subject_id is None:
            return
        paths = files.choose_files(self, self.tr("Attach files"))
        if paths:
            self.attach_paths(None, paths)

    def attach_paths(self, activity_id: int | None, paths: list[Path]) -> int:
        """Attach ``paths`` to the record, or to one of its traces; returns how many."""
        if self.subject_id is None:
            return 0
        subject_type, subject_id = self.subject_type, self.subject_id

        def attach_one(path: Path) -> None:
            attachments.attach(
                self.profile, subject_type, subject_id, path, activity_id=activity_id
            )

        count = files.attach_all(self, paths, attach_one)
        if count:
            self.refresh(focus_activity=activity_id)
            self.changed.emit()
        return count

    # -- dropping on the timeline (outside a card): files of the record ------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.subject_id is not None and files.dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = files.dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.attach_paths(None, paths)
