"""One running app per data dir: a second launch hands its request to the first and ends.

The first app holds ``app.lock`` in the data dir (a QLockFile: a crash leaves a stale lock that the next
launch takes over) and listens on a local socket named after the data dir. A later launch cannot take
the lock, so it connects, sends one JSON line (``{"profile": NAME or null}``) and waits for the answer;
the first app brings its window forward (and asks whether to switch when another profile was asked for).
So there is one tray, one set of notifications, and no two windows writing one profile.

At start-up the app takes the lock before its window opens and starts listening just after the window has
painted (``claim(listen=False)``, then ``listen()``): the network module is loaded only then, and a later
launch keeps trying for a few seconds meanwhile.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from careorganiser import paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

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
        self._lock = QLockFile(str(folder / "app.lock"))
        self._lock.setStaleLockTime(0)  # only a dead process's lock is stale, however old
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The local socket's name, from the data dir."""
        if self._name is None:
            self._name = server_name(self._folder)
        return self._name

    def claim(self, listen: bool = True) -> bool:
        """Take the lock (True when this is the first app); with ``listen``, answer later launches at once."""
        # QLockFile makes the file with the process's umask (0644 as a rule): owner-only from the start on a
        # shared computer, as every file in the data dir. A thread making a file meanwhile gets owner-only too.
        mask = os.umask(0o077)
        try:
            locked = self._lock.tryLock(0)
        finally:
            os.umask(mask)
        if locked:
            paths.make_private_file(self._folder / "app.lock")  # one an older version left readable
        else:
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                from careorganiser.store import health

                if health.is_writable_dir(self._folder):
                    return False  # another app holds it
                # A read-only folder (a stick mounted read-only after it was pulled out while the app ran):
                # the lock is one Qt could not remove, and no app can write there; go on, read-only.
            # No lock file can be made (a read-only data folder, a write-protected stick): nothing can be
            # written there either, so the profiles open read-only; this launch goes on as the app, unless
            # an app that is running already answers on the socket.
            if self._answers():
                return False
        if listen:
            self.listen()
        return True

    def listen(self) -> bool:
        """Answer later launches (after ``claim``); False when the socket could not be made."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return True
        if self._lock.isLocked():
            # No other app holds the lock, so a socket of this name is one that a killed app left behind.
            # Without the lock (a read-only data folder) it may be a running app's: that one is left alone.
            QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        listening = server.listen(self.name)
        if not listening and not self._lock.isLocked() and not self._answers():
            # Without the lock: a socket that refuses a connection is one a killed app left behind.
            listening = QLocalServer.removeServer(self.name) and server.listen(self.name)
        if not listening:
            # Still the app, but later launches will not find it (one that finds no answer goes on as an app too).
            return False
        server.newConnection.connect(self.on_new_connection)
        self._server = server
        return True

    def _answers(self) -> bool:
        """Whether an app listens on this data dir's socket (a killed app's socket refuses at once)."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        found = socket.waitForConnected(CONNECT_TIMEOUT_MS)
        socket.abort()
        return found

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
        import json  # only when another launch hands over, after the first paint

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
        import json

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
        self._lock.unlock()
