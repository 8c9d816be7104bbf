"""Hostile and damaged files: each stops with a message naming what is wrong, in bounded
memory (measured here with tracemalloc, as a bound, not a timing)."""

import tracemalloc
import zipfile

import pytest

from desktop.services.importing import ImportFileError, ImportLimits, read_table
from desktop.services.importing.limits import MB, ImportLimitError
from desktop.services.importing.readers import read_csv_bytes
from tests.services import hostile_files as hostile

BOUND = 200 * MB  # peak Python memory any refused file may cost


def refused(path, match, limits=None, **options):
    """read_table(path) raises ImportFileError matching ``match``; returns peak memory."""
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match=match) as caught:
            read_table(path, limits=limits or ImportLimits(), **options)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < BOUND, f"{peak / MB:.0f} MB"
    return caught.value, peak


# -- file size, lines, rows, columns ----------------------------------------------------------


def test_a_1_gb_file_is_refused_by_its_size_before_anything_is_read(tmp_path):
    path = hostile.huge_line_csv(tmp_path / "export.csv", 1024 * MB)
    error, peak = refused(path, r"export\.csv weighs 1025 MB, more than the 100 MB")
    assert isinstance(error, ImportLimitError) and peak < 1 * MB


def test_a_1_gb_line_stops_at_the_line_limit_after_reading_1_mb(tmp_path):
    path = hostile.huge_line_csv(tmp_path / "export.csv", 1024 * MB)
    limits = ImportLimits(file_bytes=2048 * MB)  # let the file through: the line must stop it
    _, peak = refused(path, r"export\.csv, line 2: a line longer than 1 MB", limits)
    assert peak < 10 * MB


