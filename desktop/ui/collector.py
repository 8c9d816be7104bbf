"""Python's cyclic garbage collector, kept from stalling the window.

CPython's collector walks every object it tracks on a full pass (generation 2), and
such a pass runs in whatever thread happens to allocate when it is due, holding the
interpreter: the UI thread waits for it either way. Once the window and the sections'
modules are loaded, the process tracks some 50,000 objects and more as pages are built
(their widgets' wrappers, their signal connections): the full passes of the 300k session
of ``benchmarks/bench_session.py`` took 23, 33 and 49 ms, each a stall on its own, and
the longest of the first visits to To do and the Pipeline.

Nearly all of those objects live as long as the process: modules, classes, functions,
the window and its pages. :func:`settle` moves what exists to the permanent generation
(``gc.freeze``, microseconds), which no pass walks again; later passes walk only what was
made since. It is called when the window is filled and at the end of each phase of the
warm-up (:func:`desktop.ui.warmup.warm`).

The price: a reference cycle among frozen objects that becomes garbage later is never
freed. Objects freed by their reference count (nearly all: rows, results, dialogs once
closed) still are. Python 3.14's incremental collector makes this unneeded there.

Frozen objects no longer count as the heap either: CPython runs a full pass once the
objects that survived since the last one reach a quarter of those it walked then, and
with only the few unfrozen left that came with the first big read (To do's, on a reader
thread: a 20-43 ms pass at 300k). So a full pass is also asked for only every
:data:`FULL_PASS_EVERY` passes of the middle generation, not 10: none in the 300k
session, peak memory the same (188-189 MiB).
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


FULL_PASS_EVERY = 100  # passes of generation 1 between two full passes (CPython: 10)


def settle() -> int:
    """Freeze the objects tracked now (see the module's docstring); how many are frozen in all."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_PASS_EVERY)
    gc.freeze()
    frozen = gc.get_freeze_count()
    log.debug("%d objects frozen out of the collector's full passes", frozen)
    return frozen
