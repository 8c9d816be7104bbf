#!/usr/bin/env python3
"""Size and start-up of the app's bundle beside a bare PySide6 window bundled the same way.

    python packaging/compare_bundles.py [--runs 7]

Run after packaging/build_bundle.py. Builds packaging/baseline/ (the same PyInstaller
options, excluded modules and Qt trim, see packaging/bundle_trim.py), then starts each
bundle ``--runs`` times in turn on Qt's offscreen platform, until its window is shown
(FREELANCE_DESK_QUIT_WHEN_SHOWN), and prints the medians and ratios beside the targets:
size at most 1.25x the baseline's, start-up at most 1.3x. The app starts on a profile
created by a first, unmeasured start. Reports; exits 0 whether or not a target is met.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import build_bundle  # noqa: E402
from bundle_trim import saved_bytes  # noqa: E402

BASELINE = ROOT / "build" / "baseline"
SIZE_TARGET, START_TARGET = 1.25, 1.3


def build_baseline() -> Path:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pyinstaller-config-") as config:
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(BASELINE / "dist"), "--workpath", str(BASELINE / "work"),
             str(ROOT / "packaging" / "baseline" / "baseline.spec")],
            cwd=ROOT, env={**os.environ, "PYINSTALLER_CONFIG_DIR": config}, check=True,
        )  # fmt: skip
    print(f"baseline bundle built in {time.perf_counter() - started:.0f} s")
    name = "QtWindow.exe" if sys.platform == "win32" else "QtWindow"
    return BASELINE / "dist" / "QtWindow" / name


def start_time(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one start, to the window shown.

    CPU time is the work done, which other processes on the machine barely change."""
    import resource  # POSIX: this comparison runs in .ci/run, on Linux

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    subprocess.run(command, env=env, check=True, **quiet)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    baseline_exe = build_baseline()
    app_exe = build_bundle.executable(command_line=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FREELANCE_DESK_QUIT_WHEN_SHOWN": "1"}
    with tempfile.TemporaryDirectory(prefix="freelance-desk-startup-") as profile:
        app = [str(app_exe), "--data-dir", profile, "--lang", "fr"]
        start_time(app, env)  # creates the profile's database: not what is measured
        start_time([str(baseline_exe)], env)  # both sets of files in the page cache
        times: dict[str, list[float]] = {"app": [], "baseline": []}
        cpu: dict[str, list[float]] = {"app": [], "baseline": []}
        for _ in range(runs):  # interleaved: a load spike hits both alike
            for key, command in (("app", app), ("baseline", [str(baseline_exe)])):
                wall, used = start_time(command, env)
                times[key].append(wall)
                cpu[key].append(used)
    app_size = build_bundle.folder_size(build_bundle.bundle_path())
    base_size = build_bundle.folder_size(BASELINE / "dist" / "QtWindow")
    app_saved = saved_bytes(ROOT / "build" / "installer" / "trimmed-files.txt")
    base_saved = saved_bytes(BASELINE / "work" / "baseline" / "trimmed-files.txt")
    app_start, base_start = (min(times[k]) for k in ("app", "baseline"))
    app_median, base_median = (statistics.median(times[k]) for k in ("app", "baseline"))
    app_cpu, base_cpu = (statistics.median(cpu[k]) for k in ("app", "baseline"))
    size_ratio, start_ratio = app_size / base_size, app_start / base_start

    def verdict(ratio: float, target: float) -> str:
        return f"target {target}x {'met' if ratio <= target else 'NOT met'}"

    print(f"{'':24}{'app':>12}{'bare window':>14}{'ratio':>8}")
    print(f"{'bundle size':24}{app_size / 1e6:>9.1f} MB{base_size / 1e6:>11.1f} MB"
          f"{size_ratio:>7.2f}x  {verdict(size_ratio, SIZE_TARGET)}")  # fmt: skip
    start_verdict = verdict(start_ratio, START_TARGET)
    print(f"{'start-up, best of ' + str(runs):24}{app_start * 1000:>9.0f} ms"
          f"{base_start * 1000:>11.0f} ms{start_ratio:>7.2f}x  {start_verdict}")  # fmt: skip
    print(f"{'start-up, median':24}{app_median * 1000:>9.0f} ms{base_median * 1000:>11.0f} ms"
          f"{app_median / base_median:>7.2f}x")  # fmt: skip
    print(f"{'start-up CPU, median':24}{app_cpu * 1000:>9.0f} ms{base_cpu * 1000:>11.0f} ms"
          f"{app_cpu / base_cpu:>7.2f}x  (user + system: the work, whatever the load)")  # fmt: skip
    print(f"{'left out by the trim':24}{app_saved / 1e6:>9.1f} MB{base_saved / 1e6:>11.1f} MB"
          f"   (untrimmed: {(app_size + app_saved) / 1e6:.1f} MB and "
          f"{(base_size + base_saved) / 1e6:.1f} MB)")  # fmt: skip
    print("start-up runs (ms): app " + " ".join(f"{t * 1000:.0f}" for t in times["app"])
          + "; bare window " + " ".join(f"{t * 1000:.0f}" for t in times["baseline"]))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
