"""Consistent copies of a live database, through SQLite's online backup API.

A plain file copy of a WAL database misses what still sits in the -wal file
(a copy measured here contained no table at all); the backup API reads a
consistent snapshot while the app keeps working.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path


def backup_database(source: Path, destination: Path) -> Path:
    """Copy the database at ``source`` to ``destination`` (a new file) and return it."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_suffix(destination.suffix + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        tmp.chmod(0o600)
    tmp.replace(destination)
    return destination


def timestamped_name(prefix: str, when: dt.datetime | None = None) -> str:
    """``prefix-20261122-215300.sqlite3``: sorts by time, safe on every file system."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{prefix}-{stamp}.sqlite3"
