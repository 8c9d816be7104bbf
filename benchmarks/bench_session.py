"""A scripted user driving the real window, while a 5 ms timer records the UI thread's stalls.

    python benchmarks/bench_session.py --data-dir PROFILE --out RESULT.json

Run by ``dev.py bench`` (benchmarks/bench.py) in a process of its own, once per
profile and run. The window is the app's own (``desktop.ui.app.run_gui``), in
French. A :class:`StallRecorder` ticks every 5 ms on the UI thread: the longest gap
between two ticks during a step is the longest the user waited for the window to
react during it. Each step waits until the page shows what it was asked (nothing
left to read, its ``settled`` flag when it has one) plus a few frames for painting.

The steps (:func:`script`) are a list of named functions: adding one, for instance
the dashboard once it exists, is one more ``yield from`` in :func:`script`:

- every section visited twice (the first visit builds the page);
- the talents list filtered as a person types (a key every 180 ms; each filter's
  latency timed from ``apply_filter`` to the rows painted, beside the same count
  and first page through sqlite3), then with three chips set;
- the list scrolled to its end and to its middle;
- global search (Ctrl+K) typed, and its first result opened;
- a mission opened ("go to") and its Matching page shown ("Find talents"), twice.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 5
KEY_INTERVAL_S = 0.18  # a person typing: about 5.5 keys a second
SETTLE_S = 0.06  # frames left for painting once a step's data is in
STEP_TIMEOUT_S = 60.0
SECTIONS = (
    "home",
    "followups",
    "talents",
    "companies",
    "pipeline",
    "missions",
    "mission_board",
    "contracts",
    "invoices",
    "analytics",
    "settings",
)
# Typed into the talents filter: names, skills, cities, two words (as benchmarks/lists.py).
TYPED = ["dupont", "java", "lyon", "kubernetes", "helene", "sap fi", "marseille", "data"]
SEARCHED = "java lyon"


def current_rss_mib() -> float | None:
    """Resident memory now (Linux), to see which step makes the peak."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class Wait:
    """Yielded by a step: resume once ``condition()`` holds (or ``seconds`` passed)."""

    def __init__(self, condition: Callable[[], bool] | None = None, seconds: float = 0.0):
        self.condition = condition
        self.until = time.perf_counter() + seconds
        self.deadline = time.perf_counter() + STEP_TIMEOUT_S

    def done(self) -> bool:
        now = time.perf_counter()
        if now >= self.deadline:
            raise TimeoutError("a benchmark step did not finish in time")
        return now >= self.until and (self.condition is None or self.condition())


