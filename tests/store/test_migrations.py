"""Migrations: every row kept, the schema of a fresh database reached, nothing cascaded."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import CharField

from desktop.store import database as database_module
from desktop.store import migrations
from desktop.store import models as models_module
from desktop.store.backup import verify_archive
from desktop.store.database import open_database, schema_version
from desktop.store.maintenance import check_database
from desktop.store.migrations import MigrationError
from desktop.store.models import SCHEMA_VERSION, database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BUSINESS_TABLES = (
    "talent",
    "company",
    "contact",
    "skill",
    "talent_skill",
    "mission",
    "mission_skill",
    "offer",
    "contract",
    "invoice",
    "invoice_line",
    "payment",
)


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in BUSINESS_TABLES}


def test_a_fixture_exists_for_every_older_schema():
    assert sorted(FIXTURES.glob("schema-v*.sqlite3")), "no fixture at all"
    for version in range(1, SCHEMA_VERSION):
        assert (FIXTURES / f"schema-v{version}.sqlite3").exists(), f"commit schema-v{version}"


def current_copy(tmp_path: Path) -> Path:
    """The newest fixture, migrated to the current schema: the base of a next step."""
    newest = max(FIXTURES.glob("schema-v*.sqlite3"), key=lambda p: int(p.stem.split("-v")[1]))
    path = tmp_path / "current.sqlite3"
    shutil.copy(newest, path)
    open_database(path, tmp_path / "first-backups").close()
    database.initialize(None)
    return path


def test_a_table_rebuild_keeps_every_dependent_row(tmp_path, monkeypatch):
    """Rebuilding `company` (SQLite has no ALTER COLUMN) must not cascade to invoices."""
    fixture = current_copy(tmp_path)
    before = counts(fixture)
    assert before["invoice"] > 0 and before["contact"] > 0

    def rebuild_company(migrator, db):
        migrator.migrate(
            migrator.drop_not_null("company", "legal_form"),  # rebuilds the table
            migrator.add_column("company", "tagline", CharField(default="")),
        )

    version = schema_version_of(fixture)
    monkeypatch.setitem(migrations.STEPS, version, rebuild_company)
    for module in (models_module, migrations, database_module):
        monkeypatch.setattr(module, "SCHEMA_VERSION", version + 1)
    backups = tmp_path / "backups"
    db = open_database(fixture, backups)
    try:
        assert schema_version(db) == version + 1
        assert counts(fixture) == before
        assert check_database(db).ok  # references intact, search index complete
        triggers = {
            r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        assert "contact_fts_company_au" in triggers  # the rebuilt table got its triggers back
    finally:
        db.close()
        database.initialize(None)
    archive = next(backups.glob("before-migration-v*.zip"))
    assert verify_archive(archive).counts["invoice"] == before["invoice"]


def test_a_failing_step_leaves_the_database_untouched(tmp_path, monkeypatch):
    fixture = current_copy(tmp_path)
    before = counts(fixture)
    version = schema_version_of(fixture)

    def broken(migrator, db):
        db.execute_sql("DELETE FROM invoice_line")
        raise RuntimeError("boom")

    monkeypatch.setitem(migrations.STEPS, version, broken)
    for module in (models_module, migrations, database_module):
        monkeypatch.setattr(module, "SCHEMA_VERSION", version + 1)
    with pytest.raises(MigrationError, match="Nothing was changed"):
        open_database(fixture, tmp_path)
    database.close()
    database.initialize(None)
    assert counts(fixture) == before
    assert schema_version_of(fixture) == version


def schema_version_of(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version FROM schema_info").fetchone()[0]


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_old_database_migrates_to_the_schema_of_a_fresh_one(version, tmp_path):
    from tests.store.schema_snapshot import describe

    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{version}.sqlite3", old)
    before = counts(old)
    db = open_database(old, tmp_path / "backups")
    try:
        assert schema_version(db) == SCHEMA_VERSION
        assert counts(old) == before, "a migration lost or added rows"
        assert check_database(db).ok
        migrated = describe(db)
    finally:
        db.close()
        database.initialize(None)
    fresh_db = open_database(tmp_path / "fresh.sqlite3")
    try:
        fresh = describe(fresh_db)
    finally:
        fresh_db.close()
        database.initialize(None)
    assert set(migrated) == set(fresh), "tables, indexes or triggers differ"
    for name in fresh:
        assert migrated[name] == fresh[name], name


def v4_copy(tmp_path: Path) -> Path:
    path = tmp_path / "v4.sqlite3"
    shutil.copy(FIXTURES / "schema-v4.sqlite3", path)
    return path


def with_orphans(path: Path) -> None:
    """Rows referring to records that no longer exist, as an older tool could leave them."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    skill = conn.execute("SELECT id FROM skill LIMIT 1").fetchone()[0]
    conn.execute(
        "INSERT INTO talent_skill (talent_id, skill_id, level, years) VALUES (99999, ?, 3, 1)",
        (skill,),
    )
    conn.execute("UPDATE invoice SET company_id = 88888 WHERE id = (SELECT MIN(id) FROM invoice)")
    conn.commit()
    conn.close()


