"""Global search and the follow-ups view at 100,000+ records.

    python benchmarks/search.py [--talents 100000 --companies 100000 --invoices 200000]

Uses (and builds once, like ``benchmarks/lists.py``) the profile in
``benchmarks/data/lists``, then prints each figure beside its baseline and the ratio:

- global search, per query (names, skills with a city, accented words, company
  names, two-letter prefixes, words of notes) and per keystroke while typing them:
  median and p95 of ``global_search`` (5 groups, their counts, 8 hits each), vs one
  raw ``talent_fts MATCH`` (count + 8 rows) through sqlite3;
- the "To do" view's reads (``due_followups`` + ``due_actions``, 100 rows a bucket),
  vs counting the same follow-ups on the date index through sqlite3.

Target from the issue: global search <= 30 ms per query.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "dupont",
    "java lyon",
    "hélène",
    "helene martin",
    "sap fi",
    "kubernetes paris",
    "react bordeaux",
    "data engineer",
    "consultant salesforce",
    "migration cloud",
    "relance",
    "cadrage",
    "litige",
    "ma",
    "du",
    "je",
    "da",
    "lo",
    "ch",
]
TYPED = ["dupont", "java lyon", "hélène", "kubernetes paris", "banque"]


def load_lists_benchmark():
    """``benchmarks/lists.py`` as a module: the same profile, built the same way."""
    spec = importlib.util.spec_from_file_location(
        "lists_benchmark", ROOT / "benchmarks" / "lists.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def company_names(raw: sqlite3.Connection, n: int) -> list[str]:
    """``n`` real company names of the profile, spread over the table."""
    total = raw.execute("SELECT MAX(id) FROM company").fetchone()[0]
    step = max(1, total // n)
    rows = raw.execute(
        "SELECT name FROM company WHERE id % ? = 1 ORDER BY id LIMIT ?", (step, n)
    ).fetchall()
    return [name for (name,) in rows]


def median_time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def search_rows(raw: sqlite3.Connection, queries: list[str]) -> list[tuple]:
    from desktop.domain.text import fts_prefix_query, words
    from desktop.services.search import global_search

    def baseline(text: str) -> None:
        # The same words as global_search: a lone letter waits for a second one.
        query = fts_prefix_query(" ".join(w for w in words(text) if len(w) >= 2))
        raw.execute("SELECT COUNT(*) FROM talent_fts WHERE talent_fts MATCH ?", (query,)).fetchone()
        raw.execute(
            "SELECT rowid FROM talent_fts WHERE talent_fts MATCH ? LIMIT 8", (query,)
        ).fetchall()

    ours = [median_time(lambda q=q: global_search(q)) for q in queries]
    base = [median_time(lambda q=q: baseline(q)) for q in queries]
    keystrokes = [word[:end] for word in TYPED for end in range(2, len(word) + 1)]
    keystrokes = [k for k in keystrokes if fts_prefix_query(k)]
    typed = [median_time(lambda q=q: global_search(q)) for q in keystrokes]
    typed_base = [median_time(lambda q=q: baseline(q)) for q in keystrokes]
    slowest = max(zip(ours, queries, strict=True))
    print(f"slowest query: {slowest[1]!r} {slowest[0] * 1000:.1f} ms")
    return [
        (f"global search, median ({len(queries)} queries)", statistics.median(ours),
         statistics.median(base), None),
        ("global search, p95", p95(ours), p95(base), 0.030),
        (f"global search per keystroke, median ({len(keystrokes)})", statistics.median(typed),
         statistics.median(typed_base), None),
        ("global search per keystroke, p95", p95(typed), p95(typed_base), 0.030),
    ]  # fmt: skip


def followup_rows(raw: sqlite3.Connection) -> list[tuple]:
    from desktop.services import followups

    today = dt.date.fromisoformat(
        raw.execute("SELECT date(MAX(created_at)) FROM talent").fetchone()[0]
    )
    horizon = today + dt.timedelta(days=7)

    def ours() -> None:
        followups.due_followups(today, 7, limit=100)
        followups.due_actions(today, limit=100)

    def baseline() -> None:
        for table in ("talent", "company"):
            raw.execute(
                f"SELECT COUNT(*) FROM {table} WHERE next_follow_up_on <= ?", (horizon.isoformat(),)
            ).fetchone()

    due = followups.due_followups(today, 7, limit=100)
    label = ", ".join(f"{n:,} {bucket}" for bucket, n in due.totals.items())
    return [(f"to-do view reads ({label})", median_time(ours, 5), median_time(baseline, 5), None)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--talents", type=int, default=100_000)
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--missions", type=int, default=20_000)
    parser.add_argument("--invoices", type=int, default=200_000)
    args = parser.parse_args()
    folder = load_lists_benchmark().build_profile(
        ROOT / "benchmarks" / "data" / "lists",
        args.talents,
        args.companies,
        args.missions,
        args.invoices,
    )
    from desktop.store.database import open_database

    path = folder / "freelance-desk.sqlite3"
    open_database(path)
    raw = sqlite3.connect(path)
    queries = QUERIES + company_names(raw, 5)
    from desktop.services.search import global_search

    for q in queries:  # warm the page cache as a running app would have it
        global_search(q)
    results = search_rows(raw, queries) + followup_rows(raw)
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"\nload average during the run: {load} (other processes slow every figure)")
    print(f"{'measure':<58}{'ours':>10}{'baseline':>11}{'ratio':>8}{'target':>10}  ok")
    for name, ours, baseline, target in results:
        ok = "" if target is None else ("yes" if ours <= target else "NO")
        target_text = "" if target is None else f"{target * 1000:.0f} ms"
        print(
            f"{name:<58}{ours * 1000:>8.1f}ms{baseline * 1000:>9.1f}ms"
            f"{ours / baseline:>7.1f}x{target_text:>10}  {ok}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
