"""Home dashboard at 300,000 talents and companies, 60,000 missions and 600,000 invoices.

    python benchmarks/dashboard.py [--size 300k] [--runs 9] [--no-window]

Builds once, or reuses, a demo profile made by
``main.py demo --talents 300000 --companies 300000 --missions 60000 --invoices 600000``
in a cache folder outside the repository (``$FREELANCE_DESK_BENCH_CACHE``, else
``~/.cache/freelance-desk-bench``; the folder's name carries a hash of the demo generator,
so a changed generator builds a new profile; about 5 minutes on two cores). An older
profile is migrated when opened (its migration backup is deleted: it is a cache).

Then prints, median and p95 over ``--runs`` runs each:

- every aggregate of desktop/store/dashboard.py beside a *grouped scan* baseline: one
  GROUP BY pass over the rows the figure is about, as one would first write it;
- each part of the page (what one tile waits for) and the whole reading, on one warm
  connection, and as Home runs it: the parts on both reader lanes at once (``run_read``,
  ``home_page.PART_LANES``), from the first request to the last part back;
- the real window (offscreen, in French): from ``HomePage.refresh()`` to ``filled``, and
  the longest gap of a 5 ms timer on the UI thread meanwhile (a stall the user would feel).

The machine's load average is printed before and after: the figures are wall times.
The result is saved as JSON in the cache folder's ``results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from lists import build_profile  # noqa: E402

# talents, companies, missions, invoices
SIZES = {
    "300k": (300_000, 300_000, 60_000, 600_000),
    "10k": (10_000, 10_000, 2_000, 20_000),
}
TARGET_MS = 100.0  # the whole dashboard read (issue 10)
STALL_TARGET_MS = 50.0


def cache_root() -> Path:
    folder = os.environ.get("FREELANCE_DESK_BENCH_CACHE")
    return Path(folder) if folder else Path.home() / ".cache" / "freelance-desk-bench"


def generator_key() -> str:
    digest = hashlib.sha256()
    for name in ("demo.py", "demo_vocabulary.py"):
        digest.update((ROOT / "desktop" / "services" / name).read_bytes())
    return digest.hexdigest()[:12]


def profile_folder(size: str) -> Path:
    folder = cache_root() / f"dashboard-{generator_key()}" / size
    folder.mkdir(parents=True, exist_ok=True)
    return build_profile(folder, *SIZES[size])


def open_profile(folder: Path) -> None:
    from desktop.store.database import open_database

    backups = Path(tempfile.mkdtemp(prefix="dashboard-bench-"))
    try:
        started = time.perf_counter()
        open_database(folder / "freelance-desk.sqlite3", backups)
        if any(backups.iterdir()):
            print(
                f"  profile migrated to the current schema in {time.perf_counter() - started:.0f} s"
            )
    finally:
        shutil.rmtree(backups, ignore_errors=True)


def times(fn: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU times in ms of ``runs`` runs, after one run to warm the page cache.

    CPU time (of this process: SQLite runs on the calling thread) says what the figure
    costs when the machine is shared; wall time what a user waits for.
    """
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def summary(measured: tuple[list[float], list[float]]) -> dict[str, float]:
    wall, cpu = measured
    return {"median": statistics.median(wall), "p95": p95(wall), "cpu": statistics.median(cpu)}


