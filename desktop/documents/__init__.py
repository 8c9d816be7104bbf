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
