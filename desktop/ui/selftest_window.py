"""The window part of ``freelance-desk selftest`` (:mod:`desktop.selftest`): the main
window on the current Qt platform, in French, with Qt's own French translations.

Here because Qt code lives in ``desktop/ui`` only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo

from desktop.profile import Profile
from desktop.ui import i18n
from desktop.ui.app import create_application

# A text of Qt's own translations (qtbase_fr.qm): its standard Cancel button. A variable,
# so that pyside6-lupdate does not take it for one of ours.
QT_OWN_TEXT = ("QPlatformTheme", "Cancel")


class WindowCheckError(Exception):
    """What went wrong, for the selftest's line."""


def show_and_close_main_window(profile: Profile) -> str:
    """Show the main window on ``profile`` (its database open), close it; a one-line report.

    Raises :class:`WindowCheckError` when Qt's translations are missing or the window
    does not show.
    """
    from desktop.ui.main_window import MainWindow

    app = create_application()
    i18n.install(app, "fr")
    ours = QCoreApplication.translate("MainWindow", "Companies")
    qt_fr = QCoreApplication.translate(*QT_OWN_TEXT)
    if qt_fr != "Annuler":
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        raise WindowCheckError(f"Qt's French translations are not loaded (looked in {folder})")
    window = MainWindow(profile)
    window.show()
    app.processEvents()
    shown = window.isVisible()
    window.close()
    app.processEvents()
    from desktop.ui import tasks

    tasks.close_connections()  # the selftest deletes the database folder next
    if not shown:
        raise WindowCheckError("the main window did not show")
    return (
        f"main window shown and closed on the {app.platformName()} platform; "
        f"French: {ours!r}, Qt's {qt_fr!r}"
    )
