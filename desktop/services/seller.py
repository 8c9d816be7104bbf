"""The seller on the invoices: My company, as the :class:`Party` an invoice freezes at issue.

My company (Settings > My company, the documents work) keeps the identity in the setting
``company.identity``: one JSON object (trade_name, legal_form, share_capital, address,
postal_code, city, siren, siret, registry_city, vat_number, vat_exempt, iban, bic,
email...). Invoicing only reads it, here, in one place; a missing mention is refused when
an invoice is issued (desktop.services.invoices.check_seller names what to fill).

The row is read directly rather than through :mod:`desktop.services.settings` so that
invoicing does not declare a setting that My company owns.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from desktop.domain.formatting import format_money
from desktop.domain.invoice_document import Address, Party
from desktop.store.models import Setting

IDENTITY_KEY = "company.identity"  # declared and edited by My company
INDIVIDUAL_FORMS = ("EI", "Micro-entrepreneur", "Micro-entreprise")


def stored_identity() -> dict:
    """My company as stored (an empty dict before it is filled)."""
    row = Setting.get_or_none(Setting.key == IDENTITY_KEY)
    if row is None:
        return {}
    try:
        value = json.loads(row.value)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _text(data: dict, key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value).strip()


def _capital(data: dict) -> str:
    """The share capital as printed ("5 000,00 €"), "" for an individual entrepreneur."""
    raw = data.get("share_capital")
    if raw in (None, ""):
        return ""
    try:
        return format_money(Decimal(str(raw)), "fr")
    except InvalidOperation:
        return str(raw)


def _name(data: dict) -> str:
    """An individual entrepreneur's name carries "EI" (Code de commerce R526-27)."""
    name = _text(data, "trade_name")
    if (
        name
        and _text(data, "legal_form") in INDIVIDUAL_FORMS
        and "EI" not in name.replace("(", " ").replace(")", " ").split()
        and "entrepreneur individuel" not in name.casefold()
    ):
        return f"{name} EI"
    return name


def seller() -> Party:
    """My company as the seller of an invoice (blank fields where nothing was entered)."""
    data = stored_identity()
    registry = _text(data, "registry_city")
    return Party(
        name=_name(data),
        address=Address(
            _text(data, "address"), "", _text(data, "postal_code"), _text(data, "city"), "FR"
        ),
        siren=_text(data, "siren").replace(" ", ""),
        siret=_text(data, "siret").replace(" ", ""),
        vat_number=_text(data, "vat_number").replace(" ", ""),
        legal_form=_text(data, "legal_form"),
        share_capital=_capital(data),
        registration=f"RCS {registry}" if registry else "",
        email=_text(data, "email"),
        vat_franchise=bool(data.get("vat_exempt")),
        iban=_text(data, "iban").replace(" ", ""),
        bic=_text(data, "bic"),
    )
