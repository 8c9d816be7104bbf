"""Starting the GUI: database first, then translations, then the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_ID, APP_NAME
from desktop.domain.errors import DomainError
from desktop.profile import Profile
from desktop.ui import i18n
from desktop.ui.style import STYLESHEET


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    return app


def run_gui(profile: Profile, forced_language: str | None = None) -> int:
    """Open the profile's database and show the main window; returns the exit code."""
    app = create_application()
    from desktop.services import settings
    from desktop.store.database import open_database

    try:
        open_database(profile.database, profile.backups)
    except DomainError as exc:
        i18n.install(app, i18n.resolve_language(forced_language, None))
        QMessageBox.critical(None, APP_NAME, i18n.tr_error(exc))
        return 1
    i18n.install(app, i18n.resolve_language(forced_language, settings.get("ui.language")))

    from desktop.ui.main_window import MainWindow

    window = MainWindow(profile)
    window.show()
    # Take keyboard focus: without a window manager (Xvfb, kiosk setups) no one else gives
    # it, and Qt ignores every window shortcut of an inactive window.
    window.raise_()
    window.activateWindow()
    if os.environ.get("FREELANCE_DESK_QUIT_WHEN_SHOWN"):  # start-up benchmark
        QTimer.singleShot(0, app.quit)
    return app.exec()
