"""Settings: one page per area, reachable directly (documents link to My company)."""

from PySide6.QtWidgets import QComboBox, QPushButton

from desktop.ui.settings.page import PAGES


def test_settings_lists_its_pages_and_opens_one_directly(window, qtbot):
    page = window.go_to("settings")
    assert page.pages.count() == len(PAGES)
    general = page.page("general")
    assert general.findChild(QComboBox, "language") is not None
    assert page.pages.currentItem().text() == "General"
    backups = page.page("backups")
    assert backups.findChild(QPushButton, "backupNow").isVisible()
    assert page.pages.currentItem().text() == "Backups"
