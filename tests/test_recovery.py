"""Damage named as damage, verified and rotated backups, restore without a gap, read-only media (issue 10).

Each "What was seen" of the issue is a test here that failed before the change.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

import careorganiser
from careorganiser import cli
from careorganiser import paths as paths_mod
from careorganiser.services import backup
from careorganiser.services import profiles as svc
from careorganiser.store import backups, profiles, rawdb
from fork_server import forked
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

# Every test here derives keys with quick_kdf.py's setting; ``rows_of`` reads a protected file with sqlcipher
# itself, at the setting the file was made with (the product's own, 256,000 rounds, is sqlcipher's default:
# test_shared_privacy.py proves the settings).
REAL_KEY_DERIVATION: set[str] = set()

SRC = Path(careorganiser.__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "profile-0001.careprofile"
SMALL = {
    "format": "careorganiser", "version": 1,
    "person": {"name": "Margaret Hale"},
    "contacts": [{"id": "c1", "name": "Dr Anil Mehta", "role": "pulmonologist"}],
    "medications": [{"id": "m1", "name": "Pirfenidone", "prescriber": "c1",
                     "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]}],
    "dose_events": [{"medication": "m1", "scheduled_for": f"2026-11-{d:02d}T08:00:00+00:00", "status": "taken"}
                    for d in range(1, 29)],
    "questions": [{"id": "q1", "text": "Is the cough worse at night?", "medication": "m1"}],
}


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def make_profile(name: str = "Mum", passphrase: str | None = None) -> Path:
    """A profile built from an empty one through the services, with a month of doses."""
    p = profiles.create_profile(name, passphrase)
    try:
        svc.import_into(p, SMALL)
    finally:
        p.close()
    return p.info.path


def rows_of(path: Path, table: str, key: str | None = None) -> int:
    conn = sqlcipher.connect(str(path))
    try:
        if key:
            conn.execute(f"PRAGMA key = '{key}'")
            conn.execute(f"PRAGMA kdf_iter = {rawdb.KDF_ITERATIONS}")  # this test's setting (quick_kdf.py)
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def page_of(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


def damage_page(path: Path, page: int) -> None:
    """Scribble over one B-tree page's header (what a bad sector does)."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    start = (page - 1) * size
    data[start:start + 64] = bytes((7 * i + 13) % 256 for i in range(64))
    path.write_bytes(bytes(data))


DAMAGE = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2 + 100]),
    "flipped-bytes": lambda p: damage_page(p, page_of(p, "dose_events")),
    "zeroed-header": lambda p: p.write_bytes(bytes(100) + p.read_bytes()[100:]),
    "random-bytes": lambda p: p.write_bytes(os.urandom(p.stat().st_size)),
    "zero-bytes": lambda p: p.write_bytes(b""),
}


