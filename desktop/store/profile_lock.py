"""Who uses a profile: one window at a time, commands alongside each other but not the window.

Measured on the landed code: the app opened twice on one profile, and the second
window's start-up deleted attachment files the first could still undo. The window
holds an *exclusive* lock on ``freelance-desk.lock`` in the profile for as long as it
runs; a writing command (import, demo) holds a *shared* one, so that two commands may
run together (SQLite serialises their writes) but never beside the window; a restore
needs the exclusive lock.

The lock is the operating system's (``flock`` on POSIX, ``LockFileEx`` ranges through
``msvcrt`` on Windows): it goes with the process, so a crash leaves no stale lock to
guess about. The file also holds a line saying who holds it, for messages.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

LOCK_NAME = "freelance-desk.lock"
# Windows has no shared lock: commands lock one byte each out of this many, the window
# locks them all (a command takes a free byte among them).
_WINDOWS_SLOTS = 64


@dataclass(frozen=True)
class Holder:
    """Who said they hold the lock (read from the file; may be stale for shared holders)."""

    pid: int
    role: str  # "window" or a command name
    since: str


class ProfileLock:
    """A lock on one profile. ``acquire(exclusive)`` returns False when it is taken."""

    def __init__(self, root: Path) -> None:
        self.path = root / LOCK_NAME
        self._fd: int | None = None
        self._slot = 0

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, exclusive: bool, role: str) -> bool:
        """Try once, without waiting. ``role`` is written in the file when exclusive."""
        if self._fd is not None:
            raise RuntimeError("the lock is already held by this object")
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            locked = _lock(fd, exclusive)
        except BaseException:
            os.close(fd)
            raise
        if locked is None:
            os.close(fd)
            return False
        self._fd, self._slot = fd, locked
        if exclusive:
            import datetime as dt

            text = json.dumps(
                {"pid": os.getpid(), "role": role, "since": dt.datetime.now().isoformat()}
            )
            os.ftruncate(fd, 0)
            _write_at_zero(fd, text)
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd, self._slot)
        finally:
            os.close(fd)

    def holder(self) -> Holder | None:
        """Who wrote the file last (the window writes itself there)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
            return Holder(int(data["pid"]), str(data["role"]), str(data.get("since", "")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def __enter__(self) -> ProfileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _write_at_zero(fd: int, text: str) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode())


if sys.platform == "win32":  # pragma: no cover - tested on Windows only
    import msvcrt

    def _lock(fd: int, exclusive: bool) -> int | None:
        # Byte ranges beyond the file's end can be locked on Windows. The window locks
        # every slot; a command one free slot.
        slots = [0] if exclusive else list(range(1, _WINDOWS_SLOTS))
        for slot in slots:
            os.lseek(fd, 1_000_000 + slot, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, _WINDOWS_SLOTS if exclusive else 1)
            except OSError:
                continue
            return slot
        return None

    def _unlock(fd: int, slot: int) -> None:
        os.lseek(fd, 1_000_000 + slot, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, _WINDOWS_SLOTS if slot == 0 else 1)

else:
    import fcntl

    def _lock(fd: int, exclusive: bool) -> int | None:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        return 0

    def _unlock(fd: int, slot: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
