"""Failures in the window: never a silent one, never a traceback on screen.

- :func:`show_failure` tells what went wrong with an action in plain words (a full disk,
  a lock held by another window, a read-only folder...) and offers Retry when trying
  again may help.
- :func:`save_in_dialog` is the same for a dialog that saves: the message goes in the
  dialog's banner and the dialog stays open with what was typed (the record dialogs,
  the follow-up and lost-reason dialogs); Retry saves again.
- :class:`ExceptionHook` catches what nobody handled (``sys.excepthook``, also called by
  PySide for exceptions in slots, and ``threading.excepthook``): the traceback goes to
  the log, the user gets a dialog saying what happened, where the log is and what to do.
  Measured on the landed code: a failed save left the dialog open with no message, the
  traceback on stderr only; a damaged database made the window exit with code 1, with
  nothing in the log.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the hook needs at start-up: the window shows before the message boxes, the
# ``Qt`` namespace (PySide builds a Python enum for each of its ~100 enums on first touch)
# and the widgets are imported, by the functions that show a failure.
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import DomainError
from desktop.services.failures import explain_failure, retry_may_help
from desktop.ui import i18n

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.widgets import ErrorBanner

log = logging.getLogger(__name__)


def failure_text(exc: BaseException) -> str | None:
    """The message for ``exc`` in the interface language; None for a bug."""
    error = explain_failure(exc)
    return None if error is None else i18n.tr_error(error)


def show_failure(
    parent: QWidget | None, title: str, exc: BaseException, retry: Callable[[], None] | None
) -> bool:
    """Tell the user that an action failed and why; ``retry()`` runs if they ask for it.

    Returns False (showing nothing) for an exception that is a bug: let it reach the hook.
    """
    from PySide6.QtWidgets import QMessageBox

    error = explain_failure(exc)
    if error is None:
        return False
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(i18n.tr_error(error))
    again = None
    if retry is not None and retry_may_help(error):
        again = box.addButton(
            QCoreApplication.translate("Failures", "Retry"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(again)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if again is not None and box.clickedButton() is again:
        retry()
    return True


def explain_not_saved(
    dialog: QWidget, banner: ErrorBanner, error: DomainError, retry: Callable[[], None]
) -> None:
    """A save refused (a service's rule) or failed (a lock, the disk): the message in the
    dialog's banner, the dialog left open; when trying again may help, a box offers Retry,
    which calls ``retry()`` once the box is closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    text = i18n.tr_error(error)
    banner.show_text(text)
    if not retry_may_help(error):
        return
    box = QMessageBox(dialog)
    box.setObjectName("notSaved")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Failures", "Not saved"))
    box.setText(text)
    again = box.addButton(
        QCoreApplication.translate("Failures", "Retry"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(again)
    box.exec()
    if box.clickedButton() is again:
        QTimer.singleShot(0, retry)


def save_in_dialog(
    dialog: QWidget,
    banner: ErrorBanner,
    save: Callable[[], object],
    retry: Callable[[], None],
) -> bool:
    """Run a dialog's ``save()``; True when it wrote. A failure the user can act on is
    :func:`explain_not_saved` (``retry``: what saving again is, usually the dialog's
    ``accept``); an exception that is a bug goes on to the exception hook.

    Measured on the landed code: a follow-up marked done while another window wrote lost
    the note typed (the dialog had closed before the save) and the error reached the
    global hook."""
    try:
        save()
    except Exception as exc:
        error = explain_failure(exc)
        if error is None:
            raise
        explain_not_saved(dialog, banner, error, retry)
        return False
    return True


class _Relay(QObject):
    """Carries an exception from another thread to the UI thread."""

    raised = Signal(object, object, object)


class ExceptionHook:
    """``sys.excepthook`` of the window: log the traceback, then explain in a dialog."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._showing = False
        self._relay = _Relay()
        # Emitted only from other threads: the automatic connection queues it to this one.
        self._relay.raised.connect(self.show)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def __call__(self, kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unhandled error", exc_info=(kind, exc, tb))
        if threading.current_thread() is threading.main_thread():
            self.show(kind, exc, tb)
        else:
            self._relay.raised.emit(kind, exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self(args.exc_type, args.exc_value, args.exc_traceback)

    def show(self, kind, exc, tb) -> None:
        """The dialog: what happened, that saved work is safe, where the log is, what to do."""
        del tb
        if self._showing or QApplication.instance() is None:
            return  # one at a time: an error while showing an error only goes to the log
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        self._showing = True
        try:
            known = failure_text(exc)
            box = QMessageBox(QApplication.activeWindow())
            box.setObjectName("unexpectedError")
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("Failures", "Something went wrong"))
            if known:
                box.setText(known)
            else:
                box.setText(
                    QCoreApplication.translate(
                        "Failures", "An unexpected error stopped the last action: {error}."
                    ).format(error=f"{kind.__name__}: {exc}"[:300])
                )
            box.setInformativeText(
                QCoreApplication.translate(
                    "Failures",
                    "What you saved before is safe; the last action may not have finished. "
                    "The details are in the log:\n{path}\nTry again; if it happens again, "
                    "send that file to support.",
                ).format(path=str(self.log_file))
            )
            folder = box.addButton(
                QCoreApplication.translate("Failures", "Open the log folder"),
                QMessageBox.ButtonRole.ActionRole,
            )
            box.addButton(QMessageBox.StandardButton.Ok)
            box.exec()
            if box.clickedButton() is folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))
        finally:
            self._showing = False
