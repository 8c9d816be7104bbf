"""My company: mandatory mentions and identifiers checked with python-stdnum."""

from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.domain.company_identity import CompanyIdentity, missing_fields, validate_identity
from desktop.domain.errors import ValidationError
from desktop.services.company import demo_identity


def test_the_demo_identity_is_complete_and_valid():
    identity = validate_identity(demo_identity())
    assert missing_fields(identity) == []


def test_an_empty_identity_lists_every_mandatory_field():
    assert missing_fields(CompanyIdentity()) == [
        "trade_name",
        "legal_form",
        "address",
        "postal_code",
        "city",
        "siren",
        "vat_or_exemption",
        "iban",
    ]


def test_a_company_needs_its_capital_and_registry_a_micro_entrepreneur_does_not():
    sas = replace(demo_identity(), share_capital=None, registry_city="")
    assert missing_fields(sas) == ["share_capital", "registry_city"]
    micro = replace(
        demo_identity(),
        legal_form="Micro-entrepreneur",
        share_capital=None,
        registry_city="",
        vat_number="",
        vat_exempt=True,
    )
    assert missing_fields(micro) == []
    assert micro.display_name.endswith(" EI")  # Code de commerce R526-27


def test_bad_identifiers_are_all_named():
    bad = replace(
        demo_identity(),
        siren="552120223",
        iban="FR7630006000011234567890188",
        bic="12",
        payment_terms_days=90,
        late_rate=Decimal("-1"),
    )
    with pytest.raises(ValidationError) as error:
        validate_identity(bad)
    assert set(error.value.fields) >= {"siren", "iban", "bic", "payment_terms_days", "late_rate"}


def test_identifiers_are_stored_compact():
    spaced = replace(demo_identity(), iban="fr76 3000 6000 0112 3456 7890 189", siren="552 120 222")
    clean = validate_identity(spaced)
    assert (clean.iban, clean.siren) == ("FR7630006000011234567890189", "552120222")
