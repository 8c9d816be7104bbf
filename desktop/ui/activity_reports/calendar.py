"""The month calendar of an activity report: one button per day, ticked in full or by half.

A click cycles a day: not worked -> worked (1) -> half day (½) -> not worked; the
right-click menu sets it directly. Weekends are grey and public holidays amber, with the
holiday's name under the day number and in the tooltip: ticking one is allowed (it
happens; the client signs the report) and the dialog asks to confirm it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QMenu, QToolButton, QWidget

from desktop.domain.activity_reports import FULL_DAY, HALF_DAY, CalendarDay, WorkedDay

CELL_WIDTH, CELL_HEIGHT = 76, 50
STYLE = """
QToolButton#day { border: 1px solid #d0d5dd; border-radius: 6px; background: white;
                  color: #111827; font-size: 12px; }
QToolButton#day[weekend="true"] { background: #f2f4f7; color: #667085; }
QToolButton#day[holiday="true"] { background: #fef0c7; color: #93370d; }
QToolButton#day[worked="full"] { background: #2f6fde; color: white; border-color: #1d4ed8; }
QToolButton#day[worked="half"] { background: #b2ccff; color: #102a56; border-color: #2f6fde; }
QToolButton#day:focus { border: 2px solid #111827; }
QToolButton#day:disabled[worked="none"] { color: #98a2b3; }
"""


class DayButton(QToolButton):
    def __init__(self, day: CalendarDay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day")
        self.day = day
        self.fraction = Decimal(0)
        self.setFixedSize(CELL_WIDTH, CELL_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("weekend", day.weekend and not day.holiday)
        self.setProperty("holiday", bool(day.holiday))
        self.setToolTip(day.holiday)
        self.set_fraction(Decimal(0))

    def set_fraction(self, fraction: Decimal) -> None:
        self.fraction = Decimal(fraction)
        worked = {FULL_DAY: "full", HALF_DAY: "half"}.get(self.fraction, "none")
        self.setProperty("worked", worked)
        mark = {"full": "✓", "half": "½", "none": ""}[worked]
        holiday = self.day.holiday
        if len(holiday) > 11:
            holiday = holiday[:10] + "…"
        lines = [f"{self.day.day.day}  {mark}".rstrip()]
        if holiday:
            lines.append(holiday)
        self.setText("\n".join(lines))
        self.style().unpolish(self)
        self.style().polish(self)


class MonthCalendar(QWidget):
    """Seven columns, Monday first; ``changed`` after every tick."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthCalendar")
        self.setStyleSheet(STYLE)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(4)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[dt.date, DayButton] = {}
        self.editable = True
        locale = QLocale()
        for column in range(7):
            name = QLabel(locale.dayName(column + 1, QLocale.FormatType.ShortFormat))
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setObjectName("hint")
            self.grid.addWidget(name, 0, column)

    def set_month(self, days: list[CalendarDay]) -> None:
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        if not days:
            return
        offset = days[0].day.weekday()
        for index, day in enumerate(days):
            position = index + offset
            button = DayButton(day, self)
            button.clicked.connect(lambda _=False, d=day.day: self.cycle(d))
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.customContextMenuRequested.connect(lambda _pos, d=day.day: self._menu(d))
            button.setEnabled(self.editable)
            self.grid.addWidget(button, position // 7 + 1, position % 7)
            self.buttons[day.day] = button

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in self.buttons.values():
            button.setEnabled(editable)

    def cycle(self, day: dt.date) -> None:
        """Not worked -> full day -> half day -> not worked."""
        current = self.buttons[day].fraction
        following = {Decimal(0): FULL_DAY, FULL_DAY: HALF_DAY}.get(current, Decimal(0))
        self.set_day(day, following)

    def set_day(self, day: dt.date, fraction: Decimal) -> None:
        self.buttons[day].set_fraction(fraction)
        self.changed.emit()

    def _menu(self, day: dt.date) -> None:
        if not self.editable:
            return
        menu = QMenu(self)
        for text, fraction in (
            (self.tr("Full day"), FULL_DAY),
            (self.tr("Half day"), HALF_DAY),
            (self.tr("Not worked"), Decimal(0)),
        ):
            menu.addAction(text, lambda f=fraction: self.set_day(day, f))
        button = self.buttons[day]
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

    def tick_working_days(self) -> None:
        """Every working day in full (the usual month), the rest left as it was."""
        for button in self.buttons.values():
            if button.day.working and not button.fraction:
                button.set_fraction(FULL_DAY)
        self.changed.emit()

    def clear(self) -> None:
        for button in self.buttons.values():
            button.set_fraction(Decimal(0))
        self.changed.emit()

    def set_worked(self, days: list[WorkedDay]) -> None:
        for button in self.buttons.values():
            button.set_fraction(Decimal(0))
        for worked in days:
            if worked.day in self.buttons:
                self.buttons[worked.day].set_fraction(worked.fraction)

    def worked(self) -> list[WorkedDay]:
        return [
            WorkedDay(day, button.fraction)
            for day, button in sorted(self.buttons.items())
            if button.fraction
        ]

    def unusual(self) -> list[CalendarDay]:
        """Ticked days that fall on a weekend or a holiday."""
        return [b.day for b in self.buttons.values() if b.fraction and not b.day.working]
