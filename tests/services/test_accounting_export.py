"""FEC and CSV journal of a period, and the period's ZIP."""

import datetime as dt
import zipfile
from decimal import Decimal

from desktop.domain.accounting import check_balanced
from desktop.services.accounting_export import (
    export_period,
    fec_content,
    fec_entries,
    journal_csv,
)
from desktop.services.invoices import credit, issue
from desktop.services.payments import record_payment
from tests.services import invoicing_book
from tests.services.invoicing_book import SELLER, simple_draft

client = invoicing_book.client  # the fixture

D = dt.date


def _book(client):
    first = simple_draft(client, days="2", rate="500")
    issue(first, SELLER, D(2026, 11, 2))
    second = simple_draft(client, days="1", rate="700")
    issue(second, SELLER, D(2026, 11, 3))
    credit(second, SELLER, today=D(2026, 11, 4))
    record_payment(first, Decimal("1200"), D(2026, 11, 20), today=D(2026, 11, 22))


def test_the_fec_balances_and_holds_sales_and_bank_journals(client):
    _book(client)
    entries = fec_entries(D(2026, 11, 1), D(2026, 11, 30))
    for entry in entries:
        check_balanced(entry)
    assert [e.journal for e in entries].count("VE") == 3
    assert [e.journal for e in entries].count("BQ") == 1
    text = fec_content(D(2026, 11, 1), D(2026, 11, 30)).decode("iso8859_15")
    rows = [r.split("\t") for r in text.rstrip("\r\n").split("\r\n")]
    assert rows[0][0] == "JournalCode" and all(len(r) == 18 for r in rows)
    debit = sum(Decimal(r[11].replace(",", ".")) for r in rows[1:])
    credit_ = sum(Decimal(r[12].replace(",", ".")) for r in rows[1:])
    assert debit == credit_
    # the credit note lands on the other side: the client account is credited
    note_client = [r for r in rows[1:] if r[8] == "FA-2026-00003" and r[4] == "411000"]
    assert note_client[0][12] == "840,00"


def test_the_csv_journal_reads_in_french_excel(client):
    _book(client)
    data = journal_csv(D(2026, 11, 1), D(2026, 11, 30))
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Date;Numéro;Document")
    assert lines[1].startswith(
        "02/11/2026;FA-2026-00001;Facture;standard;Acme & Co;443061841;"
        "1000,00;200,00;1200,00;1200,00;0,00;0,00"
    )


def test_export_period_writes_a_complete_zip_or_nothing(client, tmp_path):
    _book(client)
    target = tmp_path / "novembre.zip"
    steps = list(export_period(D(2026, 11, 1), D(2026, 11, 30), target, siren="552120222"))
    assert steps[-1].done == steps[-1].total == 5
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
    assert "552120222FEC20261130.txt" in names
    assert "factures/FA-2026-00003.pdf" in names and len(names) == 5
    cancelled = tmp_path / "cancelled.zip"
    run = export_period(D(2026, 11, 1), D(2026, 11, 30), cancelled)
    next(run)
    run.close()  # Cancel: nothing where the user looks, no temporary file left
    assert not cancelled.exists() and not list(tmp_path.glob(".export-*"))
