"""Files of the same shape as real exports (tests/fixtures/imports, or built here): each
was read wrong, or not at all, before."""

import datetime as dt
import re
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.vcard import VCard, format_vcard, parse_vcards
from desktop.services.importing import (
    ImportFileError,
    ImportOutcome,
    guess_mapping,
    plan_import,
    read_table,
    run_import,
)
from desktop.services.importing.vcards import read_vcard_bytes
from desktop.services.importing.workbooks import _STRICT
from desktop.store.models import Contact
from tests.services import hostile_files as hostile

FIXTURES = Path(__file__).parents[1] / "fixtures" / "imports"


def cards(name: str):
    table = read_table(FIXTURES / name)
    assert table.format == "vcf"
    return table, [dict(zip(table.headers, row.cells, strict=True)) for row in table.rows]


def run(plan, policy="skip") -> ImportOutcome:
    outcome = ImportOutcome()
    for _ in run_import(plan, policy, outcome):
        pass
    return outcome


# -- vCards ---------------------------------------------------------------------------------


def test_android_quoted_printable_preferred_values_and_a_photo_are_read():
    table, (helene, luc) = cards("android.vcf")
    assert (helene["First name"], helene["Last name"]) == ("Hélène", "Lefèvre")
    assert helene["E-mail"] == "helene.lefevre@exemple.fr"  # the PREF one, second in the file
    assert helene["Phone"] == "06 12 34 56 78"
    assert helene["Company"] == "Société Générale"
    assert helene["Title"] == "Directrice des systèmes d'information"  # soft line break
    assert helene["Notes"] == "Rencontrée au salon\nà Lyon"
    lines = (FIXTURES / "android.vcf").read_bytes().split(b"\r\n")
    assert [r.line for r in table.rows] == [1, lines.index(b"BEGIN:VCARD", 1) + 1]
    assert (luc["First name"], luc["Phone"]) == ("Luc", "+33 6 98 76 54 32")
    assert not table.warnings


def test_outlook_2003_windows_1252_bytes_are_read_in_their_declared_charset():
    table, (anais,) = cards("outlook2003.vcf")
    assert (anais["First name"], anais["Last name"]) == ("Anaïs", "Noël")
    assert anais["Company"] == "Crédit Coopératif"
    assert anais["Title"] == "Contrôleuse de gestion"
    assert anais["E-mail"] == "anais.noel@credit-cooperatif.coop"
    assert anais["Phone"] == "01 47 24 85 00"
    assert not table.warnings  # the charset was declared: nothing to check


def test_kaddressbook_preferred_email_and_escaped_comma():
    _, (gaelle,) = cards("kaddressbook.vcf")
    assert gaelle["E-mail"] == "g.legoff@armor-conseil.fr"
    assert gaelle["Phone"] == "06 55 44 33 22"  # TYPE=CELL,PREF
    assert gaelle["Title"] == "Responsable, données et IA"
    assert (gaelle["Last name"], gaelle["Company"]) == ("Le Goff", "Armor Conseil")


def test_owncloud_pref_1_and_the_first_org_and_title():
    _, (mathieu,) = cards("owncloud.vcf")
    assert mathieu["E-mail"] == "m.rousseau@nextlab.fr"
    assert mathieu["Phone"] == "04 72 00 00 00"
    assert (mathieu["Company"], mathieu["Title"]) == ("Nextlab SAS", "Architecte logiciel")


def test_macos_folds_inside_utf8_characters_and_company_cards_are_not_people():
    table, (company, amelie) = cards("macos.vcf")
    assert (company["First name"], company["Last name"], company["Full name"]) == ("", "", "")
    assert company["Company"] == "Crédit Agricole"  # was "CrÃ©dit Agricole", whole file Latin-1
    assert "not of a person" in str(table.rows[0].problem)
    assert amelie["Company"] == "Société d'études et de réalisations informatiques du Sud-Ouest"
    assert amelie["Title"].endswith("des opérations et de la qualité")
    assert amelie["E-mail"] == "amelie.chatelain@serisudouest.fr"
    assert (table.encoding, table.warnings) == ("UTF-8", [])


def test_a_company_card_is_rejected_as_a_contact_but_imported_as_a_company(db):
    table = read_table(FIXTURES / "macos.vcf")
    plan = plan_import(table, "contacts")
    assert [(e.line, str(e.message)) for e in plan.errors] == [
        (
            1,
            "the card of a company (Crédit Agricole), not of a person: import the file as "
            "companies to add it",
        )
    ]
    outcome = run(plan)
    assert (outcome.created, outcome.rejected, outcome.companies_created) == (1, 1, 1)
    assert Contact.get().last_name == "Châtelain"
    assert not Contact.select().where(Contact.last_name == "Agricole").exists()
    companies = plan_import(table, "companies", ["", "", "", "email", "phone", "name", "", ""])
    assert companies.rows[0].draft.name == "Crédit Agricole"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_vcard_without_bom_is_read(codec):
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dupré;Hélène;;;\r\nFN:Hélène Dupré\r\nEND:VCARD\r\n"
    table = read_vcard_bytes(text.encode(codec), "contacts.vcf")
    assert table.encoding == "UTF-16"
    assert table.rows[0].cells[:2] == ("Hélène", "Dupré")


