"""The boards as a user drives them: drag and drop, the lost reason, keyboard, filters, list."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.store.models import Company, Mission
from desktop.ui import i18n
from desktop.ui.app import create_application
from desktop.ui.boards.kanban import CARD_MIME, KanbanBoard
from desktop.ui.boards.lost_reason import LostReasonDialog
from desktop.ui.boards.missions import MissionBoardPage
from desktop.ui.boards.pipeline import PipelineBoardPage
from desktop.ui.boards.texts import day_text
from desktop.ui.state import UiState
from tests.ui.conftest import another_writer, settle, when_modal


@pytest.fixture
def make_page(qtbot, tmp_path):
    create_application()
    i18n.install(QApplication.instance(), "en")

    def make(kind=PipelineBoardPage):
        page = kind(UiState(tmp_path / "ui-state.ini"))
        qtbot.addWidget(page)
        page.resize(1500, 800)
        page.show()
        qtbot.waitExposed(page)
        settle(qtbot, page)
        return page

    return make


@pytest.fixture
def aged_demo(demo_db):
    """The demo data as last changed long ago: a move made now is the latest change.

    (``updated_at`` counts seconds; the demo is written in the same second as the test.)
    """
    Company.update(updated_at=dt.datetime(2026, 1, 5, 9, 0)).execute()
    Mission.update(updated_at=dt.datetime(2026, 1, 5, 9, 0)).execute()
    return demo_db


@pytest.fixture
def pipeline(make_page, aged_demo):
    return make_page()


def cards_of(board: KanbanBoard, key: str) -> list[int]:
    cards = board.columns[key].cards
    return [cards.record_id(cards.item(row)) for row in range(cards.count())]


def drag_and_drop(board: KanbanBoard, record_id: int, source: str, target: str) -> bool:
    """Drag the card out of its list (its own mime data), drop it on the target column.

    Returns whether the target accepted the drag when it entered.
    """
    cards = board.columns[source].cards
    item = cards.item(cards_of(board, source).index(record_id))
    mime = cards.mimeData([item])
    column = board.columns[target]
    at = QPointF(column.width() / 2, column.height() / 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:  # PySide6 6.12 takes a QPointF, 6.11 a QPoint
        enter = QDragEnterEvent(at, Qt.DropAction.MoveAction, mime, buttons, keys)
    except TypeError:
        at = at.toPoint()
        enter = QDragEnterEvent(at, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(column, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(at, Qt.DropAction.MoveAction, mime, buttons, keys, QEvent.Type.Drop)
    QApplication.sendEvent(column, drop)
    return drop.isAccepted()


def test_dragging_a_company_from_lead_to_qualified_saves_the_stage(pipeline, qtbot):
    board = pipeline.board
    company_id = cards_of(board, "lead")[0]
    leads, qualified = board.columns["lead"].count.text(), board.columns["qualified"].count.text()
    with qtbot.waitSignal(pipeline.records_changed):
        assert drag_and_drop(board, company_id, "lead", "qualified")
    settle(qtbot, pipeline)
    assert Company.get_by_id(company_id).stage == "qualified"
    assert board.columns["lead"].count.text() == str(int(leads) - 1)
    assert board.columns["qualified"].count.text() == str(int(qualified) + 1)
    assert cards_of(board, "qualified")[0] == company_id  # lands on top, selected
    assert board.current_card() == ("qualified", company_id)
    assert company_id not in cards_of(board, "lead")


def test_a_card_dropped_on_its_own_column_is_not_accepted(pipeline):
    company_id = cards_of(pipeline.board, "lead")[0]
    assert not drag_and_drop(pipeline.board, company_id, "lead", "lead")
    mime = pipeline.board.columns["lead"].cards.mimeData(
        [pipeline.board.columns["lead"].cards.item(0)]
    )
    assert mime.hasFormat(CARD_MIME)


def test_dropping_on_lost_asks_why_and_cancelling_leaves_the_card(pipeline, qtbot):
    board = pipeline.board
    company_id = cards_of(board, "proposal")[0]
    asked = []

    def cancel(dialog: LostReasonDialog) -> None:
        asked.append(dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled())
        dialog.reject()

    when_modal(LostReasonDialog, cancel)
    assert drag_and_drop(board, company_id, "proposal", "lost")
    qtbot.waitUntil(lambda: asked == [False])  # no reason yet: OK is disabled
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert Company.get_by_id(company_id).stage == "proposal"
    assert company_id in cards_of(board, "proposal") and company_id not in cards_of(board, "lost")

    def answer(dialog: LostReasonDialog) -> None:
        dialog.reason.setEditText("  Budget   gelé ")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_modal(LostReasonDialog, answer)
    with qtbot.waitSignal(pipeline.records_changed):
        drag_and_drop(board, company_id, "proposal", "lost")
    settle(qtbot, pipeline)
    company = Company.get_by_id(company_id)
    assert (company.stage, company.lost_reason) == ("lost", "Budget gelé")
    assert cards_of(board, "lost")[0] == company_id


def test_lost_while_another_window_writes_keeps_the_reason_and_saves_when_asked_again(
    pipeline, qtbot, profile
):
    board = pipeline.board
    company_id = cards_of(board, "proposal")[0]
    seen = []
    with another_writer(profile.database) as other:

        def cancel_retry(box: QMessageBox) -> None:
            seen.append(box.windowTitle())
            box.button(QMessageBox.StandardButton.Cancel).click()

        def answer(dialog: LostReasonDialog) -> None:
            dialog.reason.setEditText("Budget gelé")
            when_modal(QMessageBox, cancel_retry)
            ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
            ok.click()  # the lock is held: not saved, Retry declined
            seen.append((dialog.isVisible(), dialog.text(), dialog.banner.text()[:25]))
            assert Company.get_by_id(company_id).stage == "proposal"
            other.rollback()
            ok.click()  # the other window is done: saved, the dialog closes

        when_modal(LostReasonDialog, answer)
        with qtbot.waitSignal(pipeline.records_changed):
            drag_and_drop(board, company_id, "proposal", "lost")
    assert seen == ["Not saved", (True, "Budget gelé", "Another Freelance Desk wi")]
    company = Company.get_by_id(company_id)
    assert (company.stage, company.lost_reason) == ("lost", "Budget gelé")


def test_a_refused_move_shows_the_message_and_the_card_stays(pipeline, qtbot):
    board = pipeline.board
    company_id = cards_of(board, "contacted")[0]
    Company.update(email="pas-un-email").where(Company.id == company_id).execute()
    shown = []

    def read(box: QMessageBox) -> None:
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(QMessageBox, read)
    drag_and_drop(board, company_id, "contacted", "qualified")
    qtbot.waitUntil(lambda: bool(shown))
    title, text, buttons = shown[0]
    assert title == "Cannot move" and "E-mail" in text  # the field at fault is named
    assert buttons == ["OK"]  # trying again would be refused again: no Retry
    assert Company.get_by_id(company_id).stage == "contacted"
    assert company_id in cards_of(board, "contacted")


def test_a_move_while_another_window_writes_says_so_and_saves_on_retry(pipeline, qtbot, profile):
    board = pipeline.board
    company_id = cards_of(board, "lead")[0]
    seen = []
    with another_writer(profile.database) as other:

        def retry_once_free(box: QMessageBox) -> None:
            seen.append((box.windowTitle(), box.text()[:25]))
            seen.append(Company.get_by_id(company_id).stage)
            other.rollback()  # the other window is done
            next(b for b in box.buttons() if b.text() == "Retry").click()

        when_modal(QMessageBox, retry_once_free)
        with qtbot.waitSignal(pipeline.records_changed):
            drag_and_drop(board, company_id, "lead", "qualified")
    assert seen == [("Cannot move", "Another Freelance Desk wi"), "lead"]
    assert Company.get_by_id(company_id).stage == "qualified"
    settle(qtbot, pipeline)  # the board reads its columns again off the UI thread
    assert company_id in cards_of(board, "qualified")


def test_keyboard_and_menu_move_cards_too(pipeline, qtbot):
    board = pipeline.board
    company_id = cards_of(board, "lead")[0]
    board.select_card(company_id)
    cards = board.columns["lead"].cards
    cards.setFocus()
    with qtbot.waitSignal(pipeline.records_changed):
        QTest.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, pipeline)
    assert Company.get_by_id(company_id).stage == "contacted"
    assert board.current_card() == ("contacted", company_id)
    menu = board.menu_for(company_id, "contacted")
    move_to = menu.findChild(type(menu), "moveMenu")
    won = next(a for a in move_to.actions() if a.data() == "won")
    with qtbot.waitSignal(pipeline.records_changed):
        won.trigger()
    settle(qtbot, pipeline)
    assert Company.get_by_id(company_id).stage == "won"
    with qtbot.waitSignal(pipeline.open_record) as opened:
        QTest.keyClick(board.columns["won"].cards, Qt.Key.Key_Return)
    assert opened.args == ["companies", company_id]


def test_filtering_by_owner_keeps_their_companies_and_is_remembered(pipeline, make_page, qtbot):
    owner = pipeline.owner.itemData(1)
    pipeline.owner.setCurrentIndex(1)
    settle(qtbot, pipeline)
    shown = [i for key in pipeline.board.keys for i in cards_of(pipeline.board, key)]
    expected = Company.select().where(Company.owner == owner)
    assert sorted(shown) == sorted(c.id for c in expected)
    assert pipeline.count_label.text() == f"{expected.count()} companies"
    pipeline.search.setText("zzzqqq")
    pipeline.text_timer.timeout.emit()
    settle(qtbot, pipeline)
    assert pipeline.stack.currentWidget() is pipeline.empty
    assert "Nothing matches" in pipeline.empty.text()
    again = make_page()
    assert again.owner.currentData() == owner and again.search.text() == "zzzqqq"
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    again.search.setFocus()
    QTest.keyClick(again.search, Qt.Key.Key_Escape)  # clears every filter
    settle(qtbot, again)
    assert again.owner.currentIndex() == 0 and not again.search.text()
    assert again.stack.currentWidget() is again.board


def test_show_all_opens_the_list_mode_on_that_stage(pipeline, qtbot):
    pipeline.cards_per_column = 3
    pipeline.reload()
    settle(qtbot, pipeline)
    lead = pipeline.board.columns["lead"]
    leads = Company.select().where(Company.stage == "lead").count()
    assert len(cards_of(pipeline.board, "lead")) == 3
    assert lead.show_all.isVisible() and str(leads) in lead.show_all.text()
    lead.show_all.click()
    settle(qtbot, pipeline)
    assert pipeline.mode == "list" and pipeline.stack.currentWidget() is pipeline.table
    assert pipeline.column.currentData() == "lead" and pipeline.column.isVisible()
    assert pipeline.model.rowCount() == leads
    pipeline.board_button.click()
    settle(qtbot, pipeline)
    assert pipeline.stack.currentWidget() is pipeline.board


def test_the_list_mode_opens_the_record_on_enter(pipeline, qtbot):
    QTest.keyClick(pipeline, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, pipeline)
    assert pipeline.mode == "list"
    assert pipeline.model.rowCount() == Company.select().count()
    pipeline.table.selectRow(0)
    pipeline.table.setFocus()
    with qtbot.waitSignal(pipeline.open_record) as opened:
        QTest.keyClick(pipeline.table, Qt.Key.Key_Return)
    assert opened.args[0] == "companies" and Company.get_by_id(opened.args[1])


def test_an_empty_pipeline_says_what_to_do(make_page, db):
    page = make_page()
    assert page.stack.currentWidget() is page.empty
    assert "No company in the pipeline yet" in page.empty.text()


def test_dragging_a_mission_from_open_to_staffed_saves_its_status(make_page, aged_demo, qtbot):
    page = make_page(MissionBoardPage)
    mission_id = cards_of(page.board, "open")[0]
    staffed = Mission.select().where(Mission.status == "staffed").count()
    with qtbot.waitSignal(page.records_changed):
        assert drag_and_drop(page.board, mission_id, "open", "staffed")
    settle(qtbot, page)
    assert Mission.get_by_id(mission_id).status == "staffed"
    assert page.board.columns["staffed"].count.text() == str(staffed + 1)
    assert cards_of(page.board, "staffed")[0] == mission_id


def test_an_overdue_follow_up_is_red_and_its_tooltip_says_so(pipeline, qtbot):
    company_id = cards_of(pipeline.board, "contacted")[0]
    Company.update(next_follow_up_on=dt.date(2020, 1, 6)).where(Company.id == company_id).execute()
    pipeline.reload()
    settle(qtbot, pipeline)
    cards = pipeline.board.columns["contacted"].cards
    card = cards.card(cards.row_of(company_id))
    assert card.date == "Follow-up 6 Jan 2020" and card.date_alert  # far off: with its year
    assert "Follow-up overdue since 06/01/2020" in pipeline._tooltip(company_id)
    assert f"Vetting: {card.dots[0]} of 4" in pipeline._tooltip(company_id)


def test_card_dates_leave_out_the_year_only_when_it_goes_without_saying(make_page):
    today = dt.date(2026, 11, 22)
    assert day_text(dt.date(2027, 1, 12), today) == "12 Jan"  # next January
    assert day_text(dt.date(2026, 3, 2), today) == "2 Mar 2026"  # long overdue
    i18n.install(QApplication.instance(), "fr")
    try:
        assert day_text(dt.date(2026, 12, 10), today) == "10 déc."
    finally:
        i18n.install(QApplication.instance(), "en")
