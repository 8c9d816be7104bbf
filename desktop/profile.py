"""Where a profile's files live: database, attachments, backups, logs.

The default profile is in the user's data folder (platformdirs); ``--data-dir``
points at another folder, which then holds everything of that profile. The
folder is private to the user (0700 on POSIX), like Vorta's ``init_db``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_ID

DATABASE_NAME = "freelance-desk.sqlite3"


@dataclass(frozen=True)
class Profile:
    """The folders and files of one data profile."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def trash(self) -> Path:
        """Attached files no record refers to any more, kept 30 days (see attachments)."""
        return self.root / "trash"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def ui_state(self) -> Path:
        """Window geometry, splitters and column widths (an INI file read by QSettings)."""
        return self.root / "ui-state.ini"

    def ensure(self) -> Profile:
        """Create the folders, readable by the user only."""
        old_umask = os.umask(0o077) if os.name == "posix" else None
        try:
            for folder in (self.root, self.attachments, self.backups, self.logs):
                folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                self.root.chmod(0o700)
        finally:
            if old_umask is not None:
                os.umask(old_umask)
        return self


def default_root() -> Path:
    """The per-user data folder: ~/.local/share/FreelanceDesk, %LOCALAPPDATA%\\FreelanceDesk,
    ~/Library/Application Support/FreelanceDesk."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def open_profile(data_dir: str | os.PathLike[str] | None = None) -> Profile:
    """The profile in ``data_dir``, or the default one; its folders exist afterwards."""
    root = Path(data_dir).expanduser().resolve() if data_dir else default_root()
    return Profile(root).ensure()