def test_a_vcard_line_that_is_not_utf8_is_named_and_the_rest_kept():
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dupr\xc3\xa9;H\xc3\xa9l\xc3\xa8ne;;;\r\n"
        b"ORG:Cr\xe9dit Mutuel\r\nEND:VCARD\r\n"  # line 4 in Windows-1252
    )
    table = read_vcard_bytes(data, "contacts.vcf")
    assert table.rows[0].cells[:2] == ("Hélène", "Dupré")
    assert table.rows[0].cells[5] == "Crédit Mutuel"
    assert str(table.warnings[0]).endswith("read as Windows-1252 (check their accents): 4.")


def test_written_vcards_read_back_with_vobject_folding_on_characters():
    card = VCard(
        first_name="Hélène",
        last_name="Lefèvre-Saint-Éxupéry",
        emails=["helene@exemple.fr"],
        phones=["06 12 34 56 78"],
        organisation="Société d'études; conseil, et réalisations informatiques ÉÈÊ",
        title="Directrice, achats",
        note="Ligne 1\nLigne 2 " + "é" * 80,
    )
    text = format_vcard(card)
    assert "VERSION:3.0" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    (back,) = parse_vcards(text)
    assert (back.first_name, back.last_name) == (card.first_name, card.last_name)
    assert (back.organisation, back.title, back.note) == (card.organisation, card.title, card.note)
    assert back.emails == card.emails and back.phones == card.phones


# -- CSV exports -----------------------------------------------------------------------------


def test_thunderbird_in_french_is_recognised_and_imported(db):
    table = read_table(FIXTURES / "thunderbird-fr.csv")
    mapping = guess_mapping("contacts", table.headers)
    named = dict(zip(table.headers, mapping, strict=True))
    assert named["Première adresse électronique"] == "email"
    assert named["Profession"] == "role"
    assert named["Société"] == "company"
    outcome = run(plan_import(table, "contacts"))
    assert (outcome.created, outcome.rejected, outcome.companies_created) == (2, 0, 1)
    solene = Contact.get(Contact.first_name == "Solène")
    assert (solene.email, solene.role, solene.phone) == (
        "solene.marchand@exemple.fr",
        "Cheffe de projet",
        "01 45 67 89 10",
    )
    assert guess_mapping("talents", ["Profession"]) == ["title"]


def test_google_contacts_csv_first_of_several_values_and_unallocated_numbers_kept(db):
    table = read_table(FIXTURES / "google.csv")
    plan = plan_import(table, "contacts")
    assert not plan.errors
    ines, paul = (r.draft for r in plan.rows)
    assert (ines.email, ines.phone, ines.role) == (
        "ines.girard@kalia.fr",
        "06 44 55 66 77",
        "Consultante SAP",
    )
    assert paul.phone == "07 12 34 56 78"  # well formed, no range holds it: kept
    assert [(w.line, w.label, w.value, str(w.message)) for w in plan.warnings] == [
        (3, "Phone", "07 12 34 56 78", "well formed, but in no range of the numbering plan: "
         "kept, check it"),
    ]  # fmt: skip
    assert run(plan).created == 2


# -- workbooks -------------------------------------------------------------------------------


def test_cells_with_an_empty_style_attribute_are_read(tmp_path):
    path = tmp_path / "export.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Prénom", "TJM", "Charge"])
    book.active.append(["Hélène", 650, 0.8])
    book.active["C2"].number_format = "0%"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read(hostile.SHEET)
    hostile.replace_parts(path, {hostile.SHEET: re.sub(rb' s="\d+"', b' s=""', sheet)})
    table = read_table(path)
    assert table.rows[0].cells[:2] == ("Hélène", 650)


