"""Big lists at 100,000+ records: start-up, first page, filter as you type, jump to the end.

    python benchmarks/lists.py [--talents 100000 --companies 100000 --invoices 200000]

Builds (once, cached in benchmarks/data/) a profile with the demo generator,
then prints each figure beside its baseline and the ratio:

- start-up: process start to main window shown, vs a bare PySide6 window;
- first page of each list (count + 200 rows + formatting the visible cells),
  vs the same page's raw SQL through sqlite3;
- per-keystroke filter latency on the talents list (p50/p95), vs the raw FTS
  query through sqlite3;
- jumping to the last row of the talent list (the page at offset ~99,800).

Runs offscreen (QT_QPA_PLATFORM=offscreen). Targets from the issue: start-up
<= 1.5x the bare window, first page <= 50 ms, filter <= 30 ms p95.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1320, 820)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

TYPED = ["dupont", "java", "lyon", "kubernetes", "helene", "sap fi", "marseille", "data"]


def build_profile(folder: Path, talents: int, companies: int, missions: int, invoices: int) -> Path:
    marker = folder / f"built-{talents}-{companies}-{missions}-{invoices}"
    if marker.exists():
        return folder
    if folder.exists():
        for item in folder.glob("freelance-desk.sqlite3*"):
            item.unlink()
    print(f"building the profile in {folder} (once) ...", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(folder),
            "demo",
            "--talents",
            str(talents),
            "--companies",
            str(companies),
            "--missions",
            str(missions),
            "--invoices",
            str(invoices),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    print(f"  demo data generated in {time.perf_counter() - started:.1f} s")
    marker.touch()
    return folder


def wall_time(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall time of ``runs`` runs, after one warm-up run (disk cache, .pyc files)."""
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        subprocess.run(
            command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:])


def startup(folder: Path, runs: int) -> list[tuple]:
    env = dict(os.environ, FREELANCE_DESK_QUIT_WHEN_SHOWN="1")
    # As installed apps run: with their compiled bytecode (the sandbox may forbid writing it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare = wall_time([sys.executable, "-c", BARE_WINDOW], env, runs)
    rows = []
    for section in ("home", "talents"):
        (folder / "ui-state.ini").write_text(f"[window]\nsection={section}\n")
        ours = wall_time(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder)], env, runs
        )
        rows.append((f"start-up to window shown ({section})", ours, bare, 1.5 * bare))
    (folder / "ui-state.ini").unlink()
    return rows


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def lists_and_filter(folder: Path) -> list[tuple]:
    from PySide6.QtWidgets import QApplication

    from desktop.store import lists
    from desktop.store.database import open_database
    from desktop.ui import i18n
    from desktop.ui.table_model import LazyTableModel

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "fr")
    open_database(folder / "freelance-desk.sqlite3")
    raw = sqlite3.connect(folder / "freelance-desk.sqlite3")
    rows: list[tuple] = []
    visible = 40

    def show_first_page(model: LazyTableModel) -> None:
        model.refresh()
        for r in range(min(visible, model.rowCount())):
            for c in range(model.columnCount()):
                model.index(r, c).data()

    for name, spec in lists.ALL_LISTS.items():
        model = LazyTableModel(spec)
        ours = timed(lambda m=model: show_first_page(m))
        first = spec.columns[spec.default_sort_index].sort_sql
        order = f"{first} DESC" if spec.default_descending else first
        cols = ", ".join(c.sql for c in spec.columns)
        sql = f"SELECT {spec.id_sql}, {cols} FROM {spec.from_sql} ORDER BY {order} LIMIT 200"
        baseline = timed(lambda s=sql: raw.execute(s).fetchall())
        rows.append((f"first page of {name} ({model.rowCount():,} rows)", ours, baseline, 0.050))

    talents = LazyTableModel(lists.TALENTS)
    latencies, raw_latencies = [], []
    for word in TYPED:
        for end in range(1, len(word) + 1):
            prefix = word[:end]
            started = time.perf_counter()
            talents.set_filter(prefix)
            for r in range(min(visible, talents.rowCount())):
                talents.index(r, 0).data()
            latencies.append(time.perf_counter() - started)
            from desktop.domain.text import fts_prefix_query

            query = fts_prefix_query(prefix)
            started = time.perf_counter()
            raw.execute(
                "SELECT count(*) FROM talent_fts WHERE talent_fts MATCH ?", (query,)
            ).fetchone()
            raw.execute(
                "SELECT t.id, t.first_name, t.last_name FROM talent t WHERE t.id IN "
                "(SELECT rowid FROM talent_fts WHERE talent_fts MATCH ?) ORDER BY t.sort_name "
                "LIMIT 200",
                (query,),
            ).fetchall()
            raw_latencies.append(time.perf_counter() - started)
    p95 = statistics.quantiles(latencies, n=20)[-1]
    raw_p95 = statistics.quantiles(raw_latencies, n=20)[-1]
    rows.append(
        (
            f"filter per keystroke, p50 ({len(latencies)} keystrokes)",
            statistics.median(latencies),
            statistics.median(raw_latencies),
            None,
        )
    )
    rows.append(("filter per keystroke, p95", p95, raw_p95, 0.030))

    talents.set_filter("")
    last = talents.rowCount() - 1
    ours = timed(lambda: (talents._pages.clear(), talents.index(last, 0).data()))
    sql = (
        "SELECT id, first_name FROM talent ORDER BY sort_name, id LIMIT 200 OFFSET "
        f"{last - last % 200}"
    )
    baseline = timed(lambda: raw.execute(sql).fetchall())
    rows.append((f"jump to the last row ({last + 1:,})", ours, baseline, 0.050))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--talents", type=int, default=100_000)
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--missions", type=int, default=20_000)
    parser.add_argument("--invoices", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=7, help="start-up runs (median)")
    args = parser.parse_args()
    folder = build_profile(
        ROOT / "benchmarks" / "data" / "lists",
        args.talents,
        args.companies,
        args.missions,
        args.invoices,
    )
    results = startup(folder, args.runs) + lists_and_filter(folder)
    print(f"\n{'measure':<48}{'ours':>10}{'baseline':>11}{'ratio':>8}{'target':>10}  ok")
    for name, ours, baseline, target in results:
        ok = "" if target is None else ("yes" if ours <= target else "NO")
        target_text = "" if target is None else f"{target * 1000:.0f} ms"
        print(
            f"{name:<48}{ours * 1000:>8.1f}ms{baseline * 1000:>9.1f}ms"
            f"{ours / baseline:>7.1f}x{target_text:>10}  {ok}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
