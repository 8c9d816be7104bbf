"""The recovery dialog: the data cannot be opened safely; say why and what can be done.

Shown before the main window when the database is damaged (the file is left as it is)
or when updating it to this version failed (the file is left as it was). The choices:
open the latest good backup (damage only: the damaged files are copied aside first,
nothing is deleted), open the data folder, or quit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.profile import Profile
from desktop.store.backup import ArchiveInfo
from desktop.ui.settings.backup_texts import archive_summary


class RecoveryDialog(QDialog):
    """``exec()`` returns :attr:`RESTORE` when the user chose the latest backup, else 0."""

    RESTORE = 2

    def __init__(
        self,
        profile: Profile,
        problem: str,
        latest: ArchiveInfo | None,
        can_restore: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Freelance Desk: your data needs attention"))
        self.setMinimumWidth(620)
        self.profile = profile
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Freelance Desk cannot open your data safely"))
        heading.setObjectName("pageTitle")
        what = QLabel(problem)
        what.setObjectName("recoveryProblem")
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts = QVBoxLayout()
        texts.setSpacing(10)
        texts.addWidget(heading)
        texts.addWidget(what)

        self.restore_button = QPushButton(self.tr("Open the latest good backup"))
        self.restore_button.setObjectName("restoreLatest")
        self.restore_button.clicked.connect(lambda: self.done(self.RESTORE))
        if latest is not None and can_restore:
            backup = QLabel(
                self.tr(
                    "Latest backup: {summary}.\nOpening it copies the damaged files aside into "
                    "the backups folder (nothing is deleted), then puts the backup in place. "
                    "What you entered after it is not in it."
                ).format(summary=archive_summary(latest))
            )
        else:
            self.restore_button.setEnabled(False)
            backup = QLabel(
                self.tr("There is no backup in {folder}.").format(folder=str(profile.backups))
                if can_restore
                else self.tr(
                    "Your data is unchanged. Keep using the previous version of Freelance Desk "
                    "with this data folder until an update fixes this."
                )
            )
        backup.setObjectName("hint")
        backup.setWordWrap(True)
        texts.addWidget(backup)
        log_hint = QLabel(
            self.tr("The details are in the log: {path}").format(
                path=str(profile.logs / "freelance-desk.log")
            )
        )
        log_hint.setObjectName("hint")
        log_hint.setWordWrap(True)
        log_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(log_hint)
        texts.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)

        folder = QPushButton(self.tr("Open the folder"))
        folder.setObjectName("openFolder")
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(profile.root)))
        )
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.setObjectName("quit")
        quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        if can_restore:
            buttons.addWidget(self.restore_button)
        buttons.addWidget(folder)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        (self.restore_button if self.restore_button.isEnabled() else quit_button).setDefault(True)
