"""Exports open in French Excel, cannot run formulas, keep numbers, and import back."""

import csv
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from desktop.domain.errors import DomainError
from desktop.domain.spreadsheet import guard_formula, unguard_formula
from desktop.domain.validation import CompanyDraft, ContactDraft, SkillLevel, TalentDraft
from desktop.domain.vcard import parse_vcards
from desktop.services import companies, contacts, exporting, talents
from desktop.services.exporting import (
    COLUMNS,
    ExportOutcome,
    export_records,
    header,
)
from desktop.services.importing import guess_mapping, plan_import, read_table, run_import
from desktop.store.models import Company, Contact, Talent


def export(kind, path, language="fr") -> ExportOutcome:
    outcome = ExportOutcome()
    for _ in export_records(kind, path, language, outcome):
        pass
    return outcome


@pytest.fixture
def records(db):
    """Records whose text starts like formulas, next to ordinary ones."""
    acme = companies.create_company(
        CompanyDraft(
            "=HYPERLINK(\"http://evil\",\"Cliquez\")", siren="552120222", postal_code="06000",
            city="Nice", stage="won", expected_value=Decimal("12500.50"),
            next_follow_up_on=dt.date(2026, 12, 1), tags=("Banque", "Grand compte"),
        )
    )  # fmt: skip
    contacts.create_contact(ContactDraft(acme, "Dupré", "Hélène", role="+DSI", email="h@acme.fr"))
    talents.create_talent(
        TalentDraft(
            "Hélène", "Dupré", email="helene@exemple.fr", phone="+44 20 7946 0958",
            title="-Architecte", daily_rate=Decimal("650.50"), seniority_years=12,
            available_from=dt.date(2026, 12, 1), status="on_mission",
            skills=(SkillLevel("Java", 4), SkillLevel("React", 3)),
            notes="@channel\nligne 2", refused_sectors=("Tabac",),
        )
    )  # fmt: skip
    talents.create_talent(TalentDraft("Zoé", "Lefèvre", notes="=cmd|' /C calc'!A0"))


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Hélène", "Hélène"),
        ("a=b", "a=b"),
    ],
)
def test_text_that_a_spreadsheet_would_run_is_neutralised(text, safe):
    assert guard_formula(text) == safe
    assert unguard_formula(safe) == text


def test_csv_opens_in_french_excel_with_formulas_neutralised_and_numbers_intact(records, tmp_path):
    path = tmp_path / "talents.csv"
    outcome = export("talents", path)
    assert outcome.completed and outcome.rows == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines(True), delimiter=";"))
    helene, zoe = rows
    assert helene["TJM"] == "650,50" and helene["Expérience (années)"] == "12"
    assert helene["Disponible à partir du"] == "01/12/2026"
    assert helene["Téléphone"] == "'+44 20 7946 0958"
    assert helene["Intitulé de poste"] == "'-Architecte"
    assert helene["Notes"] == "'@channel\nligne 2"
    assert helene["Compétences"] == "Java:4, React:3" and helene["Statut"] == "En mission"
    assert zoe["Notes"] == "'=cmd|' /C calc'!A0"  # the classic DDE attack


def test_english_csv_has_english_headers_points_and_iso_dates(records, tmp_path):
    path = tmp_path / "talents.csv"
    export("talents", path, "en")
    rows = list(csv.DictReader(path.read_text("utf-8-sig").splitlines(True), delimiter=";"))
    assert rows[0]["Daily rate (TJM)"] == "650.50" and rows[0]["Available from"] == "2026-12-01"
    assert rows[0]["Status"] == "On mission"


def test_xlsx_holds_real_numbers_and_dates_and_no_formula(records, tmp_path):
    path = tmp_path / "companies.xlsx"
    export("companies", path)
    sheet = openpyxl.load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(headers, sheet[2], strict=True)}
    assert row["Raison sociale"].value == '\'=HYPERLINK("http://evil","Cliquez")'
    assert row["Raison sociale"].data_type == "s"
    assert all(c.data_type != "f" for line in sheet.iter_rows() for c in line)
    assert row["Montant estimé"].value == 12500.5 and row["Montant estimé"].data_type == "n"
    assert "€" in row["Montant estimé"].number_format
    assert row["Prochaine relance"].value == dt.datetime(2026, 12, 1)
    assert row["Code postal"].value == "06000" and row["SIREN"].value == "552120222"
    assert row["Étape"].value == "Gagné" and row["Étiquettes"].value == "Banque, Grand compte"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:U2"


def test_contacts_export_to_vcard(records, tmp_path):
    path = tmp_path / "contacts.vcf"
    export("contacts", path)
    (card,) = parse_vcards(path.read_text("utf-8"))
    assert (card.first_name, card.last_name, card.title) == ("Hélène", "Dupré", "+DSI")
    assert card.organisation.startswith("=HYPERLINK") and card.emails == ["h@acme.fr"]


def test_a_vcard_cannot_hold_companies_and_unknown_extensions_are_refused(records, tmp_path):
    with pytest.raises(DomainError, match="vCard file holds people"):
        export("companies", tmp_path / "companies.vcf")
    with pytest.raises(DomainError, match=r"choose a \.csv"):
        export("talents", tmp_path / "talents.pdf")


def test_a_cancelled_export_leaves_the_previous_file_and_no_partial_one(db, tmp_path, monkeypatch):
    monkeypatch.setattr(exporting, "STEP", 10)
    for n in range(25):
        talents.create_talent(TalentDraft(f"Prénom{n}", f"Nom{n}"))
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "talents.xlsx"
    path.write_bytes(b"previous")
    steps = export_records("talents", path)
    for step in steps:
        if step.done >= 10:
            break
    steps.close()
    assert path.read_bytes() == b"previous"
    assert [p.name for p in folder.iterdir()] == ["talents.xlsx"]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("kind", ["talents", "companies", "contacts"])
def test_every_export_header_is_recognised_by_the_import(kind, language):
    columns = COLUMNS[kind]
    mapping = guess_mapping(kind, [header(c, language) for c in columns])
    assert None not in mapping, [
        header(c, language) for c, m in zip(columns, mapping, strict=True) if not m
    ]
    assert len(set(mapping)) == len(mapping)


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_then_import_into_an_empty_profile_gives_the_same_records(records, tmp_path, suffix):
    paths = {k: tmp_path / f"{k}.{suffix}" for k in ("companies", "contacts", "talents")}
    for kind, path in paths.items():
        export(kind, path)
    before = {
        "talents": [talents.talent_draft(t.id) for t in Talent.select().order_by(Talent.id)],
        "companies": [companies.company_draft(c.id) for c in Company.select()],
        "contacts": [contacts.contact_draft(c.id) for c in Contact.select()],
    }
    Contact.delete().execute()
    Company.delete().execute()
    for talent in Talent.select():
        talents.delete_talent(talent.id)
    for kind, path in paths.items():
        for _ in run_import(plan_import(read_table(path), kind)):
            pass
    assert [talents.talent_draft(t.id) for t in Talent.select().order_by(Talent.id)] == before[
        "talents"
    ]
    assert [companies.company_draft(c.id) for c in Company.select()] == before["companies"]
    (contact,) = Contact.select()
    assert contacts.contact_draft(contact.id) == ContactDraft(
        **{**before["contacts"][0].__dict__, "company_id": Company.select().get().id}
    )
