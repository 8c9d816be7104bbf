"""Writing or editing a trace: a note, an exchange, meeting minutes or a dispute."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.activities import ACTIVITY_LABELS, ActivityDraft
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import (
    LABELS,
    ActivityKind,
    DisputeStatus,
    ExchangeChannel,
)
from desktop.profile import Profile
from desktop.services import activities
from desktop.ui import i18n
from desktop.ui.record_dialog import RecordDialog, line_edit
from desktop.ui.traces.actions_editor import ActionsEditor
from desktop.ui.widgets import set_combo, vocabulary_combo

# Which rows each kind shows, besides kind, date, subject and text.
KIND_ROWS: dict[str, tuple[str, ...]] = {
    ActivityKind.NOTE: (),
    ActivityKind.EXCHANGE: ("channel",),
    ActivityKind.MINUTES: ("decisions", "actions"),
    ActivityKind.DISPUTE: ("cause", "solutions", "mediator", "dispute_status"),
}


def activity_label(name: str) -> str:
    """The translated label of a trace field."""
    return QCoreApplication.translate("Field", ACTIVITY_LABELS[name])


def dispute_status_label(status: str) -> str:
    return QCoreApplication.translate("DisputeStatus", LABELS[DisputeStatus][DisputeStatus(status)])


def text_edit(name: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class ActivityDialog(RecordDialog):
    """``activity_id`` None writes a new trace of ``kind`` on the record; otherwise edits it.

    The kind can be changed in the dialog (a quick note that turned into a
    dispute); the rows follow the kind. ``saved_id`` holds the id after accept.
    """

    record_table = "activity"  # saving checks the row version (changed elsewhere?)

    def __init__(
        self,
        profile: Profile,
        subject_type: str,
        subject_id: int,
        activity_id: int | None = None,
        kind: str = ActivityKind.NOTE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(activity_id, parent)
        self.profile = profile
        self.subject_type = subject_type
        self.subject_id = subject_id
        self.setObjectName("activityDialog")
        self.setMinimumWidth(680)

        self.kind = vocabulary_combo(ActivityKind, "kind")
        self.occurred_at = QDateTimeEdit()
        self.occurred_at.setObjectName("occurred_at")
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        now = QDateTime.currentDateTime()
        self.occurred_at.setDateTime(
            QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))
        )
        self.title = line_edit("title")
        self.channel = vocabulary_combo(ExchangeChannel, "channel")
        self.body = text_edit("body", 90)
        self.decisions = text_edit("decisions", 70)
        self.actions = ActionsEditor()
        self.actions.setObjectName("actions")
        self.cause = text_edit("cause", 70)
        self.solutions = text_edit("solutions", 60)
        self.mediator = line_edit("mediator", self.tr("e.g. Médiateur des entreprises"))
        self.dispute_status = QComboBox()
        self.dispute_status.setObjectName("dispute_status")
        for status in DisputeStatus:
            self.dispute_status.addItem(dispute_status_label(status), status.value)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        self.widgets: dict[str, QWidget] = {
            "kind": self.kind,
            "occurred_at": self.occurred_at,
            "title": self.title,
            "channel": self.channel,
            "body": self.body,
            "decisions": self.decisions,
            "actions": self.actions,
            "cause": self.cause,
            "solutions": self.solutions,
            "mediator": self.mediator,
            "dispute_status": self.dispute_status,
        }
        form_widget = QWidget()
        self.form = QFormLayout(form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.hint)
        order = ("kind", "occurred_at", "channel", "title", "body", "decisions", "actions")
        for name in (*order, "cause", "solutions", "mediator", "dispute_status"):
            self.form.addRow(activity_label(name), self.widgets[name])
        self.finish([[form_widget]], self.widgets)

        if activity_id is not None:
            self.load_draft(activities.activity_draft(activity_id))
        else:
            set_combo(self.kind, kind)
        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.kind_changed()
        (self.body if activity_id is None and kind == ActivityKind.NOTE else self.title).setFocus()

    # -- kinds ---------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def kind_changed(self) -> None:
        kind = self.current_kind()
        for rows in KIND_ROWS.values():
            for name in rows:
                self.form.setRowVisible(self.widgets[name], name in KIND_ROWS[kind])
        new = self.record_id is None
        titles = {
            ActivityKind.NOTE: (self.tr("New note"), self.tr("Edit the note")),
            ActivityKind.EXCHANGE: (self.tr("New exchange"), self.tr("Edit the exchange")),
            ActivityKind.MINUTES: (self.tr("New meeting minutes"), self.tr("Edit the minutes")),
            ActivityKind.DISPUTE: (self.tr("New dispute"), self.tr("Edit the dispute")),
        }
        self.setWindowTitle(titles[kind][0 if new else 1])
        hints = {
            ActivityKind.NOTE: self.tr(
                "Write what you want to remember; a subject or a text is enough."
            ),
            ActivityKind.EXCHANGE: self.tr(
                "A call, an e-mail, a meeting or a video call: say what was said and agreed. "
                "An exchange can be dated ahead to plan it."
            ),
            ActivityKind.MINUTES: self.tr(
                "Record the decisions and the actions: who does what, by when. "
                "Tick an action once it is done."
            ),
            ActivityKind.DISPUTE: self.tr(
                "State the cause, the solutions proposed and where it stands. "
                "Dated facts are what a mediator will ask for."
            ),
        }
        self.hint.setText(hints[kind])
        placeholders = {
            ActivityKind.NOTE: self.tr("What should you remember?"),
            ActivityKind.EXCHANGE: self.tr("What was said, what was agreed"),
            ActivityKind.MINUTES: self.tr("Participants, agenda, discussion"),
            ActivityKind.DISPUTE: self.tr("Facts, dates, amounts at stake"),
        }
        self.body.setPlaceholderText(placeholders[kind])
        if kind == ActivityKind.MINUTES and self.actions.table.rowCount() == 0:
            self.actions.add_row(focus=False)  # a first row, ready to type in
        self.adjustSize()

    # -- draft ---------------------------------------------------------------------------
    def load_draft(self, d: ActivityDraft) -> None:
        set_combo(self.kind, d.kind)
        if d.occurred_at is not None:
            self.occurred_at.setDateTime(QDateTime(d.occurred_at))
        self.title.setText(d.title)
        self.body.setPlainText(d.body)
        if d.channel:
            set_combo(self.channel, d.channel)
        self.decisions.setPlainText(d.decisions)
        self.actions.set_actions(d.actions)
        self.cause.setPlainText(d.cause)
        self.solutions.setPlainText(d.solutions)
        self.mediator.setText(d.mediator)
        if d.dispute_status:
            set_combo(self.dispute_status, d.dispute_status)

    def draft(self) -> ActivityDraft:
        occurred: dt.datetime = (
            self.occurred_at.dateTime().toPython().replace(second=0, microsecond=0)
        )
        return ActivityDraft(
            kind=self.current_kind(),
            occurred_at=occurred,
            title=self.title.text(),
            body=self.body.toPlainText(),
            channel=self.channel.currentData(),
            decisions=self.decisions.toPlainText(),
            actions=self.actions.actions(),
            cause=self.cause.toPlainText(),
            solutions=self.solutions.toPlainText(),
            mediator=self.mediator.text(),
            dispute_status=self.dispute_status.currentData(),
        )

    def save(self) -> None:
        """Validation errors mark their fields (base class); other refusals, such as a
        record deleted meanwhile, show in the banner."""
        try:
            super().save()
        except DomainError as exc:
            self.banner.show_text(i18n.tr_error(exc))

    def fetch_draft(self, record_id: int):
        return activities.activity_draft(record_id)

    def create(self, draft: ActivityDraft) -> int:
        return activities.create_activity(self.subject_type, self.subject_id, draft)

    def update(self, record_id: int, draft: ActivityDraft) -> None:
        activities.update_activity(record_id, draft)
