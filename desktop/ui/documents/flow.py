"""Build, file and preview a document in one gesture (off the UI thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop.profile import Profile
from desktop.ui.documents.building import build_document, scratch_folder

translate = QCoreApplication.translate


def make_and_show(
    parent: QWidget,
    profile: Profile,
    build: Callable[[Path], object],
    file_name: str,
    title: str,
    done: Callable[[object], None] | None = None,
    preview: bool = True,
    file: bool = True,
) -> None:
    """``build(target)`` -> BuiltDocument in a scratch folder, filed on its record when it is
    a sent document (:func:`desktop.services.documents.file_once`), then previewed.

    ``file=False``: a document not sent yet (the letter of a reminder still to send)."""
    from desktop.services import documents

    target = scratch_folder() / file_name

    def work():
        built = build(target)
        if file:
            documents.file_once(profile, built)
        return built

    def built(result) -> None:
        if done is not None:
            done(result)
        if preview:
            from desktop.ui.documents.preview import PdfPreviewDialog

            dialog = PdfPreviewDialog(result.path, title, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.open()

    build_document(parent, work, built)