def to_strict(path: Path) -> Path:
    """The workbook with ECMA-376 Strict namespaces, as Excel's "Strict Open XML" writes."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    for name, data in parts.items():
        if name.endswith((".xml", ".rels")):
            for strict, transitional in _STRICT.items():
                data = data.replace(transitional, strict)
            parts[name] = data.replace(b"<workbook ", b'<workbook conformance="strict" ')
    return hostile.replace_parts(path, parts)


def test_a_strict_open_xml_workbook_is_read(tmp_path):
    path = tmp_path / "strict.xlsx"
    rows = [["Prénom", "Nom", "Disponibilité"], ["Zoé", "Roy", dt.date(2027, 1, 4)]]
    hostile.workbook(path, rows)
    to_strict(path)
    with zipfile.ZipFile(path) as archive:
        assert b"purl.oclc.org/ooxml/spreadsheetml" in archive.read("xl/workbook.xml")
    table = read_table(path)
    assert table.headers == ["Prénom", "Nom", "Disponibilité"]
    assert table.rows[0].cells == ("Zoé", "Roy", dt.date(2027, 1, 4))


def test_the_active_sheet_is_read_and_a_sheet_can_be_chosen(tmp_path):
    path = tmp_path / "classeur.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Notes"  # blank first sheet
    data = book.create_sheet("Vivier")
    data.append(["Prénom", "Nom"])
    data.append(["Hélène", "Dupré"])
    other = book.create_sheet("Anciens")
    other.append(["Prénom", "Nom"])
    other.append(["Luc", "Martin"])
    book.active = 1
    book.save(path)
    table = read_table(path)
    assert (table.sheet, table.sheets) == ("Vivier", ["Notes", "Vivier", "Anciens"])
    assert table.rows[0].cells == ("Hélène", "Dupré")
    assert read_table(path, sheet="Anciens").rows[0].cells == ("Luc", "Martin")
    with pytest.raises(ImportFileError, match="no sheet named 'Autre'"):
        read_table(path, sheet="Autre")
    book.active = 0  # the active sheet is blank: the first one with data is read, and said
    book.save(path)
    table = read_table(path)
    assert table.sheet == "Vivier"
    assert str(table.warnings[0]) == (
        "The sheet 'Notes' is blank: the sheet 'Vivier' was read instead."
    )


def test_a_stray_cell_is_left_out_with_a_warning_not_a_rejected_row(tmp_path, db):
    path = tmp_path / "vivier.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Prénom", "Nom"])
    book.active.append(["Hélène", "Dupré", None, None, "à rappeler"])
    book.save(path)
    table = read_table(path)
    assert table.rows[0].cells == ("Hélène", "Dupré")
    assert [str(w) for w in table.warnings] == [
        "These cells are outside the columns named by the header and were not read: E2."
    ]
    assert not plan_import(table, "talents").errors


def test_excel_for_mac_1904_dates_are_the_dates_shown(tmp_path):
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    path = tmp_path / "mac.xlsx"
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    book.active.append(["Prénom", "Disponibilité"])
    book.active.append(["Hélène", dt.date(2027, 3, 1)])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        assert b"date1904" in archive.read("xl/workbook.xml")
    assert read_table(path).rows[0].cells == ("Hélène", dt.date(2027, 3, 1))


def compound_file(names: list[str]) -> bytes:
    """A minimal OLE compound file ([MS-CFB], version 3) whose directory holds ``names``:
    what Excel writes for a password-protected workbook (EncryptionInfo, EncryptedPackage)."""
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([free] * 108))
    fat = struct.pack("<128I", 0xFFFFFFFD, end, *([free] * 126))
    directory = bytearray()
    for index, name in enumerate(["Root Entry", *names]):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le")
        entry[: len(encoded)] = encoded
        struct.pack_into("<HBB", entry, 0x40, len(encoded) + 2, 5 if index == 0 else 2, 1)
        struct.pack_into("<III", entry, 0x44, free, free, 1 if index == 0 else free)
        struct.pack_into("<I", entry, 0x74, end)
        directory += entry
    directory += bytes(512 - len(directory))
    return bytes(header) + fat + bytes(directory)


def test_a_password_protected_workbook_names_the_password(tmp_path):
    path = tmp_path / "protégé.xlsx"
    path.write_bytes(compound_file(["EncryptionInfo", "EncryptedPackage"]))
    with pytest.raises(ImportFileError, match=r"protégé\.xlsx is protected by a password"):
        read_table(path)
    path.write_bytes(compound_file(["Workbook"]))
    with pytest.raises(ImportFileError, match=r"old Excel file \(\.xls\) under an \.xlsx name"):
        read_table(path)


def test_openpyxl_warnings_do_not_reach_the_console(tmp_path):
    """openpyxl warns on stderr about what it changes ("Cell B2 is marked as a date but the
    serial value ... is outside the limits"): the CLI's output stays the import's own."""
    import subprocess
    import sys

    path = tmp_path / "dates.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Prénom", "Nom", "Disponibilité"])
    book.active.append(["Zoé", "Roy", 99_999_999_999])
    book.active["C2"].number_format = "DD/MM/YYYY"
    book.save(path)
    main = Path(__file__).parents[2] / "main.py"
    command = [sys.executable, "-W", "default", str(main), "--data-dir", str(tmp_path / "p"),
               "import", "talents", str(path), "--dry-run"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1, result.stderr  # the date is rejected, plainly
    assert "line 2, Available from '#VALUE!'" in result.stdout
    assert "warn" not in result.stderr.lower(), result.stderr
