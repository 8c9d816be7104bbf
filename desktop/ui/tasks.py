"""Work off the UI thread, results back on it (Picard's ``run_task`` idiom).

- :func:`run_task` runs a plain function on the writer thread and calls back on
  the UI thread. One writer thread: two background writes never compete for
  SQLite's single writer.
- :func:`run_with_progress` drives a service *generator* of progress steps
  (``done``, ``total``, ``label``) behind a progress dialog with a Cancel
  button; cancelling closes the generator, whose transaction then rolls back.

No Qt object is created or destroyed on the worker thread, and no slot's
owner dies there: a PySide object (or a bound-method slot) dying there takes
a Qt lock, then waits for the GIL, while the UI thread holds the GIL and
waits for that lock (a deadlock seen in the tests). Workers
are plain Python threads; they report through one long-lived dispatcher that
lives on the UI thread. Every task wraps its work in ``connection_context()``
so that its per-thread SQLite connection is closed afterwards.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.store.models import database

log = logging.getLogger(__name__)

_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="writer")
# Work that only reads (backups, integrity checks): seconds on a large profile, and must
# not hold the writer thread meanwhile.
_reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reader")
_ids = itertools.count(1)
_handlers: dict[int, dict[str, Callable[..., None]]] = {}


class _Dispatcher(QObject):
    """Carries (task id, event, payload) from a worker to the UI thread."""

    event = Signal(int, str, object)

    def deliver(self, task_id: int, kind: str, payload: object) -> None:
        handlers = _handlers.get(task_id, {})
        if kind in ("done", "failed"):
            _handlers.pop(task_id, None)
        handler = handlers.get(kind)
        if handler is not None:
            handler(*payload) if kind == "progress" else handler(payload)
        elif kind == "failed":  # nobody asked: the exception hook explains it, never silent
            sys.excepthook(type(payload), payload, payload.__traceback__)


_dispatcher: _Dispatcher | None = None


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:  # created on the UI thread, lives as long as the app
        _dispatcher = _Dispatcher(QCoreApplication.instance())
        _dispatcher.event.connect(_dispatcher.deliver, Qt.ConnectionType.QueuedConnection)
    return _dispatcher


def _submit(
    work: Callable[[Callable[..., None]], Any],
    handlers: dict[str, Callable],
    reads_only: bool = False,
) -> int:
    dispatcher = _get_dispatcher()
    task_id = next(_ids)
    _handlers[task_id] = handlers

    def report_progress(*values: object) -> None:
        dispatcher.event.emit(task_id, "progress", values)

    def run() -> None:
        try:
            with database.connection_context():
                result = work(report_progress)
        except Exception as exc:  # reported on the UI thread, never swallowed
            log.error("background task failed: %s", traceback.format_exc())
            dispatcher.event.emit(task_id, "failed", exc)
        else:
            dispatcher.event.emit(task_id, "done", result)

    (_reader if reads_only else _writer).submit(run)
    return task_id


def idle() -> bool:
    """No background task is queued or running (none holds a database connection)."""
    return not _handlers


def close_connections(timeout: float = 5.0) -> None:
    """Let the tasks asked finish (each closes its connection when done): before the
    database closes at exit (its write-ahead log folds into the file only when no reader
    holds it), and before the selftest deletes its temporary database folder."""
    import time

    app = QCoreApplication.instance()
    deadline = time.monotonic() + timeout
    while _handlers and time.monotonic() < deadline:
        if app is not None:
            app.processEvents()
        time.sleep(0.005)


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    reads_only: bool = False,
) -> int:
    """Run ``fn()`` on the writer thread (``reads_only``: on the reader thread);
    ``on_done(result)`` or ``on_error(exc)`` on the UI thread."""
    handlers: dict[str, Callable] = {}
    if on_done:
        handlers["done"] = on_done
    if on_error:
        handlers["failed"] = on_error
    return _submit(lambda _progress: fn(), handlers, reads_only)


def run_reporting(
    fn: Callable[[Callable[[int, int], None]], Any],
    on_report: Callable[[int, int], None],
    on_progress: Callable[[int, int], None],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    reads_only: bool = False,
) -> int:
    """Run ``fn(report)`` off the UI thread; each ``report(done, total)`` first calls
    ``on_report`` on the worker (it may raise to stop the work), then ``on_progress`` on
    the UI thread. ``on_done(result)`` or ``on_error(exc)`` on the UI thread."""

    def work(progress: Callable[..., None]) -> Any:
        def report(done: int, total: int) -> None:
            on_report(done, total)
            progress(done, total)

        return fn(report)

    return _submit(work, {"progress": on_progress, "done": on_done, "failed": on_error}, reads_only)


def run_with_progress(
    parent: QWidget,
    title: str,
    steps: Callable[[], Iterator[Any]],
    on_done: Callable[[bool], None],
    on_error: Callable[[Exception], None],
) -> QProgressDialog:
    """Drive the generator ``steps()`` on the writer thread behind a modal progress dialog.

    Each item must have ``done``, ``total`` and ``label``. ``on_done(completed)``
    gets False when the user cancelled (the generator was closed, rolling back).
    """
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    cancelled = threading.Event()
    # A lambda, not the bound method ``cancelled.set``: PySide holds bound-method slots
    # weakly, and the Event's last reference dying on the worker thread would run the
    # disconnection there (a deadlock).
    dialog.canceled.connect(lambda: cancelled.set())

    def work(report: Callable[..., None]) -> bool:
        generator = steps()
        try:
            for step in generator:
                report(step.done, step.total, step.label)
                if cancelled.is_set():
                    return False
        finally:
            generator.close()  # unfinished: GeneratorExit inside it rolls its work back
        return True

    def progress(done: int, total: int, label: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        dialog.setLabelText(f"{title}\n{QCoreApplication.translate('Progress', label)}")

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
        callback(value)

    _submit(
        work,
        {
            "progress": progress,
            "done": lambda completed: finish(on_done, completed),
            "failed": lambda exc: finish(on_error, exc),
        },
    )
    return dialog
