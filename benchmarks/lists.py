"""The 100,000-record profile the per-area benchmarks share (boards, search, matching,
analytics): built once in ``benchmarks/data/`` with the demo generator.

The lists' figures (first page, filter as you type, jump to the end, start-up) are
measured by ``python3 dev.py bench`` (benchmarks/bench.py), through the real window,
at 10k, 100k and 300k records.

    python benchmarks/lists.py      # builds the shared profile and says where it is
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def main() -> int:
    folder = build_profile(
        ROOT / "benchmarks" / "data" / "lists", 100_000, 100_000, 20_000, 200_000
    )
    print(f"profile: {folder}\nthe lists' figures: python3 dev.py bench")
    return 0


if __name__ == "__main__":
    sys.exit(main())
