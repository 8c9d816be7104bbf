"""Attached files in the interface: choose, drop, open with the system's viewer, sizes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.profile import Profile
from desktop.services import attachments
from desktop.ui import i18n

translate = QCoreApplication.translate  # lupdate extracts translate("Files", "...") calls


def format_size(size: int) -> str:
    """``850 o``/``850 B``, ``12 Ko``/``12 kB``, ``3,4 Mo``/``3.4 MB``."""
    lang = i18n.language()
    if size < 1024:
        unit = translate("Files", "{size} B")
        return unit.format(size=size)
    if size < 1024 * 1024:
        unit = translate("Files", "{size} kB")
        return unit.format(size=formatting.format_number(round(size / 1024), lang))
    unit = translate("Files", "{size} MB")
    value = round(size / (1024 * 1024), 1)
    return unit.format(size=formatting.format_number(value, lang))


def choose_files(parent: QWidget, title: str, name_filter: str = "") -> list[Path]:
    """Files picked in the system's dialog (tests replace this function)."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
    return [Path(name) for name in names]


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drag (folders and web links left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


def attach_all(parent: QWidget, paths: list[Path], attach_one: Callable[[Path], object]) -> int:
    """Attach each path with ``attach_one``; the refused ones are listed in one message.

    Returns how many were attached. Copies are quick (50 MB at most each), so they
    run here with a busy cursor rather than behind a progress dialog.
    """
    attached, problems = 0, []
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        for path in paths:
            try:
                attach_one(path)
            except DomainError as exc:
                problems.append(i18n.tr_error(exc))
            else:
                attached += 1
    finally:
        QGuiApplication.restoreOverrideCursor()
    if problems:
        QMessageBox.warning(parent, translate("Files", "Files not attached"), "\n\n".join(problems))
    return attached


def open_attachment(parent: QWidget, profile: Profile, attachment_id: int) -> bool:
    """Open the attached file with the program the system associates with it."""
    try:
        path = attachments.attachment_path(profile, attachment_id)
    except DomainError as exc:
        QMessageBox.warning(parent, translate("Files", "Cannot open the file"), i18n.tr_error(exc))
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.warning(
            parent,
            translate("Files", "Cannot open the file"),
            translate("Files", "No program of this computer opens “{name}”.").format(
                name=path.name
            ),
        )
        return False
    return True
