"""What the invoicing screen tests share: my company, a client with a signed contract, a
clock set to a chosen day, and a safe way to drive a modal dialog."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from desktop.store.models import Company, Contract, Mission, MissionPhase, Setting, Talent
from desktop.ui.invoices import clock
from tests.ui.conftest import when_modal

D = dt.date
MY_COMPANY = {
    "trade_name": "Atelier Numérique Martin",
    "legal_form": "SAS",
    "share_capital": "5000",
    "address": "12 rue des Lilas",
    "postal_code": "69001",
    "city": "Lyon",
    "siren": "552120222",
    "siret": "55212022200013",
    "registry_city": "Lyon",
    "vat_number": "FR27552120222",
    "iban": "FR7630006000011234567890189",
    "bic": "AGRIFRPP",
}


def set_day(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    """The invoicing screens' today (issue dates, payments, reminders, penalties)."""
    monkeypatch.setattr(clock, "today", lambda: day)


def drive(kind: type, handler: Callable[[QWidget], None]) -> None:
    """Run ``handler`` on the next modal ``kind``; close it whatever happens, so that a
    failed assertion fails the test instead of leaving it waiting on an open dialog."""

    def run(widget: QWidget) -> None:
        try:
            handler(widget)
        finally:
            if widget.isVisible() and isinstance(widget, QDialog):
                widget.reject()

    when_modal(kind, run)


@pytest.fixture
def my_company(db) -> None:
    Setting.insert(key="company.identity", value=json.dumps(MY_COMPANY)).execute()


@pytest.fixture
def signed_contract(db) -> int:
    client = Company.insert(
        name="Banque Azur",
        sort_name="banque azur",
        siren="443061841",
        vat_number="FR83443061841",
        address="5 avenue de l'Opéra",
        postal_code="75001",
        city="Paris",
        country="FR",
        legal_form="SA",
        stage="won",
    ).execute()
    talent = Talent.insert(first_name="Léa", last_name="Martin", sort_name="martin lea").execute()
    mission = Mission.insert(
        company=client,
        title="Refonte du portail",
        client_daily_rate=Decimal(650),
        talent_daily_rate=Decimal(500),
    ).execute()
    MissionPhase.insert(
        mission=mission, position=1, name="Recette", due_on=D(2026, 12, 15)
    ).execute()
    return Contract.insert(
        company=client,
        talent=talent,
        mission=mission,
        reference="CT-2026-00001",
        title="Développement Python",
        status="signed",
        start_date=D(2026, 10, 1),
        signed_on=D(2026, 9, 25),
        daily_rate=Decimal(650),
    ).execute()
