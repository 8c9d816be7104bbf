"""Opening an older profile from the GUI migrates it behind a progress dialog."""

import shutil
from pathlib import Path

from PySide6.QtWidgets import QProgressDialog

from desktop.store.database import pending_migration, schema_version
from desktop.store.models import SCHEMA_VERSION, Talent, database
from desktop.ui.app import create_application, open_with_progress
from tests.store.test_migrations import FIXTURES


def test_an_old_profile_is_migrated_with_a_progress_dialog(profile, qtbot, monkeypatch):
    shutil.copy(FIXTURES / "schema-v2.sqlite3", profile.database)
    assert pending_migration(profile.database)
    shown = []
    original_show = QProgressDialog.show
    monkeypatch.setattr(
        QProgressDialog, "show", lambda self: (shown.append(self.labelText()), original_show(self))
    )
    app = create_application()
    try:
        open_with_progress(app, profile, "en")
        assert shown and "backup is made first" in shown[0]
        assert not pending_migration(profile.database)
        assert schema_version(database) == SCHEMA_VERSION
        assert Talent.select().count() == 40  # the fixture's talents, read on the UI thread
        assert list(profile.backups.glob("before-migration-v2-to-v*.zip"))
    finally:
        database.close()
        database.initialize(None)


def test_a_current_profile_opens_without_a_dialog(profile, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QProgressDialog, "show", lambda self: shown.append(True))
    try:
        open_with_progress(create_application(), profile, "en")
        assert not shown and schema_version(database) == SCHEMA_VERSION
    finally:
        database.close()
        database.initialize(None)


def test_a_large_file_not_closed_cleanly_is_checked_behind_a_dialog(
    demo_db, profile, qtbot, monkeypatch
):
    """After a crash the whole file is checked before it opens (5-7 s at 300k records):
    a dialog says so instead of a window that does not answer; a clean file opens at once."""
    from desktop.store.database import close_database, closed_cleanly
    from desktop.ui import app as app_module

    close_database()  # cleanly: the marker written
    database.initialize(None)
    monkeypatch.setattr(app_module, "CHECK_BEHIND_DIALOG_BYTES", 0)
    shown = []
    monkeypatch.setattr(QProgressDialog, "show", lambda self: shown.append(self.labelText()))
    try:
        assert closed_cleanly(profile.database)
        open_with_progress(create_application(), profile, "en")
        assert shown == []
    finally:
        database.close()  # not close_database(): as a crash leaves it
        database.initialize(None)
    assert not closed_cleanly(profile.database)  # opened, then left without closing
    try:
        open_with_progress(create_application(), profile, "en")
        assert shown and "not closed normally" in shown[0]
        assert Talent.select().count() > 0
    finally:
        database.close()
        database.initialize(None)


SHOWN_PROBE = """
import json, sys
from desktop.ui import startup_marks
seen = {}
original = startup_marks.mark
def mark(stage):
    original(stage)
    seen.setdefault(stage, sorted(sys.modules))
startup_marks.mark = mark
from desktop.app import main
code = main(["--data-dir", sys.argv[1], "--lang", "fr"])
json.dump({"code": code, "modules": seen}, open(sys.argv[2], "w"))
"""


def test_the_window_shows_before_the_database_and_heavy_libraries_are_loaded(demo_db, tmp_path):
    """Start-up imports only what the first screen needs: the database layers, number
    checks and formatting come after the window is on screen, then fill it."""
    import json
    import os
    import subprocess
    import sys

    from desktop.store.models import database as models_database

    folder = Path(models_database.database).parent
    models_database.close()
    out = tmp_path / "probe.json"
    env = dict(os.environ, FREELANCE_DESK_STARTUP_TIMELINE=str(tmp_path / "marks.json"))
    subprocess.run(
        [sys.executable, "-c", SHOWN_PROBE, str(folder), str(out)],
        env=env,
        check=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    result = json.loads(out.read_text())
    assert result["code"] == 0
    modules = result["modules"]
    assert {"shown", "database", "content"} <= set(modules)  # filled once shown
    before = set(modules["shown"])
    for heavy in ("peewee", "phonenumbers", "stdnum", "babel", "openpyxl", "reportlab"):
        assert heavy not in before, heavy
    assert "peewee" in modules["content"]


def test_settings_remembered_as_the_last_section_opens_once_the_database_is(profile, qtbot):
    """The window shows before the database is open; Settings reads every setting as it
    is built: left on Settings, the next start built it then ("Cannot use uninitialized
    Proxy" in an error dialog at every start). It is built once the database is open."""
    from desktop.store.database import close_database, open_database
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow
    from desktop.ui.state import UiState
    from desktop.ui.tasks import pending

    create_application()
    i18n.install(create_application(), "en")
    UiState(profile.ui_state).set_value("window/section", "settings")
    assert database.obj is None  # as at start-up: nothing open yet
    window = MainWindow(profile, first_frame_only=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.fill(staged=True)
    assert window.current_key() == "settings" and "settings" not in window.pages
    open_database(profile.database)
    try:
        window.database_opened()
        qtbot.waitUntil(lambda: window.showing("settings"), timeout=10_000)
        qtbot.waitUntil(lambda: pending() == 0, timeout=10_000)
    finally:
        window.close()
        close_database()
        database.initialize(None)
