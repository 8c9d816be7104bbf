"""Starting the GUI: the profile taken, the window shown, then the database that fills it.

1. A global exception hook first: from here on no traceback reaches the user, and every
   one reaches the log (:mod:`desktop.ui.failures`).
2. One window per profile (:mod:`desktop.ui.single_instance`): a second launch brings
   the running window forward and exits.
3. The window shows before the database is opened: what it needs first (the interface
   language) is read with sqlite3 alone (:mod:`desktop.store.peek`), and reads asked
   meanwhile wait (:func:`desktop.ui.tasks.hold_reads`). Importing peewee and the models,
   checking and opening the file cost a third of start-up, and the user sees the window
   meanwhile.
4. Once the window is on screen the database is checked and opened (migrated behind a
   progress dialog if needed). A damaged file, or an update that failed, opens the
   recovery dialog (:mod:`desktop.ui.recovery`) and the app quits unless a backup was
   restored; the file is never written meanwhile.
5. Warnings that do not stop the start: a data folder in a cloud-synced folder or on a
   network share, rows a check or an update found wrong. Then automatic backups, tidying
   and the weekly check in the background (:mod:`desktop.ui.auto_backup`). After a
   restore, the window is rebuilt on the restored data (:func:`switch_to_restored_data`).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from desktop import APP_ID, APP_NAME, __version__
from desktop.domain.errors import DomainError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.profile import Profile
from desktop.ui import i18n
from desktop.ui.assets import icon
from desktop.ui.startup_marks import mark
from desktop.ui.style import STYLESHEET

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.services.backups import PreparedRestore
    from desktop.ui.main_window import MainWindow
    from desktop.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)

# After the database opens, in turns of their own (at start-up at 300k records, Home's
# pieces and first figures fill the first half second): the warnings about the data
# folder, then the local server a second launch talks to.
WARNINGS_AFTER_MS = 50
LISTEN_AFTER_MS = 1000


def create_application(argv: list[str] | None = None, window_icon: bool = True) -> QApplication:
    """The application, named and styled once. A second call (the tests make one per test)
    returns it as it is: setting the style again on a live application re-polishes every
    widget with a new style object, and Qt crashed doing so once a window had shown
    style-sheeted widgets (the ranking's breakdown bars). Without ``window_icon`` the
    caller sets it (:func:`set_window_icon`), once its window is on screen."""
    app = QApplication.instance()
    if app is not None and app.property("configured"):
        return app
    from desktop.ui.pyside_imports import spare_source_reads

    spare_source_reads()  # before the window's modules: PySide read each one's source
    if app is None:
        # The style named as on the command line: setStyle() returns the style object, and
        # wrapping it for Python (PySide creates its 11 enum classes) cost 5-10 ms before
        # the window showed.
        app = QApplication([*(argv or [sys.argv[0]]), "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    app.setProperty("configured", True)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    if window_icon:
        set_window_icon(app)
    # On Wayland, the .desktop file that packaging/linux/install.sh installs.
    app.setDesktopFileName("freelance-desk")
    app.setStyleSheet(STYLESHEET)
    return app


def set_window_icon(app: QApplication) -> None:
    """The icon of every window (title bar, task bar; the installers set the executable's).
    Set at start-up once the window is on screen: a window created with it renders the SVG
    at every size the window system asks for (1 % of start-up)."""
    if app.windowIcon().isNull():
        app.setWindowIcon(icon("app"))


def run_blocking(app: QApplication, text: str, work: Callable[[], Any]) -> Any:
    """Run ``work()`` on a thread behind a progress dialog (no window yet, or none usable),
    keeping the interface painted; returns its result or raises its exception here."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(text, "", 0, 0)
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)  # one transaction or one file swap: nothing to cancel
    dialog.setMinimumDuration(0)
    dialog.show()
    outcome: dict[str, Any] = {}

    def run() -> None:
        from desktop.store.models import database

        try:
            outcome["result"] = work()
        except BaseException as exc:  # re-raised on the UI thread
            outcome["error"] = exc
        finally:
            if database.obj is not None:
                database.close()  # this thread's connection; the UI opens its own

    worker = threading.Thread(target=run, name="startup-work")
    worker.start()
    while worker.is_alive():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        worker.join(0.05)
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


# A file not closed cleanly is checked in full before it opens (quick_check, references):
# about 2 s a GB. Above this size the check runs behind a dialog that says so, instead of
# a window that does not answer (5-7 s at 300,000 records).
CHECK_BEHIND_DIALOG_BYTES = 100 * 2**20


def open_with_progress(app: QApplication, profile: Profile, forced_language: str | None) -> None:
    """Open the database; a migration (minutes on a large file), or the full check of a
    large file the last session did not close cleanly, runs behind a progress dialog on a
    worker thread, so the user sees that the app is working."""
    from desktop.store.database import closed_cleanly, open_database, pending_migration

    path = profile.database
    if pending_migration(path):
        text = QT_TRANSLATE_NOOP(
            "Startup",
            "Updating your data to this version of Freelance Desk.\n"
            "A backup is made first; this can take a few minutes on a large file.",
        )
    elif (
        path.exists()
        and path.stat().st_size > CHECK_BEHIND_DIALOG_BYTES
        and not closed_cleanly(path)
    ):
        text = QT_TRANSLATE_NOOP(
            "Startup",
            "Freelance Desk was not closed normally last time: checking your data before "
            "opening it.\nThis takes a few seconds on a large file.",
        )
    else:
        open_database(path, profile.backups)
        return
    i18n.install(app, i18n.resolve_language(forced_language, _saved_language(profile)))
    run_blocking(
        app,
        QCoreApplication.translate("Startup", text),
        lambda: open_database(path, profile.backups),
    )


def _saved_language(profile: Profile) -> str | None:
    from desktop.store.database import read_setting

    value = read_setting(profile.database, "ui.language")
    return value if isinstance(value, str) else None


# -- one window per profile -----------------------------------------------------------------


def take_profile(profile: Profile) -> SingleInstance | None:
    """The profile's lock, or None when this launch must end (the running window was
    brought forward, or the user gave up waiting for a command)."""
    from desktop.ui.single_instance import SingleInstance

    guard = SingleInstance(profile)
    while not guard.acquire():
        from PySide6.QtWidgets import QMessageBox

        set_window_icon(QApplication.instance())  # a box before the window: with its icon

        holder = guard.holder()
        if holder is not None and holder.role == "window" and guard.activate_running():
            log.info("already open in pid %s: brought forward", holder.pid)
            print(f"{APP_NAME} is already open on {profile.root}: brought it forward.")
            return None
        if holder is not None and holder.role == "window":
            who = QCoreApplication.translate(
                "Startup", "another Freelance Desk window (process {pid}) that does not answer"
            )
        elif holder is not None and holder.role != "window":
            who = QCoreApplication.translate("Startup", "the command “{command}” (process {pid})")
        else:
            who = QCoreApplication.translate("Startup", "a Freelance Desk command")
        who = who.format(pid=holder.pid if holder else "?", command=holder.role if holder else "")
        box = QMessageBox()
        box.setObjectName("profileBusy")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(APP_NAME)
        box.setText(
            QCoreApplication.translate(
                "Startup", "This data folder is in use by {who}:\n{folder}"
            ).format(who=who, folder=str(profile.root))
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup", "Wait for it to finish (or close that window), then retry."
            )
        )
        retry = box.addButton(
            QCoreApplication.translate("Startup", "Retry"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(retry)
        box.exec()
        if box.clickedButton() is not retry:
            return None
    return guard


# -- opening, or recovering ----------------------------------------------------------------


def open_or_recover(app: QApplication, profile: Profile, forced_language: str | None) -> bool:
    """Open the database; when it is damaged or could not be updated, the recovery dialog.
    False when the app must quit."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.store.storage_errors import DamagedDatabaseError, MigrationError

    while True:
        try:
            open_with_progress(app, profile, forced_language)
            return True
        except DamagedDatabaseError as exc:
            from desktop.services.backups import backup_list, install_restore, restore_latest_good
            from desktop.ui.failures import show_failure
            from desktop.ui.recovery import RecoveryDialog

            latest = next(iter(backup_list(profile)[0]), None)
            dialog = RecoveryDialog(profile, i18n.tr_error(exc), latest)
            if dialog.exec() != RecoveryDialog.RESTORE:
                return False
            try:
                prepared = run_blocking(
                    app,
                    QCoreApplication.translate(
                        "Startup",
                        "Copying the damaged files aside, then restoring the latest backup…",
                    ),
                    lambda: restore_latest_good(profile),
                )
                install_restore(prepared, lambda: None)  # opened by the next turn of the loop
                log.info("recovered from %s", prepared.archive.path)
                global recovered
                recovered = prepared
            except Exception as failure:
                if not show_failure(None, APP_NAME, failure, None):
                    raise
        except MigrationError as exc:
            from desktop.ui.recovery import RecoveryDialog

            RecoveryDialog(profile, i18n.tr_error(exc), None, can_restore=False).exec()
            return False
        except DomainError as exc:
            QMessageBox.critical(None, APP_NAME, i18n.tr_error(exc))
            return False


def show_startup_warnings(profile: Profile, parent: QWidget | None = None) -> None:
    """A risky data folder (once per folder, unless asked again), and what the start-up
    check or an update found wrong but could not fix."""
    import hashlib

    from PySide6.QtWidgets import QCheckBox, QMessageBox

    from desktop.store import database as store
    from desktop.store.location_checks import location_warning
    from desktop.ui.state import UiState

    warning = location_warning(profile.root)
    state = UiState(profile.ui_state)
    key = "warnings/location-" + hashlib.sha256(str(profile.root).encode()).hexdigest()[:12]
    if warning is not None and state.value(key) != "hidden":
        box = QMessageBox(parent)
        box.setObjectName("locationWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Startup", "A risky place for your data"))
        box.setText(i18n.tr_message(warning))
        again = QCheckBox(
            QCoreApplication.translate("Startup", "Do not warn me again for this folder")
        )
        box.setCheckBox(again)
        box.exec()
        if again.isChecked():
            state.set_value(key, "hidden")
            state.sync()
    report = store.last_open
    problems = report.kept_problems or report.health.problems
    if problems:
        QMessageBox.warning(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "Startup",
                "Some records refer to records that no longer exist (left by an older version "
                "or another tool). They are kept as they are; “main.py check” lists them:\n{rows}",
            ).format(rows="\n".join(problems[:8])),
        )


# -- the session: the window and what runs beside it ----------------------------------------


class Session:
    """The running window of a profile, rebuilt after a restore."""

    def __init__(self, app: QApplication, profile: Profile, forced_language: str | None) -> None:
        self.app = app
        self.profile = profile
        self.forced_language = forced_language
        self.window: MainWindow | None = None
        self.guard: SingleInstance | None = None
        self.care = None

    def show_window(self, first_frame_only: bool = False) -> MainWindow:
        """The window, shown; with ``first_frame_only`` its sidebar only, until the caller
        calls its ``fill()`` (start-up, once the window is on screen)."""
        from desktop.ui.main_window import MainWindow

        window = MainWindow(self.profile, first_frame_only=first_frame_only)
        self.window = window
        window.show()
        # Take keyboard focus: without a window manager (Xvfb, kiosk setups) no one else
        # gives it, and Qt ignores every window shortcut of an inactive window.
        window.raise_()
        window.activateWindow()
        return window

    def bring_forward(self) -> None:
        """Another launch on this profile: show this window instead."""
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Startup", "Freelance Desk is already open on this data folder: here it is."
            ),
            10000,
        )

    def undo_names(self) -> set[str]:
        from desktop.services.attachments import names_in_snapshots

        return names_in_snapshots(self.window.undo_stack) if self.window else set()

    def start_care(self) -> None:
        from desktop.ui.auto_backup import ProfileCare

        self.care = ProfileCare(self.profile, lambda: self.window, self.undo_names, self.app)
        self.care.start()


_session: Session | None = None
recovered: PreparedRestore | None = None  # the backup the recovery dialog put in place


def restored_notice(prepared: PreparedRestore) -> str:
    return QCoreApplication.translate(
        "Startup", "Backup of {date} restored. The data it replaced was kept in {path}."
    ).format(date=f"{prepared.archive.created_at:%d/%m/%Y %H:%M}", path=str(prepared.safety))


def switch_to_restored_data(window: QWidget, prepared: PreparedRestore) -> None:
    """Close ``window``, swap the restored files in (reopening, migrating an older backup),
    then open a new window on them. The undo list goes with the old window: it refers to
    records of the data replaced."""
    session = _session
    if session is None:  # not started by run_gui (tests): swap and reopen only
        from desktop.services.backups import install_restore
        from desktop.store.database import open_database

        install_restore(prepared, lambda: open_database(prepared.profile.database))
        return
    if session.care is not None:
        session.care.stop()
    session.app.setQuitOnLastWindowClosed(False)  # the new window comes in a moment
    window.close()  # saves the layout
    window.deleteLater()
    session.window = None
    QTimer.singleShot(0, lambda: _finish_restore(session, prepared))


def _finish_restore(session: Session, prepared: PreparedRestore) -> None:
    from desktop.services.backups import install_restore
    from desktop.ui import tasks
    from desktop.ui.failures import show_failure

    if not tasks.idle():  # a background task still holds a connection: let it end
        QTimer.singleShot(100, lambda: _finish_restore(session, prepared))
        return

    def reopen() -> None:
        open_with_progress(session.app, session.profile, session.forced_language)

    try:
        install_restore(prepared, reopen)
        restored = True
    except Exception as exc:
        restored = False
        if not show_failure(
            None, QCoreApplication.translate("Startup", "Restore failed"), exc, None
        ):
            raise
    window = session.show_window()
    session.app.setQuitOnLastWindowClosed(True)
    if session.care is not None:
        session.care.start()
    if restored:
        window.statusBar().showMessage(restored_notice(prepared), 20000)


def run_gui(profile: Profile, forced_language: str | None = None) -> int:
    """Take the profile, show the window, then check and open the database; the exit code."""
    global _session
    mark("imports")
    app = create_application(window_icon=False)  # set once the window shows
    mark("qapplication")
    from desktop.ui.failures import ExceptionHook

    hook = ExceptionHook(profile.logs / "freelance-desk.log")
    hook.install()
    from desktop.store.peek import peek

    stored = peek(profile.database)
    i18n.install(app, i18n.resolve_language(forced_language, stored.language if stored else None))
    guard = take_profile(profile)
    if guard is None:
        hook.uninstall()
        return 0
    from desktop.ui import tasks

    session = Session(app, profile, forced_language)
    session.guard = guard
    _session = session
    tasks.hold_reads()  # until the database is open, just after the window shows
    window = session.show_window(first_frame_only=True)  # the sidebar beside an empty page
    mark("window")

    def fill(tries: int = 100) -> None:
        handle = window.windowHandle()
        if tries and (handle is None or not handle.isExposed()):
            QTimer.singleShot(5, lambda: fill(tries - 1))  # on screen first
            return
        set_window_icon(app)
        # The Qt namespace's 98 enum classes (12-25 ms), which fill() needs, in a turn of
        # their own: with the rest of fill() in the same turn, 40-50 ms without a paint.
        from PySide6.QtCore import Qt  # noqa: F401

        QTimer.singleShot(0, fill_window)

    def fill_window() -> None:
        from desktop.glibc_memory import limit_malloc_arenas

        limit_malloc_arenas()  # before the first read starts a reader lane's thread
        # menus, shortcuts, then the first page a piece per turn (its reads wait for the database)
        window.fill(staged=True)
        from desktop.domain.formatting import load_locale_data

        # babel's locale data off the UI thread: Home's first figures paid it there (45 ms)
        tasks.run_read(lambda: load_locale_data(i18n.language()), lane="background")
        QTimer.singleShot(0, open_database)  # the page painted first

    def open_database() -> None:
        if not open_or_recover(app, profile, forced_language):
            app.exit(1)
            return
        mark("database")
        tasks.release_reads()
        window.database_opened()
        if recovered is not None:
            window.statusBar().showMessage(restored_notice(recovered), 30000)
        if os.environ.get("FREELANCE_DESK_STARTUP_TIMELINE"):
            return  # dev.py bench: the marks, nothing that would compete with them
        # a turn of its own, not the database's (9-12 ms: its message box's classes)
        QTimer.singleShot(WARNINGS_AFTER_MS, lambda: show_startup_warnings(profile, window))
        from desktop.ui import warmup

        # the sections' modules, one by one, while the user reads Home; then their pages;
        # what each phase loaded is frozen out of the collector's full passes (23-49 ms each)
        from desktop.ui.collector import settle

        settle()  # the start-up's modules and the window
        warmup.warm(window, settled=settle)
        session.start_care()
        guard.activated.connect(session.bring_forward)
        # QtNetwork: 11-25 ms, once Home is filled; a second launch meanwhile waits for it
        QTimer.singleShot(LISTEN_AFTER_MS, guard.listen)
        # Files no row names go to the trash (one window: no undo lost), and leftovers of
        # PDF builds killed midway go away: on the writer thread, once the window is up.
        QTimer.singleShot(3000, lambda: tidy_later(profile))

    QTimer.singleShot(0, fill)
    if os.environ.get("FREELANCE_DESK_STARTUP_TIMELINE"):  # dev.py bench: marks, then quit
        from desktop.ui.startup_marks import watch

        watch(app, window)
    elif os.environ.get("FREELANCE_DESK_QUIT_WHEN_SHOWN"):  # start-up benchmark
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        _session = None
        from desktop.store.database import close_database  # not before the first paint

        close_database()
        guard.release()
        hook.uninstall()


def tidy_later(profile: Profile) -> None:
    """Start the tidying on the writer thread. Imported here, not when the database opens:
    the documents' modules pull the number checks (python-stdnum, ssl: 60 ms of the UI
    thread), which the warm-up has imported by now."""
    from desktop.ui import tasks
    from desktop.ui.documents.building import scratch_folder

    scratch = scratch_folder()
    tasks.run_task(lambda: _tidy(profile, scratch))


def _tidy(profile: Profile, scratch: Path) -> None:
    from desktop.services.attachments import tidy_files
    from desktop.services.document_files import remove_build_leftovers

    tidy_files(profile)
    remove_build_leftovers(profile, scratch)