def test_orphans_left_before_an_upgrade_are_set_aside_or_reported_never_fatal(tmp_path):
    """Measured on the landed code: one orphan row made every start raise, forever."""
    path = v4_copy(tmp_path)
    with_orphans(path)
    db = open_database(path, tmp_path / "backups")
    try:
        assert schema_version(db) == SCHEMA_VERSION
        kept = database_module.last_open.kept_problems
        assert kept == [f"invoice row {_first_invoice(db)} refers to a missing company"]
        quarantined = db.execute_sql("SELECT table_name, data, reason FROM quarantined_row")
        ((table, data, reason),) = quarantined.fetchall()
        assert table == "talent_skill" and '"talent_id": 99999' in data
        assert "missing talent" in reason
        health = check_database(db)
        assert health.problems == kept and health.notes  # `check` still tells both
    finally:
        db.close()
        database.initialize(None)


def _first_invoice(db) -> int:
    return db.execute_sql("SELECT MIN(id) FROM invoice").fetchone()[0]


def test_a_failing_upgrade_is_backed_up_once_and_leaves_the_file_byte_for_byte(
    tmp_path, monkeypatch
):
    path = v4_copy(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = wal")  # as every profile the app wrote
    conn.close()
    before = path.read_bytes()

    def broken(migrator, db):
        db.execute_sql("DELETE FROM invoice_line")
        raise RuntimeError("a step that breaks")

    monkeypatch.setitem(migrations.STEPS, SCHEMA_VERSION - 1, broken)
    for start in range(3):  # three starts: one backup, the same message each time
        with pytest.raises(MigrationError) as info:
            open_database(path, tmp_path / "backups")
        database.initialize(None)
        assert "Nothing was changed" in str(info.value)
        assert "a step that breaks" in str(info.value)
        assert str(tmp_path / "backups") in str(info.value), start
    assert len(list((tmp_path / "backups").glob("before-migration-*.zip"))) == 1
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert path.read_bytes() == before


def test_after_the_upgrade_ids_are_never_reused(tmp_path):
    path = v4_copy(tmp_path)
    db = open_database(path, tmp_path / "backups")
    try:
        top = db.execute_sql("SELECT MAX(id) FROM talent").fetchone()[0]
        db.execute_sql("DELETE FROM talent_skill WHERE talent_id = ?", (top,))
        db.execute_sql("DELETE FROM talent_refused_sector WHERE talent_id = ?", (top,))
        db.execute_sql("DELETE FROM offer_refusal_reason WHERE offer_id IN "
                       "(SELECT id FROM offer WHERE talent_id = ?)", (top,))  # fmt: skip
        db.execute_sql("DELETE FROM offer WHERE talent_id = ?", (top,))
        db.execute_sql("DELETE FROM contract WHERE talent_id = ?", (top,))
        db.execute_sql("UPDATE talent SET referrer_id = NULL WHERE referrer_id = ?", (top,))
        db.execute_sql("DELETE FROM talent WHERE id = ?", (top,))
        cursor = db.execute_sql(
            "INSERT INTO talent (first_name, last_name, sort_name, email, phone, title, "
            "seniority_years, city, region, remote_preference, load_percent, status, notes, "
            "created_at, updated_at, mobility, languages, certifications, source) VALUES "
            "('N', 'N', 'n', '', '', '', 0, '', '', 'hybrid', 0, 'available', '', "
            "'2026-01-01', '2026-01-01', '', '', '', '')"
        )
        assert cursor.lastrowid == top + 1
    finally:
        db.close()
        database.initialize(None)


def test_a_step_that_keeps_the_search_index_does_not_rebuild_it(tmp_path, monkeypatch):
    """The search index's rebuild is most of an upgrade at 300k records (about a minute):
    an upgrade made of steps that change nothing it holds keeps it, and it still finds."""
    from desktop.store import migrations, search_index
    from desktop.store.models import Talent

    newest = max(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("schema-v*.sqlite3"))
    assert all(v in migrations.KEEPS_SEARCH_INDEX for v in range(newest, SCHEMA_VERSION))
    rebuilt = []
    real = search_index.rebuild
    monkeypatch.setattr(search_index, "rebuild", lambda db: rebuilt.append(db) or real(db))
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{newest}.sqlite3", old)
    with sqlite3.connect(old) as conn:
        last_name = conn.execute("SELECT last_name FROM talent ORDER BY id LIMIT 1").fetchone()[0]
    db = open_database(old, tmp_path / "backups")
    try:
        assert rebuilt == []
        assert check_database(db).ok  # the check compares the index with the rows
        found = search_index.name_matches("talent_fts", last_name)
        assert found is not None and Talent.select().where(found).count() >= 1
    finally:
        db.close()
        database.initialize(None)


def test_an_upgrade_through_a_step_that_changes_the_search_index_rebuilds_it(tmp_path, monkeypatch):
    from desktop.store import migrations, search_index

    older = min(v for v in range(1, SCHEMA_VERSION) if v not in migrations.KEEPS_SEARCH_INDEX)
    rebuilt = []
    real = search_index.rebuild
    monkeypatch.setattr(search_index, "rebuild", lambda db: rebuilt.append(db) or real(db))
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{older}.sqlite3", old)
    db = open_database(old, tmp_path / "backups")
    try:
        assert len(rebuilt) == 1
    finally:
        db.close()
        database.initialize(None)