def aggregates(today: dt.date) -> list[tuple[str, Callable[[], object], str, list]]:
    """(figure, the store function as the service calls it, its grouped-scan baseline)."""
    from desktop.domain.periods import add_months
    from desktop.domain.receivables import OPEN_STATUSES
    from desktop.domain.vocabulary import PipelineStage
    from desktop.services import dashboard as service
    from desktop.store import dashboard as figures

    first = service.twelve_months(today).start
    starts = [add_months(first, i) for i in range(service.MONTHS)]
    periods = [(s, add_months(s, 1) - dt.timedelta(days=1)) for s in starts]
    quarter = service.quarter_of(today)
    week, month = today + dt.timedelta(days=7), today + dt.timedelta(days=30)
    day, since, year = today.isoformat(), quarter.start.isoformat(), first.isoformat()
    open_in = ", ".join(f"'{s}'" for s in OPEN_STATUSES)
    balance = "total_incl_tax - amount_paid - amount_credited"
    return [
        (
            "companies by stage, expected value",
            lambda: figures.companies_by_stage(list(PipelineStage)),
            "SELECT stage, COUNT(*), SUM(expected_value) FROM company GROUP BY stage",
            [],
        ),
        (
            "missions by status",
            figures.missions_by_status,
            "SELECT status, COUNT(*) FROM mission GROUP BY status",
            [],
        ),
        (
            "invoiced per month, 12 months",
            lambda: figures.invoiced_per_period(periods),
            "SELECT substr(issue_date, 1, 7) AS m, SUM(total_incl_tax) FROM invoice"
            " WHERE issue_date >= ? AND status != 'draft' GROUP BY m",
            [year],
        ),
        (
            "collected per month, 12 months",
            lambda: figures.collected_per_period(periods),
            "SELECT substr(paid_on, 1, 7) AS m, SUM(amount) FROM payment"
            " WHERE paid_on >= ? GROUP BY m",
            [year],
        ),
        (
            "receivables ageing",
            lambda: figures.ageing(today),
            "SELECT CAST(julianday(?) - julianday(due_date) AS INTEGER) / 30 AS b,"
            f" SUM({balance}) FROM invoice WHERE status IN ({open_in}) AND kind = 'invoice'"
            " GROUP BY b",
            [day],
        ),
        (
            "invoices due within 7 days",
            lambda: figures.invoices_due(today, week),
            f"SELECT due_date >= ?, COUNT(*), SUM({balance}) FROM invoice"
            f" WHERE status IN ({open_in}) AND kind = 'invoice' GROUP BY 1",
            [day],
        ),
        (
            "reminders to send",
            lambda: figures.reminders_to_send(today, [1, 15, 30]),
            "SELECT (SELECT COUNT(*) FROM reminder WHERE invoice_id = invoice.id) AS sent,"
            f" COUNT(*), SUM({balance}) FROM invoice WHERE status IN ({open_in})"
            " AND kind = 'invoice' AND due_date < ? GROUP BY sent",
            [day],
        ),
        (
            "refusal reasons, this quarter",
            lambda: figures.refusal_reasons(quarter.start, today),
            "SELECT r.reason, COUNT(*) FROM offer JOIN offer_refusal_reason r"
            " ON r.offer_id = offer.id WHERE offer.sent_on >= ? GROUP BY r.reason",
            [since],
        ),
        (
            "ending reasons, this quarter",
            lambda: figures.ending_reasons(quarter.start, quarter.end),
            "SELECT reason, COUNT(*) FROM contract_ending GROUP BY reason",
            [],
        ),
        (
            "talents free now and within 30 days",
            lambda: figures.talents_free(today, month),
            "SELECT status, available_from <= ?, COUNT(*) FROM talent GROUP BY 1, 2",
            [month.isoformat()],
        ),
        (
            "first talents becoming free",
            lambda: figures.talents_soon_free(today, month, 4),
            "SELECT status, COUNT(*) FROM talent WHERE available_from > ? GROUP BY status",
            [day],
        ),
        (
            "follow-ups due",
            lambda: figures.follow_ups_due(today, week),
            "SELECT status, next_follow_up_on < ?, COUNT(*) FROM talent"
            " WHERE next_follow_up_on IS NOT NULL GROUP BY 1, 2",
            [day],
        ),
        (
            "contract ends and renewals, 30 days",
            lambda: (
                figures.contract_deadlines(today, month),
                figures.next_contract_deadlines(today, month, 3),
            ),
            "SELECT status, tacit_renewal, end_date >= ?, COUNT(*) FROM contract GROUP BY 1, 2, 3",
            [day],
        ),
    ]


def measure_queries(today: dt.date, runs: int) -> tuple[list[dict], list[dict]]:
    from desktop.services import dashboard as service
    from desktop.store.models import database

    def scan(sql: str, params: list) -> Callable[[], object]:
        return lambda: database.execute_sql(sql, params).fetchall()

    rows = []
    for name, fn, baseline_sql, params in aggregates(today):
        ours = summary(times(fn, runs))
        base = summary(times(scan(baseline_sql, params), runs))
        rows.append({"figure": name, "ms": ours, "baseline_ms": base})
    parts = []
    for name, part in service.PARTS.items():
        measured = summary(times(lambda p=part: p(today), runs))
        parts.append({"figure": f"part: {name}", "ms": measured})
    measured = summary(times(lambda: service.load(today), runs))
    parts.append({"figure": "whole reading, one warm connection", "ms": measured})

    from bench_queries import read_as_home
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import tasks

    QCoreApplication.instance() or QCoreApplication([])
    measured = summary(times(lambda: read_as_home(today), runs))
    parts.append({"figure": "whole reading as Home: both reader lanes at once", "ms": measured})
    tasks.close_connections()
    return rows, parts


