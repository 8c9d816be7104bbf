"""Acting on a refusal hint: each button of the hints view does what its hint says.

Raise the rate, complete the scope, move the start, offer remote days: the mission
changes only after the user confirms, through the missions service (so the rules of
the editor hold: no negative margin, no full remote with days on site).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import formatting
from desktop.services import missions, offers
from desktop.ui import i18n
from desktop.ui.failures import show_failure


class HintActions:
    """Connects a :class:`RefusalHintsView` to the mission it is about."""

    def __init__(
        self,
        parent: QWidget,
        mission_id: int,
        changed: Callable[[], None],
        message: Callable[[str], None],
    ) -> None:
        self.parent = parent
        self.mission_id = mission_id
        self.changed = changed  # the mission or its offers changed: refresh what shows them
        self.message = message  # a line for the status bar

    def connect(self, view) -> None:
        view.raise_rate.connect(self.raise_rate)
        view.edit_scope.connect(self.edit_scope)
        view.propose_to.connect(self.propose_to)
        view.shift_start.connect(self.shift_start)
        view.reduce_on_site.connect(self.reduce_on_site)
        view.record_referral.connect(self.record_referral)
        view.plan_follow_up.connect(self.plan_follow_up)

    def _confirm(self, text: str) -> bool:
        from desktop.ui.confirm import confirm

        return confirm(
            self.parent,
            QCoreApplication.translate("HintActions", "Change the mission"),
            text,
            QCoreApplication.translate("HintActions", "Change the mission"),
            destructive=False,
        )

    def _update(self, **changes) -> bool:
        draft = missions.mission_draft(self.mission_id)
        try:
            missions.update_mission(self.mission_id, replace(draft, **changes))
        except Exception as exc:  # a rule, a lock, a full disk: said, Retry where it helps
            title = QCoreApplication.translate("HintActions", "Change the mission")
            if not show_failure(self.parent, title, exc, lambda: self._update(**changes)):
                raise
            return False
        self.changed()
        return True

    def raise_rate(self, rate: Decimal) -> None:
        draft = missions.mission_draft(self.mission_id)
        lang = i18n.language()
        text = QCoreApplication.translate(
            "HintActions", "Raise the talent daily rate of this mission from {old} to {new}?"
        ).format(
            old=formatting.format_rate(draft.talent_daily_rate, lang) or "—",
            new=formatting.format_rate(rate, lang),
        )
        if self._confirm(text):
            self._update(talent_daily_rate=rate)

    def edit_scope(self) -> None:
        from desktop.ui.missions.dialog import MissionDialog

        dialog = MissionDialog(self.mission_id, parent=self.parent)
        dialog.tabs.setCurrentIndex(1)  # the scope checklist
        if dialog.exec():
            self.changed()

    def propose_to(self, talent_ids: list[int]) -> None:
        from desktop.ui.missions.offers import ProposeDialog, proposal_text

        dialog = ProposeDialog(self.mission_id, talent_ids, parent=self.parent)
        if dialog.exec():
            self.message(proposal_text(dialog.proposal))
            self.changed()

    def shift_start(self, days: int) -> None:
        draft = missions.mission_draft(self.mission_id)
        if draft.start_date is None:
            return
        start = draft.start_date + dt.timedelta(days=days)
        text = QCoreApplication.translate(
            "HintActions", "Move the start of this mission to {date}?"
        ).format(date=formatting.format_date(start, i18n.language()))
        if self._confirm(text):
            end = draft.end_date + dt.timedelta(days=days) if draft.end_date else None
            self._update(start_date=start, end_date=end)

    def reduce_on_site(self, days: int) -> None:
        if days == 0:
            text = QCoreApplication.translate("HintActions", "Offer this mission full remote?")
        else:
            text = i18n.count_text(
                days,
                QCoreApplication.translate(
                    "HintActions", "Ask for {n} day on site a week instead, the rest remote?"
                ),
                QCoreApplication.translate(
                    "HintActions", "Ask for {n} days on site a week instead, the rest remote?"
                ),
            )
        if self._confirm(text):
            self._update(days_on_site=days, remote_policy="full_remote" if days == 0 else "hybrid")

    def record_referral(self, talent_id: int) -> None:
        from desktop.ui.matching.referral_dialog import ReferralDialog

        if ReferralDialog(talent_id, self.mission_id, self.parent).exec():
            self.message(
                QCoreApplication.translate("HintActions", "Referral recorded and credited.")
            )

    def plan_follow_up(self, talent_id: int) -> None:
        try:
            when = offers.keep_in_touch(talent_id)
        except Exception as exc:  # a lock, a full disk: said, with Retry where it may help
            title = QCoreApplication.translate("HintActions", "Plan a follow-up")
            if not show_failure(self.parent, title, exc, lambda: self.plan_follow_up(talent_id)):
                raise
            return
        self.message(
            QCoreApplication.translate(
                "HintActions", "Follow-up planned on {date}: it will appear in To do."
            ).format(date=formatting.format_date(when, i18n.language()))
        )
        self.changed()
