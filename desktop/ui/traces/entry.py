"""One entry of a timeline: a card showing a trace (or a file) with what its kind records."""

from __future__ import annotations

import datetime as dt
import functools
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.vocabulary import ActivityKind, DisputeStatus, ExchangeChannel
from desktop.services.activities import FILE_ENTRY, ActionLine, TimelineEntry
from desktop.services.attachments import AttachmentInfo
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.traces.dialog import activity_label, dispute_status_label
from desktop.ui.traces.files import dropped_files, format_size

translate = QCoreApplication.translate  # lupdate extracts translate("Timeline", "...") calls

# Colour of each kind's dot on the timeline, and its icon.
KIND_COLORS = {
    ActivityKind.NOTE: "#64748b",
    ActivityKind.EXCHANGE: "#2f6fde",
    ActivityKind.MINUTES: "#7c3aed",
    ActivityKind.DISPUTE: "#d92d20",
    FILE_ENTRY: "#0e9384",
}
CHANNEL_ICONS = {"call": "call", "email": "send", "meeting": "meeting", "video": "video"}
KIND_ICONS = {
    ActivityKind.NOTE: "note",
    ActivityKind.EXCHANGE: "call",
    ActivityKind.MINUTES: "todo",
    ActivityKind.DISPUTE: "dispute",
    FILE_ENTRY: "attach",
}
# Dispute badge: (text colour, background)
STATUS_COLORS = {
    DisputeStatus.OPEN: ("#b42318", "#fef3f2"),
    DisputeStatus.MEDIATION: ("#b54708", "#fffaeb"),
    DisputeStatus.RESOLVED: ("#067647", "#ecfdf3"),
    DisputeStatus.CLOSED: ("#475467", "#f2f4f7"),
}


@functools.cache
def cached_icon(name: str) -> QIcon:
    """One QIcon per name for every card: each new QIcon reads and renders its SVG again
    (the dots, the edit and delete buttons of 15 cards: 45 SVG renderings a page)."""
    return icon(name)


def format_moment(value: dt.datetime) -> str:
    """``dim. 22 nov. 2026 · 14:30`` / ``Sun 22 Nov 2026 · 14:30``."""
    day = formatting.format_date(value.date(), i18n.language(), "EEE d MMM y")
    return f"{day} · {value:%H:%M}"


