"""Fewer malloc arenas for the window's threads, on Linux with glibc: less memory held.

glibc gives a thread that allocates its own arena, up to eight per core, and memory freed
in an arena stays there for that arena's next allocations. The reader lanes
(:mod:`desktop.ui.tasks`) allocate SQLite pages and result rows in bursts on threads of
their own, so each lane's arena keeps the high-water mark of its largest read resident.
Two arenas, the main thread's and one shared by the other threads: 208 MiB of peak RSS
instead of 221-224 in the 300k session of ``benchmarks/bench_session.py``, twice each.

The call must come before the lanes' threads first allocate (they start on the first read,
once the database is open). Nothing is done where the user or a packager chose a value
(``MALLOC_ARENA_MAX``), nor on other C libraries and systems, whose allocators differ.
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

ARENAS = 2
_M_ARENA_MAX = -8  # glibc's malloc.h


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's arenas at ``arenas``; True when the cap was set."""
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return False
    except (ValueError, OSError):  # not glibc (musl has no such name)
        return False
    import ctypes

    try:
        done = bool(ctypes.CDLL(None).mallopt(_M_ARENA_MAX, arenas))
    except (OSError, AttributeError):
        return False
    if not done:
        log.info("glibc refused mallopt(M_ARENA_MAX, %d)", arenas)
    return done
