"""A separate process that writes to a profile, for the one-writer tests and the stress benchmark.

    python tests/writer_worker.py DATA_DIR PROFILE GO_FILE KIND [ARGS...] [--repeat N]
    python tests/writer_worker.py --fork JOBS_FILE


It opens the profile, waits until GO_FILE exists (so that many workers start writing together), does the
write(s) and prints one JSON line per write: {"ok": true, "kind": ..., "key": ...} or
{"ok": false, "kind": ..., "key": ..., "error": "<the plain message>", "type": "<exception type>"}.
Kinds: ``dose MED_ID SLOT`` (a taken dose at 08:00 UTC plus SLOT minutes on 2026-01-01), ``note TAG``
(a symptom note whose text is its key), ``slot MED_ID`` (every worker the same slot), ``app TAG STOP_FILE``
(the window: holds the profile as the app and writes notes until STOP_FILE exists, at least --repeat).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def main(argv: list[str]) -> int:
    data_dir, name, go_file, kind, *rest = argv
    repeat = 1
    if "--repeat" in rest:
        i = rest.index("--repeat")
        repeat = int(rest[i + 1])
        rest = rest[:i] + rest[i + 2:]
    from careorganiser import paths

    paths.set_data_dir(data_dir)
    from careorganiser.services import doses, symptoms
    from careorganiser.store import profiles
    from careorganiser.store.errors import explain

    profile = profiles.open_profile(name)
    profile.session_factory  # noqa: B018  (engine and ORM ready before the start)
    if kind == "app":
        return run_app(profile, rest[0], Path(rest[1]), repeat, explain)
    deadline = time.monotonic() + 120
    while not Path(go_file).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    failures = 0
    for n in range(repeat):
        key = ""
        try:
            if kind == "dose":
                med, slot = int(rest[0]), int(rest[1]) * repeat + n
                key = f"{med}:{slot}"
                at = datetime(2026, 1, 1, 8, tzinfo=UTC) + timedelta(minutes=slot)
                doses.record_dose(profile, med, at, "taken", taken_at=at)
            elif kind == "slot":
                key = rest[0]
                at = datetime(2026, 1, 1, 8, tzinfo=UTC)
                doses.record_dose(profile, int(rest[0]), at, "taken", taken_at=at)
            elif kind == "note":
                key = f"note {rest[0]}-{n}"
                symptoms.add_note(profile, datetime(2026, 1, 1, 9, tzinfo=UTC), [("cough", 2)], key)
            else:
                raise SystemExit(f"unknown kind {kind}")
            print(json.dumps({"ok": True, "kind": kind, "key": key}), flush=True)
        except Exception as exc:  # every refusal is reported for the test to judge
            failures += 1
            print(json.dumps({"ok": False, "kind": kind, "key": key, "error": explain(exc),
                              "type": type(exc).__name__}), flush=True)
        finally:
            if n == repeat - 1:
                profile.close()
    return 1 if failures else 0


def run_app(profile, tag: str, stop: Path, at_least: int, explain) -> int:  # noqa: ANN001
    """The app: hold the profile (as the window does), say so, then save notes until told to stop."""
    from careorganiser.services import symptoms

    profile.hold_writer(kind="app")
    print(json.dumps({"ok": True, "kind": "holding", "key": ""}), flush=True)
    n = 0
    try:
        while n < at_least or not stop.exists():
            key = f"note {tag}-{n}"
            try:
                symptoms.add_note(profile, datetime(2026, 1, 1, 9, tzinfo=UTC), [("cough", 1)], key)
                print(json.dumps({"ok": True, "kind": "note", "key": key}), flush=True)
            except Exception as exc:
                print(json.dumps({"ok": False, "kind": "note", "key": key, "error": explain(exc),
                                  "type": type(exc).__name__}), flush=True)
            n += 1
            time.sleep(0.02)
    finally:
        profile.close()
    return 0


def fork_each(jobs_file: str) -> int:
    """One real process per line of JOBS_FILE (a JSON list: the arguments above), forked from this one once
    the app's modules are imported, so fifty writers do not each spend a second starting Python. Each child
    opens the profile itself, with its own connection and lock, exactly as a separate program does. Their
    output lines are printed in the order of the jobs."""
    import os
    import tempfile

    from careorganiser.services import doses, symptoms  # noqa: F401  (imported once, before the forks)
    from careorganiser.store import errors, models, profiles  # noqa: F401

    jobs = [json.loads(line) for line in Path(jobs_file).read_text().splitlines() if line.strip()]
    outputs = Path(tempfile.mkdtemp(prefix="writers-"))
    children = []
    for i, job in enumerate(jobs):
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                fd = os.open(outputs / f"{i}.out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(fd, 1)
                code = main(job)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        children.append(pid)
    failed = 0
    for pid in children:
        _, status = os.waitpid(pid, 0)
        failed += os.waitstatus_to_exitcode(status) != 0
    for i in range(len(jobs)):
        sys.stdout.write((outputs / f"{i}.out").read_text())
        (outputs / f"{i}.out").unlink()
    outputs.rmdir()
    return 1 if failed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--fork"]:
        sys.exit(fork_each(sys.argv[2]))
    sys.exit(main(sys.argv[1:]))