# ------------------------------------------------------------------------------------------ 1, 2, 3: damage


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_is_called_damage_and_names_the_newest_good_backup(data_dir: Path, kind: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = make_profile()
    with profiles.opened("Mum") as p:
        good = backup.backup_profile(p)
    DAMAGE[kind](path)
    before = path.read_bytes()
    with pytest.raises(profiles.ProfileDamaged) as info:
        profiles.open_profile("Mum")
    message = str(info.value)
    assert "damaged" in message and "Mum" in message and str(good) in message
    assert "passphrase" not in message and "not a Care Organiser profile" not in message
    assert info.value.backup == good
    # reproduction 2: not listed as protected, never "wrong passphrase" even when one is typed
    assert [(i.name, i.encrypted) for i in profiles.list_profiles()] == [("Mum", False)]
    code, out, _ = run_cli(capsys, "profile", "list")
    assert out.strip() == "Mum"
    with pytest.raises(profiles.ProfileDamaged):
        profiles.open_profile("Mum", "a passphrase someone typed")
    # reproduction 1 and 3: backup refuses to copy damage and says so; check names it
    code, out, err = run_cli(capsys, "backup", "--profile", "Mum")
    assert code == 1 and "damaged" in err and str(good) in err and "rescue" in err
    code, out, err = run_cli(capsys, "check", "--profile", "Mum")
    assert code == 1 and "damaged" in out and str(good) in out
    assert path.read_bytes() == before  # nothing was ever written to the damaged file
    assert [b.path for b in backups.list_backups("Mum")] == [good]


def test_damage_of_a_protected_profile_is_not_a_wrong_passphrase(data_dir: Path) -> None:
    path = make_profile("Locked", "secret words")
    with profiles.opened("Locked", "secret words") as p:
        good = backup.backup_profile(p)
    assert profiles.find_profile("Locked").encrypted
    path.write_bytes(bytes(100) + path.read_bytes()[100:])  # zeroed header
    assert not profiles.find_profile("Locked").encrypted
    with pytest.raises(profiles.ProfileDamaged) as info:
        profiles.open_profile("Locked", "secret words")
    assert str(good) in str(info.value) and "passphrase" not in str(info.value)
    # the backup of a protected profile is encrypted like the original
    assert good.read_bytes()[:16] != b"SQLite format 3\x00"
    assert rows_of(good, "dose_events", "secret words") == 28


def test_wrong_passphrase_is_still_a_wrong_passphrase(data_dir: Path) -> None:
    make_profile("Locked", "secret words")
    with pytest.raises(profiles.WrongPassphrase) as info:
        profiles.open_profile("Locked", "not it")
    assert "passphrase does not open" in str(info.value) and "damaged" not in str(info.value)


def test_one_bad_btree_page_is_found_on_open(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Reproduction 3: today, pack and dose recording used to work silently on a damaged page."""
    path = make_profile()
    damage_page(path, page_of(path, "dose_events"))
    for args in (("today", "--profile", "Mum"), ("export", "--profile", "Mum"),
                 ("pack", "--profile", "Mum", "--next", "-o", str(data_dir.parent / "p.pdf"))):
        code, out, err = run_cli(capsys, *args)
        assert code == 1 and "damaged" in err and "There is no backup of it" in err, args
        assert "malformed" not in err and "sqlite" not in err.lower()


def test_text_in_place_of_a_profile_is_not_a_profile(data_dir: Path) -> None:
    path = make_profile()
    with profiles.opened("Mum") as p:
        good = backup.backup_profile(p)
    path.write_text("Shopping list\nmilk\n" * 40)
    with pytest.raises(profiles.NotAProfile) as info:
        profiles.open_profile("Mum")
    assert "holds something else" in str(info.value) and str(good) in str(info.value)


def test_newer_version_is_its_own_error(data_dir: Path) -> None:
    path = make_profile()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(profiles.NewerSchemaError):
        profiles.open_profile("Mum")


def test_check_command_says_ok(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_profile()
    assert run_cli(capsys, "check", "--profile", "Mum")[:2] == (0, "ok\n")


# ------------------------------------------------------------------------------------------ 4: read-only


def test_read_only_folder_opens_read_only(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Reproduction 4: a healthy profile on read-only media was "not a Care Organiser profile"."""
    path = make_profile()
    folder = path.parent
    os.chmod(path, 0o400)
    os.chmod(folder, 0o500)
    try:
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
        with profiles.opened("Mum") as p:
            assert p.read_only and "read-only" in p.notice
            from careorganiser.services import medications
            assert [m.name for m in medications.list_medications(p)] == ["Pirfenidone"]
            with pytest.raises(profiles.ProfileReadOnly):
                with p.session_factory.begin() as s:
                    from careorganiser.store import models as m
                    s.add(m.Question(text="will not be saved"))
        code, out, err = run_cli(capsys, "export", "--profile", "Mum")
        assert code == 0 and json.loads(out)["medications"][0]["name"] == "Pirfenidone"
        assert "read-only" in err
        code, out, err = run_cli(capsys, "today", "--profile", "Mum", "--at", "2026-11-20T12:00:00+00:00")
        assert code == 0
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # nothing written, no -wal
    finally:
        os.chmod(folder, 0o700)
        os.chmod(path, 0o600)


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("mount") is None, reason="needs a real read-only mount")
def test_read_only_mount(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(stick)], check=False).returncode:
        pytest.skip("mount is not allowed here")
    try:
        paths_mod = careorganiser.paths
        paths_mod.set_data_dir(stick)
        make_profile()
        paths_mod.set_data_dir(None)
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        code, out, err = run_cli(capsys, "--data-dir", str(stick), "export", "--profile", "Mum")
        assert code == 0 and json.loads(out)["person"]["name"] == "Margaret Hale"
    finally:
        careorganiser.paths.set_data_dir(None)
        subprocess.run(["umount", str(stick)], check=False)


