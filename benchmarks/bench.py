"""What the user feels, at 10k, 100k and 300k records: one table (``python3 dev.py bench``).

    python3 dev.py bench [--sizes 10k,100k,300k] [--runs 3] [--pairs 5] [--json FILE]
                         [--platform auto|xcb|offscreen] [--profile-missed]

For each size, builds (once, cached outside the repository: see
``benchmarks/profiles.py``) or reuses a generated profile, then measures, each
figure beside a baseline measured in the same run:

- start-up, process start to the window shown (and to its first content painted),
  in pairs with a bare PySide6 window under the same display: the ratio is taken
  pair by pair (``benchmarks/bench.py``, this file);
- the real window driven in-process by a scripted user while a 5 ms timer records
  the longest UI-thread stall of each step, the filter's latency per keystroke beside
  the raw SQL, and the peak memory after visiting every section beside the bare
  window's (``benchmarks/bench_session.py``);
- the reads behind the window (lists, search, ranking, analytics, traces, Home)
  beside their raw SQL or the grouped scan (``benchmarks/bench_queries.py``).

Prints one table (median and p95 over repeated runs or calls, baseline, ratio,
target) with the machine's load average, and saves it as JSON. With
``--profile-missed``, each target missed is profiled again with pyinstrument and
the top of the profile saved next to the JSON. The display: a private Xvfb server
when one is installed (start-up "to the window shown" then means mapped on an X
server), else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from profiles import SIZES, cache_root, ensure_profile  # noqa: E402  (benchmarks/profiles.py)

BARE_WINDOW = """
import json, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 720)
window.show()
def poll():
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        return
    timer.stop()
    marks = [("shown", time.time())]
    window.repaint()
    marks.append(("content", time.time()))
    try:
        import resource
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:
        rss = None
    with open(os.environ["FREELANCE_DESK_STARTUP_TIMELINE"], "w") as out:
        json.dump({"marks": marks, "rss_kib": rss}, out)
    app.quit()
