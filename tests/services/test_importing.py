"""Importing talents, companies and contacts: values, headers, errors, duplicates, writing."""

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.validation import CompanyDraft, ContactDraft, SkillLevel, TalentDraft
from desktop.services import companies, contacts, talents
from desktop.services.importing import (
    ImportOutcome,
    guess_kind,
    guess_mapping,
    missing_required,
    plan_import,
    preview,
    run_import,
)
from desktop.services.importing import values as parse
from desktop.services.importing.readers import read_csv_bytes
from desktop.services.importing.values import VOCABULARY_WORDS, CellError
from desktop.store.models import Company, Contact, Skill, Talent, TalentSkill, database


def table(text: str, name: str = "file.csv"):
    return read_csv_bytes(text.encode("utf-8"), name)


def run(plan, policy="skip", **options) -> ImportOutcome:
    outcome = ImportOutcome()
    for _ in run_import(plan, policy, outcome, **options):
        pass
    return outcome


def fts(table_name: str, record_id: int) -> tuple:
    return database.execute_sql(
        f"SELECT * FROM {table_name} WHERE rowid = ?", (record_id,)
    ).fetchone()


# -- values -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("650", Decimal("650")),
        ("650,50", Decimal("650.50")),
        ("1 234,50 €", Decimal("1234.50")),
        ("1\u00a0234,50\u00a0€", Decimal("1234.50")),  # no-break space (Excel, LibreOffice)
        ("1\u202f234,50\u202f€", Decimal("1234.50")),  # narrow no-break space (Excel 365)
        ("1.234,50", Decimal("1234.50")),
        ("1,234.50", Decimal("1234.50")),
        ("EUR 650", Decimal("650")),
        ("650 € HT/j", Decimal("650")),
        ("650€ / jour", Decimal("650")),
    ],
)
def test_amounts_are_read_in_every_french_and_english_form(text, amount):
    assert parse.money(text) == amount


@pytest.mark.parametrize("text", ["abc", "650 dollars", "6,5,0", "--"])
def test_a_value_that_is_not_an_amount_is_an_error_not_a_guess(text):
    with pytest.raises(CellError, match="not an amount"):
        parse.money(text)


@pytest.mark.parametrize(
    "text",
    [
        "31/12/2026",
        "31/12/26",
        "2026-12-31",
        "31.12.2026",
        "31-12-2026",
        "2026/12/31",
        "2026-12-31T00:00:00",
        "31/12/2026 10:30",
        "2026-12-31 10:30:00",
    ],
)
def test_dates_are_read_day_first_in_every_usual_form(text):
    assert parse.date(text) == dt.date(2026, 12, 31)


@pytest.mark.parametrize("text", ["31/02/2026", "12/31/2026", "demain", "2026-13-01", "31/12"])
def test_an_impossible_date_is_an_error(text):
    with pytest.raises(CellError, match="not a date"):
        parse.date(text)


def test_day_first_means_the_french_order():
    assert parse.date("03/04/2026") == dt.date(2026, 4, 3)


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Java:4, React:3", [("Java", 4), ("React", 3)]),
        ("Java (4); React", [("Java", 4), ("React", 3)]),
        ("Java, React", [("Java", 3), ("React", 3)]),
        ("Java - 5/5 | C++ : 2 | Node.js", [("Java", 5), ("C++", 2), ("Node.js", 3)]),
        ("CI/CD, HTML5, SAP FI=4", [("CI/CD", 3), ("HTML5", 3), ("SAP FI", 4)]),
    ],
)
def test_skills_lists_in_the_forms_people_type(text, skills):
    assert [(s.name, s.level) for s in parse.skills(text)] == skills


def test_numbers_percentages_and_excel_cells():
    assert parse.whole_number("5 ans") == 5
    assert parse.whole_number("80 %") == 80
    assert parse.whole_number(Decimal(12)) == 12
    with pytest.raises(CellError):
        parse.whole_number("cinq")
    assert parse.phone(Decimal(612345678)) == "0612345678"  # Excel dropped the 0
    assert parse.postal_code(Decimal(6000)) == "06000"
    assert parse.identifier(Decimal(552120222)) == "552120222"
    assert parse.email("Hélène Dupré <helene@exemple.fr>") == "helene@exemple.fr"
    assert parse.country("Belgique") == "BE" and parse.country("fr") == "FR"


