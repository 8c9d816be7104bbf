"""Build a document off the UI thread, then show it; say what My company lacks.

``build_document(parent, build, on_built)`` runs ``build()`` (a service function
returning a :class:`~desktop.services.documents.BuiltDocument`) on the writer thread.
A :class:`~desktop.services.company.CompanyIncompleteError` becomes a message listing
the fields to fill, with a button that opens Settings > My company.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.clauses import ClauseVariableError
from desktop.domain.errors import DomainError
from desktop.services.company import CompanyIncompleteError
from desktop.ui import i18n
from desktop.ui.tasks import run_task

translate = QCoreApplication.translate


def scratch_folder() -> Path:
    """Where previews are built before the user keeps them (attached or saved)."""
    folder = Path(tempfile.gettempdir()) / "freelance-desk-documents"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_company_settings(widget: QWidget) -> None:
    """Go to Settings > My company in the main window holding ``widget``."""
    window = widget.window()
    parent = window.parentWidget()
    while parent is not None and not hasattr(window, "go_to"):
        window = parent.window()
        parent = window.parentWidget()
    if hasattr(window, "go_to"):
        page = window.go_to("settings")
        page.show_page("company")


def explain_failure(parent: QWidget, exc: Exception) -> None:
    """A refused document: what to fill and where; any other error in plain words."""
    if isinstance(exc, CompanyIncompleteError):
        box = QMessageBox(parent)
        box.setObjectName("companyIncomplete")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("Documents", "My company is incomplete"))
        box.setText(i18n.tr_error(exc))
        go = box.addButton(
            translate("Documents", "Open My company"), QMessageBox.ButtonRole.AcceptRole
        )
        go.setObjectName("openCompany")
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is go:
            open_company_settings(parent)
        return
    if isinstance(exc, ClauseVariableError | DomainError):
        QMessageBox.warning(parent, translate("Documents", "Document not made"), i18n.tr_error(exc))
        return
    QMessageBox.critical(
        parent,
        translate("Documents", "Document not made"),
        translate("Documents", "The PDF could not be built: {reason}").format(reason=str(exc)),
    )


def build_document(
    parent: QWidget,
    build: Callable[[], object],
    on_built: Callable[[object], None],
    on_failed: Callable[[Exception], None] | None = None,
) -> int:
    """Run ``build`` off the UI thread with a busy cursor; ``on_built(result)`` on the UI."""
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def done(result: object) -> None:
        QApplication.restoreOverrideCursor()
        on_built(result)

    def failed(exc: Exception) -> None:
        QApplication.restoreOverrideCursor()
        (on_failed or (lambda e: explain_failure(parent, e)))(exc)

    return run_task(build, done, failed)
