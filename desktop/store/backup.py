"""Backup archives: a consistent snapshot of the database, its attachments, a manifest.

- The database is copied through SQLite's online backup API: a plain file copy of a WAL
  database misses what still sits in the -wal file (a copy measured here contained no
  table at all). The copy goes to a temporary file, is fsynced and passes
  ``PRAGMA quick_check`` before anything else uses it.
- The archive (a zip) holds that copy, every attached file the copy refers to, the
  profile folders a restore needs (``company/``: My company's logo and signature image;
  ``outbox/``: the ``.eml`` of each e-mail not sent yet, which its outbox row names), and
  ``manifest.json``: format, app and schema versions, row counts, the profile folders
  it carries, and the size and SHA-256 of each member. It is written under a temporary
  name, fsynced, then linked to its final name, which is never an existing file: two
  backups in the same second overwrote each other on the landed code, and an
  interrupted one left a ``.part``.
  Leftovers of a killed backup are removed by the next one.
- Reading an archive checks every member name (no absolute path, no ``..``, nothing
  but the database, ``attachments/NAME``, ``company/NAME``, ``outbox/TOKEN/NAME.eml``
  and the manifest) and every hash before anything is extracted.

Secrets never reach a backup: there are none in the database, the images or the
``.eml`` files (the keyring holds them; tests/mail/test_canary.py looks inside archives).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import Database

from desktop.domain.errors import DomainError, Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.store import storage_errors

FORMAT = 2  # 2: the profile folders (company/, outbox/); format 1 archives still restore
READABLE_FORMATS = (1, 2)
MANIFEST = "manifest.json"
DATABASE_MEMBER = "freelance-desk.sqlite3"
ATTACHMENTS = "attachments/"
# Profile folders an archive carries whole (a restore puts each back as it was): My
# company's images (services/company.py) and the outbox's .eml files (services/mailing.py).
COMPANY_FOLDER = "company"
OUTBOX_FOLDER = "outbox"
PROFILE_FOLDERS = (COMPANY_FOLDER, OUTBOX_FOLDER)
SUFFIX = ".zip"
_TEMP_PREFIX = ".tmp-"
_CHUNK = 1024 * 1024
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,254}")
# outbox/<16 hex>/<the subject, made safe by mailing._safe_name>.eml: one folder level, no
# separator, no control character, nothing a file system refuses, no leading dot or space.
_SAFE_EML = re.compile(
    r'[0-9a-f]{16}/[^\x00-\x1f\x7f/\\:*?"<>|. ][^\x00-\x1f\x7f/\\:*?"<>|]{0,200}\.eml'
)
# Tables whose row counts the manifest records (what "restore" shows it will replace).
COUNTED_TABLES = (
    "talent",
    "company",
    "contact",
    "mission",
    "offer",
    "contract",
    "invoice",
    "payment",
    "activity",
    "attachment",
)

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


class BadArchiveError(DomainError):
    """The file is no backup of this app, or it is damaged or unsafe: nothing was extracted."""


def _bad(template: str, **params: object) -> BadArchiveError:
    return BadArchiveError(Message("Backups", template, params))


NOT_AN_ARCHIVE = QT_TRANSLATE_NOOP(
    "Backups", "“{name}” is not a Freelance Desk backup (no readable manifest)."
)
UNSAFE_MEMBER = QT_TRANSLATE_NOOP(
    "Backups",
    "“{name}” holds a file with an unsafe name ({member}); it was not opened. Use a backup "
    "made by Freelance Desk.",
)
DAMAGED_MEMBER = QT_TRANSLATE_NOOP(
    "Backups",
    "“{name}” is damaged: {member} does not match its manifest. Choose another backup.",
)
BAD_MANIFEST = QT_TRANSLATE_NOOP(
    "Backups", "“{name}” has a manifest this version cannot read ({reason})."
)


@dataclass(frozen=True)
class ArchiveInfo:
    """What a backup holds, from its manifest."""

    path: Path
    kind: str  # auto, manual, before-restore, before-migration-v4-to-v5...
    created_at: dt.datetime
    app_version: str
    schema_version: int
    counts: dict[str, int]
    members: dict[str, dict] = field(repr=False)
    size: int  # bytes of the archive file
    source: dict = field(default_factory=dict, repr=False)  # the live file's size, mtime
    # The profile folders the archive carries whole (none in a format 1 archive: a
    # restore then leaves the live ones alone rather than emptying them).
    folders: tuple[str, ...] = ()

    @property
    def attachments(self) -> int:
        return sum(1 for name in self.members if name.startswith(ATTACHMENTS))

    def folder_members(self, folder: str) -> list[str]:
        """The members of profile folder ``folder``, as paths inside that folder."""
        prefix = folder + "/"
        return sorted(name[len(prefix) :] for name in self.members if name.startswith(prefix))


# -- consistent copies ---------------------------------------------------------------------


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def quick_check(path: Path) -> str:
    """``"ok"``, or what SQLite's ``quick_check`` found wrong in the file at ``path``."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return "; ".join(r[0] for r in rows[:5])


