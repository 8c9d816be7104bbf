"""Reads off the UI thread: a newer request on a channel supersedes the older one."""

import threading

from desktop.store.models import database
from desktop.ui import tasks

ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT COUNT(*) FROM n"  # never ends unless interrupted
)


def test_a_newer_read_interrupts_the_running_one_of_its_channel(db, qtbot):
    outcome = []
    tasks.run_read(
        lambda: database.execute_sql(ENDLESS).fetchone(),
        lambda result: outcome.append(("first", result)),
        lambda exc: outcome.append(("first failed", exc)),
        channel="typing",
        on_skip=lambda: outcome.append(("first", "skipped")),
    )
    qtbot.waitUntil(lambda: tasks._lanes["reader"].running is not None)  # it runs now
    tasks.run_read(
        lambda: database.execute_sql("SELECT 42").fetchone()[0],
        lambda result: outcome.append(("second", result)),
        channel="typing",
    )
    qtbot.waitUntil(lambda: len(outcome) == 2, timeout=5000)
    assert outcome == [("first", "skipped"), ("second", 42)]
    assert tasks.pending() == 0


def test_reads_superseded_before_their_turn_never_run(db, qtbot):
    gate = threading.Event()
    ran, skipped = [], []
    tasks.run_read(lambda: gate.wait(5))  # the reader is busy meanwhile
    for value in (1, 2, 3):  # typed while it was busy: only the last one matters
        tasks.run_read(
            lambda v=value: ran.append(v), channel="filter", on_skip=lambda: skipped.append(1)
        )
    gate.set()
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert ran == [3] and len(skipped) == 2


def test_a_big_read_gives_its_memory_back_once_its_lane_is_idle(db, qtbot, monkeypatch):
    """glibc keeps what a lane's read freed in the lane's arena: after a read longer than
    BIG_READ_S, with nothing else queued, it goes back to the system; not after a short one."""
    given_back = []
    monkeypatch.setattr(tasks, "release_freed_memory", lambda: given_back.append(True))
    done = []
    monkeypatch.setattr(tasks, "BIG_READ_S", 3600.0)
    tasks.run_read(lambda: 1, done.append)
    qtbot.waitUntil(lambda: done == [1], timeout=5000)
    assert given_back == []
    monkeypatch.setattr(tasks, "BIG_READ_S", 0.0)
    tasks.run_read(lambda: 2, done.append)
    qtbot.waitUntil(lambda: done == [1, 2], timeout=5000)
    assert given_back == [True]


def test_results_arriving_together_are_handed_out_over_several_turns_in_order(
    db, qtbot, monkeypatch
):
    """Qt hands every queued result to the UI thread in one pass: callbacks of reads that
    finished together ran back to back (Home's tiles: a 41-47 ms stall at 300k)."""
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(tasks, "DELIVERY_TURN_S", 0)  # one result per turn
    gate = threading.Event()
    handed, turns = [], []
    tasks.run_read(lambda: gate.wait(5))
    for value in range(5):  # queued behind it: they finish within microseconds
        tasks.run_read(lambda v=value: v, lambda v: handed.append((v, len(turns))))
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.append(1))
    ticker.start()
    try:
        gate.set()
        qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
    finally:
        ticker.stop()
    assert [v for v, _ in handed] == [0, 1, 2, 3, 4]  # in the order they were sent
    turn_of = [turn for _, turn in handed]
    assert len(set(turn_of)) == 5  # each in a turn of its own: the event loop ran between


def test_the_reader_lanes_sort_in_their_page_cache(db, qtbot):
    """A ranking at 300k sorts 81,000 index entries: with temp_store = memory each sorted
    row was an allocation of its own (6-11 % of the ranking's CPU)."""
    seen = []
    tasks.run_read(lambda: database.execute_sql("PRAGMA temp_store").fetchone()[0], seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [1]  # FILE: in the page cache, a temporary file beyond it
    assert database.execute_sql("PRAGMA temp_store").fetchone()[0] == 2  # the window's: memory
