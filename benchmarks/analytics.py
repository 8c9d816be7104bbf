"""Refusal analytics at 200,000 offers: the page's counts, its UI-thread work, the lessons.

    python benchmarks/analytics.py [--missions 90000]

Builds (once, cached in benchmarks/data/analytics/) a demo profile whose
missions get about 200,000 offers, then prints each figure (CPU time of this
process, best of several runs, so that other programs' load counts less)
beside a baseline:

- a full report (what the page counts on the background thread) for 3 months,
  12 months and everything, vs one pass over the offers grouped by month through
  sqlite3 (the ratio says how many such passes a report costs);
- the UI-thread part of showing it: table model, charts, client list;
- the lessons of one mission, which the offer dialog waits for.

A first line times a plain Python loop, to compare machines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from lists import build_profile  # noqa: E402


def cpu(fn, repeat: int = 5) -> float:
    """Best CPU time of ``repeat`` runs (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def count_to_a_million() -> int:
    """A plain Python loop: its time says how fast this machine is, to compare results."""
    total = 0
    for i in range(1_000_000):
        total += i
    return total


def measure(folder: Path) -> list[tuple]:
    from PySide6.QtWidgets import QApplication

    from desktop.domain.periods import PeriodChoice, period_for
    from desktop.services import analytics
    from desktop.store.database import open_database
    from desktop.store.models import Mission
    from desktop.ui import i18n
    from desktop.ui.analytics.client_picker import client_choices
    from desktop.ui.analytics.page import AnalyticsPage
    from desktop.ui.state import UiState

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "fr")
    database = folder / "freelance-desk.sqlite3"
    open_database(database)
    raw = sqlite3.connect(database)
    offers = raw.execute("SELECT COUNT(*) FROM offer").fetchone()[0]
    # One grouped pass over every offer: what counting anything by month costs at least.
    month_pass = "SELECT substr(sent_on, 1, 7) AS month, COUNT(*) FROM offer GROUP BY month"
    scan = cpu(lambda: raw.execute(month_pass).fetchall())
    loop = cpu(count_to_a_million, 3)
    today = dt.date.today()
    rows: list[tuple] = [("this machine: a Python loop to 1,000,000", loop, None)]
    reports = {}
    for choice in (PeriodChoice.LAST_3_MONTHS, PeriodChoice.LAST_12_MONTHS, PeriodChoice.ALL):
        scope = analytics.Scope(period_for(choice, today))
        reports[choice] = analytics.report(scope)
        took = cpu(lambda s=scope: analytics.report(s), 3)
        rows.append((f"report, {choice.value} ({offers:,} offers)", took, scan))
    clients = client_choices(analytics.busiest_clients(500))
    page = AnalyticsPage(UiState(folder / "bench-ui-state.ini"), today=lambda: today)
    page.showEvent = lambda _event: None  # no background refresh: we time the parts
    page.resize(1130, 760)
    page.show()

    def on_screen() -> None:
        page.client.set_choices(clients)
        page.show_report(reports[PeriodChoice.LAST_12_MONTHS])
        while not page.settled:  # shown over a few turns of the event loop
            app.processEvents()
        app.processEvents()

    groups = reports[PeriodChoice.LAST_12_MONTHS].groups.total
    rows.append((f"UI thread: a page of {groups:,} clients on screen", cpu(on_screen, 3), None))
    open_missions = [
        m.id for m in Mission.select(Mission.id).where(Mission.status == "open").limit(50)
    ]
    lessons = statistics.median(
        cpu(lambda m=m: analytics.lessons_for(mission_id=m, today=today), 1) for m in open_missions
    )
    rows.append(("lessons of one mission (median of 50)", lessons, None))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--missions", type=int, default=90_000, help="about 2.3 offers each")
    args = parser.parse_args()
    folder = build_profile(
        ROOT / "benchmarks" / "data" / "analytics", 100_000, 100_000, args.missions, 2_000
    )
    print(f"\n{'measure (CPU time)':<48}{'ours':>10}{'baseline':>11}{'ratio':>8}")
    for name, ours, baseline in measure(folder):
        base = f"{baseline * 1000:>9.1f}ms{ours / baseline:>7.1f}x" if baseline else ""
        print(f"{name:<48}{ours * 1000:>8.1f}ms{base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
