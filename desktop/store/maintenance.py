"""Health checks of a database file: SQLite integrity, references, search index."""

from __future__ import annotations

from peewee import Database

from desktop.store import search_index


def check_database(db: Database) -> list[str]:
    """Every problem found, as sentences; empty when the file is sound."""
    problems = []
    (integrity,) = db.execute_sql("PRAGMA integrity_check").fetchone()
    if integrity != "ok":
        problems.append(f"SQLite integrity check: {integrity}")
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} refers to a missing {parent}")
    for index in search_index.INDEXES:
        (rows,) = db.execute_sql(f"SELECT COUNT(*) FROM {index.table}").fetchone()
        (indexed,) = db.execute_sql(f"SELECT COUNT(*) FROM {index.name}").fetchone()
        if rows != indexed:
            problems.append(f"search index {index.name}: {indexed} entries for {rows} rows")
    return problems
