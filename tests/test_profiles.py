"""Profiles: one file per person cared for; names, trash, permissions, passphrases, backup and restore."""

from __future__ import annotations

import os
import sqlite3
import stat
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from careorganiser.services import backup
from careorganiser.services import profiles as svc
from careorganiser.services.base import ServiceError
from careorganiser.store import engine as eng
from careorganiser.store import models as m
from careorganiser.store import profiles
from careorganiser.store.interchange import comparable
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

MARKER = "ZQX-distinctive-Quokka-7731"


def count_rows(profile: profiles.Profile) -> dict[str, int]:
    with profile.engine.connect() as conn:
        return {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar_one() for t in m.RECORD_TABLES}


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def add_records(profile: profiles.Profile, marker: str = MARKER) -> None:
    from datetime import UTC, datetime

    with profile.session_factory.begin() as s:
        c = s.scalars(select(m.Contact)).first() or m.Contact(name=f"Dr {marker}")
        med = m.Medication(name=f"Drug {marker}", prescriber=c, schedules=[m.Schedule(kind="times", times=["08:00"])])
        s.add_all([c, med, m.Question(text=f"Ask about {marker}")])
        s.flush()
        s.add(m.DoseEvent(medication=med, scheduled_for=datetime(2026, 11, 20, 8, tzinfo=UTC), status="taken",
                          note=marker))


# ------------------------------------------------------------------------------------------ basics


def test_create_list_open(data_dir: Path) -> None:
    assert profiles.list_profiles() == []
    p = profiles.create_profile("Margaret", person_name="Margaret Hale")
    p.close()
    infos = profiles.list_profiles()
    assert [i.name for i in infos] == ["Margaret"]
    assert infos[0].path.parent == data_dir / "profiles"
    assert not infos[0].encrypted
    with profiles.opened("margaret") as opened:  # names are found case-insensitively
        assert opened.name == "Margaret"
        with opened.session_factory() as s:
            assert s.get(m.Person, 1).name == "Margaret Hale"


def test_create_defaults_person_name_to_profile_name(data_dir: Path) -> None:
    with profiles.create_profile("Dad") as p, p.session_factory() as s:
        assert s.get(m.Person, 1).name == "Dad"


def test_list_is_sorted_case_insensitively(data_dir: Path) -> None:
    for name in ("beta", "Alpha", "gamma", "Delta"):
        profiles.create_profile(name).close()
    assert [i.name for i in profiles.list_profiles()] == ["Alpha", "beta", "Delta", "gamma"]


def test_unknown_profile(data_dir: Path) -> None:
    with pytest.raises(profiles.ProfileNotFound, match="no profile named"):
        profiles.open_profile("Nobody")
    with pytest.raises(profiles.ProfileNotFound):
        profiles.delete_profile("Nobody")
    with pytest.raises(profiles.ProfileNotFound):
        profiles.rename_profile("Nobody", "Somebody")


def test_rename(data_dir: Path) -> None:
    p = profiles.create_profile("Mum")
    add_records(p)
    before = count_rows(p)
    p.close()
    info = profiles.rename_profile("Mum", "Margaret")
    assert info.name == "Margaret"
    assert [i.name for i in profiles.list_profiles()] == ["Margaret"]
    with profiles.opened("Margaret") as q:
        assert count_rows(q) == before
    # a change of case only is a rename too
    assert profiles.rename_profile("Margaret", "MARGARET").name == "MARGARET"
    assert [i.name for i in profiles.list_profiles()] == ["MARGARET"]


def test_rename_onto_another_profile_refused(data_dir: Path) -> None:
    profiles.create_profile("Mum").close()
    profiles.create_profile("Dad").close()
    before = tree(data_dir)
    with pytest.raises(profiles.ProfileExists):
        profiles.rename_profile("Mum", "dad")
    with pytest.raises(profiles.ProfileError):
        profiles.rename_profile("Mum", "bad\nname")
    assert tree(data_dir) == before


