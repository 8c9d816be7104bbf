"""How many clicks the everyday flows take, counted by clicking the real window.

The issue measured them before the fit-and-flow work: add a talent 2, propose a mission
to three talents 7 plus a scroll, record a refusal 6 to 8. Each click here is a real
mouse click on a visible, enabled widget; typing is not counted. The README quotes
these numbers: change both together.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialogButtonBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from desktop.domain.missions import missing_scope
from desktop.services import missions
from desktop.store.models import Mission, Offer, OfferRefusalReason, Talent
from desktop.ui.missions.offers import AnswerDialog, ProposeDialog
from desktop.ui.table_model import ID_ROLE
from desktop.ui.talents.dialog import TalentDialog
from tests.ui.conftest import settle, when_modal


class Clicks:
    """Clicks like a user's, counted."""

    def __init__(self) -> None:
        self.count = 0

    def button(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        # a check box stretched across its row reacts on its box and label only
        where = QPoint(8, button.height() // 2) if isinstance(button, QCheckBox) else QPoint()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=where)
        self.count += 1

    def row(self, table: QTableView, row: int) -> None:
        rect = table.visualRect(table.model().index(row, 0))
        assert table.viewport().rect().contains(rect.center()), "a scroll would be needed"
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.count += 1

    def tab(self, tabs: QTabWidget, page: QWidget) -> None:
        if tabs.currentWidget() is page:
            return  # already open: no click
        bar = tabs.tabBar()
        QTest.mouseClick(
            bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center()
        )
        self.count += 1


def save_button(dialog) -> QAbstractButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def laptop_window(make_window):
    window = make_window()
    window.resize(1280, 690)  # the laptop, less its taskbar
    return window


def visible_row(page, wanted) -> int:
    """The first row on screen (no scroll) whose record ``wanted(id)`` accepts."""
    table = page.table
    for row in range(table.model().rowCount()):
        if table.visualRect(table.model().index(row, 0)).bottom() > table.viewport().height():
            break
        if wanted(table.model().index(row, 0).data(ID_ROLE)):
            return row
    raise AssertionError("no such record on the first screen of the list")


def test_add_a_talent_takes_two_clicks(make_window, demo_db, qtbot):
    window = laptop_window(make_window)
    page = window.go_to("talents")
    clicks = Clicks()
    problems = []

    def fill(dialog: TalentDialog) -> None:
        dialog.first_name.setText("Inès")  # typing is not counted
        dialog.last_name.setText("Garnier")
        clicks.button(save_button(dialog))
        if dialog.isVisible():  # refused: say why rather than hang on the open dialog
            problems.append(dialog.banner.text())
            dialog.reject()

    when_modal(TalentDialog, fill)
    clicks.button(page.buttons["new"])
    assert problems == []
    assert Talent.get(Talent.last_name == "Garnier").first_name == "Inès"
    assert clicks.count == 2


def test_propose_a_mission_to_three_talents_takes_three_clicks(make_window, demo_db, qtbot):
    window = laptop_window(make_window)
    page = window.go_to("missions")
    settle(qtbot, page)  # the rows are read off the UI thread
    clicks = Clicks()

    def complete_and_open(mission_id: int) -> bool:
        mission = Mission.get_by_id(mission_id)
        draft = missions.mission_draft(mission_id)
        return mission.status == "open" and not missing_scope(draft)

    row = visible_row(page, complete_and_open)
    clicks.row(page.table, row)
    mission_id = page.selected_id()
    before = Offer.select().where(Offer.mission == mission_id).count()
    when_modal(
        ProposeDialog, lambda d: clicks.button(d.findChild(QAbstractButton, "proposeButton"))
    )
    clicks.button(page.quick_actions.by_name["propose"])
    assert Offer.select().where(Offer.mission == mission_id).count() == before + 3
    assert clicks.count == 3  # a mission whose scope is incomplete: a fourth, to confirm


def test_record_a_refusal_takes_five_or_six_clicks(make_window, demo_db, qtbot):
    window = laptop_window(make_window)
    page = window.go_to("missions")
    settle(qtbot, page)  # the rows are read off the UI thread
    clicks = Clicks()
    row = visible_row(
        page,
        lambda m: Offer.select().where((Offer.mission == m) & (Offer.status == "sent")).exists(),
    )
    clicks.row(page.table, row)
    tab = page.offers_tab
    clicks.tab(page.detail.tabs, tab)  # the first tab: a click only when another was left open
    page.detail.flush()
    offer_row = next(r for r, o in enumerate(tab._rows) if o.status == "sent")
    offer_id = tab._rows[offer_row].id
    clicks.row(tab.table, offer_row)

    def refuse(dialog: AnswerDialog) -> None:
        clicks.button(dialog.reasons["rate_too_low"])
        clicks.button(save_button(dialog))
        assert not dialog.isVisible(), dialog.banner.text()

    when_modal(AnswerDialog, refuse)
    clicks.button(tab.refuse_button)
    assert Offer.get_by_id(offer_id).status == "refused"
    assert OfferRefusalReason.get(OfferRefusalReason.offer == offer_id).reason == "rate_too_low"
    assert clicks.count == 5  # 6 when another detail tab was left open


def test_add_a_talent_without_the_mouse(make_window, demo_db, qtbot):
    """Ctrl+Shift+T, type, Enter: the README's "0 clicks"."""
    window = laptop_window(make_window)
    window.go_to("talents")
    seen = []

    def fill(dialog: TalentDialog) -> None:
        dialog.first_name.setText("Noé")
        dialog.last_name.setText("Vasseur")
        QTest.keyClick(dialog.last_name, Qt.Key.Key_Return)
        seen.append(dialog.isVisible())
        if dialog.isVisible():
            dialog.reject()

    when_modal(TalentDialog, fill)
    (new_talent,) = [
        a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+Shift+T")
    ]
    new_talent.trigger()  # what the keys do (offscreen, no window is active to take them)
    assert seen == [False]
    assert Talent.get(Talent.last_name == "Vasseur").first_name == "Noé"