def test_statuses_in_french_or_english_become_codes():
    from desktop.domain.vocabulary import PipelineStage, TalentStatus

    status = parse.vocabulary(TalentStatus)
    assert [status(v) for v in ("Disponible", "EN MISSION", "on_mission", "Ne pas contacter")] == [
        "available",
        "on_mission",
        "on_mission",
        "do_not_contact",
    ]
    assert parse.vocabulary(PipelineStage)("Gagné") == "won"
    with pytest.raises(CellError, match="unknown value 'Peut-être'"):
        status("Peut-être")


def test_french_vocabulary_words_are_those_of_the_french_translation():
    ts = Path(__file__).parents[2] / "resources/translations/freelance_desk_fr.ts"
    french = {
        (c.find("name").text, m.find("source").text): m.find("translation").text
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    }
    from desktop.domain.vocabulary import label

    for member, words in VOCABULARY_WORDS.items():
        assert words[0] == french[(type(member).__name__, label(member))], member


# -- headers ----------------------------------------------------------------------------


def test_french_and_english_headers_are_recognised_whatever_their_accents_and_case():
    french = ["PRÉNOM", "Nom", "Courriel", "Tél.", "Taux journalier", "Code postal", "Ville",
              "Compétences", "Disponible le", "Statut", "Commentaires", "Inconnue"]  # fmt: skip
    assert guess_mapping("talents", french) == [
        "first_name", "last_name", "email", "phone", "daily_rate", None, "city", "skills",
        "available_from", "status", "notes", None,
    ]  # fmt: skip
    english = ["First Name", "Surname", "E-mail Address", "Mobile Phone", "Daily rate", "Skills",
               "Available from", "Status", "City"]  # fmt: skip
    assert guess_mapping("talents", english) == [
        "first_name", "last_name", "email", "phone", "daily_rate", "skills", "available_from",
        "status", "city",
    ]  # fmt: skip
    assert guess_mapping("companies", ["Raison sociale", "N° TVA", "SIRET", "CP", "Étape"]) == [
        "name", "vat_number", "siret", "postal_code", "stage",
    ]  # fmt: skip
    assert guess_mapping("contacts", ["Nom", "Société", "Fonction"]) == [
        "last_name", "company", "role",
    ]  # fmt: skip


def test_the_kind_is_guessed_and_missing_required_columns_named():
    assert guess_kind(["Raison sociale", "SIREN", "Ville"]) == "companies"
    assert guess_kind(["Prénom", "Nom", "TJM", "Compétences"]) == "talents"
    assert guess_kind(["Prénom", "Nom", "Société", "Fonction"]) == "contacts"
    assert missing_required("talents", ["email", "last_name"]) == ["first_name"]
    assert missing_required("talents", ["full_name"]) == []
    assert missing_required("contacts", ["last_name"]) == ["company"]


# -- plans: invalid rows ----------------------------------------------------------------


AVAILABILITY_MESSAGE = "not a date (e.g. 31/12/2026, immédiate, sous 1 mois, janvier 2027)"


def test_invalid_rows_are_listed_with_their_line_field_and_reason(db):
    text = (
        "Prénom;Nom;E-mail;TJM;Disponibilité;Compétences\n"  # row 1
        'Hélène;Dupré;helene@exemple.fr;650;01/12/2026;"Java:4,\nReact:3"\n'  # row 2, 2 lines
        "Zoé;;zoe@;abc;31/02/2026;Java\n"  # row 3, as Excel numbers it (line 4 of the text)
        "Luc;Martin;luc@exemple.fr;-5;;Python:9\n"  # row 4
        "Anne;Perrin;anne@exemple.fr;700;2027-01-15;;en trop\n"  # row 5
    )
    plan = plan_import(table(text), "talents")
    assert plan.read == 4 and len(plan.rows) == 1 and plan.rejected == 3
    problems = [(e.line, e.label, e.value, str(e.message)) for e in plan.errors]
    assert problems == [
        (3, "Daily rate (TJM)", "abc", "not an amount (e.g. 650 or 650,50 €)"),
        (3, "Available from", "31/02/2026", AVAILABILITY_MESSAGE),
        (3, "Last name", "", "required"),
        (3, "E-mail", "zoe@", "not an email address (name@domain.fr)"),
        (4, "Daily rate (TJM)", "-5", "must not be negative"),
        (4, "Skills", "Python:9", "Python: the level must be between 1 and 5"),
        (5, "Row", "en trop", "7 values but 6 columns: a separator inside a value without quotes?"),
    ]
    (row,) = plan.rows
    assert row.line == 2 and row.draft.skills == (SkillLevel("Java", 4), SkillLevel("React", 3))
    assert Talent.select().count() == 0  # a plan writes nothing


