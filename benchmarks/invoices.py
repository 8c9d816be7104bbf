"""Invoices: 1,000 Factur-X PDFs in a batch, per second, beside a bare reportlab page.

    python benchmarks/invoices.py [--invoices 1000] [--workers 2] [--issue 1000]

Measures, each on a process pool of ``--workers`` processes through
``desktop.documents.batch.build_many`` (the path of the month batch):

- the baseline: a bare reportlab canvas page with the embedded DejaVu Sans (font
  subsetting is part of every real page), built the same way, one file per page;
- 1,000 invoice PDFs with Factur-X: the invoice layout, the CII XML checked against the
  XSD, PDF/A-3 (sRGB OutputIntent), the XML and its XMP embedded by the ``factur-x``
  package, written atomically, the folder fsynced once at the end (``documents.invoicing
  .build_batch_invoice_job``, as the month batch). Each invoice has its own quantities
  and prices (a month's invoices do), so that a per-process cache of formatted amounts
  or parsed texts cannot make the batch look faster than a real one;
- the same invoices on one core, for the speed-up (in this process: its start-up, the
  imports and fonts, is counted in the first run that needs it);
- ``--issue N``: the whole month batch of the app, ``services.batch_invoices
  .issue_and_build``: N drafts issued one by one (one IMMEDIATE transaction each, the
  database on disk) and their PDFs built on the pool.

The machine is shared: the load average and the CPU time of this process and of its
workers are printed beside the wall-clock rates.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.documents.batch import build_many
from desktop.documents.files import sync_folder
from desktop.documents.invoicing import build_batch_invoice_job, warm_up_invoice_builds
from desktop.documents.layout import Built
from tests.documents.facturx_cases import cases

TEXT = "Développement Python — sprint 12, revue de code et mise en production (1 234,50 €)"


def bare_page(job: tuple[int, Path]) -> Built:
    """The baseline: one canvas page in the embedded DejaVu Sans, written to a file."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.fonts import FAMILY, register_fonts

    register_fonts()
    number, target = job
    canvas = Canvas(str(target), initialFontName=FAMILY)
    canvas.setFont(FAMILY, 10)
    for line in range(40):
        canvas.drawString(72, 780 - line * 18, f"FA-2026-{number:05d} · ligne {line} — {TEXT}")
    canvas.showPage()
    canvas.save()
    return Built(target, 1, [], None)


def invoice_jobs(count: int, folder: Path) -> list:
    """The standard invoice of the Factur-X cases, numbered, with amounts of its own."""
    from desktop.domain.vat import TaxableLine, compute_totals

    standard = cases()["standard"]
    jobs = []
    for i in range(1, count + 1):
        days = Decimal(10 + i % 13) + Decimal(i % 4) / 4  # 10 to 22.75 days
        rates = (Decimal(450 + i % 37 * 10), Decimal(100 + i % 7 * 25), Decimal("99.99"))
        quantities = (days, Decimal(1 + i % 3), Decimal(1))
        lines = tuple(
            dataclasses.replace(
                line, quantity=qty, unit_price=price, net=(qty * price).quantize(Decimal("0.01"))
            )
            for line, qty, price in zip(standard.lines, quantities, rates, strict=True)
        )
        totals = compute_totals(TaxableLine(ln.net, ln.category, ln.rate) for ln in lines)
        doc = dataclasses.replace(standard, number=f"FA-2026-{i:05d}", lines=lines, totals=totals)
        jobs.append((doc, folder / f"facture-{i:05d}.pdf", None))
    return jobs


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def warm_up_bare_page() -> None:
    """What the bare page's workers would each load (as the invoices' warm-up does)."""
    import reportlab.pdfgen.canvas  # noqa: F401

    from desktop.documents.fonts import register_fonts

    register_fonts()