def _temp_name(folder: Path, suffix: str) -> Path:
    return folder / f"{_TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{suffix}"


def snapshot_database(source: Path, destination: Path) -> Path:
    """A consistent, checked copy of the live database at ``source`` as ``destination``
    (a new file next to it); the copy is written aside, fsynced, quick-checked, renamed."""
    folder = destination.parent
    folder.mkdir(parents=True, exist_ok=True)
    tmp = _temp_name(folder, ".sqlite3")
    try:
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
        _fsync_file(tmp)
        verdict = quick_check(tmp)
        if verdict != "ok":
            raise storage_errors.DamagedDatabaseError(
                Message("Storage", storage_errors.DAMAGED, {"detail": verdict})
            )
        tmp.replace(destination)
        fsync_folder(folder)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        raise _explained(exc, folder) from exc
    return destination


def backup_database(source: Path, destination: Path) -> Path:
    """Alias of :func:`snapshot_database` (the name older callers use)."""
    return snapshot_database(source, destination)


def _explained(exc: BaseException, folder: Path) -> BaseException:
    if isinstance(exc, DomainError) or not isinstance(exc, Exception):
        return exc
    return storage_errors.explain(exc, folder) or exc


def timestamped_name(prefix: str, when: dt.datetime | None = None, suffix: str = SUFFIX) -> str:
    """``prefix-20261122-215300.zip``: sorts by time, safe on every file system."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{prefix}-{stamp}{suffix}"


def place_without_overwriting(tmp: Path, folder: Path, name: str) -> Path:
    """Give ``tmp`` the name ``name`` in ``folder``, or ``name-2``, ``name-3``... whichever
    is free: an existing file is never replaced (``os.link`` fails on an existing name;
    Windows' rename does too)."""
    stem, dot, suffix = name.partition(".")
    for n in range(1, 1000):
        target = folder / (name if n == 1 else f"{stem}-{n}{dot}{suffix}")
        try:
            if os.name == "posix":
                os.link(tmp, target)
                tmp.unlink()
            else:
                tmp.rename(target)
        except FileExistsError:
            continue
        fsync_folder(folder)
        return target
    raise FileExistsError(f"no free name for {name} in {folder}")


def place_exactly(tmp: Path, target: Path) -> Path:
    """Give ``tmp`` the path ``target``; raises FileExistsError if it exists."""
    if os.name == "posix":
        os.link(tmp, target)
        tmp.unlink()
    else:
        tmp.rename(target)
    fsync_folder(target.parent)
    return target


def count_rows(path: Path) -> dict[str, int] | None:
    """The manifest's row counts of the database file at ``path`` (read-only), or None
    when it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return _counts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def open_database_counts(db: Database) -> dict[str, int]:
    """The manifest's row counts of the open database ``db``, table by table.

    ``db`` has the current schema, so every counted table is there (unlike an archive's
    file, :func:`count_rows`). Plain SQL, the same on PostgreSQL.
    """
    counts = {}
    for table in COUNTED_TABLES:
        (counts[table],) = db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()
    return counts


def remove_leftovers(folder: Path) -> int:
    """Delete the temporary files of backups that were killed (their process is gone);
    returns how many. A backup running in another process keeps its files."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in folder.glob(f"{_TEMP_PREFIX}*"):
        match = re.match(rf"{re.escape(_TEMP_PREFIX)}(\d+)-", path.name)
        if match and _alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # cannot tell cheaply: keep (a day-old leftover costs only space)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- writing archives ------------------------------------------------------------------------


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    counts = {}
    for table in COUNTED_TABLES:
        try:
            counts[table] = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        except sqlite3.OperationalError as exc:  # an older schema without that table
            if "no such table" not in str(exc):
                raise
            counts[table] = 0
    return counts


def _copy_member(
    zf: zipfile.ZipFile, source: Path, name: str, progress: Callable[[int], None]
) -> dict:
    size = source.stat().st_size
    digest = hashlib.sha256()
    with source.open("rb") as src, zf.open(name, "w", force_zip64=size > 2**31 - 2**24) as out:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
            progress(len(chunk))
    return {"size": size, "sha256": digest.hexdigest()}


def _profile_files(root: Path, outbox_names: Iterable[str]) -> tuple[list, list[str]]:
    """The members of the profile folders: every file of ``company/`` (a name the app
    writes: ``logo.png``...; its temporary ``.part`` files start with a dot and are left
    out), and the ``.eml`` of each outbox row. Returns (member, path) pairs and the
    outbox names not found."""
    files = []
    company = root / COMPANY_FOLDER
    if company.is_dir():
        for path in sorted(company.iterdir()):
            if _SAFE_NAME.fullmatch(path.name) and path.is_file() and not path.is_symlink():
                files.append((f"{COMPANY_FOLDER}/{path.name}", path))
    missing = []
    for eml in sorted(set(outbox_names)):
        path = root / OUTBOX_FOLDER / eml
        if _SAFE_EML.fullmatch(eml) and path.is_file() and not path.is_symlink():
            files.append((f"{OUTBOX_FOLDER}/{eml}", path))
        else:
            missing.append(eml)
    return files, missing


def write_archive(
    database: Path,
    attachment_folders: Iterable[Path],
    folder: Path,
    kind: str,
    app_version: str,
    progress: Progress | None = None,
    name: str | None = None,
    profile_root: Path | None = None,
) -> ArchiveInfo:
    """Back up ``database`` and the attached files it refers to into a new archive in
    ``folder``, named ``kind-YYYYMMDD-HHMMSS.zip`` or ``name`` (never replacing a file:
    ``name`` taken raises FileExistsError).

    Attached files are looked for in ``attachment_folders`` in order (the attachments
    folder, then the trash). With ``profile_root``, the profile folders go in too
    (:data:`PROFILE_FOLDERS`). Raises a
    :class:`~desktop.store.storage_errors.StorageError` naming a full disk or a
    read-only folder; leaves no file behind when it fails.
    """
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder)
    created = dt.datetime.now().replace(microsecond=0)
    source_stat = database.stat()
    snapshot = _temp_name(folder, ".sqlite3")
    part = _temp_name(folder, ".zip.part")
    try:
        snapshot_database(database, snapshot)
        conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            counts = _counts(conn)
            (schema,) = conn.execute("SELECT version FROM schema_info").fetchone()
            try:
                stored = [n for (n,) in conn.execute("SELECT stored_name FROM attachment")]
            except sqlite3.OperationalError:
                stored = []
            try:  # the outbox's rows name their .eml files (schema v7 on)
                outbox = [n for (n,) in conn.execute("SELECT eml_name FROM outbox_mail")]
            except sqlite3.OperationalError:
                outbox = []
        finally:
            conn.close()
        files: list[tuple[str, Path]] = [(DATABASE_MEMBER, snapshot)]
        missing = []
        folders = list(attachment_folders)
        for stored_name in sorted(set(stored)):
            found = next((f / stored_name for f in folders if (f / stored_name).is_file()), None)
            if found is None or not _SAFE_NAME.fullmatch(stored_name):
                missing.append(stored_name)
            else:
                files.append((ATTACHMENTS + stored_name, found))
        folders: list[str] = []
        missing_outbox: list[str] = []
        if profile_root is not None:
            profile_files, missing_outbox = _profile_files(profile_root, outbox)
            files += profile_files
            folders = list(PROFILE_FOLDERS)
        total = sum(path.stat().st_size for _, path in files)
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            if progress:
                progress(done, total)

        members = {}
        # Level 1: 4 s and 139 MB for a 425 MB database, against 15 s and 122 MB at 6.
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for member, path in files:
                members[member] = _copy_member(zf, path, member, advance)
            manifest = {
                "format": FORMAT,
                "app": "Freelance Desk",
                "app_version": app_version,
                "schema_version": schema,
                "kind": kind,
                "created_at": created.isoformat(),
                "counts": counts,
                "members": members,
                "missing_attachments": missing,
                "folders": folders,
                "missing_outbox": missing_outbox,
                "source": {"size": source_stat.st_size, "mtime_ns": source_stat.st_mtime_ns},
            }
            zf.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        if os.name == "posix":
            part.chmod(0o600)
        _fsync_file(part)
        if name is None:
            final = place_without_overwriting(part, folder, timestamped_name(kind, created))
        else:
            final = place_exactly(part, folder / name)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        raise _explained(exc, folder) from exc
    finally:
        snapshot.unlink(missing_ok=True)
    return ArchiveInfo(
        final, kind, created, app_version, schema, counts, members, final.stat().st_size,
        manifest["source"], tuple(folders),
    )  # fmt: skip


