"""The command line run in the test's own process, answering like a real process would.

Starting Python and importing the app costs about a second a call; most command-line tests run in-process
through :func:`run_cli`, and a few keep a real process (``python -m careorganiser``) to prove that path:
:func:`run_process` starts Python itself (``fresh``) or forks the process from the tests' fork server
(tests/fork_server.py), which imported the app once.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import careorganiser

SRC = Path(careorganiser.__file__).resolve().parent.parent


def run_cli(*args: str | Path, stdin: str | None = None, env: Mapping[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``careorganiser ARGS`` in this process: exit status, standard output and error as text.

    ``env`` replaces the environment for the call (as ``subprocess.run(env=...)`` does), ``cwd`` the working
    folder; both, the standard streams and the data dir are put back afterwards.
    """
    from careorganiser import cli, paths

    argv = [str(a) for a in args]
    saved_env = dict(os.environ)
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    saved_cwd = os.getcwd()
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    try:
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        time.tzset()
        paths.set_data_dir(None)
        if cwd is not None:
            os.chdir(cwd)
        sys.stdin = io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8")
        sys.stdout, sys.stderr = stdout, stderr
        try:
            code = cli.main(argv)
        except SystemExit as exit_:  # argparse's usage errors and --help / --version
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
            if not isinstance(exit_.code, (int, type(None))):
                print(exit_.code, file=sys.stderr)
        stdout.flush()
        stderr.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        time.tzset()
        paths.set_data_dir(None)
    return subprocess.CompletedProcess(argv, code, out.getvalue().decode("utf-8"),
                                       err.getvalue().decode("utf-8"))


def run_process(*args: str | Path, stdin: str | None = None, env: Mapping[str, str] | None = None,
                cwd: Path | None = None, errors: str = "strict",
                fresh: bool = True) -> subprocess.CompletedProcess[str]:
    """``python -m careorganiser ARGS`` as a real process (for the few tests that prove that path): a start of
    Python (``fresh``, as the installed program starts), or else forked from the tests' fork server."""
    environment = dict(os.environ if env is None else env)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), environment.get("PYTHONPATH")]))
    if fresh:
        run = subprocess.run
    else:
        from fork_server import forked

        run = forked.run
    return run([sys.executable, "-m", "careorganiser", *map(str, args)], env=environment, cwd=cwd,
               input=stdin if stdin is not None else "", capture_output=True, text=True,
               encoding="utf-8", errors=errors, timeout=120, check=False)
