"""Helpers to drive the real window offscreen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

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
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, demo_db):
    return make_window()
