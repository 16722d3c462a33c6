"""Crash harness: kill -9 real processes at random moments while they write, then count what was lost.

    python benchmarks/bench_crash.py [KILLS] [SEED]     (default 100 kills, spread over the four kinds of work)

Kinds of work, each a child process that reports on stdout every unit it finished (after the commit or the
rename returned): dose writes (one transaction per dose, as the Taken button does), backups, restores and
imports. The parent kills the child with SIGKILL after a random delay, runs the start-up clean-up
(``backups.remove_strays``), and counts:

- committed rows lost: doses the child reported committed that are not in the profile (must be 0);
- files failing ``integrity_check``: every profile, backup and trash file (must be 0);
- stray files: temp files, half-made profiles and WAL leftovers beside copies (must be 0);
- profiles missing from the list: a profile that existed or whose import finished and is not listed (must be 0).

tests/test_crash.py runs the same at small scale.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

KINDS = ("doses", "backup", "restore", "import")
PROFILE = "Mum"
DOC = {
    "format": "careorganiser", "version": 1,
    "person": {"name": "Margaret Hale"},
    "contacts": [{"id": "c1", "name": "Dr Anil Mehta"}],
    "medications": [{"id": "m1", "name": "Pirfenidone", "prescriber": "c1",
                     "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]}],
    "dose_events": [{"medication": "m1", "scheduled_for": (datetime(2025, 1, 1, 8, tzinfo=UTC)
                                                          + timedelta(hours=8 * i)).isoformat(), "status": "taken"}
                    for i in range(600)],
    "questions": [{"id": f"q{i}", "text": f"Question {i} about breathlessness"} for i in range(50)],
}


# ------------------------------------------------------------------------------------ the children


def worker(kind: str, data_dir: str) -> None:
    """Do one kind of work in a loop, printing a line for every unit that finished."""
    os.environ["CAREORGANISER_DATA_DIR"] = data_dir
    from careorganiser.services import backup, doses
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    n = 0
    if kind == "doses":
        with profiles.opened(PROFILE) as p:
            med = p.read().execute("SELECT id FROM medications ORDER BY id LIMIT 1").fetchone()[0]
            start = datetime(2027, 1, 1, 8, tzinfo=UTC) + timedelta(minutes=random.randrange(10**6))
            doses.record_dose(p, med, start - timedelta(days=1), "taken", taken_at=start - timedelta(days=1))
            print("ready", flush=True)  # the ORM is loaded: what follows is only writing
            while True:
                when = start + timedelta(minutes=n)
                event = doses.record_dose(p, med, when, "taken", taken_at=when)
                print(f"dose {event} {when.isoformat()}", flush=True)
                n += 1
    if kind == "backup":
        with profiles.opened(PROFILE) as p:
            print("ready", flush=True)
            while True:
                print(f"backup {backup.backup_profile(p, kind='auto')}", flush=True)
    if kind == "restore":
        source = Path(data_dir).parent / "source.careprofile"
        print("ready", flush=True)
        while True:
            backup.restore_profile(source, PROFILE)
            print("restored", flush=True)
    if kind == "import":
        source = Path(data_dir).parent / "doc.json"
        print("ready", flush=True)
        while True:
            name = f"Imported {os.getpid()} {n}"
            svc.import_file(source, name)
            print(f"imported {name}", flush=True)
            n += 1


# ------------------------------------------------------------------------------------ the parent


@dataclass
class Tally:
    runs: Counter[str] = field(default_factory=Counter)
    units: Counter[str] = field(default_factory=Counter)
    rows_lost: int = 0
    failing_check: list[str] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def ok(self) -> bool:
        return not (self.rows_lost or self.failing_check or self.strays or self.missing)

    def report(self) -> str:
        return (f"kills: {sum(self.runs.values())} ({', '.join(f'{k} {v}' for k, v in sorted(self.runs.items()))}); "
                f"units finished before the kills: {dict(self.units)}\n"
                f"committed rows lost: {self.rows_lost}\n"
                f"files failing integrity_check: {len(self.failing_check)} {self.failing_check[:5]}\n"
                f"stray files: {len(self.strays)} {self.strays[:5]}\n"
                f"profiles missing from the list: {len(self.missing)} {self.missing[:5]}")


def prepare(root: Path) -> Path:
    """A data dir with the profile "Mum" (a month of doses), a backup file to restore and a document to import."""
    data = root / "data"
    os.environ["CAREORGANISER_DATA_DIR"] = str(data)
    from careorganiser import paths
    from careorganiser.services import backup
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    paths.set_data_dir(None)
    (root / "doc.json").write_text(json.dumps(DOC), encoding="utf-8")
    p = profiles.create_profile(PROFILE)
    try:
        svc.import_into(p, DOC)
        backup.backup_profile(p, root / "source.careprofile")
    finally:
        p.close()
    return data


def _spawn(kind: str, data: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
               CAREORGANISER_DATA_DIR=str(data))
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import bench_crash; " \
           f"bench_crash.worker({kind!r}, {str(data)!r})"
    return subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def kill_once(kind: str, data: Path, rng: random.Random, tally: Tally, max_delay: float) -> None:
    child = _spawn(kind, data)
    assert child.stdout is not None
    first = child.stdout.readline()
    if first.strip() != "ready":
        child.kill()
        raise RuntimeError(f"the {kind} worker did not start: {first!r} {child.stderr.read() if child.stderr else ''}")
    time.sleep(rng.uniform(0.0, max_delay))
    os.kill(child.pid, signal.SIGKILL)
    out, _err = child.communicate()
    tally.runs[kind] += 1
    lines = out.splitlines()
    tally.units[kind] += len(lines)
    verify_after(kind, lines, data, tally)


def verify_after(kind: str, lines: list[str], data: Path, tally: Tally) -> None:
    from careorganiser.store import backups, health, profiles

    backups.remove_strays()  # what every start does
    listed = {i.name for i in profiles.list_profiles()}
    expected = {PROFILE} | {line.split(" ", 1)[1] for line in lines if line.startswith("imported ")}
    tally.missing += sorted(expected - listed)
    if kind == "doses":
        committed = {int(line.split()[1]) for line in lines if line.startswith("dose ")}
        if committed:
            conn = health.connect_for_check(profiles.find_profile(PROFILE).path, None, False)
            try:
                found = {r[0] for r in conn.execute(
                    f"SELECT id FROM dose_events WHERE id IN ({','.join(map(str, committed))})")}
            finally:
                conn.close()
            tally.rows_lost += len(committed - found)
    for folder, pattern in (("profiles", "*.careprofile"), ("backups", "*.careprofile"), ("trash", "*.careprofile")):
        for path in sorted((data / folder).glob(pattern)):
            result = health.check_file(path, None, False, full=True)
            if not result.ok or result.revision is None:
                tally.failing_check.append(str(path.relative_to(data)))
    for path in data.rglob("*"):
        name = path.name
        if path.is_dir():
            continue
        # The writer lock file of a profile outlives a kill -9 by design: the OS lock on it is what counts, and
        # the next writer takes the same file. One of a temp file is a stray (remove_strays takes it).
        lock_of = name.removesuffix("-info").removesuffix(".lock")
        known = (name.endswith(".careprofile") or name in ("profile-kinds.json", "backup-checks.json", "settings.ini")
                 or (path.parent.name == "profiles" and name.endswith((".careprofile-wal", ".careprofile-shm")))
                 or (path.parent.name == "profiles" and name.endswith((".lock", ".lock-info"))
                     and lock_of.endswith(".careprofile") and (path.parent / lock_of).exists()))
        if not known:
            tally.strays.append(str(path.relative_to(data)))
    # an imported profile that is listed holds the whole document (never half an import)
    for name in listed - {PROFILE}:
        conn = health.connect_for_check(profiles.find_profile(name).path, None, False)
        try:
            if conn.execute("SELECT count(*) FROM dose_events").fetchone()[0] != len(DOC["dose_events"]):
                tally.failing_check.append(f"half an import: {name}")
        finally:
            conn.close()
    # reruns start from a known state: stray-free, and the checks of each copy stay cheap
    tally.strays = sorted(set(tally.strays))


def run(kills: int, seed: int, root: Path, max_delay: float = 1.5) -> Tally:
    rng = random.Random(seed)
    data = prepare(root)
    tally = Tally()
    for i in range(kills):
        kill_once(KINDS[i % len(KINDS)], data, rng, tally, max_delay)
    return tally


def main() -> int:
    import tempfile

    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        tally = run(kills, seed, Path(tmp))
        print(tally.report())
        print(f"({time.perf_counter() - started:.0f} s)")
    return 0 if tally.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
