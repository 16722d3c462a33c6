"""Many processes writing one profile at once: nothing acknowledged is lost, every refusal is clear.

    python benchmarks/bench_stress.py [--processes N] [--writes M]

Phase 1 (no app open): N processes each make M writes to one profile (half take doses, which lower a
counted stock; half add notes), while other processes import into the same profile (refused: it holds
records) and import into one new profile name all at once (exactly one may win).
Phase 2 (the app open): a process holds the profile as the window does and keeps saving notes, while
commands try to restore it, import into it, import a trial into it and take doses: all refused.

Afterwards: ``PRAGMA integrity_check`` is ok, every acknowledged write is present exactly once, the stock
equals its start minus the doses taken, and every refusal is one clear line (no SQL, no traceback, no
"database is locked"). Prints the figures; exit status 1 when anything was lost or unclear.
The test suite runs a short version (tests/test_stress.py); this runs the long one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "tests" / "writer_worker.py"
FORKED_CLI = ROOT / "tests" / "forked_cli.py"
TRIAL = ROOT / "tests" / "fixtures" / "ctgov" / "classic-v1-fullstudies_NCT00023673_nsclc.json"
START_STOCK = 100_000.0
UNITS = 3.0
CLEAR_REFUSALS = ("in use", "already holds records", "already exists")
UNCLEAR = ("Traceback", "database is locked", "INSERT", "SELECT", "UPDATE ", "IntegrityError", "sqlalchemy",
           "not a Care Organiser profile")


def _env(data_dir: Path, wait: float) -> dict[str, str]:
    env = dict(os.environ)
    env["CAREORGANISER_DATA_DIR"] = str(data_dir)
    env["CAREORGANISER_LOCK_WAIT"] = str(wait)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _worker(data_dir: Path, go: Path, *job: str, wait: float) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WORKER), str(data_dir), "Shared", str(go), *job],
                            env=_env(data_dir, wait), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _forked_workers(data_dir: Path, go: Path, jobs: list[tuple[str, ...]], wait: float) -> subprocess.Popen[str]:
    """One process that imports the app once and forks a real process per job (writer_worker.py --fork): each
    child opens the profile itself, with its own connection and lock, as a separate program does. Prints every
    child's lines, in the order of the jobs."""
    jobs_file = data_dir.parent / f"jobs-{go.name}.jsonl"
    jobs_file.write_text("".join(json.dumps([str(data_dir), "Shared", str(go), *job]) + "\n" for job in jobs))
    return subprocess.Popen([sys.executable, str(WORKER), "--fork", str(jobs_file)], env=_env(data_dir, wait),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _command(data_dir: Path, *args: str, wait: float) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "careorganiser", *args], env=_env(data_dir, wait),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


class _Forked:
    """One command of a group run by forked_cli.py, answering ``communicate`` and ``returncode`` as a Popen."""

    def __init__(self, group: subprocess.Popen[str], index: int, results: list[dict[str, Any]]) -> None:
        self.group, self.index, self.results = group, index, results
        self.returncode: int | None = None

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        if not self.results:
            out, err = self.group.communicate(timeout=timeout)
            if self.group.returncode != 0 or "Traceback" in err:
                raise RuntimeError(f"forked_cli.py failed: {err}")
            self.results += [json.loads(line) for line in out.splitlines() if line.strip()]
        result = self.results[self.index]
        self.returncode = result["code"]
        return result["out"], result["err"]


