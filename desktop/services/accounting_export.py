"""For the accountant: the FEC (sales and bank journals), a CSV journal, a period ZIP.

:func:`export_period` is a generator of progress steps (Cancel closes it; the ZIP is
written to a temporary file and moved into place only when complete). It holds the FEC,
the CSV journal and, per issued document, its Factur-X PDF (``factures/<number>.pdf``, the
file the window and ``main.py print invoice`` build: PDF/A-3 with the EN 16931 XML).
``pdf_for`` replaces the builder (the command line passes the profile for the logo).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.domain.accounting import (
    AccountMap,
    Entry,
    SaleLine,
    fec_bytes,
    fec_file_name,
    fec_lines,
    invoice_entry,
    payment_entry,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.spreadsheet import guard_formula
from desktop.domain.vocabulary import InvoiceKind
from desktop.services import settings
from desktop.services.progress import Progress
from desktop.store.models import Company, Invoice, InvoiceLine, Payment


def accounts() -> AccountMap:
    return AccountMap.from_setting(settings.get("invoicing.accounts"))


def _issued(start: dt.date, end: dt.date):
    return (
        Invoice.select(Invoice, Company.name, Company.id, Company.siren)
        .join(Company)
        .where(Invoice.issued_at.is_null(False) & Invoice.issue_date.between(start, end))
        .order_by(Invoice.issue_date, Invoice.sequence_scope, Invoice.sequence, Invoice.id)
    )


def _aux(company: Company) -> tuple[str, str]:
    return (f"C{company.id:06d}", company.name)


def fec_entries(start: dt.date, end: dt.date, account_map: AccountMap | None = None) -> list[Entry]:
    """Sales entries of the documents issued and bank entries of the payments received."""
    account_map = account_map or accounts()
    entries = []
    invoices = list(_issued(start, end))
    lines: dict[int, list[SaleLine]] = {}
    for ln in InvoiceLine.select(
        InvoiceLine.invoice, InvoiceLine.line_kind, InvoiceLine.total_excl_tax
    ).where(InvoiceLine.invoice.in_([i.id for i in invoices])):
        lines.setdefault(ln.invoice_id, []).append(SaleLine(ln.line_kind, ln.total_excl_tax))
    for inv in invoices:
        kind = "Avoir" if inv.kind == InvoiceKind.CREDIT_NOTE else "Facture"
        entries.append(
            invoice_entry(
                account_map,
                inv.number,
                inv.issue_date,
                _aux(inv.company),
                lines.get(inv.id, []),
                inv.total_tax,
                inv.total_incl_tax,
                f"{kind} {inv.number} {inv.company.name}",
            )
        )
    payments = (
        Payment.select(Payment, Invoice.number, Invoice.company, Company.name, Company.id)
        .join(Invoice)
        .join(Company)
        .where(Payment.paid_on.between(start, end))
        .order_by(Payment.paid_on, Payment.id)
    )
    for p in payments:
        company = p.invoice.company
        entries.append(
            payment_entry(
                account_map,
                p.invoice.number,
                p.paid_on,
                _aux(company),
                p.amount,
                f"Règlement {p.invoice.number} {company.name}",
            )
        )
    return entries


def fec_content(start: dt.date, end: dt.date) -> bytes:
    return fec_bytes(fec_lines(fec_entries(start, end)))


JOURNAL_COLUMNS = (
    "Date",
    "Numéro",
    "Document",
    "Type",
    "Client",
    "SIREN client",
    "Total HT",
    "TVA",
    "Total TTC",
    "Réglé",
    "Avoirs",
    "Reste dû",
    "Échéance",
    "Statut",
)


def _fr(value) -> str:
    return f"{value:.2f}".replace(".", ",")


def journal_csv(start: dt.date, end: dt.date) -> bytes:
    """The sales journal as French Excel reads it: UTF-8 with BOM, ';', decimal commas."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(JOURNAL_COLUMNS)
    for inv in _issued(start, end):
        owed = max(inv.total_incl_tax - inv.amount_paid - inv.amount_credited, 0)
        writer.writerow(
            [
                inv.issue_date.strftime("%d/%m/%Y"),
                guard_formula(inv.number),
                "Avoir" if inv.kind == InvoiceKind.CREDIT_NOTE else "Facture",
                inv.invoice_type,
                guard_formula(inv.company.name),
                inv.company.siren or "",
                _fr(inv.total_excl_tax),
                _fr(inv.total_tax),
                _fr(inv.total_incl_tax),
                _fr(inv.amount_paid),
                _fr(inv.amount_credited),
                _fr(owed) if inv.kind == InvoiceKind.INVOICE else "",
                inv.due_date.strftime("%d/%m/%Y") if inv.due_date else "",
                inv.status,
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _without_text(numbers: list[str]) -> bytes:
    """Why some documents of the period have no Factur-X file in the ZIP (in French)."""
    lines = [
        "Documents émis avant que Freelance Desk ne fige l'identité du vendeur et du client "
        "à l'émission : leur fichier Factur-X ne peut pas être reconstitué fidèlement. Ils "
        "figurent dans le FEC et le journal CSV.",
        "",
        *numbers,
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def export_period(
    start: dt.date,
    end: dt.date,
    path: Path,
    siren: str = "",
    pdf_for: Callable[[int], bytes] | None = None,
) -> Iterator[Progress]:
    """Write the period's ZIP (FEC, CSV journal, one Factur-X PDF per document) to ``path``."""
    if pdf_for is None:
        from desktop.services.invoice_documents import invoice_pdf_bytes as pdf_for

    ids = [(i.id, i.number, bool(i.seller_snapshot)) for i in _issued(start, end)]
    total = len(ids) + 2
    label = QT_TRANSLATE_NOOP("Progress", "invoices")
    folder = path.parent
    fd, name = tempfile.mkstemp(prefix=".export-", suffix=".zip", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(fec_file_name(siren, end), fec_content(start, end))
            archive.writestr(
                f"journal-ventes-{start:%Y%m%d}-{end:%Y%m%d}.csv", journal_csv(start, end)
            )
            yield Progress(2, total, label)
            without = []
            for done, (invoice_id, number, frozen) in enumerate(ids, 3):
                if not frozen:  # issued before v5: no frozen identities to rebuild it from
                    without.append(number)
                else:
                    archive.writestr(f"factures/{number}.pdf", pdf_for(invoice_id))
                yield Progress(done, total, label)
            if without:
                archive.writestr("sans-factur-x.txt", _without_text(without))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
