"""The "To do" view: follow-ups overdue, due today and in the coming week, and meeting actions.

Each follow-up row offers Done (with a note and the next date), Snooze and
Reschedule, from the buttons, the right-click menu or the keyboard (Enter
opens the record, D done, S snooze, R reschedule). Meeting actions due are
ticked off in place (Space or D). Every change is one service call, then
the view is read again, keeping the cursor where it was.

The rows are read on the reader thread (:func:`~desktop.ui.tasks.run_read`: 245 ms
at 300,000 records on the UI thread before), the rows shown staying until the new
ones arrive; a revisit reads again only if something was written meanwhile.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import formatting
from desktop.profile import Profile
from desktop.services import activities, followups
from desktop.services.deposits import DepositDue
from desktop.services.followups import DueAction, FollowUp
from desktop.services.receivables import ReminderDue
from desktop.store.lists import data_version
from desktop.store.models import database
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.failures import show_failure
from desktop.ui.followups import checkins, deposits, reminders
from desktop.ui.followups.rows import (
    COLUMNS,
    DATA_ROLE,
    action_item,
    contract_item,
    follow_up_item,
    more_item,
    section_item,
)
from desktop.ui.state import UiState
from desktop.ui.tasks import run_read

# Filling the tree: a new group is started only in the first 4 ms of a turn (two turns
# back to back, as Qt runs them before a paint, then stay well under 50 ms).
FILL_TURN_S = 0.004
ROW_LIMIT = 100  # per bucket: the most urgent first; the rest is counted
HORIZON_DAYS = 7


@dataclass(frozen=True)
class _Others:
    """What To do lists beside the follow-ups, read with them on the reader thread:
    contract reminders, satisfaction check-ins, and the payment reminders due."""

    today: dt.date
    contracts: list = field(default_factory=list)  # ContractReminder
    checkins: list = field(default_factory=list)  # CheckinDue
    reminders: list[ReminderDue] = field(default_factory=list)
    interests: dict = field(default_factory=dict)  # invoice id -> interest accrued today
    deposits: list = field(default_factory=list)  # accepted quotes whose deposit waits
    deposits_total: int = 0  # all of them (the list holds the ROW_LIMIT oldest)
    contracts_total: int = 0  # all the contract reminders (the list holds the first ones)


def _others(today: dt.date, with_checkins: bool, with_deposits: bool) -> _Others:
    """Read on the reader thread: each group cut to its ROW_LIMIT most urgent rows, so that
    the UI thread builds a few hundred items at most (3,000 deposits and 8,000 contract
    reminders at 300k records took 0.4 s to show)."""
    contracts = followups.contract_reminders(today)
    due, total = deposits.read_deposits(ROW_LIMIT) if with_deposits else ([], 0)
    return _Others(
        today,
        contracts[:ROW_LIMIT],
        checkins.read_checkins(today) if with_checkins else [],
        *reminders.read_reminders(today),
        due,
        total,
        len(contracts),
    )


SNOOZE_DAYS = (1, 3, 7, 14)


class FollowUpsPage(QWidget):
    """Who to follow up with, and the meeting actions due. Emits ``open_record`` to show one."""

    open_record = Signal(str, int)  # main window section ("talents", "companies"...), record id
    records_changed = Signal()  # a follow-up date, last contact or action changed
    status_message = Signal(str)  # short feedback after an action, for the status bar

    def __init__(
        self,
        state: UiState,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        profile: Profile | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page-followups")
        self.state = state
        self.profile = profile  # None: no check-in e-mails (they need the profile's folder)
        self.today = today
        self.due = followups.DueFollowUps([], {})
        self.actions: list[DueAction] = []
        self.contracts: list = []  # ContractReminder
        self.reminders_due = 0  # invoices to chase (desktop.ui.followups.reminders)
        self.deposits_due = 0  # deposit invoices to make (desktop.ui.followups.deposits)

        self.buttons: dict[str, QPushButton] = {}
        header = self._build_header()
        actions_row = self._build_actions()
        self._build_tree()
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addLayout(actions_row)
        layout.addWidget(self.stack, 1)

        self._shortcut(Qt.Key.Key_Return, self.open_selected)
        self._shortcut(Qt.Key.Key_Enter, self.open_selected)
        self._shortcut(Qt.Key.Key_D, self.done_selected)
        self._shortcut(Qt.Key.Key_S, self.snooze_menu)
        self._shortcut(Qt.Key.Key_R, self.reschedule_selected)
        self._wanted_owner = self.state.value("followups/owner", "")
        self._version: object = None  # data_version of the rows shown
        self._loads = 0
        self._filling: Iterator[None] | None = None  # rows being put in (_show)
        self._token = 0
        self._position = 0

    def _build_header(self) -> QHBoxLayout:
        """Title, counts, and the owner and kind filters (remembered with the layout)."""
        title = QLabel(self.tr("To do"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setWordWrap(True)  # fit: "12 overdue · 3 today · …" wraps on a laptop
        self.owner = QComboBox()
        self.owner.setObjectName("ownerFilter")
        # Its names arrive with the rows, after the page is first shown: sized to them then
        # (by default a combo box keeps the width of its first show, "Tout le m").
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner.setToolTip(
            self.tr(
                "Show the prospects and meeting actions of one account owner. Talents belong "
                "to the whole team: they stay listed."
            )
        )
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("Talents and companies"), "all")
        self.kind.addItem(self.tr("Talents only"), "talent")
        self.kind.addItem(self.tr("Companies only"), "company")
        kind_index = self.kind.findData(self.state.value("followups/kind", "all"))
        self.kind.setCurrentIndex(max(0, kind_index))
        self.owner.currentIndexChanged.connect(self._filter_changed)
        self.kind.currentIndexChanged.connect(self._filter_changed)
        refresh = QPushButton(icon("refresh"), self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("Owner:")))
        header.addWidget(self.owner)
        header.addWidget(self.kind)
        header.addWidget(refresh)
        return header

    def _build_actions(self) -> QHBoxLayout:
        """Open, Done, Snooze, Reschedule, and the keys that do the same."""
        actions_row = QHBoxLayout()
        for name, glyph, text, slot in (
            ("open", "edit", self.tr("Open"), self.open_selected),
            ("done", "todo", self.tr("Done…"), self.done_selected),
            ("snooze", "undo", self.tr("Snooze"), self.snooze_menu),
            ("reschedule", "board", self.tr("Reschedule…"), self.reschedule_selected),
        ):
            button = QPushButton(icon(glyph), text)
            button.setObjectName(f"followups-{name}")
            button.clicked.connect(slot)
            actions_row.addWidget(button)
            self.buttons[name] = button
        self.buttons["open"].setToolTip(self.tr("Open the record (Enter)"))
        self.buttons["done"].setToolTip(self.tr("Mark the follow-up done, with a note (D)"))
        self.buttons["snooze"].setToolTip(self.tr("Put it off by a few days (S)"))
        self.buttons["reschedule"].setToolTip(self.tr("Choose another date (R)"))
        # A reminder due (invoicing): its letter, and the e-mail that sends it.
        for name, glyph, text, tip in (
            (
                "letter",
                "invoices",
                self.tr("Letter (PDF)"),
                self.tr("The reminder letter, to look at, print or save"),
            ),
            (
                "email",
                "send",
                self.tr("Send by e-mail…"),
                self.tr("The reminder with its letter; recorded once sent"),
            ),
        ):
            button = QPushButton(icon(glyph), text)
            button.setObjectName(f"followups-{name}")
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, act=name: self._reminder_action(act))
            button.setVisible(False)
            actions_row.addWidget(button)
            self.buttons[name] = button
        keys = QLabel(self.tr("Enter: open · D: done · S: snooze · R: reschedule"))
        keys.setObjectName("hint")
        keys.setWordWrap(True)  # on two lines when a reminder's Letter and E-mail show
        keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        actions_row.addWidget(keys, 1)
        return actions_row

    def _build_tree(self) -> None:
        self.tree = QTreeWidget()
        self.tree.setObjectName("followups")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Context"),
                self.tr("Due"),
                self.tr("Last contact"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.open_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.setStyleSheet("QTreeView#followups::item { padding: 3px 2px; }")
        # Names, dates and kinds are never cut (French "12 jours de retard" is long): the
        # context column gives way, its whole text in the tooltip.
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        for column in range(COLUMNS):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # but a meeting action's long sentence in the name column took half the width at
        # 1280 px, the context cut to a few words: names are capped (the tooltip has all)
        tree_header.setMaximumSectionSize(self.tree.fontMetrics().averageCharWidth() * 50)
        # fitted to the first 200 rows (the most urgent), not Qt's 1,000: each showing of
        # the page measured every row of up to 700 (45 ms at 300k records)
        tree_header.setResizeContentsPrecision(200)

    def _shortcut(self, key: Qt.Key, slot: Callable[[], None]) -> None:
        action = QAction(self.tree)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)

    # -- reading -------------------------------------------------------------------
    def _fill_owners(self, owners: list[str]) -> None:
        wanted = self.owner.currentData() if self.owner.count() else self._wanted_owner
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Everyone"), "")
        for name in owners:
            self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(0, self.owner.findData(wanted)))
        self.owner.blockSignals(False)

    def _filter_changed(self) -> None:
        self.state.set_value("followups/owner", self.owner.currentData() or "")
        self.state.set_value("followups/kind", self.kind.currentData())
        self.refresh()

    @property
    def settled(self) -> bool:
        """Nothing asked is still being read (tests and the benchmark wait for it)."""
        return not self._loads and self._filling is None

    def refresh(self, only_if_changed: bool = False) -> None:
        """Read the follow-ups, actions and owners again, off the UI thread; the cursor
        stays on the same row number. ``only_if_changed``: not if nothing was written
        since the rows shown were read."""
        today = self.today()
        owner = (self.owner.currentData() if self.owner.count() else self._wanted_owner) or None
        kind = self.kind.currentData()
        kinds = followups.KINDS if kind == "all" else (kind,)
        with_checkins = self.profile is not None and kind != "talent"
        with_deposits = kind != "talent"
        seen = self._version if only_if_changed else None
        self._token += 1
        token = self._token
        self._loads += 1

        def work() -> tuple | None:  # on the reader thread
            version = data_version(database)
            if version == seen:
                return None
            return (
                version,
                followups.followup_owners(),
                followups.due_followups(today, HORIZON_DAYS, owner, kinds=kinds, limit=ROW_LIMIT),
                followups.due_actions(today, owner, limit=ROW_LIMIT),
                _others(today, with_checkins, with_deposits),
            )

        def done(result: tuple | None) -> None:
            self._loads -= 1
            if result is not None and token == self._token:
                self._version = result[0]
                self._fill_owners(result[1])
                self._show(result[2], result[3], result[4])

        def failed(_exc: Exception) -> None:
            self._loads -= 1

        self._position = self._cursor_position()
        run_read(
            work, done, failed, channel=(id(self), "rows"), owner=self, on_skip=lambda: failed(None)
        )

    def _show(self, due: followups.DueFollowUps, actions: list[DueAction], others: _Others) -> None:
        """Fill the tree a few groups per event-loop turn (700 rows at 300k records: 50-90
        ms of the UI thread in one turn, 55-70 in two); the tree is not repainted in
        between: the rows shown stay until the new ones are all in."""
        self._filling = fill = self._fill(due, actions, others)
        self.tree.setUpdatesEnabled(False)
        self._fill_more(fill)

    def _fill_more(self, fill: Iterator[None]) -> None:
        """The next groups of ``fill``, a new one started only in this turn's first
        FILL_TURN_S; the rest in the next turns."""
        if fill is not self._filling:  # newer rows are being shown
            return
        deadline = time.perf_counter() + FILL_TURN_S
        for _ in fill:
            if time.perf_counter() >= deadline:
                QTimer.singleShot(0, self, lambda: self._fill_more(fill))
                return

    def _fill(
        self, due: followups.DueFollowUps, actions: list[DueAction], others: _Others
    ) -> Iterator[None]:
        self.due, self.actions = due, actions
        position = self._position
        # A reminder's Letter and E-mail show while reminders are listed (enabled on one):
        # shown or hidden here, before the tree fills, not on every selection, where each
        # change laid the page out again (60 ms with 700 rows at 300k records)
        with_reminders = bool(others.reminders) and self.profile is not None
        for name in ("letter", "email"):
            if self.buttons[name].isHidden() == with_reminders:
                self.buttons[name].setVisible(with_reminders)
        self.tree.blockSignals(True)
        self.tree.clear()
        titles = {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "upcoming": self.tr("Next 7 days"),
        }
        for bucket in followups.BUCKETS:
            rows = self.due.in_bucket(bucket)
            if not rows:
                continue
            section = section_item(
                self.tree, titles[bucket], self.due.totals[bucket], late=bucket == "overdue"
            )
            for follow_up in rows:
                section.addChild(follow_up_item(follow_up))
            more_item(section, self.due.hidden(bucket), ROW_LIMIT)
            yield
        if self.actions:
            section = section_item(self.tree, self.tr("Meeting actions due"), len(self.actions))
            for action in self.actions:
                section.addChild(action_item(action))
            yield
        self.contracts = others.contracts
        if self.contracts:
            section = section_item(self.tree, self.tr("Contracts"), others.contracts_total)
            for reminder in self.contracts:
                section.addChild(contract_item(reminder))
            more_item(section, others.contracts_total - len(self.contracts), ROW_LIMIT)
        yield
        checkins.add_checkins(self.tree, others.checkins, ROW_LIMIT)
        yield
        self.reminders_due = reminders.add_reminders(  # invoicing: first of all
            self.tree, others.reminders, others.interests
        )
        yield
        self.deposits_due = deposits.add_deposits(
            self.tree, others.deposits, others.deposits_total, ROW_LIMIT
        )  # accepted quotes
        yield
        for row in range(self.tree.topLevelItemCount()):  # expandAll(): 10-15 ms at once
            self.tree.topLevelItem(row).setExpanded(True)
            yield
        self.tree.blockSignals(False)
        self.tree.setUpdatesEnabled(True)
        self._show_counts()
        self._restore_cursor(position)
        self._update_buttons()
        self._filling = None

    def _show_counts(self) -> None:
        lang = i18n.language()
        totals = self.due.totals
        self.count_label.setText(
            self.tr("{overdue} overdue · {today} today · {upcoming} in the next 7 days").format(
                overdue=formatting.format_number(totals.get("overdue", 0), lang),
                today=formatting.format_number(totals.get("today", 0), lang),
                upcoming=formatting.format_number(totals.get("upcoming", 0), lang),
            )
        )
        if not self.due.empty or self.actions or self.tree.topLevelItemCount():
            self.stack.setCurrentWidget(self.tree)
            return
        text = self.tr(
            "Nothing to follow up today.\n\nA talent or a company shows up here a week before "
            "its “Next follow-up” date: set it when you edit the record, or plan the next one "
            "when you mark a follow-up done here."
        )
        if self.owner.currentData() or self.kind.currentData() != "all":
            text += "\n" + self.tr("The filters above hide some records.")
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    # -- cursor --------------------------------------------------------------------
    def _rows(self) -> list[QTreeWidgetItem]:
        """Every selectable row, top to bottom."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                child = section.child(j)
                if child.flags() & Qt.ItemFlag.ItemIsSelectable:
                    rows.append(child)
        return rows

    def _cursor_position(self) -> int:
        current = self.tree.currentItem()
        rows = self._rows()
        return rows.index(current) if current in rows else 0

    def _restore_cursor(self, position: int) -> None:
        rows = self._rows()
        if rows:
            self.tree.setCurrentItem(rows[min(position, len(rows) - 1)])

    def selected(self) -> FollowUp | DueAction | None:
        item = self.tree.currentItem()
        return item.data(0, DATA_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        current = self.selected()
        is_follow_up = isinstance(current, FollowUp)
        self.buttons["open"].setEnabled(current is not None)
        # Done: a follow-up, a meeting action, a payment reminder or a check-in e-mail;
        # a contract reminder is dealt with on the contract (Open).
        self.buttons["done"].setEnabled(
            isinstance(current, FollowUp | DueAction | ReminderDue | DepositDue)
            or self._is_checkin(current)
        )
        self.buttons["snooze"].setEnabled(is_follow_up)
        self.buttons["reschedule"].setEnabled(is_follow_up)
        reminder = isinstance(current, ReminderDue) and self.profile is not None
        self.buttons["letter"].setEnabled(reminder)
        self.buttons["email"].setEnabled(reminder)

    def select(self, kind: str, record_id: int) -> bool:
        """Put the cursor on the follow-up of that record, if listed."""
        for row in self._rows():
            data = row.data(0, DATA_ROLE)
            if isinstance(data, FollowUp) and (data.kind, data.record_id) == (kind, record_id):
                self.tree.setCurrentItem(row)
                return True
        return False

    # -- doing ---------------------------------------------------------------------
    def open_selected(self) -> None:
        current = self.selected()
        if reminders.handle(self, current, "open", self.today()):
            return
        if deposits.handle(self, current, "open"):
            return
        if self._is_checkin(current):
            self._send_checkin(current)
        elif isinstance(current, FollowUp):
            self.open_record.emit(current.section, current.record_id)
        elif isinstance(current, DueAction) and current.subject.section:
            self.open_record.emit(current.subject.section, current.subject.open_id)
        elif current is not None and hasattr(current, "contract_id"):
            self.open_record.emit("contracts", current.contract_id)

    def _reminder_action(self, action: str) -> None:
        reminders.handle(self, self.selected(), action, self.today())

    def _apply(self, change: Callable[[], str]) -> bool:
        """Run one change (a service call returning the message to show); on success
        re-read the view, tell, and return True. A refusal or a storage failure is said
        (with Retry when it may help); a bug goes on to the exception hook."""
        try:
            message = change()
        except Exception as exc:
            if not show_failure(self, self.tr("To do"), exc, lambda: self._apply(change)):
                raise
            return False
        self._changed(message)
        return True

    def _changed(self, message: str) -> None:
        """After a change: re-read the view and tell."""
        self.refresh()
        self.records_changed.emit()
        self.status_message.emit(message)

    def done_selected(self) -> None:
        current = self.selected()
        if reminders.handle(self, current, "done", self.today()):
            return
        if deposits.handle(self, current, "done"):
            return
        if self._is_checkin(current):
            self._send_checkin(current)
            return
        if isinstance(current, DueAction):
            self._set_action_done(current, True)
            return
        if not isinstance(current, FollowUp):
            return
        from desktop.ui.followups.dialogs import DoneDialog

        today = self.today()
        told: list[str] = []

        def save(dialog: DoneDialog) -> None:  # in the dialog: a failure keeps it open
            next_days = dialog.next_in_days()
            followups.mark_done(
                current.kind,
                current.record_id,
                today,
                next_days,
                dialog.note_text(),
                channel=dialog.channel_code(),
                title=self.tr("Follow-up done"),
            )
            if next_days is None:
                told.append(self.tr("{name}: follow-up done.").format(name=current.name))
                return
            when = today + dt.timedelta(days=next_days)
            told.append(
                self.tr("{name}: follow-up done, next one on {date}.").format(
                    name=current.name, date=formatting.format_date(when, i18n.language())
                )
            )

        dialog = DoneDialog(current.name, today, self, save=save)
        if dialog.exec() and told:
            self._changed(told[-1])

    @staticmethod
    def _is_checkin(current: object) -> bool:
        from desktop.services.mailing import CheckinDue

        return isinstance(current, CheckinDue)

    def _send_checkin(self, checkin) -> None:
        """Prepare the check-in e-mail; once sent it is a trace and the row goes."""
        from desktop.ui.followups.checkins import send_checkin

        if self.profile is not None and send_checkin(self, self.profile, checkin):
            self.refresh()
            self.records_changed.emit()
            self.status_message.emit(
                self.tr("Check-in e-mail sent: {title}").format(title=checkin.title)
            )

    def _add_snooze_actions(self, menu: QMenu) -> None:
        labels = {
            1: self.tr("&1 day"),
            3: self.tr("&3 days"),
            7: self.tr("1 &week"),
            14: self.tr("&2 weeks"),
        }
        for days in SNOOZE_DAYS:
            menu.addAction(labels[days]).triggered.connect(
                lambda _=False, d=days: self.snooze_selected(d)
            )

    def snooze_menu(self) -> None:
        """The snooze choices, under the current row (S), or under the button."""
        if not isinstance(self.selected(), FollowUp):
            return
        menu = QMenu(self)
        menu.setObjectName("snoozeMenu")
        self._add_snooze_actions(menu)
        menu.exec(self._menu_position())

    def _menu_position(self) -> QPoint:
        item = self.tree.currentItem()
        if item is not None and self.tree.hasFocus():
            rect = self.tree.visualItemRect(item)
            return self.tree.viewport().mapToGlobal(rect.bottomLeft())
        button = self.buttons["snooze"]
        return button.mapToGlobal(button.rect().bottomLeft())

    def snooze_selected(self, days: int) -> None:
        current = self.selected()
        if not isinstance(current, FollowUp):
            return

        def change() -> str:
            new = followups.snooze(current.kind, current.record_id, days, self.today())
            return self.tr("{name}: follow-up put off to {date}.").format(
                name=current.name, date=formatting.format_date(new, i18n.language())
            )

        self._apply(change)

    def reschedule_selected(self) -> None:
        current = self.selected()
        if not isinstance(current, FollowUp):
            return
        from desktop.ui.followups.dialogs import RescheduleDialog

        today = self.today()

        def save(dialog: RescheduleDialog) -> None:  # in the dialog: a failure keeps it open
            followups.reschedule(current.kind, current.record_id, dialog.date(), today)

        dialog = RescheduleDialog(current.name, current.due_on, today, self, save=save)
        if dialog.exec():
            self._changed(
                self.tr("{name}: next follow-up on {date}.").format(
                    name=current.name, date=formatting.format_date(dialog.date(), i18n.language())
                )
            )

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        action = item.data(0, DATA_ROLE)
        if column == 0 and isinstance(action, DueAction):
            self._set_action_done(action, item.checkState(0) == Qt.CheckState.Checked, item)

    def _set_action_done(
        self, action: DueAction, done: bool, item: QTreeWidgetItem | None = None
    ) -> None:
        """Tick an action off: it stays listed, struck through, until the next refresh, so
        that a wrong tick can be undone at once."""
        item = item or self.tree.currentItem()
        try:
            activities.set_action_done(action.id, done)
        except Exception as exc:  # a lock, a full disk: said, Retry where it may help
            self.tree.blockSignals(True)  # the tick shows what is stored
            item.setCheckState(0, Qt.CheckState.Unchecked if done else Qt.CheckState.Checked)
            self.tree.blockSignals(False)
            if not show_failure(
                self, self.tr("To do"), exc, lambda: self._set_action_done(action, done, item)
            ):
                raise
            return
        self.tree.blockSignals(True)
        item.setCheckState(0, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        font = QFont(self.tree.font())
        font.setStrikeOut(done)
        for column in range(COLUMNS):
            item.setFont(column, font)
        self.tree.blockSignals(False)
        self.records_changed.emit()
        self.status_message.emit(
            self.tr("Action done: {action}").format(action=action.description)
            if done
            else self.tr("Action to do again: {action}").format(action=action.description)
        )

    def _context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(icon("edit"), self.tr("Open")).triggered.connect(self.open_selected)
        menu.addAction(icon("todo"), self.tr("Done…")).triggered.connect(self.done_selected)
        if isinstance(self.selected(), ReminderDue) and self.profile is not None:
            menu.addAction(icon("invoices"), self.tr("Letter (PDF)")).triggered.connect(
                lambda: self._reminder_action("letter")
            )
            menu.addAction(icon("send"), self.tr("Send by e-mail…")).triggered.connect(
                lambda: self._reminder_action("email")
            )
        if isinstance(self.selected(), FollowUp):
            self._add_snooze_actions(menu.addMenu(icon("undo"), self.tr("Snooze")))
            menu.addAction(icon("board"), self.tr("Reschedule…")).triggered.connect(
                self.reschedule_selected
            )
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # -- layout ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Follow-ups change from other pages (edits, offers "keep in touch"): read again
        # if anything was written since.
        self.refresh(only_if_changed=True)