def test_delete_moves_to_trash_and_restores(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = profiles.create_profile("Mum")
    add_records(p)
    before = count_rows(p)
    p.close()
    original = profiles.find_profile("Mum").path
    inode = original.stat().st_ino
    content = original.read_bytes()

    real_unlink = os.unlink

    # deleting never unlinks a profile: make every unlink fail while it runs (but the writer lock's own files)
    def no_unlink(*args: object, **kwargs: object) -> None:
        if args and str(args[0]).endswith((".lock", ".lock-info")):
            return real_unlink(args[0])
        raise AssertionError(f"unlink called: {args}")

    with monkeypatch.context() as mp:
        mp.setattr(os, "unlink", no_unlink)
        mp.setattr(os, "remove", no_unlink)
        mp.setattr(Path, "unlink", no_unlink)
        trashed = profiles.delete_profile("Mum")
    assert not original.exists()
    assert profiles.list_profiles() == []
    assert trashed.parent == data_dir / "trash"
    assert trashed.stat().st_ino == inode  # the same file, moved
    assert trashed.read_bytes() == content
    assert [i.name for i in profiles.list_trash()] == ["Mum"]

    info = profiles.restore_from_trash(trashed)
    assert info.name == "Mum"
    assert profiles.list_trash() == []
    with profiles.opened("Mum") as q:
        assert count_rows(q) == before


def test_restore_from_trash_under_another_name(data_dir: Path) -> None:
    profiles.create_profile("Mum").close()
    trashed = profiles.delete_profile("Mum")
    profiles.create_profile("Mum").close()  # a new one took the name
    with pytest.raises(profiles.ProfileExists):
        profiles.restore_from_trash(trashed)
    assert trashed.exists()
    info = profiles.restore_from_trash(trashed, "Mum (old)")
    assert sorted(i.name for i in profiles.list_profiles()) == ["Mum", "Mum (old)"]
    assert info.path.exists()


def test_deleting_twice_keeps_both_in_trash(data_dir: Path) -> None:
    profiles.create_profile("Mum").close()
    first = profiles.delete_profile("Mum")
    profiles.create_profile("Mum").close()
    second = profiles.delete_profile("Mum")
    assert first != second and first.exists() and second.exists()
    assert [i.name for i in profiles.list_trash()] == ["Mum", "Mum"]


# ------------------------------------------------------------------------------------------ names

ODD_NAMES = [
    "Ó Súilleabháin",
    "Łódź",
    "Grand-père 👴🏽",
    "👨\u200d👩\u200d👧 family",  # emoji joined with ZWJ
    "מרגרט הייל",  # Hebrew, right to left
    "مارغريت",  # Arabic
    "می\u200cخواهم",  # Persian needs the zero-width non-joiner
    "王秀英",
    "Mum/Dad",
    "../escape",
    "..\\windows",
    "a..b",
    "100% Mum",
    "Mum: 2026?",
    ".hidden",
    "x" * 80,
    "Ж" * 80,
    "王" * 60,
]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_names_round_trip(data_dir: Path, name: str) -> None:
    p = profiles.create_profile(name)
    p.close()
    info = profiles.find_profile(name)
    assert info.name == name
    assert info.path.parent == data_dir / "profiles"  # never outside the profiles folder
    assert info.path.name.endswith(profiles.PROFILE_SUFFIX)
    assert len(info.path.name.encode()) <= 255
    assert [i.name for i in profiles.list_profiles()] == [name]
    with profiles.opened(name) as q:
        assert q.name == name
    new_name = (name[:-2] if len(name) > 40 else name) + " 2"
    renamed = profiles.rename_profile(name, new_name)
    assert renamed.name == new_name
    trashed = profiles.delete_profile(new_name)
    assert trashed.parent == data_dir / "trash"
    assert len(trashed.name.encode()) <= 255
    assert [i.name for i in profiles.list_trash()] == [new_name]
    assert profiles.restore_from_trash(trashed).name == new_name
    side_files = {"profile-kinds.json"}  # what the app remembers of each profile file (store/health.py)
    assert {p.name for p in data_dir.rglob("*") if p.is_file()} - side_files == {renamed.path.name}


def test_names_are_trimmed_and_normalised(data_dir: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Łódź")
    assert decomposed != "Łódź"
    p = profiles.create_profile(f"  {decomposed}  ")
    p.close()
    assert p.name == "Łódź"
    with pytest.raises(profiles.ProfileExists):
        profiles.create_profile("Łódź")
    assert profiles.find_profile(decomposed).name == "Łódź"


@pytest.mark.parametrize(
    "name",
    ["", "   ", ".", "..", "x" * 81, "tab\there", "new\nline", "nul\x00", "bell\x07", "esc\x1b[31m",
     "rlo\u202eevil", "line\u2028sep", "😀" * 80],
    ids=["empty", "blank", "dot", "dotdot", "81-chars", "tab", "newline", "nul", "bell", "escape", "bidi-override",
         "line-separator", "80-emoji-too-long-for-a-file-name"],
)
def test_bad_names_refused_clearly(data_dir: Path, name: str) -> None:
    with pytest.raises(profiles.ProfileError) as info:
        profiles.create_profile(name)
    message = str(info.value)
    assert message and "\n" not in message and "Traceback" not in message
    assert profiles.list_profiles() == []
    assert not any((data_dir / "profiles").iterdir())


@pytest.mark.parametrize("first,second", [("Margaret", "margaret"), ("Łódź", "łÓdŹ"), ("STRASSE", "strasse"),
                                          ("Mum", " MUM ")])
def test_case_insensitive_duplicates_refused(data_dir: Path, first: str, second: str) -> None:
    profiles.create_profile(first).close()
    before = tree(data_dir)
    with pytest.raises(profiles.ProfileExists, match="already exists"):
        profiles.create_profile(second)
    assert tree(data_dir) == before
    assert [i.name for i in profiles.list_profiles()] == [first]


# ------------------------------------------------------------------------------------------ permissions


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_and_folders_are_owner_only(data_dir: Path) -> None:
    old = os.umask(0o022)
    try:
        plain = profiles.create_profile("Plain")
        locked = profiles.create_profile("Locked", "secret words")
        add_records(plain)
        add_records(locked)
        # while open (with -wal and -shm beside them) and after closing
        for _ in range(2):
            assert mode(data_dir) == 0o700
            for p in data_dir.rglob("*"):
                assert mode(p) == (0o700 if p.is_dir() else 0o600), p
            plain.close()
            locked.close()
        backup.backup_profile(profiles.open_profile("Plain"))
        profiles.delete_profile("Locked")
        for p in data_dir.rglob("*"):
            assert mode(p) == (0o700 if p.is_dir() else 0o600), p
        assert {p.name for p in data_dir.iterdir()} >= {"profiles", "trash", "backups"}
    finally:
        os.umask(old)


# ------------------------------------------------------------------------------------------ encryption


def test_encrypted_profile_has_no_readable_byte(data_dir: Path) -> None:
    p = profiles.create_profile("Locked", "correct horse battery", person_name=f"Person {MARKER}")
    add_records(p)
    files = [f for f in (data_dir / "profiles").iterdir()]
    assert {f.name for f in files} >= {"Locked.careprofile", "Locked.careprofile-wal"}
    needles = [MARKER.encode(), MARKER.encode("utf-16-le"), b"SQLite format 3", b"CREATE TABLE", b"medications",
               b"alembic_version", b"0001_initial"]
    for f in files:
        data = f.read_bytes()
        for needle in needles:
            assert needle not in data, (f.name, needle)
    p.close()
    data = (data_dir / "profiles" / "Locked.careprofile").read_bytes()
    for needle in needles:
        assert needle not in data
    assert profiles.list_profiles()[0].encrypted
    # an ordinary SQLite cannot read it
    conn = sqlite3.connect(data_dir / "profiles" / "Locked.careprofile")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()
    # the right passphrase can
    with profiles.opened("Locked", "correct horse battery") as q, q.session_factory() as s:
        assert s.get(m.Person, 1).name == f"Person {MARKER}"
        assert s.scalars(select(m.DoseEvent.note)).one() == MARKER


def test_plain_profile_is_readable_so_the_check_above_means_something(data_dir: Path) -> None:
    p = profiles.create_profile("Plain")
    add_records(p)
    p.close()
    assert MARKER.encode() in (data_dir / "profiles" / "Plain.careprofile").read_bytes()


@pytest.mark.parametrize("passphrase", ["correct horse", "it's \"quoted\"; DROP TABLE x; --", "пароль 🔑", " "])
def test_wrong_and_missing_passphrase(data_dir: Path, passphrase: str) -> None:
    p = profiles.create_profile("Locked", passphrase)
    add_records(p)
    p.close()
    before = tree(data_dir)
    with pytest.raises(profiles.WrongPassphrase) as info:
        profiles.open_profile("Locked", passphrase + "x")
    assert str(info.value) == "That passphrase does not open \u201cLocked\u201d."
    assert isinstance(info.value, profiles.ProfileError)
    assert isinstance(info.value, eng.WrongPassphrase)
    with pytest.raises(profiles.PassphraseRequired, match="protected by a passphrase"):
        profiles.open_profile("Locked")
    with pytest.raises(profiles.PassphraseRequired):
        profiles.open_profile("Locked", "")
    assert tree(data_dir) == before
    with profiles.opened("Locked", passphrase) as q:
        assert count_rows(q)["questions"] == 1


def test_empty_passphrase_refused_at_creation(data_dir: Path) -> None:
    with pytest.raises(profiles.ProfileError, match="cannot be empty"):
        profiles.create_profile("Locked", "")
    assert profiles.list_profiles() == []


def test_list_shows_only_names_without_passphrases(data_dir: Path) -> None:
    profiles.create_profile("Locked", "secret").close()
    profiles.create_profile("Plain").close()
    infos = profiles.list_profiles()
    assert [(i.name, i.encrypted) for i in infos] == [("Locked", True), ("Plain", False)]
    assert {f.name for f in (data_dir / "profiles").iterdir()} == {"Locked.careprofile", "Plain.careprofile"}


# ------------------------------------------------------------------------------------------ backup and restore


@pytest.mark.parametrize("passphrase", [None, "correct horse"], ids=["plain", "encrypted"])
def test_backup_and_restore_keep_every_row(data_dir: Path, passphrase: str | None) -> None:
    from careorganiser.services import demo

    demo.create_demo_profile("Demo", passphrase)
    with profiles.opened("Demo", passphrase) as p:
        before_counts = count_rows(p)
        before_doc = comparable(svc.export_profile(p))
        dest = backup.backup_profile(p, data_dir.parent / "demo.backup")
    assert dest == data_dir.parent / "demo.backup"
    assert mode(dest) == 0o600
    assert eng.is_encrypted_file(dest) == (passphrase is not None)
    if passphrase:
        assert b"Margaret Hale" not in dest.read_bytes()

    backup.restore_profile(dest, "Restored", passphrase)
    with profiles.opened("Restored", passphrase) as q:
        assert count_rows(q) == before_counts
        assert comparable(svc.export_profile(q)) == before_doc
    assert dest.exists()  # the backup is copied, not used up


def test_backup_to_default_folder_and_refuses_overwrite(profile, data_dir: Path) -> None:  # noqa: ANN001
    first = backup.backup_profile(profile)
    assert first.parent == data_dir / "backups"
    before = first.read_bytes()
    with pytest.raises(ServiceError, match="own data folder"):  # never over a file of the data dir
        backup.backup_profile(profile, first)
    assert first.read_bytes() == before
    with pytest.raises(ServiceError):
        backup.backup_profile(profile, data_dir)  # a folder
    with pytest.raises(ServiceError):
        backup.backup_profile(profile, data_dir / "no" / "such" / "dir" / "x.careprofile")


def test_restore_over_existing_moves_the_old_one_to_trash(data_dir: Path) -> None:
    old = profiles.create_profile("Mum")
    add_records(old, "OLD-RECORDS")
    old_counts = count_rows(old)
    old.close()
    other = profiles.create_profile("Other")
    dest = backup.backup_profile(other, data_dir.parent / "other.backup")
    other.close()

    backup.restore_profile(dest, "Mum")
    with profiles.opened("Mum") as p:
        assert count_rows(p)["questions"] == 0
    trash = profiles.list_trash()
    assert [t.name for t in trash] == ["Mum"]
    restored = profiles.restore_from_trash(trash[0].path, "Mum (before restore)")
    with profiles.opened(restored.name) as p:
        assert count_rows(p) == old_counts


def test_restore_refusals_change_nothing(data_dir: Path) -> None:
    locked = profiles.create_profile("Locked", "right")
    add_records(locked)
    dest = backup.backup_profile(locked, data_dir.parent / "locked.backup")
    locked.close()
    junk = data_dir.parent / "junk.backup"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    text = data_dir.parent / "notes.txt"
    text.write_text("not a backup\n")
    plain_sqlite = data_dir.parent / "other.sqlite"
    conn = sqlite3.connect(plain_sqlite)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = tree(data_dir)
    sources = {p: p.read_bytes() for p in (dest, junk, text, plain_sqlite)}

    with pytest.raises(profiles.WrongPassphrase):
        backup.restore_profile(dest, "Locked", "wrong")
    with pytest.raises(profiles.PassphraseRequired):
        backup.restore_profile(dest, "Locked")
    with pytest.raises(profiles.ProfileDamaged, match="junk.backup is damaged"):  # a database, cut to bits
        backup.restore_profile(junk, "Locked")
    with pytest.raises(profiles.NotAProfile, match="other.sqlite is not a Care Organiser backup"):
        backup.restore_profile(plain_sqlite, "Locked")
    for passphrase in (None, "some passphrase"):
        with pytest.raises(profiles.ProfileError, match="notes.txt is not a Care Organiser backup"):
            backup.restore_profile(text, "Locked", passphrase)
    with pytest.raises(ServiceError, match="There is no file .*missing.backup"):
        backup.restore_profile(data_dir.parent / "missing.backup", "Locked")
    # A folder or a device is there: it said "There is no file /dev/zero".
    for there in (data_dir.parent, *(Path(d) for d in ("/dev/zero",) if Path(d).exists())):
        with pytest.raises(ServiceError) as info:
            backup.restore_profile(there, "Locked")
        assert str(info.value) == f"{there} is not a file (a folder, a device or a pipe), so it is not a backup."
    with pytest.raises(profiles.ProfileError):
        backup.restore_profile(dest, "bad\x00name", "right")

    assert tree(data_dir) == before
    assert {p: p.read_bytes() for p in sources} == sources
    with profiles.opened("Locked", "right") as p:
        assert count_rows(p)["questions"] == 1


@pytest.mark.parametrize("name", ["Con", "aux", "NUL", "com1", "Lpt9"])
def test_a_profile_named_like_a_windows_device_gets_a_file_windows_can_keep(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """On Windows "Con.careprofile" (a profile for Constance) is the console, not a file: whatever was
    written there went nowhere. There the name's first letter is percent-encoded; it reads back the same."""
    import sys

    monkeypatch.setattr(sys, "platform", "win32")
    path = profiles.profile_path(name)
    stem = path.name[: -len(profiles.PROFILE_SUFFIX)]
    assert stem.upper() not in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                                *(f"LPT{i}" for i in range(1, 10))}
    from urllib.parse import unquote

    assert unquote(stem) == name  # as the list of profiles reads a file's name back
    assert profiles.profile_path("Connie").name == "Connie" + profiles.PROFILE_SUFFIX
    monkeypatch.setattr(sys, "platform", "linux")  # elsewhere the name is kept as it was, so old files are found
    assert profiles.profile_path(name).name == name + profiles.PROFILE_SUFFIX