def measure_window(folder: Path, runs: int) -> list[dict]:
    """The real window: refresh() to filled; the UI thread's longest gap meanwhile, and its
    longest piece of work showing one part (the first time: the chart is built)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtTest import QTest

    from desktop.profile import Profile
    from desktop.ui import i18n
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    app = create_application()
    i18n.install(app, "fr")
    window = MainWindow(Profile(folder))
    window.resize(1280, 720)
    home = window.page("home")
    clock = QElapsedTimer()
    gaps = {"last": 0, "longest": 0}
    work: dict[str, float] = {}
    arrived = home._arrived

    def timed_arrival(generation: int, name: str, result: object) -> None:
        # the UI thread's own CPU time: on a shared machine, wall time counts the others too
        started = time.thread_time()
        arrived(generation, name, result)
        work[name] = max(work.get(name, 0.0), (time.thread_time() - started) * 1000)

    home._arrived = timed_arrival

    def tick() -> None:
        now = clock.elapsed()
        gaps["longest"] = max(gaps["longest"], now - gaps["last"])
        gaps["last"] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)

    def fill(action: Callable[[], None]) -> tuple[float, float, dict[str, float]]:
        loop = QEventLoop()
        home.filled.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        work.clear()
        clock.start()
        gaps.update(last=0, longest=0)
        ticker.start()
        started = time.perf_counter()
        action()
        loop.exec()
        elapsed = (time.perf_counter() - started) * 1000
        ticker.stop()
        tick()
        home.filled.disconnect(loop.quit)
        return elapsed, float(gaps["longest"]), dict(work)

    def show() -> None:
        window.go_to("home")
        window.show()

    first = fill(show)
    QTest.qWait(200)
    again = [fill(home.refresh) for _ in range(runs)]
    window.close()
    busiest = {name: max(w.get(name, 0.0) for _, _, w in again) for name in first[2]}
    return [
        {
            "figure": "shown, then filled (first paint, chart built)",
            "ms": {"median": first[0], "p95": first[0]},
            "stall_ms": first[1],
            "ui_work_ms": first[2],
        },
        {
            "figure": "refreshed (records changed)",
            "ms": summary(([a for a, _, _ in again], [a for a, _, _ in again])),
            "stall_ms": max(s for _, s, _ in again),
            "ui_work_ms": busiest,
        },
    ]


def print_table(rows: list[dict], title: str) -> None:
    print(f"\n{title}")
    print(f"  {'figure':50} {'median':>7} {'p95':>7} {'cpu':>6} {'baseline':>9} {'ratio':>6}")
    for row in rows:
        ms = row["ms"]
        base = row.get("baseline_ms")
        cpu = f"{ms['cpu']:6.1f}" if "cpu" in ms and "stall_ms" not in row else " " * 6
        line = f"  {row['figure']:50} {ms['median']:7.1f} {ms['p95']:7.1f} {cpu}"
        if base:
            line += f" {base['median']:9.1f} {ms['median'] / base['median']:5.2f}x"
        print(line)
        if "stall_ms" in row:
            slowest = max(row["ui_work_ms"].items(), key=lambda item: item[1])
            print(
                f"    longest UI-thread gap {row['stall_ms']:.0f} ms"
                f" (target < {STALL_TARGET_MS:.0f});"
                f" longest part shown: {slowest[0]} {slowest[1]:.0f} ms of UI-thread CPU"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="300k")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-window", action="store_true", help="queries only")
    args = parser.parse_args()
    load_before = os.getloadavg()
    folder = profile_folder(args.size)
    print(f"profile {folder}")
    open_profile(folder)
    today = dt.date.today()
    aggregate_rows, part_rows = measure_queries(today, args.runs)
    window_rows = [] if args.no_window else measure_window(folder, args.runs)
    load_after = os.getloadavg()
    print_table(aggregate_rows, "Aggregates (ms), beside one grouped scan of the same rows")
    print_table(part_rows, f"The dashboard's reading (ms), target {TARGET_MS:.0f} ms")
    if window_rows:
        print_table(window_rows, "The real window, offscreen, in French (ms)")
    before, after = (" ".join(f"{v:.2f}" for v in load) for load in (load_before, load_after))
    print(f"\nload average before: {before}, after: {after} ({os.cpu_count()} cores)")
    result = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "size": args.size,
        "runs": args.runs,
        "load_average": {"before": load_before, "after": load_after},
        "cores": os.cpu_count(),
        "aggregates": aggregate_rows,
        "reading": part_rows,
        "window": window_rows,
    }
    out = cache_root() / "results" / f"dashboard-{args.size}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"saved {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
