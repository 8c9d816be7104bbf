"""Written traces at scale: timeline, filter, open actions, counts, building the cards.

    python benchmarks/traces.py [--traces 200000]

Builds a throwaway profile (a small demo data set, then ``--traces`` traces
spread over the companies, one company holding 2,000 of them, half of them
minutes with two actions each), then prints the time of each read the
interface does. Runs offscreen. Target: every read under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.profile import Profile
from desktop.services import activities
from desktop.services.demo import DemoSize, generate_demo
from desktop.store import search_index
from desktop.store.bulk import bulk_insert_dicts
from desktop.store.database import open_database
from desktop.store.models import ActionItem, Activity, Company, database

WORDS = [
    "recette",
    "planning",
    "production",
    "budget",
    "avenant",
    "relance",
    "facture",
    "pénalités",
    "livraison",
    "comité",
    "pilotage",
    "décision",
    "jalon",
    "risque",
    "sécurité",
    "migration",
    "kubernetes",
    "java",
    "données",
]
# Filler words: real notes use a large vocabulary, so each trade word above is in a
# few percent of the traces, not in half of them.
FILLER = [
    a + b + c
    for a in ("ba", "ce", "di", "fo", "gu", "la", "mi", "no", "pe", "ri")
    for b in ("l", "m", "n", "r", "s", "t")
    for c in ("ade", "ette", "ion", "ure", "age")
]


def text(rng: random.Random, size: int) -> str:
    return " ".join(
        rng.choice(WORDS) if rng.random() < 0.05 else rng.choice(FILLER) for _ in range(size)
    )


def fill(count: int, today: dt.date) -> int:
    """Insert ``count`` traces; returns the id of the company holding 2,000 of them."""
    rng = random.Random(3)
    companies = [c.id for c in Company.select(Company.id)]
    heavy = companies[0]
    start = (Activity.select(Activity.id).order_by(Activity.id.desc()).scalar() or 0) + 1
    rows, actions = [], []
    for i in range(count):
        activity_id = start + i
        subject = heavy if i < 2000 else rng.choice(companies)
        when = dt.datetime.combine(today - dt.timedelta(days=rng.randrange(0, 1500)), dt.time(9))
        minutes = i % 2 == 0
        rows.append(
            {
                "id": activity_id,
                "subject_type": "company",
                "subject_id": subject,
                "kind": "minutes" if minutes else "note",
                "occurred_at": when,
                "title": text(rng, 3),
                "body": text(rng, 12),
                "channel": "",
                "decisions": text(rng, 6) if minutes else "",
                "cause": "",
                "solutions": "",
                "mediator": "",
                "dispute_status": "",
            }
        )
        if minutes:
            for n in range(2):
                actions.append(
                    {
                        "activity": activity_id,
                        "description": f"Action {n + 1}",
                        "owner": "Nous",
                        "due_on": when.date() + dt.timedelta(days=7),
                        "done": rng.random() < 0.9,
                    }
                )
    with database.atomic(), search_index.suspended(database):
        bulk_insert_dicts(Activity, rows)
        bulk_insert_dicts(ActionItem, actions)
    return heavy


def timed(label: str, work, repeat: int = 20) -> None:
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    size = len(result) if hasattr(result, "__len__") else result
    print(
        f"{label:<52} p50 {statistics.median(times):7.1f} ms   max {max(times):7.1f} ms   ({size})"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--traces", type=int, default=200_000)
    parser.add_argument("--keep", help="build the profile in this folder and keep it")
    args = parser.parse_args()
    today = dt.date.today()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or scratch
        profile = Profile(Path(folder)).ensure()
        open_database(profile.database, profile.backups)
        for _ in generate_demo(DemoSize(talents=2000, companies=2000, missions=200, invoices=500)):
            pass
        started = time.perf_counter()
        heavy = fill(args.traces, today)
        print(
            f"{Activity.select().count():,} traces, {ActionItem.select().count():,} actions "
            f"written in {time.perf_counter() - started:.1f} s"
        )
        light = Company.select(Company.id).order_by(Company.id.desc()).scalar()
        timed(
            "timeline, record with 2,000 traces (newest 101)",
            lambda: activities.timeline("company", heavy, limit=101),
        )
        timed("timeline, record with a few traces", lambda: activities.timeline("company", light))
        timed(
            "timeline filtered 'budget', 2,000-trace record",
            lambda: activities.timeline("company", heavy, "budget", limit=101),
        )
        timed(
            "timeline filtered 'zzz' (no match)",
            lambda: activities.timeline("company", heavy, "zzz", limit=101),
        )
        timed(
            "open actions due by today (first 200)",
            lambda: activities.open_actions(today, limit=200),
        )
        timed("open actions due by today (all)", lambda: activities.open_actions(today), repeat=3)
        timed("summary of the 2,000-trace record", lambda: activities.summary("company", heavy))
        ids = [c.id for c in Company.select(Company.id).limit(200)]
        timed("trace counts of 200 records", lambda: activities.trace_counts("company", ids))
        timed("search 'avenant' over every trace (50)", lambda: activities.search("avenant"))

        from desktop.ui.app import create_application
        from desktop.ui.traces.timeline import TimelineWidget

        app = create_application()  # with the app's stylesheet, as users see it
        widget = TimelineWidget(profile, "company")
        widget.resize(900, 800)
        widget.show()

        def show_heavy() -> int:
            widget.set_subject(heavy)
            app.processEvents()
            return len(widget.cards())

        timed("TimelineWidget.set_subject + paint (first page)", show_heavy, repeat=5)

        def older() -> int:
            widget.show_older()
            app.processEvents()
            return len(widget.cards())

        timed("TimelineWidget 'Show older entries' (next page)", older, repeat=5)
        widget.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