class StallRecorder:
    """The longest gap between two ticks of a 5 ms timer on the UI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def read(self) -> float:
        self.tick()  # a stall still running counts too
        return self.longest * 1000


class Session:
    def __init__(self, window, app, profile_db: Path, profile: str = "", out: Path = Path()):
        from desktop.ui import tasks

        self.window, self.app, self.tasks = window, app, tasks
        self.profile_prefix, self.out = profile, out
        self.timeline = False
        self.profiles: list[str] = []
        self.recorder = StallRecorder()
        self.steps: list[dict] = []
        self.filters: list[dict] = []
        self.raw = sqlite3.connect(f"file:{profile_db}?mode=ro", uri=True)

    # -- waiting -------------------------------------------------------------------------
    def pending(self) -> int:
        return getattr(self.tasks, "pending", lambda: 0)()

    def idle(self, page=None) -> bool:
        page = page or self.window.stack.currentWidget()
        return self.pending() == 0 and getattr(page, "settled", True)

    def settle(self, page=None) -> Iterator[Wait]:
        yield Wait(lambda: self.idle(page))
        yield Wait(seconds=SETTLE_S)  # painting the new content happens here
        yield Wait(lambda: self.idle(page))

    def step(
        self,
        name: str,
        action: Callable[[], object],
        page=None,
        shown: Callable[[], bool] | None = None,
    ) -> Iterator[Wait]:
        """Run ``action`` (as a click would), wait until its result is on screen (``shown``
        first, for a page that a click builds over several turns)."""
        profiler = self.profiler_for(name)
        self.recorder.reset()
        started = time.perf_counter()
        action()
        if shown is not None:
            yield Wait(shown)
        yield from self.settle(page)
        self.save_profile(profiler, name)
        self.steps.append(
            {
                "step": name,
                "stall_ms": self.recorder.read(),
                "latency_ms": (time.perf_counter() - started) * 1000,
                "rss_mib": current_rss_mib(),
            }
        )

    # -- profiles (pyinstrument, on the UI thread) -------------------------------------------
    def profiler_for(self, name: str):
        if not self.profile_prefix or not name.startswith(self.profile_prefix):
            return None
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        return profiler

    def save_profile(self, profiler, name: str) -> None:
        if profiler is None:
            return
        profiler.stop()
        # --timeline: each event-loop turn apart, in order (a stall is one turn or two)
        text = profiler.output_text(
            unicode=True, color=False, show_all=False, timeline=self.timeline
        )
        path = self.out.with_name(f"{self.out.stem}-profile-{len(self.profiles) + 1}.txt")
        path.write_text(f"{name}\n{text}", encoding="utf-8")
        self.profiles.append(str(path))

    # -- typing --------------------------------------------------------------------------
    def type_filter(self, page, text: str, case: str) -> Iterator[Wait]:
        """Type ``text`` into the list's filter, a key every 180 ms; time each filter."""
        from PySide6.QtTest import QTest

        name = f"filter as typed: {case} '{text}'"
        profiler = self.profiler_for(name)
        self.recorder.reset()
        started = time.perf_counter()
        shown: list[float] = []
        if hasattr(page, "results_shown"):
            page.results_shown.connect(lambda: shown.append(time.perf_counter()))
        for end in range(1, len(text) + 1):
            typed_at = time.perf_counter()
            QTest.keyClicks(page.search, text[end - 1])
            page.filter_timer.stop()  # the debounce has passed: a person typing at 5 keys/s
            count = len(shown)
            began = time.perf_counter()
            page.apply_filter()
            if not getattr(page, "settled", True):
                yield Wait(lambda count=count: len(shown) > count or page.settled)
            page.table.viewport().repaint()  # the new rows painted
            latency = time.perf_counter() - began
            # The raw SQL baseline is timed at the end: on this thread now, it would stall.
            self.filters.append(
                {
                    "case": case,
                    "text": page.search.text(),
                    "ms": latency * 1000,
                    "rows": page.model.rowCount(),
                    "spec": page.spec,
                }
            )
            rest = KEY_INTERVAL_S - (time.perf_counter() - typed_at)
            yield Wait(seconds=max(0.0, rest))
        yield from self.settle(page)
        self.save_profile(profiler, name)
        self.steps.append(
            {
                "step": name,
                "stall_ms": self.recorder.read(),
                "latency_ms": (time.perf_counter() - started) * 1000,
            }
        )
        if hasattr(page, "results_shown"):
            page.results_shown.disconnect()

    def raw_filter(self, spec, text: str) -> float:
        """The same filter through sqlite3: count and the first 200 ids in the list's order."""
        from desktop.domain.text import fts_prefix_query, words

        # The same words as the list (one-letter words wait for their second letter).
        query = fts_prefix_query(" ".join(w for w in words(text) if len(w) >= 2))
        if not query:
            sql_count, sql_page, params = (
                f"SELECT COUNT(*) FROM {spec.table}",
                f"SELECT id FROM {spec.table} ORDER BY {spec.columns[0].sort_sql}, id LIMIT 200",
                (),
            )
        else:
            fts = spec.fts_table
            sql_count = f"SELECT COUNT(*) FROM {fts} WHERE {fts} MATCH ?"
            sql_page = (
                f"SELECT {spec.table}.id FROM {fts} CROSS JOIN {spec.table} "
                f"ON {spec.table}.id = {fts}.rowid WHERE {fts} MATCH ? "
                f"ORDER BY {spec.columns[0].sort_sql}, {spec.table}.id LIMIT 200"
            )
            params = (query,)
        started = time.perf_counter()
        self.raw.execute(sql_count, params).fetchone()
        self.raw.execute(sql_page, params).fetchall()
        return time.perf_counter() - started

    def clear_filter(self, page) -> Iterator[Wait]:
        page.search.clear()
        page.apply_filter()
        yield from self.settle(page)


