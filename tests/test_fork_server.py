"""The tests' fork server (tests/fork_server.py): each child is a process of its own that runs its code as
``python -c`` / ``-m`` / a script would, and what it cannot stand in for starts Python."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fork_server import Child, forked

pytestmark = pytest.mark.skipif(os.environ.get("CAREORGANISER_TEST_FORKS") == "0" or not hasattr(os, "pidfd_open"),
                                reason="the tests' processes are started as subprocess starts them here")


def test_a_child_is_a_process_of_its_own_with_the_given_streams_environment_and_folder(tmp_path: Path) -> None:
    code = ("import json, os, sys\n"
            "print(json.dumps([os.getpid(), os.getppid(), os.getcwd(), os.environ['WORD'], sys.argv[1:], __name__]))\n"
            "print(sys.stdin.read().upper(), file=sys.stderr)\n"
            "raise SystemExit(3)\n")
    done = forked.run([sys.executable, "-c", code, "a b"], input="from the test", capture_output=True, text=True,
                      env=dict(os.environ, WORD="caregiver"), cwd=tmp_path)
    pid, parent, folder, word, args, name = json.loads(done.stdout)
    assert pid != os.getpid() and parent != os.getpid()  # forked by the server, not by this process
    assert (folder, word, args, name) == (str(tmp_path), "caregiver", ["a b"], "__main__")
    assert (done.returncode, done.stderr) == (3, "FROM THE TEST\n")


def test_an_uncaught_error_prints_its_traceback_and_ends_with_status_1() -> None:
    done = forked.run([sys.executable, "-c", "import atexit\natexit.register(print, 'atexit ran')\n1 / 0"],
                      capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stdout == "atexit ran\n"
    assert done.stderr.splitlines() == ["Traceback (most recent call last):", '  File "<string>", line 3, in <module>',
                                        "ZeroDivisionError: division by zero"]


def test_the_program_runs_as_python_m_runs_it() -> None:
    import careorganiser

    done = forked.run([sys.executable, "-m", "careorganiser", "--version"], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, f"careorganiser {careorganiser.__version__}\n")
    assert isinstance(forked.Popen([sys.executable, "-m", "careorganiser", "--version"],
                                   stdout=subprocess.DEVNULL), Child)


def test_a_lock_held_by_a_child_is_its_own_and_goes_with_it_when_killed(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    code = ("import fcntl, sys, time\n"
            "f = open(sys.argv[1], 'w'); fcntl.flock(f, fcntl.LOCK_EX)\n"
            "print('held', flush=True); time.sleep(60)\n")
    child = forked.Popen([sys.executable, "-c", code, str(lock)], stdout=subprocess.PIPE, text=True)
    assert isinstance(child, Child)
    assert child.stdout is not None and child.stdout.readline() == "held\n"
    with open(lock, "w") as mine:
        try:
            fcntl.flock(mine, fcntl.LOCK_EX | fcntl.LOCK_NB)
            raise AssertionError("the child's lock did not hold")
        except BlockingIOError:
            pass
        assert child.poll() is None
        child.kill()
        assert child.wait(timeout=30) == -signal.SIGKILL
        fcntl.flock(mine, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the kernel dropped the dead process's lock
    child.stdout.close()


def test_what_would_start_python_differently_starts_python() -> None:
    other_locale = dict(os.environ, LC_ALL="C", PYTHONIOENCODING="latin-1")
    started = forked.Popen([sys.executable, "-c", "import sys; print(sys.stdout.encoding)"], env=other_locale,
                           stdout=subprocess.PIPE, text=True)
    assert isinstance(started, subprocess.Popen)
    assert started.communicate()[0] == "iso8859-1\n"  # what a start of Python under these settings gives
    for args in ([sys.executable, "-X", "importtime", "-c", "pass"], [sys.executable, "-I", "-c", "pass"]):
        assert isinstance(forked.Popen(args, stderr=subprocess.DEVNULL), subprocess.Popen)
        assert forked.run(args, stderr=subprocess.DEVNULL).returncode == 0


def test_a_child_that_ends_before_its_id_is_read_still_gives_its_status(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by this file: the id and the exit status arrived together and were read as one line."""
    import time

    import fork_server

    read_line = fork_server._read_line

    def late(sock: object, timeout: float | None) -> str | None:
        time.sleep(0.3)  # the child has ended and its status is sent before its id is read
        return read_line(sock, timeout)  # type: ignore[arg-type]

    monkeypatch.setattr(fork_server, "_read_line", late)
    assert forked.run([sys.executable, "-c", "raise SystemExit(4)"]).returncode == 4
