"""The boards at 100,000 companies: the queries, and a whole refresh of the page.

    python benchmarks/boards.py [--companies 100000 --missions 20000] [--with-indexes]

Uses (and builds once) the profile of ``benchmarks/lists.py``. Prints the median
time of each board query (counts, totals, first 200 cards of every column) under
typical filters, then of a full page refresh (query, card texts, list items, layout
and painting, offscreen).
``--with-indexes`` runs the same on a copy of the database that has the indexes
proposed for schema v4 (``company(stage, updated_at)``, ``company(stage,
expected_value)``, ``mission(status, updated_at)``), to show what they buy.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from lists import build_profile  # noqa: E402  (benchmarks/lists.py)

PROPOSED_INDEXES = (
    "CREATE INDEX company_stage_updated_at ON company (stage, updated_at)",
    "CREATE INDEX company_stage_expected_value ON company (stage, expected_value)",
    "CREATE INDEX mission_status_updated_at ON mission (status, updated_at)",
)


def timed(fn, repeat: int = 7) -> float:
    fn()  # warm-up: page cache
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(database: Path) -> list[tuple[str, float]]:
    from PySide6.QtWidgets import QApplication

    from desktop.services import boards
    from desktop.services.boards import BoardFilters
    from desktop.store.database import open_database
    from desktop.ui import i18n
    from desktop.ui.boards.missions import MissionBoardPage
    from desktop.ui.boards.pipeline import PipelineBoardPage
    from desktop.ui.state import UiState

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "fr")
    db = open_database(database)
    choices = boards.pipeline_choices()
    owner, sector, tag = choices.owners[0], choices.sectors[0], choices.tags[0]
    rows = []
    for label, filters in (
        ("no filter", BoardFilters()),
        ("owner", BoardFilters(owner=owner)),
        ("owner + sector + tag", BoardFilters(owner=owner, sector=sector, tag=tag)),
        ("words 'lyon'", BoardFilters(text="lyon")),
        ("words 'ma' (common)", BoardFilters(text="ma")),
    ):
        rows.append((f"pipeline board, {label}", timed(lambda f=filters: boards.pipeline_board(f))))
    for label, filters in (
        ("no filter", BoardFilters()),
        ("client owner", BoardFilters(owner=owner)),
        ("words 'java'", BoardFilters(text="java")),
    ):
        rows.append((f"missions board, {label}", timed(lambda f=filters: boards.mission_board(f))))
    rows.append(("filter choices (owners, sectors, tags)", timed(boards.pipeline_choices)))
    with tempfile.TemporaryDirectory() as folder:
        for kind in (PipelineBoardPage, MissionBoardPage):
            page = kind(UiState(Path(folder) / "ui-state.ini"))
            page.resize(1440, 900)
            page.show()
            app.processEvents()
            refresh = lambda p=page: (p.reload(), app.processEvents())  # noqa: E731
            rows.append((f"{kind.__name__}: reload, lay out, paint", timed(refresh)))
            page.close()
    db.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--talents", type=int, default=100_000)
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--missions", type=int, default=20_000)
    parser.add_argument("--invoices", type=int, default=200_000)
    parser.add_argument("--with-indexes", action="store_true", help="also with the v4 indexes")
    args = parser.parse_args()
    folder = build_profile(
        ROOT / "benchmarks" / "data" / "lists",
        args.talents,
        args.companies,
        args.missions,
        args.invoices,
    )
    database = folder / "freelance-desk.sqlite3"
    results = {"schema v3": measure(database)}
    if args.with_indexes:
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / "freelance-desk.sqlite3"
            with sqlite3.connect(database) as source, sqlite3.connect(copy) as target:
                source.backup(target)
                for statement in PROPOSED_INDEXES:
                    target.execute(statement)
            results["+ v4 indexes"] = measure(copy)
    names = list(results)
    print(f"\n{'median of 7':<52}" + "".join(f"{n:>16}" for n in names))
    for i, (label, _) in enumerate(results[names[0]]):
        print(f"{label:<52}" + "".join(f"{results[n][i][1] * 1000:>14.1f}ms" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
