"""Backups and restore of a profile: by hand, automatic and rotated, and restore.

- :func:`back_up` writes a new archive (database, attached files, My company's images,
  the outbox's unsent e-mails, manifest) into the profile's ``backups/`` folder, or
  wherever the user asks. Secrets are never in it: the SMTP password lives in the OS
  keyring only.
- :func:`automatic_backup` does the same at start and every few hours of use, then keeps
  7 daily and 4 weekly automatic archives (:mod:`desktop.domain.backup_rotation`).
- Restoring is two steps so that the window can close its connection in between:
  :func:`prepare_restore` checks the archive (hashes, safe names, schema version, free
  space), backs up the current state, and extracts the archive beside the profile;
  :func:`install_restore` swaps the files (and the ``company/`` and ``outbox/`` folders
  the archive carries) and reopens, putting everything back as it was if reopening
  fails. An archive of an older version is migrated when reopened.

Measured on the landed code: there was no restore at all, in the window or the command
line, and "Back up now" on a full disk raised an unhandled error and left a ``.part``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.domain import backup_rotation
from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.profile import Profile
from desktop.store import backup as archives
from desktop.store.backup import ArchiveInfo, BadArchiveError
from desktop.store.database import close_database
from desktop.store.models import SCHEMA_VERSION, database
from desktop.store.storage_errors import DamagedDatabaseError, DiskFullError, explain

log = logging.getLogger(__name__)

AUTOMATIC = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
EVERY = dt.timedelta(hours=4)  # automatic backups while the window is open

Progress = Callable[[int, int], None]


def back_up(
    profile: Profile,
    kind: str = MANUAL,
    folder: Path | None = None,
    progress: Progress | None = None,
    name: str | None = None,
) -> ArchiveInfo:
    """A new archive of the profile in ``folder`` (default: the profile's backups), named
    after its kind and time, or ``name`` (refused if that file exists)."""
    try:
        return archives.write_archive(
            profile.database,
            (profile.attachments, profile.trash),
            folder or profile.backups,
            kind,
            __version__,
            progress,
            name,
            profile_root=profile.root,
        )
    except FileExistsError as exc:
        raise DomainError(
            Message(
                "Backups",
                QT_TRANSLATE_NOOP("Backups", "{path} exists already: choose another name."),
                {"path": str((folder or profile.backups) / (name or ""))},
            )
        ) from exc


def keep_damaged_files(profile: Profile) -> Path:
    """Copy a damaged database's files, as they are, into ``backups/damaged-TIME/`` (the
    backup API cannot read them; support may still recover rows from them)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        target = profile.backups / (f"damaged-{stamp}" + (f"-{n}" if n > 1 else ""))
        try:
            target.mkdir(parents=True)
        except FileExistsError:
            continue
        for path in _database_files(profile.database):
            if path.exists():
                shutil.copy2(path, target / path.name)
        return target
    raise FileExistsError(stamp)


def backup_list(profile: Profile) -> tuple[list[ArchiveInfo], list[Path]]:
    """The profile's archives, newest first, and the files in ``backups/`` that are not
    readable archives (older ``.sqlite3`` copies are not listed)."""
    return archives.list_archives(profile.backups)


def last_automatic(profile: Profile) -> dt.datetime | None:
    found = [a.created_at for a in backup_list(profile)[0] if a.kind == AUTOMATIC]
    return max(found, default=None)


def rotate(profile: Profile) -> list[Path]:
    """Delete the automatic archives :func:`backup_rotation.to_keep` does not keep."""
    automatic = [a for a in backup_list(profile)[0] if a.kind == AUTOMATIC]
    keep = backup_rotation.to_keep(a.created_at for a in automatic)
    removed = []
    for archive in automatic:
        if archive.created_at not in keep:
            try:
                archive.path.unlink()
            except OSError:
                log.warning("could not remove %s", archive.path, exc_info=True)
                continue
            removed.append(archive.path)
    return removed


def automatic_backup(profile: Profile, progress: Progress | None = None) -> ArchiveInfo:
    """An automatic archive, then the rotation."""
    info = back_up(profile, AUTOMATIC, progress=progress)
    removed = rotate(profile)
    log.info("automatic backup %s (%s older removed)", info.path.name, len(removed))
    return info


