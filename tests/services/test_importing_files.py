"""Reading the files French Excel, CRMs and address books produce: CSV, XLSX, vCard."""

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from desktop.domain.vcard import VCard, format_vcard, parse_vcards, split_full_name
from desktop.services.importing import ImportFileError, read_table
from desktop.services.importing.readers import read_csv_bytes
from desktop.services.importing.vcards import read_vcard_bytes

ROWS = [
    ["Prénom", "Nom", "Ville", "TJM"],
    ["Hélène", "Dupré", "Besançon", "1 234,50 €"],
    ["Zoé", "Lefèvre", "Orléans", "650"],
]


def csv_text(rows, delimiter=";"):
    return "\r\n".join(delimiter.join(r) for r in rows) + "\r\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (b"\xef\xbb\xbf" + csv_text(ROWS).encode("utf-8"), "UTF-8"),  # Excel "CSV UTF-8"
        (csv_text(ROWS).encode("utf-8"), "UTF-8"),  # LibreOffice, most CRMs
        (csv_text(ROWS).encode("cp1252"), "Windows-1252"),  # Excel "CSV (point-virgule)"
        (csv_text(ROWS, "\t").encode("utf-16"), "UTF-16"),  # Excel "Texte Unicode"
    ],
)
def test_every_encoding_excel_writes_is_read_with_its_accents(encoded, encoding):
    table = read_csv_bytes(encoded, "talents.csv")
    assert table.encoding == encoding
    assert table.headers == ["Prénom", "Nom", "Ville", "TJM"]
    assert [r.cells for r in table.rows] == [tuple(r) for r in ROWS[1:]]


def test_windows_1252_specific_characters_are_read():
    data = "Nom;Notes\r\nŒuvre;Prix en € – « devis »\r\n".encode("cp1252")
    table = read_csv_bytes(data)
    assert table.rows[0].cells == ("Œuvre", "Prix en € – « devis »")


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_the_separator_is_detected(delimiter):
    rows = [["Nom", "Notes", "TJM"], ["Dupré", "Java", "650"], ["Lefèvre", "", "700"]]
    table = read_csv_bytes(csv_text(rows, delimiter).encode())
    assert table.delimiter == delimiter
    assert table.rows[1].cells == ("Lefèvre", "", "700")


def test_semicolons_win_over_decimal_commas():
    text = "Nom;Prénom;TJM\nDupré;Hélène;650,50\nMartin;Luc;1 200,00\n"
    table = read_csv_bytes(text.encode())
    assert table.delimiter == ";"
    assert table.rows[0].cells == ("Dupré", "Hélène", "650,50")


def test_comma_separated_values_with_quoted_commas():
    text = 'Name,Notes,City\n"Dupré, Hélène","Java, React",Lyon\nMartin,,Paris\n'
    table = read_csv_bytes(text.encode())
    assert table.delimiter == ","
    assert table.rows[0].cells == ("Dupré, Hélène", "Java, React", "Lyon")


def test_quoted_line_breaks_stay_in_their_cell_and_rows_are_numbered_as_excel_shows_them():
    text = (
        "Nom;Notes\r\n"  # row 1
        'Dupré;"Première ligne\r\nDeuxième ligne"\r\n'  # row 2, on two lines of text
        "\r\n"  # row 3: blank, skipped (Excel shows it as an empty row)
        'Martin;"Un ""surnom"" ; point-virgule"\r\n'  # row 4 (line 5 of the text)
        "Lefèvre;\n"  # row 5
    )
    table = read_csv_bytes(text.encode())
    assert [r.line for r in table.rows] == [2, 4, 5]
    assert table.rows[0].cells[1] == "Première ligne\r\nDeuxième ligne"
    assert table.rows[1].cells[1] == 'Un "surnom" ; point-virgule'


def test_excel_separator_line_is_obeyed_and_not_counted_as_a_row():
    text = "sep=,\r\nNom,Notes\r\nDupré;Martin,a;b\r\n"
    table = read_csv_bytes(text.encode())
    assert table.delimiter == "," and table.headers == ["Nom", "Notes"]
    # Excel hides the "sep=" line: the header is its row 1, this record its row 2.
    assert table.rows[0].cells == ("Dupré;Martin", "a;b") and table.rows[0].line == 2


def test_the_quote_our_exports_put_before_a_formula_is_removed():
    table = read_csv_bytes("Nom;Notes\nDupré;'=1+1\nMartin;'Apostrophe\n".encode())
    assert table.rows[0].cells[1] == "=1+1"
    assert table.rows[1].cells[1] == "'Apostrophe"


