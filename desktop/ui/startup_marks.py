"""The start-up timeline, for ``dev.py bench``: when each stage of start-up ended.

Only active when ``FREELANCE_DESK_STARTUP_TIMELINE`` names a file: :func:`mark`
then notes the wall-clock time of a stage (the benchmark started its clock just
before starting this process), and :func:`watch` waits for the window to be
exposed and for the first section's content to be painted, writes the marks as
JSON and quits. Imports no Qt at module level: :func:`mark` runs before PySide6
is imported.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

_marks: list[tuple[str, float]] = []


def mark(stage: str) -> None:
    """Note that ``stage`` ended now (a no-op unless the benchmark asked for marks)."""
    if os.environ.get("FREELANCE_DESK_STARTUP_TIMELINE"):
        _marks.append((stage, time.time()))


def _rss() -> int | None:
    """Peak resident memory of this process in KiB (None where unknown: Windows)."""
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def watch(app, window) -> None:
    """Mark "shown" once the window is exposed, "content" once its page has its rows and a
    paint went through, then write the marks and quit."""
    from PySide6.QtCore import QTimer

    path = os.environ["FREELANCE_DESK_STARTUP_TIMELINE"]
    timer = QTimer(app)
    timer.setInterval(1)
    state = {"shown": False}

    def ready(page) -> bool:
        if hasattr(page, "settled"):
            return page.settled
        return not getattr(page, "loading", False)

    def poll() -> None:
        handle = window.windowHandle()
        if not state["shown"]:
            if handle is not None and handle.isExposed():
                state["shown"] = True
                mark("shown")
            return
        page = window.stack.currentWidget()  # None until the window is filled
        from desktop.ui import tasks

        if page is not None and tasks.pending() == 0 and ready(page):
            window.repaint()  # the content, painted now
            mark("content")
            timer.stop()
            marks = {"marks": _marks, "rss_kib": _rss()}
            Path(path).write_text(json.dumps(marks), encoding="utf-8")
            app.quit()

    timer.timeout.connect(poll)
    timer.start()
