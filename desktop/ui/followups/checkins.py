"""To do: the satisfaction check-ins due, one row per active contract (Settings > E-mail
sets the interval). Done (D) or Enter opens the send dialog with the check-in template."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain import formatting
from desktop.profile import Profile
from desktop.services import mailing
from desktop.services.mailing import CheckinDue
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.followups.rows import COLUMNS, DATA_ROLE, due_text, section_item

translate = QCoreApplication.translate


def read_checkins(today: dt.date) -> list[CheckinDue]:
    """The check-ins due (on the reader thread)."""
    return mailing.checkins_due(today)


def add_checkins(tree: QTreeWidget, due: list[CheckinDue], limit: int) -> None:
    """The "Satisfaction check-ins" section, when any is due."""
    if not due:
        return
    section = section_item(
        tree, translate("FollowUpRows", "Satisfaction check-ins to send"), len(due)
    )
    for checkin in due[:limit]:
        section.addChild(checkin_item(checkin))


def checkin_item(checkin: CheckinDue) -> QTreeWidgetItem:
    last = (
        translate("FollowUpRows", "last one {date}").format(
            date=formatting.format_date(checkin.last_sent_on, i18n.language())
        )
        if checkin.last_sent_on
        else translate("FollowUpRows", "none sent yet")
    )
    item = QTreeWidgetItem(
        [
            f"{checkin.company} — {checkin.title}",
            translate("FollowUpRows", "Check-in e-mail"),
            f"{checkin.reference} · {last}",
            due_text(checkin.due_on, checkin.days_late),
            "",
        ]
    )
    item.setData(0, DATA_ROLE, checkin)
    item.setIcon(0, icon("send"))
    tip = translate(
        "FollowUpRows", "Ask the client how the mission is going: D or Enter prepares the e-mail."
    )
    for column in range(COLUMNS):
        item.setToolTip(column, tip)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def send_checkin(parent: QWidget, profile: Profile, checkin: CheckinDue) -> bool:
    """Open the send dialog for the check-in; True once sent."""
    from desktop.ui.mail.send_dialog import send_by_email

    return send_by_email(parent, profile, "checkin", checkin.contract_id) is not None
