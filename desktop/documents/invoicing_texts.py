"""The words of the invoicing documents (invoice, credit note, CRA, reminder) in French and
English: they follow the document's language (the client's contract), not the interface.

French is the default and the language of the law: the mentions the law words (the coded
notes of the Factur-X XML, « TVA non applicable, art. 293 B du CGI », « Autoliquidation »)
stay in French on every invoice; an English invoice prints their English translation
beside them (:data:`EN_MENTIONS`, :func:`english_note`). docs/INVOICING-LAW.md says why.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.invoice_document import InvoiceDocument, Note
from desktop.domain.payment_terms import PaymentTerm, TermMethod
from desktop.domain.vat import (
    FRANCHISE_MENTION,
    OUT_OF_SCOPE_MENTION,
    REVERSE_CHARGE_MENTION,
    VAT_ON_DEBITS_MENTION,
)
from desktop.domain.vocabulary import InvoiceType

NBSP = "\u00a0"

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "colon": f"{NBSP}:",  # French typography: a no-break space before the colon
        "invoice": "FACTURE",
        "deposit": "FACTURE D’ACOMPTE",
        "final": "FACTURE DE SOLDE",
        "penalty": "FACTURE DE PÉNALITÉS DE RETARD",
        "credit_note": "AVOIR",
        "unit.DAY": "jour",
        "unit.HUR": "heure",
        "unit.C62": "unité",
        "plural": "s",
        "nature.services": "Prestation de services",
        "nature.goods": "Livraison de biens",
        "nature.mixed": "Opération mixte (livraison de biens et prestation de services)",
        "individual": "Entrepreneur individuel",
        "capital": "{form} au capital de {capital}",
        "vat_number": "N° TVA intracommunautaire {vat}",
        "provider": "Prestataire",
        "client": "Client",
        "period": "Période de la prestation",
        "period_value": "du {start} au {end}",
        "service_date": "Date de la prestation",
        "cited": "{number} du {date}",
        "corrected": "Facture rectifiée",
        "deducted": "Acomptes déduits",
        "paid_late": "Facture payée en retard",
        "related": "Facture liée",
        "total_excl": "Total HT",
        "vat_on": "TVA {rate} sur {base}",
        "base": "{reason} – base {base}",
        "total_incl": "Total TTC",
        "credit_amount": "Montant de l’avoir",
        "prepaid": "Déjà réglé",
        "due": "Net à payer",
        "issue_date": "Date d’émission",
        "due_date": "Date d’échéance",
        "nature": "Nature de l’opération",
        "contract": "Contrat",
        "order": "Votre commande",
        "delivery": "Adresse de livraison",
        "credit_for": "Avoir relatif à la facture {cited}, à déduire de son montant.",
        "credit_any": "Avoir à déduire des sommes dues.",
        "due_on": "Échéance{colon} {date} ({term}).",
        "transfer": "Règlement par virement bancaire{colon} {bank}.",
        "issued_f": "Émise le {date}",
        "issued_m": "Émis le {date}",
        "col.description": "Désignation",
        "col.quantity": "Qté",
        "col.unit": "Unité",
        "col.price": "PU HT",
        "col.vat": "TVA",
        "col.net": "Total HT",
        "subject": "{title} {number} du {date}, {seller} à {buyer}",
        "keywords": "Factur-X, EN 16931, facture",
        # activity report
        "cra": "COMPTE RENDU D’ACTIVITÉ",
        "month_of": "Mois de {month}",
        "weekend": "week-end",
        "comments": "Commentaires",
        "consultant": "Intervenant",
        "validated_on": "Validé le",
        "col.date": "Date",
        "col.days": "Jours",
        "col.remark": "Remarque",
        "days_worked": "Total des jours travaillés en {month}",
        "cra_closing": "Le client atteste que les jours ci-dessus ont été travaillés et approuve "
        "ce compte rendu, qui sert de base à la facture du mois.",
        "for_provider": "Pour le Prestataire",
        "for_client": "Pour le Client",
        "date_signature": "Date et signature",
        "date_name_signature": "Date, nom et signature",
        "draft": "PROJET",
        # reminder letter
        "reminder.friendly": "RELANCE",
        "reminder.second": "DEUXIÈME RELANCE",
        "reminder.formal_notice": "MISE EN DEMEURE DE PAYER",
        "opening.friendly": "Sauf erreur de notre part, les factures ci-dessous restent "
        "impayées à ce jour. Il s’agit peut-être d’un oubli : nous vous remercions de bien "
        "vouloir procéder à leur règlement.",
        "opening.second": "Malgré notre précédente relance, les factures ci-dessous restent "
        "impayées. Nous vous demandons de procéder à leur règlement sous huit jours.",
        "opening.formal_notice": "Malgré nos relances, les factures ci-dessous restent "
        "impayées. Par la présente, nous vous mettons en demeure de régler sous huit jours "
        "les sommes indiquées ci-dessous, faute de quoi nous engagerons une procédure de "
        "recouvrement.",
        "interest_line": "{number}{colon} du {start} au {end}, {days} jours × {balance} × "
        "{rate} / 365 = {interest}",
        "interest_of": "Intérêts de retard sur {number}{colon} {amount}",
        "principal": "Principal restant dû",
        "interest_at": "Intérêts de retard au {date}",
        "indemnities": "Indemnités forfaitaires de recouvrement (40 € par facture)",
        "to_pay": "Total à régler",
        "explanation": "Calcul des intérêts de retard{colon} les pénalités courent de plein "
        "droit dès le lendemain de la date d’échéance, sans rappel (Code de commerce, art. "
        "L441-10), au {rate}" + NBSP + "; intérêts = solde dû × taux × jours / 365, par "
        "période de taux et de solde constants.",
        "indemnity_text": "Tout retard de paiement d’un professionnel rend de plein droit "
        "débiteur d’une indemnité forfaitaire pour frais de recouvrement de 40 € par facture "
        "(Code de commerce, art. L441-10 et D441-5).",
        "reminder_bank": "Règlement par virement bancaire{colon} {bank}, en rappelant les "
        "numéros de facture. Si votre règlement nous est parvenu entre-temps, merci de ne "
        "pas tenir compte de ce courrier.",
        "reminder_of": "Relance du {date}",
        "place_date": "{city}, le {date}",
        "sender": "Expéditeur",
        "recipient": "Destinataire",
        "reminder_subject": "Objet{colon} {title} – factures impayées",
        "salutation": "Madame, Monsieur,",
        "col.invoice": "Facture",
        "col.due": "Échéance",
        "col.late": "Retard (jours)",
        "col.total": "Montant TTC",
        "col.paid": "Déjà réglé",
        "col.left": "Reste dû",
        "regards": "Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.",
        "agreed_rate": "taux conventionnel de {rate} l’an",
        "ecb_rate": "taux de refinancement de la BCE majoré de 10 points, soit {rate} l’an au "
        "{half} semestre {year}",
        "half.1": "1er",
        "half.2": "2nd",
        "extra.on_call": "Astreinte",
        "extra.overtime": "Heures supplémentaires",
    },
    "en": {
        "colon": ":",
        "invoice": "INVOICE",
        "deposit": "DEPOSIT INVOICE",
        "final": "FINAL INVOICE",
        "penalty": "LATE-PAYMENT PENALTY INVOICE",
        "credit_note": "CREDIT NOTE",
        "unit.DAY": "day",
        "unit.HUR": "hour",
        "unit.C62": "unit",
        "plural": "s",
        "nature.services": "Supply of services",
        "nature.goods": "Supply of goods",
        "nature.mixed": "Mixed supply (goods and services)",
        "individual": "Individual entrepreneur",
        "capital": "{form} with a share capital of {capital}",
        "vat_number": "VAT number {vat}",
        "provider": "Provider",
        "client": "Client",
        "period": "Service period",
        "period_value": "{start} to {end}",
        "service_date": "Service date",
        "cited": "{number} of {date}",
        "corrected": "Corrected invoice",
        "deducted": "Deposits deducted",
        "paid_late": "Invoice paid late",
        "related": "Related invoice",
        "total_excl": "Total excl. VAT",
        "vat_on": "VAT {rate} on {base}",
        "base": "{reason} – base {base}",
        "total_incl": "Total incl. VAT",
        "credit_amount": "Credit note amount",
        "prepaid": "Already paid",
        "due": "Amount due",
        "issue_date": "Issue date",
        "due_date": "Due date",
        "nature": "Nature of the supply",
        "contract": "Contract",
        "order": "Your order",
        "delivery": "Delivery address",
        "credit_for": "Credit note for invoice {cited}, to be deducted from its amount.",
        "credit_any": "Credit note to be deducted from the amounts due.",
        "due_on": "Due date{colon} {date} ({term}).",
        "transfer": "Payment by bank transfer{colon} {bank}.",
        "issued_f": "Issued on {date}",
        "issued_m": "Issued on {date}",
        "col.description": "Description",
        "col.quantity": "Qty",
        "col.unit": "Unit",
        "col.price": "Unit price excl. VAT",
        "col.vat": "VAT",
        "col.net": "Total excl. VAT",
        "subject": "{title} {number} of {date}, {seller} to {buyer}",
        "keywords": "Factur-X, EN 16931, invoice",
        "cra": "ACTIVITY REPORT",
        "month_of": "Month of {month}",
        "weekend": "weekend",
        "comments": "Comments",
        "consultant": "Consultant",
        "validated_on": "Validated on",
        "col.date": "Date",
        "col.days": "Days",
        "col.remark": "Remark",
        "days_worked": "Total days worked in {month}",
        "cra_closing": "The client certifies that the days above were worked and approves this "
        "report, on which the month's invoice is based.",
        "for_provider": "For the Provider",
        "for_client": "For the Client",
        "date_signature": "Date and signature",
        "date_name_signature": "Date, name and signature",
        "draft": "DRAFT",
        "reminder.friendly": "PAYMENT REMINDER",
        "reminder.second": "SECOND PAYMENT REMINDER",
        "reminder.formal_notice": "FORMAL NOTICE TO PAY",
        "opening.friendly": "Unless we are mistaken, the invoices below remain unpaid to "
        "date. This may be an oversight: we would be grateful if you could settle them.",
        "opening.second": "Despite our previous reminder, the invoices below remain unpaid. "
        "We ask you to settle them within eight days.",
        "opening.formal_notice": "Despite our reminders, the invoices below remain unpaid. "
        "We hereby give you formal notice to pay the amounts below within eight days, "
        "failing which we will start debt recovery proceedings.",
        "interest_line": "{number}{colon} {start} to {end}, {days} days × {balance} × "
        "{rate} / 365 = {interest}",
        "interest_of": "Late-payment interest on {number}{colon} {amount}",
        "principal": "Principal outstanding",
        "interest_at": "Late-payment interest at {date}",
        "indemnities": "Fixed recovery indemnities (€40 per invoice)",
        "to_pay": "Total to pay",
        "explanation": "Late-payment interest{colon} penalties run by law from the day after "
        "the due date, without any reminder (French Commercial Code, art. L441-10), at the "
        "{rate}; interest = balance due × rate × days / 365, per period of constant rate and "
        "balance.",
        "indemnity_text": "Any late payment by a business makes it liable by law for a fixed "
        "recovery indemnity of €40 per invoice (French Commercial Code, art. L441-10 and "
        "D441-5).",
        "reminder_bank": "Payment by bank transfer{colon} {bank}, quoting the invoice "
        "numbers. If your payment has reached us in the meantime, please disregard this "
        "letter.",
        "reminder_of": "Reminder of {date}",
        "place_date": "{city}, {date}",
        "sender": "From",
        "recipient": "To",
        "reminder_subject": "Subject{colon} {title} – unpaid invoices",
        "salutation": "Dear Sir or Madam,",
        "col.invoice": "Invoice",
        "col.due": "Due date",
        "col.late": "Days late",
        "col.total": "Amount incl. VAT",
        "col.paid": "Already paid",
        "col.left": "Balance due",
        "regards": "Yours faithfully,",
        "agreed_rate": "agreed rate of {rate} a year",
        "ecb_rate": "ECB refinancing rate plus 10 points, i.e. {rate} a year in the {half} "
        "half of {year}",
        "half.1": "first",
        "half.2": "second",
        "extra.on_call": "On-call",
        "extra.overtime": "Overtime",
    },
}

TERMS = {
    "fr": {
        TermMethod.ON_RECEIPT: "Paiement à réception de facture",
        TermMethod.DAYS: "Paiement à {days} jours",
        TermMethod.DAYS_END_OF_MONTH: "Paiement à {days} jours fin de mois",
        TermMethod.END_OF_MONTH_DAYS: "Paiement à fin de mois + {days} jours",
    },
    "en": {
        TermMethod.ON_RECEIPT: "Payment on receipt of the invoice",
        TermMethod.DAYS: "Payment within {days} days",
        TermMethod.DAYS_END_OF_MONTH: "Payment at {days} days end of month",
        TermMethod.END_OF_MONTH_DAYS: "Payment at end of month + {days} days",
    },
}

COUNTRIES = {
    "fr": {"DE": "Allemagne", "BE": "Belgique", "ES": "Espagne", "IT": "Italie",
           "LU": "Luxembourg", "NL": "Pays-Bas", "CH": "Suisse", "GB": "Royaume-Uni",
           "PT": "Portugal", "AT": "Autriche", "IE": "Irlande"},
    "en": {"FR": "France", "DE": "Germany", "BE": "Belgium", "ES": "Spain", "IT": "Italy",
           "LU": "Luxembourg", "NL": "Netherlands", "CH": "Switzerland",
           "GB": "United Kingdom", "PT": "Portugal", "AT": "Austria", "IE": "Ireland"},
}  # fmt: skip

# The English of the VAT mentions the law words in French (printed after the French).
EN_MENTIONS = {
    FRANCHISE_MENTION: "VAT not applicable, art. 293 B of the French tax code (CGI)",
    REVERSE_CHARGE_MENTION: "Reverse charge",
    OUT_OF_SCOPE_MENTION: "Outside the scope of VAT (late-payment charges, CGI art. 256)",
    VAT_ON_DEBITS_MENTION: "Option to pay VAT on debits",
}
REVERSE_CHARGE_TEXT = {
    "fr": "Autoliquidation : TVA due par le preneur (CGI art. 283-2 ; directive 2006/112/CE, "
    "art. 196).",
    "en": "Reverse charge: VAT due by the customer (CGI art. 283-2; Directive 2006/112/EC, "
    "art. 196).",
}


def language_of(language: str) -> str:
    """``language`` when the documents have its words, else French (the default)."""
    return language if language in WORDS else "fr"


def word(language: str, key: str, **params: object) -> str:
    """The text ``key`` in ``language`` (French when unknown), ``params`` filled in."""
    table = WORDS[language_of(language)]
    text = table[key]
    if "{colon}" in text:
        params = {"colon": table["colon"], **params}
    return text.format(**params) if params else text


def term_text(term: PaymentTerm, language: str) -> str:
    return TERMS[language_of(language)][term.method].format(days=term.days)


def _percent(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


def english_note(note: Note, doc: InvoiceDocument) -> str:
    """The English of a coded note (PMT, PMD, AAB, TXD) of ``doc``'s Factur-X XML."""
    if note.subject == "PMT":
        if doc.business_client:
            return (
                "Fixed recovery indemnity due in case of late payment: €40 (French Commercial "
                "Code, art. L441-10 and D441-5)."
            )
        return "Fixed recovery indemnity: not applicable (non-business client)."
    if note.subject == "PMD":
        rate = (
            "ECB refinancing rate plus 10 points"
            if doc.penalty_rate is None
            else f"{_percent(doc.penalty_rate)} % a year"
        )
        return (
            "Late-payment penalties due from the day after the due date, without any "
            f"reminder: {rate} (French Commercial Code, art. L441-10)."
        )
    if note.subject == "AAB":
        if doc.discount_rate is None or Decimal(doc.discount_rate) == 0:
            return "No discount for early payment"
        shown = _percent(doc.discount_rate)
        if doc.discount_days:
            return f"Discount of {shown} % for payment within {doc.discount_days} days"
        return f"Discount of {shown} % for early payment"
    return EN_MENTIONS.get(note.text, "")


def title_key(kind_is_credit: bool, type_: InvoiceType) -> str:
    if kind_is_credit:
        return "credit_note"
    return {
        InvoiceType.DEPOSIT: "deposit",
        InvoiceType.FINAL: "final",
        InvoiceType.PENALTY: "penalty",
    }.get(InvoiceType(type_), "invoice")
