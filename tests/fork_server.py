"""Real child processes for the tests without a start of Python each: forked from one that imported the app.

    from fork_server import forked
    child = forked.Popen([sys.executable, "-c", CODE, *ARGS], env=env, stdout=subprocess.PIPE, text=True)
    done = forked.run([sys.executable, "-m", "careorganiser", *ARGS], env=env, capture_output=True, text=True)

Starting Python and importing the app's command line, services and store takes about a second of processor time
a process. On the first call a server process is started (one per test process, so one per xdist worker) that
imports them once -- and nothing else: no Qt, no ReportLab, no profile opened, no lock taken, no thread started
-- then forks a child for each call. Each child is a real, separate process: its own process id, open files,
connections and locks; it can be killed with SIGKILL; its standard streams are the pipes or files the caller
gave; it runs the code as ``python -c``, ``python -m`` or ``python SCRIPT`` would (a new ``__main__``,
``sys.argv``, ``sys.path[0]``, the environment and working folder asked for). It ends as the interpreter ends a
process, as far as its files and its caller can see: threads that are not daemons are waited for, ``atexit``
runs, an uncaught exception's traceback is printed (exit status 1), ``SystemExit`` gives the status, the
standard streams are flushed; but the teardown of every object is left out (it cost seconds of copy-on-write in
a child of a big process), so what the code left open is not closed by its finalizer. ``wait`` gives the exit
status, negative for a signal, as subprocess does.

What a child cannot tell from a fresh start: the modules above are already in ``sys.modules``, so a test of
what a start imports, or of the interpreter's own shutdown, must start Python itself (``subprocess``). Calls
the server cannot stand in for faithfully start Python as subprocess does: other interpreter options,
``preexec_fn`` and other process settings, an environment that would start the interpreter differently
(``PYTHON*`` variables other than the path, the locale's variables, another ``PYTHONPATH``), or
``CAREORGANISER_TEST_FORKS=0`` in the environment of the tests.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

TESTS = Path(__file__).resolve().parent
SRC = TESTS.parent / "src"

# What the commands and the tests' scripts load, imported once by the server. Nothing of ui/ or pack/: Qt and
# ReportLab are imported by the children that use them (run_process decides on ``"PySide6" in sys.modules``).
PRELOAD = (
    "sqlcipher3.dbapi2", "sqlalchemy.orm", "sqlalchemy.dialects.sqlite.pysqlite", "alembic.command", "msgspec.json",
    "careorganiser.app", "careorganiser.cli", "careorganiser.commands.common", "careorganiser.store.profiles",
    "careorganiser.store.models", "careorganiser.store.lock", "careorganiser.store.backups",
    "careorganiser.store.interchange", "careorganiser.store.migrations", "careorganiser.services.profiles",
    "careorganiser.services.backup", "careorganiser.services.demo", "careorganiser.services.doses",
    "careorganiser.services.symptoms", "careorganiser.services.medications", "careorganiser.trials.readers",
    "careorganiser.trials.parsed",
)

# Read when the interpreter starts (stream encodings, flags, the locale): a child must have the server's.
_STARTUP_LOCALE = ("LC_ALL", "LC_CTYPE", "LANG")

_BOOT = ("import sys; sys.path.insert(1, sys.argv[1]); import fork_server; job = fork_server.serve(); "
         "job is not None and job.run()")


# ------------------------------------------------------------------------------------------------ the server


class Job:
    """What one forked child runs; :meth:`run` is called at the top of the child, outside the server's loop."""

    def __init__(self, request: dict[str, Any], base_path: list[str]) -> None:
        self.request = request
        self.base_path = base_path

    def run(self) -> None:
        """The job, then the end of the process as the interpreter ends one; never returns."""
        code = 1
        try:
            self._run()
            code = 0
        except SystemExit as exit_:  # as the interpreter reads SystemExit
            if exit_.code is None or isinstance(exit_.code, int):
                code = exit_.code or 0
            else:
                print(exit_.code, file=sys.stderr)
        except BaseException as error:  # noqa: BLE001  (printed as the interpreter prints an uncaught one)
            tb = error.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
                tb = tb.tb_next  # the traceback starts in the child's code, as it would in its own process
            sys.excepthook(type(error), error.with_traceback(tb), tb)
        os._exit(_end_of_process(code))

    def _run(self) -> None:
        import builtins
        import types

        request = self.request
        os.environ.clear()
        os.environ.update(request["env"])
        time.tzset()
        if request["cwd"] is not None:
            os.chdir(request["cwd"])
        main = types.ModuleType("__main__")
        main.__dict__["__builtins__"] = builtins
        sys.modules["__main__"] = main
        how, what, args = request["how"], request["what"], request["args"]
        if how == "-c":
            sys.argv = ["-c", *args]
            sys.path[:] = ["", *self.base_path]
            exec(compile(what, "<string>", "exec"), main.__dict__)  # noqa: S102  (as python -c runs it)
        elif how == "-m":
            import runpy

            sys.argv = ["-m", *args]
            sys.path[:] = [os.getcwd(), *self.base_path]
            runpy._run_module_as_main(what, alter_argv=True)  # what python -m calls
        else:
            script = os.path.abspath(what)
            sys.argv = [what, *args]
            sys.path[:] = [os.path.dirname(os.path.realpath(script)), *self.base_path]
            main.__dict__.update(__file__=script, __cached__=None)
            with open(script, "rb") as source:
                code = compile(source.read(), script, "exec")
            exec(code, main.__dict__)  # noqa: S102  (as python SCRIPT runs it)


