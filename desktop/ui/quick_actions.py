"""One-click actions above a record's detail: what one does next with a talent, a company
or a mission, without leaving the list.

- a talent: propose a mission, log a call, plan a follow-up, open the CV, write an e-mail;
- a company: new mission, log an exchange, move to another pipeline stage;
- a mission: find talents (the Matching page), propose it to the three best.

Each bar is an :class:`~desktop.ui.overflow_bar.OverflowBar`: on a narrow detail pane the
last actions go under "More". The bars act through the main window (dialogs, sections).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMenu, QPushButton

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import PipelineStage
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.overflow_bar import OverflowBar

if TYPE_CHECKING:
    from desktop.ui.list_page import ListPage
    from desktop.ui.main_window import MainWindow

PROPOSE_BEST = 3  # "Propose to the 3 best": the top of the ranking not offered yet


class QuickActions(OverflowBar):
    """The actions of the record shown in a list's detail panel."""

    def __init__(self, page: ListPage) -> None:
        super().__init__()
        self.setObjectName("quickActions")
        self.page = page
        self.by_name: dict[str, QPushButton] = {}
        page.record_selected.connect(lambda record_id: self.setEnabled(record_id is not None))

    def action(self, name: str, glyph: str, text: str, slot: Callable[[int], None], tip: str = ""):
        button = QPushButton(icon(glyph), text)
        button.setObjectName(f"quick-{name}")
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda: self._run(slot))
        self.by_name[name] = button
        self.add_button(button)
        return button

    def _run(self, slot: Callable[[int], None]) -> None:
        record_id = self.page.selected_id()
        if record_id is not None:
            slot(record_id)


def _log_exchange(window: MainWindow, page: ListPage, subject: str, channel: str) -> Callable:
    def run(record_id: int) -> None:
        from desktop.ui.traces.dialog import ActivityDialog

        dialog = ActivityDialog(window.profile, subject, record_id, kind="exchange", parent=window)
        dialog.channel.setCurrentIndex(max(0, dialog.channel.findData(channel)))
        if dialog.exec():
            page.reload(select=record_id)  # the timeline and the last contact

    return run


def talent_actions(window: MainWindow, page: ListPage) -> QuickActions:
    bar = QuickActions(page)

    def propose(talent_id: int) -> None:
        from desktop.services import matching

        ranked = matching.rank_missions_for_talent(talent_id, limit=30)
        if not ranked:
            window.statusBar().showMessage(
                QCoreApplication.translate("QuickActions", "No open mission to propose."), 6000
            )
            return
        labels = [
            QCoreApplication.translate("QuickActions", "{title} — {client} ({score}/100)").format(
                title=r.title, client=r.company, score=r.score
            )
            for r in ranked
        ]
        label, ok = QInputDialog.getItem(
            window,
            QCoreApplication.translate("QuickActions", "Propose a mission"),
            QCoreApplication.translate("QuickActions", "Open missions, best fit first:"),
            labels,
            0,
            False,
        )
        if ok:
            window.propose(ranked[labels.index(label)].mission_id, [talent_id])

    def follow_up(talent_id: int) -> None:
        from desktop.services import followups, talents
        from desktop.ui.followups.dialogs import RescheduleDialog

        today = dt.date.today()
        dialog = RescheduleDialog(talents.display_name(talent_id), None, today, window)
        if dialog.exec():
            try:
                followups.reschedule("talent", talent_id, dialog.date(), today)
            except DomainError as exc:
                window.statusBar().showMessage(i18n.tr_error(exc), 8000)
                return
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "QuickActions", "Follow-up planned on {date}: it will appear in To do."
                ).format(date=formatting.format_date(dialog.date(), i18n.language())),
                6000,
            )
            window.refresh_lists()

    def open_cv(talent_id: int) -> None:
        from desktop.services.attachments import cv_of
        from desktop.ui.traces import files

        cv = cv_of(talent_id)
        if cv is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("QuickActions", "No CV yet: attach one in the CV tab."),
                6000,
            )
            return
        files.open_attachment(window, window.profile, cv.id)

    def email(talent_id: int) -> None:
        from desktop.store.models import Talent

        address = Talent.get_by_id(talent_id).email
        if not address:
            window.statusBar().showMessage(
                QCoreApplication.translate("QuickActions", "No e-mail address for this talent."),
                6000,
            )
            return
        QDesktopServices.openUrl(QUrl(f"mailto:{address}"))

    bar.action(
        "propose", "send", QCoreApplication.translate("QuickActions", "Propose a mission…"), propose
    )
    bar.action(
        "call",
        "call",
        QCoreApplication.translate("QuickActions", "Log a call…"),
        _log_exchange(window, page, "talent", "call"),
    )
    bar.action(
        "followup",
        "todo",
        QCoreApplication.translate("QuickActions", "Follow-up…"),
        follow_up,
        QCoreApplication.translate("QuickActions", "Plan a follow-up"),
    )
    bar.action("cv", "folder", QCoreApplication.translate("QuickActions", "Open CV"), open_cv)
    bar.action(
        "email",
        "send",
        QCoreApplication.translate("QuickActions", "E-mail"),
        email,
        QCoreApplication.translate("QuickActions", "Write to them in your e-mail app"),
    )
    return bar


