"""Application settings of a profile, declared once here with their defaults.

Stored as JSON in the ``setting`` table of the profile's database, so that a
backup carries them. Never a secret: passwords and tokens go to the OS
keyring (:mod:`desktop.credentials`). Window layout is UI state, kept apart
(:mod:`desktop.ui.state`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.store.models import Setting
from desktop.store.transactions import write_transaction


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    doc: str


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("ui.language", "auto", "interface language: auto (system), fr or en"),
        Option(
            "matching.weights",
            {"skills": 40, "rate": 20, "availability": 20, "location": 10, "seniority": 10},
            "points of each matching component (desktop.domain.matching.Weights)",
        ),
        Option(
            "company.identity",
            {},
            "My company: the identity every document prints "
            "(desktop.domain.company_identity.CompanyIdentity as JSON)",
        ),
        Option(
            "matching.filters",
            {},
            "filters of the talent ranking (desktop.domain.matching.MatchFilters); {}: none",
        ),
        # Invoicing (desktop.services.invoices and neighbours)
        Option(
            "invoicing.numbering",
            {"series": {"FA": "FA-{year}-{seq:05}"}, "default": "FA", "by_type": {}},
            "number pattern per series; the default series; a series per invoice type or "
            "credit_note (desktop.domain.invoice_numbering)",
        ),
        Option(
            "invoicing.payment_term",
            {"method": "days", "days": 30},
            "payment term of new invoices (desktop.domain.payment_terms.TermMethod, days)",
        ),
        Option("invoicing.vat_on_debits", False, "the seller opted to pay VAT on debits"),
        Option(
            "invoicing.rates",
            {},
            "late-payment rates added by the user, same shape as "
            "resources/rates/late_payment_rates.json (extends or overrides it)",
        ),
        Option(
            "invoicing.dunning",
            [
                {"days": 1, "level": "friendly"},
                {"days": 15, "level": "second"},
                {"days": 30, "level": "formal_notice"},
            ],
            "reminders: days after the due date and level (desktop.domain.receivables)",
        ),
        Option(
            "invoicing.accounts",
            {},
            "account numbers and journals of the accounting export, over the defaults of "
            "desktop.domain.accounting.AccountMap",
        ),
        Option(
            "activity_reports.holiday_subdivision",
            "",
            "public holidays of a French subdivision too: 57, 67, 68 (Alsace-Moselle); '': none",
        ),
        # E-mail (desktop.services.mail_settings). The password is never here: keyring.
        Option(
            "mail.account",
            {
                "host": "",
                "port": 465,
                "security": "ssl",
                "user": "",
                "sender_name": "",
                "sender_address": "",
                "reply_to": "",
                "bcc_self": True,
            },
            "SMTP server, sign-in user and sender of the e-mails (MailAccount)",
        ),
        Option(
            "mail.templates",
            {},
            "templates edited by the user: {kind: {language: {subject, body}}}; {}: defaults",
        ),
        Option(
            "mail.checkin_every_days",
            30,
            "propose a satisfaction check-in e-mail per active contract every N days; 0: never",
        ),
        Option(
            "maintenance.last_integrity_check",
            "",
            "ISO date of the last full integrity check (run in the background weekly)",
        ),
    )
}


def get(key: str) -> Any:
    """The stored value of ``key``, or its declared default."""
    option = OPTIONS[key]
    row = Setting.get_or_none(Setting.key == key)
    return option.default if row is None else json.loads(row.value)


def put(key: str, value: Any) -> None:
    """Store ``value`` for the declared option ``key``."""
    if key not in OPTIONS:
        raise KeyError(f"undeclared setting {key!r}")
    with write_transaction():
        Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()
