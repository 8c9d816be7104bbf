"""My company: the seller's identity that every document prints, and what it must hold.

Mandatory mentions on business documents (sources in docs/LEGAL-MENTIONS.md):
- name, legal form, registered address, SIREN (Code de commerce R123-237; an
  individual entrepreneur's name carries "EI" or "entrepreneur individuel", R526-27);
- the RCS (or RM) city for a registered trader or craftsman (R123-237 1°), the share
  capital for a company (R123-238 : "société à capital variable" or the amount);
- the VAT number when registered (CGI art. 242 nonies A annexe II), otherwise the
  exemption "TVA non applicable, art. 293 B du CGI" for a micro-entrepreneur;
- quotes and contracts ask to be paid: an IBAN, and the late-payment rate
  (Code de commerce L441-10 II).

SIREN, SIRET, VAT number, IBAN and BIC are checked with python-stdnum.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal

from stdnum import bic as stdnum_bic
from stdnum import exceptions as stdnum_errors
from stdnum import iban as stdnum_iban

from desktop.domain import identifiers
from desktop.domain.errors import FieldError, Message, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# Forms whose documents print the share capital (R123-238); EI and micro print none.
COMPANY_FORMS = ("SAS", "SASU", "SARL", "EURL", "SA", "SCOP", "SNC")
INDIVIDUAL_FORMS = ("EI", "Micro-entrepreneur")
LEGAL_FORMS = INDIVIDUAL_FORMS + COMPANY_FORMS
VAT_EXEMPTION_TEXT = "TVA non applicable, art. 293 B du CGI"
VAT_EXEMPTION_TEXT_EN = "VAT not applicable, art. 293 B of the French tax code (CGI)"
# Code de commerce L441-10 II: no rate may be below three times the legal interest rate;
# the default is the ECB refinancing rate + 10 points (2.15 % + 10 in the second half of
# 2025). Kept as an editable value of My company, never a constant in the documents.
DEFAULT_LATE_RATE = Decimal("12.15")
RECOVERY_INDEMNITY = Decimal(40)  # Code de commerce D441-5

IDENTITY_LABELS: dict[str, str] = {
    "trade_name": QT_TRANSLATE_NOOP("Field", "Trade name"),
    "legal_form": QT_TRANSLATE_NOOP("Field", "Legal form"),
    "share_capital": QT_TRANSLATE_NOOP("Field", "Share capital"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "postal_code": QT_TRANSLATE_NOOP("Field", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Field", "City"),
    "siren": QT_TRANSLATE_NOOP("Field", "SIREN"),
    "siret": QT_TRANSLATE_NOOP("Field", "SIRET"),
    "registry_city": QT_TRANSLATE_NOOP("Field", "RCS or RM city"),
    "vat_number": QT_TRANSLATE_NOOP("Field", "VAT number"),
    "vat_exempt": QT_TRANSLATE_NOOP("Field", "VAT exemption (art. 293 B du CGI)"),
    "iban": QT_TRANSLATE_NOOP("Field", "IBAN"),
    "bic": QT_TRANSLATE_NOOP("Field", "BIC"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "signatory": QT_TRANSLATE_NOOP("Field", "Signatory"),
    "logo": QT_TRANSLATE_NOOP("Field", "Logo"),
    "signature_image": QT_TRANSLATE_NOOP("Field", "Signature image"),
    "payment_terms_days": QT_TRANSLATE_NOOP("Field", "Default payment terms (days)"),
    "late_rate": QT_TRANSLATE_NOOP("Field", "Late-payment rate (% a year)"),
    "terms_of_sale": QT_TRANSLATE_NOOP("Field", "General terms of sale (CGV)"),
    "vat_or_exemption": QT_TRANSLATE_NOOP("Field", "VAT number or VAT exemption"),
}


@dataclass(frozen=True)
class CompanyIdentity:
    """Who issues the documents. Images are file names inside the profile's company folder."""

    trade_name: str = ""
    legal_form: str = ""
    share_capital: Decimal | None = None
    address: str = ""
    postal_code: str = ""
    city: str = ""
    siren: str = ""
    siret: str = ""
    registry_city: str = ""  # "RCS Lyon" / "RM 69": the city of the registry
    vat_number: str = ""
    vat_exempt: bool = False  # micro-entrepreneur under the franchise (art. 293 B du CGI)
    iban: str = ""
    bic: str = ""
    email: str = ""
    phone: str = ""
    signatory: str = ""  # who signs: "Camille Martin, présidente"
    logo: str = ""
    signature_image: str = ""
    payment_terms_days: int = 30
    late_rate: Decimal = DEFAULT_LATE_RATE
    terms_of_sale: str = ""

    @property
    def is_company(self) -> bool:
        return self.legal_form in COMPANY_FORMS

    @property
    def is_individual(self) -> bool:
        return self.legal_form in INDIVIDUAL_FORMS

    @property
    def display_name(self) -> str:
        """The name documents print: an individual's carries "EI" (Code de commerce R526-27)."""
        name = self.trade_name.strip()
        if (
            self.is_individual
            and not any(mark in name.split() for mark in ("EI", "(EI)"))
            and "entrepreneur individuel" not in name.casefold()
        ):
            return f"{name} EI" if name else name
        return name

    def to_json(self) -> dict:
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = str(value) if isinstance(value, Decimal) else value
        return out

    @classmethod
    def from_json(cls, data: dict) -> CompanyIdentity:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in (data or {}).items() if k in known}
        for key in ("share_capital", "late_rate"):
            if values.get(key) not in (None, ""):
                values[key] = Decimal(str(values[key]))
            else:
                values.pop(key, None)
        return cls(**values)


