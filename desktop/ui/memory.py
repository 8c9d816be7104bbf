"""Giving back to the system the memory a background count has freed.

glibc's allocator keeps what a worker thread frees in that thread's arena, for the
next allocation there: SQLite's page cache and sorters of a report counted on the
writer thread (its connection closed when the task ends) stayed in the process's
resident memory, 25-30 MiB at 300k for the Analytics page alone (measured:
``malloc_trim`` brings it back to where it was before the count, in 1-3 ms).
Elsewhere (macOS, Windows, musl) the function is absent and this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

_trim = None
if sys.platform.startswith("linux"):
    try:
        _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        _trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):  # not glibc
        _trim = None


def release_freed_memory() -> None:
    """Return the heap's free pages to the system (every thread's arena); cheap."""
    if _trim is not None:
        try:
            _trim(0)
        except OSError:  # pragma: no cover - a libc without it
            log.debug("malloc_trim failed", exc_info=True)
