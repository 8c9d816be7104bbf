"""The reads behind the window, each beside its baseline: lists, search, ranking, analytics,
traces, Home's counts.

    python benchmarks/bench_queries.py --data-dir PROFILE --out RESULT.json [--runs 5]

Run by ``dev.py bench`` (benchmarks/bench.py) in a process of its own, once per
profile. Every figure is a list of wall times (seconds) of repeated calls after a
warm-up, with the baseline measured in the same run, through plain sqlite3 on
the same file:

- lists: count + first page (the model's first read) vs the same through sqlite3;
  finding a record's row ("go to") in the middle of each list;
- global search per query vs one FTS count + 8 rows;
- ranking the talents for open missions (as the panel does) vs a skills-only ranking;
- refusal analytics (12 months, everything) vs one grouped pass over the offers;
- traces: the meeting actions of one owner (To do), the summary of the record with
  2,000 traces, the next page of its timeline, vs their raw SQL;
- Home's counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCHES = [
    "dupont",
    "java lyon",
    "hélène",
    "sap fi",
    "kubernetes paris",
    "data engineer",
    "relance",
    "litige",
    "ma",
    "du",
    "lo",
]


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm-up: the page cache, as a running app has it
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


PROFILED: dict[str, str] = {}  # --profile KEY: the figure to profile, and where to write


def timed_as(key: str, fn: Callable[[], object], runs: int) -> list[float]:
    """:func:`timed`, or with --profile KEY, one call of ``fn`` under pyinstrument."""
    if PROFILED.get("key") == key:
        from pyinstrument import Profiler

        fn()
        profiler = Profiler(interval=0.0005)
        profiler.start()
        fn()
        profiler.stop()
        text = profiler.output_text(unicode=True, color=False)
        Path(PROFILED["out"]).write_text(f"{key}\n{text}", encoding="utf-8")
    return timed(fn, runs)


class Figures:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, key: str, label: str, ours: list[float], baseline: list[float] | None = None):
        self.rows.append({"key": key, "label": label, "ours": ours, "baseline": baseline or []})


def lists_figures(figures: Figures, raw: sqlite3.Connection, runs: int) -> None:
    from desktop.store import lists
    from desktop.store.models import database

    for name, spec in lists.ALL_LISTS.items():
        query = lists.ListQuery(database, spec)

        def first(q=query) -> None:
            total = q.count()
            try:
                q.page(0, 200, total)
            except TypeError:  # the code before the windowed reads learnt the total
                q.page(0, 200)

        column = spec.columns[spec.default_sort_index]
        order = f"{column.sort_sql}{' DESC' if spec.default_descending else ''}"
        cols = ", ".join(c.sql for c in spec.columns)

        def raw_first(spec=spec, order=order, cols=cols) -> None:
            raw.execute(f"SELECT COUNT(*) FROM {spec.table}").fetchone()
            ids = [
                r[0]
                for r in raw.execute(
                    f"SELECT {spec.table}.id FROM {spec.table} ORDER BY {order} LIMIT 200"
                )
            ]
            raw.execute(
                f"SELECT {spec.id_sql}, {cols} FROM {spec.from_sql} WHERE {spec.id_sql} IN "
                f"({', '.join('?' * len(ids))})",
                ids,
            ).fetchall()

        figures.add(
            f"list_first_page_{name}",
            f"{name}: count + first page",
            timed(first, runs),
            timed(raw_first, runs),
        )
        total = query.count()
        try:
            middle = query.ids(total // 2, 1, total)
        except TypeError:
            middle = query.ids(total // 2, 1)
        if middle:
            figures.add(
                f"list_goto_{name}",
                f"{name}: row of a record in the middle (go to)",
                timed(lambda q=query, m=middle[0]: q.position_of(m), runs),
            )


def search_figures(figures: Figures, raw: sqlite3.Connection, runs: int) -> None:
    from desktop.domain.text import fts_prefix_query, words
    from desktop.services.search import global_search

    ours, base = [], []
    for text in SEARCHES:
        ours += timed_as("search" if text == "ma" else "", lambda t=text: global_search(t), runs)
        query = fts_prefix_query(" ".join(w for w in words(text) if len(w) >= 2))

        def one_fts(q=query) -> None:
            raw.execute("SELECT COUNT(*) FROM talent_fts WHERE talent_fts MATCH ?", (q,)).fetchone()
            raw.execute(
                "SELECT rowid FROM talent_fts WHERE talent_fts MATCH ? LIMIT 8", (q,)
            ).fetchall()

        base += timed(one_fts, runs)
    figures.add("search", f"global search ({len(SEARCHES)} queries)", ours, base)


def ranking_figures(figures: Figures, raw: sqlite3.Connection, runs: int, missions: int) -> None:
    from desktop.domain.matching import DEFAULT_WEIGHTS, MatchFilters
    from desktop.services import matching

    today = dt.date.today()
    candidates = [
        r[0]
        for r in raw.execute(
            "SELECT id FROM mission WHERE status IN ('open', 'proposed') ORDER BY id"
        )
    ]
    step = max(1, len(candidates) // missions)
    chosen = candidates[::step][:missions]

    def as_the_panel(mission_id: int) -> None:
        # The panel ranks on the reader thread, whose connection (and the pool's cities
        # it remembers) stays open: as this process's one connection.
        matching.rank_talents(mission_id, DEFAULT_WEIGHTS, MatchFilters(), 50, today)

    def skills_only(mission_id: int) -> None:
        needs = raw.execute(
            "SELECT skill_id, level, required FROM mission_skill WHERE mission_id = ?",
            (mission_id,),
        ).fetchall()
        if not needs:
            return
        values = ", ".join(f"({s}, {lv}, {2 if r else 1})" for s, lv, r in needs)
        raw.execute(
            f"WITH need(skill_id, level, weight) AS (VALUES {values}) "
            "SELECT ts.talent_id, SUM(need.weight * MIN(1.0, ts.level * 1.0 / need.level)) AS s "
            "FROM need JOIN talent_skill ts ON ts.skill_id = need.skill_id "
            "GROUP BY ts.talent_id ORDER BY s DESC LIMIT 50"
        ).fetchall()

    ours, base = [], []
    for i, mission_id in enumerate(chosen):
        key = "ranking" if i == len(chosen) - 1 else ""
        ours += timed_as(key, lambda m=mission_id: as_the_panel(m), runs)
        base += timed(lambda m=mission_id: skills_only(m), runs)
    figures.add("ranking", f"rank talents for a mission ({len(chosen)} missions)", ours, base)


def analytics_figures(figures: Figures, raw: sqlite3.Connection, runs: int) -> None:
    from desktop.domain.periods import PeriodChoice, period_for
    from desktop.services import analytics

    today = dt.date.today()
    scan = "SELECT substr(sent_on, 1, 7) AS month, COUNT(*) FROM offer GROUP BY month"
    base = timed(lambda: raw.execute(scan).fetchall(), runs)
    offers = raw.execute("SELECT COUNT(*) FROM offer").fetchone()[0]
    for choice in (PeriodChoice.LAST_12_MONTHS, PeriodChoice.ALL):
        scope = analytics.Scope(period_for(choice, today))
        figures.add(
            f"analytics_{choice.value}",
            f"refusal analytics, {choice.value} ({offers:,} offers)",
            timed_as(
                f"analytics_{choice.value}",
                lambda s=scope: analytics.report(s),
                max(2, runs // 2),
            ),
            base,
        )


def traces_figures(figures: Figures, raw: sqlite3.Connection, runs: int, heavy: int) -> None:
    from desktop.services import activities, followups

    today = dt.date.today()
    open_actions = raw.execute(
        "SELECT COUNT(*) FROM action_item WHERE done = 0 AND due_on <= ?", (today.isoformat(),)
    ).fetchone()[0]
    figures.add(
        "traces_open_actions",
        f"To do: one owner's meeting actions due ({open_actions:,} open)",
        timed_as(
            "traces_open_actions", lambda: followups.due_actions(today, "Nous", limit=100), runs
        ),
        timed(
            lambda: raw.execute(
                "SELECT id FROM action_item WHERE done = 0 AND due_on <= ? AND owner = ? "
                "ORDER BY due_on, id LIMIT 100",
                (today.isoformat(), "Nous"),
            ).fetchall(),
            runs,
        ),
    )
    figures.add(
        "traces_summary",
        "summary of the record with 2,000 traces",
        timed_as("traces_summary", lambda: activities.summary("company", heavy), runs),
        timed(
            lambda: raw.execute(
                "SELECT COUNT(*) FROM activity WHERE subject_type = 'company' AND subject_id = ?",
                (heavy,),
            ).fetchone(),
            runs,
        ),
    )
    figures.add(
        "traces_older",
        "its timeline's next page (entries 16-30)",
        timed_as("traces_older", lambda: activities.timeline("company", heavy, "", 31), runs),
        timed(
            lambda: raw.execute(
                "SELECT * FROM activity WHERE subject_type = 'company' AND subject_id = ? "
                "ORDER BY occurred_at DESC, id DESC LIMIT 31",
                (heavy,),
            ).fetchall(),
            runs,
        ),
    )


def read_as_home(today: dt.date) -> None:
    """Home's reading, from the first request to the last part back on the UI thread (what
    the user waits for): the "empty" check and every part through ``run_read``, on the two
    reader lanes side by side (``home_page.PART_LANES``), their connections kept open as
    in the window. Needs a QCoreApplication."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from desktop.services import dashboard
    from desktop.ui import tasks
    from desktop.ui.home_page import PART_LANES

    app = QCoreApplication.instance()
    left, errors = [1 + sum(len(names) for names in PART_LANES.values())], []

    def done(_result: object) -> None:
        left[0] -= 1

    def failed(error: Exception) -> None:
        errors.append(error)
        left[0] -= 1

    tasks.run_read(dashboard.empty, done, failed)
    for lane, names in PART_LANES.items():
        for name in names:
            tasks.run_read(lambda n=name: dashboard.PARTS[n](today), done, failed, lane=lane)
    while left[0]:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    if errors:
        raise errors[0]


