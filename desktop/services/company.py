"""My company: the identity every document prints, its logo and signature image.

Stored as one setting (``company.identity``, JSON) so that a backup carries it; the
logo and the signature image are copied into the profile's ``company/`` folder (the
original may move). :func:`require_complete` is what every document calls first: a
document whose mandatory mentions are missing is refused with the list of what to
fill, which the UI turns into a link to Settings > My company.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from desktop.domain.company_identity import (
    IDENTITY_LABELS,
    CompanyIdentity,
    missing_fields,
    validate_identity,
)
from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.profile import Profile
from desktop.services import settings

KEY = "company.identity"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_IMAGE_BYTES = 2 * 1024 * 1024


class CompanyIncompleteError(DomainError):
    """A document needs My company's mandatory fields; ``missing`` names them."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(
            Message(
                "Company",
                QT_TRANSLATE_NOOP(
                    "Company",
                    "This document cannot be made yet: My company lacks {fields}. "
                    "Fill them in Settings > My company.",
                ),
                {"fields": [Message("Field", IDENTITY_LABELS[m]) for m in missing]},
            )
        )


def identity() -> CompanyIdentity:
    """The stored identity (blank fields where nothing was entered)."""
    return CompanyIdentity.from_json(settings.get(KEY))


def save_identity(value: CompanyIdentity) -> CompanyIdentity:
    """Validate (every bad field named) and store; returns the normalised identity."""
    clean = validate_identity(value)
    settings.put(KEY, clean.to_json())
    return clean


def require_complete() -> CompanyIdentity:
    """The identity, or :class:`CompanyIncompleteError` listing what is missing."""
    current = identity()
    missing = missing_fields(current)
    if missing:
        raise CompanyIncompleteError(missing)
    return current


def folder(profile: Profile) -> Path:
    return profile.root / "company"


def image_path(profile: Profile, name: str) -> Path | None:
    """Where a stored image is, or None (not set, or gone)."""
    if not name:
        return None
    path = folder(profile) / name
    return path if path.is_file() else None


def set_image(profile: Profile, which: str, source: str | os.PathLike[str] | None) -> str:
    """Copy a PNG or JPEG in as the ``logo`` or ``signature_image``; None removes it."""
    if which not in ("logo", "signature_image"):
        raise ValueError(which)
    current = identity()
    if source is None:
        settings.put(KEY, replace(current, **{which: ""}).to_json())
        return ""
    path = Path(source)
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        raise DomainError(
            Message(
                "Company",
                QT_TRANSLATE_NOOP("Company", "“{name}” is not a PNG or JPEG image."),
                {"name": path.name},
            )
        )
    if path.stat().st_size > MAX_IMAGE_BYTES:
        raise DomainError(
            Message(
                "Company",
                QT_TRANSLATE_NOOP(
                    "Company", "“{name}” is over 2 MB: a logo that size slows every document."
                ),
                {"name": path.name},
            )
        )
    target_dir = folder(profile)
    target_dir.mkdir(parents=True, exist_ok=True)
    name = f"{which}{path.suffix.lower()}"
    temp = target_dir / f".{name}.part"
    shutil.copyfile(path, temp)
    temp.replace(target_dir / name)
    settings.put(KEY, replace(current, **{which: name}).to_json())
    return name


def demo_identity() -> CompanyIdentity:
    """A fictitious but valid identity, so that the demo can make documents at once.

    SIREN 552 120 222 and its SIRET are the examples INSEE's own documentation uses; the
    IBAN is the French example IBAN of the ECBS format (a valid key, no real account).
    """
    return CompanyIdentity(
        trade_name="Atelier Numérique Martin",
        legal_form="SAS",
        share_capital=Decimal(5000),
        address="12 rue des Lilas",
        postal_code="69001",
        city="Lyon",
        siren="552120222",
        siret="55212022200013",
        registry_city="Lyon",
        vat_number="FR27552120222",
        iban="FR7630006000011234567890189",
        bic="AGRIFRPP",
        email="contact@atelier-martin.example",
        phone="04 78 00 00 00",
        signatory="Camille Martin, présidente",
        payment_terms_days=30,
        terms_of_sale=(
            "Les présentes conditions générales de vente s’appliquent à toute prestation "
            "d’Atelier Numérique Martin. Toute commande vaut acceptation sans réserve. Les "
            "prestations sont facturées selon le devis accepté ; les factures sont payables à "
            "30 jours. Tout retard entraîne les pénalités et l’indemnité forfaitaire prévues "
            "aux articles L441-10 et D441-5 du Code de commerce."
        ),
    )


def fill_demo_identity() -> None:
    """Give the demo profile its company identity (called by the demo generator)."""
    settings.put(KEY, validate_identity(demo_identity()).to_json())
