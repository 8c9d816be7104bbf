"""Opening an older profile from the GUI migrates it behind a progress dialog."""

import shutil

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