def script(s: Session) -> Iterator[Wait]:
    """What the user does, in order. Add a step with one more ``yield from``."""
    window = s.window
    for round_ in (1, 2):
        for key in SECTIONS:
            when = "first" if round_ == 1 else "again"
            # as a click in the sidebar (or its shortcut) does
            yield from s.step(
                f"visit {key} ({when})",
                lambda k=key: window.visit(k),
                shown=lambda k=key: window.showing(k),
            )
    talents = window.go_to("talents")
    yield from s.settle(talents)
    # A row selected, as when one reads the list: the first filter key must not wait for it.
    for word in TYPED:
        yield from s.type_filter(talents, word, "words")
        yield from s.clear_filter(talents)
    if hasattr(talents, "set_chips"):  # three chips, then words: issue 13's case
        from desktop.store.lists import ListFilter

        chips = [
            ListFilter("status", ("available",)),
            ListFilter("place", ("Lyon", "Paris", "Auvergne-Rhône-Alpes")),
            ListFilter("daily_rate", low="400", high="800"),
        ]
        yield from s.step("set three chips", lambda: talents.set_chips(chips), talents)
        for word in ("java", "marie"):
            yield from s.type_filter(talents, word, "three chips + words")
            yield from s.clear_filter(talents)
        yield from s.step("clear the chips", lambda: talents.set_chips([]), talents)
    yield from s.step("scroll to the end", talents.table.scrollToBottom, talents)
    bar = talents.table.verticalScrollBar()
    yield from s.step("drag to the middle", lambda: bar.setValue(bar.maximum() // 2), talents)
    yield from s.step("scroll to the top", talents.table.scrollToTop, talents)
    yield from search_and_open(s)
    yield from mission_and_matching(s)
    yield from busiest_timeline(s)
    yield from s.step(
        "visit home (dashboard)", lambda: window.visit("home"), shown=lambda: window.showing("home")
    )


def search_and_open(s: Session) -> Iterator[Wait]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = s.window
    yield from s.step("open search (Ctrl+K)", window.open_search)
    dialog = window._search
    s.recorder.reset()
    started = time.perf_counter()
    dialog.search.clear()
    for ch in SEARCHED:
        QTest.keyClicks(dialog.search, ch)
        yield Wait(seconds=KEY_INTERVAL_S)
    yield Wait(lambda: not dialog.timer.isActive() and s.pending() == 0)
    yield Wait(seconds=SETTLE_S)
    s.steps.append(
        {
            "step": f"search typed '{SEARCHED}'",
            "stall_ms": s.recorder.read(),
            "latency_ms": (time.perf_counter() - started) * 1000,
        }
    )
    yield from s.step(
        "open the first result", lambda: QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    )


def mission_and_matching(s: Session) -> Iterator[Wait]:
    window = s.window
    (mission_id,) = s.raw.execute(
        "SELECT id FROM mission WHERE status = 'open' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    page = window.page("missions")
    yield from s.step("go to a mission", lambda: window.go_to("missions", mission_id), page)
    if hasattr(window, "find_talents"):  # Matching is a section ("Find talents" on a mission)
        # the current page once it is shown: the Matching page, settled with its ranking
        first = "its Matching page (first build)"
        yield from s.step(first, lambda: window.find_talents(mission_id))
        yield from s.step("back to the mission", lambda: window.go_to("missions", mission_id), page)
        yield from s.step("its Matching page again", lambda: window.find_talents(mission_id))
        return
    from desktop.ui.matching.ranking_panel import RankingPanel

    def panel_ready() -> bool:
        panel = page.ranking_tab.findChild(RankingPanel)
        return panel is not None and panel.last_ms is not None and s.pending() == 0

    s.recorder.reset()
    started = time.perf_counter()
    page.detail.tabs.setCurrentWidget(page.ranking_tab)
    yield Wait(panel_ready)
    yield Wait(seconds=SETTLE_S)
    s.steps.append(
        {
            "step": "its Matching tab",
            "stall_ms": s.recorder.read(),
            "latency_ms": (time.perf_counter() - started) * 1000,
        }
    )


SLOW_EVENTS: list[dict] = []


def _tracing_application() -> None:
    """A QApplication that notes each event whose handling took more than 30 ms (what
    a stall is made of: a paint, a queued result, a timer...)."""
    import traceback

    from PySide6.QtWidgets import QApplication

    class Tracing(QApplication):
        depth = 0

        def notify(self, receiver, event):
            Tracing.depth += 1
            started = time.perf_counter()
            try:
                return super().notify(receiver, event)
            finally:
                Tracing.depth -= 1
                took = (time.perf_counter() - started) * 1000
                if took > 30 and Tracing.depth == 0:
                    SLOW_EVENTS.append(
                        {
                            "ms": took,
                            "event": str(event.type()),
                            "receiver": f"{type(receiver).__name__} {receiver.objectName()}",
                            "at": traceback.format_stack(limit=3)[0].strip()[:120],
                        }
                    )

    Tracing.instance_ = Tracing(sys.argv[:1])


def busiest_timeline(s: Session) -> Iterator[Wait]:
    """The company with 2,000 written traces: its timeline, then "Show older entries"."""
    heavy_file = s.data_dir / "heavy-company"
    if not heavy_file.exists():
        return
    heavy = int(heavy_file.read_text())
    window = s.window
    page = window.page("companies")
    yield from s.step(
        "go to the company with 2,000 traces", lambda: window.go_to("companies", heavy), page
    )
    timeline = getattr(page, "timeline", None)
    if timeline is None:
        return
    # the timeline's own ``settled``: every card built, not only every entry read
    yield from s.step(
        "its written traces tab", lambda: page.detail.tabs.setCurrentWidget(timeline), timeline
    )
    yield Wait(lambda: bool(timeline.cards()))
    yield from s.step("show older traces", timeline.show_older, timeline)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--profile", default="", help="profile the steps whose name starts so")
    parser.add_argument(
        "--timeline", action="store_true", help="profiles in time order, turns not merged"
    )
    parser.add_argument(
        "--trace", action="store_true", help="log every event handled in more than 30 ms"
    )
    args = parser.parse_args()
    (args.data_dir / "ui-state.ini").unlink(missing_ok=True)  # the same layout every run

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.profile import open_profile
    from desktop.ui import auto_backup
    from desktop.ui.app import create_application, run_gui

    # The automatic backup (five seconds after start, on its own thread) would copy the
    # whole profile during the session: 1.7 GB at 300k. It holds no lane the window reads
    # on, but the session waits for every task to finish before it times a step, so it is
    # left out here (its own figure: the backup line of the README's table).
    auto_backup.ProfileCare.start = lambda self, *args, **kwargs: None

    if args.trace:
        _tracing_application()
    app = create_application()
    profile = open_profile(str(args.data_dir))
    result: dict = {}

    def begin() -> None:
        from desktop.ui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:  # still opening the database: try again in a moment
            QTimer.singleShot(20, begin)
            return
        window = windows[0]
        window.resize(1280, 720)
        session = Session(window, app, profile.database, args.profile, args.out)
        session.timeline = args.timeline
        session.data_dir = args.data_dir
        session.recorder.start()
        steps = script(session)
        current: list[Wait] = []
        poller = QTimer()
        poller.setInterval(2)

        def advance() -> None:
            try:
                if current and not current[0].done():
                    return
                current[:] = [next(steps)]
            except StopIteration:
                poller.stop()
                for typed in session.filters:  # the baselines, now that nothing is timed
                    spec = typed.pop("spec")
                    typed["baseline_ms"] = session.raw_filter(spec, typed["text"]) * 1000
                result.update(
                    slow_events=SLOW_EVENTS,
                    steps=session.steps,
                    filters=session.filters,
                    rss_kib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                    profiles=session.profiles,
                )
                window.close()
                app.quit()
            except Exception as exc:  # reported to the orchestrator, not swallowed
                poller.stop()
                result.update(error=f"{type(exc).__name__}: {exc}", steps=session.steps)
                app.quit()

        poller.timeout.connect(advance)
        poller.start()
        begin.poller = poller  # kept alive

    QTimer.singleShot(0, begin)
    run_gui(profile, args.lang)
    args.out.write_text(json.dumps(result), encoding="utf-8")
    return 1 if "error" in result else 0


if __name__ == "__main__":
    sys.exit(main())
