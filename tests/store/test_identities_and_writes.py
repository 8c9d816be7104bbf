"""Stable identities (ids never reused, row versions) and writes that fail in plain words."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal

import pytest
from peewee import OperationalError

from desktop.domain.validation import CompanyDraft, TalentDraft
from desktop.services import companies, deletion, talents
from desktop.services.editing import StaleRecordError, saving_over, version_of
from desktop.store import storage_errors
from desktop.store.models import Company, Talent, database
from desktop.store.record_ids import next_ids
from desktop.store.storage_errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    NumberTooLargeError,
    ReadOnlyError,
    explain,
)
from desktop.store.transactions import write_transaction


def test_a_deleted_records_id_never_goes_to_the_next_one_and_undo_works(db):
    first = talents.create_talent(TalentDraft("Anne", "Premier"))
    last = talents.create_talent(TalentDraft("Zoé", "Dernier"))
    snapshot = talents.delete_talent(last)
    newcomer = talents.create_talent(TalentDraft("Nouveau", "Venu"))
    assert newcomer > last > first  # measured on the landed code: newcomer == last
    deletion.restore(snapshot)  # failed on a UNIQUE constraint when the id was taken
    assert talents.display_name(last) == "Zoé Dernier"
    assert talents.display_name(newcomer) == "Nouveau Venu"


def test_bulk_inserts_reserve_ids_past_every_deleted_one(db):
    ids = [talents.create_talent(TalentDraft("T", str(i))) for i in range(3)]
    talents.delete_talent(ids[-1])
    assert next_ids(Talent, 2) == range(ids[-1] + 1, ids[-1] + 3)


def test_an_edit_over_a_record_changed_elsewhere_is_refused(db):
    company = companies.create_company(CompanyDraft("Alpha"))
    version = version_of("company", company)
    companies.set_stage(company, "qualified")  # the pipeline board, elsewhere: counted
    assert version_of("company", company) == version + 1
    draft = replace(companies.company_draft(company), name="Alpha renamed")
    with pytest.raises(StaleRecordError) as info, saving_over("company", company, version):
        companies.update_company(company, draft)
    assert not info.value.deleted
    assert Company.get_by_id(company).name == "Alpha"  # nothing written
    with saving_over("company", company, version + 1):
        companies.update_company(company, draft)
    assert Company.get_by_id(company).name == "Alpha renamed"
    assert Company.get_by_id(company).stage == "qualified"  # the board's move kept


def test_an_edit_of_a_record_deleted_elsewhere_is_refused_as_deleted(db):
    talent = talents.create_talent(TalentDraft("Parti", "Ailleurs"))
    version = version_of("talent", talent)
    draft = talents.talent_draft(talent)
    talents.delete_talent(talent)
    newcomer = talents.create_talent(TalentDraft("Autre", "Personne"))
    with pytest.raises(StaleRecordError) as info, saving_over("talent", talent, version):
        talents.update_talent(talent, draft)
    assert info.value.deleted
    assert talents.display_name(newcomer) == "Autre Personne"  # not overwritten


def test_every_update_path_counts_in_the_version(db):
    talent = talents.create_talent(TalentDraft("Compte", "Tours"))
    start = version_of("talent", talent)
    Talent.update(city="Lyon").where(Talent.id == talent).execute()  # any path, raw
    talents.update_talent(talent, talents.talent_draft(talent))
    assert version_of("talent", talent) == start + 2


def test_a_write_that_cannot_get_the_lock_says_so_in_plain_words(db, profile):
    other = sqlite3.connect(profile.database, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    database.execute_sql("PRAGMA busy_timeout = 100")  # the test need not wait 10 s
    try:
        with pytest.raises(DatabaseBusyError, match="did not finish within") as info:
            talents.create_talent(TalentDraft("Bloqué", "Ici"))
        assert info.value.retry_helps
    finally:
        other.rollback()
        other.close()
        database.execute_sql("PRAGMA busy_timeout = 10000")
    talents.create_talent(TalentDraft("Bloqué", "Ici"))  # Retry works once it is free


def test_a_number_too_large_for_sqlite_is_a_message_not_an_overflow_error(db):
    with pytest.raises(NumberTooLargeError, match="too large to be stored"), write_transaction():
        database.execute_sql("INSERT INTO skill (name, key) VALUES (?, ?)", ("x", 10**20))


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("database or disk is full", DiskFullError),
        ("attempt to write a readonly database", ReadOnlyError),
        ("database disk image is malformed", DamagedDatabaseError),
        ("file is not a database", DamagedDatabaseError),
        ("database is locked", DatabaseBusyError),
    ],
)
def test_sqlite_failures_are_told_in_plain_words(message, kind, tmp_path):
    assert isinstance(explain(OperationalError(sqlite3.OperationalError(message)), tmp_path), kind)


def test_a_full_disk_behind_a_failed_rollback_is_named(tmp_path):
    """SQLite rolls back itself when the disk fills during a commit; peewee's rollback then
    fails with "cannot rollback": the full disk is what the user must read."""
    try:
        try:
            raise OperationalError(sqlite3.OperationalError("database or disk is full"))
        except OperationalError:
            raise OperationalError(  # noqa: B904 - chained implicitly, as peewee does
                sqlite3.OperationalError("cannot rollback - no transaction is active")
            )
    except OperationalError as exc:
        error = explain(exc, tmp_path)
    assert isinstance(error, DiskFullError)
    assert str(tmp_path) in str(error)


def test_a_bug_is_not_mistaken_for_a_storage_failure():
    assert explain(ValueError("bug")) is None
    assert storage_errors.explain(KeyError("x")) is None


def test_the_pipeline_totals_survive_values_stored_before_the_bounds(db):
    """Measured on the landed code: two deal values of 5e16 EUR passed validation, then
    the pipeline board failed with "integer overflow" until someone found them."""
    from desktop.services.boards import pipeline_board

    for name in ("Géant", "Titan"):
        Company.insert(name=name, sort_name=name.lower(), stage="proposal").execute()
    cents = 5 * 10**16 * 100
    database.execute_sql("UPDATE company SET expected_value = ?", (cents,))
    column = pipeline_board().column("proposal")
    assert column.count == 2
    assert column.total == Decimal(2 * cents) / 100
