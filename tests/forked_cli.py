"""Commands as real processes without a start of Python each, for the one-writer tests.

    python tests/forked_cli.py [--together] JOBS_FILE

JOBS_FILE holds one JSON object a line: {"argv": [...], "stdin": "..." or null}. This process imports the
app's command line once, then forks one process per job. Each runs ``careorganiser ARGV`` as
``python -m careorganiser ARGV`` does from ``app.main`` on, with its own process id, connections and locks:
this process opens no profile and takes no lock. With --together every job is forked before any is waited
for (they race); otherwise each ends before the next starts. Prints one JSON line per job, in their order:
{"code": exit status, "out": standard output, "err": standard error}.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


def _child(app_main: Callable[[list[str]], int], job: dict, folder: Path, i: int) -> None:
    """In the forked process: the job's standard streams on files, then the command; never returns."""
    code = 1
    try:
        write = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        for fd, suffix, flags in ((0, "in", os.O_RDONLY), (1, "out", write), (2, "err", write)):
            opened = os.open(folder / f"{i}.{suffix}", flags, 0o600)
            os.dup2(opened, fd)
            os.close(opened)
        try:
            code = app_main(job["argv"])
        except SystemExit as exit_:  # as the interpreter ends a process that raised SystemExit
            if exit_.code is None or isinstance(exit_.code, int):
                code = exit_.code or 0
            else:
                print(exit_.code, file=sys.stderr)
        except BaseException:  # noqa: BLE001  (as the interpreter reports an uncaught exception)
            traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code if isinstance(code, int) else 1)  # never back into the loop that forks


def main(argv: list[str]) -> int:
    together = "--together" in argv
    [jobs_file] = [a for a in argv if a != "--together"]
    # The command line and what its commands load, imported once before the forks.
    from careorganiser import app, cli  # noqa: F401
    from careorganiser.services import profiles as svc  # noqa: F401
    from careorganiser.store import models, profiles  # noqa: F401

    jobs = [json.loads(line) for line in Path(jobs_file).read_text(encoding="utf-8").splitlines() if line.strip()]
    folder = Path(tempfile.mkdtemp(prefix="commands-"))
    codes: dict[int, int] = {}

    def wait(pid_of: dict[int, int]) -> None:
        for i, pid in pid_of.items():
            _, status = os.waitpid(pid, 0)
            codes[i] = os.waitstatus_to_exitcode(status)

    try:
        started: dict[int, int] = {}
        for i, job in enumerate(jobs):
            (folder / f"{i}.in").write_text(job.get("stdin") or "", encoding="utf-8")
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _child(app.main, job, folder, i)
            started[i] = pid
            if not together:
                wait(started)
                started = {}
        wait(started)
        for i in range(len(jobs)):
            print(json.dumps({"code": codes[i], "out": (folder / f"{i}.out").read_text(encoding="utf-8"),
                              "err": (folder / f"{i}.err").read_text(encoding="utf-8")}))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