# -- reading archives ------------------------------------------------------------------------


def _member_is_safe(name: str) -> bool:
    if name in (MANIFEST, DATABASE_MEMBER):
        return True
    folder, _, rest = name.partition("/")
    if folder + "/" in (ATTACHMENTS, f"{COMPANY_FOLDER}/"):
        return bool(_SAFE_NAME.fullmatch(rest))
    return folder == OUTBOX_FOLDER and bool(_SAFE_EML.fullmatch(rest))


def read_manifest(path: Path) -> ArchiveInfo:
    """The archive's manifest, its member names checked (not their content: see
    :func:`verify_archive`). Raises :class:`BadArchiveError`."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            for info in zf.infolist():
                is_link = (info.external_attr >> 16) & 0o170000 == 0o120000
                if not _member_is_safe(info.filename) or is_link:
                    raise _bad(UNSAFE_MEMBER, name=path.name, member=info.filename[:80])
            if len(set(names)) != len(names):
                raise _bad(UNSAFE_MEMBER, name=path.name, member="(duplicate names)")
            if MANIFEST not in names:
                raise _bad(NOT_AN_ARCHIVE, name=path.name)
            raw = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile):
            explained = storage_errors.explain(exc, path.parent)
            if explained is not None and not isinstance(exc, FileNotFoundError):
                raise explained from exc
        raise _bad(NOT_AN_ARCHIVE, name=path.name) from exc
    try:
        if raw.get("format") not in READABLE_FORMATS:
            raise ValueError(f"format {raw.get('format')!r}")
        members = raw["members"]
        listed = set(members) | {MANIFEST}
        if listed != set(names) or DATABASE_MEMBER not in members:
            raise ValueError("the members differ from the list")
        folders = tuple(raw.get("folders") or ())
        if not set(folders) <= set(PROFILE_FOLDERS) or len(set(folders)) != len(folders):
            raise ValueError(f"unknown folders {list(folders)!r}"[:100])
        for member in members:
            top = member.partition("/")[0]
            if top in PROFILE_FOLDERS and top not in folders:
                raise ValueError(f"{top}/ holds files but is not listed")
        for meta in members.values():
            hashed = re.fullmatch(r"[0-9a-f]{64}", str(meta["sha256"]))
            if not (isinstance(meta["size"], int) and hashed):
                raise ValueError("a member without size or hash")
        return ArchiveInfo(
            path=path,
            kind=str(raw["kind"]),
            created_at=dt.datetime.fromisoformat(raw["created_at"]),
            app_version=str(raw["app_version"]),
            schema_version=int(raw["schema_version"]),
            counts={str(k): int(v) for k, v in raw["counts"].items()},
            members=members,
            size=path.stat().st_size,
            source=raw.get("source") or {},
            folders=folders,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _bad(BAD_MANIFEST, name=path.name, reason=str(exc)[:120]) from exc


def _stream_member(zf: zipfile.ZipFile, name: str, meta: dict, out=None) -> None:
    """Read (and write to ``out``) a member, checking its size and hash as it goes."""
    digest = hashlib.sha256()
    size = 0
    with zf.open(name) as src:
        while chunk := src.read(_CHUNK):
            size += len(chunk)
            if size > meta["size"]:  # never inflate more than the manifest announced
                raise ValueError("larger than announced")
            digest.update(chunk)
            if out is not None:
                out.write(chunk)
    if size != meta["size"] or digest.hexdigest() != meta["sha256"]:
        raise ValueError("size or hash differs")


def verify_archive(path: Path) -> ArchiveInfo:
    """:func:`read_manifest`, then every member read back and compared with its hash."""
    info = read_manifest(path)
    try:
        with zipfile.ZipFile(path) as zf:
            for name, meta in info.members.items():
                try:
                    _stream_member(zf, name, meta)
                except (ValueError, zipfile.BadZipFile, EOFError) as exc:
                    raise _bad(DAMAGED_MEMBER, name=path.name, member=name) from exc
    except zipfile.BadZipFile as exc:
        raise _bad(NOT_AN_ARCHIVE, name=path.name) from exc
    return info


def extract_member(path: Path, info: ArchiveInfo, name: str, target: Path) -> None:
    """Write member ``name`` of a verified archive to ``target`` (a new file), checking
    its hash again as it is written; fsynced."""
    meta = info.members[name]
    try:
        with zipfile.ZipFile(path) as zf, target.open("xb") as out:
            _stream_member(zf, name, meta, out)
            out.flush()
            os.fsync(out.fileno())
    except (ValueError, zipfile.BadZipFile, EOFError) as exc:
        target.unlink(missing_ok=True)
        raise _bad(DAMAGED_MEMBER, name=path.name, member=name) from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def list_archives(folder: Path) -> tuple[list[ArchiveInfo], list[Path]]:
    """The readable archives of ``folder``, newest first, and the unreadable ones."""
    good, bad = [], []
    if not folder.is_dir():
        return good, bad
    for path in folder.glob(f"*{SUFFIX}"):
        if path.name.startswith("."):
            continue
        try:
            good.append(read_manifest(path))
        except DomainError:
            bad.append(path)
    good.sort(key=lambda a: (a.created_at, _mtime(a.path)), reverse=True)
    return good, sorted(bad)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
