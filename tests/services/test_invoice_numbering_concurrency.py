"""Two processes issuing 500 invoices each: 1,000 numbers, no gap, no duplicate, no error."""

import datetime as dt
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path

from desktop.services.invoices import InvoiceDraft, LineDraft, create_draft
from desktop.store.models import Invoice
from tests.services import invoicing_book

client = invoicing_book.client  # the fixture

TODAY = dt.date(2026, 11, 22)


def issue_all(path: str, ids: list[int]) -> list[str]:
    """Run in a fresh process: open the profile's database and issue every draft of ``ids``."""
    from desktop.services.invoices import issue
    from desktop.store.database import open_database
    from tests.documents.facturx_cases import SELLER

    db = open_database(Path(path))
    try:
        return [issue(invoice_id, SELLER, TODAY) for invoice_id in ids]
    finally:
        db.close()


def test_two_processes_issue_a_thousand_gapless_numbers(client, profile):
    line = [LineDraft("Développement", Decimal("1"), Decimal("650"))]
    ids = [create_draft(InvoiceDraft(company_id=client), line) for _ in range(1000)]
    halves = [ids[0::2], ids[1::2]]  # interleaved: both processes compete all along
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        results = list(pool.map(issue_all, [str(profile.database)] * 2, halves))
    numbers = results[0] + results[1]
    assert len(numbers) == len(set(numbers)) == 1000
    assert sorted(numbers) == [f"FA-2026-{n:05d}" for n in range(1, 1001)]
    stored = sorted(Invoice.select(Invoice.sequence).where(Invoice.number.is_null(False)).tuples())
    assert [s for (s,) in stored] == list(range(1, 1001))
    # each process got its numbers in increasing order: no number given out of turn
    for part in results:
        assert part == sorted(part)
