"""The command line (shared/spec/cli.md): exit statuses, one-line errors, no changes on failure. Most run in-process
(cli_runner); the version, help and console-encoding tests run a real process."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

import careorganiser
from careorganiser.store.interchange import comparable

from cli_runner import run_cli, run_process
from conftest import copy_profiles
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

SMALL = {
    "format": "careorganiser", "version": 1,
    "person": {"name": "Margaret Hale", "sex": "female", "conditions": ["IPF"]},
    "contacts": [{"id": "c1", "name": "Dr Anil Mehta", "role": "pulmonologist"}],
    "medications": [{"id": "m1", "name": "Pirfenidone", "prescriber": "c1",
                     # without it, two imports a moment apart would learn of it at two moments
                     "added_at": "2026-11-01T09:00:00+00:00",
                     "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]}],
    "dose_events": [{"medication": "m1", "scheduled_for": "2026-11-20T08:00:00+00:00", "status": "taken"}],
    "questions": [{"id": "q1", "text": "Łódź 👵 \u202e?", "medication": "m1"}],
}


def run(*args: str, stdin: str | None = None, data_dir: Path | None = None,
        env_extra: dict[str, str] | None = None, errors: str = "strict",
        real: bool = False) -> subprocess.CompletedProcess[str]:
    """The command in this process (cli_runner), or with ``real`` as a real ``python -m careorganiser``."""
    env = dict(os.environ)  # conftest has pointed HOME, XDG dirs and CAREORGANISER_DATA_DIR at tmp
    env["QT_QPA_PLATFORM"] = "offscreen"
    if data_dir is not None:
        env["CAREORGANISER_DATA_DIR"] = str(data_dir)
    env.update(env_extra or {})
    if real:
        return run_process(*args, stdin=stdin, env=env, errors=errors)
    return run_cli(*args, stdin=stdin, env=env)


def ok(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = run(*args, **kwargs)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result


def fails(*args: str, status: int = 1, **kwargs: Any) -> str:
    """Run a command that must fail; return its one line of error."""
    result = run(*args, **kwargs)
    assert result.returncode == status, (args, result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    if status == 1:
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("careorganiser: ") and len(lines[0]) > len("careorganiser: ") + 5
        assert result.stdout == ""
        return lines[0]
    return result.stderr


def tree(root: Path) -> dict[str, bytes]:
    if not root.exists():
        return {}
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def names(data_dir: Path | None = None) -> list[str]:
    return ok("profile", "list", data_dir=data_dir).stdout.splitlines()


@pytest.fixture
def small_json(tmp_path: Path) -> Path:
    path = tmp_path / "small.json"
    path.write_text(json.dumps(SMALL, ensure_ascii=False), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------ basics


def test_version() -> None:
    result = ok("--version", real=True)
    assert result.stdout.strip() == f"careorganiser {careorganiser.__version__}"


def test_help_lists_the_commands() -> None:
    out = ok("--help", real=True).stdout
    for command in ("profile", "demo", "export", "import", "backup", "restore"):
        assert command in out


def api_export(name: str, passphrase: str | None = None) -> dict[str, Any]:
    """Read a profile through the Python API (quicker than another process)."""
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    with profiles.opened(name, passphrase) as p:
        return svc.export_profile(p)


def api_import(path: Path, name: str, passphrase: str | None = None) -> None:
    from careorganiser.services import profiles as svc

    svc.import_file(path, name, passphrase)


def test_profile_create_and_list(data_dir: Path) -> None:
    assert names() == []
    assert "Margaret" in ok("profile", "create", "Margaret").stdout
    ok("profile", "create", "Łódź 👵")
    ok("profile", "create", "Dad", "--passphrase-stdin", stdin="s3cret words\n")
    assert names() == ["Dad  (protected)", "Margaret", "Łódź 👵"]
    assert (data_dir / "profiles").is_dir()
    assert api_export("Dad", "s3cret words")["person"]["name"] == "Dad"


def test_data_dir_option_and_environment(tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "usb stick"
    ok("--data-dir", str(other), "profile", "create", "Portable")
    ok("profile", "create", "Portable too", "--data-dir", str(other))  # after the command as well
    assert names(data_dir=other) == ["Portable", "Portable too"]
    assert ok("profile", "list", "--data-dir", str(other)).stdout.splitlines() == ["Portable", "Portable too"]
    assert names() == []  # CAREORGANISER_DATA_DIR (the test's data dir) was not touched
    assert (other / "profiles").is_dir()


def test_demo_then_export_to_stdout_and_file(data_dir: Path, tmp_path: Path) -> None:
    out = ok("demo").stdout
    assert "Demo" in out and "doses recorded" in out
    exported = ok("export", "--profile", "Demo")
    doc = json.loads(exported.stdout)
    assert doc["format"] == "careorganiser" and doc["person"]["name"] == "Margaret Hale"
    assert len(doc["medications"]) == 5 and len(doc["trials"]) == 2 and len(doc["dose_events"]) > 100
    target = tmp_path / "out" / "demo.json"
    target.parent.mkdir()
    written = ok("--profile", "Demo", "export", "-o", str(target))  # options before the command
    assert written.stdout == ""
    assert comparable(json.loads(target.read_text(encoding="utf-8"))) == comparable(doc)
    assert not list(target.parent.glob("*.part"))
    assert comparable(api_export("Demo")) == comparable(doc)


def test_demo_with_a_name_and_a_passphrase(data_dir: Path) -> None:
    ok("demo", "--profile", "Sample", "--passphrase-stdin", stdin="pass phrase\n")
    assert names() == ["Sample  (protected)"]
    for path in (data_dir / "profiles").iterdir():
        assert b"Margaret Hale" not in path.read_bytes()
    doc = json.loads(ok("export", "--profile", "Sample", "--passphrase-stdin", "--unencrypted", stdin="pass phrase\n").stdout)
    assert doc["person"]["name"] == "Margaret Hale"


def test_passphrase_stdin_for_create_and_import(data_dir: Path, small_json: Path) -> None:
    ok("profile", "create", "Locked", "--passphrase-stdin", stdin="correct horse\n")
    ok("import", str(small_json), "--profile", "Locked", "--passphrase-stdin", stdin="correct horse\r\n")
    ok("import", str(small_json), "--profile", "Locked 2", "--passphrase-stdin", stdin="other words")  # a new one
    assert names() == ["Locked  (protected)", "Locked 2  (protected)"]
    assert api_export("Locked", "correct horse")["questions"][0]["text"] == SMALL["questions"][0]["text"]
    assert comparable(api_export("Locked 2", "other words")) == comparable(api_export("Locked", "correct horse"))


def test_passphrase_stdin_for_export(data_dir: Path, small_json: Path, tmp_path: Path) -> None:
    api_import(small_json, "Locked", "correct horse")
    doc = json.loads(ok("--passphrase-stdin", "export", "--profile", "Locked", "--unencrypted", stdin="correct horse").stdout)
    assert doc["questions"][0]["text"] == SMALL["questions"][0]["text"]
    target = tmp_path / "locked.json"
    ok("export", "--profile", "Locked", "-o", str(target), "--passphrase-stdin", "--unencrypted", stdin="correct horse\n")
    assert comparable(json.loads(target.read_text(encoding="utf-8"))) == comparable(doc)


def test_output_whatever_the_console_encoding(data_dir: Path, small_json: Path, tmp_path: Path) -> None:
    api_import(small_json, "Łódź 👵")
    windows_pipe = {"PYTHONIOENCODING": "cp1252"}  # what a redirected console gives on many Windows machines
    result = run("export", "--profile", "Łódź 👵", env_extra=windows_pipe, real=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["questions"][0]["text"] == SMALL["questions"][0]["text"]  # UTF-8 JSON
    listed = run("profile", "list", env_extra=windows_pipe, errors="replace", real=True)
    assert (listed.returncode, listed.stderr) == (0, "")
    assert listed.stdout.strip().endswith("d? ?")  # shown as well as the console can
    assert run("profile", "list", env_extra={"LC_ALL": "C", "LANG": "C"}, real=True).stdout == "Łódź 👵\n"


def test_import_into_new_and_existing_empty_profiles(data_dir: Path, small_json: Path) -> None:

    from careorganiser.services import profiles as svc

    svc.create_profile("Empty").close()  # as the window and "profile create" make it
    assert "New" in ok("import", str(small_json), "--profile", "New").stdout
    ok("--profile", "Empty", "import", str(small_json))
    a, b = api_export("New"), api_export("Empty")
    assert comparable(a) == comparable(b)
    assert a["medications"][0]["prescriber"] == "c1" and len(a["dose_events"]) == 1
    assert a["person"]["name"] == "Margaret Hale" and b["person"]["name"] == "Margaret Hale"


def test_backup_and_restore(data_dir: Path, small_json: Path, tmp_path: Path) -> None:
    from careorganiser.store import profiles

    api_import(small_json, "Mum")
    before = api_export("Mum")
    target = tmp_path / "mum.backup"
    ok("backup", "--profile", "Mum", "-o", str(target))
    assert target.is_file()
    ok("backup", "--profile", "Mum")  # into the backups folder
    assert len(list((data_dir / "backups").iterdir())) == 1
    ok("restore", str(target), "--profile", "Mum again")
    assert comparable(api_export("Mum again")) == comparable(before)
    # over an existing profile: the old one goes to the trash
    profiles.create_profile("Other").close()
    ok("restore", str(target), "--profile", "Other")
    assert comparable(api_export("Other")) == comparable(before)
    assert [t.name for t in profiles.list_trash()] == ["Other"]


def test_backup_and_restore_encrypted(data_dir: Path, small_json: Path, tmp_path: Path) -> None:
    api_import(small_json, "Locked", "pw")
    target = tmp_path / "locked.backup"
    ok("backup", "--profile", "Locked", "-o", str(target), "--passphrase-stdin", stdin="pw\n")
    assert b"Pirfenidone" not in target.read_bytes()
    assert "passphrase does not open" in fails("restore", str(target), "--profile", "Back", "--passphrase-stdin",
                                               stdin="nope\n")
    assert "protected by a passphrase" in fails("restore", str(target), "--profile", "Back")
    assert names() == ["Locked  (protected)"]
    ok("restore", str(target), "--profile", "Back", "--passphrase-stdin", stdin="pw\n")
    assert api_export("Back", "pw")["medications"][0]["name"] == "Pirfenidone"


# ------------------------------------------------------------------------------------------ failures


def _write_failure_files(folder: Path) -> dict[str, Path]:
    files = {"small": folder / "small.json", "bad_json": folder / "bad.json", "bad_doc": folder / "bad-doc.json",
             "latin1": folder / "latin1.json", "tmp": folder}
    files["small"].write_text(json.dumps(SMALL, ensure_ascii=False), encoding="utf-8")
    files["bad_json"].write_text('{"format": "careorganiser", "version": 1, "person": ', encoding="utf-8")
    files["bad_doc"].write_text(json.dumps(dict(SMALL, medications=[{"id": "m1", "name": "X", "schedules": [
        {"kind": "times", "times": ["08:00", "25:00"]}]}])), encoding="utf-8")
    files["latin1"].write_bytes('{"person": {"name": "Zoë"}}'.encode("latin-1"))
    return files


@pytest.fixture(scope="session")
def failures_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the profiles Full, Locked (passphrase "right") and Empty, made once per session through
    the Python API (quicker than the command line, and the passphrase's key is derived once)."""
    from careorganiser import paths
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    folder = tmp_path_factory.mktemp("cli-failures")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(paths.ENV_DATA_DIR, str(folder / "data"))
        paths.set_data_dir(None)
        svc.import_file(_write_failure_files(folder)["small"], "Full")
        profiles.create_profile("Locked", "right").close()
        profiles.create_profile("Empty").close()
    paths.set_data_dir(None)
    return folder / "data"