timer = QTimer()
timer.setInterval(1)
timer.timeout.connect(poll)
timer.start()
app.exec()
"""

# (figure key, label, target in ms or None, lower is better)
STALL_GROUPS = (
    ("stall_first_visit", "Longest stall, first visit of a section", "visit", "(first)"),
    ("stall_revisit", "Longest stall, revisit of a section", "visit", "(again)"),
    ("stall_filter", "Longest stall, filtering as typed", "filter as typed: words", ""),
    ("stall_chips", "Longest stall, three chips + words", "three chips", ""),
    ("stall_scroll", "Longest stall, scrolling to the end / middle", "scroll to the end", ""),
    ("stall_search", "Longest stall, global search typed and opened", "search typed", ""),
    ("stall_goto", "Longest stall, go to a mission", "go to a mission", ""),
    ("stall_matching", "Longest stall, its Matching page", "its Matching", ""),
    ("stall_home", "Longest stall, Home (dashboard)", "visit home (dashboard)", ""),
    ("stall_traces", "Longest stall, 2,000-trace timeline and older", "its written traces", ""),
    ("stall_older", "Longest stall, show older traces", "show older traces", ""),
)
STALL_TARGET_MS = 50.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def load_average() -> str:
    if not hasattr(os, "getloadavg"):
        return "?"
    return ", ".join(f"{n:.2f}" for n in os.getloadavg())


# -- the display -----------------------------------------------------------------------------
class Display:
    """Environment variables for Qt: a private Xvfb server (``xcb``), or ``offscreen``.

    The server is started again if it died (another program on a shared machine):
    :meth:`env` checks it before each run.
    """

    def __init__(self, platform: str) -> None:
        self.base = dict(os.environ)
        self.base.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed app runs: with .pyc
        if platform == "auto":
            linux = sys.platform.startswith("linux")
            platform = "xcb" if _which("Xvfb") and linux else "offscreen"
        self.platform = platform
        self.server: subprocess.Popen | None = None
        self.number = ""

    def _start(self) -> None:
        # A display number nobody uses, by its socket file *and* its abstract socket:
        # machines shared by containers share the abstract namespace, and a client
        # reaching another container's server fails ("could not connect to display").
        number = next(n for n in range(100 + os.getpid() % 500, 1000) if self._free(n))
        self.server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.number = str(number)
        socket_file = Path(f"/tmp/.X11-unix/X{number}")
        for _ in range(500):  # listening, as a client will need it
            if socket_file.exists() and not self._free(number):
                break
            time.sleep(0.01)

    @staticmethod
    def _free(number: int) -> bool:
        import socket

        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            return False
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(f"\0/tmp/.X11-unix/X{number}")
        except OSError:
            return True
        finally:
            probe.close()
        return False

    def env(self) -> dict[str, str]:
        if self.platform != "xcb":
            return dict(self.base, QT_QPA_PLATFORM="offscreen")
        if self.server is None or self.server.poll() is not None:
            self._start()
        return dict(self.base, DISPLAY=f":{self.number}", QT_QPA_PLATFORM="xcb")

    def close(self) -> None:
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            self.server.wait()


@contextlib.contextmanager
def display(platform: str) -> Iterator[Display]:
    shown = Display(platform)
    try:
        yield shown
    finally:
        shown.close()


def _which(name: str) -> bool:
    return any(
        (Path(folder) / name).exists() for folder in os.environ.get("PATH", "").split(os.pathsep)
    )


# -- start-up --------------------------------------------------------------------------------
def _marks(command: list[str], screen: Display) -> dict:
    """Run ``command`` until it quits; its marks as seconds since it was started."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "marks.json"
        for attempt in (1, 2):  # a display hiccup on a shared machine: once more
            env = dict(screen.env(), FREELANCE_DESK_STARTUP_TIMELINE=str(path))
            started = time.time()
            done = subprocess.run(
                command,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                timeout=120,
            )
            if done.returncode == 0 and path.exists():
                break
            if attempt == 2:
                raise RuntimeError(f"{command[:3]} failed: {done.stderr[-2000:]}")
        data = json.loads(path.read_text(encoding="utf-8"))
    marks = {name: at - started for name, at in data["marks"]}
    return {"marks": marks, "rss_kib": data.get("rss_kib")}


def startup(folder: Path, screen: Display, pairs: int, section: str) -> dict:
    """Pairs of (bare window, app), alternating; the ratio is taken pair by pair."""
    app = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "--lang", "fr"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    state = folder / "ui-state.ini"
    results = {"bare": [], "app": []}
    for i in range(pairs + 1):  # the first pair warms the disk cache and writes .pyc files
        state.write_text(f"[window]\nsection={section}\n", encoding="utf-8")
        b = _marks(bare, screen)
        a = _marks(app, screen)
        if i:
            results["bare"].append(b)
            results["app"].append(a)
    state.unlink(missing_ok=True)
    return results


