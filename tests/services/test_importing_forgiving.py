"""Imports that forgive what people type, and reports that say exactly what happened."""

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.validation import CompanyDraft, ContactDraft, validate_company
from desktop.services import companies, contacts
from desktop.services.importing import ImportOutcome, plan_import, preview, run_import
from desktop.services.importing import values as parse
from desktop.services.importing.readers import read_csv_bytes
from desktop.services.importing.values import CellError
from desktop.store.models import Company, Contact, Talent

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(parse, "today", lambda: TODAY)


def table(text: str):
    return read_csv_bytes(text.encode("utf-8"), "file.csv")


def run(plan, policy="skip") -> ImportOutcome:
    outcome = ImportOutcome()
    for _ in run_import(plan, policy, outcome):
        pass
    return outcome


@pytest.mark.parametrize(
    ("typed", "preference", "days"),
    [
        ("Hybride (2j)", "hybrid", None),
        ("2 jours sur site", "hybrid", 2),
        ("3j de TT / semaine", "hybrid", 2),
        ("télétravail partiel", "hybrid", None),
        ("100 % remote", "full_remote", None),
        ("Full remote", "full_remote", None),
        ("Télétravail complet", "full_remote", None),
        ("pas de télétravail", "on_site", None),
        ("Présentiel", "on_site", None),
        ("5 jours sur site", "on_site", 5),
        ("0 jour sur site", "full_remote", 0),
    ],
)
def test_remote_preference_as_french_spreadsheets_write_it(typed, preference, days):
    assert parse.remote(typed) == preference
    assert parse.days_on_site(typed) == days


def test_an_unknown_remote_preference_is_still_an_error():
    with pytest.raises(CellError, match="unknown value 'selon humeur'"):
        parse.remote("selon humeur")


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("immédiate", TODAY),
        ("Immédiatement !", TODAY),
        ("dès que possible", TODAY),
        ("ASAP", TODAY),
        ("sous 1 mois", dt.date(2026, 12, 20)),
        ("préavis 3 mois", dt.date(2027, 2, 20)),
        ("3 mois de préavis", dt.date(2027, 2, 20)),
        ("dans 2 semaines", dt.date(2026, 12, 4)),
        ("sous 15 jours", dt.date(2026, 12, 5)),
        ("janvier 2027", dt.date(2027, 1, 1)),
        ("fin mars", dt.date(2027, 3, 31)),
        ("à partir du 01/12/2026", dt.date(2026, 12, 1)),
        ("15/01/2027", dt.date(2027, 1, 15)),
    ],
)
def test_availability_words(typed, date):
    assert parse.availability(typed) == date


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("1 050,00 €", Decimal("1050.00")),
        ("1\u202f050,00\u00a0€", Decimal("1050.00")),
        ("1 050,00 € (HT)", Decimal("1050.00")),
        ("1050,-", Decimal("1050")),
        ("1,05 k€", Decimal("1050")),
    ],
)
def test_amounts_as_typed(typed, amount):
    assert parse.money(typed) == amount


def test_a_talent_file_typed_by_hand_is_imported_whole(db):
    text = (
        "Prénom;Nom;TJM;Télétravail;Disponibilité;Téléphone\n"
        "Hélène;Dupré;1 050,00 €;2 jours sur site;immédiate;07 12 34 56 78\n"
        "Zoé;Roy;650 € HT/j;Hybride (2j);préavis 3 mois;06 12 34 56 78\n"
    )
    plan = plan_import(table(text), "talents")
    assert not plan.errors
    helene, zoe = (r.draft for r in plan.rows)
    assert (helene.daily_rate, helene.remote_preference, helene.max_days_on_site) == (
        Decimal("1050.00"),
        "hybrid",
        2,
    )
    assert (helene.available_from, zoe.available_from) == (TODAY, dt.date(2027, 2, 20))
    assert zoe.max_days_on_site is None
    # A number the plan does not allocate (07 1x) is kept, with a warning naming it.
    assert helene.phone == "07 12 34 56 78"
    assert [(w.line, w.field) for w in plan.warnings] == [(2, "phone")]
    assert run(plan).created == 2
    assert Talent.get(Talent.first_name == "Hélène").phone == "07 12 34 56 78"


