"""Less memory held by glibc's allocator, on Linux: fewer arenas, free pages given back.

Elsewhere (macOS, Windows, musl) both functions do nothing: their allocators differ.

**Arenas.** glibc gives a thread that allocates its own arena, up to eight per core, and
memory freed in an arena stays there for that arena's next allocations. The reader lanes
(:mod:`desktop.ui.tasks`) allocate SQLite pages and result rows in bursts on threads of
their own, so each lane's arena keeps the high-water mark of its largest read resident.
Two arenas, the main thread's and one shared by the other threads: 208 MiB of peak RSS
instead of 221-224 in the 300k session of ``benchmarks/bench_session.py``, twice each.

The call must come before the lanes' threads first allocate (they start on the first
read, once the database is open). Nothing is done where the user or a packager chose a
value (``MALLOC_ARENA_MAX``).

**Giving back.** What a thread frees stays in its arena for its next allocations: SQLite's
page cache and sorters of a report counted on the writer thread (its connection closed
when the task ends) stayed resident, 25-30 MiB at 300k for the Analytics page alone;
``malloc_trim`` brings the process back to where it was before the count, in 1-3 ms.
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

ARENAS = 2
_M_ARENA_MAX = -8  # glibc's malloc.h


def _glibc() -> object | None:
    """The process's C library when it is glibc on Linux (ctypes imported then), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return None
    except (ValueError, OSError):  # not glibc (musl has no such name)
        return None
    import ctypes

    try:
        return ctypes.CDLL(None)  # the symbols already loaded: no search for libc's file
    except OSError:
        return None


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's arenas at ``arenas``; True when the cap was set."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return False
    libc = _glibc()
    if libc is None:
        return False
    try:
        done = bool(libc.mallopt(_M_ARENA_MAX, arenas))
    except AttributeError:
        return False
    if not done:
        log.info("glibc refused mallopt(M_ARENA_MAX, %d)", arenas)
    return done


def release_freed_memory() -> bool:
    """Return the heap's free pages to the system (every arena); True when glibc did so."""
    libc = _glibc()
    if libc is None:
        return False
    try:
        return bool(libc.malloc_trim(0))
    except AttributeError:
        return False