def test_a_full_name_column_fills_first_and_last_names(db):
    plan = plan_import(table("Nom complet;Email\nDUPRÉ Hélène;h@exemple.fr\n"), "talents")
    assert (plan.rows[0].draft.first_name, plan.rows[0].draft.last_name) == ("Hélène", "DUPRÉ")


def test_several_columns_can_fill_one_field(db):
    text = (
        "Raison sociale;Adresse 1;Adresse 2;Mobile;Téléphone\n"
        "ACME;1 rue Haute;Bât. B;;01 42 14 20 00\n"
    )
    plan = plan_import(table(text), "companies")
    draft = plan.rows[0].draft
    assert draft.address == "1 rue Haute, Bât. B" and draft.phone == "01 42 14 20 00"


def test_a_mapping_chosen_by_the_user_overrides_the_headers(db):
    text = "Col1;Col2;Col3\nHélène;Dupré;ignored\n"
    plan = plan_import(table(text), "talents", ["first_name", "last_name", None])
    assert plan.rows[0].draft.first_name == "Hélène" and plan.rows[0].draft.notes == ""


# -- duplicates -------------------------------------------------------------------------

TALENTS_CSV = (
    "Prénom;Nom;E-mail;TJM;Compétences;Ville\n"
    "Hélène;Dupré;helene@exemple.fr;650;Java:4;Lyon\n"  # 2: in the database already
    "Zoé;Lefèvre;zoe@exemple.fr;700;;Paris\n"  # 3: new
    "Zoé;LEFÈVRE;ZOE@Exemple.FR;750;React:3;\n"  # 4: same e-mail as line 3
    "Luc;Martin;;500;;\n"  # 5: no e-mail, never a duplicate
    "Luc;Martin;;500;;\n"  # 6
)


@pytest.fixture
def helene(db):
    return talents.create_talent(
        TalentDraft(
            "Hélène", "Dupré", email="Helene@Exemple.fr", title="Architecte",
            skills=(SkillLevel("Kubernetes", 5), SkillLevel("Java", 2)), city="Paris",
        )
    )  # fmt: skip


def test_duplicates_are_found_ignoring_case_in_the_file_and_the_database(helene):
    plan = plan_import(table(TALENTS_CSV), "talents")
    found = [
        (d.line, d.value, d.existing_id, d.existing_name, d.first_line) for d in plan.duplicates
    ]
    assert found == [
        (2, "helene@exemple.fr", helene, "Hélène Dupré", None),
        (4, "ZOE@exemple.fr", None, "", 3),
    ]
    skip, merge = preview(plan, "skip"), preview(plan, "merge")
    assert (skip.creates, skip.merges, skip.skipped) == (3, 0, 2)
    assert (merge.creates, merge.merges, merge.skipped) == (3, 1, 0)


def test_skipping_duplicates_leaves_the_existing_record_alone(helene):
    outcome = run(plan_import(table(TALENTS_CSV), "talents"), "skip")
    assert (outcome.created, outcome.merged, outcome.skipped, outcome.rejected) == (3, 0, 2, 0)
    assert Talent.get_by_id(helene).city == "Paris"
    assert Talent.select().where(Talent.last_name == "Lefèvre").count() == 1


def test_merging_updates_with_the_non_empty_imported_values_only(helene):
    outcome = run(plan_import(table(TALENTS_CSV), "talents"), "merge")
    assert (outcome.created, outcome.merged, outcome.skipped) == (3, 1, 0)
    merged = talents.talent_draft(helene)
    assert merged.city == "Lyon" and merged.daily_rate == Decimal("650")
    assert merged.title == "Architecte"  # not in the file: kept
    assert {(s.name, s.level) for s in merged.skills} == {("Kubernetes", 5), ("Java", 4)}
    assert "lyon" in str(fts("talent_fts", helene)).lower()  # the search index follows
    zoe = Talent.get(Talent.first_name == "Zoé")  # line 4 merged into line 3
    assert (zoe.last_name, zoe.daily_rate, zoe.city) == ("LEFÈVRE", Decimal("750"), "Paris")
    assert zoe.email == "ZOE@exemple.fr"  # the later line's values win
    assert [s.skill.name for s in zoe.skills] == ["React"]