def timed(
    label: str, jobs: list, workers: int, builder, baseline: float | None, warm_up=None
) -> float:
    load = os.getloadavg()[0]
    cpu, started = cpu_seconds(), time.perf_counter()
    count = sum(1 for _ in build_many(jobs, workers, builder=builder, warm_up=warm_up))
    sync_folder(Path(jobs[0][1]).parent)  # as the month batch does once at its end
    wall = time.perf_counter() - started
    cpu = cpu_seconds() - cpu
    rate = count / wall
    ratio = f", {rate / baseline:.2f}x the bare page" if baseline else ""
    print(
        f"{label:<44} {count:>5} in {wall:6.2f} s = {rate:7.1f}/s{ratio} "
        f"(CPU {cpu:6.2f} s = {cpu / count * 1000:.1f} ms each, "
        f"load {load:.2f} -> {os.getloadavg()[0]:.2f})"
    )
    return rate


def month_batch(count: int, workers: int, folder: Path) -> None:
    """The app's month batch end to end: drafts issued, then built on the pool."""
    from desktop.profile import Profile
    from desktop.services import company
    from desktop.services.batch_invoices import BatchOutcome, issue_and_build
    from desktop.services.invoices import InvoiceDraft, LineDraft, create_draft
    from desktop.store.database import open_database
    from desktop.store.models import Company

    profile = Profile(folder / "profile").ensure()
    open_database(profile.database, profile.backups)
    company.fill_demo_identity()
    client = Company.insert(
        name="Acme & Co", sort_name="acme", siren="443061841", vat_number="FR83443061841",
        address="5 avenue des Champs-Élysées", postal_code="75008", city="Paris",
    ).execute()  # fmt: skip
    lines = [
        LineDraft("Développement Python – octobre 2026", Decimal("20.5"), Decimal(650), unit="DAY"),
        LineDraft("Astreinte – octobre 2026", Decimal(2), Decimal(150)),
        LineDraft("Formation – support imprimé", Decimal(1), Decimal("99.99"), Decimal("5.5")),
    ]
    draft = InvoiceDraft(client, service_start=dt.date(2026, 10, 1),
                         service_end=dt.date(2026, 10, 31))  # fmt: skip
    drafts = [create_draft(draft, lines) for _ in range(count)]
    outcome = BatchOutcome()
    load = os.getloadavg()[0]
    cpu, started = cpu_seconds(), time.perf_counter()
    issued_at = None
    for step in issue_and_build(
        drafts, folder / "month", outcome, today=dt.date(2026, 11, 2), workers=workers
    ):
        if issued_at is None and step.done == count:
            issued_at = time.perf_counter() - started
    wall = time.perf_counter() - started
    cpu = cpu_seconds() - cpu
    print(
        f"{'month batch: issue + build (services)':<44} {len(outcome.built):>5} in {wall:6.2f} s"
        f" = {len(outcome.built) / wall:7.1f}/s (issuing {issued_at:.2f} s; CPU {cpu:.2f} s, "
        f"load {load:.2f} -> {os.getloadavg()[0]:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--single", type=int, default=200, help="invoices on one core")
    parser.add_argument("--issue", type=int, default=0, help="also the month batch of N drafts")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, {args.workers} workers, load average {os.getloadavg()}")
    with tempfile.TemporaryDirectory(prefix="fd-bench-invoices-") as root:
        root = Path(root)
        for name in ("bare", "invoices", "single"):
            (root / name).mkdir()
        jobs = [(i, root / "bare" / f"bare-{i:05d}.pdf") for i in range(args.invoices)]
        baseline = timed("bare reportlab page (DejaVu embedded)", jobs, args.workers,
                         bare_page, None, warm_up_bare_page)  # fmt: skip
        rate = timed(
            "invoice PDF + Factur-X (PDF/A-3)",
            invoice_jobs(args.invoices, root / "invoices"),
            args.workers,
            build_batch_invoice_job,
            baseline,
            warm_up_invoice_builds,
        )
        timed(
            "invoice PDF + Factur-X, one core",
            invoice_jobs(args.single, root / "single"),
            1,
            build_batch_invoice_job,
            baseline,
        )
        size = sum(p.stat().st_size for p in (root / "invoices").iterdir()) / args.invoices
        print(f"average invoice PDF: {size / 1024:.1f} KiB; target 200/s: "
              f"{'met' if rate >= 200 else 'missed'}")  # fmt: skip
        if args.issue:
            month_batch(args.issue, args.workers, root)


if __name__ == "__main__":
    main()
