"""A single instance of the app (issue 9, "What was seen" 4): a second launch hands over to the first."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from careorganiser.store import profiles
from careorganiser.ui.single_instance import SingleInstance

from fork_server import forked

SRC = Path(__file__).resolve().parents[1] / "src"

SECOND = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from careorganiser.ui.single_instance import SingleInstance
app = QCoreApplication([])
second = SingleInstance(Path(sys.argv[1]))
print("claimed" if second.claim() else "running", flush=True)
print("answered" if second.hand_over(sys.argv[2] or None) else "silent", flush=True)
"""


def second_launch(data_dir: Path, profile: str) -> subprocess.Popen[str]:
    """A second app, a process of its own (forked from the tests' fork server, which never loads Qt)."""
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    return forked.Popen([sys.executable, "-c", SECOND, str(data_dir), profile], env=env,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_launch_hands_its_profile_to_the_first(qtbot, data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    try:
        assert first.claim()
        with qtbot.waitSignal(first.request, timeout=60000) as seen:
            proc = second_launch(data_dir, "Dad")
        out, err = proc.communicate(timeout=60)
    finally:
        first.release()
    assert seen.args == [{"profile": "Dad"}]
    assert out.split() == ["running", "answered"], err


def test_the_first_app_gone_the_next_launch_is_first(qtbot, data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    assert first.claim()
    first.release()
    again = SingleInstance(data_dir)
    try:
        assert again.claim()
    finally:
        again.release()


def test_a_data_folder_that_cannot_hold_a_lock_file_still_opens_the_app(qtbot, data_dir: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """On a write-protected stick the window said "already running, but did not answer" and never opened (the
    review of this round). The lock file cannot be made there: the launch goes on as the app."""
    from PySide6.QtCore import QLockFile

    from careorganiser.ui import single_instance

    class ReadOnlyFolder(QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:  # noqa: N802  (Qt's name)
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr(single_instance, "QLockFile", ReadOnlyFolder)
    app = SingleInstance(data_dir)
    try:
        assert app.claim()
    finally:
        app.release()


def test_a_lock_left_on_a_folder_now_read_only_still_opens_the_app(qtbot, data_dir: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A stick pulled out while the app ran keeps its ``app.lock``; mounted read-only afterwards (as Linux does
    after such a removal) the lock of the dead app cannot be removed, and the window said "already running,
    but did not answer" and never opened. Nothing can write to such a folder, so the launch goes on as the app
    (its profiles open read-only)."""
    from PySide6.QtCore import QLockFile

    from careorganiser.store import health
    from careorganiser.ui import single_instance

    class StaleOnReadOnlyFolder(QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:  # noqa: N802  (Qt's name)
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.LockFailedError  # what Qt says when it cannot remove a stale lock

    monkeypatch.setattr(single_instance, "QLockFile", StaleOnReadOnlyFolder)
    monkeypatch.setattr(health, "is_writable_dir", lambda folder: folder != data_dir)
    app = SingleInstance(data_dir)
    try:
        assert app.claim(listen=False)
    finally:
        app.release()
    monkeypatch.setattr(health, "is_writable_dir", lambda folder: True)  # a folder another app really holds
    assert not SingleInstance(data_dir).claim(listen=False)


def test_a_crashed_first_app_leaves_no_dead_end(qtbot, data_dir: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    code = ("import os, sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
            "from careorganiser.ui.single_instance import SingleInstance; app = QCoreApplication([]); "
            "s = SingleInstance(Path(sys.argv[1])); print(s.claim(), flush=True); os._exit(9)")
    crashed = forked.run([sys.executable, "-c", code, str(data_dir)], env=env, capture_output=True,
                         text=True, timeout=60)
    assert crashed.stdout.strip() == "True"
    assert (data_dir / "app.lock").exists()  # left behind by the crash
    after = SingleInstance(data_dir)
    try:
        assert after.claim()  # taken over: the process that held it is gone
    finally:
        after.release()


def open_app(qtbot, name: str):
    from careorganiser.ui.application import Controller, make_application

    app = make_application()
    controller = Controller(app, argparse.Namespace(profile=None, exit_when_ready=False))
    profile = profiles.open_profile(name)
    assert controller.claim(profile)
    controller.open_main(profile)
    qtbot.addWidget(controller.window)
    return controller


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, not our code
def test_launched_again_on_the_same_profile_brings_the_window_forward(qtbot, data_dir: Path, prompter: Any) -> None:
    profiles.create_profile("Mum").close()
    controller = open_app(qtbot, "Mum")
    try:
        window = controller.window
        window.showMinimized()
        asked: list[str] = []
        prompter.answers["confirm"] = lambda _t, text: asked.append(text) or True
        controller.on_launched_again({"profile": "mum"})
        controller.on_launched_again({"profile": None})
        assert controller.window is window and window.isVisible() and not window.isMinimized()
        assert asked == []
    finally:
        controller.shutdown()


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, not our code
def test_launched_again_for_another_profile_asks_then_switches(qtbot, data_dir: Path, prompter: Any) -> None:
    profiles.create_profile("Mum").close()
    profiles.create_profile("Dad").close()
    controller = open_app(qtbot, "Mum")
    try:
        asked: list[str] = []
        prompter.answers["confirm"] = lambda _t, text: asked.append(text) or False
        controller.on_launched_again({"profile": "Dad"})
        assert controller.ctx.profile.name == "Mum" and len(asked) == 1 and "Dad" in asked[0]
        prompter.answers["confirm"] = True
        controller.on_launched_again({"profile": "Dad"})
        assert controller.ctx.profile.name == "Dad"
        qtbot.addWidget(controller.window)
        # the window now holds Dad's lock, and Mum's is free for a command
        from careorganiser.store import lock

        assert lock.held_by_this_process(profiles.profile_path("Dad"))
        assert not lock.held_by_this_process(profiles.profile_path("Mum"))
    finally:
        controller.shutdown()


def test_a_second_launch_waits_while_the_first_is_not_yet_listening(qtbot, data_dir: Path) -> None:
    """At start-up the first app takes the lock before its window opens and listens only once it has
    painted: a launch in between keeps trying, and is answered as soon as the first listens."""
    first = SingleInstance(data_dir)
    try:
        assert first.claim(listen=False)
        proc = second_launch(data_dir, "Dad")
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "running"  # the lock is held: not a second first app
        with qtbot.waitSignal(first.request, timeout=60000) as seen:
            assert first.listen()
        out, err = proc.communicate(timeout=60)
    finally:
        first.release()
    assert seen.args == [{"profile": "Dad"}]
    assert out.split() == ["answered"], err


def test_the_app_listens_for_later_launches_once_its_window_has_painted(qtbot, data_dir: Path) -> None:
    from PySide6.QtCore import QEvent, QObject

    profiles.create_profile("Mum").close()
    from careorganiser.ui.application import Controller, make_application

    controller = Controller(make_application(), argparse.Namespace(profile=None, exit_when_ready=False))
    listening: list[str] = []
    controller.start_listening = lambda: listening.append("listening")
    profile = profiles.open_profile("Mum")
    assert controller.claim(profile)
    try:
        controller.open_main(profile)
        qtbot.addWidget(controller.window)
        painted: list[list[str]] = []

        class AtPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and not painted:
                    painted.append(list(listening))
                return False

        page = controller.window.page("today")
        spy = AtPaint(page)
        page.installEventFilter(spy)
        qtbot.waitUntil(lambda: listening == ["listening"], timeout=10000)
        assert painted == [[]]  # not listening yet when Today first painted
    finally:
        controller.hooks.service.stop()
        controller.shutdown()


def test_a_launch_that_hands_over_leaves_standard_shortcuts_set_at_once(qtbot, data_dir: Path, monkeypatch) -> None:
    """A launch that finds the app running hands over and returns: it must not leave the standard shortcuts
    waiting for a first paint that never comes (before, later windows of the same process got none)."""
    from types import SimpleNamespace

    from PySide6.QtGui import QAction

    from careorganiser.ui import application, failures, qt_values
    from careorganiser.ui.single_instance import SingleInstance

    monkeypatch.setattr(SingleInstance, "claim", lambda self, listen=True: False)
    monkeypatch.setattr(SingleInstance, "hand_over", lambda self, profile=None: True)
    monkeypatch.setattr(failures, "install", lambda **kw: None)
    assert application.run(SimpleNamespace(profile="Mum", debug=False)) == 0
    action = QAction()
    qt_values.set_standard_shortcut(action, "Find")
    assert not action.shortcut().isEmpty()  # set at once, not held for a paint


KILLED_FIRST = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from careorganiser.ui.single_instance import SingleInstance
app = QCoreApplication([])
first = SingleInstance(Path(sys.argv[1]))
assert first.claim()
print(first._server.fullServerName(), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def killed_first_app(data_dir: Path) -> Path:
    """A first app killed with SIGKILL while listening: its socket file is left behind."""
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    done = forked.run([sys.executable, "-c", KILLED_FIRST, str(data_dir)], env=env, capture_output=True, text=True,
                      timeout=60)
    assert done.returncode == -9, done.stderr
    socket = Path(done.stdout.strip())
    assert socket.exists() and (data_dir / "app.lock").exists()
    return socket


def read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """No lock file can be made in the data folder (a write-protected stick)."""
    from PySide6.QtCore import QLockFile

    from careorganiser.ui import single_instance

    class ReadOnlyFolder(QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:  # noqa: N802  (Qt's name)
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr(single_instance, "QLockFile", ReadOnlyFolder)


def test_a_killed_app_leaves_a_socket_that_the_next_launch_clears_and_listens_on(qtbot, data_dir: Path) -> None:
    socket = killed_first_app(data_dir)
    after = SingleInstance(data_dir)
    try:
        assert after.claim()  # the lock says nobody else runs: the socket left behind is removed
        assert after._server is not None and after._server.isListening()
        with qtbot.waitSignal(after.request, timeout=60000) as seen:
            proc = second_launch(data_dir, "Mum")
        out, err = proc.communicate(timeout=60)
    finally:
        after.release()
    assert seen.args == [{"profile": "Mum"}] and out.split() == ["running", "answered"], err
    assert not socket.exists()  # and nothing is left behind by a launch that closes


def test_a_launch_that_cannot_lock_never_breaks_the_running_app(qtbot, data_dir: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, a launch that could not make its lock file removed the running app's socket and listened in its
    place: later launches handed over to it, and the running app was never found again."""
    first = SingleInstance(data_dir)
    try:
        assert first.claim()
        with monkeypatch.context() as patched:
            read_only_folder(patched)
            second = SingleInstance(data_dir)
            assert not second.claim()  # the running app answers: this launch hands over to it
        with qtbot.waitSignal(first.request, timeout=10000) as seen:
            proc = second_launch(data_dir, "Mum")
        out, err = proc.communicate(timeout=60)
    finally:
        first.release()
    assert seen.args == [{"profile": "Mum"}] and out.split() == ["running", "answered"], err


def test_without_a_lock_a_killed_apps_socket_is_still_replaced(qtbot, data_dir: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    socket = killed_first_app(data_dir)
    read_only_folder(monkeypatch)
    app = SingleInstance(data_dir)
    try:
        assert app.claim()  # nobody answers on the socket left behind: this launch is the app, and listens
        assert app._server is not None and app._server.isListening()
    finally:
        app.release()
    assert not socket.exists()
