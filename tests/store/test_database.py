import os
import sqlite3
import stat

import pytest
from peewee import IntegrityError

from desktop.domain.errors import DomainError
from desktop.store.backup import backup_database
from desktop.store.database import NewerDatabaseError, open_database, schema_version
from desktop.store.models import SCHEMA_VERSION, Company, Invoice, SchemaInfo, database


def test_fresh_database_is_stamped_with_the_current_version(db):
    assert schema_version(db) == SCHEMA_VERSION


def test_pragmas_protect_the_books(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_and_folder_are_private(db, profile):
    assert stat.S_IMODE(profile.database.stat().st_mode) == 0o600
    assert stat.S_IMODE(profile.root.stat().st_mode) == 0o700


def test_a_database_from_a_newer_app_is_refused(db, profile):
    SchemaInfo.update(version=SCHEMA_VERSION + 5).execute()
    db.close()
    with pytest.raises(NewerDatabaseError) as info:
        open_database(profile.database)
    assert isinstance(info.value, DomainError)
    assert f"schema {SCHEMA_VERSION + 5}" in str(info.value)
    database.initialize(None)


def test_money_is_stored_as_exact_cents(demo_db):
    total = demo_db.execute_sql("SELECT typeof(total_incl_tax) FROM invoice LIMIT 1").fetchone()
    assert total == ("integer",)
    invoice = Invoice.select().where(Invoice.status == "paid").first()
    assert invoice.total_incl_tax == invoice.total_excl_tax + invoice.total_tax


def test_foreign_keys_refuse_to_orphan_invoices(demo_db):
    company_id = Invoice.select(Invoice.company).first().company_id
    with pytest.raises(IntegrityError):
        Company.delete().where(Company.id == company_id).execute()


def test_backup_api_copy_of_a_live_wal_database_is_complete(demo_db, profile, tmp_path):
    # Rows still in the -wal file: a plain file copy would miss them; the backup API does not.
    Company.create(name="Écrite en dernier", sort_name="ecrite en dernier")
    copy = backup_database(profile.database, tmp_path / "copy.sqlite3")
    with sqlite3.connect(copy) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM company")]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert "Écrite en dernier" in names
    assert len(names) == Company.select().count()
