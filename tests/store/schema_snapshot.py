"""A comparable description of a SQLite schema: what a migration must reproduce exactly."""

from __future__ import annotations

import re


def check_constraints(sql: str) -> list[str]:
    """The text inside every CHECK ( ... ) of a CREATE TABLE, parentheses balanced."""
    found = []
    for match in re.finditer(r"CHECK\s*\(", sql, re.IGNORECASE):
        depth, start = 1, match.end()
        for i in range(start, len(sql)):
            depth += {"(": 1, ")": -1}.get(sql[i], 0)
            if depth == 0:
                found.append(" ".join(sql[start:i].split()))
                break
    return found


def describe(conn) -> dict:
    """Tables with columns, foreign keys and indexes; triggers and virtual tables by SQL.

    Column order is left out: ``ALTER TABLE ADD COLUMN`` appends, a fresh table
    follows the model; both behave the same.
    """
    execute = conn.execute_sql if hasattr(conn, "execute_sql") else conn.execute
    schema: dict = {}
    objects = execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    shadow = {
        name
        for _, name, _, _ in objects
        if re.search(r"_fts_(data|idx|content|docsize|config)$", name)
    }
    for kind, name, _table, sql in objects:
        if name in shadow:
            continue
        if kind == "table" and sql and sql.upper().startswith("CREATE VIRTUAL"):
            schema[f"virtual {name}"] = " ".join(sql.split())
        elif kind == "table":
            columns = execute(f'PRAGMA table_info("{name}")').fetchall()
            schema[f"table {name}"] = {
                "columns": sorted((c[1], c[2].upper(), c[3], c[4], c[5]) for c in columns),
                "foreign_keys": sorted(
                    (fk[2], fk[3], fk[4], fk[6])
                    for fk in execute(f'PRAGMA foreign_key_list("{name}")')
                ),
                "checks": sorted(check_constraints(sql or "")),
                # PRAGMA table_info does not tell: an id without it goes to the next record
                "autoincrement": "AUTOINCREMENT" in (sql or "").upper(),
            }
        elif kind == "index" and sql:
            schema[f"index {name}"] = " ".join(sql.split())
        elif kind == "trigger":
            schema[f"trigger {name}"] = " ".join(sql.split())
    return schema
