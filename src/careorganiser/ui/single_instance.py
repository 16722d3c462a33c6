"""One running app per data dir: a second launch hands its request to the first and ends.

The first app holds ``app.lock`` in the data dir (an OS file lock, as a profile's writer lock: the system
lets it go when the process ends, so a crash leaves nothing stale) and listens on a local socket named after
the data dir. A later launch cannot take
the lock, so it connects, sends one JSON line (``{"profile": NAME or null}``) and waits for the answer;
the first app brings its window forward (and asks whether to switch when another profile was asked for).
So there is one tray, one set of notifications, and no two windows writing one profile.

At start-up the app takes the lock before its window opens and starts listening just after the window has
painted (``claim(listen=False)``, then ``listen()``): the network module is loaded only then, and a later
launch keeps trying for a few seconds meanwhile.

The lock is taken without a sync to disk: it lives as long as the process, so nothing of it needs to survive
a power cut. (Qt's QLockFile, used before, wrote its file with ``fdatasync`` before the first window: a new
file's journal commit, 0.7-16 ms, median 5.8 ms on a busy machine, plus reads of the boot and machine ids.)
The file is left in place when the app ends; only the lock on it goes.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from careorganiser import paths
from careorganiser.store import lock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "app.lock"
CONNECT_TIMEOUT_MS = 2000
#: How long a second launch keeps trying while the first is still starting to listen.
FIND_FIRST_MS = 5000


def server_name(data_dir: Path | None = None) -> str:
    from PySide6.QtCore import QCryptographicHash  # here: its enums are built after the first paint

    folder = str((data_dir or paths.data_dir()).resolve())
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    # SHA-256 through Qt (the same digest as hashlib's), so start-up does not load the OpenSSL library.
    digest = bytes(QCryptographicHash.hash(f"{user}\0{folder}".encode(),
                                           QCryptographicHash.Algorithm.Sha256).toHex().data()).decode()[:16]
    return f"careorganiser-{digest}"


class SingleInstance(QObject):
    """``claim()`` True: this is the first app (listening; ``request`` carries later launches' wishes).
    False: another app runs; ``hand_over()`` gives it this launch's request."""

    request = Signal(object)  # dict: {"profile": str | None}

    def __init__(self, data_dir: Path | None = None, name: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = paths.ensure_private_dir(data_dir) if data_dir is not None else paths.data_dir()
        self._folder = folder
        self._name = name  # worked out when first needed (listening starts after the first paint)
        self._lock_path = folder / LOCK_NAME
        self._lock_fd: int | None = None
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The local socket's name, from the data dir."""
        if self._name is None:
            self._name = server_name(self._folder)
        return self._name

    def claim(self, listen: bool = True) -> bool:
        """Take the lock (True when this is the first app); with ``listen``, answer later launches at once."""
        if self._lock_fd is None:
            try:
                fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                fd = None
                # No lock file can be made (a read-only data folder, a write-protected stick): nothing can be
                # written there either, so the profiles open read-only; this launch goes on as the app.
            if fd is not None:
                try:
                    held: bool | None = lock.try_lock_file(fd)
                except OSError:  # a file system without locks: as without a lock file
                    held = None
                if not held:
                    os.close(fd)
                    if held is False:
                        return False  # another app holds it
                else:
                    self._lock_fd = fd
                    self._say_who(fd)
        if listen:
            self.listen()
        return True

    @staticmethod
    def _say_who(fd: int) -> None:
        """The holder's process id, program and computer in the lock file (as QLockFile wrote them), for a
        person looking; best effort, and not synced: the lock is what counts."""
        if sys.platform == "win32":  # the lock there covers the file's first byte: nothing is written in it
            return
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\ncareorganiser\n{os.uname().nodename}\n".encode())
        except OSError:
            pass

    def listen(self) -> bool:
        """Answer later launches (after ``claim``); False when the socket could not be made."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return True
        QLocalServer.removeServer(self.name)  # a socket file a crashed first app left behind
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Still the only app (we hold the lock); a later launch will not find us, but works as before.
            return False
        server.newConnection.connect(self.on_new_connection)
        self._server = server
        return True

    def on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()  # a child of the server, deleted with it
            socket.readyRead.connect(self.on_socket_ready_read)
            if socket.bytesAvailable():
                self._answer(socket)

    def on_socket_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        try:
            message = json.loads(line)
        except ValueError:
            message = None
        if not isinstance(message, dict):
            message = {}
        profile = message.get("profile")
        from PySide6.QtCore import QByteArray

        socket.write(QByteArray(b"ok\n"))
        socket.flush()
        self.request.emit({"profile": profile if isinstance(profile, str) and profile else None})

    def hand_over(self, profile: str | None, timeout_ms: int = FIND_FIRST_MS) -> bool:
        """Send this launch's request to the first app; True when it answered."""
        from PySide6.QtCore import QByteArray, QDeadlineTimer, QThread
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(timeout_ms)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                socket.write(QByteArray(json.dumps({"profile": profile}).encode("utf-8") + b"\n"))
                socket.flush()
                answered = socket.waitForReadyRead(CONNECT_TIMEOUT_MS) and socket.canReadLine()
                socket.disconnectFromServer()
                return answered
            QThread.msleep(100)
        return False

    def release(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            from PySide6.QtNetwork import QLocalSocket

            server.newConnection.disconnect(self.on_new_connection)
            for socket in server.findChildren(QLocalSocket):
                socket.readyRead.disconnect(self.on_socket_ready_read)
                socket.abort()
            server.close()
            server.deleteLater()
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            try:
                lock.unlock_file(fd)
            except OSError:  # closing the file lets it go all the same
                pass
            os.close(fd)
