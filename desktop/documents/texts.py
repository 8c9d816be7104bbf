"""The fixed words of the documents, in the document's language (not the interface's).

A quote for an English-speaking client is printed in English even when the user
works in French: these texts follow the document, so they are not Qt translations.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "quote": "DEVIS",
        "contract": "CONTRAT DE PRESTATION DE SERVICES",
        "subcontract": "CONTRAT DE SOUS-TRAITANCE",
        "termination": "LETTRE DE FIN DE MISSION",
        "issued": "Émis le {date}",
        "dated": "Le {date}",
        "valid_until": "Valable jusqu’au",
        "mission": "Mission",
        "client": "Client",
        "provider": "Prestataire",
        "subcontractor": "Sous-traitant",
        "recipient": "Destinataire",
        "designation": "Désignation",
        "quantity": "Qté",
        "unit_price": "PU HT",
        "vat": "TVA",
        "total_excl": "Total HT",
        "total_vat": "TVA {rate} %",
        "total_incl": "Total TTC",
        "total_due": "Net à payer",
        "deposit": "Acompte à la commande ({percent} %)",
        "terms_of_sale": "Conditions générales de vente",
        "notes": "Remarques",
        "for_provider": "Pour le Prestataire",
        "for_client": "Pour le Client",
        "for_subcontractor": "Pour le Sous-traitant",
        "good_for_agreement": "Date, signature et mention « Bon pour accord »",
        "read_and_approved": "Lu et approuvé, date et signature",
        "made_at": "Fait à {city}, le {date}, en deux exemplaires.",
        "article": "Article {n}",
        "between": "Entre les soussignés",
        "version": "Version {n}",
        "siren": "SIREN {siren}",
        "siret": "SIRET {siret}",
        "vat_number": "TVA intracom. {vat}",
        "rcs": "RCS {city} {siren}",
        "rm": "RM {city} {siren}",
        "capital": "au capital de {amount}",
        "iban": "IBAN {iban}",
        "bic": "BIC {bic}",
        "payment_terms": "Paiement à {days} jours à compter de la date d’émission de la facture, "
        "par virement. Pas d’escompte pour paiement anticipé.",
        "late_penalties": "En cas de retard de paiement : pénalités au taux annuel de {rate} "
        "(C. com. art. L441-10) et indemnité forfaitaire pour frais de recouvrement de {amount} "
        "(art. D441-5).",
        "quote_validity": "Devis valable jusqu’au {date}. Pour l’accepter, retournez-le signé "
        "avec la mention « Bon pour accord ».",
        "ei": "Entrepreneur individuel",
        "object": "Objet : {text}",
        "lines.days": "{title} — {n} jours × TJM",
        "letter_regards": "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes "
        "salutations distinguées.",
        "draft": "PROJET",
        "letter_place": "{city}, le {date}",
    },
    "en": {
        "quote": "QUOTE",
        "contract": "SERVICES AGREEMENT",
        "subcontract": "SUBCONTRACTING AGREEMENT",
        "termination": "END OF ASSIGNMENT LETTER",
        "issued": "Issued on {date}",
        "dated": "{date}",
        "valid_until": "Valid until",
        "mission": "Assignment",
        "client": "Client",
        "provider": "Provider",
        "subcontractor": "Subcontractor",
        "recipient": "To",
        "designation": "Description",
        "quantity": "Qty",
        "unit_price": "Unit price",
        "vat": "VAT",
        "total_excl": "Total excl. VAT",
        "total_vat": "VAT {rate} %",
        "total_incl": "Total incl. VAT",
        "total_due": "Amount due",
        "deposit": "Deposit on order ({percent} %)",
        "terms_of_sale": "General terms of sale",
        "notes": "Notes",
        "for_provider": "For the Provider",
        "for_client": "For the Client",
        "for_subcontractor": "For the Subcontractor",
        "good_for_agreement": 'Date, signature and the words "Agreed"',
        "read_and_approved": "Read and approved, date and signature",
        "made_at": "Signed in {city} on {date}, in two copies.",
        "article": "Article {n}",
        "between": "Between",
        "version": "Version {n}",
        "siren": "SIREN {siren}",
        "siret": "SIRET {siret}",
        "vat_number": "VAT {vat}",
        "rcs": "RCS {city} {siren}",
        "rm": "RM {city} {siren}",
        "capital": "share capital {amount}",
        "iban": "IBAN {iban}",
        "bic": "BIC {bic}",
        "payment_terms": "Payment {days} days from the invoice date, by bank transfer. "
        "No discount for early payment.",
        "late_penalties": "Late payment: penalties at the yearly rate of {rate} (French Code "
        "de commerce art. L441-10) and a fixed recovery indemnity of {amount} (art. D441-5).",
        "quote_validity": "This quote is valid until {date}. To accept it, return it signed "
        'with the words "Agreed".',
        "ei": "Individual entrepreneur",
        "object": "Subject: {text}",
        "lines.days": "{title} — {n} days × daily rate",
        "letter_regards": "Yours faithfully,",
        "draft": "DRAFT",
        "letter_place": "{city}, {date}",
    },
}


def text(language: str, key: str, **params: object) -> str:
    table = TEXTS.get(language, TEXTS["fr"])
    return table[key].format(**params) if params else table[key]
