"""The two small dialogs of the follow-ups view: "Done" (a note, the next date) and "Reschedule".

Each saves before it closes (``save``, given by the view): a failure (another window
holding the lock, a full disk) is said in the dialog, which stays open with what was
typed, and offers Retry where it may help (:func:`desktop.ui.failures.save_in_dialog`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.activities import ACTIVITY_LABELS
from desktop.domain.vocabulary import ExchangeChannel
from desktop.ui import i18n
from desktop.ui.failures import save_in_dialog
from desktop.ui.widgets import ErrorBanner, vocabulary_combo

DEFAULT_NEXT_DAYS = 14


class DoneDialog(QDialog):
    """Mark a follow-up done: how (call, e-mail...), an optional note for the timeline, and
    when to call again."""

    def __init__(
        self,
        name: str,
        today: dt.date,
        parent: QWidget | None = None,
        save: Callable[[DoneDialog], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDone")
        self.today = today
        self._save = save
        self.banner = ErrorBanner()
        self.setWindowTitle(self.tr("Follow-up done"))
        heading = QLabel(self.tr("Follow-up with {name} done today.").format(name=name))
        heading.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(
            self.tr("What was said (optional): it is kept on the record’s timeline.")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(420, 110)
        self.channel = vocabulary_combo(ExchangeChannel, "channel")  # call first
        channel_row = QHBoxLayout()
        # The traces' own field label ("Channel"), already translated.
        channel_row.addWidget(
            QLabel(QCoreApplication.translate("Field", ACTIVITY_LABELS["channel"]))
        )
        channel_row.addWidget(self.channel)
        channel_row.addStretch(1)
        self.plan = QCheckBox(self.tr("Next follow-up in"))
        self.plan.setObjectName("planNext")
        self.plan.setChecked(True)
        self.days = QSpinBox()
        self.days.setObjectName("nextDays")
        self.days.setRange(1, 365)
        self.days.setValue(DEFAULT_NEXT_DAYS)
        self.days.valueChanged.connect(self._days_suffix)
        self._days_suffix(self.days.value())
        self.plan.toggled.connect(self.days.setEnabled)
        self.next_date = QLabel()
        self.next_date.setObjectName("hint")
        self.days.valueChanged.connect(self._show_next_date)
        self.plan.toggled.connect(self._show_next_date)
        row = QHBoxLayout()
        row.addWidget(self.plan)
        row.addWidget(self.days)
        row.addWidget(self.next_date, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as done"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.note.installEventFilter(self)  # Ctrl+Enter in the note saves
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(heading)
        layout.addLayout(channel_row)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._show_next_date()
        self.note.setFocus()

    def accept(self) -> None:
        """Save (when the view gave ``save``), then close; a failure keeps it open."""
        if self._save is None or save_in_dialog(
            self, self.banner, lambda: self._save(self), self.accept
        ):
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.note
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def _days_suffix(self, days: int) -> None:
        self.days.setSuffix(self.tr(" day") if days == 1 else self.tr(" days"))

    def _show_next_date(self) -> None:
        if not self.plan.isChecked():
            self.next_date.setText(self.tr("no follow-up planned"))
            return
        when = self.today + dt.timedelta(days=self.days.value())
        self.next_date.setText(
            self.tr("on {date}").format(date=formatting.format_date(when, i18n.language(), "full"))
        )

    def channel_code(self) -> str:
        """How the follow-up was done: an ExchangeChannel code (call, email, ...)."""
        return self.channel.currentData()

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def next_in_days(self) -> int | None:
        return self.days.value() if self.plan.isChecked() else None


class RescheduleDialog(QDialog):
    """Pick the new follow-up date on a calendar; days before today cannot be picked."""

    def __init__(
        self,
        name: str,
        current: dt.date | None,
        today: dt.date,
        parent: QWidget | None = None,
        save: Callable[[RescheduleDialog], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpReschedule")
        self._save = save
        self.banner = ErrorBanner()
        self.setWindowTitle(self.tr("Reschedule the follow-up"))
        heading = QLabel(self.tr("Next follow-up with {name}:").format(name=name))
        heading.setWordWrap(True)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumDate(QDate(today.year, today.month, today.day))
        if i18n.language() == "fr":  # month and day names follow the interface, not the system
            self.calendar.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
        past = QTextCharFormat()
        past.setForeground(QColor("#9ca3af"))
        for days in range(1, 43):  # the days of the first page before today cannot be picked
            before = today - dt.timedelta(days=days)
            self.calendar.setDateTextFormat(QDate(before.year, before.month, before.day), past)
        start = max(current or today, today) + dt.timedelta(days=7)
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.activated.connect(lambda _date: self.accept())  # double-click or Enter
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reschedule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(heading)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)
        self.calendar.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Save (when the view gave ``save``), then close; a failure keeps it open."""
        if self._save is None or save_in_dialog(
            self, self.banner, lambda: self._save(self), self.accept
        ):
            super().accept()

    def date(self) -> dt.date:
        return self.calendar.selectedDate().toPython()
