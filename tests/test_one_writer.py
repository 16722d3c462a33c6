"""One writer per profile (issue 9): real processes writing one profile at once, the app's lock against
commands, and clear refusals instead of raw database errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from careorganiser.services import medications as meds
from careorganiser.services import symptoms
from careorganiser.store import lock, profiles
from careorganiser.store.errors import ProfileInUse, ProfileReplaced

from fork_server import forked

WORKER = Path(__file__).with_name("writer_worker.py")


def child_env(data_dir: Path, wait: float) -> dict[str, str]:
    env = dict(os.environ)
    env["CAREORGANISER_DATA_DIR"] = str(data_dir)
    env[lock.ENV_WAIT] = str(wait)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_workers(data_dir: Path, tmp_path: Path, jobs: list[list[str]], wait: float = 120.0) -> list[dict]:
    """Start one process per job (writer_worker.py), let them open the profile, then start them writing together.

    Each is a real process with its own connection and lock, forked from the tests' fork server (which imported
    the app once) instead of a start of Python each."""
    go = tmp_path / "go"
    go.unlink(missing_ok=True)
    env = child_env(data_dir, wait)
    procs = [forked.Popen([sys.executable, str(WORKER), str(data_dir), "Shared", str(go), *job], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for job in jobs]
    go.write_text("go")
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert "Traceback" not in err, err
        lines = [json.loads(line) for line in out.splitlines() if line.strip()]
        assert lines, err
        results.extend(lines)
    assert len(results) >= len(jobs), results
    return results


def cli(data_dir: Path, *args: str, wait: float = 1.0, stdin: str | None = None) -> subprocess.CompletedProcess:
    """``careorganiser ARGS`` as a process of its own (forked from the tests' fork server)."""
    return forked.run([sys.executable, "-m", "careorganiser", *args], env=child_env(data_dir, wait),
                      capture_output=True, text=True, timeout=300, input=stdin)


def commands(data_dir: Path, tmp_path: Path, *argvs: list[str], wait: float = 1.0,
             together: bool = False) -> list[subprocess.CompletedProcess]:
    """``careorganiser ARGV`` for each ARGV, each a real process of its own (forked from the tests' fork
    server, so eight commands do not each spend a second starting Python). ``together``: all started before
    any ends (they race); else one after the other."""
    if not together:
        return [cli(data_dir, *argv, wait=wait) for argv in argvs]
    procs = [forked.Popen([sys.executable, "-m", "careorganiser", *argv], env=child_env(data_dir, wait),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for argv in argvs]
    outputs = [proc.communicate(timeout=600) for proc in procs]
    return [subprocess.CompletedProcess(argv, proc.returncode, *output)
            for argv, proc, output in zip(argvs, procs, outputs)]


def shared_profile_with_stock(stock: float, units: float = 1.0) -> tuple[profiles.Profile, int]:
    p = profiles.create_profile("Shared")
    med = meds.create_medication(p, meds.MedicationInput(name="Pirfenidone", dose="1 capsule", stock=stock,
                                                         units_per_dose=units, stock_unit="capsules"))
    return p, med


def stock_of(med_id: int) -> float:
    with profiles.opened("Shared") as p:
        return float(p.read().execute("SELECT stock FROM medications WHERE id = ?", (med_id,)).fetchone()[0])


def count(sql: str) -> int:
    with profiles.opened("Shared") as p:
        return int(p.read().execute(sql).fetchone()[0])


# --------------------------------------------------------------------------------- atomic writes


def test_fifty_processes_each_taking_a_dose_lower_the_stock_by_exactly_fifty_doses(
        data_dir: Path, tmp_path: Path) -> None:
    p, med = shared_profile_with_stock(198.0, units=1.0)
    p.close()
    results = run_workers(data_dir, tmp_path, [["dose", str(med), str(i)] for i in range(50)])
    assert [r for r in results if not r["ok"]] == []
    assert count("SELECT count(*) FROM dose_events") == 50
    assert stock_of(med) == 198.0 - 50  # was 177: 43 decrements lost to read-modify-write in Python
    assert count("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'") == 1


def test_parallel_writers_of_one_dose_slot_get_one_event_and_no_raw_error(data_dir: Path, tmp_path: Path) -> None:
    p, med = shared_profile_with_stock(100.0, units=3.0)
    p.close()
    results = run_workers(data_dir, tmp_path, [["slot", str(med)] for _ in range(20)])
    for r in results:
        assert r["ok"] or ("IntegrityError" not in r["error"] and "INSERT" not in r["error"]), r
    assert count("SELECT count(*) FROM dose_events") == 1
    assert stock_of(med) == 97.0  # taken once, however many said so


def test_a_writer_kept_waiting_by_sqlite_gets_a_plain_message(profile: profiles.Profile,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlcipher3.dbapi2 as sqlcipher  # the same SQLite library: in one process it sees the other's lock

    from careorganiser.store import rawdb

    monkeypatch.setattr(rawdb, "BUSY_TIMEOUT_MS", 100)
    blocker = sqlcipher.connect(str(profile.info.path), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ProfileInUse) as caught:
            symptoms.add_note(profile, datetime(2026, 1, 1, 9, tzinfo=UTC), [], "private words about Mum")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    text = str(caught.value)
    assert "in use" in text and "database is locked" not in text and "private words" not in text
    assert symptoms.add_note(profile, datetime(2026, 1, 1, 9, tzinfo=UTC), [], "later").text == "later"


# --------------------------------------------------------------------------------- one writer


def app_holds(name: str) -> profiles.Profile:
    p = profiles.open_profile(name)
    p.hold_writer(kind="app")
    return p


def test_restore_while_the_app_is_saving_is_refused_and_no_note_goes_to_the_trash(
        data_dir: Path, tmp_path: Path) -> None:
    first = profiles.create_profile("Shared")
    backup = profiles.backup_profile_file(first.info, dest=tmp_path / "old.careprofile")
    first.close()
    app = app_holds("Shared")
    try:
        result = cli(data_dir, "restore", str(backup), "--profile", "Shared")
        for n in range(24):
            symptoms.add_note(app, datetime(2026, 1, 1, 9, tzinfo=UTC), [], f"note {n}")
    finally:
        app.close()
    assert result.returncode == 1
    assert "in use by the Care Organiser window" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert count("SELECT count(*) FROM symptom_notes") == 24  # all 24 in the live profile
    assert list((data_dir / "trash").glob("*")) == []


def test_a_profile_replaced_after_it_was_opened_refuses_to_write_to_the_old_file(
        data_dir: Path, tmp_path: Path) -> None:
    first = profiles.create_profile("Shared")
    backup = profiles.backup_profile_file(first.info, dest=tmp_path / "old.careprofile")
    first.close()
    opened = profiles.open_profile("Shared")  # open, not written yet: holds no lock
    try:
        assert cli(data_dir, "restore", str(backup), "--profile", "Shared").returncode == 0
        with pytest.raises(ProfileReplaced, match="replaced"):
            symptoms.add_note(opened, datetime(2026, 1, 1, 9, tzinfo=UTC), [], "lost?")
    finally:
        opened.close()


def test_writing_commands_beside_the_app_fail_clearly_and_change_nothing(data_dir: Path, tmp_path: Path) -> None:
    from careorganiser.services import profiles as svc

    p = profiles.create_profile("Shared")
    document = tmp_path / "doc.json"
    svc.write_export(p, document)
    backup = profiles.backup_profile_file(p.info, dest=tmp_path / "copy.careprofile")
    p.close()
    trial = Path(__file__).parent / "fixtures"
    records = sorted((trial / "ctgov").glob("*.json"))
    before = profiles.find_profile("Shared").path.read_bytes()
    writing = [["import", str(document), "--profile", "Shared"], ["restore", str(backup), "--profile", "Shared"]]
    if records:
        writing.append(["trials", "import", str(records[0]), "--profile", "Shared"])
    reading = [["today", "--profile", "Shared"], ["export", "--profile", "Shared"],
               ["trials", "list", "--profile", "Shared"]]
    app = app_holds("Shared")
    try:
        ran = commands(data_dir, tmp_path, *writing, *reading)
    finally:
        app.close()
    refused, readers = ran[:len(writing)], ran[len(writing):]
    for result in refused:
        assert result.returncode == 1, result
        assert "in use by the Care Organiser window" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and "database is locked" not in result.stderr
    for result in readers:
        assert result.returncode == 0, result.stderr
    assert profiles.find_profile("Shared").path.read_bytes() == before


def test_a_writing_command_waits_for_a_short_writer_then_goes_ahead(data_dir: Path, tmp_path: Path) -> None:
    import threading

    p = profiles.create_profile("Shared")
    p.close()
    held = lock.acquire(profiles.profile_path("Shared"), "Shared", what="demo")
    threading.Timer(0.5, held.release).start()
    result = cli(data_dir, "demo", "--profile", "Other", wait=10)
    assert result.returncode == 0, result.stderr
    other = lock.acquire(profiles.profile_path("Shared"), "Shared", wait=5)  # released by the timer
    other.release()


def test_the_lock_names_its_holder_and_dies_with_its_process(data_dir: Path, tmp_path: Path) -> None:
    p = profiles.create_profile("Shared")
    p.close()
    path = profiles.profile_path("Shared")
    code = ("import sys, time; from careorganiser.store import lock; from pathlib import Path; "
            "h = lock.acquire(Path(sys.argv[1]), 'Shared', kind='app'); print('held', flush=True); time.sleep(60)")
    holder = forked.Popen([sys.executable, "-c", code, str(path)], env=child_env(data_dir, 1),
                          stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(ProfileInUse, match=rf"Care Organiser window \(process {holder.pid}\)"):
            lock.acquire(path, "Shared", wait=0.2)
    finally:
        holder.kill()  # a crash: the OS drops the lock, no dead end
        holder.wait()
    lock.acquire(path, "Shared", wait=5).release()


def test_eight_imports_into_one_new_name_give_one_profile_and_clear_refusals(data_dir: Path,
                                                                            tmp_path: Path) -> None:
    from careorganiser.services import profiles as svc

    documents = []
    for i in range(8):
        p = profiles.create_profile(f"Person {i}", person_name=f"Person {i}")
        meds.create_medication(p, meds.MedicationInput(name=f"Medicine {i}"))
        documents.append(tmp_path / f"person{i}.json")
        svc.write_export(p, documents[-1])
        p.close()
    ran = commands(data_dir, tmp_path, *[["import", str(doc), "--profile", "Shared"] for doc in documents], wait=60,
                   together=True)
    results = [(r.returncode, r.stdout, r.stderr) for r in ran]
    assert sorted(code for code, _, _ in results) == [0] + [1] * 7
    for code, _out, err in results:
        assert "not a Care Organiser profile" not in err
        assert "Traceback" not in err
        if code:
            assert len(err.strip().splitlines()) == 1
            assert "already" in err or "in use" in err, err
    winner = next(i for i, (code, _, _) in enumerate(results) if code == 0)
    with profiles.opened("Shared") as p:
        rows = p.read().execute("SELECT name FROM medications").fetchall()
        person = p.read().execute("SELECT name FROM person").fetchone()[0]
    assert rows == [(f"Medicine {winner}",)]  # never two people's medications under one name
    assert person == f"Person {winner}"


def test_a_creation_that_crashed_leaves_nothing_that_lasts(data_dir: Path) -> None:
    gone = forked.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    folder = profiles.profile_path("Shared").parent
    half = folder / f".Shared.careprofile.{gone.pid}.creating"
    half.write_bytes(b"half a profile")
    assert [i.name for i in profiles.list_profiles()] == []  # never listed
    profiles.create_profile("Shared").close()
    assert not half.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["Shared.careprofile"]


def test_lock_files_of_a_profile_that_never_got_its_name_are_cleaned_unless_held(data_dir: Path) -> None:
    """A creation or import killed before its file got its name leaves lock files and no profile."""
    from careorganiser import paths
    from careorganiser.store import backups, lock

    folder = paths.profiles_dir()
    left = folder / "Never made.careprofile"
    lock.lock_path(left).write_text("")
    lock.info_path(left).write_text("{}")
    busy = folder / "Being made.careprofile"
    with lock.holding(busy, "Being made"):
        backups.remove_strays()
        assert not lock.lock_path(left).exists() and not lock.info_path(left).exists()
        assert lock.lock_path(busy).exists()  # a live lock is never taken away


def test_a_lock_note_half_written_by_a_killed_process_is_removed_at_start(data_dir: Path) -> None:
    """Found by the kill -9 harness: a writer killed while writing the note of who holds the lock left
    "Mum.careprofile.lock-info.<pid>.tmp" beside the profile for good."""
    from careorganiser import paths
    from careorganiser.store import backups

    profiles.create_profile("Shared").close()
    folder = paths.profiles_dir()
    code = ("import os\n"
            "from careorganiser.store import lock, profiles\n"
            "lock.os.replace = lambda a, b: os._exit(9)  # killed between writing the note and naming it\n"
            "profiles.open_profile('Shared').hold_writer(kind='app')\n")
    killed = forked.run([sys.executable, "-c", code], env=child_env(data_dir, 1.0), capture_output=True,
                        text=True, timeout=120)
    assert killed.returncode == 9, killed.stderr
    backups.remove_strays()  # what every start does
    left = sorted(f.name for f in folder.iterdir() if not f.name.endswith((".lock", ".lock-info")))
    assert left == ["Shared.careprofile"]
