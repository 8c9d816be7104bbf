"""The lessons of past refusals, shown where the next offer is prepared.

Embed a :class:`LessonsBox` in the dialog that proposes a mission and call
``show_for(company_id, mission_id)`` when the mission is known: before the
offer leaves, the user reads why talents refused this mission, this client or
similar missions, and what to change.
"""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.domain import formatting
from desktop.domain.errors import Message
from desktop.domain.lessons import Lesson
from desktop.services import analytics
from desktop.ui import i18n

STYLE = """
QFrame#lessonsBox { background: #f5f8ff; border: 1px solid #c7d7fe; border-radius: 8px; }
QLabel#lessonsTitle { font-weight: 600; color: #1d3a8a; }
QLabel#lessonsText { color: #1f2937; }
QLabel#lessonsEmpty { color: #6b7280; }
"""


def localised(message: Message) -> str:
    """The message translated, its amounts and counts written the reader's way."""
    lang = i18n.language()
    params: dict[str, object] = {}
    for key, value in message.params.items():
        if isinstance(value, Decimal):
            value = formatting.format_rate(value, lang)
        elif isinstance(value, int) and not isinstance(value, bool):
            value = formatting.format_number(value, lang)
        params[key] = value
    return i18n.tr_message(Message(message.context, message.template, params))


class LessonsBox(QFrame):
    """What past refusals teach about this mission, this client and similar missions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonsBox")
        self.setStyleSheet(STYLE)
        self.lessons: list[Lesson] = []
        title = QLabel(self.tr("Lessons from past refusals"))
        title.setObjectName("lessonsTitle")
        self.text = QLabel()
        self.text.setObjectName("lessonsText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(
            self.tr("No refusal pattern yet for this client or for similar missions.")
        )
        self.empty.setObjectName("lessonsEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.text)
        layout.addWidget(self.empty)
        self._render()

    def show_for(
        self,
        company_id: int | None = None,
        mission_id: int | None = None,
        today: dt.date | None = None,
    ) -> int:
        """Look the lessons up (a few indexed queries) and show them; returns how many."""
        if company_id is None and mission_id is None:
            self.lessons = []
        else:
            self.lessons = analytics.lessons_for(company_id, mission_id, today)
        self._render()
        return len(self.lessons)

    def plain_text(self) -> str:
        """The lessons as the user reads them, one paragraph each (for tests and copying)."""
        return "\n".join(f"{localised(x.finding)} {localised(x.advice)}" for x in self.lessons)

    def _render(self) -> None:
        items = []
        for lesson in self.lessons:
            finding = html.escape(localised(lesson.finding))
            advice = html.escape(localised(lesson.advice))
            items.append(f"<li style='margin-bottom:6px'><b>{finding}</b><br>{advice}</li>")
        self.text.setText(f"<ul style='margin:0 0 0 -20px'>{''.join(items)}</ul>")
        self.text.setVisible(bool(self.lessons))
        self.empty.setVisible(not self.lessons)