@pytest.fixture
def setup_for_failures(data_dir: Path, tmp_path: Path, failures_template: Path) -> dict[str, Path]:
    """This test's copies of the profiles Full, Locked (right) and Empty, and the files the commands read."""
    copy_profiles(failures_template, data_dir)
    return _write_failure_files(tmp_path)


FAILURES: list[tuple[tuple[str, ...], str | None, str]] = [
    (("export", "--profile", "Nobody"), None, "no profile named"),
    (("export", "--profile", "Locked", "--passphrase-stdin", "--unencrypted"), "wrong\n", "passphrase does not open"),
    (("export", "--profile", "Locked"), None, "protected by a passphrase"),
    (("export", "--profile", "Locked", "--passphrase-stdin"), "right\n", "--unencrypted"),
    (("export", "--profile", "Locked", "-o", "{tmp}/no/out.json", "--passphrase-stdin"), "right\n", "--unencrypted"),
    (("profile", "create", "Short", "--passphrase-stdin"), "seven77\n", "at least 8 characters"),
    (("import", "{small}", "--profile", "New", "--passphrase-stdin"), "short\n", "at least 8 characters"),
    (("demo", "--profile", "New", "--passphrase-stdin"), "1234567\n", "at least 8 characters"),
    (("export", "--profile", "Locked", "--passphrase-stdin", "--unencrypted"), "", "no passphrase"),
    (("import", "{bad_json}", "--profile", "New"), None, "not valid JSON"),
    (("import", "{bad_json}", "--profile", "Empty"), None, "not valid JSON"),
    (("import", "{bad_doc}", "--profile", "New"), None,
     'medications[0].schedules[0].times[1]: "25:00" is not a time'),
    (("import", "{bad_doc}", "--profile", "Empty"), None, "is not a time"),
    (("import", "{latin1}", "--profile", "New"), None, "not UTF-8"),
    (("import", "{small}", "--profile", "Full"), None, "already holds records"),
    (("import", "{tmp}/missing.json", "--profile", "New"), None, "missing.json"),
    (("import", "{small}", "--profile", "Locked", "--passphrase-stdin"), "wrong\n", "passphrase does not open"),
    (("profile", "create", "full"), None, "already exists"),
    (("profile", "create", "bad\tname"), None, "control characters"),
    (("profile", "create", "x" * 81), None, "at most 80"),
    (("profile", "create", "Secret", "--passphrase-stdin"), "", "no passphrase"),
    (("demo", "--profile", "Full"), None, "already exists"),
    (("backup", "--profile", "Nobody"), None, "no profile named"),
    (("backup", "--profile", "Full", "-o", "{tmp}/no/such/dir.backup"), None, "does not exist"),
    (("restore", "{tmp}/missing.backup", "--profile", "Full"), None, "missing.backup"),
    (("restore", "{small}", "--profile", "Full"), None, "small.json is not a Care Organiser backup"),
    (("export", "--profile", "Full", "-o", "{tmp}/no/such/dir.json"), None, "dir.json"),
]


