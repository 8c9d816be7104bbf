"""Background care of a profile while the window runs: backups, tidying, a weekly check.

Shortly after start and then every :data:`~desktop.services.backups.EVERY`, on the
reader thread: an automatic backup (rotated: 7 daily, 4 weekly), the attachments tidied
(files no row names go to the trash; the window's undo list keeps its own), and once a
week the full ``integrity_check`` (3.2 s on a 425 MB profile: too long for start-up).
A failure is shown, never only logged.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.profile import Profile
from desktop.services import attachments, backups, settings
from desktop.services.backups import ArchiveInfo
from desktop.ui.failures import show_failure
from desktop.ui.tasks import run_task

log = logging.getLogger(__name__)

FIRST_DELAY_MS = 5_000  # after the first paint and the first queries
WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class CareResult:
    backup: ArchiveInfo
    trashed: int
    purged: int
    damage: list[str]  # found by the weekly integrity check (empty: sound, or not run)
    checked: bool


class ProfileCare(QObject):
    """Runs :func:`care` on a timer; ``window()`` gives the window to report to."""

    finished = Signal(object)  # CareResult

    def __init__(
        self,
        profile: Profile,
        window: Callable[[], QWidget | None],
        undo_names: Callable[[], set[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.window = window
        self.undo_names = undo_names
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(int(backups.EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self.run)

    def start(self, first_delay_ms: int = FIRST_DELAY_MS) -> None:
        self.timer.start()
        QTimer.singleShot(first_delay_ms, self.run)

    def stop(self) -> None:
        self.timer.stop()

    def run(self) -> None:
        if self.running:
            return
        self.running = True
        keep = self.undo_names()
        last = settings.get("maintenance.last_integrity_check")
        check = not last or dt.date.fromisoformat(last) <= dt.date.today() - WEEK
        run_task(lambda: care(self.profile, keep, check), self._done, self._failed, reads_only=True)

    def _done(self, result: CareResult) -> None:
        self.running = False
        if result.checked:
            settings.put("maintenance.last_integrity_check", dt.date.today().isoformat())
        self.finished.emit(result)
        if result.damage:
            self._report_damage(result.damage)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        log.error("automatic backup failed", exc_info=exc)
        parent = self.window()
        title = self.tr("Automatic backup failed")
        if not show_failure(parent, title, exc, self.run):
            raise exc

    def _report_damage(self, damage: list[str]) -> None:
        parent = self.window()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Damage found in the database"))
        box.setText(
            self.tr(
                "The weekly check found damage in the database ({detail}). The backups are "
                "safe: each was checked when it was written. Restore the latest one from "
                "Settings > Backups, then send the log to support."
            ).format(detail=damage[0])
        )
        go = box.addButton(self.tr("Open the backups"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is go and parent is not None and hasattr(parent, "go_to"):
            parent.go_to("settings").show_page("backups")


def care(profile: Profile, keep: set[str], full_check: bool) -> CareResult:
    """The background work (reader thread): back up, rotate, tidy, maybe check in full."""
    info = backups.automatic_backup(profile)
    tidy = attachments.tidy_files(profile, keep=keep)
    damage: list[str] = []
    if full_check:
        damage = backups.integrity_damage(profile)
    return CareResult(info, tidy.trashed, tidy.purged, damage, full_check)