# ------------------------------------------------------------------------------------------ 5: failed upgrade


def install_orphan_fixture(data_dir: Path) -> Path:
    target = data_dir / "profiles" / "Old.careprofile"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE, target)
    os.chmod(target, 0o600)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO dose_events (medication_id, scheduled_for, status, amount, note, recorded_at) "
                 "VALUES (9999, '2026-01-01 08:00:00', 'taken', '', '', '2026-01-01 08:00:00')")
    conn.commit()
    conn.close()
    return target


def test_failed_upgrade_keeps_one_copy_and_reads_read_only(data_dir: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Reproduction 5: every open failed, even today, and each attempt wrote another full backup."""
    path = install_orphan_fixture(data_dir)
    before = rows_of(path, "dose_events")
    for _ in range(5):
        with pytest.raises(profiles.UpgradeFailed) as info:
            profiles.open_profile("Old")
        assert "Old" in str(info.value) and "read-only" in str(info.value)
    copies = list((data_dir / "backups").iterdir())
    assert len(copies) == 1 and copies[0].name.startswith("Old.before-upgrade-0001_initial.")
    assert info.value.backup == copies[0]
    assert rows_of(path, "dose_events") == before and rows_of(copies[0], "dose_events") == before
    with profiles.open_profile("Old", allow_read_only=True) as p:
        assert p.read_only
    code, out, err = run_cli(capsys, "today", "--profile", "Old", "--json")
    assert code == 0 and "could not be brought up to date" in err
    assert json.loads(out)["doses"] is not None
    assert len(list((data_dir / "backups").iterdir())) == 1


# ------------------------------------------------------------------------------------------ 2: backups


def test_backup_list_newest_first_each_verified(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_profile()
    with profiles.opened("Mum") as p:
        first = backup.backup_profile(p)
        second = backup.backup_profile(p, kind="auto")
    code, out, _ = run_cli(capsys, "backup", "list", "--profile", "Mum", "--json")
    listed = json.loads(out)
    assert code == 0 and [e["file"] for e in listed] == [str(second), str(first)]
    assert all(e["verified"] is True and e["revision"] for e in listed)
    assert [e["kind"] for e in listed] == ["auto", "manual"]
    # a copy damaged later is listed as damaged, and the newest good one is the older copy
    damage_page(second, page_of(second, "dose_events"))
    listed = json.loads(run_cli(capsys, "backup", "list", "--profile", "Mum", "--json")[1])
    assert [e["verified"] for e in listed] == [False, True]
    assert backup.newest_good_backup(profiles.find_profile("Mum")).path == first
    code, out, _ = run_cli(capsys, "backup", "list", "--profile", "Mum")
    assert "DAMAGED" in out.splitlines()[0] and " ok " in out.splitlines()[1]


def test_backup_contents_counts_and_last_dose(data_dir: Path) -> None:
    make_profile()
    with profiles.opened("Mum") as p:
        made = backup.backup_profile(p)
    held = backups.contents(made)
    assert held.counts["dose_events"] == 28 and held.counts["medications"] == 1
    assert held.last_dose == datetime(2026, 11, 28, 8, tzinfo=UTC)


def test_automatic_backup_once_a_day(data_dir: Path) -> None:
    make_profile()
    with profiles.opened("Mum") as p:
        now = datetime.now(UTC)
        made = backup.auto_backup_if_due(p, now)
        assert made is not None and ".auto." in made.name
        assert backup.auto_backup_if_due(p, now + timedelta(hours=5)) is None
        assert backup.auto_backup_if_due(p, now + timedelta(days=1, minutes=1)) is not None


def test_rotation_keeps_daily_weekly_monthly_and_a_cap(data_dir: Path) -> None:
    path = make_profile()
    start = datetime(2024, 1, 1, 12, tzinfo=UTC)
    made = []
    # A copy every third day for more than a year, then every day for the last five weeks: every bucket of the
    # rotation (newest, days, weeks, months, the cap) has more copies than it keeps, with 157 files, not 400.
    for day in [*range(0, 365, 3), *range(365, 400)]:
        when = start + timedelta(days=day)
        dest = careorganiser.paths.backups_dir() / backups.backup_name("Mum", "auto", when)
        shutil.copyfile(path, dest)
        made.append(when)
    backups.rotate("Mum")
    kept = sorted((b.made_at for b in backups.list_backups("Mum")), reverse=True)
    newest = made[-1]
    assert kept[0] == newest
    assert len(kept) <= backups.MAX_PER_PROFILE
    days = {d.date() for d in kept}
    assert all((newest - timedelta(days=i)).date() in days for i in range(7))  # the last 7 days
    months = {(d.year, d.month) for d in kept}
    assert len(months) >= 12
    assert len(kept) < 7 + 4 + 12 + 1


def test_kill_during_backup_leaves_no_copy_under_a_real_name(data_dir: Path) -> None:
    """Reproduction 7: a killed backup left a schema-less file under a real backup name and a huge -wal."""
    make_profile()
    code = (
        "import os, time, sys\n"
        "from careorganiser.store import backups\n"
        "real_replace = os.replace\n"
        "def stall(a, b):\n"
        "    print('copied', flush=True); time.sleep(60)\n"
        "os.replace = stall\n"
        "from pathlib import Path\n"
        f"backups.make_backup(Path({str(data_dir / 'profiles' / 'Mum.careprofile')!r}), None, 'auto')\n"
    )
    env = dict(os.environ, PYTHONPATH=str(SRC))
    child = forked.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "copied"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    left = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert left and all(name.startswith(".") and name.endswith(".part") for name in left)
    assert backups.list_backups("Mum") == []
    backups.remove_strays()
    assert list((data_dir / "backups").iterdir()) == []
    assert str(careorganiser.paths.data_dir()).startswith(str(data_dir))
    with profiles.opened("Mum") as p:  # and the next backup is whole
        made = backup.backup_profile(p)
    assert backups.verify(made, force=True)[0] is True


def test_wal_leftovers_beside_copies_are_removed_at_start(data_dir: Path) -> None:
    make_profile()
    with profiles.opened("Mum") as p:
        made = backup.backup_profile(p)
    Path(str(made) + "-wal").write_bytes(b"x" * 4096)
    backups.remove_strays()
    assert [p.name for p in (data_dir / "backups").iterdir()] == [made.name]


# ------------------------------------------------------------------------------------------ 3, 6: restore


def test_restore_is_never_a_gap_and_keeps_the_old_file(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert str(careorganiser.paths.data_dir()).startswith(str(data_dir))
    """Reproduction 6: a restore killed between its two renames made the profile vanish."""
    path = make_profile()
    with profiles.opened("Mum") as p:
        copy = backup.backup_profile(p)
        with p.session_factory.begin() as s:
            from careorganiser.store import models as m
            s.add(m.Question(text="asked after the backup"))
    modes = []
    real_fsync = backups.fsync_file

    def watch(p: Path) -> None:
        modes.append(stat.S_IMODE(p.stat().st_mode))
        real_fsync(p)

    real_keep_aside = backup.keep_aside

    def killed(p: Path) -> Path:
        real_keep_aside(p)
        raise KeyboardInterrupt  # as if the process died just before the one rename

    with monkeypatch.context() as patch:  # (monkeypatch itself also holds the test's data dir)
        patch.setattr(backups, "fsync_file", watch)
        patch.setattr(backup, "keep_aside", killed)
        with pytest.raises(KeyboardInterrupt):
            backup.restore_profile(copy, "Mum")
    assert modes and all(mode == 0o600 for mode in modes)  # staging files are owner-only
    assert [i.name for i in profiles.list_profiles()] == ["Mum"]
    assert rows_of(path, "questions") == 2  # still the old, complete file
    backups.remove_strays()
    assert sorted(p.name for p in (data_dir / "profiles").iterdir()) == ["Mum.careprofile"]
    # now the restore goes through; the file it replaced is in the trash and can come back
    backup.restore_profile(copy, "Mum")
    assert rows_of(path, "questions") == 1
    trash = profiles.list_trash()
    assert [t.name for t in trash] == ["Mum", "Mum"]  # the interrupted attempt kept its copy aside too
    assert all(rows_of(t.path, "questions") == 2 for t in trash)
    profiles.delete_profile("Mum")
    back = profiles.restore_from_trash(sorted(profiles.list_trash(), key=lambda t: t.path.name)[0].path)
    assert rows_of(back.path, "questions") == 2


def test_restore_over_a_damaged_profile_keeps_the_damaged_file(data_dir: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = make_profile()
    with profiles.opened("Mum") as p:
        good = backup.backup_profile(p)
    DAMAGE["zeroed-header"](path)
    damaged = path.read_bytes()
    code, out, err = run_cli(capsys, "restore", str(good), "--profile", "Mum")
    assert code == 0, err
    with profiles.opened("Mum") as p:
        assert rows_of(p.info.path, "dose_events") == 28
    assert [t.path.read_bytes() for t in profiles.list_trash()] == [damaged]
    code, out, _ = run_cli(capsys, "profile", "trash")
    assert out.startswith("Mum  (deleted ")


def test_restore_refuses_a_damaged_backup(data_dir: Path) -> None:
    make_profile()
    with profiles.opened("Mum") as p:
        copy = backup.backup_profile(p)
    damage_page(copy, page_of(copy, "dose_events"))
    with pytest.raises(profiles.ProfileDamaged) as info:
        backup.restore_profile(copy, "Mum")
    assert "choose another" in str(info.value)


def test_profile_delete_trash_undelete_commands(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_profile()
    assert run_cli(capsys, "profile", "delete", "Mum")[0] == 0
    assert run_cli(capsys, "profile", "list")[1] == ""
    assert run_cli(capsys, "profile", "undelete", "mum")[0] == 0
    assert run_cli(capsys, "profile", "list")[1].strip() == "Mum"
    code, _, err = run_cli(capsys, "profile", "undelete", "Nobody")
    assert code == 1 and "trash" in err


def test_the_version_a_restore_replaced_is_named_and_comes_back_beside_it(data_dir: Path, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A note written after the backup went to the trash with no word, and "profile undelete Mum" then refused
    because the name existed (the review of this round)."""
    from datetime import UTC, datetime

    from careorganiser.services import symptoms

    make_profile()
    old = tmp_path / "old.careprofile"
    assert run_cli(capsys, "backup", "--profile", "Mum", "-o", str(old))[0] == 0
    with profiles.opened("Mum") as p:
        symptoms.add_note(p, datetime.now(UTC), [("Cough", 2)], text="written after the backup")
    code, out, _ = run_cli(capsys, "restore", str(old), "--profile", "Mum")
    assert code == 0 and "replaced is in the trash" in out and "profile undelete Mum" in out
    code, out, _ = run_cli(capsys, "profile", "undelete", "Mum")
    assert code == 0 and "brought back \u201cMum\u201d as \u201cMum (deleted " in out
    names = sorted(i.name for i in profiles.list_profiles())
    assert names[0] == "Mum" and names[1].startswith("Mum (deleted ")
    with profiles.opened(names[1]) as p:
        assert [n.text for n in symptoms.list_notes(p)] == ["written after the backup"]
    with profiles.opened("Mum") as p:
        assert [n.text for n in symptoms.list_notes(p)] == []


# ------------------------------------------------------------------------------------------ rescue


def test_rescue_reads_what_can_be_read(data_dir: Path) -> None:
    path = make_profile()
    damage_page(path, page_of(path, "dose_events"))
    before = path.read_bytes()
    report = backup.rescue_profile("Mum", "Mum rescued")
    assert report.rows["medications"] == 1 and report.rows["questions"] == 1
    assert "dose_events" in report.unreadable or report.rows.get("dose_events", 0) < 28
    assert "Mum rescued" in report.describe()
    assert path.read_bytes() == before
    assert backup.check_profile("Mum rescued").ok
    with profiles.opened("Mum rescued") as p:
        from careorganiser.services import medications
        assert [m.name for m in medications.list_medications(p)] == ["Pirfenidone"]


def test_every_row_of_the_corruption_table_is_a_test() -> None:
    import re

    table = (Path(__file__).parent.parent / "docs" / "recovery.md").read_text(encoding="utf-8")
    rows = [line for line in table.splitlines() if line.startswith("| ") and "`test_" in line]
    assert len(rows) >= 15
    source = Path(__file__).read_text(encoding="utf-8")
    for row in rows:
        for name in re.findall(r"`(test_\w+)(?:\[([\w-]+)\])?`", row):
            test, param = name
            assert f"def {test}(" in source, test
            if param:
                assert f'"{param}"' in source, param


def test_a_protected_copy_put_in_place_by_hand_is_not_called_damaged(data_dir: Path) -> None:
    """The side file judges damage in place; a whole file put in place (a file manager's copy) by its bytes."""
    target = make_profile("Mum")
    make_profile("Locked", "pw")
    with profiles.opened("Locked", "pw") as p:
        copy = backup.backup_profile(p, data_dir.parent / "locked.copy")
    tmp = target.with_name("copying.tmp")
    shutil.copyfile(copy, tmp)
    os.replace(tmp, target)
    assert profiles.find_profile("Mum").encrypted
    with profiles.opened("Mum", "pw") as p:
        assert rows_of(p.info.path, "dose_events", "pw") == 28


def test_copies_go_where_the_profile_lives_whatever_the_data_dir_now(data_dir: Path, tmp_path: Path) -> None:
    """A backup finishing in a worker after the data dir setting changed still lands beside its profile."""
    make_profile()
    with profiles.opened("Mum") as p:
        careorganiser.paths.set_data_dir(tmp_path / "elsewhere")
        try:
            made = backup.backup_profile(p, kind="auto")
            assert backup.auto_backup_if_due(p) is None
            assert [b.path for b in backup.list_backups(p.info)] == [made]
        finally:
            careorganiser.paths.set_data_dir(None)
    assert made.parent == data_dir / "backups"
    assert not (tmp_path / "elsewhere" / "backups").exists()
    assert not (tmp_path / "elsewhere" / backups.INDEX_NAME).exists()


# ------------------------------------------------------------------------------------------ demo killed half-way


def _demo_left_nothing(data_dir: Path) -> None:
    assert not profiles.profile_exists("Demo")
    assert [p.name for p in profiles.list_profiles()] == []
    with pytest.raises(profiles.ProfileError):
        profiles.open_profile("Demo").close()


def _demo_retry_works() -> None:
    from careorganiser.services import demo

    demo.create_demo_profile("Demo")
    assert [p.name for p in profiles.list_profiles()] == ["Demo"]
    with profiles.opened("Demo") as p:
        assert svc.time_zone_warning(p.read()) is None
        assert svc.export_profile(p)["person"]["name"] == "Margaret Hale"


def test_demo_that_fails_half_way_leaves_no_profile(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A demo stopped half-way left an empty profile without a time zone under "Demo", and a retry said it
    already exists."""
    from careorganiser.services import demo

    real_import = svc.import_into

    def fails_after_writing(profile: profiles.Profile, document: dict) -> object:
        real_import(profile, document)  # the rows are written, then the build stops
        raise RuntimeError("stopped half-way")

    with monkeypatch.context() as patch:
        patch.setattr(svc, "import_into", fails_after_writing)
        with pytest.raises(RuntimeError):
            demo.create_demo_profile("Demo")
    _demo_left_nothing(data_dir)
    _demo_retry_works()


def test_demo_killed_half_way_leaves_no_profile(data_dir: Path) -> None:
    code = (
        "import time\n"
        "from careorganiser.services import demo\n"
        "from careorganiser.services import profiles as svc\n"
        "real_import = svc.import_into\n"
        "def stall(profile, document):\n"
        "    real_import(profile, document)\n"
        "    print('built', flush=True); time.sleep(60)\n"
        "svc.import_into = stall\n"
        "demo.create_demo_profile('Demo')\n"
    )
    env = dict(os.environ, PYTHONPATH=str(SRC))
    child = forked.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "built"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    _demo_left_nothing(data_dir)
    _demo_retry_works()


# ------------------------------------------------------------------- a full disk, the -wal of a read-only one

SMALL_ON_DISK = {
    "format": "careorganiser", "version": 1,
    "person": {"name": "Margaret Hale"},
    "medications": [{"id": "m1", "name": "Pirfenidone",
                     "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]}],
    "questions": [{"id": "q1", "text": "Is the cough worse at night?"}],
}

# A process that adds a question and is killed before it closes the profile: the question is only in the -wal.
KILLED_WRITER = """
import os, sys
from careorganiser.store import profiles
from careorganiser.store import models as m
p = profiles.open_profile("Mum")
with p.session_factory.begin() as s:
    s.add(m.Question(text="Ask about the night-time oxygen"))
os.kill(os.getpid(), 9)
"""


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """An empty 4 MB disk of its own."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small disk")
    folder = tmp_path / "disk"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], check=False,
                      capture_output=True).returncode:
        pytest.skip("mount is not allowed here")
    try:
        yield folder
    finally:
        paths_mod.set_data_dir(None)
        subprocess.run(["umount", str(folder)], check=False)