def _commands(data_dir: Path, argvs: list[tuple[str, ...]], wait: float, fork: bool) -> list[Any]:
    """``careorganiser ARGV`` for each ARGV, all started at once, each a real process: with ``fork``, forked
    from one process that imported the app once (tests/forked_cli.py --together), else a start of Python each."""
    if not fork:
        return [_command(data_dir, *argv, wait=wait) for argv in argvs]
    jobs_file = data_dir.parent / f"commands-{len(list(data_dir.parent.glob('commands-*')))}.jsonl"
    jobs_file.write_text("".join(json.dumps({"argv": list(argv)}) + "\n" for argv in argvs), encoding="utf-8")
    group = subprocess.Popen([sys.executable, str(FORKED_CLI), "--together", str(jobs_file)],
                             env=_env(data_dir, wait), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    results: list[dict[str, Any]] = []
    return [_Forked(group, i, results) for i in range(len(argvs))]


def _prepare(data_dir: Path, documents: int) -> tuple[int, Path, list[Path]]:
    """The shared profile (one medication with a counted stock), a backup of it, and documents to import."""
    os.environ["CAREORGANISER_DATA_DIR"] = str(data_dir)
    sys.path.insert(0, str(ROOT / "src"))
    from careorganiser import paths
    from careorganiser.services import medications as meds
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    paths.set_data_dir(data_dir)
    shared = profiles.create_profile("Shared")
    med = meds.create_medication(shared, meds.MedicationInput(name="Pirfenidone", dose="3 capsules",
                                                              stock=START_STOCK, units_per_dose=UNITS))
    outside = data_dir.parent / "outside"
    outside.mkdir(exist_ok=True)
    backup = profiles.backup_profile_file(shared.info, dest=outside / "shared-backup.careprofile")
    shared.close()
    docs = []
    for i in range(documents):
        p = profiles.create_profile(f"Person {i}", person_name=f"Person {i}")
        meds.create_medication(p, meds.MedicationInput(name=f"Medicine of person {i}"))
        docs.append(outside / f"person-{i}.json")
        svc.write_export(p, docs[-1])
        p.close()
        profiles.delete_profile(f"Person {i}")
    return med, backup, docs


def _collect_worker(proc: subprocess.Popen[str], kind: str, figures: dict[str, Any]) -> list[dict[str, Any]]:
    out, err = proc.communicate(timeout=3600)
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    if "Traceback" in err:
        figures["unclear"].append(f"{kind}: {err.strip().splitlines()[-1]}")
    return lines


def _collect_command(proc: subprocess.Popen[str], what: str, figures: dict[str, Any]) -> bool:
    out, err = proc.communicate(timeout=3600)
    if proc.returncode == 0:
        return True
    line = err.strip()
    if len(line.splitlines()) != 1 or any(u in line for u in UNCLEAR) or not any(c in line for c in CLEAR_REFUSALS):
        figures["unclear"].append(f"{what}: {line}")
    figures["refusals"][_kind_of(line)] += 1
    return False


def _kind_of(message: str) -> str:
    for phrase in CLEAR_REFUSALS:
        if phrase in message:
            return phrase
    return message[:80]


def run(data_dir: Path, processes: int = 6, writes: int = 10, import_races: int = 4,
        app_attempts: int = 4, fork: bool = hasattr(os, "fork")) -> dict[str, Any]:
    """Run both phases against a fresh data dir; returns the figures (``lost`` must be 0).

    ``fork``: the writers of phase 1, and each phase's commands, are forked from one process that imported the
    app (real processes, without a start of Python each); otherwise each is started on its own."""
    data_dir.mkdir(parents=True, exist_ok=True)
    med, backup, docs = _prepare(data_dir, import_races)
    figures: dict[str, Any] = {"processes": processes, "writes_each": writes, "acknowledged": 0,
                               "refused": 0, "refusals": Counter(), "unclear": [], "lost": 0, "duplicated": 0}
    acked_doses: list[str] = []
    acked_notes: list[str] = []
    started = time.perf_counter()

    # -- phase 1: writers, and imports racing them
    go = data_dir.parent / "go-1"
    jobs = [("dose", str(med), str(i)) if i % 2 == 0 else ("note", f"w{i}") for i in range(processes)]
    if fork:
        workers = [("", _forked_workers(data_dir, go, [(*job, "--repeat", str(writes)) for job in jobs], wait=120))]
    else:
        workers = [(job[0], _worker(data_dir, go, *job, "--repeat", str(writes), wait=120)) for job in jobs]
    imports = [(f"import {d.name} into Shared", ("import", str(d), "--profile", "Shared")) for d in docs[:2]]
    imports += [(f"import {d.name} into Fresh", ("import", str(d), "--profile", "Fresh")) for d in docs]
    commands = list(zip([what for what, _ in imports],
                        _commands(data_dir, [argv for _, argv in imports], wait=120, fork=fork)))
    go.write_text("go")
    for forked_or_kind, proc in workers:
        for line in _collect_worker(proc, forked_or_kind or "writers", figures):
            kind = forked_or_kind or line["kind"]
            if line["ok"]:
                (acked_doses if kind == "dose" else acked_notes).append(line["key"])
            else:
                figures["refused"] += 1
                figures["refusals"][_kind_of(line["error"])] += 1
                if not any(c in line["error"] for c in CLEAR_REFUSALS):
                    figures["unclear"].append(f"{kind}: {line['error']}")
    fresh_wins = 0
    for what, proc in commands:
        ok = _collect_command(proc, what, figures)
        if "Fresh" in what:
            fresh_wins += ok
        elif ok:
            figures["unclear"].append(f"{what}: succeeded into a profile that holds records")
        figures["acknowledged" if ok else "refused"] += 1

    # -- phase 2: the app holds the profile; commands are refused
    go2 = data_dir.parent / "go-2"
    stop = data_dir.parent / "stop-2"
    app = _worker(data_dir, go2, "app", "app", str(stop), "--repeat", str(writes), wait=120)
    go2.write_text("go")
    assert app.stdout is not None
    first = json.loads(app.stdout.readline())
    assert first["kind"] == "holding", first
    tries: list[tuple[str, tuple[str, ...]]] = []
    for n in range(app_attempts):
        tries.append((f"restore #{n}", ("restore", str(backup), "--profile", "Shared")))
        tries.append((f"import #{n}", ("import", str(docs[0]), "--profile", "Shared")))
        tries.append((f"trials import #{n}", ("trials", "import", str(TRIAL), "--profile", "Shared")))
    attempts = list(zip([what for what, _ in tries],
                        _commands(data_dir, [argv for _, argv in tries], wait=0.5, fork=fork)))
    dose_tries = [_worker(data_dir, go2, "dose", str(med), str(10_000 + n), wait=0.5) for n in range(app_attempts)]
    for what, proc in attempts:
        ok = _collect_command(proc, what, figures)
        if ok:
            figures["unclear"].append(f"{what}: succeeded while the app held the profile")
        figures["acknowledged" if ok else "refused"] += 1
    for proc in dose_tries:
        for line in _collect_worker(proc, "dose beside the app", figures):
            if line["ok"]:
                figures["unclear"].append("a dose was written beside the app")
                acked_doses.append(line["key"])
            else:
                figures["refused"] += 1
                figures["refusals"][_kind_of(line["error"])] += 1
                if "in use" not in line["error"]:
                    figures["unclear"].append(f"dose beside the app: {line['error']}")
    stop.write_text("stop")
    rest, err = app.communicate(timeout=600)
    for line in (json.loads(x) for x in rest.splitlines() if x.strip()):
        if line["ok"]:
            acked_notes.append(line["key"])
        else:
            figures["unclear"].append(f"the app's own save failed: {line['error']}")
    if "Traceback" in err:
        figures["unclear"].append(f"app: {err.strip().splitlines()[-1]}")
    figures["seconds"] = round(time.perf_counter() - started, 1)

    # -- what is stored
    import sqlcipher3.dbapi2 as sqlcipher

    shared = sqlcipher.connect(str(data_dir / "profiles" / "Shared.careprofile"))
    figures["integrity_check"] = shared.execute("PRAGMA integrity_check").fetchone()[0]
    stored_notes = Counter(t for (t,) in shared.execute("SELECT text FROM symptom_notes"))
    from datetime import datetime

    base = datetime(2026, 1, 1, 8)
    stored_doses = Counter(
        f"{med}:{round((datetime.fromisoformat(text) - base).total_seconds() / 60)}"
        for (text,) in shared.execute("SELECT scheduled_for FROM dose_events WHERE medication_id = ?", (med,)))
    stock = shared.execute("SELECT stock FROM medications WHERE id = ?", (med,)).fetchone()[0]
    trials = shared.execute("SELECT count(*) FROM trials").fetchone()[0]
    shared.close()
    figures["acknowledged"] += len(acked_doses) + len(acked_notes)
    figures["doses_taken"] = len(acked_doses)
    figures["notes_saved"] = len(acked_notes)
    figures["lost"] = (sum(1 for k in acked_doses if stored_doses[k] == 0)
                       + sum(1 for k in acked_notes if stored_notes[k] == 0))
    figures["duplicated"] = (sum(1 for k in acked_doses if stored_doses[k] > 1)
                             + sum(1 for k in acked_notes if stored_notes[k] > 1))
    figures["unacknowledged_but_stored"] = (sum(stored_doses.values()) - len(acked_doses)
                                            + sum(stored_notes.values()) - len(acked_notes))
    figures["stock_expected"] = START_STOCK - UNITS * len(acked_doses)
    figures["stock"] = stock
    figures["trials_written_beside_the_app"] = trials
    figures["fresh_imports_won"] = fresh_wins
    fresh = data_dir / "profiles" / "Fresh.careprofile"
    if fresh.exists():
        conn = sqlcipher.connect(str(fresh))
        figures["fresh_integrity_check"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
        figures["fresh_medications"] = conn.execute("SELECT count(*) FROM medications").fetchone()[0]
        conn.close()
    figures["refusals"] = dict(figures["refusals"])
    return figures


def problems(figures: dict[str, Any]) -> list[str]:
    found = []
    if figures["integrity_check"] != "ok":
        found.append(f"integrity_check: {figures['integrity_check']}")
    for key in ("lost", "duplicated", "unacknowledged_but_stored", "trials_written_beside_the_app"):
        if figures[key]:
            found.append(f"{key}: {figures[key]}")
    if figures["stock"] != figures["stock_expected"]:
        found.append(f"stock {figures['stock']} != {figures['stock_expected']}")
    if figures["fresh_imports_won"] != 1 or figures.get("fresh_medications") != 1:
        found.append(f"imports into one new name: {figures['fresh_imports_won']} won, "
                     f"{figures.get('fresh_medications')} medications")
    found += [f"unclear: {u}" for u in figures["unclear"]]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=16)
    parser.add_argument("--writes", type=int, default=50)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="careorganiser-stress-"))
    figures = run(base / "data", args.processes, args.writes, import_races=8, app_attempts=6)
    print(json.dumps(figures, indent=2, default=str))
    found = problems(figures)
    for problem in found:
        print("PROBLEM:", problem)
    print(f"acknowledged {figures['acknowledged']}, refused {figures['refused']}, lost {figures['lost']}, "
          f"in {figures['seconds']} s")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