def integrity_damage(profile: Profile) -> list[str]:
    """The full ``integrity_check`` of the profile's database (read-only; seconds on a
    large file): what it found damaged, empty when sound."""
    from desktop.store.maintenance import check_database

    return check_database(path=profile.database).damaged


def restore_latest_good(profile: Profile, progress: Progress | None = None) -> PreparedRestore:
    """Prepare the restore of the newest archive that passes every check (a damaged one is
    skipped); raises :class:`BadArchiveError` when none does."""
    good, _ = backup_list(profile)
    last_error: DomainError | None = None
    for info in good:
        try:
            return prepare_restore(profile, info.path, progress)
        except BadArchiveError as exc:
            log.warning("skipping %s: %s", info.path, exc)
            last_error = exc
    raise last_error or BadArchiveError(
        Message(
            "Backups",
            QT_TRANSLATE_NOOP("Backups", "There is no usable backup in {folder}."),
            {"folder": str(profile.backups)},
        )
    )


def current_counts() -> dict[str, int]:
    """The row counts of the open database, as a manifest records them."""
    return archives.open_database_counts(database)


# -- restore ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedRestore:
    """An archive checked and extracted beside the profile, the current state backed up."""

    profile: Profile
    archive: ArchiveInfo
    safety: Path  # the backup of what the restore replaces (an archive, or damaged files)
    staged_database: Path
    staged_attachments: Path
    # (profile folder name, its staged copy): installed whole in place of the live one
    staged_folders: tuple[tuple[str, Path], ...] = ()


NEWER_ARCHIVE = QT_TRANSLATE_NOOP(
    "Backups",
    "“{name}” was made by a newer version of Freelance Desk (schema {found}; this version "
    "knows up to {known}). Update the app to restore it.",
)
NO_ROOM = QT_TRANSLATE_NOOP(
    "Backups",
    "Not enough free space to restore “{name}”: it needs {needed} MB in {folder}, "
    "{free} MB are free. Nothing was changed.",
)


def check_archive(path: Path) -> ArchiveInfo:
    """Verify an archive (names, manifest, every hash) and that this version can open it."""
    info = archives.verify_archive(path)
    if info.schema_version > SCHEMA_VERSION:
        raise BadArchiveError(
            Message(
                "Backups",
                NEWER_ARCHIVE,
                {"name": path.name, "found": info.schema_version, "known": SCHEMA_VERSION},
            )
        )
    return info


def _staging(profile: Profile, what: str) -> Path:
    return profile.root / f".restore-{os.getpid()}-{what}"


def prepare_restore(
    profile: Profile, path: Path, progress: Progress | None = None
) -> PreparedRestore:
    """Everything of a restore that does not touch the live files; raises
    :class:`BadArchiveError` or a storage error with nothing changed."""
    info = check_archive(path)
    live_size = profile.database.stat().st_size if profile.database.exists() else 0
    needed = sum(m["size"] for m in info.members.values()) + live_size
    free = shutil.disk_usage(profile.root).free
    if free < needed * 1.1:
        raise DiskFullError(
            Message(
                "Backups",
                NO_ROOM,
                {
                    "name": path.name,
                    "needed": needed // 1_000_000 + 1,
                    "folder": str(profile.root),
                    "free": free // 1_000_000,
                },
            )
        )
    if live_size == 0:
        safety = profile.backups  # nothing to keep
    else:
        try:
            safety = back_up(profile, BEFORE_RESTORE, progress=progress).path
        except DamagedDatabaseError:  # the usual reason to restore: keep it as it is
            safety = keep_damaged_files(profile)
    staged_db = _staging(profile, "database.sqlite3")
    staged_files = _staging(profile, "attachments")
    staged_folders = tuple((name, _staging(profile, name)) for name in info.folders)
    every_staged = (staged_db, staged_files, *(path for _, path in staged_folders))
    try:
        _discard(*every_staged)
        archives.extract_member(path, info, archives.DATABASE_MEMBER, staged_db)
        verdict = archives.quick_check(staged_db)
        if verdict != "ok":
            raise BadArchiveError(
                Message("Backups", archives.DAMAGED_MEMBER, {"name": path.name, "member": verdict})
            )
        staged_files.mkdir()
        for name in info.members:
            if name.startswith(archives.ATTACHMENTS):
                stored = name[len(archives.ATTACHMENTS) :]
                archives.extract_member(path, info, name, staged_files / stored)
        for folder, staged in staged_folders:
            staged.mkdir()
            for inner in info.folder_members(folder):  # names checked by read_manifest
                target = staged / inner
                target.parent.mkdir(parents=True, exist_ok=True)
                archives.extract_member(path, info, f"{folder}/{inner}", target)
    except BaseException as exc:
        _discard(*every_staged)
        if isinstance(exc, OSError):
            raise explain(exc, profile.root) or exc from exc
        raise
    return PreparedRestore(profile, info, safety, staged_db, staged_files, staged_folders)


