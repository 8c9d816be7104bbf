"""Professional PDF documents with reportlab Platypus (no Qt, no database).

One layout, :mod:`desktop.documents.layout`, serves every kind of document: quotes,
contracts and termination letters here; invoices, credit notes, CRAs and reminder
letters later (issue 12). A caller describes *what* to print as plain data, the
layout decides *how*:

    from desktop.documents.layout import (
        Document, Party, LineTable, Section, Signature, build_pdf)

    doc = Document(
        kind_title="FACTURE", reference="2026-0042", issued_on=date, language="fr",
        seller=Party("Atelier Martin SAS", ["12 rue …", "SIREN 552 120 222"]),
        buyer=Party("Client SA", ["…"], heading="Facturé à"),
        intro=["Prestations de novembre 2026."],
        lines=LineTable(headers=[...], rows=[[...], ...], widths=[...], align="LRRR"),
        totals=[("Total HT", "1 300,00 €"), ("Total TTC", "1 560,00 €")],
        sections=[Section("Conditions", ["…"])],   # clauses: title kept with its text
        mentions=["Pénalités de retard : …", "Indemnité forfaitaire : 40 €"],
        signatures=[Signature("Le prestataire", "Camille Martin"), ...],
        footer="Atelier Martin SAS · capital 5 000 € · RCS Lyon 552 120 222",
        logo=Path(...) or None)
    built = build_pdf(doc, Path("out.pdf"))      # -> Built(path, pages, ...)

Every text is plain text: the layout escapes it before it reaches Platypus markup
(``<b>Acme & Co</b>`` prints literally). The file is written to a temporary name
beside the target, then moved into place. Fonts: DejaVu Sans, embedded (subset).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reportlab loads only when a document is built
    from desktop.documents.layout import Built


def render_selftest_pdf(path: Path) -> Built:
    """A sample document with the app's fonts and layout, needing no database.

    The installation's ``selftest`` renders it and reads it back (text, embedded fonts): a
    bundle missing reportlab, a font or the layout fails there rather than on a user's
    first quote.
    """
    from desktop.documents.layout import Document, LineTable, Party, Section, build_pdf

    sample = Document(
        kind_title="DEVIS",
        reference="DE-2026-00001",
        issued_on="Émis le 7 décembre 2026",
        language="fr",
        seller=Party("Atelier Éloïse Martin", ["12 rue de la Forêt, 69001 Lyon"], "Prestataire"),
        buyer=Party("<b>Acme & Co</b> « Ltd »", ["3 place Bellecour, 69002 Lyon"], "Client"),
        lines=LineTable(
            ["Désignation", "Qté", "Prix unitaire HT", "Total HT"],
            [["Développement Python — sprint 1", "10", "650,00 €", "6 500,00 €"]],
            [0.52, 0.12, 0.18, 0.18],
            "LRRR",
        ),
        totals=[
            ("Total HT", "6 500,00 €"),
            ("TVA 20 %", "1 300,00 €"),
            ("Total TTC", "7 800,00 €"),
        ],
        sections=[
            Section("Conditions", ["Paiement à 30 jours. Pénalités : taux BCE + 10 points."])
        ],
        footer="Atelier Éloïse Martin · EI · SIREN 552 120 222",
    )
    return build_pdf(sample, path)
