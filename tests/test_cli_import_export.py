"""``main.py import`` and ``main.py export``: summaries and exit codes a script can rely on."""

import csv

import openpyxl
import pytest

from desktop.app import main
from desktop.store.models import database

GOOD = (
    "Prénom;Nom;Courriel;TJM\nHélène;Dupré;helene@exemple.fr;650\nZoé;Lefèvre;zoe@exemple.fr;700\n"
)
MESSY = (
    "Prénom;Nom;Courriel;TJM;Mobile perso\n"
    "Hélène;Dupré;HELENE@exemple.fr;1 234,50 €;06 12 34 56 78\n"
    "Luc;;luc@exemple.fr;abc;\n"
)


@pytest.fixture
def cli(tmp_path, capsys):
    """Run the command line on a profile of its own; returns (exit code, out, err)."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--data-dir", str(tmp_path / "profile"), *args])
        finally:
            if database.obj is not None:
                database.close()
                database.initialize(None)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def write(tmp_path, name: str, text: str, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_clean_import_exits_0_and_prints_what_it_did(cli, tmp_path):
    path = write(tmp_path, "vivier.csv", GOOD, "cp1252")
    code, out, _ = cli("import", "talents", str(path))
    assert code == 0
    assert "vivier.csv: 2 rows (CSV, Windows-1252, separator ';')" in out
    assert "column 'Courriel' -> email" in out
    assert "read 2, imported 2, merged 0, skipped duplicates 0, rejected 0" in out

    code, out, _ = cli("import", "talents", str(path), "--on-duplicate", "merge")
    assert code == 0 and "imported 0, merged 2" in out
    code, out, _ = cli("import", "talents", str(path))
    assert code == 0 and "imported 0, merged 0, skipped duplicates 2" in out


def test_rejected_rows_give_exit_code_1_with_their_line_field_and_reason(cli, tmp_path):
    path = write(tmp_path, "messy.csv", MESSY)
    code, out, _ = cli("import", "talents", str(path), "--mapping", "Mobile perso=phone")
    assert code == 1
    assert "column 'Mobile perso' -> phone" in out
    assert "imported 1, merged 0, skipped duplicates 0, rejected 1" in out
    assert "  line 3, Daily rate (TJM) 'abc': not an amount (e.g. 650 or 650,50 €)" in out
    assert "  line 3, Last name: required" in out


def test_a_dry_run_writes_nothing(cli, tmp_path):
    path = write(tmp_path, "vivier.csv", GOOD)
    code, out, _ = cli("import", "talents", str(path), "--dry-run")
    assert code == 0 and "imported 2" in out and "dry run: nothing was written" in out
    export = tmp_path / "after.csv"
    assert cli("export", "talents", str(export))[0] == 0
    assert export.read_text("utf-8-sig").count("\n") == 1  # the header alone


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--mapping", "Inconnue=phone"], "no column 'Inconnue'"),
        (["--mapping", "Mobile perso=portable"], "unknown field 'portable'"),
    ],
)
def test_a_wrong_mapping_is_a_usage_error(cli, tmp_path, args, message):
    path = write(tmp_path, "messy.csv", MESSY)
    code, _, err = cli("import", "talents", str(path), *args)
    assert code == 2 and message in err


def test_an_unreadable_file_is_an_error_not_a_crash(cli, tmp_path):
    code, _, err = cli("import", "talents", str(tmp_path / "absent.csv"))
    assert code == 1 and "Cannot read absent.csv" in err


def test_export_to_excel_then_to_an_unknown_format(cli, tmp_path):
    cli("import", "talents", str(write(tmp_path, "vivier.csv", GOOD)))
    path = tmp_path / "talents.xlsx"
    code, out, _ = cli("--lang", "en", "export", "talents", str(path))
    assert code == 0 and f"2 talents exported to {path}" in out
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "First name" and sheet["F2"].value == 650
    code, _, err = cli("export", "companies", str(tmp_path / "companies.vcf"))
    assert code == 2 and "vCard file holds people" in err
    code, _, err = cli("export", "talents", str(tmp_path / "talents.ods"))
    assert code == 2


def test_export_csv_reads_back_with_french_headers(cli, tmp_path):
    cli("import", "talents", str(write(tmp_path, "vivier.csv", GOOD)))
    path = tmp_path / "talents.csv"
    assert cli("export", "talents", str(path))[0] == 0
    rows = list(csv.DictReader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert [(r["Prénom"], r["TJM"]) for r in rows] == [("Hélène", "650,00"), ("Zoé", "700,00")]


def test_usage_errors_exit_with_2(cli, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli("import", "invoices", str(tmp_path / "x.csv"))
    assert exit_info.value.code == 2
    assert "invalid choice: 'invoices'" in capsys.readouterr().err


def test_the_report_names_duplicates_and_counts_rows_and_problems_apart(cli, tmp_path):
    text = (
        "Prénom;Nom;E-mail;Téléphone\n"
        "Hélène;Dupré;h@x.fr;07 12 34 56 78\n"  # 2: a number in no allocated range, kept
        ";;pas-un-mail;\n"  # 3: two problems
        "Zoé;Roy;h@x.fr;\n"  # 4: duplicates line 2
    )
    code, out, _ = cli("import", "talents", str(write(tmp_path, "vivier.csv", text)))
    assert code == 1
    assert "duplicates (1):\n  line 4 duplicates line 2, same e-mail (h@x.fr)" in out
    assert "warnings (rows imported, worth a check) (1):\n  line 2, Phone '07 12 34 56 78'" in out
    assert "1 row rejected, 3 problems:" in out


CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: what encryption gives


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("damaged.xlsx", b"PK\x03\x04 not really a zip", "not a readable Excel (.xlsx) file"),
        (
            "protected.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "protected by a password",
        ),
        ("binary.vcf", bytes(range(256)) * 4, "holds no vCard (no line BEGIN:VCARD)"),
    ],
)
def test_a_broken_file_exits_1_with_one_plain_line(cli, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = cli("import", "contacts", str(path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err
    assert "Traceback" not in err
