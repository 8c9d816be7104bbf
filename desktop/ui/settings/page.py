"""The Settings section: a list of pages on the left, the chosen page on the right.

Each area has its own module in this package and one line in :data:`PAGES`; pages are
built when first shown. ``SettingsPage.show_page("company")`` opens one directly (a
document refused for a missing company field links there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.profile import Profile


def _general(profile: Profile) -> QWidget:
    from desktop.ui.settings.general import GeneralSettings

    return GeneralSettings(profile)


def _company(profile: Profile) -> QWidget:
    from desktop.ui.settings.company import CompanySettings

    return CompanySettings(profile)


def _email(profile: Profile) -> QWidget:
    from desktop.ui.settings.email import EmailSettings

    return EmailSettings(profile)


def _backups(profile: Profile) -> QWidget:
    from desktop.ui.settings.backups import BackupsSettings

    return BackupsSettings(profile)


def _invoicing(profile: Profile) -> QWidget:
    from desktop.ui.settings.invoicing import InvoicingSettings

    return InvoicingSettings(profile)


@dataclass(frozen=True)
class SettingsPageSpec:
    key: str
    title: str  # QT_TRANSLATE_NOOP("SettingsPage", ...)
    build: Callable[[Profile], QWidget]


# One line per page, in the order shown. Areas add theirs here.
PAGES: list[SettingsPageSpec] = [
    SettingsPageSpec("general", QT_TRANSLATE_NOOP("SettingsPage", "General"), _general),
    SettingsPageSpec("company", QT_TRANSLATE_NOOP("SettingsPage", "My company"), _company),
    SettingsPageSpec("invoicing", QT_TRANSLATE_NOOP("SettingsPage", "Invoicing"), _invoicing),
    SettingsPageSpec("email", QT_TRANSLATE_NOOP("SettingsPage", "E-mail"), _email),
    SettingsPageSpec("backups", QT_TRANSLATE_NOOP("SettingsPage", "Backups"), _backups),
]


class SettingsPage(QWidget):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-settings")
        self.profile = profile
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        self.pages = QListWidget()
        self.pages.setObjectName("settingsPages")
        self.pages.setFixedWidth(190)
        self.stack = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        for spec in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("SettingsPage", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.pages.addItem(item)
            holder = QScrollArea()  # a long page scrolls rather than growing the window
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setObjectName(f"settings-holder-{spec.key}")
            self.stack.addWidget(holder)
        self.pages.currentRowChanged.connect(self._show_row)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addLayout(body, 1)
        self.pages.setCurrentRow(0)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = PAGES[row]
        holder = self.stack.widget(row)
        if spec.key not in self._built:
            page = spec.build(self.profile)
            self._built[spec.key] = page
            holder.setWidget(page)
        self.stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget:
        """The page ``key``, built if needed (tests, links)."""
        self.show_page(key)
        return self._built[key]

    def show_page(self, key: str) -> None:
        for row, spec in enumerate(PAGES):
            if spec.key == key:
                self.pages.setCurrentRow(row)
                self._show_row(row)
                return
        raise KeyError(key)