def test_companies_are_duplicates_by_siren_a_siret_giving_its_siren(db):
    existing = companies.create_company(CompanyDraft("Danone", siren="552 032 534"))
    text = (
        "Raison sociale;SIRET;Ville\n"
        "Danone SA;55203253400646;Paris\n"  # same SIREN through the SIRET
        "Nouvelle;73282932000074;Lyon\n"
        "Sans Siren;;Nantes\n"
        "SANS SIRÉN;;Nantes\n"  # same folded name, no SIREN
    )
    plan = plan_import(table(text), "companies")
    assert [(d.line, d.value, d.existing_id, d.first_line) for d in plan.duplicates] == [
        (2, "552032534", existing, None),
        (5, "SANS SIRÉN", None, 4),
    ]
    outcome = run(plan, "merge")
    assert (outcome.created, outcome.merged) == (2, 1)
    danone = Company.get_by_id(existing)
    assert (danone.name, danone.siret, danone.city) == ("Danone SA", "55203253400646", "Paris")


def test_contacts_find_their_company_by_siren_or_name_else_create_it_as_a_lead(db):
    acme = companies.create_company(CompanyDraft("ACME Études", siren="732829320"))
    text = (
        "Prénom;Nom;E-mail;Société;SIREN\n"
        "Hélène;Dupré;h@acme.fr;;732 829 320\n"  # by SIREN
        "Luc;Martin;l@acme.fr;acme etudes;\n"  # by folded name
        "Zoé;Perrin;z@neuf.fr;Neuf Conseil;\n"  # new company
        "Anne;Roy;a@neuf.fr;NEUF CONSEIL;\n"  # the same new company
        "Paul;Sans;p@x.fr;;\n"  # no company: rejected
        "Marc;Faux;m@x.fr;;123456789\n"  # wrong SIREN: rejected
        "Inès;Inconnue;i@x.fr;;552032534\n"  # valid SIREN, no such company, no name
    )
    plan = plan_import(table(text), "contacts")
    assert [(e.line, e.label) for e in plan.errors] == [
        (6, "Company name"),
        (7, "Company SIREN"),
        (8, "Company SIREN"),
    ]
    assert str(plan.errors[2].message).startswith("no company has this SIREN")
    outcome = run(plan)
    assert (outcome.created, outcome.companies_created, outcome.rejected) == (4, 1, 3)
    assert {c.email for c in Contact.select().where(Contact.company == acme)} == {
        "h@acme.fr",
        "l@acme.fr",
    }
    neuf = Company.get(Company.name == "Neuf Conseil")
    assert neuf.stage == "lead" and neuf.contacts.count() == 2
    assert "neuf" in str(fts("contact_fts", Contact.get(Contact.email == "z@neuf.fr").id)).lower()


def test_contacts_are_duplicates_by_email(db):
    company = companies.create_company(CompanyDraft("ACME"))
    known = contacts.create_contact(ContactDraft(company, "Dupré", "Hélène", email="h@acme.fr"))
    plan = plan_import(
        table("Nom;Email;Fonction;Entreprise\nDupré;H@ACME.FR;DSI;ACME\n"), "contacts"
    )
    assert plan.duplicates[0].existing_id == known
    run(plan, "merge")
    assert Contact.get_by_id(known).role == "DSI" and Contact.select().count() == 1


# -- writing ----------------------------------------------------------------------------


