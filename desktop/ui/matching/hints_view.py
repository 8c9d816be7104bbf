"""What to do after a refusal: each reason's computed hints, each with its action button.

The view only emits signals; the window decides what an action opens (the mission
editor, the proposal dialog, the referral dialog...).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.domain.refusal_hints import Hint, HintAction
from desktop.domain.vocabulary import RefusalReason
from desktop.services import refusal_hints
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.matching.breakdown import render
from desktop.ui.tasks import run_read

_ICONS = {
    HintAction.RAISE_RATE: "edit",
    HintAction.EDIT_SCOPE: "edit",
    HintAction.PROPOSE_TO: "send",
    HintAction.SHIFT_START: "edit",
    HintAction.REDUCE_ON_SITE: "edit",
    HintAction.RECORD_REFERRAL: "add",
    HintAction.PLAN_FOLLOW_UP: "todo",
}


class RefusalHintsView(QScrollArea):
    """The hints for a refused offer, or for a mission and a set of refusal reasons.

    Each action button emits one signal: ``raise_rate(Decimal)``, ``edit_scope()``,
    ``propose_to(list[int])``, ``shift_start(int days)``, ``reduce_on_site(int days a
    week)``, ``record_referral(int talent id)``, ``plan_follow_up(int talent id)``.
    ``loaded(int)`` tells how many hints are shown.
    """

    raise_rate = Signal(object)
    edit_scope = Signal()
    propose_to = Signal(list)
    shift_start = Signal(int)
    reduce_on_site = Signal(int)
    record_referral = Signal(int)
    plan_follow_up = Signal(int)
    loaded = Signal(int)

    def __init__(
        self,
        offer_id: int | None = None,
        parent: QWidget | None = None,
        *,
        mission_id: int | None = None,
        reasons: tuple[str, ...] = (),
        talent_id: int | None = None,
        offered_rate: Decimal | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        if offer_id is None and mission_id is None:
            raise ValueError("RefusalHintsView needs an offer or a mission")
        self.setObjectName("refusalHints")
        self.setStyleSheet(
            "QLabel#hintsHeader { font-weight: 600; color: #111827; padding-top: 8px; }"
            "QLabel#hintText { color: #374151; }"
        )
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.request = (offer_id, mission_id, tuple(reasons), talent_id, offered_rate, today)
        self.hints: list[Hint] = []
        self.buttons: list[QPushButton] = []
        self._generation = 0
        self.refresh()

    def refresh(self) -> None:
        """Compute the hints again (after an action changed the mission or the pool)."""
        self._generation += 1
        request = (self._generation, *self.request)
        self._set_body([self._note(self.tr("Looking for what would have worked…"))])
        # the reader thread: hints only read, and never wait behind a write
        run_read(lambda: _hints(*request), self._show, self._failed, channel=(id(self), "hints"))

    def _show(self, result: tuple) -> None:
        if not shiboken6.isValid(self):
            return
        generation, hints = result
        if generation != self._generation:
            return
        self.hints = hints
        self.buttons = []
        widgets: list[QWidget] = []
        if not hints:
            widgets.append(
                self._note(
                    self.tr(
                        "No refusal reason is recorded: record why the talent said no to get hints."
                    )
                )
            )
        current: object = object()
        for hint in hints:
            if hint.reason != current:
                current = hint.reason
                title = (
                    i18n.tr_label(RefusalReason(hint.reason))
                    if hint.reason
                    else self.tr("Whatever the reason")
                )
                header = QLabel(title)
                header.setObjectName("hintsHeader")
                widgets.append(header)
            widgets.append(self._row(hint))
        self._set_body(widgets)
        self.loaded.emit(len(hints))

    def _failed(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            from desktop.ui.confirm import plain_error

            self._set_body(
                [
                    self._note(
                        self.tr("The hints could not be computed: {error}").format(
                            error=plain_error(error)
                        )
                    )
                ]
            )

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        return label

    def _set_body(self, widgets: list[QWidget]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)  # the previous body is deleted by the scroll area

    def _row(self, hint: Hint) -> QWidget:
        # The text above its button, the full width to itself: beside a wide button, a
        # narrow detail pane wrapped it one or two words a line.
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(12, 0, 0, 6)
        box.setSpacing(4)
        text = QLabel(render(hint.message))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setObjectName("hintText")
        box.addWidget(text)
        if hint.action is not None:
            button = QPushButton(icon(_ICONS[hint.action]), self._button_text(hint))
            button.setObjectName(f"hint-{hint.action.value}")
            button.clicked.connect(lambda _checked=False, h=hint: self._act(h))
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
        return row

    def _button_text(self, hint: Hint) -> str:
        action, value = hint.action, hint.value
        if action == HintAction.RAISE_RATE:
            return self.tr("Offer {rate}").format(
                rate=formatting.format_rate(value, i18n.language())
            )
        if action == HintAction.PROPOSE_TO:
            return self.tr("Propose to them…")
        if action == HintAction.SHIFT_START:
            return self.tr("Move the start date")
        if action == HintAction.REDUCE_ON_SITE:
            if value == 0:
                return self.tr("Offer full remote")
            if value == 1:
                return self.tr("Ask for 1 day on site")
            return self.tr("Ask for {days} days on site").format(days=value)
        if action == HintAction.RECORD_REFERRAL:
            return self.tr("Record a referral…")
        if action == HintAction.PLAN_FOLLOW_UP:
            return self.tr("Plan the follow-up")
        return self.tr("Edit the mission")

    def _act(self, hint: Hint) -> None:
        action, value = hint.action, hint.value
        if action == HintAction.RAISE_RATE:
            self.raise_rate.emit(value)
        elif action == HintAction.EDIT_SCOPE:
            self.edit_scope.emit()
        elif action == HintAction.PROPOSE_TO:
            self.propose_to.emit(list(value))
        elif action == HintAction.SHIFT_START:
            self.shift_start.emit(value)
        elif action == HintAction.REDUCE_ON_SITE:
            self.reduce_on_site.emit(value)
        elif action == HintAction.RECORD_REFERRAL:
            self.record_referral.emit(value)
        elif action == HintAction.PLAN_FOLLOW_UP:
            self.plan_follow_up.emit(value)


def _hints(
    generation: int,
    offer_id: int | None,
    mission_id: int | None,
    reasons: tuple[str, ...],
    talent_id: int | None,
    offered_rate: Decimal | None,
    today: dt.date | None,
) -> tuple:
    """The work (worker thread: plain data in and out)."""
    if offer_id is not None:
        return generation, refusal_hints.hints_for_offer(offer_id, today)
    assert mission_id is not None
    return generation, refusal_hints.hints_for_mission(
        mission_id, reasons, talent_id, offered_rate, today
    )
