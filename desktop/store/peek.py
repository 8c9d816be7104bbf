"""What the window needs from the database before it shows: read with sqlite3 alone.

The schema version (is a migration or a refusal due?) and the interface language,
read read-only without peewee and the models, whose import the window does not
wait for: the database is opened once the window is on screen (desktop/ui/app.py).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Peek:
    version: int  # 0: a new or foreign file
    language: object  # the stored "ui.language" setting (JSON value), None if unset


def peek(path: Path) -> Peek | None:
    """The version and language stored in ``path``; None when there is no such file."""
    if not path.exists():
        return None
    try:
        return _read(path)
    except sqlite3.DatabaseError:  # damaged or not a database: the health check says so
        return Peek(0, None)


def _read(path: Path) -> Peek:
    # closing(): sqlite3's own context manager commits but leaves the connection open
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        try:
            row = conn.execute("SELECT version FROM schema_info").fetchone()
        except sqlite3.OperationalError:  # no table yet: a new or foreign file
            return Peek(0, None)
        try:
            setting = conn.execute("SELECT value FROM setting WHERE key = 'ui.language'").fetchone()
        except sqlite3.OperationalError:
            setting = None
    language = json.loads(setting[0]) if setting else None
    return Peek(row[0] if row else 0, language)