def test_xlsx_numbers_are_exact_and_dates_are_dates(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Prénom", "TJM", "Disponibilité", "Charge", "Téléphone", "CP", "SIREN"])
    sheet.append(["Hélène", 650.1, dt.datetime(2026, 12, 1), 0.8, 612345678, 6000, 552120222])
    sheet.append([None, None, None, None, None, None, None])  # blank row: skipped
    sheet.append(["Zoé", 1234.5, dt.date(2027, 1, 15), 0.5, "06 12 34 56 78", "75001", None])
    sheet["D2"].number_format = "0%"
    sheet["D4"].number_format = "0%"
    path = tmp_path / "talents.xlsx"
    workbook.save(path)

    table = read_table(path)
    assert table.format == "xlsx" and table.headers[0] == "Prénom"
    first, second = table.rows
    assert (first.line, second.line) == (2, 4)
    assert first.cells[:4] == ("Hélène", Decimal("650.1"), dt.date(2026, 12, 1), Decimal(80))
    assert first.cells[4:] == (Decimal(612345678), Decimal(6000), Decimal(552120222))
    assert second.cells[1] == Decimal("1234.5") and second.cells[3] == Decimal(50)


def test_a_file_that_is_not_what_its_name_says_is_refused_clearly(tmp_path):
    fake = tmp_path / "contacts.xlsx"
    fake.write_text("Nom;Prénom\n")
    with pytest.raises(ImportFileError, match="not a readable Excel"):
        read_table(fake)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match=r"save it as \.xlsx"):
        read_table(old)
    with pytest.raises(ImportFileError, match="Cannot read"):
        read_table(tmp_path / "missing.csv")
    (tmp_path / "empty.csv").write_bytes(b"\r\n\r\n")
    with pytest.raises(ImportFileError, match="is empty"):
        read_table(tmp_path / "empty.csv")


VCF_OUTLOOK = (
    "BEGIN:VCARD\r\n"  # line 1
    "VERSION:2.1\r\n"
    "N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Lef=E8vre;H=E9l=E8ne\r\n"
    "FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:H=E9l=E8ne Lef=E8vre\r\n"
    "ORG:Soci=E9t=E9 G=E9n=E9rale\r\n"  # not QP: kept as written
    "TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Directrice des syst=C3=A8mes d'inf=\r\n"
    "ormation\r\n"  # soft line break
    "TEL;WORK;VOICE:01 42 14 20 00\r\n"
    "EMAIL;PREF;INTERNET:helene.lefevre@exemple.fr\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # line 11
    "VERSION:3.0\r\n"
    "FN:Jean-Pierre Martin\r\n"
    "N:Martin;Jean-Pierre;;;\r\n"
    "ORG:Acme\\, Conseil;Direction\r\n"
    "NOTE:Rencontré au salon\\nà Lyon. Cette note est assez longue pour être pl\r\n"
    " iée sur deux lignes.\r\n"  # folded line
    "item1.EMAIL;TYPE=INTERNET:jp.martin@acme.fr\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"  # line 20
    "VERSION:4.0\r\n"
    "FN:DUPONT Marie\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+33-6-12-34-56-78\r\n"
    "END:VCARD\r\n"
)


def test_vcards_from_outlook_phones_and_apple_are_read():
    cards = parse_vcards(VCF_OUTLOOK)
    assert [c.line for c in cards] == [1, 11, 20]
    outlook, apple, phone = cards
    assert (outlook.first_name, outlook.last_name) == ("Hélène", "Lefèvre")
    assert outlook.title == "Directrice des systèmes d'information"
    assert outlook.phones == ["01 42 14 20 00"]
    assert outlook.emails == ["helene.lefevre@exemple.fr"]
    assert apple.organisation == "Acme, Conseil"
    assert apple.note == (
        "Rencontré au salon\nà Lyon. Cette note est assez longue pour être pliée sur deux lignes."
    )
    assert apple.emails == ["jp.martin@acme.fr"]
    assert (phone.first_name, phone.last_name) == ("Marie", "DUPONT")  # from FN, no N
    assert phone.phones == ["+33-6-12-34-56-78"]


def test_a_vcard_file_becomes_a_table_with_the_line_of_each_card():
    table = read_vcard_bytes(VCF_OUTLOOK.encode("utf-8"), "contacts.vcf")
    assert table.headers[:3] == ["First name", "Last name", "Full name"]
    assert [r.line for r in table.rows] == [1, 11, 20]
    assert table.rows[1].cells[5] == "Acme, Conseil"


def test_written_vcards_read_back_with_long_lines_folded_on_characters():
    card = VCard(
        first_name="Hélène",
        last_name="Lefèvre-Saint-Éxupéry",
        emails=["helene@exemple.fr"],
        phones=["06 12 34 56 78"],
        organisation="Société d'études; conseil, et réalisations informatiques ÉÈÊ",
        title="Directrice",
        note="Ligne 1\nLigne 2 " + "é" * 80,
    )
    text = format_vcard(card)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    (back,) = parse_vcards(text)
    assert (back.first_name, back.last_name) == (card.first_name, card.last_name)
    assert (back.organisation, back.note) == (card.organisation, card.note)
    assert back.emails == card.emails and back.phones == card.phones


@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("Jean Dupont", "Jean", "Dupont"),
        ("DUPONT Jean", "Jean", "DUPONT"),
        ("Jean-Pierre de La Tour", "Jean-Pierre", "de La Tour"),
        ("LE BIHAN Anne Marie", "Anne Marie", "LE BIHAN"),
        ("Dupont", "", "Dupont"),
    ],
)
def test_full_names_are_split(full, first, last):
    assert split_full_name(full) == (first, last)