def text_label(text: str, object_name: str = "traceText") -> QLabel:
    """A wrapped plain-text label; the card makes it selectable once the mouse or the focus
    comes (:meth:`EntryCard.make_selectable`)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def badge(text: str, color: str, background: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("traceBadge")
    label.setStyleSheet(
        f"color: {color}; background: {background}; border-radius: 8px; padding: 1px 8px;"
        "font-weight: 600;"
    )
    return label


class EntryCard(QFrame):
    """A timeline entry. Double-click or Enter edits it (opens the file of a file entry),
    Delete deletes it; files dropped on it are attached to this trace."""

    edit_requested = Signal(int)  # activity id
    delete_requested = Signal(int)  # activity id
    action_toggled = Signal(int, bool)  # action id, done
    open_file = Signal(int)  # attachment id
    remove_file = Signal(int)  # attachment id
    files_dropped = Signal(object, list)  # activity id or None, [Path]
    send_requested = Signal(int)  # activity id: e-mail these minutes

    def __init__(self, entry: TimelineEntry, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("traceCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.color = KIND_COLORS.get(entry.kind, "#64748b")
        self.icon_name = (
            CHANNEL_ICONS.get(entry.channel, "call")
            if entry.kind == ActivityKind.EXCHANGE
            else KIND_ICONS.get(entry.kind, "note")
        )
        self.selectable = False  # its texts selectable with the mouse (see make_selectable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 10)
        layout.setSpacing(4)
        layout.addLayout(self._header(today))
        if entry.title:
            title = text_label(entry.title, "traceTitle")
            layout.addWidget(title)
        if entry.body:
            layout.addWidget(text_label(entry.body))
        for name in ("decisions", "cause", "solutions"):
            value = getattr(entry, name)
            if value:
                layout.addSpacing(4)
                layout.addWidget(self._caption(activity_label(name)))
                layout.addWidget(text_label(value))
        if entry.mediator:
            pattern = translate("Timeline", "{label}: {value}")
            layout.addWidget(
                text_label(pattern.format(label=activity_label("mediator"), value=entry.mediator))
            )
        if entry.actions:
            layout.addSpacing(4)
            layout.addWidget(self._caption(activity_label("actions")))
            for action in entry.actions:
                layout.addLayout(self._action_row(action, today))
        for info in entry.files:
            layout.addLayout(self._file_row(info))

    # -- building ------------------------------------------------------------------------
    def _header(self, today: dt.date) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        if self.entry.kind == FILE_ENTRY:
            kind = translate("Timeline", "File added")
        else:
            kind = i18n.tr_label(self.entry.kind, ActivityKind)
            if self.entry.channel:
                kind = f"{kind} · {i18n.tr_label(self.entry.channel, ExchangeChannel)}"
        # One wrapping label: in a narrow panel the date goes under the kind, and the
        # card never grows wider than the timeline.
        kind_label = QLabel(
            f"<span style='color:{self.color}; font-weight:600'>{escape(kind)}</span>"
            f"&nbsp;&nbsp; <span style='color:#6b7280'>"
            f"{escape(format_moment(self.entry.occurred_at)).replace(' ', '&nbsp;')}</span>"
        )
        kind_label.setObjectName("traceKind")
        kind_label.setTextFormat(Qt.TextFormat.RichText)
        kind_label.setWordWrap(True)
        row.addWidget(kind_label, 1)
        if self.entry.occurred_at.date() > today:
            row.addWidget(badge(translate("Timeline", "Planned"), "#175cd3", "#eff8ff"))
        if self.entry.dispute_status:
            color, background = STATUS_COLORS.get(
                DisputeStatus(self.entry.dispute_status), ("#475467", "#f2f4f7")
            )
            row.addWidget(badge(dispute_status_label(self.entry.dispute_status), color, background))
        if self.entry.activity_id is not None and self.entry.kind == ActivityKind.MINUTES:
            send = QToolButton()
            send.setObjectName("sendTrace")
            send.setIcon(cached_icon("send"))
            send.setText(translate("Timeline", "E-mail"))
            send.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            send.setToolTip(translate("Timeline", "Send these minutes by e-mail"))
            send.setAutoRaise(True)
            send.clicked.connect(lambda: self.send_requested.emit(self.entry.activity_id))
            row.addWidget(send)
        if self.entry.activity_id is not None:
            for name, tip, signal in (
                ("edit", translate("Timeline", "Edit (Enter)"), self.edit_requested),
                ("delete", translate("Timeline", "Delete (Del)"), self.delete_requested),
            ):
                button = QToolButton()
                button.setObjectName(f"{name}Trace")
                button.setIcon(cached_icon(name))
                button.setToolTip(tip)
                button.setAutoRaise(True)
                button.clicked.connect(lambda _=False, s=signal: s.emit(self.entry.activity_id))
                row.addWidget(button)
        return row

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("traceCaption")
        return label

    def _action_row(self, action: ActionLine, today: dt.date) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        box = QCheckBox()
        box.setObjectName("actionDone")
        box.setChecked(action.done)
        box.setProperty("action_id", action.id)
        box.setToolTip(translate("Timeline", "Tick when it is done"))
        meta = []
        if action.owner:
            meta.append(action.owner)
        if action.due_on:
            due = formatting.format_date(action.due_on, i18n.language())
            meta.append(translate("Timeline", "due {date}").format(date=due))
        text = action.description + (f" — {', '.join(meta)}" if meta else "")
        label = text_label(text, "actionText")
        overdue = not action.done and action.due_on is not None and action.due_on < today
        label.setProperty("overdue", overdue)
        label.setProperty("done", action.done)
        if overdue:
            label.setToolTip(translate("Timeline", "Overdue"))

        def toggled(checked: bool) -> None:
            label.setProperty("done", checked)
            label.setProperty("overdue", overdue and not checked)
            label.style().unpolish(label)
            label.style().polish(label)
            self.action_toggled.emit(action.id, checked)

        box.toggled.connect(toggled)
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label, 1)
        return row

    def _file_row(self, info: AttachmentInfo) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        pin = QLabel()
        pin.setPixmap(cached_icon("attach").pixmap(16, 16))
        row.addWidget(pin)
        link = QLabel(
            f"<a href='{info.id}'>{escape(info.file_name)}</a>"
            f" <span style='color:#6b7280'>({escape(format_size(info.size))})</span>"
        )
        link.setObjectName("fileLink")
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setToolTip(translate("Timeline", "Open with the program of your computer"))
        link.linkActivated.connect(lambda href: self.open_file.emit(int(href)))
        row.addWidget(link)
        remove = QToolButton()
        remove.setObjectName("removeFile")
        remove.setIcon(cached_icon("delete"))
        remove.setAutoRaise(True)
        remove.setToolTip(translate("Timeline", "Remove the attachment"))
        remove.clicked.connect(lambda: self.remove_file.emit(info.id))
        row.addWidget(remove)
        row.addStretch(1)
        return row

    # -- interaction ---------------------------------------------------------------------
    def make_selectable(self) -> None:
        """Let the mouse select the card's texts (to copy a sentence of a note). Done when the
        mouse enters the card or it takes the focus, not when it is built: a selectable
        label lays its text out through a text document, which doubled the layout of a
        batch of cards."""
        if self.selectable:
            return
        self.selectable = True
        for label in self.findChildren(QLabel):
            if label.textFormat() == Qt.TextFormat.PlainText and label.wordWrap():
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def enterEvent(self, event) -> None:
        self.make_selectable()
        super().enterEvent(event)

    def focusInEvent(self, event) -> None:
        self.make_selectable()
        super().focusInEvent(event)

    def activate(self) -> None:
        """What Enter and double-click do: edit a trace, open a file."""
        if self.entry.activity_id is not None:
            self.edit_requested.emit(self.entry.activity_id)
        elif self.entry.files:
            self.open_file.emit(self.entry.files[0].id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate()
        elif event.key() == Qt.Key.Key_Delete:
            if self.entry.activity_id is not None:
                self.delete_requested.emit(self.entry.activity_id)
            elif self.entry.files:
                self.remove_file.emit(self.entry.files[0].id)
        else:
            super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
            self._set_drop_target(True)

    def dragLeaveEvent(self, event) -> None:
        self._set_drop_target(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_target(False)
        paths = dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(self.entry.activity_id, paths)

    def _set_drop_target(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)