def test_imported_records_are_stored_exactly_as_the_services_store_them(db):
    """The batched insert writes the same columns, skills and search row as create_talent."""
    text = (
        "Prénom;Nom;E-mail;Téléphone;TJM;TJM minimum;Compétences;Secteurs refusés;Statut;"
        "Télétravail;Disponibilité;Notes\n"
        "hélène ;Dupré;{email};0612345678;650,50;600;Java:4, kubernetes:3;"
        "Armement, Tabac;En mission;Sur site;01/12/2026;Très bien\n"
    )
    plan = plan_import(table(text.format(email="helene@EXEMPLE.fr")), "talents")
    imported = run(plan).created_ids[0]
    draft = plan_import(table(text.format(email="other@exemple.fr")), "talents").rows[0].draft
    reference = talents.create_talent(draft)

    compared = [
        field
        for name, field in Talent._meta.columns.items()
        if name not in ("id", "email", "created_at", "updated_at")
    ]

    def stored(talent_id):
        return Talent.select(*compared).where(Talent.id == talent_id).tuples().get()

    assert stored(imported) == stored(reference)
    assert fts("talent_fts", imported)[0] == fts("talent_fts", reference)[0]  # name
    assert fts("talent_fts", imported)[2] == fts("talent_fts", reference)[2]  # skills
    assert replace(talents.talent_draft(imported), email="") == replace(
        talents.talent_draft(reference), email=""
    )
    assert Skill.select().where(Skill.key == "kubernetes").count() == 1


def test_who_asked_not_to_be_contacted_gets_no_follow_up_whichever_way_they_come(db):
    text = "Prénom;Nom;Statut;Prochaine relance\nHélène;Dupré;Ne pas contacter;01/12/2026\n"
    plan = plan_import(table(text), "talents")
    imported = run(plan).created_ids[0]
    typed = talents.create_talent(replace(plan.rows[0].draft, first_name="Anne"))
    for talent_id in (imported, typed):
        talent = Talent.get_by_id(talent_id)
        assert (talent.status, talent.next_follow_up_on) == ("do_not_contact", None)


def triggers() -> list[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    return [name for (name,) in database.execute_sql(query)]


def test_search_triggers_are_back_after_an_import(db):
    before = triggers()
    run(plan_import(table("Prénom;Nom\nHélène;Dupré\n"), "talents"))
    assert triggers() == before and before
    talent = Talent.get()
    talents.update_talent(talent.id, replace(talents.talent_draft(talent.id), city="Besançon"))
    assert "besançon" in str(fts("talent_fts", talent.id)).lower()


def test_stopping_an_import_midway_writes_nothing(db):
    rows = "".join(f"Prénom{i};Nom{i};p{i}@exemple.fr;Java:3\n" for i in range(1200))
    plan = plan_import(table("Prénom;Nom;E-mail;Compétences\n" + rows), "talents")
    before = triggers()
    steps = run_import(plan)
    for step in steps:
        if step.done >= 500:
            break
    assert Talent.select().count() > 0  # visible inside the transaction
    steps.close()
    assert Talent.select().count() == 0 and TalentSkill.select().count() == 0
    assert Skill.select().count() == 0
    assert database.execute_sql("SELECT count(*) FROM talent_fts").fetchone()[0] == 0
    assert triggers() == before  # the rollback put the search triggers back


def test_a_dry_run_reports_exactly_and_writes_nothing(helene):
    outcome = run(plan_import(table(TALENTS_CSV), "talents"), "merge", dry_run=True)
    assert outcome.completed and (outcome.created, outcome.merged) == (3, 1)
    assert Talent.select().count() == 1 and Talent.get_by_id(helene).city == "Paris"


def test_a_merge_the_validators_refuse_is_rejected_with_its_line(db):
    known = talents.create_talent(
        TalentDraft("Luc", "Martin", email="luc@exemple.fr", daily_rate=Decimal(500))
    )
    plan = plan_import(
        table("Prénom;Nom;E-mail;TJM minimum\nLuc;Martin;luc@exemple.fr;900\n"), "talents"
    )
    outcome = run(plan, "merge")
    assert (outcome.merged, outcome.rejected) == (0, 1)
    assert (outcome.problems[0].line, outcome.problems[0].field) == (2, "min_daily_rate")
    assert Talent.get_by_id(known).min_daily_rate is None


def test_a_record_created_after_the_plan_is_not_created_twice(db):
    plan = plan_import(table("Prénom;Nom;E-mail\nHélène;Dupré;h@exemple.fr\n"), "talents")
    talents.create_talent(TalentDraft("Hélène", "Dupré", email="h@exemple.fr"))
    outcome = run(plan)
    assert (outcome.created, outcome.skipped) == (0, 1) and Talent.select().count() == 1
