"""Which field each column of a file fills: targets per kind, and header recognition.

A header is recognised in French or English whatever its accents, case and
punctuation ("Prénom", "PRENOM", "First name", "firstname", "E-mail", "Courriel"...).
Several columns may fill the same field: the first non-empty value wins, except for
addresses and notes, whose parts are joined ("Adresse 1", "Adresse 2").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.validation import FIELD_LABELS
from desktop.domain.vocabulary import PipelineStage, TalentStatus
from desktop.services.importing import values
from desktop.services.importing.readers import Cell

KINDS = ("talents", "companies", "contacts")
KIND_LABELS = {
    "talents": QT_TRANSLATE_NOOP("Import", "Talents"),
    "companies": QT_TRANSLATE_NOOP("Import", "Companies"),
    "contacts": QT_TRANSLATE_NOOP("Import", "Contacts"),
}

# Fields that only exist in files (split or resolved into draft fields), with their labels.
FULL_NAME = "full_name"
COMPANY = "company"
COMPANY_SIREN = "company_siren"
# A company file's contact columns: they create the company's contact.
CONTACT_FIELDS = {
    "contact_first_name": "first_name",
    "contact_last_name": "last_name",
    "contact_name": FULL_NAME,
    "contact_email": "email",
    "contact_phone": "phone",
    "contact_role": "role",
}
EXTRA_LABELS = {
    FULL_NAME: QT_TRANSLATE_NOOP("Import", "Full name (first and last)"),
    COMPANY: QT_TRANSLATE_NOOP("Import", "Company name"),
    COMPANY_SIREN: QT_TRANSLATE_NOOP("Import", "Company SIREN"),
    "contact_first_name": QT_TRANSLATE_NOOP("Import", "Contact: first name"),
    "contact_last_name": QT_TRANSLATE_NOOP("Import", "Contact: last name"),
    "contact_name": QT_TRANSLATE_NOOP("Import", "Contact: full name"),
    "contact_email": QT_TRANSLATE_NOOP("Import", "Contact: e-mail"),
    "contact_phone": QT_TRANSLATE_NOOP("Import", "Contact: phone"),
    "contact_role": QT_TRANSLATE_NOOP("Import", "Contact: role"),
}
JOINED = {"notes": "\n", "address": ", "}


@dataclass(frozen=True)
class Target:
    field: str
    parse: Callable[[Cell], object]
    synonyms: tuple[str, ...]

    @property
    def label(self) -> str:
        """English label; translate with context "Field" (or "Import" for file-only fields)."""
        return EXTRA_LABELS.get(self.field) or FIELD_LABELS[self.field]

    @property
    def label_context(self) -> str:
        return "Import" if self.field in EXTRA_LABELS else "Field"


_t = values.text
_PERSON = (
    Target("first_name", _t, ("Prénom", "First name", "Firstname", "Given name", "Forename",
                              "Given Name Yomi")),
    Target(
        "last_name",
        _t,
        ("Nom", "Nom de famille", "Last name", "Lastname", "Surname", "Family name",
         "Nom d'usage", "Nom de naissance"),
    ),
    Target(
        FULL_NAME,
        _t,
        ("Nom complet", "Full name", "Name", "Nom et prénom", "Prénom et nom", "Prénom Nom",
         "Nom Prénom", "Display name", "Contact", "Identité", "Nom à afficher",
         "Nom affiché", "Nom complet du contact"),
    ),
    Target(
        "email",
        values.email,
        ("E-mail", "Email", "Courriel", "Mail", "Mél", "Adresse e-mail", "Adresse mail",
         "Adresse électronique", "Adresse de messagerie", "E-mail address", "Email address",
         "E-mail 1", "E-mail 1 - Value", "Email professionnel", "E-mail professionnel",
         "Première adresse électronique", "Adresse électronique principale", "Primary Email",
         "E-mail Address", "Adresse de messagerie électronique", "E-mail Address 1"),
    ),
    Target(
        "phone",
        values.phone,
        ("Téléphone", "Tél", "Tél.", "Tel", "Phone", "Mobile", "Portable", "Tél. mobile",
         "Téléphone mobile", "Téléphone portable", "Mobile phone", "Cell", "Cellphone", "GSM",
         "Phone number", "Numéro de téléphone", "N° de téléphone", "Business phone",
         "Téléphone (bureau)", "Téléphone professionnel", "Phone 1 - Value", "Fixe",
         "Tél. professionnel", "Tél. personnel", "Mobile Number", "Work Phone", "Home Phone",
         "Mobile Phone", "Téléphone bureau", "Téléphone domicile"),
    ),
    Target("notes", _t, ("Notes", "Note", "Commentaires", "Commentaire", "Remarques", "Comments",
                         "Observations")),
)  # fmt: skip

_FOLLOW_UPS = (
    Target("last_contact_on", values.date, ("Dernier contact", "Last contact",
                                             "Date du dernier contact")),
    Target("next_follow_up_on", values.date, ("Prochaine relance", "Relance", "Date de relance",
                                               "Next follow-up", "Follow-up", "Follow up")),
)  # fmt: skip

TALENT_TARGETS = (
    *_PERSON,
    Target("title", _t, ("Titre", "Intitulé", "Intitulé de poste", "Poste", "Fonction",
                         "Job title", "Title", "Position", "Headline", "Métier", "Profil",
                         "Profession", "Organization Title", "Organization 1 - Title")),
    Target("daily_rate", values.money, ("TJM", "Taux journalier", "Taux journalier moyen",
                                        "Tarif journalier", "Tarif", "Daily rate", "Day rate",
                                        "Rate", "TJM HT", "TJM souhaité", "Prix par jour",
                                        "Prix/jour", "TJM (taux journalier)")),
    Target("min_daily_rate", values.money, ("TJM minimum", "TJM min", "Tarif minimum",
                                            "Minimum daily rate", "Min rate")),
    Target("seniority_years", values.whole_number, ("Expérience", "Années d'expérience",
                                                    "Ancienneté", "Seniority", "Experience",
                                                    "Years of experience", "Seniority (years)",
                                                    "Expérience (années)")),
    Target("city", _t, ("Ville", "City", "Localité", "Commune", "Town", "Localisation",
                        "Location")),
    Target("region", _t, ("Région", "Region")),
    Target("remote_preference", values.remote,
           ("Télétravail", "Remote", "Remote preference", "Mode de travail", "Work mode",
            "Préférence télétravail")),
    Target("available_from", values.availability, ("Disponibilité", "Disponible le", "Disponible",
                                           "Disponible à partir du", "Date de disponibilité",
                                           "Available from", "Availability", "Available",
                                           "Dispo")),
    Target("load_percent", values.whole_number, ("Charge", "Charge actuelle", "Load",
                                                 "Current load", "Current load (%)",
                                                 "Charge actuelle (%)", "Taux d'occupation")),
    Target("status", values.vocabulary(TalentStatus), ("Statut", "Status", "État")),
    Target("skills", values.skills, ("Compétences", "Skills", "Compétences techniques",
                                     "Technologies", "Stack", "Technos", "Main skills",
                                     "Compétences principales")),
    Target("max_days_on_site", values.whole_number, ("Jours sur site", "Days on site",
                                                     "Jours sur site par semaine")),
    Target("mobility", _t, ("Mobilité", "Mobility")),
    Target("languages", _t, ("Langues", "Languages")),
    Target("certifications", _t, ("Certifications",)),
    Target("source", _t, ("Source", "Origine", "Provenance", "Canal")),
    Target("refused_sectors", values.word_list, ("Secteurs refusés", "Refused sectors",
                                                 "Sectors refused")),
    *_FOLLOW_UPS,
)  # fmt: skip

COMPANY_TARGETS = (
    Target("name", _t, ("Raison sociale", "Société", "Entreprise", "Company", "Organisation",
                        "Organization", "Nom de l'entreprise", "Nom de la société",
                        "Company name", "Nom", "Name", "Dénomination", "Client", "Compte",
                        "Account", "Account name")),
    Target("siren", values.identifier, ("SIREN", "N° SIREN", "Numéro SIREN")),
    Target("siret", values.identifier, ("SIRET", "N° SIRET", "Numéro SIRET")),
    Target("vat_number", _t, ("N° TVA", "TVA intracommunautaire", "N° TVA intracommunautaire",
                              "Numéro de TVA", "Numéro de TVA intracommunautaire", "TVA",
                              "N° de TVA intracommunautaire",
                              "VAT number", "VAT", "VAT ID")),
    Target("legal_form", _t, ("Forme juridique", "Legal form", "Statut juridique")),
    Target("address", _t, ("Adresse", "Address", "Rue", "Street", "Adresse postale",
                           "Adresse 1", "Adresse 2", "Address 1", "Address 2",
                           "Complément d'adresse")),
    Target("postal_code", values.postal_code, ("Code postal", "CP", "Postal code", "ZIP",
                                               "Zip code", "Postcode")),
    Target("city", _t, ("Ville", "City", "Localité", "Commune", "Town")),
    Target("country", values.country, ("Pays", "Country")),
    Target("sector", _t, ("Secteur", "Secteur d'activité", "Sector", "Industry", "Activité",
                          "Domaine")),
    Target("website", _t, ("Site web", "Site internet", "Site", "Website", "Web", "URL")),
    Target("email", values.email, ("E-mail", "Email", "Courriel", "Mail", "Adresse e-mail")),
    Target("phone", values.phone, ("Téléphone", "Tél", "Tel", "Phone", "Standard",
                                   "Phone number")),
    Target("stage", values.vocabulary(PipelineStage), ("Étape", "Stage", "Pipeline",
                                                       "Pipeline stage", "Étape du pipeline",
                                                       "Statut", "Status", "Phase")),
    Target("lost_reason", _t, ("Raison de la perte", "Motif de perte", "Lost reason")),
    Target("owner", _t, ("Responsable", "Responsable du compte", "Owner", "Account owner",
                         "Commercial", "Propriétaire")),
    Target("tags", values.word_list, ("Tags", "Étiquettes", "Labels", "Mots-clés")),
    Target("expected_value", values.money, ("Montant estimé", "Valeur estimée",
                                            "Expected value", "Deal value", "Montant",
                                            "Potentiel", "CA potentiel",
                                            "Expected deal value (excl. VAT)",
                                            "Montant estimé de l'affaire (HT)")),
    *_FOLLOW_UPS,
    Target("notes", _t, ("Notes", "Note", "Commentaires", "Commentaire", "Remarques",
                         "Comments", "Description", "Observations")),
    Target("contact_name", _t, ("Contact", "Contact principal", "Nom du contact",
                                "Interlocuteur", "Contact name", "Primary contact",
                                "Main contact", "Nom et prénom du contact", "Décideur")),
    Target("contact_first_name", _t, ("Prénom du contact", "Prénom contact",
                                      "Contact first name")),
    Target("contact_last_name", _t, ("Nom de famille du contact", "Nom contact",
                                     "Contact last name")),
    Target("contact_email", values.email, ("E-mail du contact", "Email du contact",
                                           "Email contact", "E-mail contact",
                                           "Courriel du contact", "Contact e-mail",
                                           "Contact email", "Mail contact")),
    Target("contact_phone", values.phone, ("Téléphone du contact", "Tél. contact",
                                           "Tél contact", "Téléphone contact",
                                           "Mobile du contact", "Contact phone")),
    Target("contact_role", _t, ("Fonction du contact", "Fonction", "Poste", "Rôle",
                                "Poste du contact", "Contact role", "Contact title",
                                "Job title")),
)  # fmt: skip

CONTACT_TARGETS = (
    *_PERSON,
    Target("role", _t, ("Fonction", "Poste", "Rôle", "Role", "Job title", "Title", "Titre",
                        "Position", "Organization 1 - Title", "Profession",
                        "Organization Title")),
    Target(COMPANY, _t, ("Société", "Entreprise", "Company", "Organisation", "Organization",
                         "Raison sociale", "Employeur", "Organization 1 - Name", "Client",
                         "Compte", "Account", "Company name", "Nom de l'entreprise",
                         "Organization Name")),
    Target(COMPANY_SIREN, values.identifier, ("SIREN", "SIREN de la société", "SIREN société",
                                              "Company SIREN", "SIREN de l'entreprise")),
)  # fmt: skip

TARGETS: dict[str, tuple[Target, ...]] = {
    "talents": TALENT_TARGETS,
    "companies": COMPANY_TARGETS,
    "contacts": CONTACT_TARGETS,
}


def target(kind: str, field: str) -> Target:
    return next(t for t in TARGETS[kind] if t.field == field)


def _synonym_index(kind: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for t in TARGETS[kind]:
        for name in (t.field, t.label, *t.synonyms):
            index.setdefault(values.match_key(name), t.field)
    return index


_INDEXES = {kind: _synonym_index(kind) for kind in KINDS}


def recognise(kind: str, header: str) -> str | None:
    """The field a column header names, or None."""
    return _INDEXES[kind].get(values.match_key(header))


def guess_mapping(kind: str, headers: list[str]) -> list[str | None]:
    """The field of each column by its header; None: the column is ignored."""
    return [recognise(kind, h) for h in headers]


def guess_kind(headers: list[str]) -> str:
    """The kind whose fields the headers name most (a SIREN column points to companies)."""
    scores = {k: sum(1 for h in headers if recognise(k, h)) for k in KINDS}
    keys = {values.match_key(h) for h in headers}
    if keys & {"siren", "siret", "raisonsociale"} and not keys & {"prenom", "firstname"}:
        return "companies"
    return max(KINDS, key=lambda k: (scores[k], k == "talents"))


def missing_required(kind: str, mapping: list[str | None]) -> list[str]:
    """The required fields that no column fills (see :meth:`Target.label`)."""
    mapped = set(mapping)
    missing = []
    if kind in ("talents", "contacts") and FULL_NAME not in mapped:
        needed = ("first_name", "last_name") if kind == "talents" else ("last_name",)
        missing += [f for f in needed if f not in mapped]
    if kind == "companies" and "name" not in mapped:
        missing.append("name")
    if kind == "contacts" and not mapped & {COMPANY, COMPANY_SIREN}:
        missing.append(COMPANY)
    return missing