def test_the_report_names_each_duplicate_and_counts_rows_and_problems_apart(db):
    known = companies.create_company(CompanyDraft("ACME"))
    contacts.create_contact(ContactDraft(known, "Dupré", "Hélène", email="h@acme.fr"))
    text = (
        "Prénom;Nom;E-mail;Entreprise\n"
        "Zoé;Roy;zoe@acme.fr;ACME\n"  # 2
        "Hélène;Dupré;H@ACME.FR;ACME\n"  # 3: already there
        ";;pas-un-mail;\n"  # 4: three problems
        "Luc;;luc@;ACME\n"  # 5: two problems
        "Zoé;ROY;ZOE@acme.fr;ACME\n"  # 6: duplicates line 2
    )
    plan = plan_import(table(text), "contacts")
    assert (plan.rejected, plan.problems) == (2, 5)
    assert [str(d) for d in plan.duplicates] == [
        "line 3 duplicates Hélène Dupré (already there), same e-mail (H@acme.fr)",
        "line 6 duplicates line 2, same e-mail (ZOE@acme.fr)",
    ]


def test_a_company_files_contact_columns_create_its_contact(db):
    known = companies.create_company(CompanyDraft("Danone", siren="552032534"))
    contacts.create_contact(ContactDraft(known, "Perrin", "Anne", email="anne@danone.fr"))
    text = (
        "Raison sociale;SIREN;Contact;E-mail du contact;Téléphone du contact;Fonction\n"
        "Kalia Conseil;732829320;Inès Girard;ines@kalia.fr;06 44 55 66 77;DSI\n"  # 2: new
        "Kalia Conseil;732829320;Paul Vidal;paul@kalia.fr;;DAF\n"  # 3: same company
        "Danone;552032534;Anne Perrin;ANNE@danone.fr;;Achats\n"  # 4: already there
        "Danone;552032534;Marc Roy;marc@danone.fr;;DSI\n"  # 5: a new contact
        "Sans Contact;;;;;\n"  # 6: no contact columns filled
        "Mauvais;;Jean Faux;jean@;;\n"  # 7: the contact's e-mail is wrong
        "Sans Nom;;;x@sans-nom.fr;;\n"  # 8: a contact without a name
    )
    plan = plan_import(table(text), "companies")
    assert not plan.errors  # the companies are what the rows are about
    assert [(w.line, w.label, w.value, str(w.message)) for w in plan.warnings] == [
        (7, "Contact: e-mail", "jean@",
         "not an email address (name@domain.fr): the company is imported, its contact is not"),
        (8, "Contact: last name", "", "required: the company is imported, its contact is not"),
    ]  # fmt: skip
    assert preview(plan, "skip").contacts == 4
    outcome = run(plan)
    assert (outcome.created, outcome.skipped, outcome.contacts_created) == (4, 3, 3)
    assert not Company.get(Company.name == "Mauvais").contacts.exists()
    kalia = Company.get(Company.siren == "732829320")
    assert sorted((c.first_name, c.last_name, c.role) for c in kalia.contacts) == [
        ("Inès", "Girard", "DSI"),
        ("Paul", "Vidal", "DAF"),
    ]
    assert sorted(c.email for c in Contact.select().where(Contact.company == known)) == [
        "anne@danone.fr",
        "marc@danone.fr",
    ]
    assert not Company.get(Company.name == "Sans Contact").contacts.exists()
    # The new contacts are searchable like the others.
    from desktop.store.models import database

    ines = Contact.get(Contact.email == "ines@kalia.fr").id
    assert database.execute_sql("SELECT 1 FROM contact_fts WHERE rowid = ?", (ines,)).fetchone()


def test_the_vat_message_says_the_key_is_wrong_and_gives_the_right_number():
    with pytest.raises(ValidationError) as caught:
        validate_company(CompanyDraft("ACME", siren="303265045", vat_number="FR41303265045"))
    (error,) = caught.value.errors
    assert error.field == "vat_number"
    assert str(error.message) == (
        "the check key is wrong (typo?): with SIREN 303265045 the number is FR40303265045"
    )
    assert error.message.params == {"siren": "303265045", "expected": "FR40303265045"}
    with pytest.raises(ValidationError, match="the check key is wrong"):
        validate_company(CompanyDraft("GmbH", vat_number="DE123456789"))
    with pytest.raises(ValidationError, match="not a valid EU VAT number"):
        validate_company(CompanyDraft("X", vat_number="XX123"))
