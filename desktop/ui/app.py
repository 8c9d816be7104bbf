"""Starting the GUI: translations, the window, then the database that fills it.

The window shows before the database is opened: what it needs first (the interface
language, whether the file is there) is read with sqlite3 alone
(:mod:`desktop.store.peek`), and reads asked meanwhile wait on the reader thread
(:func:`desktop.ui.tasks.hold_reads`). Opening the database then imports peewee and
the models, checks the schema and, when a migration is due, runs it behind its
progress dialog, as a new profile's creation does.
"""

from __future__ import annotations

import os
import sys
import threading

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop import APP_ID, APP_NAME
from desktop.domain.errors import DomainError
from desktop.profile import Profile
from desktop.ui import i18n
from desktop.ui.startup_marks import mark
from desktop.ui.style import STYLESHEET


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    return app


def open_with_progress(app: QApplication, profile: Profile, forced_language: str | None) -> None:
    """Open the database; a migration (minutes on a large file) runs behind a progress
    dialog on a worker thread, so the user sees that the app is working."""
    from desktop.store.database import open_database, pending_migration
    from desktop.store.models import database

    if not pending_migration(profile.database):
        open_database(profile.database, profile.backups)
        return
    i18n.install(app, i18n.resolve_language(forced_language, None))
    dialog = QProgressDialog(
        app.translate(
            "Startup",
            "Updating your data to this version of Freelance Desk.\n"
            "A backup is made first; this can take a few minutes on a large file.",
        ),
        "",
        0,
        0,
    )
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)  # a migration cannot stop halfway: it is one transaction
    dialog.setMinimumDuration(0)
    dialog.show()
    outcome: dict[str, BaseException] = {}

    def work() -> None:
        try:
            open_database(profile.database, profile.backups)
        except BaseException as exc:  # re-raised on the UI thread
            outcome["error"] = exc
        finally:
            database.close()  # this thread's connection; the UI opens its own

    worker = threading.Thread(target=work, name="migration")
    worker.start()
    while worker.is_alive():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        worker.join(0.05)
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]


def run_gui(profile: Profile, forced_language: str | None = None) -> int:
    """Show the main window, then open the profile's database; returns the exit code."""
    mark("imports")
    app = create_application()
    mark("qapplication")
    from desktop.store.peek import peek

    stored = peek(profile.database)
    language = stored.language if stored is not None else None
    i18n.install(app, i18n.resolve_language(forced_language, language))
    from desktop.ui import tasks
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import run_task

    tasks.hold_reads()  # until the database is open, just after the window shows
    window = MainWindow(profile)
    mark("window")
    window.show()

    def open_database(tries: int = 100) -> None:
        handle = window.windowHandle()
        if tries and (handle is None or not handle.isExposed()):
            QTimer.singleShot(5, lambda: open_database(tries - 1))  # painted first
            return
        try:
            open_with_progress(app, profile, forced_language)
        except DomainError as exc:  # a newer version's file: said, and nothing opened
            QMessageBox.critical(window, APP_NAME, i18n.tr_error(exc))
            app.exit(1)
            return
        mark("database")
        tasks.release_reads()
        from desktop.ui import warmup

        warmup.start()  # the sections' modules, one by one, while the user reads Home

    QTimer.singleShot(0, open_database)
    # Take keyboard focus: without a window manager (Xvfb, kiosk setups) no one else gives
    # it, and Qt ignores every window shortcut of an inactive window.
    window.raise_()
    window.activateWindow()
    # Files of attachments deleted last time, past their undo: once the window is up and
    # filled (on the writer thread, it would compete for the interpreter at start-up).
    QTimer.singleShot(3000, lambda: run_task(lambda: _purge_orphan_files(profile)))
    if os.environ.get("FREELANCE_DESK_STARTUP_TIMELINE"):  # dev.py bench: marks, then quit
        from desktop.ui.startup_marks import watch

        watch(app, window)
    elif os.environ.get("FREELANCE_DESK_QUIT_WHEN_SHOWN"):  # start-up benchmark
        QTimer.singleShot(0, app.quit)
    return app.exec()


def _purge_orphan_files(profile: Profile) -> None:
    from desktop.services.attachments import purge_orphan_files

    purge_orphan_files(profile)
