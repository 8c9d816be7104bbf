"""Documents: 100 contracts of 8 pages in a batch, pages per second beside a bare canvas.

    python benchmarks/documents.py [--contracts 100] [--workers 2]

Builds a throwaway profile (a small demo data set, My company filled), takes one
contract whose clauses are lengthened to 8 pages, and measures:

- gathering a contract's data (clause variables filled from the database);
- building 100 such contracts one after the other (1 core), then with a process pool
  on every core (``desktop.documents.batch.build_many``);
- the baselines: a bare reportlab canvas page (Helvetica, not embedded), and the same
  page with the embedded DejaVu Sans (font subsetting is part of every real page);
- one quote and one termination letter, as the window builds them.

Prints pages per second and the ratio to the bare canvas.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.documents.batch import build_many
from desktop.documents.business import Images, contract_document
from desktop.documents.layout import build_pdf
from desktop.profile import Profile
from desktop.services import company, contracts, documents, quotes
from desktop.services.demo import DemoSize, generate_demo
from desktop.store.database import open_database
from desktop.store.models import Contract, Mission

EXTRA = (
    "Le Prestataire organise librement son travail et rend compte de son avancement lors "
    "des points hebdomadaires convenus avec le Client. Il informe le Client sans délai de "
    "toute difficulté susceptible d'affecter le calendrier ou la qualité des livrables. "
)


def bare_canvas(folder: Path, pages: int, font: str | None) -> float:
    """Seconds to write ``pages`` one-page PDFs with a few lines of text each."""
    from reportlab.pdfgen.canvas import Canvas

    if font:
        from desktop.documents.fonts import register_fonts

        register_fonts()
    started = time.perf_counter()
    for i in range(pages):
        canvas = Canvas(str(folder / f"bare-{i}.pdf"), initialFontName=font or "Helvetica")
        canvas.setFont(font or "Helvetica", 10)
        for line in range(40):
            canvas.drawString(72, 780 - line * 18, f"Ligne {line} — {EXTRA[:80]}")
        canvas.showPage()
        canvas.save()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contracts", type=int, default=100)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="fd-bench-docs-"))
    profile = Profile(root / "profile").ensure()
    open_database(profile.database, profile.backups)
    for _ in generate_demo(DemoSize(talents=200, companies=60, missions=40, invoices=50)):
        pass
    mission = (
        Mission.select()
        .where(
            Mission.client_daily_rate.is_null(False)
            & (Mission.objectives != "")
            & (Mission.deliverables != "")
        )
        .first()
    )
    quote_id = quotes.create_from_mission(mission.id)
    quotes.send(quote_id)
    contract_id = quotes.accept(quote_id)
    Contract.update(talent=None).where(Contract.id == contract_id).execute()
    drafts = contracts.clauses(contract_id)
    lengthened = [replace(d, body=d.body + "\n\n" + EXTRA * 6) for d in drafts]
    contracts.save_clauses(contract_id, lengthened + lengthened[:4])

    started = time.perf_counter()
    for _ in range(20):
        data = documents.contract_data(contract_id)
    gather_ms = (time.perf_counter() - started) / 20 * 1000
    identity = company.identity()
    document = contract_document(identity, data, Images())
    out = root / "out"
    probe = build_pdf(document, out / "probe.pdf")
    pages = probe.pages
    jobs = [
        (replace(document, reference=f"CT-2026-{i:05d}"), out / f"contract-{i:03d}.pdf")
        for i in range(args.contracts)
    ]
    total_pages = pages * len(jobs)

    started = time.perf_counter()
    built = list(build_many(jobs, workers=1))
    one_core = time.perf_counter() - started
    assert len(built) == len(jobs)
    started = time.perf_counter()
    built = list(build_many(jobs, workers=args.workers))
    pooled = time.perf_counter() - started
    assert len(built) == len(jobs) and all(b.pages == pages for b in built)

    bare = bare_canvas(out, total_pages // 4, None) * 4
    bare_ttf = bare_canvas(out, total_pages // 4, "DejaVuSans") * 4

    started = time.perf_counter()
    documents.build_quote(quote_id, out / "quote.pdf", profile)
    quote_ms = (time.perf_counter() - started) * 1000

    def rate(seconds: float) -> float:
        return total_pages / seconds

    print(f"contract: {pages} pages; data gathered in {gather_ms:.1f} ms")
    print(f"{len(jobs)} contracts, {total_pages} pages:")
    print(f"  1 core            {one_core:6.1f} s  {rate(one_core):6.0f} pages/s")
    print(
        f"  {args.workers} processes       {pooled:6.1f} s  {rate(pooled):6.0f} pages/s "
        f"({one_core / pooled:.2f}x)"
    )
    print(f"  bare canvas page  {bare:6.1f} s  {rate(bare):6.0f} pages/s (Helvetica, one core)")
    print(f"  bare + DejaVu     {bare_ttf:6.1f} s  {rate(bare_ttf):6.0f} pages/s (embedded TTF)")
    print(
        f"  contract pages vs bare canvas: {rate(one_core) / rate(bare):.2f}x on one core, "
        f"{rate(pooled) / rate(bare):.2f}x pooled"
    )
    print(f"one quote (data, build, file): {quote_ms:.0f} ms")


if __name__ == "__main__":
    main()
