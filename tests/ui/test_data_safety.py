"""The window's side of data safety: failed saves explained, stale forms, the exception
hook, one window per profile, the recovery dialog and the Backups settings page."""

from __future__ import annotations

import shutil
import sys
from dataclasses import replace
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTableWidget,
)

from desktop.domain.errors import Message
from desktop.domain.validation import TalentDraft
from desktop.services import backups, talents
from desktop.store import storage_errors
from desktop.store.database import close_database
from desktop.store.models import Talent, database
from desktop.store.profile_lock import ProfileLock
from desktop.ui import app as gui
from desktop.ui import i18n
from desktop.ui.failures import ExceptionHook
from desktop.ui.recovery import RecoveryDialog
from desktop.ui.settings.backups import RestoreDialog
from desktop.ui.single_instance import SingleInstance
from desktop.ui.talents.dialog import TalentDialog
from tests.ui.conftest import when_modal


def save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def click(box: QMessageBox, text: str) -> None:
    """Press the button of ``box`` whose text starts with ``text``."""
    for button in box.buttons():
        if button.text().replace("&", "").startswith(text):
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


@pytest.fixture
def talent(make_window, db):
    make_window()
    return talents.create_talent(TalentDraft("Hélène", "Dupré", city="Lyon"))


def test_a_form_open_on_a_record_changed_elsewhere_offers_reload_or_save_as_new(talent, qtbot):
    dialog = TalentDialog(talent)
    qtbot.addWidget(dialog)
    dialog.title.setText("Architecte")
    talents.update_talent(talent, replace(talents.talent_draft(talent), city="Paris"))
    seen = []
    when_modal(QMessageBox, lambda box: (seen.append(box.text()), click(box, "Reload")))
    save(dialog)
    assert "changed elsewhere" in seen[0]
    assert dialog.city.text() == "Paris" and dialog.title.text() == ""  # reloaded
    assert dialog.isVisible() is False or dialog.result() == 0
    dialog.title.setText("Architecte")
    save(dialog)  # now over the version it reloaded
    assert Talent.get_by_id(talent).title == "Architecte"
    assert Talent.get_by_id(talent).city == "Paris"


def test_a_form_on_a_record_deleted_elsewhere_saves_as_a_new_record(talent, qtbot):
    dialog = TalentDialog(talent)
    qtbot.addWidget(dialog)
    talents.delete_talent(talent)
    newcomer = talents.create_talent(TalentDraft("Autre", "Personne"))
    when_modal(QMessageBox, lambda box: click(box, "Save as a new record"))
    save(dialog)
    assert dialog.saved_id not in (None, talent, newcomer)
    assert talents.display_name(dialog.saved_id) == "Hélène Dupré"
    assert talents.display_name(newcomer) == "Autre Personne"  # never overwritten


def test_a_save_blocked_by_another_writer_offers_retry(talent, qtbot, monkeypatch):
    dialog = TalentDialog(talent)
    qtbot.addWidget(dialog)
    real = talents.update_talent
    calls = []

    def busy_once(talent_id, draft):
        calls.append(1)
        if len(calls) == 1:
            raise storage_errors.DatabaseBusyError(
                Message("Storage", storage_errors.BUSY, {"seconds": 10})
            )
        real(talent_id, draft)

    monkeypatch.setattr("desktop.ui.talents.dialog.talents.update_talent", busy_once)
    dialog.title.setText("Réessayé")
    when_modal(QMessageBox, lambda box: click(box, "Retry"))
    save(dialog)
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert Talent.get_by_id(talent).title == "Réessayé"
    assert dialog.result() == 1  # accepted after the retry


def test_a_full_disk_on_save_is_said_and_the_form_stays_open(talent, qtbot, monkeypatch):
    dialog = TalentDialog(talent)
    qtbot.addWidget(dialog)
    dialog.show()

    def full(talent_id, draft):
        raise storage_errors.DiskFullError(
            Message("Storage", storage_errors.FULL, {"folder": "/home/ana"})
        )

    monkeypatch.setattr("desktop.ui.talents.dialog.talents.update_talent", full)
    save(dialog)
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert dialog.banner.text().startswith("The disk is full (/home/ana)")


def test_a_daily_rate_of_1e20_is_a_field_error_in_the_form(talent, qtbot):
    dialog = TalentDialog(talent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.daily_rate.setText("100000000000000000000")
    save(dialog)
    assert dialog.isVisible()
    assert "at most €100,000" in dialog.banner.text()
    assert Talent.get_by_id(talent).daily_rate is None


def test_the_exception_hook_logs_and_explains(qtbot, tmp_path, monkeypatch):
    gui.create_application()
    i18n.install(QApplication.instance(), "en")
    log = tmp_path / "freelance-desk.log"
    hook = ExceptionHook(log)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    hook(ValueError, ValueError("boom"), None)
    box = shown[0]
    assert box.objectName() == "unexpectedError"
    assert "An unexpected error stopped the last action: ValueError: boom." in box.text()
    assert str(log) in box.informativeText()
    full = storage_errors.DiskFullError(Message("Storage", storage_errors.FULL, {"folder": "/x"}))
    hook(type(full), full, None)
    assert shown[1].text().startswith("The disk is full (/x)")


def test_an_exception_in_a_slot_reaches_the_hook_not_the_void(qtbot, tmp_path, monkeypatch):
    gui.create_application()
    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: caught.append(info[1]))

    def slot():
        raise RuntimeError("in a slot")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(caught))
    assert str(caught[0]) == "in a slot"


