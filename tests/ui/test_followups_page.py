"""The "To do" view as a user drives it: keyboard, dialogs, snooze menu, actions, filters."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox

from desktop.domain.validation import CompanyDraft, TalentDraft
from desktop.services import companies, talents
from desktop.store.models import ActionItem, Activity, Company, Talent
from desktop.ui import i18n
from desktop.ui.app import create_application
from desktop.ui.followups.dialogs import DoneDialog, RescheduleDialog
from desktop.ui.followups.page import FollowUpsPage
from desktop.ui.followups.rows import LATE
from desktop.ui.state import UiState
from tests.conftest import TODAY
from tests.ui.conftest import another_writer, settle, when_modal


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def records(db):
    azur = companies.create_company(
        CompanyDraft("Banque Azur", stage="qualified", owner="Camille", next_follow_up_on=day(-3))
    )
    minutes = Activity.create(
        subject_type="company", subject_id=azur, kind="minutes", title="Réunion de cadrage"
    )
    return {
        "elodie": talents.create_talent(
            TalentDraft("Élodie", "Martin", title="Architecte cloud", next_follow_up_on=day(-10))
        ),
        "azur": azur,
        "acme": companies.create_company(
            CompanyDraft("Acme", stage="lead", owner="Julien", next_follow_up_on=TODAY)
        ),
        "chloe": talents.create_talent(TalentDraft("Chloé", "Durand", next_follow_up_on=day(4))),
        "action": ActionItem.create(
            activity=minutes, description="Envoyer la proposition", owner="Camille", due_on=day(-1)
        ).id,
    }


def make_page(qtbot, tmp_path) -> FollowUpsPage:
    create_application()
    i18n.install(QApplication.instance(), "en")
    page = FollowUpsPage(UiState(tmp_path / "ui.ini"), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page)
    page.tree.setFocus()
    return page


@pytest.fixture
def page(qtbot, tmp_path, records):
    return make_page(qtbot, tmp_path)


def sections(page: FollowUpsPage) -> list[str]:
    return [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]


def names(page: FollowUpsPage) -> list[str]:
    return [row.text(0) for row in page._rows()]


def when_popup(handler, tries: int = 200) -> None:
    """Call ``handler(menu)`` once a popup menu is open (for ``QMenu.exec``)."""

    def poll(left: int = tries) -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            handler(menu)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def test_overdue_first_then_today_then_the_week_and_the_actions(page, records):
    assert sections(page) == [
        "Overdue (2)",
        "Today (1)",
        "Next 7 days (1)",
        "Meeting actions due (1)",
    ]
    assert names(page) == [
        "Élodie Martin",
        "Banque Azur",
        "Acme",
        "Chloé Durand",
        "Envoyer la proposition",
    ]
    late = page._rows()[0]
    assert late.text(3) == "12/11/2026 · 10 days late"
    assert late.foreground(3).color() == QColor(LATE)
    assert page._rows()[2].text(3) == "Today"
    azur = page._rows()[1]
    assert (azur.text(1), azur.text(2)) == ("Prospect", "Qualified · Camille")
    assert page.count_label.text() == "2 overdue · 1 today · 1 in the next 7 days"
    assert page.tree.currentItem() is page._rows()[0]  # ready for the keyboard


def test_enter_opens_the_record_and_an_action_opens_its_meeting_record(qtbot, page, records):
    with qtbot.waitSignal(page.open_record) as opened:
        QTest.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == ["talents", records["elodie"]]
    page.tree.setCurrentItem(page._rows()[-1])
    with qtbot.waitSignal(page.open_record) as opened:
        QTest.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == ["companies", records["azur"]]


def test_d_marks_done_with_a_note_and_plans_the_next(qtbot, page, records):
    def fill(dialog: DoneDialog) -> None:
        dialog.channel.setCurrentIndex(dialog.channel.findData("video"))
        QTest.keyClicks(dialog.note, "Disponible en janvier")
        dialog.days.setValue(21)
        QTest.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():  # Ctrl+Enter did not save: fail, but never hang on the dialog
            dialog.reject()

    when_modal(DoneDialog, fill)
    with qtbot.waitSignal(page.records_changed), qtbot.waitSignal(page.status_message) as told:
        QTest.keyClick(page.tree, Qt.Key.Key_D)
    settle(qtbot, page)
    elodie = Talent.get_by_id(records["elodie"])
    assert (elodie.last_contact_on, elodie.next_follow_up_on) == (TODAY, day(21))
    trace = Activity.get(Activity.subject_type == "talent")
    assert (trace.subject_id, trace.kind, trace.channel, trace.title, trace.body) == (
        records["elodie"],
        "exchange",
        "video",
        "Follow-up done",
        "Disponible en janvier",
    )
    assert told.args == ["Élodie Martin: follow-up done, next one on 13/12/2026."]
    assert "Élodie Martin" not in names(page)
    assert page.tree.currentItem().text(0) == "Banque Azur"  # the cursor moved on, not home


def click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


def test_done_while_another_window_writes_keeps_the_note_and_saves_on_retry(
    qtbot, page, records, profile
):
    seen = {}
    with another_writer(profile.database) as other:

        def retry_once_free(box: QMessageBox) -> None:
            dialog = box.parent()
            seen.update(
                title=box.windowTitle(),
                banner=dialog.banner.text(),
                note=dialog.note.toPlainText(),
                open=dialog.isVisible(),
                written=Activity.select().where(Activity.kind == "exchange").count(),
            )
            other.rollback()  # the other window is done
            click(box, "Retry")

        def fill(dialog: DoneDialog) -> None:
            dialog.note.setPlainText("Rappeler après le comité")
            when_modal(QMessageBox, retry_once_free)
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

        when_modal(DoneDialog, fill)
        with qtbot.waitSignal(page.status_message) as told:
            QTest.keyClick(page.tree, Qt.Key.Key_D)
    assert seen == {
        "title": "Not saved",
        "banner": seen["banner"],
        "note": "Rappeler après le comité",
        "open": True,
        "written": 0,
    }
    assert seen["banner"].startswith("Another Freelance Desk window or command is writing")
    trace = Activity.get(Activity.kind == "exchange")  # written once, on the retry
    assert (trace.subject_id, trace.body) == (records["elodie"], "Rappeler après le comité")
    assert Talent.get_by_id(records["elodie"]).next_follow_up_on == day(14)
    assert told.args == ["Élodie Martin: follow-up done, next one on 06/12/2026."]


def test_reschedule_on_a_full_disk_says_so_and_stays_open(qtbot, page, records, monkeypatch):
    from desktop.domain.errors import Message
    from desktop.services import followups
    from desktop.store import storage_errors

    def full(*args, **kwargs):
        raise storage_errors.DiskFullError(
            Message("Storage", storage_errors.FULL, {"folder": "/home/ana"})
        )

    monkeypatch.setattr(followups, "reschedule", full)
    seen = []

    def pick(dialog: RescheduleDialog) -> None:
        dialog.accept()  # no Retry offered for a full disk: the banner says it
        seen.append((dialog.isVisible(), dialog.banner.text()))
        dialog.reject()

    when_modal(RescheduleDialog, pick)
    QTest.keyClick(page.tree, Qt.Key.Key_R)
    assert seen and seen[0][0] is True
    assert seen[0][1].startswith("The disk is full (/home/ana)")
    assert Talent.get_by_id(records["elodie"]).next_follow_up_on == day(-10)


def test_done_cancelled_writes_nothing(page, records):
    when_modal(DoneDialog, lambda dialog: dialog.reject())
    QTest.keyClick(page.tree, Qt.Key.Key_D)
    assert Activity.select().where(Activity.kind == "exchange").count() == 0
    assert Talent.get_by_id(records["elodie"]).next_follow_up_on == day(-10)


def test_s_snoozes_from_the_menu(qtbot, page, records):
    page.tree.setCurrentItem(page._rows()[1])  # Banque Azur, 3 days late

    labels = []

    def one_week(menu: QMenu) -> None:
        labels.extend(a.text() for a in menu.actions())
        menu.actions()[2].trigger()
        menu.close()

    when_popup(one_week)
    QTest.keyClick(page.tree, Qt.Key.Key_S)
    settle(qtbot, page)
    assert labels == ["&1 day", "&3 days", "1 &week", "&2 weeks"]
    assert Company.get_by_id(records["azur"]).next_follow_up_on == day(7)
    assert names(page)[:4] == ["Élodie Martin", "Acme", "Chloé Durand", "Banque Azur"]
    assert sections(page)[0] == "Overdue (1)"


def test_r_reschedules_on_the_calendar_never_in_the_past(qtbot, page, records):
    picked = []

    def pick(dialog: RescheduleDialog) -> None:
        dialog.calendar.setSelectedDate(dialog.calendar.minimumDate().addDays(-5))
        picked.append(dialog.date())  # days before today cannot be picked
        dialog.calendar.setSelectedDate(dialog.calendar.minimumDate().addDays(2))
        dialog.accept()

    when_modal(RescheduleDialog, pick)
    QTest.keyClick(page.tree, Qt.Key.Key_R)
    settle(qtbot, page)
    assert picked == [TODAY]
    assert Talent.get_by_id(records["elodie"]).next_follow_up_on == day(2)
    assert sections(page)[0] == "Overdue (1)"


def test_meeting_actions_are_ticked_off_in_place(qtbot, page, records):
    row = page._rows()[-1]
    page.tree.setCurrentItem(row)
    assert not page.buttons["snooze"].isEnabled()  # only follow-ups are snoozed
    QTest.keyClick(page.tree, Qt.Key.Key_D)
    assert ActionItem.get_by_id(records["action"]).done
    assert row.checkState(0) == Qt.CheckState.Checked and row.font(0).strikeOut()
    row.setCheckState(0, Qt.CheckState.Unchecked)  # a wrong tick is undone at once
    assert not ActionItem.get_by_id(records["action"]).done
    page.refresh()
    settle(qtbot, page)
    assert names(page)[-1] == "Envoyer la proposition"


def test_an_action_ticked_while_another_window_writes_is_said_and_saved_on_retry(
    qtbot, page, records, profile
):
    row = page._rows()[-1]
    page.tree.setCurrentItem(row)
    seen = []
    with another_writer(profile.database) as other:

        def retry_once_free(box: QMessageBox) -> None:
            seen.append((box.windowTitle(), box.text()[:25], row.checkState(0)))
            seen.append(ActionItem.get_by_id(records["action"]).done)
            other.rollback()  # the other window is done
            click(box, "Retry")

        when_modal(QMessageBox, retry_once_free)
        with qtbot.waitSignal(page.status_message):
            QTest.keyClick(page.tree, Qt.Key.Key_D)
    # while it failed the tick showed what is stored: not done
    assert seen == [("To do", "Another Freelance Desk wi", Qt.CheckState.Unchecked), False]
    assert ActionItem.get_by_id(records["action"]).done
    assert row.checkState(0) == Qt.CheckState.Checked and row.font(0).strikeOut()


def test_filters_by_owner_and_kind_and_remembers_them(qtbot, tmp_path, page):
    page.owner.setCurrentIndex(page.owner.findData("Julien"))
    settle(qtbot, page)
    assert names(page) == ["Élodie Martin", "Acme", "Chloé Durand"]  # talents are shared
    page.kind.setCurrentIndex(page.kind.findData("company"))
    settle(qtbot, page)
    assert names(page) == ["Acme"]
    page.state.sync()
    again = make_page(qtbot, tmp_path)
    assert (again.owner.currentData(), again.kind.currentData()) == ("Julien", "company")
    assert names(again) == ["Acme"]


def test_nothing_due_says_how_follow_ups_are_planned(qtbot, tmp_path, db):
    talents.create_talent(TalentDraft("Eve", "Blanc", next_follow_up_on=day(30)))
    page = make_page(qtbot, tmp_path)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text().startswith("Nothing to follow up today.")
    assert "“Next follow-up” date" in page.empty.text()
    assert not page.buttons["done"].isEnabled()
    QTest.keyClick(page.tree, Qt.Key.Key_D)  # nothing selected: nothing happens


def test_wired_to_the_main_window_enter_opens_the_record_in_its_list(qtbot, tmp_path, window):
    """The signal fits ``MainWindow.go_to``: what the lead connects the page to."""
    page = FollowUpsPage(window.state, today=lambda: TODAY)
    page.open_record.connect(window.go_to)
    window.stack.addWidget(page)  # as a section of the window, like the lead will add it
    window.stack.setCurrentWidget(page)
    settle(qtbot, page)
    company = next(
        row.data(0, Qt.ItemDataRole.UserRole) for row in page._rows() if row.text(1) == "Prospect"
    )
    page.select("company", company.record_id)
    window.activateWindow()  # the page's keys are shortcuts of the tree: with the focus in it
    page.tree.setFocus()
    qtbot.waitUntil(page.tree.hasFocus)
    QTest.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.current_key() == "companies"
    settle(qtbot, window.page("companies"))
    assert window.page("companies").selected_id() == company.record_id


def test_to_do_gives_the_context_room_beside_long_names(qtbot, window):
    """A meeting action's sentence in the name column took half of a 1280 px window and
    cut the context to a few words: names are capped, their whole text in the tooltip."""
    window.resize(1280, 720)
    page = window.go_to("followups")
    settle(qtbot, page)
    header = page.tree.header()
    cap = page.tree.fontMetrics().averageCharWidth() * 50
    qtbot.waitUntil(lambda: header.sectionSize(2) > 0)
    assert header.sectionSize(0) <= cap
    assert header.sectionSize(2) >= header.sectionSize(0) * 0.6
