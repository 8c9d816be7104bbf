"""The busiest timeline only: the steps of ``bench_session.py`` around the 2,000-trace company.

    python benchmarks/timeline_session.py --data-dir PROFILE --out RESULT.json [--runs 3]

The real window, in French, driven as in ``bench_session.py`` (the same 5 ms timer
recording the longest gap of each step), but only: an empty step (the baseline: what
the loaded machine costs when nothing happens), the companies' first visit, the
company with 2,000 written traces, its timeline tab, "Show older entries" twice, then
another company selected with the traces tab open. Meant for
working on the timeline without running the whole session (``dev.py bench``). Prints
one line per step; ``--runs`` repeats the timeline steps (the first run reads cold pages).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_session
from bench_session import Session, Wait


def timeline_script(runs: int):
    def script(s: Session) -> Iterator[Wait]:
        window = s.window
        yield from s.step("nothing (baseline)", lambda: None)
        page = window.page("companies")
        yield from s.step("visit companies (first)", lambda: window.go_to("companies"), page)
        heavy = int((s.data_dir / "heavy-company").read_text())
        (light,) = s.raw.execute(
            "SELECT subject_id FROM activity WHERE subject_type = 'company' AND subject_id != ? "
            "GROUP BY subject_id ORDER BY COUNT(*) DESC LIMIT 1",
            (heavy,),
        ).fetchone()
        timeline = page.timeline

        def ready() -> bool:  # ``settled``: every card built (the old widget: at once)
            return bool(timeline.cards()) and getattr(timeline, "settled", True)

        for run in range(1, runs + 1):
            yield from s.step(f"[{run}] nothing (baseline)", lambda: None)
            yield from s.step(
                f"[{run}] go to the company with 2,000 traces",
                lambda: window.go_to("companies", heavy),
                page,
            )
            tab = f"[{run}] its written traces tab"
            yield from s.step(tab, lambda: page.detail.tabs.setCurrentWidget(timeline), page)
            yield Wait(ready)
            for n in (1, 2):
                yield from s.step(f"[{run}] show older traces ({n})", timeline.show_older, page)
                yield Wait(ready)
            yield from s.step(
                f"[{run}] another company, its traces tab open",
                lambda: (window.go_to("companies", light), page.detail.flush()),
                page,
            )
            yield Wait(ready)
            page.detail.tabs.setCurrentIndex(0)  # the next run opens the tab again

    return script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", default="", help="profile the steps whose name starts so")
    args = parser.parse_args()
    bench_session.script = timeline_script(args.runs)
    sys.argv = [
        sys.argv[0],
        "--data-dir",
        str(args.data_dir),
        "--out",
        str(args.out),
        "--profile",
        args.profile,
    ]
    code = bench_session.main()
    result = json.loads(args.out.read_text(encoding="utf-8"))
    for step in result.get("steps", []):
        print(f"{step['step']:<60} stall {step['stall_ms']:6.1f} ms   {step['latency_ms']:7.1f} ms")
    if "error" in result:
        print(result["error"])
    return code


if __name__ == "__main__":
    sys.exit(main())
