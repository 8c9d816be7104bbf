"""Helpers to drive the real window offscreen."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

from desktop.ui import i18n
from desktop.ui.app import create_application
from desktop.ui.main_window import MainWindow


def when_modal(kind: type, handler: Callable[[QWidget], None], tries: int = 200) -> None:
    """Call ``handler(dialog)`` once a modal widget of ``kind`` is open (for ``exec()`` calls)."""

    def poll(left: int = tries) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            try:
                handler(widget)
            except BaseException:
                widget.close()  # a failed handler must not leave the test hanging in exec()
                raise
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def settle(qtbot, page, timeout: int = 5000) -> None:
    """Wait until ``page`` shows what it was asked (its reads run on the reader thread),
    the invoice bar's actions included (read there too)."""
    bar = getattr(page, "invoice_bar", None)
    qtbot.waitUntil(lambda: page.settled and (bar is None or bar.settled), timeout=timeout)


@pytest.fixture
def make_window(qtbot, profile):
    create_application()
    i18n.install(QApplication.instance(), "en")
    windows = []

    def make() -> MainWindow:
        window = MainWindow(profile)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # its first page is built over a few turns, then shown: a test that put a page of
        # its own in the stack before that saw it replaced (order-dependent failures)
        qtbot.waitUntil(lambda: window.showing(window.current_key()))
        windows.append(window)
        return window

    yield make
    from desktop.ui import tasks

    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=10_000)  # no read outlives the test
    for window in windows:
        if Shiboken.isValid(window):  # a test may have closed and deleted it
            window.close()


@pytest.fixture
def window(make_window, demo_db):
    return make_window()


@contextlib.contextmanager
def another_writer(database_path: Path, wait_ms: int = 100):
    """Another window's write transaction holding SQLite's write lock (``release()`` it to
    let saves through); this process's busy timeout shortened to ``wait_ms`` so that a
    save gives up after a moment, as it does after 10 s in real use."""
    from desktop.store.models import database

    database.execute_sql(f"PRAGMA busy_timeout = {int(wait_ms)}")
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.rollback()
        other.close()