def _end_of_process(code: int) -> int:
    """What the interpreter's shutdown does that a process's files and callers see: wait for the threads that
    are not daemons, run ``atexit``, flush the standard streams (120 if that fails, as Python says). Not its
    teardown of every module and object (seconds of copy-on-write page faults in a forked child of a big
    process): what is still open when the code ends is not closed by its finalizer, as the app closes its files,
    connections and locks itself (``app.run_process``)."""
    import atexit

    threading._shutdown()  # type: ignore[attr-defined]  # what the interpreter's shutdown calls first
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001
            code = 120
    return code


def serve() -> Job | None:
    """The server: preload, then fork a child per request until the test process closes its end.

    Returns only in a forked child, with the job the child is to run (or None when the server ends)."""
    import gc
    import importlib
    import selectors

    control = socket.socket(fileno=int(sys.argv[2]))
    base_path = sys.path[2:]  # without '' (python -c) and this folder
    for name in PRELOAD:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # what the first session of every process does (in memory only): done once here
    assert threading.active_count() == 1, "the server must not start threads: it forks"
    assert "PySide6" not in sys.modules and "reportlab" not in sys.modules, "the children load Qt and ReportLab"
    gc.freeze()  # what was loaded is never garbage: the children's collections do not walk (and copy) it
    selector = selectors.DefaultSelector()
    selector.register(control, selectors.EVENT_READ, None)
    control.sendall(b"ready")
    while True:
        for key, _ in selector.select():
            if key.data is not None:  # a child ended: its status to the one who asked for it
                pid, report = key.data
                selector.unregister(key.fd)
                os.close(key.fd)
                _, status = os.waitpid(pid, 0)
                try:
                    report.sendall(b"%d\n" % os.waitstatus_to_exitcode(status))
                except OSError:
                    pass  # the caller is gone
                report.close()
                continue
            message, fds, _, _ = socket.recv_fds(control, 1 << 22, 4)
            if not message:
                return None  # the test process ended
            request = json.loads(message)
            stdio, report_fd = fds[:3], fds[3]
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _become_child(selector, control, report_fd, stdio)
                return Job(request, base_path)
            for fd in stdio:
                os.close(fd)
            report = socket.socket(fileno=report_fd)
            try:
                report.sendall(b"%d\n" % pid)
            except OSError:
                pass  # the caller is gone; the child is still waited for
            selector.register(os.pidfd_open(pid), selectors.EVENT_READ, (pid, report))


def _become_child(selector: Any, control: socket.socket, report_fd: int, stdio: list[int]) -> None:
    """In the forked child: nothing of the server left open, the given files as its standard streams."""
    for key in list(selector.get_map().values()):
        if key.data is not None:
            key.data[1].close()
            os.close(key.fd)
    selector.close()
    control.close()
    os.close(report_fd)
    for target, fd in enumerate(stdio):
        os.dup2(fd, target)
    for fd in set(stdio):
        if fd > 2:
            os.close(fd)
    # The standard streams made again for these files, as the interpreter makes them at its start (whether a
    # stream is a terminal, or can seek, is the new file's).
    streams = []
    for fd, old in enumerate((sys.__stdin__, sys.__stdout__, sys.__stderr__)):
        assert old is not None
        buffered = open(fd, "rb" if fd == 0 else "wb", closefd=False)  # noqa: SIM115
        buffered.raw.name = ("<stdin>", "<stdout>", "<stderr>")[fd]
        streams.append(io.TextIOWrapper(buffered, encoding=old.encoding, errors=old.errors, newline="\n",
                                        line_buffering=fd == 2 or buffered.isatty()))
    sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__ = streams


# ------------------------------------------------------------------------------------------- the test's side


