"""Build many documents on every core: a month's invoices, a hundred contracts.

Platypus is pure Python and holds the GIL: threads would not help. A process
pool does; each worker registers the fonts and styles once and keeps them for
the following documents. ``Document`` is plain data, so it crosses to the
workers as a pickle (a few kilobytes). Measured in benchmarks/documents.py.

A large batch sends its jobs to the workers a few at a time (``chunk``): one task per
invoice cost the parent 0.8-0.95 ms of CPU per invoice (pickling, a round trip, a
wake-up for each result), 0.17 ms with chunks of 8 (benchmarks/invoices.py, 600
invoices on two workers), a twentieth of an invoice's CPU.

Where workers are forked from this process (Linux), ``warm_up`` loads once, here, what
every worker would load for its first document (reportlab, pypdf and factur-x, the
fonts, the XSD: about 370 ms of CPU a worker for invoices); the workers inherit it.
Elsewhere (spawned workers) it is not called: it would only cost this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from itertools import islice
from pathlib import Path
from typing import Any

from desktop.documents.layout import Built, Document, build_pdf


def _build(job: tuple[Document, Path]) -> Built:
    document, target = job
    return build_pdf(document, target)


def _build_chunk(builder: Callable[[Any], Built], chunk: list[Any]) -> list[Built]:
    return [builder(job) for job in chunk]


def chunk_size(count: int, workers: int | None = None) -> int:
    """Jobs per task for a batch of ``count``: up to 8, and at least 8 tasks per worker so
    that a short batch still spreads over every core and progress moves often."""
    workers = workers or os.cpu_count() or 1
    return max(1, min(8, count // (workers * 8)))


def build_many(
    jobs: Iterable[Any],
    workers: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    builder: Callable[[Any], Built] = _build,
    chunk: int | None = None,
    warm_up: Callable[[], object] | None = None,
) -> Iterator[Built]:
    """Yield each :class:`Built` as it finishes (not in order). ``workers`` defaults to the
    number of cores; 1 builds in this process. ``cancelled()`` stops before the next
    task starts (those already running finish and are kept).

    ``builder`` turns one job into a file: by default a ``(Document, target)`` pair through
    :func:`build_pdf`; invoices pass ``documents.invoicing.build_invoice_job`` (a Factur-X
    PDF from an ``InvoiceDocument``). It must be a module-level function (pickled).

    ``chunk``: jobs sent to a worker at once (:func:`chunk_size` of a list's length by
    default, else 1); results then come a chunk at a time, and Cancel lets the chunks
    already running finish. ``warm_up``: see the module docstring.
    """
    workers = workers or os.cpu_count() or 1
    if isinstance(jobs, list | tuple) and len(jobs) == 1:
        workers = 1
    stop = cancelled or (lambda: False)
    if workers == 1:
        for job in jobs:
            if stop():
                return
            yield builder(job)
        return
    if chunk is None:
        chunk = chunk_size(len(jobs), workers) if isinstance(jobs, list | tuple) else 1
    # A window of a few tasks per worker: the next jobs are read (a generator may query the
    # database) while the workers build, progress comes as each task is done, and Cancel
    # leaves at most the window to drop.
    window = workers * (4 if chunk == 1 else 2)
    source = iter(jobs)
    context = multiprocessing.get_context()
    if warm_up is not None and context.get_start_method() == "fork":
        warm_up()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: set = set()
        try:
            while True:
                while len(pending) < window and not stop():
                    tasks = list(islice(source, chunk))
                    if not tasks:
                        break
                    pending.add(pool.submit(_build_chunk, builder, tasks))
                if not pending:
                    return
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
                if stop():
                    return
        finally:
            for future in pending:
                future.cancel()