# -- the sub-processes -----------------------------------------------------------------------
def session(folder: Path, screen: Display, out: Path, profile: str = "") -> dict:
    command = [
        sys.executable,
        str(ROOT / "benchmarks" / "bench_session.py"),
        "--data-dir",
        str(folder),
        "--out",
        str(out),
    ]
    if profile:
        command += ["--profile", profile]
    out.unlink(missing_ok=True)
    done = subprocess.run(
        command, env=screen.env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    if not out.exists():
        raise RuntimeError(f"the scripted session failed: {done.stderr[-3000:]}")
    result = json.loads(out.read_text(encoding="utf-8"))
    if "error" in result:
        raise RuntimeError(f"the scripted session stopped: {result['error']}")
    return result


def queries(folder: Path, screen: Display, out: Path, runs: int) -> list[dict]:
    command = [
        sys.executable,
        str(ROOT / "benchmarks" / "bench_queries.py"),
        "--data-dir",
        str(folder),
        "--out",
        str(out),
        "--runs",
        str(runs),
    ]
    subprocess.run(command, env=screen.env(), check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8"))


def prepare(folder: Path) -> None:
    """Migrate a cached profile to this version's schema once (and drop that backup)."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
        "from desktop.store.database import open_database; "
        "open_database(Path(sys.argv[2]), Path(sys.argv[3])).close()"
    )
    with tempfile.TemporaryDirectory() as backups:
        database = str(folder / "freelance-desk.sqlite3")
        subprocess.run([sys.executable, "-c", code, str(ROOT), database, backups], check=True)


# -- the table -------------------------------------------------------------------------------
def row(
    key: str,
    label: str,
    size: str,
    values: list[float],
    baseline: list[float] | None,
    target: float | None,
    unit: str = "ms",
    ratio_target: float | None = None,
    stat: str = "p95",
) -> dict:
    """One figure: median and p95 of ``values`` (ms), its baseline's same statistic."""
    median, p95 = statistics.median(values), percentile(values, 0.95)
    chosen = p95 if stat == "p95" else median
    base = None
    if baseline:
        base = percentile(baseline, 0.95) if stat == "p95" else statistics.median(baseline)
    ratio = chosen / base if base else None
    if ratio_target is not None:
        ok = ratio is not None and ratio <= ratio_target
    else:
        ok = None if target is None else chosen <= target
    return {
        "key": key,
        "label": label,
        "size": size,
        "unit": unit,
        "median": median,
        "p95": p95,
        "stat": stat,
        "baseline": base,
        "ratio": ratio,
        "target": target,
        "ratio_target": ratio_target,
        "ok": ok,
        "runs": len(values),
    }


def startup_rows(size: str, result: dict, section: str) -> list[dict]:
    app, bare = result["app"], result["bare"]
    shown = [r["marks"]["shown"] * 1000 for r in app]
    bare_shown = [r["marks"]["shown"] * 1000 for r in bare]
    ratios = [a / b for a, b in zip(shown, bare_shown, strict=True)]
    content = [r["marks"]["content"] * 1000 for r in app]
    rows = [
        row(
            f"startup_shown_{section}",
            f"Start-up to the window shown ({section})",
            size,
            shown,
            bare_shown,
            None,
            ratio_target=1.3,
            stat="median",
        ),
        row(
            f"startup_content_{section}",
            f"Start-up to its content painted ({section})",
            size,
            content,
            bare_shown,
            None,
            stat="median",
        ),
    ]
    rows[0]["ratio"] = statistics.median(ratios)  # pair by pair, not a ratio of medians
    rows[0]["ok"] = rows[0]["ratio"] <= 1.3
    stages = ("interpreter", "imports", "qapplication", "database", "window", "shown", "content")
    rows[0]["timeline"] = {
        stage: statistics.median(r["marks"][stage] * 1000 for r in app)
        for stage in stages
        if all(stage in r["marks"] for r in app)
    }
    rows[0]["bare_rss_kib"] = statistics.median(r["rss_kib"] or 0 for r in bare)
    return rows


def session_rows(size: str, runs: list[dict], bare_rss_kib: float | None) -> list[dict]:
    rows = []
    for key, label, prefix, suffix in STALL_GROUPS:
        per_run = []
        for result in runs:
            stalls = [
                s["stall_ms"]
                for s in result["steps"]
                if s["step"].startswith(prefix) and s["step"].endswith(suffix)
            ]
            if stalls:
                per_run.append(max(stalls))
        if per_run:
            rows.append(row(key, label, size, per_run, None, STALL_TARGET_MS, stat="p95"))
            rows[-1]["steps"] = {
                s["step"]: s["stall_ms"]
                for result in runs
                for s in result["steps"]
                if s["step"].startswith(prefix) and s["step"].endswith(suffix)
            }
    for case, key, label, target in (
        ("words", "filter", "Filter per keystroke (real UI path)", 30.0),
        ("three chips + words", "filter_chips", "Filter with three chips, per keystroke", 30.0),
    ):
        ours = [f["ms"] for r in runs for f in r["filters"] if f["case"] == case]
        base = [f["baseline_ms"] for r in runs for f in r["filters"] if f["case"] == case]
        if ours:
            rows.append(row(key, label, size, ours, base, target, stat="p95"))
    rss = [r["rss_kib"] / 1024 for r in runs]
    rows.append(
        row(
            "rss",
            "Peak memory after visiting every section",
            size,
            rss,
            [bare_rss_kib / 1024] if bare_rss_kib else None,
            200.0,
            unit="MiB",
            stat="median",
        )
    )
    worst = {}
    for result in runs:
        for s in result["steps"]:
            worst[s["step"]] = max(worst.get(s["step"], 0.0), s["stall_ms"])
    rows[-1]["steps"] = worst
    return rows


QUERY_TARGETS = {
    "search": (30.0, "p95"),
    "ranking": (100.0, "p95"),
    "analytics_last_12_months": (300.0, "median"),
    "analytics_all": (300.0, "median"),
    "traces_open_actions": (50.0, "p95"),
    "traces_summary": (50.0, "p95"),
    "traces_older": (50.0, "p95"),
    "dashboard": (100.0, "median"),
}


def query_rows(size: str, figures: list[dict]) -> list[dict]:
    rows = []
    firsts = [f for f in figures if f["key"].startswith("list_first_page_")]
    gotos = [f for f in figures if f["key"].startswith("list_goto_")]
    if firsts:
        worst = max(firsts, key=lambda f: statistics.median(f["ours"]))
        rows.append(
            row(
                "list_first_page",
                f"List count + first page (slowest: {worst['label'].split(':')[0]})",
                size,
                [t * 1000 for t in worst["ours"]],
                [t * 1000 for t in worst["baseline"]],
                None,
                stat="median",
            )
        )
    if gotos:
        worst = max(gotos, key=lambda f: statistics.median(f["ours"]))
        rows.append(
            row(
                "list_goto",
                f"Row of a record, go to (slowest: {worst['label'].split(':')[0]})",
                size,
                [t * 1000 for t in worst["ours"]],
                None,
                None,
                stat="median",
            )
        )
    for figure in figures:
        if figure["key"] in QUERY_TARGETS:
            target, stat = QUERY_TARGETS[figure["key"]]
            rows.append(
                row(
                    figure["key"],
                    figure["label"],
                    size,
                    [t * 1000 for t in figure["ours"]],
                    [t * 1000 for t in figure["baseline"]] or None,
                    target,
                    stat=stat,
                )
            )
    return rows


def render(rows: list[dict], loads: list[str], platform: str) -> str:
    header = (
        "| Figure | Size | Median | p95 | Baseline | Ratio | Target | |\n"
        "| --- | --- | ---: | ---: | ---: | ---: | --- | --- |"
    )
    lines = [header]
    for r in rows:
        unit = r["unit"]

        def fmt(value, unit=unit):
            if value is None:
                return "—"
            return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"

        if r["ratio_target"] is not None:
            target = f"{r['ratio_target']}×"
        elif r["target"] is not None:
            target = f"{'p95' if r['stat'] == 'p95' else 'median'} ≤ {fmt(r['target'])}"
        else:
            target = ""
        ok = {True: "✓", False: "✗", None: ""}[r["ok"]]
        ratio = f"{r['ratio']:.2f}×" if r["ratio"] is not None else ""
        lines.append(
            f"| {r['label']} | {r['size']} | {fmt(r['median'])} | {fmt(r['p95'])} | "
            f"{fmt(r['baseline'])} | {ratio} | {target} | {ok} |"
        )
    lines.append("")
    lines.append(f"Display: {platform}. Load average during the runs: {'; '.join(loads)}.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10k,100k,300k")
    parser.add_argument("--runs", type=int, default=2, help="scripted sessions per size")
    parser.add_argument("--pairs", type=int, default=5, help="start-up pairs per size")
    parser.add_argument("--query-runs", type=int, default=5, help="calls per query figure")
    parser.add_argument("--platform", default="auto", choices=("auto", "xcb", "offscreen"))
    parser.add_argument("--json", type=Path, help="where to save the table (default: cache)")
    parser.add_argument("--profile-missed", action="store_true")
    parser.add_argument("--only", default="startup,session,queries")
    args = parser.parse_args(argv)
    # Stopped from outside: leave through ``finally`` (the private X server is stopped).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    parts = set(args.only.split(","))
    began = time.time()  # wall time (perf_counter stops while a VM is paused)
    results_dir = cache_root() / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    out = args.json or results_dir / f"bench-{stamp}.json"
    rows: list[dict] = []
    loads: list[str] = []
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")],
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )
    with display(args.platform) as screen:
        platform = screen.platform
        for name in args.sizes.split(","):
            size = SIZES[name]
            folder = ensure_profile(size)
            prepare(folder)
            print(f"[{name}] load {load_average()}", flush=True)
            loads.append(f"{name}: {load_average()}")
            bare_rss = None
            if "startup" in parts:
                print(f"[{name}] start-up, {args.pairs} pairs ...", flush=True)
                result = startup(folder, screen, args.pairs, "home")
                start_rows = startup_rows(name, result, "home")
                bare_rss = start_rows[0]["bare_rss_kib"]
                rows += start_rows
            if "session" in parts:
                runs = []
                for i in range(args.runs):
                    print(f"[{name}] scripted session {i + 1}/{args.runs} ...", flush=True)
                    runs.append(session(folder, screen, results_dir / f"session-{name}-{i}.json"))
                rows += session_rows(name, runs, bare_rss)
            if "queries" in parts:
                print(f"[{name}] queries ...", flush=True)
                out_queries = results_dir / f"queries-{name}.json"
                figures = queries(folder, screen, out_queries, args.query_runs)
                rows += query_rows(name, figures)
            loads[-1] += f" → {load_average()}"
        missed = [r for r in rows if r["ok"] is False]
        profiles = []
        if args.profile_missed and missed:
            profiles = profile_missed(missed, screen, results_dir, stamp)
    table = render(rows, loads, platform)
    minutes = (time.time() - began) / 60
    print()
    print(table)
    print(f"\n{minutes:.1f} min. Saved to {out}")
    out.write_text(
        json.dumps(
            {"rows": rows, "loads": loads, "platform": platform, "minutes": minutes,
             "profiles": profiles, "table": table},
            indent=1,
        ),
        encoding="utf-8",
    )  # fmt: skip
    return 0


def profile_missed(missed: list[dict], screen: Display, folder: Path, stamp: str) -> list:
    """pyinstrument profiles of the missed targets: the session's worst step of each missed
    stall figure (on the UI thread), and each missed query figure. Returns the files."""
    saved: list[str] = []
    prefixes = {key: prefix for key, _label, prefix, _suffix in STALL_GROUPS}
    for row in missed:
        profile_folder = ensure_profile(SIZES[row["size"]])
        name = f"{row['key']}-{row['size']}-{stamp}"
        if row["key"] in prefixes or row["key"].startswith("filter"):
            worst = max(
                (step for step, ms in row.get("steps", {}).items()),
                key=lambda step: row["steps"][step],
                default=None,
            )
            prefix = worst or prefixes.get(row["key"], "filter as typed")
            result = session(profile_folder, screen, folder / f"profiled-{name}.json", prefix)
            saved += result.get("profiles", [])
        elif row["key"] in QUERY_TARGETS:
            out = folder / f"profiled-{name}.txt"
            command = [
                sys.executable,
                str(ROOT / "benchmarks" / "bench_queries.py"),
                "--data-dir",
                str(profile_folder),
                "--out",
                str(folder / f"profiled-{name}.json"),
                "--profile",
                row["key"],
                "--profile-out",
                str(out),
            ]
            subprocess.run(command, env=screen.env(), check=True, stdout=subprocess.DEVNULL)
            saved.append(str(out))
    for path in saved:
        print(f"\nprofile: {path}")
        print("\n".join(Path(path).read_text(encoding="utf-8").splitlines()[:40]))
    return saved


if __name__ == "__main__":
    sys.exit(main())
