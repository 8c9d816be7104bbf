"""Build many documents on every core: a month's invoices, a hundred contracts.

Platypus is pure Python and holds the GIL: threads would not help. A process
pool does; each worker registers the fonts and styles once and keeps them for
the following documents. ``Document`` is plain data, so it crosses to the
workers as a pickle (a few kilobytes). Measured in benchmarks/documents.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from desktop.documents.layout import Built, Document, build_pdf


def _build(job: tuple[Document, Path]) -> Built:
    document, target = job
    return build_pdf(document, target)


def build_many(
    jobs: list[Any],
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
    if workers == 1 or len(jobs) == 1:
        for job in jobs:
            if cancelled is not None and cancelled():
                return
            yield builder(job)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(builder, job) for job in jobs]
        try:
            for future in as_completed(futures):
                if cancelled is not None and cancelled():
                    break
                yield future.result()
        finally:
            for future in futures:
                future.cancel()