def _discard(*paths: Path) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _staged_paths(prepared: PreparedRestore) -> list[Path]:
    return [
        prepared.staged_database,
        prepared.staged_attachments,
        *(path for _, path in prepared.staged_folders),
    ]


def cancel_restore(prepared: PreparedRestore) -> None:
    _discard(*_staged_paths(prepared))


def _database_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def install_restore(prepared: PreparedRestore, reopen: Callable[[], object]) -> None:
    """Swap the restored files in and call ``reopen()`` (which opens, and migrates an
    older archive). On failure the previous files come back and are reopened.

    The database must be closed in every other thread (the caller's is closed here).
    """
    profile = prepared.profile
    close_database()
    live = _database_files(profile.database)
    aside = [p.with_name(f".pre-restore-{os.getpid()}-{p.name}") for p in live]
    moved = []
    folders_aside: list[tuple[Path, Path | None]] = []  # (live folder, where it went)
    installed = False
    try:
        for source, target in zip(live, aside, strict=True):
            if source.exists():
                source.replace(target)
                moved.append((source, target))
        profile.database.with_name(profile.database.name + ".clean").unlink(missing_ok=True)
        prepared.staged_database.replace(profile.database)
        installed = True  # from here every previous file is aside
        archives.fsync_folder(profile.root)
        profile.attachments.mkdir(exist_ok=True)
        for staged in prepared.staged_attachments.iterdir():
            target = profile.attachments / staged.name
            if target.exists() and target.stat().st_size == staged.stat().st_size:
                continue  # stored names are unique: the same file
            if target.exists():
                profile.trash.mkdir(exist_ok=True)
                target.replace(profile.trash / target.name)
            staged.replace(target)
        for name, staged in prepared.staged_folders:
            live_folder = profile.root / name
            kept = profile.root / f".pre-restore-{os.getpid()}-{name}"
            _discard(kept)
            if live_folder.exists():
                live_folder.replace(kept)
                folders_aside.append((live_folder, kept))
            else:
                folders_aside.append((live_folder, None))
            staged.replace(live_folder)
        archives.fsync_folder(profile.root)
        reopen()
    except BaseException:
        log.exception("restore of %s failed; putting the previous files back", prepared.archive)
        close_database()
        if installed:
            for path in live:
                path.unlink(missing_ok=True)
        for source, target in moved:
            target.replace(source)
        for live_folder, kept in reversed(folders_aside):
            _discard(live_folder)
            if kept is not None:
                kept.replace(live_folder)
        archives.fsync_folder(profile.root)
        reopen()
        raise
    finally:
        _discard(*_staged_paths(prepared))
    for _, target in moved:
        target.unlink(missing_ok=True)
    for _, kept in folders_aside:  # in the safety backup taken first
        if kept is not None:
            _discard(kept)
    log.info("restored %s (previous state in %s)", prepared.archive.path, prepared.safety)


def restore_archive(profile: Profile, path: Path, reopen: Callable[[], object]) -> PreparedRestore:
    """:func:`prepare_restore` then :func:`install_restore` (the command line)."""
    prepared = prepare_restore(profile, path)
    install_restore(prepared, reopen)
    return prepared


def describe_error(exc: BaseException) -> DomainError | None:
    """A failed backup or restore, in plain words (None: an unexpected error)."""
    if isinstance(exc, DomainError):
        return exc
    return explain(exc)