def run_on(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def profile_with_a_killed_writer(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(SMALL_ON_DISK), encoding="utf-8")
    assert run_on(capsys, data, "import", str(source), "--profile", "Mum")[0] == 0
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(data))
    done = forked.run([sys.executable, "-c", KILLED_WRITER], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == -9, done.stderr
    assert (data / "profiles" / "Mum.careprofile-wal").stat().st_size > 0


def fill_up(folder: Path) -> None:
    with open(folder / "filler", "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    assert os.statvfs(folder).f_bavail == 0


def question_texts(out: str) -> list[str]:
    return sorted(q["text"] for q in json.loads(out)["questions"])


EXPECTED = ["Ask about the night-time oxygen", "Is the cough worse at night?"]


def test_export_check_and_today_read_a_profile_on_a_full_disk(
        disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before, each said "“Mum” cannot be opened: the disk it is on is full": SQLite could not make the
    shared-memory file it writes beside a profile, though they only read."""
    source = tmp_path / "in.json"
    source.write_text(json.dumps(SMALL_ON_DISK), encoding="utf-8")
    assert run_on(capsys, disk, "import", str(source), "--profile", "Mum")[0] == 0  # closed: no -wal, no -shm
    fill_up(disk)
    code, out, err = run_on(capsys, disk, "export", "--profile", "Mum")
    assert (code, err) == (0, "") and question_texts(out) == ["Is the cough worse at night?"]
    assert run_on(capsys, disk, "check", "--profile", "Mum") == (0, "ok\n", "")
    code, out, err = run_on(capsys, disk, "today", "--profile", "Mum", "--json")
    assert (code, err) == (0, "") and json.loads(out)
    pdf = tmp_path / "pack.pdf"
    assert run_on(capsys, disk, "pack", "--profile", "Mum", "-o", str(pdf))[0] == 0 and pdf.stat().st_size > 0
    # A write says why it cannot be made, and the file is as it was.
    code, _out, err = run_on(capsys, disk, "backup", "--profile", "Mum")
    assert code == 1 and "the disk is full" in err and "damaged" not in err
    from careorganiser.store import models as m
    from careorganiser.store import profiles

    paths_mod.set_data_dir(disk)
    with profiles.opened("Mum") as p:
        assert p.read_only and "the disk it is on is full" in p.notice
        with pytest.raises(profiles.SaveFailed, match="the disk is full"):
            with p.session_factory.begin() as s:
                s.add(m.Question(text="will not be saved"))
    # Once there is room again, it opens to be written as before, with nothing lost.
    (disk / "filler").unlink()
    with profiles.opened("Mum") as p:
        assert not p.read_only
        with p.session_factory.begin() as s:
            s.add(m.Question(text="Saved once there was room"))
    paths_mod.set_data_dir(None)
    code, out, _err = run_on(capsys, disk, "export", "--profile", "Mum")
    assert question_texts(out) == ["Is the cough worse at night?", "Saved once there was room"]


def test_a_read_only_disk_shows_what_a_killed_process_saved(
        disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before, a profile on a read-only disk was read as ``immutable``, which ignores the -wal: the question
    saved by a process that was killed (saved: it was committed) was missing from the export, without a word."""
    profile_with_a_killed_writer(capsys, disk, tmp_path)
    before = {p.name: p.read_bytes() for p in (disk / "profiles").iterdir()}
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    code, out, err = run_on(capsys, disk, "export", "--profile", "Mum")
    assert code == 0 and question_texts(out) == EXPECTED
    assert "read-only" in err
    assert run_on(capsys, disk, "check", "--profile", "Mum")[:2] == (0, "ok\n")
    assert {p.name: p.read_bytes() for p in (disk / "profiles").iterdir()} == before  # nothing written


@pytest.mark.parametrize("shm", ["kept", "lost"])
def test_rescue_reads_what_a_killed_process_left_in_the_wal(data_dir: Path, shm: str) -> None:
    """Before, the rescue report did not say that the question saved last came from the -wal (committed there
    by a process that was killed, never written into the damaged file). The file and its -wal stay as they
    were: the user may still want them."""
    path = make_profile()
    page = page_of(path, "dose_events")
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(data_dir))
    done = forked.run([sys.executable, "-c", KILLED_WRITER], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == -9, done.stderr
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    damage_page(path, page)
    if shm == "lost":  # copied without it, say
        path.with_name(path.name + "-shm").unlink()
    before = (path.read_bytes(), wal.read_bytes())
    with pytest.raises(profiles.ProfileDamaged) as info:  # before, this folded the -wal into the file
        profiles.open_profile("Mum")
    assert "The file was not changed" in str(info.value)
    assert (path.read_bytes(), wal.read_bytes()) == before
    report = backup.rescue_profile("Mum", "Mum rescued")
    assert report.rows["questions"] == 2
    assert "saved last, still in Mum.careprofile-wal beside the damaged file" in report.describe()
    with profiles.opened("Mum rescued") as p:
        from careorganiser.services import questions
        assert sorted(q.text for q in questions.list_questions(p)) == EXPECTED
    assert (path.read_bytes(), wal.read_bytes()) == before


def test_rescue_report_names_no_wal_where_there_is_none(data_dir: Path) -> None:
    path = make_profile()  # closed: its changes are in the file
    damage_page(path, page_of(path, "dose_events"))
    assert "saved last" not in backup.rescue_profile("Mum", "Mum rescued").describe()


@pytest.mark.parametrize("way", ["recovery page", "command"])
def test_restore_over_a_damaged_profile_keeps_its_wal_with_the_copy_set_aside(
        data_dir: Path, way: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Before, the restore first folded the damaged file's -wal into it (the copy in the trash was no longer
    the file as it was, and had no -wal). Now the file and its -wal go to the trash as they were, and the
    old -wal is never applied to the restored file."""
    path = make_profile()
    page = page_of(path, "dose_events")
    with profiles.opened("Mum") as p:
        good = backup.backup_profile(p)
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(data_dir))
    done = forked.run([sys.executable, "-c", KILLED_WRITER], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == -9, done.stderr
    wal = path.with_name(path.name + "-wal")
    damage_page(path, page)
    damaged, damaged_wal = path.read_bytes(), wal.read_bytes()
    assert damaged_wal
    if way == "command":
        assert run_cli(capsys, "restore", str(good), "--profile", "Mum")[0] == 0
    else:
        backup.restore_over_damaged(backups.newest_good("Mum") or pytest.fail("no good backup"), "Mum")
    assert not wal.exists()
    assert good.exists()
    with profiles.opened("Mum") as p:
        from careorganiser.services import questions
        assert [q.text for q in questions.list_questions(p)] == ["Is the cough worse at night?"]
    aside = profiles.list_trash()
    assert [t.path.read_bytes() for t in aside] == [damaged]
    assert aside[0].path.with_name(aside[0].path.name + "-wal").read_bytes() == damaged_wal
    back = profiles.restore_from_trash(aside[0].path, "Mum as it was")
    report = backup.rescue_profile(back.name, "Mum rescued")
    assert report.rows["questions"] == 2 and "saved last" in report.describe()
