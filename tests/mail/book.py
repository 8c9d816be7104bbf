"""A small book for the e-mail tests: a client, its contact, minutes, an active contract."""

from __future__ import annotations

import datetime as dt

from desktop.domain.activities import ActionDraft, ActivityDraft
from desktop.domain.validation import CompanyDraft, ContactDraft
from desktop.services import activities, companies, contacts
from desktop.services.mail_settings import MailAccount, save_account
from desktop.store.models import Contract, Mission
from tests.mail.smtp_server import USER

MEETING = dt.datetime(2026, 11, 20, 14, 30)


def account_for(port: int, security: str = "none", **changes) -> MailAccount:
    values = dict(
        host="127.0.0.1",
        port=port,
        security=security,
        user=USER,
        sender_name="Jeanne Dupré",
        sender_address="jeanne@example.fr",
        reply_to="",
        bcc_self=True,
    )
    values.update(changes)
    return save_account(MailAccount(**values))


def client_with_minutes() -> dict[str, int]:
    company = companies.create_company(CompanyDraft(name="Société Générale d’Études"))
    contact = contacts.create_contact(
        ContactDraft(
            company_id=company, first_name="Hélène", last_name="Lefèvre",
            email="helene.lefevre@client.example",
        )
    )  # fmt: skip
    minutes = activities.create_activity(
        "contact",
        contact,
        ActivityDraft(
            kind="minutes",
            occurred_at=MEETING,
            title="Lancement du projet",
            decisions="Démarrage le 1er décembre\nPoint hebdomadaire le lundi",
            actions=(
                ActionDraft("Envoyer le planning", "Jeanne", dt.date(2026, 11, 27)),
                ActionDraft("Ouvrir les accès au dépôt", "Hélène"),
            ),
        ),
        today=dt.date(2026, 11, 22),
    )
    mission = Mission.insert(company=company, contact=contact, title="Refonte du portail").execute()
    contract = Contract.insert(
        company=company,
        mission=mission,
        reference="CT-2026-00042",
        title="Refonte du portail client",
        status="active",
        start_date=dt.date(2026, 9, 1),
    ).execute()
    return {"company": company, "contact": contact, "minutes": minutes, "contract": contract}
