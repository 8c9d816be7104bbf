"""The seller's block, header lines and legal footer, from My company."""

from __future__ import annotations

from desktop.documents.layout import Party
from desktop.documents.texts import text
from desktop.domain.company_identity import (
    VAT_EXEMPTION_TEXT,
    VAT_EXEMPTION_TEXT_EN,
    CompanyIdentity,
    format_iban,
)
from desktop.domain.formatting import format_money


def _siren_spaced(siren: str) -> str:
    return f"{siren[:3]} {siren[3:6]} {siren[6:]}" if len(siren) == 9 else siren


def registration(identity: CompanyIdentity, language: str) -> str:
    """``RCS Lyon 552 120 222`` (R123-237), ``RM …`` for a craftsman, or the bare SIREN."""
    siren = _siren_spaced(identity.siren)
    if identity.registry_city.strip() and identity.legal_form != "Micro-entrepreneur":
        return text(language, "rcs", city=identity.registry_city.strip(), siren=siren)
    return text(language, "siren", siren=siren)


def vat_line(identity: CompanyIdentity, language: str) -> str:
    if identity.vat_exempt and not identity.vat_number:
        return VAT_EXEMPTION_TEXT if language == "fr" else VAT_EXEMPTION_TEXT_EN
    return text(language, "vat_number", vat=identity.vat_number)


def legal_form_line(identity: CompanyIdentity, language: str) -> str:
    """``SAS au capital de 5 000 €`` (R123-238), or ``Entrepreneur individuel``."""
    if identity.is_individual:
        return text(language, "ei")
    if identity.share_capital is not None:
        capital = format_money(identity.share_capital, language)
        return f"{identity.legal_form} {text(language, 'capital', amount=capital)}"
    return identity.legal_form


def seller_party(identity: CompanyIdentity, language: str, heading: str = "") -> Party:
    address = f"{identity.address}, {identity.postal_code} {identity.city}".strip(", ")
    lines = [
        legal_form_line(identity, language),
        address,
        registration(identity, language),
        vat_line(identity, language),
    ]
    if identity.siret:
        lines.append(text(language, "siret", siret=identity.siret))
    lines.append(" · ".join(v for v in (identity.email, identity.phone) if v))
    return Party(identity.display_name, [line for line in lines if line], heading)


def header_lines(identity: CompanyIdentity, language: str) -> list[str]:
    address = f"{identity.address}, {identity.postal_code} {identity.city}".strip(", ")
    return [address, " · ".join(v for v in (identity.email, identity.phone) if v)]


def footer(identity: CompanyIdentity, language: str) -> str:
    """The legal line under every page: name, form and capital, RCS, SIRET, VAT, IBAN."""
    parts = [
        identity.display_name,
        legal_form_line(identity, language),
        registration(identity, language),
        vat_line(identity, language),
    ]
    if identity.iban:
        parts.append(text(language, "iban", iban=format_iban(identity.iban)))
    if identity.bic:
        parts.append(text(language, "bic", bic=identity.bic))
    return " · ".join(p for p in parts if p)
