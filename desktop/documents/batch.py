"""Build many documents on every core: a month's invoices, a hundred contracts.

Platypus is pure Python and holds the GIL: threads would not help. A process
pool does; each worker registers the fonts and styles once and keeps them for
the following documents. ``Document`` is plain data, so it crosses to the
workers as a pickle (a few kilobytes). Measured in benchmarks/documents.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from desktop.documents.layout import Built, Document, build_pdf


def _build(job: tuple[Document, Path]) -> Built:
    document, target = job
    return build_pdf(document, target)


def build_many(
    jobs: Iterable[Any],
    workers: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    builder: Callable[[Any], Built] = _build,
) -> Iterator[Built]:
    """Yield each :class:`Built` as it finishes (not in order). ``workers`` defaults to the
    number of cores; 1 builds in this process. ``cancelled()`` stops before the next
    document starts (those already running finish and are kept).

    ``builder`` turns one job into a file: by default a ``(Document, target)`` pair through
    :func:`build_pdf`; invoices pass ``documents.invoicing.build_invoice_job`` (a Factur-X
    PDF from an ``InvoiceDocument``). It must be a module-level function (pickled).
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
    # A window of a few jobs per worker: the next jobs are read (a generator may query the
    # database) while the workers build, progress comes as each file is done, and Cancel
    # leaves at most the window to drop.
    window = workers * 4
    source = iter(jobs)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: set = set()
        try:
            while True:
                while len(pending) < window and not stop():
                    job = next(source, None)
                    if job is None:
                        break
                    pending.add(pool.submit(builder, job))
                if not pending:
                    return
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
                if stop():
                    return
        finally:
            for future in pending:
                future.cancel()
