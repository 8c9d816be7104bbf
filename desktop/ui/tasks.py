"""Work off the UI thread, results back on it (Picard's ``run_task`` idiom).

- :func:`run_task` runs a plain function on the writer thread and calls back on
  the UI thread. One writer thread: two background writes never compete for
  SQLite's single writer.
- :func:`run_with_progress` drives a service *generator* of progress steps
  (``done``, ``total``, ``label``) behind a progress dialog with a Cancel
  button; cancelling closes the generator, whose transaction then rolls back.
- :func:`run_read` runs a read-only query on a reader thread, whose SQLite
  connection stays open (its page cache warm: a first page of a 300,000-row list
  read on a fresh connection costs the schema parse and cold pages again). Reads
  never queue behind a write (WAL lets them run beside it). A request may name a
  ``channel``: a newer request on the same channel makes the older one a no-op if
  it has not started, and interrupts it if it runs (the list typed "dup" no longer
  needs the rows of "du"). Reads that can wait run on a second, "background" lane.

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
import queue
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from shiboken6 import Shiboken

from desktop.glibc_memory import release_freed_memory

if TYPE_CHECKING:  # imported when used: not before the window shows (desktop/ui/app.py)
    from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Thread:
    """One daemon thread running the functions given to it, in order.

    Started on the first submit (none at start-up); ``concurrent.futures`` is not
    imported for this (13 ms of start-up, and futures nobody reads).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self.thread: threading.Thread | None = None

    def submit(self, work: Callable[[], None]) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
            self.thread.start()
        self.queue.put(work)

    def _loop(self) -> None:
        while True:
            work = self.queue.get()
            try:
                work()
            except Exception:  # each work reports its own errors; the thread goes on
                log.exception("task failed on the %s thread", self.name)


_writer = _Thread("writer")
# Work that only reads for seconds (backups, integrity checks): must not hold the writer
# thread, nor the reader lanes the lists wait on.
_maintenance = _Thread("maintenance")
_ids = itertools.count(1)
_handlers: dict[int, dict[str, Callable[..., None]]] = {}
_latest: dict[object, int] = {}  # channel -> the newest task id asked on it
_pending = 0  # tasks submitted and not yet reported back (benchmarks wait for 0)


# Results handed to their callbacks in one event-loop turn: a new one starts only in the
# turn's first 4 ms, the rest in the next turns. Qt hands every queued signal to the UI
# thread in one pass: Home's tiles read on two lanes arrived together, and their four
# callbacks (7-15 ms each) ran back to back, a 41-47 ms stall at start-up at 300k.
DELIVERY_TURN_S = 0.004
# A result arriving on its own (nothing handed out in the last 2 ms) is handed out at
# once, as a queued signal is: going through the inbox's timer put a keystroke's rows in
# the same pass as the next keystroke (filtering as typed at 300k: 28 → 44 ms stalls).
BURST_GAP_S = 0.002