def test_a_second_launch_brings_the_running_window_forward(profile, qtbot):
    gui.create_application()
    first = SingleInstance(profile)
    assert first.acquire()
    first.listen()
    second = SingleInstance(profile)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.activate_running()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_a_second_launch_waits_for_a_window_that_listens_a_moment_later(
    profile, qtbot, monkeypatch
):
    """The window listens about a second after it shows (QtNetwork off Home's first
    turns): a launch meanwhile retries instead of saying the window does not answer."""
    import time

    gui.create_application()
    first = SingleInstance(profile)
    assert first.acquire()
    second = SingleInstance(profile)
    waits = []

    def wait(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:  # the first window starts listening meanwhile
            first.listen()

    monkeypatch.setattr(time, "sleep", wait)
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.activate_running()
        assert len(waits) == 2
    finally:
        first.release()


def test_a_launch_while_a_command_writes_says_who_and_offers_retry(profile, qtbot):
    gui.create_application()
    i18n.install(QApplication.instance(), "en")
    command = ProfileLock(profile.root)
    assert command.acquire(exclusive=False, role="import")
    texts = []
    when_modal(QMessageBox, lambda box: (texts.append(box.text()), click(box, "Close")))
    try:
        assert gui.take_profile(profile) is None
    finally:
        command.release()
    assert texts[0].startswith("This data folder is in use by a Freelance Desk command")


def _damage(path) -> None:
    with path.open("r+b") as f:
        f.write(b"not a database any more")


def test_a_damaged_database_opens_the_recovery_dialog_which_restores_the_latest_backup(
    demo_db, profile, qtbot
):
    info = backups.back_up(profile)
    close_database()
    database.initialize(None)
    _damage(profile.database)
    app = gui.create_application()
    i18n.install(app, "en")
    texts = []

    def choose(dialog: RecoveryDialog) -> None:
        texts.append(dialog.findChild(type(dialog.restore_button), "restoreLatest").isEnabled())
        dialog.restore_button.click()

    when_modal(RecoveryDialog, choose)
    try:
        assert gui.open_or_recover(app, profile, "en")
        assert texts == [True]
        assert gui.restored_notice(gui.recovered).startswith("Backup of ")
        assert Talent.select().count() == info.counts["talent"]
        kept = list(profile.backups.glob("damaged-*/freelance-desk.sqlite3"))
        assert kept and kept[0].read_bytes().startswith(b"not a database")
    finally:
        close_database()
        database.initialize(None)


def test_a_failed_update_shows_the_recovery_dialog_without_restore(profile, qtbot, monkeypatch):
    from desktop.store import migrations
    from desktop.store.models import SCHEMA_VERSION
    from tests.store.test_migrations import FIXTURES

    shutil.copy(FIXTURES / "schema-v4.sqlite3", profile.database)

    def broken(migrator, db):
        raise RuntimeError("a step that breaks")

    monkeypatch.setitem(migrations.STEPS, SCHEMA_VERSION - 1, broken)
    app = gui.create_application()
    seen = []

    def look(dialog: RecoveryDialog) -> None:
        seen.append(dialog.findChild(type(dialog.restore_button), "restoreLatest"))
        dialog.reject()

    when_modal(RecoveryDialog, look)
    assert not gui.open_or_recover(app, profile, "en")
    assert seen == [None]  # no restore offered: the data is unchanged
    database.initialize(None)


def test_backups_page_backs_up_and_restores_showing_what_it_replaces(window, qtbot):
    page = window.go_to("settings").page("backups")
    before = page.table.topLevelItemCount()
    page.backup_now()
    when_modal(QMessageBox, lambda box: box.accept())
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == before + 1, timeout=20000)
    talents_then = Talent.select().count()
    talents.create_talent(TalentDraft("Après", "Sauvegarde", daily_rate=Decimal(500)))
    page.table.setCurrentItem(page.table.topLevelItem(0))
    shown = []

    def confirm(dialog: RestoreDialog) -> None:
        counts = dialog.findChild(QTableWidget, "restoreCounts")
        shown.append((counts.item(0, 0).text(), counts.item(0, 1).text(), counts.item(0, 2).text()))
        dialog.findChild(QPushButton, "confirmRestore").click()

    when_modal(RestoreDialog, confirm)
    page.restore_selected()
    qtbot.waitUntil(
        lambda: Talent.select().where(Talent.last_name == "Sauvegarde").count() == 0,
        timeout=20000,
    )
    assert shown == [("Talents", str(talents_then + 1), str(talents_then))]
    assert Talent.select().count() == talents_then
    assert list(window.profile.backups.glob("before-restore-*.zip"))


def test_after_a_restore_the_window_is_rebuilt_on_the_restored_data(demo_db, profile, qtbot):
    app = gui.create_application()
    i18n.install(app, "en")
    info = backups.back_up(profile)
    talents.create_talent(TalentDraft("Après", "Sauvegarde"))
    session = gui.Session(app, profile, "en")
    old = session.show_window()
    old.push_undo(talents.delete_talent(talents.create_talent(TalentDraft("Undo", "Me"))))
    gui._session = session
    try:
        prepared = backups.prepare_restore(profile, info.path)
        gui.switch_to_restored_data(old, prepared)
        qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
        new = session.window
        qtbot.addWidget(new)
        assert new.isVisible()
        qtbot.waitUntil(lambda: not shiboken6.isValid(old))  # the old window is gone
        assert new.undo_stack == []  # snapshots of the replaced data are gone
        assert app.quitOnLastWindowClosed()
        assert "restored" in new.statusBar().currentMessage()
        assert Talent.select().where(Talent.last_name == "Sauvegarde").count() == 0
    finally:
        gui._session = None
