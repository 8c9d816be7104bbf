"""Invoices of every kind the app emits, as Factur-X documents, for the XSD and rule checks.

``python -m tests.documents.facturx_cases OUTDIR`` writes the real invoice PDFs (PDF/A-3
with the XML embedded, ``desktop.documents.invoicing.build_invoice_pdf``): hand-built
documents of every kind, then the same kinds issued through the services in a throw-away
profile and built by ``services.invoice_documents.build_invoice``, as the app does.
.ci/run then runs the official EN 16931 and BR-FR rules over them with
../shared/tools/validate-facturx, and ``qpdf --check`` over each file.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from desktop.domain.invoice_document import (
    Address,
    DocumentLine,
    DocumentReference,
    InvoiceDocument,
    Party,
)
from desktop.domain.payment_terms import PaymentTerm, TermMethod, due_date
from desktop.domain.vat import TaxableLine, VatCategory, VatRegime, compute_totals
from desktop.domain.vocabulary import InvoiceKind, InvoiceType

SELLER = Party(
    "Dupont Conseil SAS",
    Address("12 rue de la République", "", "69002", "Lyon", "FR"),
    siren="552120222",
    siret="55212022200013",
    vat_number="FR40552120222",
    legal_form="SAS",
    share_capital="10 000 €",
    registration="RCS Lyon",
    iban="FR76 3000 6000 0112 3456 7890 189",
    bic="AGRIFRPP",
)
FRANCHISE_SELLER = Party(
    "Marie Durand EI",
    Address("3 place Bellecour", "", "69002", "Lyon", "FR"),
    siren="732829320",
    vat_franchise=True,
    registration="Dispensé d'immatriculation",
    iban="FR76 3000 6000 0112 3456 7890 189",
)
CLIENT = Party(
    "Acme & Co <b>",
    Address("5 avenue des Champs-Élysées", "Bâtiment B", "75008", "Paris", "FR"),
    siren="443061841",
    vat_number="FR83443061841",
)
EU_CLIENT = Party(
    "Beispiel GmbH",
    Address("Friedrichstraße 1", "", "10117", "Berlin", "DE"),
    vat_number="DE136695976",
    email="rechnung@beispiel.de",
)
ISSUE = dt.date(2026, 11, 2)
TERM = PaymentTerm(TermMethod.DAYS_END_OF_MONTH, 30)


def _doc(
    number: str,
    lines: list[tuple[str, str, str, VatCategory, str, str]],
    *,
    seller: Party = SELLER,
    buyer: Party = CLIENT,
    kind: InvoiceKind = InvoiceKind.INVOICE,
    type_: InvoiceType = InvoiceType.STANDARD,
    regime: VatRegime = VatRegime.STANDARD,
    preceding: tuple[DocumentReference, ...] = (),
    **extra,
) -> InvoiceDocument:
    doc_lines = []
    for i, (text, qty, price, category, rate, unit) in enumerate(lines, 1):
        net = (Decimal(qty) * Decimal(price)).quantize(Decimal("0.01"))
        doc_lines.append(
            DocumentLine(i, text, Decimal(qty), unit, Decimal(price), net, category, Decimal(rate))
        )
    totals = compute_totals(TaxableLine(ln.net, ln.category, ln.rate) for ln in doc_lines)
    return InvoiceDocument(
        number=number,
        kind=kind,
        type=type_,
        issue_date=ISSUE,
        due_date=due_date(ISSUE, TERM),
        seller=seller,
        buyer=buyer,
        lines=tuple(doc_lines),
        totals=totals,
        payment_term=TERM,
        vat_regime=regime,
        service_start=dt.date(2026, 10, 1),
        service_end=dt.date(2026, 10, 31),
        preceding=preceding,
        **extra,
    )


S = VatCategory.STANDARD
OUT = VatCategory.OUT_OF_SCOPE


def cases() -> dict[str, InvoiceDocument]:
    """One document per case the rules must accept."""
    earlier = DocumentReference("FA-2026-00007", dt.date(2026, 10, 1))
    return {
        "standard": _doc(
            "FA-2026-00010",
            [
                ("Développement Python – octobre 2026", "20.5", "650", S, "20", "DAY"),
                ("Astreinte – octobre 2026", "2", "150", S, "20", "C62"),
                ("Formation – support imprimé", "1", "99.99", S, "5.5", "C62"),
            ],
            purchase_order="PO-4471",
            contract_reference="CT-2026-00003",
            discount_rate=Decimal("1.5"),
            discount_days=10,
        ),
        "exempt": _doc(
            "FA-2026-00011",
            [("Audit de sécurité – octobre 2026", "3", "500", VatCategory.EXEMPT, "0", "DAY")],
            seller=FRANCHISE_SELLER,
            regime=VatRegime.FRANCHISE,
        ),
        "reverse_charge": _doc(
            "FA-2026-00012",
            [("Beratung – Oktober 2026", "10", "700", VatCategory.REVERSE_CHARGE, "0", "DAY")],
            buyer=EU_CLIENT,
            regime=VatRegime.REVERSE_CHARGE,
        ),
        "credit_note": _doc(
            "FA-2026-00013",
            [("Avoir sur FA-2026-00007 : 2 jours facturés en trop", "2", "650", S, "20", "DAY")],
            kind=InvoiceKind.CREDIT_NOTE,
            preceding=(earlier,),
        ),
        "vat_on_debits": _doc(
            "FA-2026-00017",
            [("Jalon 2 : recette – projet Refonte", "1", "8000", S, "20", "C62")],
            type_=InvoiceType.MILESTONE,
            vat_on_debits=True,
            penalty_rate=Decimal("12"),
        ),
        "deposit": _doc(
            "FA-2026-00014",
            [("Acompte de 30 % sur le projet Refonte", "1", "4500", S, "20", "C62")],
            type_=InvoiceType.DEPOSIT,
        ),
        "final": _doc(
            "FA-2026-00015",
            [
                ("Projet Refonte – solde", "1", "15000", S, "20", "C62"),
                ("Acompte FA-2026-00014 du 02/11/2026", "-1", "4500", S, "20", "C62"),
            ],
            type_=InvoiceType.FINAL,
            preceding=(DocumentReference("FA-2026-00014", ISSUE),),
        ),
        "penalty": _doc(
            "FA-2026-00016",
            [
                (
                    "Intérêts de retard sur FA-2026-00007",
                    "1",
                    "216.16",
                    VatCategory.OUT_OF_SCOPE,
                    "0",
                    "C62",
                ),
                (
                    "Indemnité forfaitaire pour frais de recouvrement",
                    "1",
                    "40",
                    VatCategory.OUT_OF_SCOPE,
                    "0",
                    "C62",
                ),
            ],
            type_=InvoiceType.PENALTY,
            preceding=(earlier,),
        ),
    }


def facturx_pdf(doc: InvoiceDocument) -> bytes:
    """The real Factur-X PDF of ``doc`` (documents layer, no database), as bytes."""
    import tempfile

    from desktop.documents.invoicing import build_invoice_pdf

    with tempfile.TemporaryDirectory() as folder:
        return build_invoice_pdf(doc, Path(folder) / "f.pdf").path.read_bytes()


def issued_cases(
    folder: Path, pdf_folder: Path | None = None, database: Path | None = None
) -> dict[str, InvoiceDocument]:
    """The same kinds of invoice made through the services, from drafts to issued documents,
    in a throw-away profile: what the app itself would emit. With ``pdf_folder``, each is
    also built there by the service the window and ``main.py print`` use. ``database``:
    where the profile's database goes (``folder/cases.sqlite3`` by default)."""
    from desktop.domain.vat import VatRegime
    from desktop.services import invoices as inv
    from desktop.store.database import open_database
    from desktop.store.models import Company

    db = open_database(database or folder / "cases.sqlite3")
    try:
        client = Company.insert(
            name=CLIENT.name,
            sort_name="acme",
            siren=CLIENT.siren,
            vat_number=CLIENT.vat_number,
            address=CLIENT.address.line1,
            postal_code=CLIENT.address.postal_code,
            city=CLIENT.address.city,
        ).execute()
        eu = Company.insert(
            name=EU_CLIENT.name,
            sort_name="beispiel",
            vat_number=EU_CLIENT.vat_number,
            address=EU_CLIENT.address.line1,
            postal_code=EU_CLIENT.address.postal_code,
            city=EU_CLIENT.address.city,
            country="DE",
            email=EU_CLIENT.email,
        ).execute()
        day = dt.date(2026, 1, 5)
        work = [
            inv.LineDraft(
                "Développement – décembre 2025", Decimal("19.5"), Decimal("650"), unit="DAY"
            ),
            inv.LineDraft(
                "Frais de déplacement", Decimal("1"), Decimal("123.45"), line_kind="expense"
            ),
        ]
        standard = inv.create_draft(inv.InvoiceDraft(client, term=TERM), work)
        inv.issue(standard, SELLER, day)
        reverse = inv.create_draft(
            inv.InvoiceDraft(eu, vat_regime=VatRegime.REVERSE_CHARGE), work[:1]
        )
        inv.issue(reverse, SELLER, day)
        exempt = inv.create_draft(
            inv.InvoiceDraft(client, vat_regime=VatRegime.FRANCHISE), work[:1]
        )
        inv.issue(exempt, FRANCHISE_SELLER, day)
        deposit = inv.create_draft(
            inv.InvoiceDraft(client, invoice_type=InvoiceType.DEPOSIT),
            [
                inv.LineDraft(
                    "Acompte 30 % projet Refonte", Decimal(1), Decimal(4500), line_kind="deposit"
                )
            ],
        )
        inv.issue(deposit, SELLER, day)
        final = inv.final_invoice_draft(
            inv.InvoiceDraft(client),
            [inv.LineDraft("Projet Refonte", Decimal(1), Decimal(15000))],
            [deposit],
        )
        inv.issue(final, SELLER, day)
        partial = inv.credit_note_draft(
            standard, [inv.LineDraft("Jour facturé en trop", Decimal(1), Decimal(650), unit="DAY")]
        )
        inv.issue(partial, SELLER, day)
        penalty = inv.penalty_invoice_draft(standard, dt.date(2026, 4, 1))
        inv.issue(penalty, SELLER, dt.date(2026, 4, 1))
        whole = inv.create_draft(inv.InvoiceDraft(client), work[:1])
        inv.issue(whole, SELLER, dt.date(2026, 4, 1))
        cancel = inv.credit_note_draft(whole)
        inv.issue(cancel, SELLER, dt.date(2026, 4, 2))
        ids = {
            "issued-standard": standard,
            "issued-reverse-charge": reverse,
            "issued-exempt": exempt,
            "issued-deposit": deposit,
            "issued-final": final,
            "issued-partial-credit": partial,
            "issued-penalty": penalty,
            "issued-whole-credit": cancel,
        }
        if pdf_folder is not None:
            from desktop.services.invoice_documents import build_invoice

            for name, invoice_id in ids.items():
                build_invoice(invoice_id, pdf_folder / f"{name}.pdf")
        return {name: inv.invoice_document(i) for name, i in ids.items()}
    finally:
        db.close()


def make_profile(root: Path) -> Path:
    """A profile folder holding the issued cases (for ``main.py --data-dir ROOT export
    invoices``, which .ci/run runs and checks); returns its database."""
    from desktop.profile import Profile
    from desktop.services import company
    from desktop.store.database import open_database

    profile = Profile(root).ensure()
    issued_cases(root, database=profile.database)
    db = open_database(profile.database)
    try:
        company.fill_demo_identity()  # the FEC's file name carries My company's SIREN
    finally:
        db.close()
    return profile.database


def main(folder: str, profile: str | None = None) -> int:
    if profile:
        make_profile(Path(profile))
        return 0
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    from desktop.documents.invoicing import build_invoice_pdf

    for name, doc in cases().items():
        build_invoice_pdf(doc, out / f"{name}.pdf")
    issued_cases(out, pdf_folder=out)
    for path in sorted(out.glob("*.pdf")):
        print(path)
    return 0


if __name__ == "__main__":
    # python -m tests.documents.facturx_cases OUTDIR            the PDFs of every case
    # python -m tests.documents.facturx_cases --profile DIR     a profile to export from
    if sys.argv[1:2] == ["--profile"]:
        sys.exit(main("", sys.argv[2]))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "facturx-cases"))