def company_actions(window: MainWindow, page: ListPage) -> QuickActions:
    bar = QuickActions(page)

    def new_mission(company_id: int) -> None:
        from desktop.ui.missions.dialog import MissionDialog

        dialog = MissionDialog(None, company_id, parent=window)
        if dialog.exec():
            window.go_to("missions").reload(select=dialog.saved_id)
            window.statusBar().showMessage(
                QCoreApplication.translate("QuickActions", "Mission saved."), 4000
            )

    stage_button = bar.action(
        "stage", "board", QCoreApplication.translate("QuickActions", "Stage"), lambda _i: None
    )
    menu = QMenu(stage_button)
    stage_button.setMenu(menu)

    def fill_stages() -> None:
        from desktop.store.models import Company

        menu.clear()
        company_id = page.selected_id()
        if company_id is None:
            return
        current = Company.get_by_id(company_id).stage
        for stage in PipelineStage:
            action = menu.addAction(i18n.tr_label(stage))
            action.setCheckable(True)
            action.setChecked(stage == current)
            action.triggered.connect(lambda _c=False, s=stage: move(company_id, s))

    def move(company_id: int, stage: str) -> None:
        from desktop.services import companies

        reason = ""
        if stage == PipelineStage.LOST:
            reason, ok = QInputDialog.getText(
                window,
                QCoreApplication.translate("QuickActions", "Deal lost"),
                QCoreApplication.translate("QuickActions", "Why was it lost?"),
            )
            if not ok:
                return
        try:
            companies.set_stage(company_id, stage, reason)
        except DomainError as exc:
            window.statusBar().showMessage(i18n.tr_error(exc), 8000)
            return
        page.reload(select=company_id)
        window.refresh_lists()

    menu.aboutToShow.connect(fill_stages)
    bar.by_name["stage"] = stage_button
    # the stage menu last: New mission and Log first, as the most frequent
    bar._buttons.remove(stage_button)
    bar.action(
        "mission",
        "missions",
        QCoreApplication.translate("QuickActions", "New mission…"),
        new_mission,
    )
    bar.action(
        "log",
        "call",
        QCoreApplication.translate("QuickActions", "Log…"),
        _log_exchange(window, page, "company", "call"),
    )
    bar.add_button(stage_button)
    return bar


def mission_actions(window: MainWindow, page: ListPage) -> QuickActions:
    bar = QuickActions(page)

    def propose_best(mission_id: int) -> None:
        from desktop.services import matching
        from desktop.store.models import Offer

        offered = tuple(
            o.talent_id for o in Offer.select(Offer.talent).where(Offer.mission == mission_id)
        )
        best = matching.rank_talents(mission_id, limit=PROPOSE_BEST, exclude_ids=offered)
        if not best:
            window.find_talents(mission_id)
            return
        window.propose(mission_id, [row.talent_id for row in best])

    bar.action(
        "find",
        "match",
        QCoreApplication.translate("QuickActions", "Find talents"),
        window.find_talents,
        QCoreApplication.translate(
            "QuickActions", "Rank the talents for this mission, on the Matching page (Ctrl+M)"
        ),
    )
    bar.action(
        "propose",
        "send",
        QCoreApplication.translate("QuickActions", "Propose to the 3 best…"),
        propose_best,
        QCoreApplication.translate(
            "QuickActions", "The three best-matched talents not offered this mission yet"
        ),
    )
    return bar
