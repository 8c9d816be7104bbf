"""A small book for the invoicing tests: one client, one contract, a seller identity."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.services.invoices import InvoiceDraft, LineDraft, create_draft
from desktop.store.models import Company, Contract, Mission, Talent
from tests.documents.facturx_cases import SELLER  # noqa: F401  (re-exported for the tests)

D = dt.date


@pytest.fixture
def client(db) -> int:
    return Company.insert(
        name="Acme & Co",
        sort_name="acme & co",
        siren="443061841",
        vat_number="FR83443061841",
        address="5 avenue des Champs-Élysées",
        postal_code="75008",
        city="Paris",
        country="FR",
        legal_form="SAS",
        email="compta@acme.fr",
    ).execute()


@pytest.fixture
def contract(client) -> int:
    talent = Talent.insert(first_name="Léa", last_name="Martin", sort_name="martin lea").execute()
    mission = Mission.insert(
        company=client,
        title="Refonte",
        client_daily_rate=Decimal("650"),
        talent_daily_rate=Decimal("500"),
    ).execute()
    return Contract.insert(
        company=client,
        talent=talent,
        mission=mission,
        reference="CT-2026-00001",
        title="Développement Python",
        status="active",
        daily_rate=Decimal("650"),
    ).execute()


def simple_draft(company_id: int, days: str = "20", rate: str = "650", **extra) -> int:
    return create_draft(
        InvoiceDraft(
            company_id=company_id,
            service_start=D(2026, 10, 1),
            service_end=D(2026, 10, 31),
            **extra,
        ),
        [LineDraft("Développement – octobre 2026", Decimal(days), Decimal(rate), unit="DAY")],
    )
