"""Settings > General: interface language, the data folder (backups: Settings > Backups)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.profile import Profile
from desktop.services import settings
from desktop.ui.assets import icon


class GeneralSettings(QWidget):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-general")
        self.profile = profile
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Same as the system"), "auto")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        saved = settings.get("ui.language")
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.restart_hint = QLabel()
        self.restart_hint.setObjectName("hint")
        self.restart_hint.setWordWrap(True)
        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.restart_hint)

        folder = QLabel(str(profile.root))
        folder.setObjectName("dataFolder")
        folder.setTextInteractionFlags(
            folder.textInteractionFlags() | folder.textInteractionFlags().TextSelectableByMouse
        )
        open_folder = QPushButton(icon("folder"), self.tr("Open the folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(profile.root)))
        )
        row = QHBoxLayout()
        row.addWidget(open_folder)
        row.addStretch(1)
        data = QGroupBox(self.tr("Data"))
        form2 = QFormLayout(data)
        form2.addRow(self.tr("Data folder"), folder)
        form2.addRow("", row)
        profiles = QLabel(
            self.tr(
                "Start with --data-dir FOLDER to use another profile (database, attachments, "
                "backups and logs all live in that folder)."
            )
        )
        profiles.setWordWrap(True)
        profiles.setObjectName("hint")
        form2.addRow("", profiles)

        about = QLabel(f"{APP_NAME} {__version__}")
        about.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(interface)
        layout.addWidget(data)
        layout.addStretch(1)
        layout.addWidget(about)

    def _language_changed(self) -> None:
        value = self.language.currentData()
        settings.put("ui.language", value)
        self.restart_hint.setText(self.tr("The new language applies at the next start."))
        from desktop.ui.confirm import confirm

        if confirm(
            self,
            self.tr("Restart now?"),
            self.tr("Restart Freelance Desk now to switch the language?"),
            self.tr("Restart now"),
            destructive=False,
        ):
            args = list(sys.argv[1:])
            if "--lang" in args:  # the saved choice must win over a forced one
                i = args.index("--lang")
                del args[i : i + 2]
            if getattr(sys, "frozen", False):  # a PyInstaller bundle is its own executable
                QProcess.startDetached(sys.executable, args)
            else:
                QProcess.startDetached(sys.executable, [sys.argv[0], *args])
            QApplication.quit()