def test_a_long_line_of_text_is_named_with_its_line(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(b"Nom;Notes\nDupr\xc3\xa9;ok\n" + b"Martin;" + b"x" * (3 * MB) + b"\n")
    refused(path, r"notes\.csv, line 3: a line longer than 1 MB")


def test_too_many_rows_and_columns_are_named():
    rows = "Nom;Prénom\n" + "".join(f"N{i};P{i}\n" for i in range(11))
    with pytest.raises(ImportLimitError, match="more than 10 rows, the most an import reads"):
        read_csv_bytes(rows.encode(), "vivier.csv", ImportLimits(rows=10))
    assert len(read_csv_bytes(rows.encode(), "vivier.csv", ImportLimits(rows=11)).rows) == 11
    wide = ";".join(f"C{i}" for i in range(501)) + "\n"
    with pytest.raises(ImportLimitError, match="line 1: 501 columns, more than the 500"):
        read_csv_bytes(wide.encode(), "wide.csv")


def test_a_quote_never_closed_is_named_not_read_to_the_end():
    text = 'Nom;Notes\nDupré;"ouvert\n' + "Martin;texte\n" * 20_000
    with pytest.raises(ImportLimitError, match=r"line 2: a value longer than 131072 characters"):
        read_csv_bytes(text.encode(), "vivier.csv")


# -- encodings -----------------------------------------------------------------------------


def test_a_file_mixing_utf8_and_windows_1252_is_read_line_by_line_with_a_warning():
    data = (
        "Prénom;Nom;Ville\n".encode()
        + "Hélène;Dupré;Besançon\n".encode()
        + "Zoé;Lefèvre;Orléans\n".encode("cp1252")  # pasted from a Windows export
        + b"Luc;Martin;Paris\n"
        + "Anaïs;Noël;Sète\n".encode("cp1252")
    )
    table = read_csv_bytes(data, "mixed.csv")
    assert [r.cells for r in table.rows] == [
        ("Hélène", "Dupré", "Besançon"),
        ("Zoé", "Lefèvre", "Orléans"),
        ("Luc", "Martin", "Paris"),
        ("Anaïs", "Noël", "Sète"),
    ]
    assert table.encoding == "UTF-8"
    assert [str(w) for w in table.warnings] == [
        "These lines are not UTF-8 like the rest of the file and were read as Windows-1252 "
        "(check their accents): 3, 5."
    ]


def test_the_lines_named_are_the_rows_a_spreadsheet_shows():
    data = (
        'Nom;Notes\n"Dupré";"deux\nlignes"\n'.encode()  # row 2 on lines 2-3
        + "Noël;Sète\n".encode("cp1252")  # line 4, row 3
    )
    table = read_csv_bytes(data)
    assert str(table.warnings[0]).endswith("(check their accents): 3.")
    assert table.rows[1].cells == ("Noël", "Sète") and table.rows[1].line == 3


def test_a_windows_1252_file_is_read_as_such_without_a_warning():
    table = read_csv_bytes("Nom;Ville\nDupré;Besançon\nNoël;Sète\n".encode("cp1252"))
    assert table.encoding == "Windows-1252" and not table.warnings
    assert table.rows[1].cells == ("Noël", "Sète")


def test_excel_for_mac_csv_in_mac_roman_is_read_with_its_accents():
    data = "Prénom;Nom;Ville\rHélène;Dupré;Besançon\rZoé;Lefèvre;Orléans\r".encode("mac_roman")
    table = read_csv_bytes(data, "mac.csv")  # Excel for Mac 2011: Mac Roman and bare CRs
    assert table.encoding == "Mac Roman"
    assert [r.cells for r in table.rows] == [
        ("Hélène", "Dupré", "Besançon"),
        ("Zoé", "Lefèvre", "Orléans"),
    ]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(codec):
    table = read_csv_bytes("Prénom\tNom\r\nHélène\tDupré\r\n".encode(codec))
    assert table.encoding == "UTF-16" and table.rows[0].cells == ("Hélène", "Dupré")


# -- workbooks -------------------------------------------------------------------------------


def test_a_zip_bomb_workbook_is_refused_from_its_directory_at_once(tmp_path):
    path = hostile.zip_bomb_workbook(tmp_path / "bomb.xlsx", rows=300_000)
    assert path.stat().st_size < 2 * MB
    refused(path, r"bomb\.xlsx: the part xl/worksheets/sheet1\.xml unpacks to \d+ times")


def test_a_workbook_that_unpacks_beyond_the_limit_is_refused(tmp_path):
    path = hostile.zip_bomb_workbook(tmp_path / "big.xlsx", rows=30_000)
    limits = ImportLimits(xlsx_unpacked_bytes=2 * MB)
    refused(path, r"big\.xlsx unpacks to more than 2 MB", limits)


def test_rows_beyond_the_limit_are_counted_before_openpyxl_reads_them(tmp_path):
    path = hostile.zip_bomb_workbook(tmp_path / "rows.xlsx", rows=3000)
    limits = ImportLimits(rows=100, xlsx_ratio=10_000)
    refused(path, r"rows\.xlsx › Sheet has more than 100 rows", limits)


def test_sparse_rows_stop_at_the_cells_limit(tmp_path):
    path = hostile.workbook(tmp_path / "sparse.xlsx")
    hostile.replace_parts(path, {}, {hostile.SHEET: hostile.sparse_rows(400)})
    limits = ImportLimits(xlsx_ratio=10_000, xlsx_cells=1_000_000)
    refused(path, r"sheet holds more than 1000000 cells", limits)


def test_xml_nested_too_deep_is_refused_in_bounded_memory(tmp_path):
    path = hostile.workbook(tmp_path / "deep.xlsx")
    hostile.replace_parts(path, {}, {hostile.SHEET: hostile.deep_xml(200_000)})
    limits = ImportLimits(xlsx_ratio=10_000)  # let it through the ratio check
    refused(path, r"the part xl/worksheets/sheet1\.xml nests more than 100 levels deep", limits)


def test_damaged_xml_names_the_part_and_its_line(tmp_path):
    path = hostile.workbook(tmp_path / "damaged.xlsx")
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read(hostile.SHEET)
    hostile.replace_parts(path, {hostile.SHEET: sheet[: len(sheet) // 2]})
    refused(path, r"damaged\.xlsx is damaged: its part xl/worksheets/sheet1\.xml cannot be read")


def test_a_dtd_in_a_part_is_refused(tmp_path):
    path = hostile.workbook(tmp_path / "laughs.xlsx")
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst>&lol2;</sst>'
    )
    hostile.replace_parts(path, {"xl/styles.xml": laughs})
    refused(path, r"its part xl/styles\.xml cannot be read \(DTD\)")


def test_a_missing_sheet_is_a_plain_message(tmp_path):
    path = hostile.workbook(tmp_path / "nosheet.xlsx")
    hostile.replace_parts(path, {hostile.SHEET: None})
    refused(path, r"nosheet\.xlsx has no worksheet to read")


def test_garbage_in_a_sheet_is_a_plain_message(tmp_path):
    path = hostile.workbook(tmp_path / "odd.xlsx")
    odd = hostile._HEAD + b'<row r="x"><c r="??"><v>1</v></c></row>' + hostile._TAIL
    hostile.replace_parts(path, {hostile.SHEET: odd})
    refused(path, r"odd\.xlsx is damaged and cannot be read")


def test_corrupt_packed_data_is_a_plain_message(tmp_path):
    path = hostile.workbook(tmp_path / "corrupt.xlsx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/styles.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start : start + 40] = bytes(range(40))  # the deflate stream itself, not the CRC
    path.write_bytes(bytes(data))
    refused(path, r"corrupt\.xlsx is damaged")
