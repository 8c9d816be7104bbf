"""One window per profile: a second launch brings the running window forward and exits.

The window holds the profile's exclusive lock (:mod:`desktop.store.profile_lock`, the
operating system's lock: a crash leaves none behind) and listens on a local socket
named after the profile. A second launch cannot take the lock: it tells the first
window through the socket to come forward, then quits. When a command (an import, a
restore) holds the lock instead, the second launch says so and offers to retry.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.profile import Profile
from desktop.store.profile_lock import Holder, ProfileLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

_SHOW = b"show\n"


def server_name(profile: Profile) -> str:
    """A socket name of this user and profile (short: some systems limit the length)."""
    import getpass  # here: getpass and hashlib cost 3-6 ms before the window shows
    import hashlib

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    digest = hashlib.sha256(f"{user}\0{profile.root}".encode()).hexdigest()[:24]
    return f"freelance-desk-{digest}"


class SingleInstance(QObject):
    """The profile's lock and local server, for as long as the window runs."""

    activated = Signal()  # another launch asked this window to come forward

    def __init__(self, profile: Profile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.lock = ProfileLock(profile.root)
        self.server: QLocalServer | None = None

    @cached_property
    def name(self) -> str:
        """The local server's name (asked once the window shows, or when the lock is held)."""
        return server_name(self.profile)

    def acquire(self) -> bool:
        """Take the profile; False when a window or a command holds it."""
        return self.lock.acquire(exclusive=True, role="window")

    def listen(self) -> None:
        """Answer later launches (called once the window shows: QtNetwork costs 25 ms)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)
        self.server.listen(self.name)

    def holder(self) -> Holder | None:
        return self.lock.holder()

    def _connection(self) -> None:
        # The launch that connects writes at once and waits for nothing: read it here,
        # briefly blocking, with no signal of the socket to outlive it (a lambda holding
        # the socket crashed PySide at exit: "shared QObject was deleted directly").
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(1000)
            if arrived and bytes(socket.readAll()).startswith(_SHOW.strip()):
                self.activated.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def activate_running(self, timeout_ms: int = 2000) -> bool:
        """Ask the window holding the profile to come forward; False if none answers within
        ``timeout_ms`` (a window just started listens about a second after it shows)."""
        import time

        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(timeout_ms):
                break
            if time.monotonic() >= deadline:  # no server, or one that never accepts
                return False
            time.sleep(0.1)  # not listening yet: the socket file is not there
        socket.write(_SHOW)
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()