class _Dispatcher(QObject):
    """Carries (task id, event, payload) from a worker to the UI thread, where they wait
    in an inbox handed out a few per turn (``DELIVERY_TURN_S``), in the order sent."""

    event = Signal(int, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inbox: deque[tuple[int, str, object]] = deque()
        self._drain_queued = False
        self._last_end = 0.0  # when the last result was handed out

    def receive(self, task_id: int, kind: str, payload: object) -> None:
        alone = time.perf_counter() - self._last_end > BURST_GAP_S
        if alone and not self._inbox and not self._drain_queued:
            self._hand_out(task_id, kind, payload)
            return
        self._inbox.append((task_id, kind, payload))
        if not self._drain_queued:
            self._drain_queued = True
            QTimer.singleShot(0, self, self._drain)

    def _drain(self) -> None:
        self._drain_queued = False
        deadline = time.perf_counter() + DELIVERY_TURN_S
        while self._inbox:
            self._hand_out(*self._inbox.popleft())
            if self._inbox and time.perf_counter() >= deadline and not self._drain_queued:
                self._drain_queued = True
                QTimer.singleShot(0, self, self._drain)
                return

    def _hand_out(self, task_id: int, kind: str, payload: object) -> None:
        try:
            self.deliver(task_id, kind, payload)
        finally:
            self._last_end = time.perf_counter()

    def deliver(self, task_id: int, kind: str, payload: object) -> None:
        global _pending
        handlers = _handlers.get(task_id, {})
        if kind in ("done", "failed", "skipped"):
            _handlers.pop(task_id, None)
            _pending -= 1
            channel = handlers.get("channel")
            if channel is not None and _latest.get(channel) == task_id:
                del _latest[channel]  # the newest of its channel: nothing left to supersede
        owner = handlers.get("owner")
        if owner is not None and not Shiboken.isValid(owner):
            return  # its page was closed meanwhile: nobody to tell
        handler = handlers.get(kind)
        if handler is not None:
            handler(*payload) if kind == "progress" else handler(payload)
        elif kind == "failed":  # nobody asked: the exception hook explains it, never silent
            sys.excepthook(type(payload), payload, payload.__traceback__)


_dispatcher: _Dispatcher | None = None


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:  # created on the UI thread, lives as long as the app
        from PySide6.QtCore import Qt

        _dispatcher = _Dispatcher(QCoreApplication.instance())
        _dispatcher.event.connect(_dispatcher.receive, Qt.ConnectionType.QueuedConnection)
    return _dispatcher


def pending() -> int:
    """Tasks submitted whose result has not reached the UI thread yet."""
    return _pending


def idle() -> bool:
    """No background task is queued or running (none holds a database connection)."""
    return not _handlers


def _submit(
    work: Callable[[Callable[..., None]], Any],
    handlers: dict[str, Callable],
    reads_only: bool = False,
) -> int:
    global _pending
    dispatcher = _get_dispatcher()
    task_id = next(_ids)
    _handlers[task_id] = handlers
    _pending += 1

    def report_progress(*values: object) -> None:
        dispatcher.event.emit(task_id, "progress", values)

    def run() -> None:
        try:
            from desktop.store.models import database  # not at start-up: see ui/app.py

            with database.connection_context():
                result = work(report_progress)
        except Exception as exc:  # reported on the UI thread, never swallowed
            log.error("background task failed: %s", traceback.format_exc())
            dispatcher.event.emit(task_id, "failed", exc)
        else:
            dispatcher.event.emit(task_id, "done", result)

    (_maintenance if reads_only else _writer).submit(run)
    return task_id


def close_connections(timeout: float = 5.0) -> None:
    """Let the tasks asked finish, then close the reader lanes' connections: before the
    database closes at exit (its write-ahead log folds into the file only when no reader
    holds it), and before the selftest deletes its temporary database folder."""
    import time

    app = QCoreApplication.instance()
    deadline = time.monotonic() + timeout
    while _handlers and time.monotonic() < deadline:
        if app is not None:
            app.processEvents()
        time.sleep(0.005)
    for lane in _lanes.values():
        if lane.executor.thread is None:
            continue
        closed = threading.Event()

        def close(lane: _Lane = lane, closed: threading.Event = closed) -> None:
            try:
                if lane.bound is not None and not lane.bound.is_closed():
                    lane.bound.close()  # this lane's connection (peewee's are per thread)
            finally:
                lane.bound = lane.connection = None
                closed.set()

        lane.executor.submit(close)
        closed.wait(timeout)


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    reads_only: bool = False,
) -> int:
    """Run ``fn()`` on the writer thread (``reads_only``: long reads such as backups, on a
    thread of their own); ``on_done(result)`` or ``on_error(exc)`` on the UI thread."""
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


class _Lane:
    """One reader thread and its connection, kept open between reads.

    The connection is reopened when the app opened another database (tests open one
    per test: the models' proxy then points at a new peewee database object). While a
    read runs, the lane knows its channel: a newer request on that channel interrupts
    it (``sqlite3_interrupt``), so that typing "sap fi" does not wait for "sap f".
    """

    def __init__(self, name: str, cache_kib: int) -> None:
        self.executor = _Thread(name)
        self.cache_kib = cache_kib  # its SQLite page cache: memory, not speed, at this size
        self.bound: object | None = None  # the peewee database the connection is to
        self.connection: object | None = None  # its sqlite3 connection (for interrupt)
        self.lock = threading.Lock()
        self.running: tuple[int, object] | None = None  # (task id, channel) of the read

    def ensure(self) -> None:
        """On the lane's thread: a connection to the database the models use now."""
        from desktop.store.database import (  # not at start-up: see ui/app.py
            set_page_cache,
            sort_in_pages,
        )
        from desktop.store.models import database

        current = database.obj
        if self.bound is not current:
            if self.bound is not None:
                self.bound.close()  # this thread's connection to the former database
            self.bound = current
        if current.is_closed():
            current.connect()
            set_page_cache(current, self.cache_kib)
            sort_in_pages(current)
        self.connection = current.connection()

    def start(self, task_id: int, channel: object) -> None:
        with self.lock:
            self.running = (task_id, channel)

    def finish(self) -> None:
        with self.lock:
            self.running = None

    def supersede(self, channel: object, task_id: int) -> None:
        """On the UI thread: stop the read of ``channel`` running now, if older."""
        with self.lock:
            running = self.running
            if running and running[1] == channel and running[0] != task_id and self.connection:
                self.connection.interrupt()