class _Server:
    def __init__(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.env = server_env(os.environ)
        self.log = tempfile.TemporaryFile()  # noqa: SIM115  (the server's own errors, if it fails)
        self.process = subprocess.Popen([sys.executable, "-c", _BOOT, str(TESTS), str(theirs.fileno())],
                                        env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=self.log, pass_fds=[theirs.fileno()], cwd=TESTS)
        theirs.close()
        self.control = ours
        self.lock = threading.Lock()
        if self.control.recv(16) != b"ready":
            self.process.wait()
            self.log.seek(0)
            raise RuntimeError(f"the fork server did not start: {self.log.read().decode(errors='replace')}")

    def fork(self, request: dict[str, Any], stdio: list[int]) -> tuple[int, socket.socket]:
        ours, theirs = socket.socketpair()
        try:
            with self.lock:
                socket.send_fds(self.control, [json.dumps(request).encode("utf-8")], [*stdio, theirs.fileno()])
        finally:
            theirs.close()
        line = _read_line(ours, None)
        if line is None:
            raise RuntimeError("the fork server ended")
        return int(line), ours

    def close(self) -> None:
        self.control.close()  # the server's loop ends on it
        self.process.wait(timeout=60)
        self.log.close()


def _read_line(sock: socket.socket, timeout: float | None) -> str | None:
    """One line (a child's id, then its exit status), read a byte at a time: a child that ends at once has both
    lines waiting, and the second is for ``wait``. Each line is sent whole, in one write."""
    sock.settimeout(timeout)
    data = b""
    while not data.endswith(b"\n"):
        byte = sock.recv(1)
        if not byte:
            return None
        data += byte
    return data.decode()


def _python_path(env: Mapping[str, str]) -> list[str]:
    seen: list[str] = []
    for part in [str(SRC), *env.get("PYTHONPATH", "").split(os.pathsep)]:
        if part and os.path.abspath(part) not in seen:
            seen.append(os.path.abspath(part))
    return seen


def server_env(env: Mapping[str, str]) -> dict[str, str]:
    """The server's environment: the tests', with this checkout's src/ first on the path."""
    out = {k: v for k, v in env.items() if not (k.startswith("PYTHON") and not v)}
    out["PYTHONPATH"] = os.pathsep.join(_python_path(env))
    return out


def _startup_settings(env: Mapping[str, str]) -> tuple[list[str], dict[str, str]]:
    return _python_path(env), {k: v for k, v in env.items() if v and k != "PYTHONPATH"
                               and (k.startswith("PYTHON") or k in _STARTUP_LOCALE)}


class _Forks:
    """``Popen`` and ``run`` as subprocess has them, forking from the server where it can stand in."""

    def __init__(self) -> None:
        self.server: _Server | None = None
        self.started = 0  # children forked (for the tests of this module)

    def usable(self, args: Sequence[Any], env: Mapping[str, str] | None, extra: Mapping[str, Any]) -> bool:
        if (os.environ.get("CAREORGANISER_TEST_FORKS") == "0" or not hasattr(os, "pidfd_open") or extra
                or len(args) < 2 or str(args[0]) != sys.executable):
            return False
        how = str(args[1])
        if how in ("-c", "-m"):
            if len(args) < 3:
                return False
        elif how.startswith("-") or not how.endswith(".py"):
            return False
        server = os.environ if self.server is None else self.server.env
        return _startup_settings(os.environ if env is None else env) == _startup_settings(server)

    def Popen(self, args: Sequence[Any], *, env: Mapping[str, str] | None = None,
              cwd: str | Path | None = None, stdin: Any = None, stdout: Any = None, stderr: Any = None,
              text: bool | None = None, universal_newlines: bool | None = None, encoding: str | None = None,
              errors: str | None = None, **extra: Any) -> subprocess.Popen | Child:
        if not self.usable(args, env, extra):
            return subprocess.Popen(args, env=env, cwd=cwd, stdin=stdin, stdout=stdout, stderr=stderr, text=text,
                                    universal_newlines=universal_newlines, encoding=encoding, errors=errors,
                                    **extra)
        if self.server is not None and self.server.process.poll() is not None:
            self.server = None
        if self.server is None:
            self.server = _Server()
        args = [str(a) for a in args]
        how = args[1]
        request = {"how": "script" if how not in ("-c", "-m") else how,
                   "what": args[2] if how in ("-c", "-m") else args[1],
                   "args": args[3:] if how in ("-c", "-m") else args[2:],
                   "env": dict(os.environ if env is None else env),
                   "cwd": None if cwd is None else str(cwd)}
        request["env"]["PYTHONPATH"] = self.server.env["PYTHONPATH"]
        if request["cwd"] is None:
            request["cwd"] = os.getcwd()
        textual = bool(text or universal_newlines or encoding or errors)
        ends: list[IO[Any] | None] = [None, None, None]
        theirs: list[int] = []
        close_after: list[int] = []
        for i, wanted in enumerate((stdin, stdout, stderr)):
            if wanted == subprocess.PIPE:
                read, write = os.pipe()
                child_end, our_end = (read, write) if i == 0 else (write, read)
                close_after.append(child_end)
                ends[i] = _wrap(our_end, i == 0, textual, encoding, errors)
                theirs.append(child_end)
            elif wanted == subprocess.DEVNULL:
                fd = os.open(os.devnull, os.O_RDONLY if i == 0 else os.O_WRONLY)
                close_after.append(fd)
                theirs.append(fd)
            elif wanted == subprocess.STDOUT and i == 2:
                theirs.append(theirs[1])
            elif wanted is None:
                theirs.append(i)
            else:
                theirs.append(wanted if isinstance(wanted, int) else wanted.fileno())
        try:
            pid, report = self.server.fork(request, theirs)
        finally:
            for fd in close_after:
                os.close(fd)
        self.started += 1
        return Child(args, pid, report, *ends)

    def run(self, args: Sequence[Any], *, input: Any = None, capture_output: bool = False,
            timeout: float | None = None, check: bool = False, **kwargs: Any) -> subprocess.CompletedProcess:
        if input is not None:
            kwargs["stdin"] = subprocess.PIPE
        if capture_output:
            kwargs["stdout"] = kwargs["stderr"] = subprocess.PIPE
        with self.Popen(args, **kwargs) as process:
            try:
                out, err = process.communicate(input, timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                raise
        done = subprocess.CompletedProcess(process.args, process.returncode, out, err)
        if check:
            done.check_returncode()
        return done

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def _wrap(fd: int, writing: bool, textual: bool, encoding: str | None, errors: str | None) -> IO[Any]:
    raw = open(fd, "wb" if writing else "rb")  # noqa: SIM115  (closed by the Child)
    if not textual:
        return raw
    return io.TextIOWrapper(raw, encoding=io.text_encoding(encoding), errors=errors, write_through=writing)


class Child:
    """One forked child, as much of a ``subprocess.Popen`` as the tests use."""

    def __init__(self, args: list[str], pid: int, report: socket.socket, stdin: IO[Any] | None,
                 stdout: IO[Any] | None, stderr: IO[Any] | None) -> None:
        self.args, self.pid, self._report = args, pid, report
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                self.wait(timeout=0)
            except subprocess.TimeoutExpired:
                pass
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            try:
                line = _read_line(self._report, timeout)
            except (TimeoutError, BlockingIOError):
                raise subprocess.TimeoutExpired(self.args, timeout) from None
            if line is None:
                raise RuntimeError(f"the fork server ended before process {self.pid}")
            self.returncode = int(line)
            self._report.close()
        return self.returncode

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:  # (as subprocess: never a signal to a process already waited for)
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass  # it ended meanwhile

    def kill(self) -> None:
        import signal

        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        import signal

        self.send_signal(signal.SIGTERM)

    def communicate(self, input: Any = None, timeout: float | None = None) -> tuple[Any, Any]:
        """Input written, both outputs read to their end (each in a thread, as subprocess does on Windows)."""
        results: dict[str, Any] = {}

        def feed() -> None:
            assert self.stdin is not None
            try:
                if input:
                    self.stdin.write(input)
            except BrokenPipeError:
                pass
            finally:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        def drain(name: str, stream: IO[Any]) -> None:
            results[name] = stream.read()
            stream.close()

        threads = []
        if self.stdin is not None and not self.stdin.closed:
            threads.append(threading.Thread(target=feed, daemon=True))
        for name in ("stdout", "stderr"):
            stream = getattr(self, name)
            if stream is not None and not stream.closed:
                threads.append(threading.Thread(target=drain, args=(name, stream), daemon=True))
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                raise subprocess.TimeoutExpired(self.args, timeout)
        self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        return results.get("stdout"), results.get("stderr")

    def __enter__(self) -> Child:  # noqa: PYI034
        return self

    def __exit__(self, *_exc: object) -> None:
        for stream in (self.stdout, self.stderr, self.stdin):
            if stream is not None and not stream.closed:
                try:
                    stream.close()
                except BrokenPipeError:
                    pass
        self.wait()


forked = _Forks()
"""The test process's one fork server (started on first use, ended with the test process)."""


def _end() -> None:
    forked.close()


import atexit

atexit.register(_end)
