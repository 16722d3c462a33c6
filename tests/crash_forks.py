"""The crash harness's workers as real processes without a start of Python each (tests/test_crash.py).

    python tests/crash_forks.py

This process imports benchmarks/bench_crash.py and what its workers load once, then reads one JSON line a
request from standard input: {"kind": ..., "data": ..., "out": FIFO, "err": FILE}. For each it forks a
process that runs ``bench_crash.worker(kind, data)`` (as ``python -c`` would) with its standard output on
the FIFO and its errors in the file, and prints that process's id. It waits for each process it forked as
soon as that ends (on SIGCHLD); the test kills them with SIGKILL.

:class:`Forks` is the test's side: ``Forks.spawn`` answers like the harness's ``_spawn`` (a Popen's
``stdout``, ``stderr``, ``pid``, ``kill`` and ``communicate``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SRC = Path(__file__).resolve().parent.parent / "src"


def _reap(_signum: int, _frame: object) -> None:
    """Wait for every forked process that ended (so its processor time counts as this process's children's)."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass
    except ChildProcessError:
        pass


def serve() -> int:
    sys.path.insert(0, str(BENCHMARKS))
    import bench_crash

    # What the workers load, imported once before the forks.
    from careorganiser.services import backup, doses  # noqa: F401
    from careorganiser.services import profiles as svc  # noqa: F401
    from careorganiser.store import profiles  # noqa: F401

    signal.signal(signal.SIGCHLD, _reap)
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                err = os.open(request["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                out = os.open(request["out"], os.O_WRONLY)  # the FIFO: waits for the test to open it
                devnull = os.open(os.devnull, os.O_RDONLY)
                for fd, target in ((devnull, 0), (out, 1), (err, 2)):
                    os.dup2(fd, target)
                    os.close(fd)
                sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115  (this process never ends normally)
                bench_crash.worker(request["kind"], request["data"])
                code = 0
            except BaseException:  # noqa: BLE001  (as the interpreter reports an uncaught exception)
                import traceback

                traceback.print_exc()
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code)  # never back into the loop that forks
        print(pid, flush=True)
    return 0


class Forked:
    """One forked worker, as much of a Popen as the harness uses."""

    def __init__(self, pid: int, out: Path, err: Path) -> None:
        self.pid = pid
        self.stdout: IO[str] = open(out, encoding="utf-8")  # noqa: SIM115  (closed by communicate)
        self._err = err
        self.stderr: IO[str] | None = None

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def communicate(self) -> tuple[str, str]:
        """Everything the process wrote, once it is gone (its last descriptor closed and reaped)."""
        out = self.stdout.read()
        self.stdout.close()
        deadline = time.monotonic() + 30
        while _alive(self.pid):
            if time.monotonic() > deadline:
                raise TimeoutError(f"process {self.pid} still there after its output ended")
            time.sleep(0.005)
        return out, self._err.read_text(encoding="utf-8")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


class Forks:
    """The server process; ``spawn(kind, data)`` forks one worker from it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])))
        self.server = subprocess.Popen([sys.executable, __file__], env=env, stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, text=True)

    def spawn(self, kind: str, data: Path) -> Forked:
        assert self.server.stdin is not None and self.server.stdout is not None
        self.count += 1
        out, err = self.folder / f"{self.count}.out", self.folder / f"{self.count}.err"
        os.mkfifo(out, 0o600)
        self.server.stdin.write(json.dumps({"kind": kind, "data": str(data), "out": str(out), "err": str(err)})
                                + "\n")
        self.server.stdin.flush()
        return Forked(int(self.server.stdout.readline()), out, err)

    def close(self) -> None:
        assert self.server.stdin is not None
        self.server.stdin.close()
        self.server.wait(timeout=60)


if __name__ == "__main__":
    sys.exit(serve())