@pytest.mark.parametrize("args,stdin,expected", FAILURES, ids=[" ".join(a)[:60] for a, _, _ in FAILURES])
def test_failures_are_one_line_and_change_nothing(data_dir: Path, setup_for_failures: dict[str, Path],
                                                  args: tuple[str, ...], stdin: str | None, expected: str) -> None:
    from careorganiser.store import profiles

    before_names = [(i.name, i.encrypted) for i in profiles.list_profiles()]
    before = tree(data_dir)
    args = tuple(a.format(**{k: str(v) for k, v in setup_for_failures.items()}) for a in args)
    line = fails(*args, stdin=stdin)
    assert expected in line
    assert tree(data_dir) == before
    assert [(i.name, i.encrypted) for i in profiles.list_profiles()] == before_names
    assert not (setup_for_failures["tmp"] / "no").exists()


def test_debug_shows_a_traceback(data_dir: Path) -> None:
    result = run("export", "--profile", "Nobody", "--debug")
    assert result.returncode == 1
    assert "Traceback" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("careorganiser: ")


@pytest.mark.parametrize(
    "args",
    [("export",), ("import",), ("import", "file.json"), ("profile",), ("profile", "create"), ("profile", "remove", "X"),
     ("nonsense",), ("export", "--profile"), ("export", "--profile", "X", "--bogus"), ("backup",),
     ("restore", "file"), ("--no-such-option",)],
    ids=lambda a: " ".join(a) or "nothing",
)
def test_usage_errors_exit_2(data_dir: Path, args: tuple[str, ...]) -> None:
    before = tree(data_dir)
    result = run(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "usage:" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert tree(data_dir) == before


@pytest.mark.parametrize(
    "args",
    [
        ("--data-dir", "{other}", "--profile", "A", "export"),
        ("export", "--profile", "A", "--data-dir", "{other}"),
        ("--profile", "A", "export", "--data-dir", "{other}"),
        ("--data-dir", "{other}", "export", "--profile", "A"),
        ("--profile", "Nobody", "export", "--profile", "A", "--data-dir", "{other}"),  # after the command wins
    ],
    ids=lambda a: " ".join(a),
)
def test_options_before_and_after_the_command(data_dir: Path, small_json: Path, tmp_path: Path,
                                              args: tuple[str, ...]) -> None:
    from careorganiser import paths

    other = tmp_path / "elsewhere"
    paths.set_data_dir(other)
    try:
        api_import(small_json, "A")
        expected = api_export("A")
    finally:
        paths.set_data_dir(None)
    out = ok(*(a.format(other=other) for a in args)).stdout
    assert comparable(json.loads(out)) == comparable(expected)


@pytest.mark.parametrize(
    "args,stdin",
    [
        (("--data-dir", "{other}", "--profile", "B", "import", "{file}"), None),
        (("import", "{file}", "--profile", "B", "--data-dir", "{other}"), None),
        (("--profile", "B", "--data-dir", "{other}", "import", "--passphrase-stdin", "{file}"), "pass words\n"),
        (("--passphrase-stdin", "import", "{file}", "--profile", "B", "--data-dir", "{other}"), "pass words\n"),
    ],
    ids=["before", "after", "mixed-with-passphrase", "passphrase-before"],
)
def test_import_options_before_and_after_the_command(data_dir: Path, small_json: Path, tmp_path: Path,
                                                     args: tuple[str, ...], stdin: str | None) -> None:
    other = tmp_path / "elsewhere"
    ok(*(a.format(other=other, file=small_json) for a in args), stdin=stdin)
    assert names(data_dir=other) == ["B  (protected)" if stdin else "B"]
    assert names() == []


@pytest.mark.parametrize("argv, expected", [
    ([], {}),
    (["--profile", "Demo", "--exit-when-ready"], {"profile": "Demo", "exit_when_ready": True}),
    (["--data-dir=/x", "--profile=Mum Hale", "--passphrase-stdin"],
     {"data_dir": "/x", "profile": "Mum Hale", "passphrase_stdin": True}),
    (["--debug"], {"debug": True}),
])
def test_a_plain_launch_is_read_like_the_full_parser(argv, expected) -> None:
    from careorganiser import cli

    quick = cli.plain_launch(argv)
    full = cli.build_parser().parse_args(argv)
    assert quick is not None
    assert vars(quick) == vars(full)
    for key, value in expected.items():
        assert getattr(quick, key) == value


@pytest.mark.parametrize("argv", [["export"], ["--help"], ["--version"], ["--profile"], ["--profile", "--debug"],
                                  ["--bogus"], ["--exit-when-ready=1"], ["demo", "--profile", "X"]])
def test_anything_else_goes_to_the_full_parser(argv) -> None:
    from careorganiser import cli

    assert cli.plain_launch(argv) is None


def test_export_of_a_protected_profile_needs_unencrypted_and_is_owner_only(data_dir: Path, small_json: Path,
                                                                        tmp_path: Path) -> None:
    api_import(small_json, "Locked", "correct horse")
    refused = run("export", "--profile", "Locked", "--passphrase-stdin", stdin="correct horse\n")
    assert refused.returncode == 1 and refused.stdout == ""
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "protected by a passphrase" in lines[0] and "--unencrypted" in lines[0]
    target = tmp_path / "locked.json"
    ok("export", "--profile", "Locked", "-o", str(target), "--unencrypted", "--passphrase-stdin", stdin="correct horse\n")
    assert json.loads(target.read_text(encoding="utf-8"))["questions"][0]["text"] == SMALL["questions"][0]["text"]
    assert target.stat().st_mode & 0o777 == 0o600
    plain = tmp_path / "plain.json"
    api_import(small_json, "Open")
    ok("export", "--profile", "Open", "-o", str(plain))
    assert plain.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.part"))