def home_figures(figures: Figures, runs: int) -> None:
    """Home's dashboard as Home reads it (:func:`read_as_home`), beside every part read
    one after the other on one connection (the sum of their costs: the figure before the
    reader lanes)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.services import dashboard
    from desktop.ui import tasks

    QCoreApplication.instance() or QCoreApplication([])
    today = dt.date.today()

    def one_by_one() -> None:
        for part in dashboard.PARTS.values():
            part(today)

    figures.add(
        "dashboard",
        "Home dashboard, every tile (two reader lanes, as Home reads them)",
        timed_as("dashboard", lambda: read_as_home(today), runs),
        timed(one_by_one, runs),
    )
    tasks.close_connections()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--missions", type=int, default=12)
    parser.add_argument("--profile", default="", help="profile this figure (pyinstrument)")
    parser.add_argument("--profile-out", default="", help="where to write that profile")
    args = parser.parse_args()
    if args.profile:
        PROFILED.update(key=args.profile, out=args.profile_out)
    from desktop.store.database import (
        close_database,
        open_database,
        set_page_cache,
        sort_in_pages,
    )
    from desktop.ui.tasks import READER_CACHE_KIB

    path = args.data_dir / "freelance-desk.sqlite3"
    db = open_database(path)
    # These reads run on the window's reader lane, whose page cache is 16 MB
    # (desktop/ui/tasks.py); the baselines get the same.
    set_page_cache(db, READER_CACHE_KIB)
    sort_in_pages(db)  # as the reader lanes do
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    raw.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
    heavy = int((args.data_dir / "heavy-company").read_text())
    figures = Figures()
    for part in (
        lambda: lists_figures(figures, raw, args.runs),
        lambda: search_figures(figures, raw, args.runs),
        lambda: ranking_figures(figures, raw, args.runs, args.missions),
        lambda: analytics_figures(figures, raw, args.runs),
        lambda: traces_figures(figures, raw, args.runs, heavy),
        lambda: home_figures(figures, args.runs),
    ):
        part()
    args.out.write_text(json.dumps(figures.rows), encoding="utf-8")
    # Closed cleanly, as the app does: else the next start (the next bench's sessions and
    # start-up pairs) would check the whole file first, 5-7 s at 300k.
    close_database(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
