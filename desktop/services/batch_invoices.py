"""A month's invoices in one go: issued one by one, their Factur-X PDFs built on every core.

:func:`issue_and_build` is a generator of :class:`Progress` steps, as every long task
here (the UI drives it on the writer thread behind a progress bar with Cancel, through
``ui/tasks.run_task``; the command line and the benchmark just iterate it):

1. issuing: each draft gets its number in its own IMMEDIATE transaction (numbers must be
   given in order, one writer at a time); a draft that cannot be issued (a client without
   SIREN, My company incomplete...) is listed with the reason and the others go on;
2. building: the issued invoices' documents are read from the database in this process,
   then built by a process pool (``documents.batch.build_many``): Platypus holds the GIL,
   so threads would not help. Workers get plain data (``InvoiceDocument``), never touch
   the database, and write each PDF atomically.

Cancel (``cancelled()`` returning True, or closing the generator) stops before the next
invoice is issued or the next PDF starts: what was issued stays issued (each one is
complete and numbered in order), the PDFs already built stay, none is half written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_document import Party
from desktop.domain.vat import regime_for
from desktop.domain.vocabulary import InvoiceStatus
from desktop.profile import Profile
from desktop.services import company, invoices
from desktop.services.progress import Progress
from desktop.store.models import ActivityReport, Company, Contract, Invoice

ISSUING = QT_TRANSLATE_NOOP("Progress", "invoices issued")
BUILDING = QT_TRANSLATE_NOOP("Progress", "invoice PDFs built")


@dataclass
class BatchOutcome:
    """What a batch did: numbers issued, files built, drafts refused with the reason."""

    issued: dict[int, str] = field(default_factory=dict)  # invoice id -> number
    built: dict[int, Path] = field(default_factory=dict)  # invoice id -> PDF
    refused: list[tuple[int, Message]] = field(default_factory=list)  # (draft id, reason)
    cancelled: bool = False


def drafts_from_reports(month: dt.date, seller: Party | None = None) -> list[int]:
    """Invoice drafts for the month's validated activity reports not invoiced yet (days x
    daily rate, extras), each in its own transaction; returns the drafts' ids."""
    from desktop.services.activity_reports import invoice_from_report

    franchise = (seller.vat_franchise if seller else company.identity().vat_exempt) or False
    first = month.replace(day=1)
    ids = []
    reports = (
        ActivityReport.select(ActivityReport.id, Contract.company)
        .join(Contract)
        .where((ActivityReport.month == first) & (ActivityReport.status == "validated"))
        .order_by(ActivityReport.id)
    )
    for report in reports:
        client = Company.get_by_id(report.contract.company_id)
        regime = regime_for(franchise, client.country, client.vat_number)
        ids.append(invoice_from_report(report.id, vat_regime=regime))
    return ids


def drafts_of_month(month: dt.date) -> list[int]:
    """Drafts whose service starts in ``month`` (the month's work), oldest first."""
    first = month.replace(day=1)
    after = (first + dt.timedelta(days=32)).replace(day=1)
    return [
        i.id
        for i in Invoice.select(Invoice.id)
        .where(
            (Invoice.status == InvoiceStatus.DRAFT)
            & Invoice.issued_at.is_null(True)
            & (Invoice.service_start >= first)
            & (Invoice.service_start < after)
        )
        .order_by(Invoice.id)
    ]


def issue_and_build(
    draft_ids: list[int],
    folder: Path,
    outcome: BatchOutcome,
    seller: Party | None = None,
    today: dt.date | None = None,
    profile: Profile | None = None,
    workers: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[Progress]:
    """Issue ``draft_ids`` in order, then build their Factur-X PDFs into ``folder``
    (``facture-fa-2026-00001.pdf``...) across the cores; fills ``outcome``."""
    from desktop.services.seller import complete_seller

    seller = seller or complete_seller()
    today = today or dt.date.today()
    stop = cancelled or (lambda: False)
    total = 2 * len(draft_ids)
    yield Progress(0, total, ISSUING)
    for done, draft_id in enumerate(draft_ids, 1):
        if stop():
            outcome.cancelled = True
            return
        try:
            outcome.issued[draft_id] = invoices.issue(draft_id, seller, today)
        except DomainError as exc:
            outcome.refused.append((draft_id, exc.message))
        yield Progress(done, total, ISSUING)
    yield from build_issued(
        list(outcome.issued), folder, outcome, profile, workers, stop, start=len(draft_ids),
        total=total,
    )  # fmt: skip


def build_issued(
    invoice_ids: list[int],
    folder: Path,
    outcome: BatchOutcome,
    profile: Profile | None = None,
    workers: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    start: int = 0,
    total: int | None = None,
) -> Iterator[Progress]:
    """Build the Factur-X PDFs of issued invoices into ``folder`` on every core (a month
    issued by the invoicing screens' own batch, or PDFs to make again)."""
    from desktop.documents.batch import build_many, chunk_size
    from desktop.documents.files import sync_folder
    from desktop.documents.invoicing import build_batch_invoice_job, warm_up_invoice_builds
    from desktop.services.invoice_documents import file_name

    stop = cancelled or (lambda: False)
    total = total if total is not None else len(invoice_ids)
    folder.mkdir(parents=True, exist_ok=True)
    logo = None
    if profile is not None:
        logo = company.image_path(profile, company.identity().logo)
    owner: dict[Path, int] = {}

    def jobs() -> Iterator[tuple]:
        # Read lazily: the workers start on the first invoice while the next are read.
        for invoice_id in invoice_ids:
            target = folder / file_name(invoice_id)
            owner[target] = invoice_id
            yield (invoices.invoice_document(invoice_id), target, logo)

    done = start
    try:
        chunk = chunk_size(len(invoice_ids), workers)
        builds = build_many(
            jobs(), workers, stop, build_batch_invoice_job, chunk, warm_up_invoice_builds
        )
        for built in builds:
            done += 1
            outcome.built[owner[built.path]] = built.path
            yield Progress(done, total, BUILDING)
    finally:  # the renames of the whole batch made durable at once (files.replacing)
        sync_folder(folder)
    if len(outcome.built) < len(invoice_ids):
        outcome.cancelled = True
