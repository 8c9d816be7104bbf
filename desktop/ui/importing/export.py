"""Exporting a whole list to a file the user names (format by its extension)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.domain import formatting
from desktop.domain.errors import DomainError
from desktop.services.exporting import PEOPLE, ExportOutcome, export_format, export_records
from desktop.ui import i18n
from desktop.ui.tasks import run_with_progress


def _file_stem(kind: str) -> str:
    return {
        "talents": QCoreApplication.translate("Export", "talents"),
        "companies": QCoreApplication.translate("Export", "companies"),
        "contacts": QCoreApplication.translate("Export", "contacts"),
    }[kind]


def ask_path(parent: QWidget | None, kind: str) -> Path | None:
    """A file name from the save dialog, with the extension of the chosen type added."""
    filters = {
        QCoreApplication.translate("Export", "Excel workbook (*.xlsx)"): ".xlsx",
        QCoreApplication.translate("Export", "CSV for Excel (*.csv)"): ".csv",
    }
    if kind in PEOPLE:
        filters[QCoreApplication.translate("Export", "vCard address book (*.vcf)")] = ".vcf"
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder or Path.home()) / f"{_file_stem(kind)}-{dt.date.today():%Y-%m-%d}.xlsx"
    name, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Export", "Export"), str(suggested), ";;".join(filters)
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv", ".vcf"):
        path = path.with_name(path.name + filters.get(chosen, ".xlsx"))
    return path


def export_list(
    parent: QWidget | None,
    kind: str,
    path: str | Path | None = None,
    on_done: Callable[[Path, int], None] | None = None,
) -> QProgressDialog | None:
    """Export every ``kind`` record ("talents", "companies", "contacts") behind a progress bar.

    Asks for the file name unless ``path`` is given. ``on_done(path, rows)`` is called
    once the file is written (default: a message box); Cancel leaves no file. Returns
    the progress dialog, or None when nothing was started.
    """
    target = Path(path) if path else ask_path(parent, kind)
    if target is None:
        return None
    title = QCoreApplication.translate("Export", "Export")
    try:
        export_format(target, kind)
    except DomainError as exc:
        QMessageBox.warning(parent, title, i18n.tr_error(exc))
        return None
    language = i18n.language()
    outcome = ExportOutcome()

    def done(completed: bool) -> None:
        if not completed:
            return
        if on_done is not None:
            on_done(target, outcome.rows)
        else:
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate("Export", "{count} records exported to {path}.").format(
                    count=formatting.format_number(outcome.rows, language), path=str(target)
                ),
            )

    def failed(exc: Exception) -> None:
        reason = i18n.tr_error(exc) if isinstance(exc, DomainError) else str(exc)
        QMessageBox.critical(
            parent,
            title,
            QCoreApplication.translate("Export", "The export failed: {reason}").format(
                reason=reason
            ),
        )

    return run_with_progress(
        parent,
        QCoreApplication.translate("Export", "Exporting {kind}").format(kind=_file_stem(kind)),
        lambda: export_records(kind, target, language, outcome),
        done,
        failed,
    )
