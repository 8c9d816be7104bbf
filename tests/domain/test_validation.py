from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.identifiers import french_vat_from_siren
from desktop.domain.text import fold, fts_prefix_query, person_sort_key
from desktop.domain.validation import (
    CompanyDraft,
    SkillLevel,
    TalentDraft,
    validate_company,
    validate_talent,
)

VALID_SIREN = "552120222"  # a real, published SIREN
VALID_SIRET = "55212022200013"


def errors_of(fn, draft) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        fn(draft)
    return {e.field: str(e.message) for e in info.value.errors}


def test_talent_needs_both_names():
    assert set(errors_of(validate_talent, TalentDraft(" ", ""))) == {"first_name", "last_name"}


def test_talent_lists_every_bad_field_at_once():
    found = errors_of(
        validate_talent,
        TalentDraft(
            "Élodie",
            "Müller",
            email="elodie@",
            phone="12",
            daily_rate=Decimal("-1"),
            load_percent=120,
            seniority_years=-2,
        ),
    )
    assert set(found) == {"email", "phone", "daily_rate", "load_percent", "seniority_years"}
    assert found["daily_rate"] == "must not be negative"


def test_talent_is_normalised():
    draft = validate_talent(
        TalentDraft(
            "  Élodie ",
            "Müller",
            email=" Elodie.Muller@Example.FR ",
            skills=(SkillLevel(" Java ", 4), SkillLevel("java", 2), SkillLevel("", 3)),
        )
    )
    assert draft.first_name == "Élodie"
    assert draft.email == "Elodie.Muller@example.fr"
    assert draft.skills == (SkillLevel("Java", 4),)


def test_skill_level_outside_1_to_5_is_refused():
    assert "skills" in errors_of(
        validate_talent, TalentDraft("A", "B", skills=(SkillLevel("Go", 6),))
    )


def test_company_siren_with_spaces_is_accepted_and_normalised():
    draft = validate_company(CompanyDraft("ACME", siren="552 120 222"))
    assert draft.siren == VALID_SIREN


@pytest.mark.parametrize(
    ("siren", "message"),
    [
        ("552120223", "the check key is wrong (typo?)"),
        ("55212022", "a SIREN has 9 digits"),
        ("55212022A", "only digits and spaces are allowed"),
    ],
)
def test_company_siren_errors_name_the_problem(siren, message):
    assert errors_of(validate_company, CompanyDraft("ACME", siren=siren)) == {"siren": message}


def test_siret_gives_the_siren_and_must_match_it():
    assert validate_company(CompanyDraft("ACME", siret="552 120 222 00013")).siren == VALID_SIREN
    found = errors_of(validate_company, CompanyDraft("ACME", siren="732829320", siret=VALID_SIRET))
    assert found == {"siret": "this SIRET does not start with the SIREN"}
    assert "siret" in errors_of(validate_company, CompanyDraft("ACME", siret="55212022200014"))


def test_french_vat_number_is_computed_from_the_siren_and_checked_against_it():
    assert french_vat_from_siren("552 120 222") == "FR27552120222"
    ok = validate_company(CompanyDraft("ACME", siren=VALID_SIREN, vat_number="fr 27 552120222"))
    assert ok.vat_number == "FR27552120222"
    found = errors_of(
        validate_company, CompanyDraft("ACME", siren="732829320", vat_number="FR27552120222")
    )
    assert found == {"vat_number": "this French VAT number belongs to another SIREN"}
    assert "vat_number" in errors_of(validate_company, CompanyDraft("ACME", vat_number="FR00123"))


def test_lost_deal_needs_a_reason():
    assert "lost_reason" in errors_of(validate_company, CompanyDraft("ACME", stage="lost"))
    assert validate_company(CompanyDraft("ACME", stage="lost", lost_reason="Budget gelé"))


def test_unknown_stage_is_refused():
    assert "stage" in errors_of(validate_company, CompanyDraft("ACME", stage="maybe"))


def test_folding_and_search_queries_ignore_case_and_accents():
    assert fold("  Élodie  MÜLLER ") == "elodie muller"
    assert person_sort_key("Émile", "Éluard") < person_sort_key("Zoé", "Zola")
    assert fts_prefix_query("Jean-Pierre  dup") == '"jean"* "pierre"* "dup"*'
    assert fts_prefix_query(' "*() ') is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0612345678", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("0033 1 23 45 67 89", "01 23 45 67 89"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("0692 12 34 56", "0692 12 34 56"),  # Réunion, dialled as from mainland France
        ("+262 692 12 34 56", "0692 12 34 56"),
        ("0590 12 34 56", "0590 12 34 56"),  # Guadeloupe
    ],
)
def test_phone_numbers_are_checked_against_numbering_plans_and_formatted(typed, stored):
    assert validate_talent(TalentDraft("A", "B", phone=typed)).phone == stored


@pytest.mark.parametrize("typed", ["12", "06 12 34 56", "not a number", "+33 00 00 00 00 00"])
def test_impossible_phone_numbers_are_refused(typed):
    assert "phone" in errors_of(validate_talent, TalentDraft("A", "B", phone=typed))


def test_minimum_rate_cannot_exceed_the_daily_rate_and_lists_are_cleaned():
    found = errors_of(
        validate_talent,
        TalentDraft(
            "A", "B", daily_rate=Decimal("600"), min_daily_rate=Decimal("650"), max_days_on_site=6
        ),
    )
    assert set(found) == {"min_daily_rate", "max_days_on_site"}
    draft = validate_talent(TalentDraft("A", "B", refused_sectors=(" Défense", "défense", "")))
    assert draft.refused_sectors == ("Défense",)


def test_contact_needs_a_last_name_and_valid_details():
    from desktop.domain.validation import ContactDraft, validate_contact

    found = errors_of(validate_contact, ContactDraft(1, "", email="x@", phone="123"))
    assert set(found) == {"last_name", "email", "phone"}


def test_trust_counts_the_vetting_checks():
    assert CompanyDraft("A", vetted_identity=True, vetted_budget=True).trust == 2
