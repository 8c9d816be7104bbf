"""Places where a live database is at risk: cloud-synced folders and network shares.

SQLite's write-ahead log needs shared memory that network file systems do not provide
(https://www.sqlite.org/wal.html: "WAL does not work over a network filesystem"), and
sync tools (Dropbox, OneDrive, iCloud Drive, Google Drive) copy the database file and its
-wal file at different moments, or bring back an older copy from another computer. Both
damage a live database; a finished backup archive is safe there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.domain.errors import Message
from desktop.domain.i18n import QT_TRANSLATE_NOOP

CLOUD = QT_TRANSLATE_NOOP(
    "Storage",
    "The data folder {path} is inside {service}, a folder synchronised with the cloud. Sync "
    "tools copy a database while it is being written and can damage it or bring back an "
    "older copy. Move the data folder to a local folder (start with --data-dir), and keep "
    "your backups in the synchronised folder instead.",
)
NETWORK = QT_TRANSLATE_NOOP(
    "Storage",
    "The data folder {path} is on a network share ({kind}). SQLite cannot lock a database "
    "safely over a network: it can be damaged. Move the data folder to a local disk (start "
    "with --data-dir); backups may go to the share.",
)

# Folder names the sync clients create (Windows, macOS: ~/Library/CloudStorage/...,
# Linux clients), compared case-insensitively with each part of the path.
_CLOUD_PREFIXES = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",  # ~/Library/Mobile Documents/com~apple~CloudDocs
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "mon drive": "Google Drive",
}
NETWORK_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "ncpfs", "afs", "9p", "afpfs", "webdav",
    "davfs", "fuse.davfs2", "fuse.sshfs", "sshfs", "fuse.rclone", "glusterfs", "ceph",
    "fuse.s3fs", "lustre", "gpfs", "fuse.glusterfs",
}  # fmt: skip


def cloud_service(path: Path) -> str | None:
    """The sync service whose folder holds ``path``, or None."""
    for part in path.parts:
        folded = part.casefold()
        for prefix, service in _CLOUD_PREFIXES.items():
            if (
                folded == prefix
                or folded.startswith(prefix + "-")
                or folded.startswith(prefix + " -")
            ):
                return service
    for variable in ("OneDrive", "OneDriveConsumer", "OneDriveCommercial"):
        root = os.environ.get(variable)
        if root and path.is_relative_to(Path(root)):
            return "OneDrive"
    return None


def _mount_table() -> list[tuple[str, str]]:
    """(mount point, file system type) of every mount, longest mount points first."""
    mounts: list[tuple[str, str]] = []
    if sys.platform.startswith("linux"):
        try:
            with Path("/proc/self/mounts").open(encoding="utf-8") as f:
                for line in f:
                    fields = line.split()
                    if len(fields) >= 3:
                        point = fields[1].encode().decode("unicode_escape")  # \040 = space
                        mounts.append((point, fields[2]))
        except OSError:
            return []
    elif sys.platform == "darwin":
        try:
            out = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        for line in out.splitlines():  # "//u@server/share on /Volumes/share (smbfs, ...)"
            _, on, rest = line.partition(" on ")
            point, paren, kinds = rest.rpartition(" (")
            if on and paren:
                mounts.append((point, kinds.split(",")[0].strip()))
    mounts.sort(key=lambda m: len(m[0]), reverse=True)
    return mounts


def network_file_system(path: Path) -> str | None:
    """The network file system holding ``path`` ("nfs", "smbfs", "network drive"...), or None."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        text = str(path)
        if text.startswith("\\\\"):
            return "UNC share"
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
            return "network drive"
        return None
    text = str(path)
    for point, kind in _mount_table():
        if text == point or text.startswith(point.rstrip("/") + "/"):
            return kind if kind in NETWORK_FILE_SYSTEMS else None
    return None


def location_warning(folder: Path) -> Message | None:
    """Why the live database should not be in ``folder``, or None when the place is fine."""
    folder = folder.resolve()
    service = cloud_service(folder)
    if service:
        return Message("Storage", CLOUD, {"path": str(folder), "service": service})
    kind = network_file_system(folder)
    if kind:
        return Message("Storage", NETWORK, {"path": str(folder), "kind": kind})
    return None
