"""Questions and error messages in plain words.

A destructive button says what it does ("Delete", "Remove the CV"), not "Yes":
a user reading only the buttons must not be able to delete by mistake. Errors the user
sees are sentences: a :class:`DomainError` carries its translated message; anything
else (a bug, a full disk) is logged with its traceback and shown as a sentence that
says where the details went, never as raw exception text ("UNIQUE constraint failed").
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import DomainError
from desktop.ui import i18n

log = logging.getLogger(__name__)


def confirm(
    parent: QWidget | None, title: str, text: str, action: str, destructive: bool = True
) -> bool:
    """Ask, with a button named ``action`` and Cancel (the default when destructive)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if destructive else yes)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def confirm_delete(parent: QWidget | None, title: str, text: str) -> bool:
    """A deletion's question: "Delete" / "Cancel", Cancel by default."""
    return confirm(parent, title, text, QCoreApplication.translate("Confirm", "Delete"))


def plain_error(error: BaseException) -> str:
    """What to tell the user about ``error``: its message when it is a domain error,
    otherwise a sentence pointing at the log (where the traceback is written)."""
    if isinstance(error, DomainError):
        return i18n.tr_error(error)
    log.error("unexpected error shown to the user", exc_info=error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Confirm",
            "The file could not be read or written ({reason}). Check the folder "
            "exists, that you may write there, and that the disk is not full.",
        ).format(reason=error.strerror or type(error).__name__)
    return QCoreApplication.translate(
        "Confirm",
        "Something unexpected went wrong; nothing was changed. The details are in the log "
        "file (logs/freelance-desk.log in the profile folder).",
    )
