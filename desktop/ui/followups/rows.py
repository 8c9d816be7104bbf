"""The rows of the "To do" view: a section per bucket, a follow-up, a meeting action.

Each row carries its :class:`~desktop.services.followups.FollowUp` or
:class:`~desktop.services.followups.DueAction` in ``DATA_ROLE``; dates past
due are red, and every text a column may cut is whole in the tooltip.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop.domain import formatting
from desktop.domain.vocabulary import PipelineStage, TalentStatus
from desktop.services.followups import DueAction, FollowUp
from desktop.ui import i18n
from desktop.ui.assets import icon

translate = QCoreApplication.translate  # lupdate extracts translate("FollowUpRows", "...") calls

DATA_ROLE = Qt.ItemDataRole.UserRole  # FollowUp, DueAction, or None for other rows
LATE = QColor("#b42318")
COLUMNS = 5  # name, kind, context, due, last contact
DUE_COLUMN = 3


def section_item(tree: QTreeWidget, title: str, count: int, late: bool = False) -> QTreeWidgetItem:
    """A bold, unselectable heading row ("Overdue (12)") across all columns."""
    item = QTreeWidgetItem([f"{title} ({formatting.format_number(count, i18n.language())})"])
    font = QFont(tree.font())
    font.setBold(True)
    item.setFont(0, font)
    if late:
        item.setForeground(0, QBrush(LATE))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    tree.addTopLevelItem(item)
    item.setFirstColumnSpanned(True)  # takes effect only once the item is in the tree
    return item


def more_item(section: QTreeWidgetItem, hidden: int, limit: int) -> None:
    """Under a cut bucket: how many more there are, and which ones are shown."""
    if hidden <= 0:
        return
    text = translate(
        "FollowUpRows", "{n} more not shown: the {limit} most urgent come first."
    ).format(n=formatting.format_number(hidden, i18n.language()), limit=limit)
    item = QTreeWidgetItem([text])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    section.addChild(item)
    item.setFirstColumnSpanned(True)


def due_text(due_on: dt.date, days_late: int) -> str:
    """ "Today", the date, or the date and how late ("12/11/2026 · 10 days late")."""
    date = formatting.format_date(due_on, i18n.language())
    if days_late == 0:
        return translate("FollowUpRows", "Today")
    if days_late == 1:
        return translate("FollowUpRows", "{date} · 1 day late").format(date=date)
    if days_late > 1:
        return translate("FollowUpRows", "{date} · {n} days late").format(date=date, n=days_late)
    return date


def kind_label(follow_up: FollowUp) -> str:
    if follow_up.kind == "talent":
        return translate("FollowUpRows", "Talent")
    if follow_up.status == PipelineStage.WON:
        return translate("FollowUpRows", "Client")
    return translate("FollowUpRows", "Prospect")


def _late(item: QTreeWidgetItem, days_late: int) -> None:
    if days_late > 0:
        item.setForeground(DUE_COLUMN, QBrush(LATE))


def _tooltip(item: QTreeWidgetItem, *lines: str) -> None:
    text = "\n".join(line for line in lines if line)
    for column in range(COLUMNS):
        item.setToolTip(column, text)


def follow_up_item(follow_up: FollowUp) -> QTreeWidgetItem:
    """Name, kind, context (title and status, or stage, owner and place), due, last contact."""
    if follow_up.kind == "talent":
        status = i18n.tr_label(follow_up.status, TalentStatus)
        context = " · ".join(p for p in (follow_up.detail, status) if p)
    else:
        stage = i18n.tr_label(follow_up.status, PipelineStage)
        context = " · ".join(p for p in (stage, follow_up.owner, follow_up.detail) if p)
    last = formatting.format_date(follow_up.last_contact_on, i18n.language()) or "—"
    item = QTreeWidgetItem(
        [
            follow_up.name,
            kind_label(follow_up),
            context,
            due_text(follow_up.due_on, follow_up.days_late),
            last,
        ]
    )
    item.setData(0, DATA_ROLE, follow_up)
    item.setIcon(0, icon("talents" if follow_up.kind == "talent" else "companies"))
    _late(item, follow_up.days_late)
    reach = " · ".join(p for p in (follow_up.phone, follow_up.email) if p)
    _tooltip(item, follow_up.name, context, reach)
    return item


def action_item(action: DueAction) -> QTreeWidgetItem:
    """A tickable action: what, the record and meeting it comes from, who, when."""
    subject = action.subject.name or translate("FollowUpRows", "deleted record")
    meeting = translate("FollowUpRows", "{meeting} of {date}").format(
        meeting=action.meeting or translate("FollowUpRows", "Meeting"),
        date=formatting.format_date(action.meeting_on, i18n.language()),
    )
    owner = action.owner or translate("FollowUpRows", "no owner")
    item = QTreeWidgetItem(
        [
            action.description,
            translate("FollowUpRows", "Action"),
            f"{subject} — {meeting} · {owner}",
            due_text(action.due_on, action.days_late),
            "",
        ]
    )
    item.setData(0, DATA_ROLE, action)
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
    )
    item.setCheckState(0, Qt.CheckState.Unchecked)
    _late(item, action.days_late)
    _tooltip(item, action.description, f"{subject} — {meeting}")
    return item


def contract_item(reminder) -> QTreeWidgetItem:
    """A contract to act on: the end coming, a renewal to refuse, a signed copy missing."""
    what = {
        "end_soon": translate("FollowUpRows", "Ends soon: plan what comes next"),
        "renewal": translate("FollowUpRows", "Renews tacitly: refuse it by this date if need be"),
        "signed_copy": translate("FollowUpRows", "Signed copy still missing"),
    }[reminder.kind]
    item = QTreeWidgetItem(
        [
            f"{reminder.reference} — {reminder.title}",
            translate("FollowUpRows", "Contract"),
            f"{what} · {reminder.counterparty}",
            due_text(reminder.due_on, -reminder.days_left),
            "",
        ]
    )
    item.setData(0, DATA_ROLE, reminder)
    item.setIcon(0, icon("contracts"))
    _late(item, -reminder.days_left)
    _tooltip(item, f"{reminder.reference} — {reminder.title}", what, reminder.counterparty)
    return item