# Page caches: the lists' reads walk indexes that the OS keeps in memory anyway; 32 MB a
# connection times three was a sixth of the app's peak memory at 300,000 rows (the
# window's own connection: 8 MB, desktop/store/database.py).
BIG_READ_S = 0.05  # a read this long gives its freed memory back once its lane is idle
READER_CACHE_KIB = 16_000  # the lists, search, boards and reports
BACKGROUND_CACHE_KIB = 4_000  # counts and prefetches that may wait
_lanes = {
    "reader": _Lane("reader", READER_CACHE_KIB),
    "background": _Lane("background", BACKGROUND_CACHE_KIB),
}
_reads_open = threading.Event()  # cleared while the database is not open yet (start-up)
_reads_open.set()


def hold_reads() -> None:
    """Reads asked from now on wait (the window shows before the database is open)."""
    _reads_open.clear()


def release_reads() -> None:
    """The database is open: the reads asked meanwhile run."""
    _reads_open.set()


def run_read(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    channel: object = None,
    owner: QObject | None = None,
    on_skip: Callable[[], None] | None = None,
    lane: str = "reader",
) -> int:
    """Run the read-only ``fn()`` on a reader thread; ``on_done(result)`` on the UI thread.

    With a ``channel``, a later request on the same channel supersedes this one: if it has
    not started it never runs, if it is running it is interrupted, and only ``on_skip()``
    is called. With an ``owner``, no callback is called once that object was deleted (a
    page closed meanwhile). ``lane="background"``: reads whose answer can wait (the
    counts of hidden fields, the values a filter offers) run on a second thread and
    never delay the rows the user waits for.
    """
    global _pending
    dispatcher = _get_dispatcher()
    task_id = next(_ids)
    handlers: dict[str, Any] = {}
    if on_done:
        handlers["done"] = on_done
    if on_error:
        handlers["failed"] = on_error
    if owner is not None:
        handlers["owner"] = owner
    if on_skip is not None:
        handlers["skipped"] = lambda _none: on_skip()
    if channel is not None:
        handlers["channel"] = channel
    _handlers[task_id] = handlers
    _pending += 1
    chosen = _lanes[lane]
    if channel is not None:
        _latest[channel] = task_id
        chosen.supersede(channel, task_id)

    def run() -> None:
        if channel is not None and _latest.get(channel) != task_id:
            dispatcher.event.emit(task_id, "skipped", None)
            return
        _reads_open.wait()
        started = time.perf_counter()
        try:
            chosen.ensure()
            chosen.start(task_id, channel)
            try:
                result = fn()
            finally:
                chosen.finish()
                _give_back_if_idle(chosen, started)
        except Exception as exc:  # reported on the UI thread, never swallowed
            if channel is not None and _latest.get(channel) != task_id:
                # Interrupted by a newer request ("interrupted"), or failed on the way
                # out: nobody waits for it any more.
                dispatcher.event.emit(task_id, "skipped", None)
                return
            log.error("background read failed: %s", traceback.format_exc())
            dispatcher.event.emit(task_id, "failed", exc)
        else:
            dispatcher.event.emit(task_id, "done", result)

    chosen.executor.submit(run)
    return task_id


def _give_back_if_idle(lane: _Lane, started: float) -> None:
    """After a big read, once the lane has nothing else to do: what its SQLite pages and
    rows freed goes back to the system (glibc keeps it in the lane's arena otherwise; 1-3
    ms here, on the lane's thread)."""
    if time.perf_counter() - started > BIG_READ_S and lane.executor.queue.empty():
        release_freed_memory()


def is_latest(channel: object, task_id: int) -> bool:
    """Whether ``task_id`` is still the newest request of ``channel``."""
    return _latest.get(channel) == task_id


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
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

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