def _error(name: str, template: str) -> FieldError:
    return FieldError(name, IDENTITY_LABELS[name], Message("Validation", template))


def missing_fields(identity: CompanyIdentity) -> list[str]:
    """The fields a document cannot go out without, in the order of the Settings page."""
    missing = [
        name
        for name in ("trade_name", "legal_form", "address", "postal_code", "city", "siren")
        if not str(getattr(identity, name)).strip()
    ]
    if identity.is_company and identity.share_capital is None:
        missing.append("share_capital")
    if (
        identity.legal_form
        and identity.legal_form != "Micro-entrepreneur"
        and not (identity.registry_city.strip())
    ):
        missing.append("registry_city")
    if not identity.vat_number.strip() and not identity.vat_exempt:
        missing.append("vat_or_exemption")
    if not identity.iban.strip():
        missing.append("iban")
    return missing


def validate_identity(identity: CompanyIdentity) -> CompanyIdentity:
    """The identity normalised (identifiers compacted); every bad field named at once.

    Blank fields are allowed here (the page saves as you go); documents check
    :func:`missing_fields` before they are built.
    """
    errors: list[FieldError] = []
    changes: dict[str, object] = {}

    def check(name: str, normalise) -> None:
        value = str(getattr(identity, name)).strip()
        if not value:
            changes[name] = ""
            return
        try:
            changes[name] = normalise(value)
        except ValueError as exc:
            errors.append(_error(name, str(exc)))

    check("siren", identifiers.normalise_siren)
    check("siret", identifiers.normalise_siret)
    siren = changes.get("siren") or None
    check("vat_number", lambda v: identifiers.normalise_vat(v, siren))
    check("iban", _normalise_iban)
    check("bic", _normalise_bic)
    check("email", identifiers.normalise_email)
    if changes.get("siret") and siren and not str(changes["siret"]).startswith(str(siren)):
        errors.append(
            _error("siret", QT_TRANSLATE_NOOP("Validation", "this SIRET belongs to another SIREN"))
        )
    if identity.legal_form and identity.legal_form not in LEGAL_FORMS:
        errors.append(_error("legal_form", QT_TRANSLATE_NOOP("Validation", "unknown legal form")))
    if identity.share_capital is not None and identity.share_capital < 0:
        errors.append(
            _error("share_capital", QT_TRANSLATE_NOOP("Validation", "must not be negative"))
        )
    if not 0 <= identity.payment_terms_days <= 60:
        # Code de commerce L441-10 I: at most 60 days from the invoice date.
        errors.append(
            _error(
                "payment_terms_days",
                QT_TRANSLATE_NOOP(
                    "Validation", "at most 60 days from the invoice (Code de commerce L441-10)"
                ),
            )
        )
    if identity.late_rate < 0 or identity.late_rate > 100:
        errors.append(
            _error("late_rate", QT_TRANSLATE_NOOP("Validation", "a yearly rate between 0 and 100"))
        )
    if errors:
        raise ValidationError(errors)
    return replace(identity, trade_name=" ".join(identity.trade_name.split()), **changes)


def _normalise_iban(value: str) -> str:
    try:
        return stdnum_iban.validate(value)
    except stdnum_errors.InvalidChecksum:
        raise ValueError(identifiers.WRONG_KEY) from None
    except stdnum_errors.ValidationError:
        raise ValueError(QT_TRANSLATE_NOOP("Validation", "not a valid IBAN")) from None


def _normalise_bic(value: str) -> str:
    try:
        return stdnum_bic.validate(value)
    except stdnum_errors.ValidationError:
        raise ValueError(
            QT_TRANSLATE_NOOP("Validation", "not a valid BIC (8 or 11 letters and digits)")
        ) from None


def format_iban(iban: str) -> str:
    """``FR76 3000 6000 …``: groups of four, as printed on a RIB."""
    return stdnum_iban.format(iban) if iban else ""
