"""First visits without a stall: pages built ahead a piece per event-loop turn, big boards
and To do filled over several turns, Home built in pieces at start-up; what the user sees
once they are in is what a page built in one go shows."""

from PySide6.QtCore import QTimer

from desktop.ui import main_window, warmup
from desktop.ui.boards import page as board_page
from desktop.ui.boards.kanban import KanbanBoard
from desktop.ui.list_page import ListPage
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import settle


def cards_shown(board: KanbanBoard) -> dict[str, int]:
    return {key: column.cards.count() for key, column in board.columns.items()}


def test_pages_built_ahead_read_nothing_until_visited_then_show_their_rows(qtbot, window):
    finished = []
    warmup.build_pages(window, then=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    assert set(warmup.PAGES) <= set(window.pages)
    talents = window.pages["talents"]
    assert talents.model.loading  # built ahead, hidden: no read of its rows yet
    assert window.current_key() == "home"
    window.go_to("talents")
    settle(qtbot, talents)
    assert talents.model.rowCount() > 0
    assert talents.selected_id() is not None  # the first row selected, as on a first visit
    assert hasattr(talents, "timeline") and hasattr(talents, "quick_actions")
    pipeline = window.go_to("pipeline")
    settle(qtbot, pipeline)
    assert sum(cards_shown(pipeline.board).values()) > 0


def test_a_page_is_built_in_several_pieces_and_a_click_finishes_one_half_built(qtbot, window):
    stages = window.staging["missions"] = window.stages("missions")
    window.prebuilding = True
    next(stages)  # the list only, not yet its tabs nor its place in the window
    window.prebuilding = False
    assert "missions" not in window.pages
    page = window.go_to("missions")  # the user clicks meanwhile
    assert isinstance(page, ListPage) and window.stack.currentWidget() is page
    assert "missions" not in window.staging
    assert hasattr(page, "offers_tab") and hasattr(page, "timeline")  # every tab is there
    settle(qtbot, page)
    assert page.model.rowCount() > 0  # put off while built ahead, read once wanted
    mission_pages = [w for w in window.stack.findChildren(ListPage) if w.spec.name == "missions"]
    assert mission_pages == [page]
    pieces = sum(1 for _ in window.stages("contracts"))
    assert pieces >= 4  # the list, its tabs one by one, its place in the window


def test_a_big_board_is_filled_a_column_per_turn_and_shows_the_same_cards(
    qtbot, window, monkeypatch
):
    page = window.go_to("mission_board")
    settle(qtbot, page)
    at_once = cards_shown(page.board)
    assert sum(at_once.values()) > 0
    monkeypatch.setattr(board_page, "STAGED_FILL_CARDS", 0)  # every board counts as big
    for column in page.board.columns.values():
        column.cards.clear()
    calls = []
    set_columns = page.board.set_columns

    def one_column(views):
        calls.append((len(views), page.settled))
        set_columns(views)

    monkeypatch.setattr(page.board, "set_columns", one_column)
    page.refresh()  # read again although nothing was written
    qtbot.waitUntil(lambda: len(calls) == len(at_once), timeout=5000)
    settle(qtbot, page)
    # a column per turn, and the page not settled (tests, benchmark) before the last one
    assert calls == [(1, False)] * len(at_once)
    assert cards_shown(page.board) == at_once


def test_to_do_keeps_its_rows_on_screen_until_the_new_ones_are_all_in(qtbot, window, monkeypatch):
    from desktop.ui.followups import page as followups_page

    page = window.go_to("followups")
    settle(qtbot, page)
    rows = page.tree.topLevelItemCount()
    assert rows > 1
    monkeypatch.setattr(followups_page, "FILL_TURN_S", 0)  # one group per turn
    between = []
    fill_more = page._fill_more

    def next_turn(fill):
        between.append((page.tree.updatesEnabled(), page.settled))
        fill_more(fill)

    monkeypatch.setattr(page, "_fill_more", next_turn)
    page.refresh()
    qtbot.waitUntil(lambda: len(between) > 1, timeout=5000)
    settle(qtbot, page)
    # a group per turn, the tree not repainted in between (the old rows stay on screen)
    # and the page not settled until the last group is in
    assert len(between) >= rows
    assert set(between) == {(False, False)}
    assert page.tree.updatesEnabled() and page.tree.topLevelItemCount() == rows


def test_the_first_page_at_start_up_is_built_in_pieces_then_shown(qtbot, profile, demo_db):
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n
    from desktop.ui.app import create_application

    create_application()
    i18n.install(QApplication.instance(), "en")
    window = MainWindow(profile, first_frame_only=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    turns = []
    ticker = QTimer(window, interval=0)
    ticker.timeout.connect(lambda: turns.append(window.stack.currentWidget()))
    ticker.start()
    window.fill(staged=True)
    assert window.stack.currentWidget() is None  # the page comes in the next turns
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not None, timeout=5000)
    ticker.stop()
    assert window.current_key() == "home" and window.stack.currentWidget() is window.pages["home"]
    assert turns and turns[0] is None  # the event loop ran while Home was being built


def test_a_click_on_a_page_not_built_yet_builds_it_over_turns_then_shows_it(
    qtbot, window, monkeypatch
):
    """A click (the sidebar or Ctrl+N) no longer builds a page in its own turn (60-130 ms
    at 300k): the page on screen stays until the new one is built, a few pieces per turn,
    then the new one shows, once, with its rows; a second click meanwhile does not build
    it twice."""
    monkeypatch.setattr(main_window, "PIECE_START_S", 0.0)  # one piece per turn
    home = window.stack.currentWidget()
    assert "contracts" not in window.pages
    window.visit("contracts")
    assert window.current_key() == "contracts"
    assert window.stack.currentWidget() is home and not window.showing("contracts")
    window.visit("contracts")  # clicked twice
    qtbot.waitUntil(lambda: window.showing("contracts"), timeout=20_000)
    page = window.pages["contracts"]
    assert page is not home and "contracts" not in window.staging
    settle(qtbot, page)
    assert page.model.rowCount() > 0 and page.selected_id() is not None
    contract_pages = [w for w in window.stack.findChildren(ListPage) if w.spec.name == "contracts"]
    assert contract_pages == [page]


def test_a_click_elsewhere_before_the_page_is_built_shows_the_page_clicked_last(qtbot, window):
    window.visit("contracts")
    window.visit("talents")
    qtbot.waitUntil(lambda: window.showing("talents"), timeout=20_000)
    qtbot.waitUntil(lambda: "contracts" not in window.staging, timeout=20_000)
    assert window.current_key() == "talents" and window.showing("talents")


def test_the_warm_up_waits_while_a_read_runs(qtbot, window, monkeypatch):
    """A piece built while the reader thread works in Python held the window twice as long:
    the warm-up waits for the reads to end."""
    reading = [True]
    asked = []
    monkeypatch.setattr(warmup, "BUSY_RETRY_MS", 0)
    monkeypatch.setattr(warmup, "reading", lambda: asked.append(True) or reading[0])
    finished = []
    warmup.build_pages(window, ("contracts",), then=lambda: finished.append(True))
    qtbot.waitUntil(lambda: len(asked) >= 5, timeout=5_000)  # five turns that waited
    assert "contracts" not in window.pages and not finished
    reading[0] = False
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    assert "contracts" in window.pages


def test_the_warm_up_takes_what_each_phase_loaded_out_of_full_collections(qtbot, window):
    """A full pass of the garbage collector walks every object it tracks, 23-49 ms on the
    UI thread at 300k records; what the warm-up loads lives as long as the window."""
    import gc

    from desktop.ui import collector

    phases = []
    thresholds = gc.get_threshold()
    try:
        warmup.warm(window, settled=lambda: phases.append(collector.settle()))
        qtbot.waitUntil(lambda: len(phases) == 4, timeout=30_000)
        walked = gc.get_objects()  # what a full pass walks: not the frozen objects
        assert not any(o is window or o is window.pages["talents"] for o in walked)
        assert gc.get_threshold()[2] == collector.FULL_PASS_EVERY  # full passes rarer too
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    assert set(warmup.PAGES) <= set(window.pages)
    assert any(o is window for o in gc.get_objects())  # collected as usual once unfrozen
